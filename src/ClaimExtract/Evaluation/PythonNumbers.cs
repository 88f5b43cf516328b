using System.Globalization;
using System.Numerics;

namespace ClaimExtract.Evaluation;

/// <summary>
/// The few numeric operations of the reference scorers (<c>../shared/eval/*.py</c>) done exactly as
/// Python does them, so that our figures equal theirs to the last printed digit: the mean of
/// <c>statistics.mean</c> (the exact sum of the doubles, divided and rounded once), and the decimal
/// formatting of <c>format(x, ".3f")</c> and <c>repr(round(x, 4))</c> (the exact binary value rounded
/// half to even). Every double is handled as the exact rational it is.
/// </summary>
internal static class PythonNumbers
{
    /// <summary><c>statistics.mean(values)</c>: correctly rounded mean of the exact sum.</summary>
    public static double Mean(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("the mean of no values", nameof(values));
        }

        // Every finite double is m × 2^e with e ≥ -1074: scaled by 2^1074 the sum is an integer.
        var sum = BigInteger.Zero;
        foreach (var v in values)
        {
            var (mantissa, exponent) = Decompose(v);
            sum += mantissa << (exponent + 1074);
        }

        return RatioToDouble(sum, new BigInteger(values.Count) << 1074);
    }

    /// <summary><c>format(x, f".{digits}f")</c>.</summary>
    public static string Fixed(double x, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "not a finite number");
        }

        var (mantissa, exponent) = Decompose(x);
        var negative = mantissa.Sign < 0;
        mantissa = BigInteger.Abs(mantissa);
        var scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger units;
        if (exponent >= 0)
        {
            units = scaled << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            units = BigInteger.DivRem(scaled, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || twice == denominator && !units.IsEven)
            {
                units++;
            }
        }

        var text = units.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var result = digits == 0 ? text : text[..^digits] + "." + text[^digits..];
        return negative ? "-" + result : result;
    }

    /// <summary><c>repr(round(x, digits))</c> as <c>json.dumps</c> prints it, for values printed without an exponent (0.0001 ≤ |x| &lt; 1e16, or 0).</summary>
    public static string RoundRepr(double x, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        var text = Fixed(x, digits).TrimEnd('0');
        return text.EndsWith('.') ? text + "0" : text;
    }

    private static (BigInteger Mantissa, int Exponent) Decompose(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & ((1L << 52) - 1);
        var (mantissa, exponent) = exponentBits == 0 ? (fraction, -1074) : (fraction | (1L << 52), exponentBits - 1075);
        return (negative ? -new BigInteger(mantissa) : new BigInteger(mantissa), exponent);
    }

    /// <summary>numerator / denominator (both positive, result a normal double) rounded to nearest, ties to even: Python's int / int.</summary>
    private static double RatioToDouble(BigInteger numerator, BigInteger denominator)
    {
        if (numerator.IsZero)
        {
            return 0;
        }

        // Scale so that the quotient has 54 or 55 bits: 53 kept, the rest decide the rounding.
        var shift = 55 - (int)(numerator.GetBitLength() - denominator.GetBitLength());
        var quotient = shift >= 0
            ? BigInteger.DivRem(numerator << shift, denominator, out var remainder)
            : BigInteger.DivRem(numerator, denominator << -shift, out remainder);
        var sticky = !remainder.IsZero;
        while (quotient.GetBitLength() > 54)
        {
            sticky |= !quotient.IsEven;
            quotient >>= 1;
            shift--;
        }

        // quotient now has 54 bits: the lowest is the rounding bit.
        var roundBit = !quotient.IsEven;
        quotient >>= 1;
        shift--;
        if (roundBit && (sticky || !quotient.IsEven))
        {
            quotient++;
        }

        return Math.ScaleB((double)quotient, -shift);
    }
}
