using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers54 (see docs/quotes.md, "speakers54").</summary>
internal sealed partial class SpeakerRanker
{
    // Verbs whose object is the subject of the infinitive after it ("led her to declare", "prompted the council to call for", "has
    // caused many to wonder"): the object acts, not the verb's own subject. Not verbs of asking or wanting, whose subject is the one who
    // speaks ("Tom Hale asked her to call", "she wants voters to know that", on train gold the subject), nor verbs of purpose ("went on CNN
    // to declare", "took his daughter there to explain").
    private static readonly System.Collections.Frozen.FrozenSet<string> ControlVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["lead", "leads", "led", "leading", "allow", "allows", "allowed", "allowing", "prompt", "prompts", "prompted", "prompting", "cause",
         "causes", "caused", "causing", "force", "forces", "forced", "forcing", "push", "pushes", "pushed", "pushing", "pressure",
         "pressures", "pressured", "pressuring", "persuade", "persuades", "persuaded", "persuading", "convince", "convinces", "convinced",
         "convincing", "inspire", "inspires", "inspired", "inspiring", "enable", "enables", "enabled", "enabling", "spur", "spurs",
         "spurred", "spurring", "drive", "drives", "drove", "driven", "driving", "compel", "compels", "compelled", "compelling",
         "motivate", "motivates", "motivated", "motivating", "get", "gets", "got", "getting", "require", "requires", "required", "help",
         "helps", "helped", "helping"],
        StringComparer.Ordinal);

    // Tokens of the object between the verb and "to" ("DNC chairwoman Debbie Wasserman Schultz").
    private const int MaxControlledObject = 6;

    /// <summary>
    /// The object of a verb of causing or urging is the subject of the infinitive cue after it: when the cue's first word is a lower-case
    /// verb right after "to" and the words right before "to" are the object of such a verb ("led her to declare", "That proposal prompted
    /// the city council to call for", "has caused many to wonder") or of "for" ("enough for him to claim", "a chance for both to assert"),
    /// that object takes the place of the speaker chosen (the ranker often takes the verb's subject, or none). The object is a run of
    /// at most six words with no preposition, auxiliary, verb of saying or relative, ending in a holder word.
    /// </summary>
    internal static Attribution ObjectOfAControlVerb(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out _) || cueFirst < 3)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var sentence = doc.SentenceOf[cueFirst];
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(t[cueFirst].Value[0]) || t[cueFirst - 1].Lower != "to"
            || doc.SentenceOf[cueFirst - 1] != sentence)
        {
            return chosen;
        }

        // Back from the word before "to" over the object's words to the verb or "for".
        var last = cueFirst - 2;
        var k = last;
        while (k >= 0 && last - k < MaxControlledObject && doc.SentenceOf[k] == sentence && !doc.Quoted[k] && ObjectWord(k))
        {
            k--;
        }

        if (k < 0 || k == last || doc.SentenceOf[k] != sentence || doc.Quoted[k] || !(ControlVerbs.Contains(t[k].Value) || t[k].Value == "for"
                                                                                                       || t[k].Value == "on" && k > 0 && t[k - 1].Lower is "pressure" or "onus") || !HolderEnd(last))
        {
            return chosen;
        }

        var span = new Span(t[k + 1].Span.Start, t[last].Span.End);
        if (chosen.Speaker is { } speaker && speaker.Overlaps(span))
        {
            return chosen;
        }

        return chosen.WithSpeaker(span);

        bool ObjectWord(int j) =>
            (traits.Has(j, TokenTraits.Word) || traits.Has(j, TokenTraits.PossessiveMark))
            && !traits.Has(j, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.Relative)
            && !ControlVerbs.Contains(t[j].Value) && t[j].Lower is not ("and" or "or" or "but" or "that" or "it" or "there" or "to");

        // The object's last word names who acts: a person, group, organisation or document noun, a pronoun, a capitalised word, a
        // quantifier standing alone ("many", "both"), or a plural noun.
        bool HolderEnd(int j)
        {
            var w = t[j].Lower;
            if (traits.Has(j, TokenTraits.EndsPossessive) || Lexicon.TimeWords.Contains(w))
            {
                return false;
            }

            if (traits.Has(j, TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.GroupHead | TokenTraits.DocumentHead | TokenTraits.Pronoun | TokenTraits.Capitalized)
                || w is "him" or "her" or "them" or "us" or "me" or "you" or "many" or "both" or "some" or "others" or "all" or "each" or "few")
            {
                return true;
            }

            return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                   && !w.EndsWith("is", StringComparison.Ordinal) && !traits.Has(j, TokenTraits.Adverb);
        }
    }

    // Heads of a partitive phrase: a count, share, member or leader "of" a group ("a number of attendees", "one of the officials", "the
    // head of the agency", "members of the board").
    private static readonly System.Collections.Frozen.FrozenSet<string> PartitiveHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["number", "member", "members", "group", "handful", "majority", "couple", "third", "quarter", "half", "one", "two", "three", "four", "five",
         "some", "many", "most", "several", "none", "each", "any", "all", "both", "few", "dozens", "hundreds", "thousands", "millions", "head",
         "leader", "leaders", "chairman", "chairwoman", "director", "rest", "pair", "team", "coalition", "panel", "lot"],
        StringComparer.Ordinal);

    /// <summary>
    /// The first token of a partitive subject whose noun after "of" starts at token <paramref name="first"/> ("a number of attendees",
    /// "one of the officials", "the head of the agency"), when that phrase opens a clause (<see cref="OpensAClause"/>); -1 otherwise.
    /// The candidates split such a phrase at "of", so the noun after it seemed to open no clause (branch speakers54).
    /// </summary>
    private static int PartitiveStart(TokenTraits traits, int first)
    {
        var t = traits.Doc.Tokens;
        var head = first - 2;
        if (head < 0 || t[first - 1].Lower != "of" || !PartitiveHeads.Contains(t[head].Lower) || traits.Doc.SentenceOf[head] != traits.Doc.SentenceOf[first])
        {
            return -1;
        }

        var start = head > 0 && t[head - 1].Lower is "a" or "an" or "the" ? head - 1 : head;
        return OpensAClause(traits, start) ? start : -1;
    }

    // Verb forms a subject's predicate opens with that SpeakerCandidates.VerbFollows does not know (a present form, or a past form
    // without -ed that is not in its list): "Ana Ruiz shook her head and said", "The report goes on to fault the mayor, saying".
    private static readonly System.Collections.Frozen.FrozenSet<string> OtherVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["sits", "sat", "shook", "shakes", "seek", "seeks", "spent", "spends", "stands", "holds", "keeps", "meets", "runs", "leads", "goes",
         "comes", "takes", "makes", "gives", "gets", "sees", "knows", "feels", "finds", "brings", "sends", "puts", "sets", "lets", "hits",
         "wins", "loses", "pays", "buys", "sells", "flew", "flies", "drove", "drives", "ate", "slept", "swept", "dug", "hung", "spun", "won",
         "began", "begins", "became", "becomes", "rose", "fell", "left", "leaves"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a verb the clause reading of <see cref="SpeakerCandidates.VerbFollows"/> misses follows candidate <paramref name="c"/>
    /// (over adverbs, before <paramref name="limit"/>): a form of <c>OtherVerbs</c> as written (lower-case) after a mention that is no
    /// possessive (branch speakers54: "Ana Ruiz shook her head and said", "The report goes on to fault ..., saying").
    /// </summary>
    private static bool OtherVerbFollows(TokenTraits traits, SpeakerCandidate c, int limit)
    {
        var t = traits.Doc.Tokens;
        var k = c.Last + 1;
        while (k < limit && k < t.Count && traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary))
        {
            k++;
        }

        return k < limit && k < t.Count && OtherVerbs.Contains(t[k].Value) && !traits.Has(c.Last, TokenTraits.EndsPossessive);
    }

    // Verbs of sending or publishing a document ("sent a letter", "released a statement", "wrote a letter to"): an -ing cue after the
    // document tells what the sender says. Not "held"/"gave"/"include", whose object more often speaks for itself ("held up a sign saying").
    private static readonly System.Collections.Frozen.FrozenSet<string> SendingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["sent", "send", "sends", "wrote", "writes", "released", "releases", "issued", "issues", "published", "publishes", "posted", "posts",
         "circulated", "mailed", "penned", "distributed", "filed", "files", "placed", "tweeted", "emailed"],
        StringComparer.Ordinal);

    // Tokens between a verb of sending and the -ing cue ("sent the DNC on Monday", "wrote a letter to Zucker").
    private const int MaxSentObject = 8;

    /// <summary>
    /// The sender, not the document or its addressee: when the cue is a lower-case -ing participle right after the object of a verb of
    /// sending or publishing ("the campaign sent the party a letter Monday alleging", "he wrote a letter to the mayor asking", "which
    /// released a statement Tuesday questioning") and the speaker chosen stands in that object, the verb's subject (a candidate that
    /// the verb follows, over adverbs and auxiliaries) takes its place. A comma, dash or quotation mark between the verb and the cue, or
    /// no subject right before the verb ("..., and placed ads calling"), leaves the choice.
    /// </summary>
    internal static Attribution SenderOfTheDocument(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var w = t[cueFirst].Value;
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(w[0]) || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal)
            || traits.Has(cueFirst, TokenTraits.Preposition) || w == "according")
        {
            return chosen;
        }

        var sentence = doc.SentenceOf[cueFirst];
        var verb = cueFirst - 1;
        while (verb >= 0 && cueFirst - verb <= MaxSentObject && doc.SentenceOf[verb] == sentence && !doc.Quoted[verb]
               && (traits.Has(verb, TokenTraits.Word) || traits.Has(verb, TokenTraits.PossessiveMark)) && !SendingVerbs.Contains(t[verb].Value))
        {
            verb--;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (verb < 1 || cueFirst - verb > MaxSentObject || !SendingVerbs.Contains(t[verb].Value) || doc.Quoted[verb] || first <= verb || last >= cueFirst)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!IsMentionBefore(traits, c, verb, sentence) || !RightBeforeTheVerb(c.Last))
            {
                continue;
            }

            if (subject < 0 || c.First < candidates[subject].First)
            {
                subject = i;
            }
        }

        return subject < 0 ? chosen : chosen.WithSpeaker(candidates[subject].Span);

        bool RightBeforeTheVerb(int end)
        {
            for (var j = end + 1; j < verb; j++)
            {
                if (!(traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[j].Value)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
