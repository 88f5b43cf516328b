#!/usr/bin/env python3
"""Missed gold attributions whose cue is a verb of saying (branch recall38), bucketed by why they were missed.

Matching as in ../shared/eval/score_quotes.py at t = 0.3. A gold attribution with no match whose cue holds a hand-lexicon verb of
saying (or "according to") goes to the first bucket that fits: A a prediction covers > 0.3 of it but another gold took it (with a
sub-count: its cue inside that prediction's content or not, and whether a candidate with its cue reached the verifier); B our
statement with its cue covers <= 0.3; C another statement does; D/E/F a candidate covering > 0.3 was dropped by the verifier / the
cue chain / after the ranker (needs DIAG, below); G a statement has its cue but its content is elsewhere; H no candidate, the
sentence has another statement; I no candidate and no statement in the sentence (a crude sentence split).

usage: missed-saying-cues.py GOLD.jsonl.gz PRED.jsonl [DIAG.jsonl] [--show=A|B|...|AX]
DIAG: one JSON line per attribution reaching AttributionVerifier.Filter ({"k": text length + "|" + first 80 characters, "cs", "ce",
"qs", "qe", "cue", "kept", "chain"}), from a diagnostic build that is not in the repository (docs/quotes.md, recall38).
--show prints examples (corpus text, to the terminal only).
"""
import gzip, json, os, sys, re, collections
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
from score_quotes import read_jsonl, gold_items, pred_items, overlap, hull
GOLD, PRED = sys.argv[1], sys.argv[2]
DIAG = sys.argv[3] if len(sys.argv) > 3 and not sys.argv[3].startswith('-') else None
SHOW = [a for a in sys.argv if a.startswith('--show=')]
SHOW = SHOW[0][7:] if SHOW else None
forms = """say says said saying tell tells told telling add adds added adding explain explains explained explaining warn warns warned warning
insist insists insisted insisting stated state states note notes noted noting argue argues argued arguing claim claims claimed claiming
write writes wrote written writing ask asks asked asking announce announces announced announcing declare declares declared declaring
acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting suggest suggests suggested suggesting stress stresses stressed
emphasize emphasized emphasizes continued reply replies replied respond responds responded recall recalls recalled assert asserts asserted contend contends contended
report reports reported confirm confirms confirmed deny denies denied tweet tweets tweeted tweeting concede concedes conceded complain complains complained
maintain maintains maintained observe observes observed remark remarks remarked reiterate reiterates reiterated testify testifies testified
comment comments commented conclude concludes concluded mention mentions mentioned reveal reveals revealed boast boasts boasted allege alleges alleged
joke jokes joked quipped exclaimed shouted""".split()
SAY = set(forms)
def saying(cue):
    if 'according to' in cue: return 'according to'
    ws = re.findall(r"[a-z]+", cue)
    for w in ws:
        if w in SAY: return w
    return None
gold_docs = {a['id']: a for a in read_jsonl(GOLD)}
pred_docs = {a['id']: a for a in read_jsonl(PRED)}
diag = collections.defaultdict(list)
if DIAG:
    for l in open(DIAG):
        d = json.loads(l); diag[d['k']].append(d)
def sentences(text):
    # crude sentence spans
    spans=[]; start=0
    for m in re.finditer(r'(?<=[.!?])["”’]?\s+(?=["“‘A-Z(])|\n+', text):
        spans.append((start, m.start()+ (1 if text[m.start()] in '"”’' else 0))); start=m.end()
    spans.append((start,len(text)))
    return spans
