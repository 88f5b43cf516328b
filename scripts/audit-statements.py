#!/usr/bin/env python3
"""Counts defects of the statements claimextract finds on real pages, by class (audit 13, docs/audit.md).

    python3 scripts/audit-statements.py OUT.jsonl [OUT2.jsonl ...] [-v CLASS] [-n N]

OUT.jsonl is the output of `claimextract extract` (one article per line). Each class is a mechanical test
of one kind of defect a reader of the statements finds (a label before a colon taken for a speaker, a cue
that is no verb, a direct quotation whose "X said" after it was not taken as its cue, ...). The tests are
the script's own, independent of the tool's rules, and err on the side of not flagging: a count is a lower
bound of the defects of that class, and a flag is a defect to read, not a certainty (docs/audit.md gives how
many of a sample were confirmed by reading). `-v CLASS` prints the flagged statements of a class with their
context (`-n` of them, default 20); `-v all` every class. Standard-library Python 3 only.
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict

SPEECH = re.compile(
    r"^\W{0,3}\s*(?:[\w.’'\-]+\s+){0,8}?(?:has |had |have )?(said|says|say|added|adds|told|tells|wrote|writes|asked|asks|"
    r"explained|explains|noted|notes|continued|continues|recalled|recalls|stated|states|insisted|insists|argued|argues|"
    r"warned|warns|tweeted|posted|replied|responds|responded|according to)\b",
    re.IGNORECASE)
SPEECH_BEFORE = re.compile(
    r"\b(said|says|added|adds|told \w+|tells \w+|wrote|writes|asked|asks|explained|explains|noted|notes|stated|states|"
    r"insisted|argued|warned|tweeted|replied|responded)\s*[:,]?\s*$", re.IGNORECASE)

# Words that are never a cue on their own: adverbs, prepositions and particles the learned cue tagger took for one.
NOT_A_CUE = {"also", "about", "out", "upon", "reportedly", "explicitly", "of", "on", "for", "with", "in", "at", "to",
             "up", "down", "off", "over", "into", "onto", "from", "by", "as", "then", "just", "still", "even",
             "allegedly", "apparently", "publicly", "privately", "repeatedly", "previously", "later", "earlier",
             "recently", "often", "never", "always", "again", "already", "only", "too", "very", "not", "and", "but",
             "or", "so", "because", "if", "that", "which", "who", "what", "how", "when", "where", "why"}

PERSON_PRONOUNS_READER = {"you", "you’ll", "you'll", "you’re", "you're", "you’ve", "you've", "you’d", "you'd", "your"}
PERSON_PRONOUNS_WRITER = {"i", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll", "we", "we’re", "we're",
                          "we’ve", "we've", "we’ll", "we'll", "me", "us", "my", "our"}

# A label before a colon that heads a field, a notice or a section, not a speaker.
FIELD_LABELS = {"note", "notes", "summary", "disclosure", "disclaimer", "warning", "citation", "doi", "signal", "source",
                "sources", "photo", "photos", "image", "credit", "credits", "update", "updated", "editor’s note",
                "editor's note", "related", "read more", "more", "see also", "ingredients", "directions", "q", "a",
                "moreover", "also", "email", "phone", "tel", "fax", "address", "website", "contact", "price", "tags",
                "category", "categories", "share", "advertisement", "caption", "video", "watch", "listen",
                "subscribe", "follow", "attention", "buyer's guide", "buyer’s guide", "path a", "path b", "path c",
                "path d", "step 1", "step 2", "step 3", "tip", "tips", "bottom line", "key takeaways", "takeaway"}

CONTRACTIONS = {"that’s", "that's", "let’s", "let's", "there’s", "there's", "here’s", "here's", "it’s", "it's", "what’s",
                "what's", "who’s", "who's"}
VERB_LIKE = {"been", "includes", "include", "obvious", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did"}

BOILERPLATE = re.compile(
    r"(©|\bcopyright\b|all rights reserved|\bsign up (for|to) (our|the) newsletter|\bsubscribe to our\b|\bclick here\b|\bfollow us\b|"
    r"\bwe[’']d like to hear\b|\bletters? to the editor\b|\bebook\b|\bemail (the writer|us)\b|"
    r"\bread more\b|\bbuy now\b|\bshop now\b|\bcookies?\b|\bprivacy policy\b|\bterms of (use|service)\b|"
    r"\bcomments? (are|is) (moderated|closed)|\bmoderat\w+ (all )?comments|@\w+\.\w{2,}|https?://|www\.\w|"
    r"\bretrieved \d|\bthis document is subject to\b|\bshare this\b|\bdownload (the|our)\b)", re.IGNORECASE)

TITLE_OF_WORK = re.compile(
    r"\b(book|novel|film|movie|song|album|single|show|series|episode|poem|play|essay|article|column|paper|study|report|"
    r"campaign|slogan|motto|hashtag|podcast|documentary|exhibition|ebook|titled|entitled|called|named|dubbed|headlined|"
    r"habits?|chapter|section|track|painting|game|app)\W{0,3}\s*[–—-]?\s*$", re.IGNORECASE)

# Base forms that open a page's calls to its reader ("Read on to see ...", "Join our forums ..."): taken for a speaker, they are
# the imperative's subject, the reader (audit 14). The script's own list, wider than the tool's.
IMPERATIVES = {"read", "get", "join", "click", "follow", "sign", "subscribe", "check", "find", "see", "learn", "take", "watch",
               "download", "visit", "shop", "buy", "try", "ignore", "start", "welcome", "discover", "explore", "share", "contact",
               "register", "keep", "make", "enjoy", "listen", "tap", "scroll", "stay", "grab", "save", "cheer", "remember",
               "imagine", "consider", "meet", "give", "let", "go", "come", "look", "use", "put", "pick", "choose", "head", "send"}
IMPERATIVE_NEXT = re.compile(r"^\s+(the|a|an|our|my|your|his|her|their|its|this|that|these|those|all|some|any|every|each|more|"
                             r"to|on|up|in|out|about|off|us|me|them|it|him|here|now|back|with|by|for|from|into|at|over|[A-Z])")

# A first conjunct and "and" right before the mention: "Volker and [Morrison] said", "he and [Bowersox] listed" (audit 14).
FIRST_CONJUNCT = re.compile(r"(?:^|[,;:—(“\"]\s*|\b(?:both|but|as|while|when|that|however|then)\s+)(?:the\s+|The\s+)?"
                            r"(?:(?:[A-Z][\w.’'-]*\s+){1,5}|(?:he|she|He|She|I|we|We|they|They)\s+|(?:his|her|their|His|Her|Their)\s+\w+\s+)and\s+$")
BETWEEN_SUBJECT_AND_CUE = re.compile(r"^\s*(?:,[^,.;]{2,80},\s*)?(?:(?:also|now|then|quickly|jointly|later|both|have|has|had|will|would)\s+|\w+ly\s+)*$")

# A finite verb of a clause: an auxiliary or modal, a contraction, a past form. Its absence makes an indirect content a noun
# phrase, the object of an action ("published [it in 1980]", "tried [the mouse instead]"), not something said.
FINITE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|will|would|can|could|should|shall|may|might|must|has|have|had|do|does|"
                    r"did|\w+n[’']t|\w+[’'](?:s|re|ve|ll|d|m)|\w{2,}ed)\b", re.IGNORECASE)
SPEECH_OR_THOUGHT = re.compile(
    r"^(?:has |have |had |was |were |is |are |did |does |do |not |never )*(?:say|said|says|saying|tell|told|tells|telling|add|added|adds|"
    r"adding|write|wrote|writes|ask|asked|asks|explain\w*|note\w*|state\w*|claim\w*|argue\w*|insist\w*|warn\w*|report\w*|"
    r"announce\w*|believe\w*|think\w*|thought|expect\w*|hope\w*|want\w*|plan\w*|promise\w*|pledge\w*|vow\w*|urge\w*|"
    r"call\w* for|according to|accus\w*|den\w*|suggest\w*|predict\w*|estimat\w*|fear\w*|question\w*|criticiz\w*|"
    r"blame\w*|seek\w*|sought|intend\w*|propos\w*|recommend\w*|decline\w*|refuse\w*|agree\w*|describ\w*|"
    r"respond\w*|repl\w*|testif\w*|tweet\w*|confirm\w*|acknowledg\w*|admit\w*|allege\w*|charg\w*|threaten\w*|"
    r"support\w*|oppos\w*|endors\w*|reject\w*|concern\w*|worr\w*|doubt\w*|wonder\w*|recall\w*|remember\w*)\b",
    re.IGNORECASE)

# The mention is not the head of the subject but its possessor ("Swift['s rep] told") or the object of a preposition after the
# head ("One study in [17 people] showed", "a spokeswoman for [Neumann] declined"): someone else said it (audit 14).
POSSESSED_BEFORE_CUE = re.compile(r"^[’']s(?:\s+[a-z][\w-]*){1,3}\s+$")
HEAD_BEFORE_PP = re.compile(
    r"(?:^|[,;:—]\s*|\b(?:and|but|then|as|while)\s+)(?:[\w’'.,-]+\s+){0,3}?(?:stud(?:y|ies)|reports?|analys[ie]s|research|surveys?|"
    r"polls?|data|tests?|reviews?|papers?|spokes(?:man|woman|person)|analysts|researchers|officials|experts|scientists|members|"
    r"team|lawyers?|attorneys?|aides?)\s+(?:\w+ed\s+)?(?:of|in|into|by|from|for|at|with|among)\s+(?:the\s+)?$", re.IGNORECASE)

OPENING = "“\"‘'«„‹"
CLOSING = "”\"’'»“‹›"
ABBREV = re.compile(r"\b(?:[A-Z]\.|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof|Inc|Corp|Co|Ltd|No|vs|U\.S|U\.K|a\.m|p\.m|Jan|Feb|"
                    r"Aug|Sept|Oct|Nov|Dec|Ft|Mt|Lt|Col|Capt|Sgt|Rev|e\.g|i\.e|etc|approx|Ave|Blvd)\.$")


COMMON_ENGLISH = {"the", "and", "of", "to", "a", "in", "is", "that", "it", "for", "on", "was", "with", "as", "be", "at", "by",
                  "this", "are", "from"}


def not_english_prose(text):
    """A page of 100 words or more of which under one in ten is among the twenty commonest English words: another language,
    or a table or list rather than prose (English news prose: about one word in five)."""
    words = re.findall(r"\w+", text.lower())
    return len(words) >= 100 and sum(w in COMMON_ENGLISH for w in words) * 10 < len(words)


def sentences_in(text):
    """How many sentences a content holds: ". X" boundaries not after an abbreviation or an initial."""
    n = 1
    for m in re.finditer(r"[.!?][”\"’)]?\s+(?=[A-Z“\"])", text):
        before = text[max(0, m.start() - 12):m.start() + 1]
        if ABBREV.search(before.split()[-1] if before.split() else ""):
            continue
        n += 1
    return n


def classify(article, s, labels_on_page):
    """The defect classes a statement falls in (names), given its article."""
    text = article.get("text") or ""
    out = []
    qt, cue, mention, speaker, kind = s["quote_type"], s["cue"], s["speaker_mention"], s["speaker"], s["speaker_kind"]
    content = s["text"]
    start, end = s["start"], s["end"]
    after = text[end:end + 120].split("\n")[0]
    before = text[max(0, start - 120):start].split("\n")[-1]

    if article.get("_not_english"):
        out.append("page-not-english-prose")

    if cue == ":":
        label = (mention or "").strip()
        words = label.split()
        if (label.lower() in FIELD_LABELS or (len(label) > 1 and label.isupper()) or label.lower().startswith("dear ")
                or labels_on_page[label] >= 3):
            out.append("colon-label-not-a-speaker")
        elif not re.search(r"\b[a-z]{2,}\w*\b", content) or not re.search(
                r"\b(is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|\w+ed|\w+s)\b",
                content):
            out.append("colon-label-not-a-speaker")

    if cue is not None and cue != ":":
        cue_words = cue.replace(":", "").split()
        if cue_words and all(w in NOT_A_CUE for w in cue_words):
            out.append("cue-not-a-verb")

    if qt == "direct" and cue is None:
        # Cut at the next quotation mark or sentence end: what follows the quotation in its own sentence.
        tail = re.split(r"[“\"‘«]|(?<=[.!?])\s", after, maxsplit=1)[0]
        if SPEECH.search(tail) or SPEECH_BEFORE.search(before):
            out.append("direct-cue-missed")

    if mention is not None:
        low = mention.strip().lower()
        if low in PERSON_PRONOUNS_READER:
            out.append("reader-as-source")

    if mention is not None and s["speaker_start"] is not None:
        line_before = text[:s["speaker_start"]].split("\n")[-1]
        words = mention.split()
        opens = re.fullmatch(r"\W*(?:\d+\.\s*)?", line_before) or re.search(r"[.!?]\s+$", line_before)
        cue_next = s["cue_start"] is not None and s["cue_start"] <= s["speaker_start"] + len(words[0]) + 1
        if (opens and words[0][:1].isupper() and words[0].lower() in IMPERATIVES and not cue_next
                and IMPERATIVE_NEXT.match(text[s["speaker_start"] + len(words[0]):s["speaker_start"] + len(words[0]) + 12])):
            out.append("speaker-imperative")
        if (" and " not in mention and s["cue_start"] is not None and s["cue_start"] >= s["speaker_end"]
                and FIRST_CONJUNCT.search(line_before[-80:])
                and BETWEEN_SUBJECT_AND_CUE.match(text[s["speaker_end"]:s["cue_start"]])):
            out.append("speaker-one-of-coordinated")
        if s["cue_start"] is not None and s["cue_start"] >= s["speaker_end"]:
            between = text[s["speaker_end"]:s["cue_start"]]
            if POSSESSED_BEFORE_CUE.match(between) or (HEAD_BEFORE_PP.search(line_before[-100:])
                                                        and BETWEEN_SUBJECT_AND_CUE.match(between)):
                out.append("speaker-not-the-head")
        inside = text[start:s["speaker_start"]]
        if (qt == "direct" and start <= s["speaker_start"] and s["speaker_end"] <= end
                and sum(inside.count(c) for c in "”»›") + inside.count('"') - (1 if inside[:1] == '"' else 0) == 0):
            # Within the quotation marks: a name the quotation mentions taken for whoever said it.
            out.append("speaker-inside-quotation")

    if (qt == "indirect" and cue not in (None, ":") and not FINITE.search(content)
            and not SPEECH_OR_THOUGHT.match(cue)):
        out.append("content-no-clause")

    if speaker is not None and mention is not None and kind == "organization":
        short = re.sub(r"[’']s$", "", re.sub(r"^(?:the|The)\s+", "", mention.strip()))
        if speaker != short and (speaker.startswith(short + " ") or speaker.endswith(" " + short)):
            # The organisation's name expanded to a longer capitalised sequence the page writes only after the short name stood
            # alone: another thing ("Google" → "Google Stadia Founder", "Vietnam" → "Vietnam War"); audit 14.
            full_at = text.find(speaker)
            alone = [m.start() for m in re.finditer(r"\b" + re.escape(short) + r"\b", text)
                     if not text.startswith(speaker, m.start() - (len(speaker) - len(short)) if speaker.endswith(short) else m.start())]
            if full_at >= 0 and alone and alone[0] < full_at:
                out.append("organisation-expanded-later")

    if speaker is not None:
        first = speaker.split()[0]
        if re.search(r"[’']s$", speaker):
            out.append("speaker-possessive")
        if speaker[:1].islower() and kind != "document":
            # The README: a full name, a document as written, or null; "the description", "keyboards", "the duo tries" are none
            out.append("speaker-not-a-name")
        if (first.lower() in CONTRACTIONS or (speaker.lower() in FIELD_LABELS and kind != "document")
                or speaker.lower().startswith("dear ") or speaker.lower() in VERB_LIKE
                or (speaker.isupper() and len(speaker.split()) > 1 and all(len(w) >= 4 for w in speaker.split()))):
            out.append("speaker-garbage")
        publisher = (article.get("publisher") or "").lower()
        if publisher and speaker.lower() == publisher and qt != "reported":
            out.append("speaker-is-the-site")

    if kind == "person" and mention:
        head = mention.split()[-1]
        if head[:1].islower() and re.search(r"(ies|[^s’']s)$", head) and head.lower() not in {"is", "has", "was", "his", "this"}:
            out.append("kind-person-for-plural")

    if qt == "indirect":
        words = re.findall(r"\w+", content)
        if len(words) <= 2 or re.fullmatch(r"to (comment|say|elaborate|discuss|respond|speculate)\W*", content.strip(), re.I):
            out.append("content-no-statement")
        if sentences_in(content) >= 3:
            out.append("content-runs-on")

    if qt == "direct":
        inner_words = len(re.findall(r"\w+", content))
        if mention is None and cue is None and inner_words <= 8:
            out.append("scare-or-title-quote")
        elif TITLE_OF_WORK.search(before) and inner_words <= 12:
            out.append("scare-or-title-quote")
        if content[:1] not in OPENING and content[:1] not in "…." and not content[:1].isalnum():
            out.append("direct-starts-oddly")

    paragraph = text[text.rfind("\n", 0, start) + 1:]
    paragraph = paragraph[:paragraph.find("\n")] if "\n" in paragraph else paragraph
    if BOILERPLATE.search(paragraph):
        out.append("boilerplate-paragraph")

    if qt in ("indirect", "direct", "mixed") and content.rstrip().endswith("?") and (mention is None or
                                                                                     mention.lower() in PERSON_PRONOUNS_READER | PERSON_PRONOUNS_WRITER):
        out.append("question-to-reader")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outputs", nargs="+")
    parser.add_argument("-v", dest="verbose", help="print the flagged statements of this class ('all' for every class)")
    parser.add_argument("-n", type=int, default=20, help="how many to print per class with -v (default 20)")
    args = parser.parse_args()

    counts = Counter()
    flagged = defaultdict(list)
    statements = articles = 0
    any_flag = 0
    for path in args.outputs:
        with open(path, encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                articles += 1
                text = article.get("text") or ""
                article["_not_english"] = not_english_prose(text)
                labels = Counter(s["speaker_mention"] for s in article.get("statements") or [] if s["cue"] == ":")
                for s in article.get("statements") or []:
                    statements += 1
                    classes = classify(article, s, labels)
                    any_flag += bool(classes)
                    for c in sorted(set(classes)):
                        counts[c] += 1
                        flagged[c].append((article, s))

    print(f"{articles} articles, {statements} statements, {any_flag} flagged by at least one class")
    print(f"{'class':32} {'count':>6}")
    for c in sorted(counts, key=lambda k: (-counts[k], k)):
        print(f"{c:32} {counts[c]:6}")
    if args.verbose:
        for c in sorted(flagged):
            if args.verbose not in ("all", c):
                continue
            print(f"\n## {c}")
            for article, s in flagged[c][:args.n]:
                text = article.get("text") or ""
                lo = min(x for x in (s["start"], s["speaker_start"], s["cue_start"]) if x is not None)
                hi = max(x for x in (s["end"], s["speaker_end"], s["cue_end"]) if x is not None)
                context = text[max(0, lo - 60):hi + 40].replace("\n", " ⏎ ")
                print(f"- {s['id'].rsplit('/', 1)[-1]} [{s['quote_type']}/{s['kind']}] speaker={s['speaker']!r} "
                      f"mention={s['speaker_mention']!r} ({s['speaker_kind']}) cue={s['cue']!r}\n    text: "
                      f"{s['text'][:160]!r}\n    ctx:  {context[:300]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
