#!/usr/bin/env python3
"""Checks the statement fields of claimextract's JSON Lines output against what the README and schema say of them.

Usage: claimextract extract ../shared/data/polnear/dev.jsonl.gz -o dev.jsonl && scripts/audit-statement-fields.py dev.jsonl

Counts, per rule, the statements that break it (promise fields on other kinds, a retraction pointing at no promise of
the same speaker, a cue unlike its span, a paragraph index that is not the span's, a pronoun as the resolved speaker ...),
with the first example of each. Some counts are by design (a quotation split by its attribution spans it): read them
with the README. Standard-library Python 3 only.
"""
import collections
import json
import re
import sys

PRONOUNS = {"it", "its", "it’s", "it's", "you", "you’re", "you're", "they", "he", "she", "we", "i", "who", "this", "that"}
c=collections.Counter(); ex={}
def flag(k,v):
    c[k]+=1; ex.setdefault(k,v)
for f in sys.argv[1:]:
  for l in open(f):
    a=json.loads(l); t=a['text']; ids={s['id']:s for s in a['statements']}
    for s in a['statements']:
        c['statements']+=1
        k=s['kind']
        if (s['promise_object'] or s['promise_when'] or s['vague'] is not None) and k!='promise': flag('promise fields on non-promise', s)
        if k=='promise' and s['vague'] is None: flag('promise without vague', s)
        if s['retracts'] and k!='retraction': flag('retracts on non-retraction', s)
        if s['retracts']:
            r=ids.get(s['retracts'])
            if r is None: flag('retracts dangling', s)
            elif r['kind']!='promise': flag('retracts non-promise', (s,r))
            elif r['speaker']!=s['speaker']: flag('retracts other speaker', (s['speaker'],r['speaker']))
            if s['retracts']==s['id']: flag('retracts self', s)
        if k=='retraction' and not s['retracts']: c['retraction without retracts']+=1
        if k=='claim' and not s['check_worthy']: flag('claim not check_worthy', s)
        if (s['cue'] is None)!=(s['cue_start'] is None): flag('cue/cue span mismatch', s)
        if s['cue'] and s['cue_start'] is not None:
            span=re.sub(r'\s+',' ',t[s['cue_start']:s['cue_end']].lower())
            if '...' not in s['cue'] and span!=s['cue']: flag('cue != span', (s['cue'], span))
            if '...' in s['cue']:
                parts=s['cue'].split(' ... ')
                if not (span.startswith(parts[0]) and span.endswith(parts[-1])): flag('pattern cue != span', (s['cue'],span))
        if s['addressee'] and not s['cue']: flag('addressee without cue', s)
        if s['addressee'] and s['addressee'] not in t: flag('addressee not in text', s['addressee'])
        if (s['speaker_mention'] is None)!=(s['speaker_start'] is None): flag('mention/span mismatch', s)
        if s['speaker_mention'] is None and s['speaker_kind']!='unknown': flag('no mention but kind', s['speaker_kind'])
        if s['speaker'] is None and s['speaker_mention'] is not None and s['speaker_kind'] in ('document','organization'): flag('org/document mention but speaker null', (s['speaker_mention'],s['speaker_kind']))
        if s['speaker_mention'] and s['speaker_start']<s['end'] and s['start']<s['speaker_end']: flag('speaker inside statement', (s['speaker_mention'], s['text'][:80], s['quote_type']))
        if s['cue_start'] is not None and s['cue_start']<s['end'] and s['start']<s['cue_end'] and s['quote_type']!='reported': flag('cue inside statement', (s['cue'], s['text'][:100], s['quote_type']))
        if s['quote_type']=='direct' and not re.match(r'^["“”«„\'‘’]', s['text']): flag('direct not starting with a mark', s['text'][:60])
        if s['quote_type']=='reported' and k not in ('promise','retraction'): flag('reported not promise/retraction', k)
        unmarked = re.sub(r'["“”„«»]', '', s['text'])
        if s['promise_object'] and s['promise_object'] not in unmarked: flag('promise_object not in text (quotation marks aside)', (s['promise_object'], s['text']))
        if s['promise_object'] and re.search(r'["“”»][^"“”»]*\b(said|told|says)\b', s['text'][:len(s['text'])]) and re.search(r'\b(said|told|says)\b', s['promise_object']): flag('promise_object holds the attribution', s['promise_object'])
        if s['promise_when'] and s['promise_when'] not in t: flag('promise_when not in text', s['promise_when'])
        if not 0<=s['kind_confidence']<=1: flag('confidence out of range', s)
        if s['paragraph']!=t[:s['start']].count('\n\n'): flag('paragraph index wrong', (s['paragraph'], t[:s['start']].count('\n\n')))
        if s['speaker'] and s['speaker'].lower() in PRONOUNS: flag('pronoun as resolved speaker', (s['speaker'], s['speaker_kind']))
        if s['addressee'] and re.match(r'^(that|about|so|contradiction)\b', s['addressee']): flag('addressee not a hearer', (s['cue'], s['addressee']))
        if s['speaker_kind']=='person' and s['speaker'] and re.search(r'\b(report|statement|news|times|post|agency|department|ministry|party|company|inc|corp)\b', s['speaker'], re.I): flag('person kind on org-like name', s['speaker'])
for k,v in sorted(c.items()): print(v, k, '|', str(ex.get(k,''))[:300])
