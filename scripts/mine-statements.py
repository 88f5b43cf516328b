#!/usr/bin/env python3
"""Proposes PolNeAR TRAIN sentences for hand labelling (data/statements/GUIDE.md, third pass `lex3`),
and turns the labels read by hand into rows of data/statements/labels.tsv.

  scripts/mine-statements.py mine LEXICON N [--heldout-first] > /tmp/candidates.tsv
      Cuts every train article into sentences (40-350 code points), keeps those matching LEXICON
      (ret, pred or prom, below) that no row of labels.tsv overlaps, and prints N of them, in a fixed
      order (SHA-256 of "lex3|LEXICON|article|start"): candidate number, article, start, end, text.
      With --heldout-first the sentences of the held-out documents (the fifth the trainer holds out:
      first four bytes of SHA-256("polnear-train|" + article), little-endian, mod 5 == 0) come first;
      which documents are held out depends on the article id only, never on the text.
  scripts/mine-statements.py mine-more SOURCE LEXICON N > /tmp/candidates.tsv
      The fourth pass (lex4): the same over SOURCE = polnear-dev, polnear-train, subramanian2019 (whole rows)
      or checkthat2024_train (whole rows; never held out), held-out documents first, numbered SOURCE:N.
  scripts/mine-statements.py mine-training SOURCE LEXICON N > /tmp/candidates.tsv
      The sixth pass (lex6, lexicon pred6): the same over the TRAINING documents of SOURCE only (never a held-out one);
      its rows (apply-more ... lex6) went to data/statements/labels-lex6.tsv, which the trainer does not read by default.
  scripts/mine-statements.py apply-more /tmp/candidates.tsv /tmp/decisions.txt [PASS] >> data/statements/labels.tsv
      Rows (mined_by PASS, default lex4; the fifth pass used lex5 with the ret5 lexicon) for decisions on mine-more candidates.
  scripts/mine-statements.py count [LABELS]
      Counts the rows of labels.tsv (or LABELS, e.g. data/statements/labels-lex6.tsv) per label and split (held out or
      training, as the trainer splits them).
  scripts/mine-statements.py apply /tmp/candidates.tsv /tmp/decisions.txt >> data/statements/labels.tsv
      decisions.txt: one "NUMBER LABEL" a line (promise, retraction, prediction, claim, other, or skip
      for a broken sentence); prints the labels.tsv rows with offsets and the SHA-256 prefix.

The candidate files hold corpus text: keep them outside the repository (e.g. /tmp).
Deterministic: no randomness beyond the fixed hash order; the output depends only on the corpus and labels.tsv."""
import gzip, hashlib, json, re, struct, sys

CORPUS = "../shared/data/polnear/train.jsonl.gz"
LABELS = "data/statements/labels.tsv"
LABELS_LEX6 = "data/statements/labels-lex6.tsv"
LABELS_RANDOM25 = "data/statements/labels-random25.tsv"  # the seventh pass (scripts/random-news-sample.py)