buckets = collections.Counter(); asub = collections.Counter(); bycue = collections.Counter(); cross = collections.Counter()
allmiss = 0; saymiss = 0; shown = 0
for doc_id, art in gold_docs.items():
    g = gold_items(art); text = art['text']
    preds = pred_items(pred_docs.get(doc_id, {"statements": []}))
    for i,p in enumerate(preds): p['i']=i
    raw = (pred_docs.get(doc_id) or {}).get('statements') or []
    p = list(preds); used = {}
    results = []
    for gi, item in enumerate(g):
        length = item['span'][1]-item['span'][0]
        best, bs = None, 0.3
        for c in p:
            sh = overlap(item['span'], c['span'])/length
            if sh > bs: best, bs = c, sh
        if best is None: results.append(None); continue
        p.remove(best); used[best['i']] = gi; results.append(best)
    sents = sentences(text)
    key = str(len(text)) + '|' + text[:80]
    cands = diag.get(key, [])
    for gi, item in enumerate(g):
        if results[gi] is not None: continue
        allmiss += 1
        s = saying(item['cue'])
        if not s: continue
        saymiss += 1
        gs, ge = item['span']; length = ge-gs
        # raw gold cue span
        att = [a for a in art['attributions'] if hull(a.get('content'))][gi]
        cuesp = hull(att.get('cue'))
        shares = [(overlap(item['span'], c['span'])/length, c) for c in preds]
        over = [(sh,c) for sh,c in shares if sh > 0.3]
        touch = [(sh,c) for sh,c in shares if sh > 0]
        cue_hit = [c for c in preds if cuesp and raw[c['i']].get('cue_start') is not None and overlap(cuesp,(raw[c['i']]['cue_start'], raw[c['i']]['cue_end']))>0]
        sent = [sp for sp in sents if sp[0] <= gs < sp[1] or (cuesp and sp[0] <= cuesp[0] < sp[1])]
        in_sent = [c for c in preds if any(overlap(sp, c['span'])>0 for sp in sent)]
        if over:
            b = 'A matched another gold (share>0.3 but taken)'
            tk = max(over, key=lambda x:x[0])[1]
            inside = cuesp and tk['span'][0] <= cuesp[0] < tk['span'][1]
            cc = [d for d in cands if d['qs'] is not None and cuesp and overlap(cuesp,(d['qs'],d['qe']))>0]
            sub = ('cue inside' if inside else 'cue outside') + ' / ' + ('cand ' + ('verifier-dropped' if not cc[0]['kept'] else 'chain-dropped' if not cc[0]['chain'] else 'kept') if cc else 'no cand')
            if inside:
                before = text[tk['span'][0]:cuesp[0]]
                m = re.search(r'(,\s*and|\band\b|,\s*adding|,|;|—)[^,;—]*$', before)
                sub += ' / ' + (('conn ' + re.sub(r'\s+',' ', m.group(1)).strip()) if m else 'no conn')
            asub[sub] += 1
            if SHOW=='AX' and inside and not cc: print('AX', repr(text[max(tk['span'][0],cuesp[0]-60):cuesp[0]]), '[[', text[cuesp[0]:cuesp[1]], ']]', repr(text[cuesp[1]:cuesp[1]+40]), '| gold starts', gs-cuesp[1])
        elif touch:
            sh, c = max(touch, key=lambda x:x[0])
            ps, pe = c['span']
            if cue_hit: b = 'B our statement with this cue: share<=0.3'
            else: b = 'C another statement overlaps: share<=0.3'
        else:
            cc = [d for d in cands if overlap(item['span'], (d['cs'], d['ce']))/length > 0.3]
            if cc:
                d = max(cc, key=lambda d: overlap(item['span'], (d['cs'], d['ce'])))
                if not d['kept']: b = 'D verifier dropped the candidate'
                elif not d['chain']: b = 'E cue chain dropped the candidate'
                else: b = 'F candidate removed after the ranker'
            elif cue_hit: b = 'G our statement has this cue, content elsewhere'
            elif in_sent: b = 'H no candidate; sentence has another statement'
            else: b = 'I no candidate; no statement in sentence'
        buckets[b] += 1; bycue[s] += 1; cross[(s, b[0])] += 1
        if SHOW and b.startswith(SHOW) and shown < 60:
            shown += 1
            sp = sent[0] if sent else (gs, ge)
            ctx = text[min(sp[0], gs, cuesp[0] if cuesp else gs): max(sp[1], ge)]
            print('---', b[0], '| cue:', item['cue'], '| gold:', text[gs:ge][:200].replace('\n',' '))
            print('   sent:', ctx[:400].replace('\n',' '))
            for c in (touch or [(0,c) for c in in_sent])[:3]:
                c = c[1]; r = raw[c['i']]
                print('   pred: cue=%r content=%r' % (r.get('cue'), text[c['span'][0]:c['span'][1]][:150]))
[print('   A:', n, k) for k,n in asub.most_common()]
print('missed', allmiss, 'with a saying cue', saymiss)
for b, n in sorted(buckets.items()): print(f'{n:6d}  {b}')
print()
top = [w for w,_ in bycue.most_common(14)]
print('cue'.ljust(14), ' '.join(x for x in 'ABCDEFGHI'), ' total')
for w in top:
    print(w.ljust(14), ' '.join(str(cross[(w,x)]).rjust(1) for x in 'ABCDEFGHI'), bycue[w])
print('other', sum(v for k,v in bycue.items() if k not in top))
