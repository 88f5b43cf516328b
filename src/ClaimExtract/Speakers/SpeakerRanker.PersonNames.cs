using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on a person's name and what follows it: the person, not their place, organisation or party ("Senator Tad
/// Hale of Vermont", "Rep. Ana Ruiz (D-Ohio)").
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Name words of the person before "of" (after any titles): "Tad Hale", "Ana B. Ruiz".
    private const int MaxPersonNameWords = 4;

    /// <summary>
    /// The person, not their place or organisation: a capitalised speaker right after "of" (or "of the", or after "of PLACE," as in
    /// "Ana Ruiz of Dayton, Ohio") whose "of" follows a person's name ("Senator Tad Hale of Vermont", "Mayor Ana B. Ruiz of Dayton",
    /// "Lee Park of The Daily Ledger") is where that person comes from or works: PolNeAR's source is the whole phrase and the speaker
    /// is the person, so the choice gives way to the titles and name before "of". The name is one to four capitalised words after any
    /// titles of <see cref="Lexicon.Titles"/>; without a title it has two words or more and opens with a given name
    /// (<see cref="FirstNameGender.IsGivenName(string)"/>), and no word of it is an organisation word ("the Institute of", "Secretary of").
    /// </summary>
    internal static Attribution PersonBeforeTheirPlace(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker)
        {
            return chosen;
        }

        var doc = context.Traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first < 2 || last < first || first >= t.Count || !t[first].IsCapitalized || Lexicon.Titles.Contains(t[first].Lower) || EntityIndex.EndsPossessive(t[last].Value))
        {
            return chosen;
        }

        var of = first - 1;
        if (t[of].Value == ",")
        {
            // "of Dayton, Ohio": the state after the town.
            var j = of - 1;
            while (j > 0 && t[j].IsCapitalized && of - j <= 3)
            {
                j--;
            }

            of = j < of - 1 ? j : -1;
        }
        else if (t[of].Value is "the" or "The")
        {
            of--;
        }

        if (of < 2 || t[of].Value != "of" || doc.SentenceOf[of] != doc.SentenceOf[first])
        {
            return chosen;
        }

        return PersonEndingAt(doc, of - 1) is { } person ? chosen.WithSpeaker(person) : chosen;
    }

    /// <summary>
    /// The person, not the party and state in parentheses after the name: a speaker that is only "(R)", "(D-N.Y.)", "(I-Vt.)" or a
    /// state's short form ("(Vt.)", "(Pa.)") right after a person's name ("Rep. Ana Ruiz (D-Ohio) said", "Sen. Tad Hale (Vt.)") gives
    /// way to the titles and name before the parenthesis (<see cref="PersonEndingAt"/>).
    /// </summary>
    internal static Attribution PersonBeforeTheirParty(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker)
        {
            return chosen;
        }

        var doc = context.Traits.Doc;
        var t = doc.Tokens;
        var text = doc.Document.Text;
        var (first, _) = context.SpeakerTokens(speaker);
        if (first < 2 || first >= t.Count || t[first - 1].Value != "(" || !PartyInParentheses().IsMatch(text[speaker.Start..]))
        {
            return chosen;
        }

        return PersonEndingAt(doc, first - 2) is { } person ? chosen.WithSpeaker(person) : chosen;
    }

    // A party letter with or without a state, or a state's short form, and the closing parenthesis: "R)", "D-N.Y.)", "I-Vt.)", "Pa.)".
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[DRI](?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?|[A-Z][a-z]{1,3}\.?)\)", System.Text.RegularExpressions.RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex PartyInParentheses();

    /// <summary>
    /// The titles and name of a person whose name ends at token <paramref name="q"/>: one to four capitalised words after any titles of
    /// <see cref="Lexicon.Titles"/> (capitalised, or "former"); without a title two words or more opening with a given name; no organisation word, no possessive. Null otherwise.
    /// </summary>
    private static Span? PersonEndingAt(ClaimExtract.Text.TokenizedDocument doc, int q)
    {
        var t = doc.Tokens;
        if (q < 0)
        {
            return null;
        }

        var n = q;
        while (n - 1 >= 0 && q - n + 1 < MaxPersonNameWords && t[n - 1].IsCapitalized && !Lexicon.Titles.Contains(t[n - 1].Lower)
               && doc.SentenceOf[n - 1] == doc.SentenceOf[q])
        {
            n--;
        }

        var p = n;
        while (p - 1 >= 0 && (t[p - 1].IsCapitalized || t[p - 1].Lower == "former") && Lexicon.Titles.Contains(t[p - 1].Lower)
               && doc.SentenceOf[p - 1] == doc.SentenceOf[q])
        {
            p--;
        }

        if (!t[q].IsCapitalized || Lexicon.Titles.Contains(t[q].Lower))
        {
            return null;
        }

        for (var k = n; k <= q; k++)
        {
            if (Lexicon.OrganizationWords.Contains(t[k].Lower) || EntityIndex.EndsPossessive(t[k].Value))
            {
                return null;
            }
        }

        var titled = p < n;
        if (!titled && !(q > n && FirstNameGender.IsGivenName(t[n].Value)))
        {
            return null;
        }

        return new Span(t[p].Span.Start, t[q].Span.End);
    }
}