LEXICONS = {
    # retraction: wide on purpose (retractions are rare); the misses are kept as hard negatives.
    "ret": r"\brevers(?:e|ed|es|ing|al)\b|\bwalk(?:ed|s|ing)? back\b|\bwalk-?back\b|\bback(?:ed|s|ing)? (?:off|away|down)\b"
           r"|\bdrop(?:ped|s|ping)? (?:his|her|their|its|the) (?:plan|pledge|promise|proposal|bid|call|opposition|support|demand|threat|idea)"
           r"|\babandon(?:ed|s|ing)?\b|\bno longer\b|\bchang(?:ed|es|ing|e) (?:his|her|their|its|my|our) (?:mind|position|stance|tune|views?)"
           r"|\bflip-?flop|\bu-turn|\brecant|\bdisavow|\bapologi[sz](?:ed|es|e|ing) for\b|\bclarif(?:ied|y|ies|ication)\b"
           r"|\bwithdr(?:ew|aw|awn|awing|aws)\b|\brescind|\bsoften(?:ed|ing|s)?\b|\bdistanc(?:ed|ing|es) (?:himself|herself|themselves|itself)"
           r"|\bretract|\b(?:take|took|taking|takes) back\b|\bbacktrack|\bbackpedal|\babout-face\b|\breneg(?:e|ed|ing)\b"
           r"|\b(?:went|go|goes|going) back on\b|\bbr(?:oke|eak|eaking) (?:his|her|their|a|the) (?:promise|pledge|vow|word)"
           r"|\bmisspoke|\bwas wrong\b|\breconsider|\breversal\b|\bturnabout\b|\bcave[ds]? (?:in|to)\b|\bretreat(?:ed|s|ing)? from\b"
           r"|\bscrap(?:ped|s|ping)?\b|\bshelv(?:e|ed|es|ing)\b|\bcancel(?:l?ed|s|ling)?\b|\bpulled (?:his|her|their|its) support"
           # wider still: course changes, toning down, earlier positions, apologies, corrections, quitting, refusals
           r"|\b(?:reverse|change|changed) course\b|\bshift(?:ed|s|ing)? (?:his|her|their|its) (?:position|stance|tone|views?)"
           r"|\bevolv(?:ed|ing) (?:position|views?)|\bposition has evolved|\bviews? (?:have|has) evolved"
           r"|\bton(?:ed|es|ing) down\b|\bpull(?:ed|s|ing) back\b|\bdial(?:l?ed|s|ing) back\b|\bstep(?:ped|s|ping) back from\b|\brow(?:ed|ing|s)? back\b"
           r"|\bcontradict|\bused to (?:support|oppose|say|favor|back|call)|\bonce (?:supported|opposed|said|called|backed|favored|promised)"
           r"|\bpreviously (?:said|supported|opposed|called|promised|pledged|backed)|\bhad (?:once |previously |earlier )?(?:promised|pledged|vowed)"
           r"|\bnow (?:says|supports?|opposes?|insists)\b|\bapologi|\bregret|\bsorry\b|\bmistake\b|\bmisstat|\bcorrect(?:ed|ion)\b"
           r"|\bdid(?:n['’]t| not) mean\b|\bjoking\b|\bkidding\b|\bout of context\b|\bwrong\b|\bdropp(?:ed|ing) out\b"
           r"|\bsuspend(?:ed|s|ing) (?:his|her|their) (?:campaign|bid)|\bwithdrawal\b"
           r"|\b(?:won['’]t|will not) (?:support|endorse|back|vote for|honor|keep)\b|\bcannot be fulfilled|\bcan['’]t keep\b"
           r"|\binitially\b|\boriginally\b|\bat first\b|\bswitch(?:ed|es|ing)?\b|\bsecond thoughts\b|\brethink|\bpull(?:ed|s|ing)? out of\b"
           r"|\bback(?:ed|s|ing)? out\b|\bretool|\bg[ia]ve up\b|\bgiving up\b|\bno more\b|\bbackflip|\bpivot"
           r"|\bafter (?:initially |previously |first )?(?:saying|promising|pledging|vowing|insisting|opposing|supporting|declaring|announcing|rejecting|refusing)\b"
           r"|\bdespite (?:having )?(?:promised|pledged|vowed|said|his promise|her promise|his pledge|her pledge|his vow|earlier)|\bhad (?:promised|pledged|vowed|insisted)\b"
           r"|\bcontrary to\b|\b(?:moved|moving|walked|walking|stepped|stepping) away from\b|\bretreat|\bin a reversal\b"
           r"|\bchanged (?:his|her|their) (?:tune|approach|strategy|plans?)\b|\bbroke (?:with )?(?:his|her|their) (?:own )?(?:promise|pledge|word|vow)"
           r"|\bnow (?:backs|endorses|favors|wants|calls for|concedes|admits|acknowledges)\b|\bconced(?:ed|es|ing)\b|\badmit(?:ted|s|ting)?\b"
           r"|\backnowledg(?:ed|es|ing) (?:that )?(?:he|she|they|it) (?:was|were|had been) wrong",
    # retraction, strong cues only (the fourth pass, for the debates, where the wide list matches mostly "wrong"):
    "retstrong": r"\bwalk(?:ed|s|ing)? back\b|\bback(?:ed|s|ing)? (?:down|away|off)\b|\brevers(?:e|ed|es|ing|al) (?:himself|herself|themselves|his|her|their|position|course)"
                 r"|\brecant|\bretract|\bu-turn|\bbackflip|\bflip-?flop|\breneg(?:e|ed|ing)\b|\b(?:went|go|goes|going) back on\b"
                 r"|\bbr(?:oke|eak|eaking|oken) (?:his|her|their|my|our|a|the|that|this) (?:own )?(?:promise|pledge|vow|word)|\bchang(?:ed|es|ing|e) (?:his|her|their|my|our) (?:mind|position|tune)"
                 r"|\bmisspoke|\bI was wrong\b|\b(?:take|took|taking|takes) (?:it|that|those words|back what)|\bwithdr(?:ew|aw|awn) (?:his|her|their|my|the) (?:support|endorsement|plan|proposal|nomination|pledge|promise)"
                 r"|\bused to (?:support|oppose|say|favor|be for|be against)|\bonce (?:supported|opposed|said|favored|promised)|\bno longer (?:supports?|opposes?|believes?|favors?|backs?)\b"
                 r"|\bpreviously (?:said|supported|opposed|promised|pledged)|\bwas for it before|\bbefore (?:he|she) was against",
    # retraction, the fifth pass (lex5): cues neither list above holds, for the press releases' broken promises and the debates'
    # reversals ("breaking an election promise", "ditched the pledge", "turned his back on", "both sides of", "my position has
    # changed", "I should not have", "now says"); the misses are kept as hard negatives.
    "ret5": (
            r"\bbr(?:oke|eak|eaks|eaking|oken) (?:(?:his|her|their|its|my|our|a|an|the|that|this|every|key|major|core|solemn"
            r"|own|election|campaign|clear|\w+['’]s?) ){0,3}(?:promise|pledge|vow|word|commitment|guarantee)s?\b"
            r"|\bbroken (?:election |campaign )?(?:promise|pledge|commitment|vow)|\bpromise[- ]break|\b(?:ditch|dump|ax|junk"
            r"|drop)(?:ed|es|s|ing|ped|ping)? (?:(?:his|her|their|its|a|an|the|that|this|key|election|campaign|own"
            r"|\w+['’]s?) ){0,3}(?:promise|pledge|commitment|vow|plan|policy|proposal|opposition|support)s?\b|\blied\b"
            r"|\bturn(?:ed|s|ing)? (?:his|her|their|its|our|my) backs? on\b|\bt(?:ore|ear|earing|orn) up\b|\bfail(?:ed|s"
            r"|ing)? to (?:keep|honou?r|deliver on|fulfil+|meet) (?:his|her|their|its|our|my|a|an|the|that|this|election) "
            r"|\b(?:not|never|n['’]t) (?:been )?(?:kept|honou?red|fulfill?ed|delivered on)\b"
            r"|\bbefore the (?:last )?election\b|\bflip(?:ped|s|ping)?\b|\bwaffl|\bboth sides of\b|\b(?:position|view|views"
            r"|mind|stance) (?:has |have |had )?(?:changed|shifted|evolved)\b|\bi(?:['’]ve| have) changed\b|\bI (?:made"
            r"|make) (?:a|that) mistake\b|\bI should(?:n['’]t| not) have\b|\bnow (?:says?|claims?|wants?|admits?|supports?"
            r"|opposes?)\b|\bstand corrected\b|\bcorrect myself\b|\bI misstated\b|\bsecond thought|\bcome around\b"
            r"|\bcame around\b|\bbacked away\b|\bno longer (?:support|back|favou?r|oppose|believe|want|plan|intend"
            r"|committed)|\brenounc|\brepudiat|\bdisown|\bbacktrack|\bwalk(?:ed|ing|s)? away from\b|\bcave[ds]?\b|\bcaving\b"
            r"|\bclimb(?:ed|s|ing)? down|\bcome down from\b|\bgo(?:ne)? soft on\b|\bcop(?:ped)? out\b"),
    # prediction: modal and forecast words, and predictions without a modal (poised, on track, slated, odds, bound to).
    "pred": r"\bwill likely\b|\blikely to\b|\bexpected to\b|\bexpects?\b|\bforecast|\bpredict|\bprojected\b|\bpoised to\b"
            r"|\bcould\b|\bmight\b|\bis set to\b|\bare set to\b|\bgoing to\b|\bon track to\b|\bon course to\b|\bslated to\b"
            r"|\bbound to\b|\bodds\b|\bchances? (?:of|that|are)\b|\bprobably\b|\balmost certainly\b|\bwill (?:be|win|lose|have|become|face|need|take|come|get)\b"
            r"|\bis about to\b|\bin the coming\b|\bby 20[1-9]\d\b|\bnext (?:year|month|week|president)\b|\bwould (?:win|lose|beat|carry)\b",
    # prediction, the sixth pass (lex6, TRAINING documents only): the shapes the out-of-fold errors of the prediction detector
    # fall in: forecast frames of a third person ("is expected to", "are likely to", "is poised to", "is set to"), a modal
    # after a relative pronoun ("who will play", "that could be tunnels"), a past or counterfactual modal ("could have",
    # "would have"), a modal in rhetoric or advice ("you could say", "one might think", "might want to"), a reported future
    # of a third person ("said it would", "says he will", "insists she will"), and a third person's "will"/"would" + verb.
    "pred6": r"\b(?:is|are|was|were|be|been|seems?|appears?) (?:widely |still |now |also |not )?(?:expected|likely|unlikely|poised|set"
             r"|projected|slated|on track|bound|due|certain|sure|predicted|forecast) to\b|\bwill (?:likely|probably|almost certainly)\b"
             r"|\b(?:who|which|that|where|when) (?:will|would|could|might|may|is going to|are going to)\b"
             r"|\b(?:could|might|may|would|should|must)(?: not|n['’]t)? have\b|\byou (?:could|might|may|would|will|can)\b|\bone (?:might|could|would)\b"
             r"|\bmight want to\b|\b(?:said|says|told|announced|insisted|insists|predicted|predicts|warned|warns|believes?|thinks?|expects?"
             r"|argued|argues|suggested|suggests|estimated|estimates) (?:that )?(?:he|she|it|they|the \w+) (?:will|would|is going to|are going to|could)\b"
             r"|\b(?:he|she|it|they) (?:will|would|won['’]t|wouldn['’]t) (?!be \w+ing\b)\w+",
    # promise: commissive verbs and first-person future.
    "prom": r"\bpledg(?:e|ed|es|ing)\b|\bpromis(?:e|ed|es|ing)\b|\bvow(?:ed|s|ing)?\b|\bcommit(?:ted|s)? to\b|\bguarantee|\bswor[en]\b"
            r"|\bI will\b|\bwe will\b|\bwe['’]ll\b|\bI['’]ll\b|\bI would\b|\bwe would\b|\bwill (?:build|create|cut|repeal|fight|bring|make|stop|end|raise|lower|ban|deport|appoint|sign|veto|restore|protect)\b",
}


def sentences(text):
    """Sentence spans (code-point offsets; Python strings index code points): paragraphs cut at . ! ? (and closing quotes) before a capital or an opening quote."""
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in re.finditer(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])", para.group(0)):
            end = para.start() + m.end()
            yield start, end
            start = end
        yield start, para.end()


def held_out(article, source="polnear-train"):
    digest = hashlib.sha256((source + "|" + article).encode("utf-8")).digest()
    return struct.unpack("<I", digest[:4])[0] % 5 == 0


def count(path=LABELS):
    """Rows of labels.tsv (or another labels file) per label and split, split as TrainingData.IsHeldOut does (CheckThat! train is
    never held out)."""
    table = {}
    for line in open(path, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if line.startswith("#") or c[0] == "source":
            continue
        source, key = c[0], c[1]
        document = key.rsplit("/", 1)[0] if source in ("subramanian2019", "fornaciari2021") else key
        split = "held-out" if source != "checkthat2024_train" and held_out(document, source) else "training"
        row = table.setdefault(c[5], dict.fromkeys(COUNT_COLUMNS, 0))
        row[split] += 1
        for p in ("lex3", "lex4", "lex5", "lex6"):
            row[p] += c[6] == p
            row[p + " held-out"] += c[6] == p and split == "held-out"
    print("label\theld-out\ttraining\tall\tof which lex3\tof which lex4\tlex4 held out\tof which lex5\tlex5 held out\tof which lex6")
    for label in ("promise", "retraction", "prediction", "claim", "other"):
        r = table.get(label, dict.fromkeys(COUNT_COLUMNS, 0))
        print(f"{label}\t{r['held-out']}\t{r['training']}\t{r['held-out'] + r['training']}\t{r['lex3']}\t{r['lex4']}\t{r['lex4 held-out']}\t{r['lex5']}\t{r['lex5 held-out']}\t{r['lex6']}")


COUNT_COLUMNS = ("held-out", "training", "lex3", "lex3 held-out", "lex4", "lex4 held-out", "lex5", "lex5 held-out", "lex6", "lex6 held-out")


def labelled_spans(source="polnear-train"):
    """The labelled spans of a source, by text: labels.tsv, the sixth pass's labels-lex6.tsv and the seventh pass's
    labels-random25.tsv (not read by the trainer by default, but never to be proposed again)."""
    spans = {}
    for path in (LABELS, LABELS_LEX6, LABELS_RANDOM25):
        for line in open(path, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if c[0] == source:
                spans.setdefault(c[1], []).append((int(c[2]), int(c[3])))
    return spans


TABLES = {
    # source: (file, key columns, text column); the key is what TrainingData uses (doc/id for Subramanian).
    "subramanian2019": ("../shared/data/statements/subramanian2019_speech_acts.train.tsv", ("doc", "id"), "text"),
    "checkthat2024_train": ("../shared/data/statements/checkthat2024_train.tsv", ("Sentence_id",), "Text"),
}


def units(source):
    """(document, key, start, end, sentence, full text) of every sentence of a source: PolNeAR articles cut into
    sentences, table rows whole (start 0)."""
    if source.startswith("polnear-"):
        with gzip.open(f"../shared/data/polnear/{source[8:]}.jsonl.gz", "rt", encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                aid, text = article["id"], article["text"]
                for s, e in sentences(text):
                    sent = text[s:e].strip()
                    s += len(text[s:e]) - len(text[s:e].lstrip())
                    yield aid, aid, s, s + len(sent), sent, text
        return
    path, keys, column = TABLES[source]
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            key = "/".join(row[k] for k in keys)
            text = row[column]
            yield key.rsplit("/", 1)[0], key, 0, len(text), text, text


def held_out_unit(source, document):
    return source != "checkthat2024_train" and held_out(document, source)


def candidate(sent, s, e, pattern, labelled, seen):
    """Whether a sentence at [s, e) is worth proposing: 40-350 characters, not proposed before, matching the lexicon and
    overlapping no labelled span; it is then marked as seen."""
    if not 40 <= len(sent) <= 350 or sent in seen or not pattern.search(sent):
        return False
    if any(a < e and s < b for a, b in labelled):
        return False
    seen.add(sent)
    return True


def mine_more(source, lexicon, n):
    """The fourth pass (lex4): like mine, over polnear-dev, polnear-train, subramanian2019 or checkthat2024_train,
    held-out documents first; rows already labelled (or overlapped, for PolNeAR) are left out."""
    pattern = re.compile(LEXICONS[lexicon], re.IGNORECASE)
    done = labelled_spans(source)
    found, seen = [], set()
    for document, key, s, e, sent, _ in units(source):
        if not candidate(sent, s, e, pattern, done.get(key, []), seen):
            continue
        order = hashlib.sha256(f"lex4|{lexicon}|{source}|{key}|{s}".encode()).hexdigest()
        found.append((0 if held_out_unit(source, document) else 1, order, key, s, e, sent, document))
    found.sort()
    for i, (_, _, key, s, e, sent, document) in enumerate(found[:n]):
        print(f"{source}:{i}\t{key}\t{s}\t{e}\t{'H' if held_out_unit(source, document) else 'T'}\t{sent}")
    print(f"{len(found)} candidates, {sum(1 for f in found if f[0] == 0)} in held-out documents", file=sys.stderr)


def mine_training(source, lexicon, n):
    """The sixth pass (lex6): like mine-more, but over the TRAINING documents of SOURCE only (a held-out document is never
    proposed, so the held-out sets stay as they are), in the fixed order SHA-256("lex6|LEXICON|SOURCE|key|start")."""
    pattern = re.compile(LEXICONS[lexicon], re.IGNORECASE)
    done = labelled_spans(source)
    found, seen = [], set()
    for document, key, s, e, sent, _ in units(source):
        if held_out_unit(source, document) or not candidate(sent, s, e, pattern, done.get(key, []), seen):
            continue
        found.append((hashlib.sha256(f"lex6|{lexicon}|{source}|{key}|{s}".encode()).hexdigest(), key, s, e, sent))
    found.sort()
    for i, (_, key, s, e, sent) in enumerate(found[:n]):
        print(f"{source}:{i}\t{key}\t{s}\t{e}\tT\t{sent}")
    print(f"{len(found)} candidates in training documents", file=sys.stderr)


def apply_more(candidates, decisions, mined_by):
    """Rows for the decisions on candidates printed by mine-more (any source; numbers are SOURCE:N)."""
    cands = {}
    for line in open(candidates, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        cands[c[0]] = (c[0].rsplit(":", 1)[0], c[1], int(c[2]), int(c[3]), c[5])
    texts = {}
    for source in sorted({v[0] for v in cands.values()}):
        for _, key, _, _, _, text in units(source):
            texts[(source, key)] = text
    for number, label in read_decisions(decisions):
        source, key, s, e, sent = cands[number]
        print(labelled_row(source, key, texts[(source, key)], s, e, sent, number, label, mined_by))


def mine(lexicon, n, heldout_first):
    pattern = re.compile(LEXICONS[lexicon], re.IGNORECASE)
    done = labelled_spans()
    found, seen = [], set()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            aid, text = article["id"], article["text"]
            for s, e in sentences(text):
                sent = text[s:e].strip()
                s += len(text[s:e]) - len(text[s:e].lstrip())
                e = s + len(sent)
                if not candidate(sent, s, e, pattern, done.get(aid, []), seen):
                    continue
                key = hashlib.sha256(f"lex3|{lexicon}|{aid}|{s}".encode()).hexdigest()
                found.append((0 if heldout_first and held_out(aid) else 1, key, aid, s, e, sent))
    found.sort()
    for i, (_, _, aid, s, e, sent) in enumerate(found[:n]):
        print(f"{i}\t{aid}\t{s}\t{e}\t{'H' if held_out(aid) else 'T'}\t{sent}")
    print(f"{len(found)} candidates, {sum(1 for f in found if f[0] == 0)} in held-out documents first", file=sys.stderr)


def apply(candidates, decisions, mined_by):
    cands = {}
    for line in open(candidates, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        cands[c[0]] = (c[1], int(c[2]), int(c[3]), c[5])
    texts = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            texts[a["id"]] = a["text"]
    for number, label in read_decisions(decisions):
        aid, s, e, sent = cands[number]
        print(labelled_row("polnear-train", aid, texts[aid], s, e, sent, number, label, mined_by))


def read_decisions(decisions):
    """(candidate number, label) for each decision line; '#' comments, blank lines and 'skip' are left out."""
    for line in open(decisions, encoding="utf-8"):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        number, label = parts[0], parts[1]
        if label == "skip":
            continue
        assert label in ("promise", "retraction", "prediction", "claim", "other"), line
        yield number, label


def labelled_row(source, key, text, s, e, sent, number, label, mined_by):
    """A labels.tsv row: the span is checked against the candidate's sentence and stored as offsets and a hash."""
    span = text[s:e]
    assert span == sent, (number, span, sent)
    sha = hashlib.sha256(span.encode("utf-8")).hexdigest()[:12]
    return f"{source}\t{key}\t{s}\t{e}\t{sha}\t{label}\t{mined_by}"


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "mine":
        mine(sys.argv[2], int(sys.argv[3]), "--heldout-first" in sys.argv)
    elif sys.argv[1:] == ["count"]:
        count()
    elif len(sys.argv) == 3 and sys.argv[1] == "count":
        count(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "mine-more":
        mine_more(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) == 5 and sys.argv[1] == "mine-training":
        mine_training(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "apply-more":
        apply_more(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) == 5 else "lex4")
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3], "lex3")
    else:
        sys.exit(__doc__)
