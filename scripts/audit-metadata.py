#!/usr/bin/env python3
"""Counts metadata defects in claimextract's output on the Zyte pages (../shared/data/zyte/html).

Usage: claimextract extract ../shared/data/zyte/html -o zyte.jsonl && scripts/audit-metadata.py zyte.jsonl [-v]

Reads each page's own structured data independently (JSON-LD, meta tags, <link rel=canonical>, <html lang>)
and flags, per class, the articles whose output contradicts it or is malformed. A flag is a candidate
defect: -v lists them for reading by hand. Standard-library Python 3 only.
"""
import gzip, html, json, os, re, sys
from html.parser import HTMLParser

ZYTE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data', 'zyte', 'html')
MONTH = r'(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)'
CREDENTIALS = {'ms', 'msc', 'ma', 'md', 'rd', 'rdn', 'phd', 'mph', 'rn', 'mba'}
USERNAMES = {'admin', 'administrator', 'guest', 'гость', 'anonymous', 'webmaster'}
ROLES = r'\b(editorial|staff|reuters|associated press|bureau|editor|writer|correspondent|reporter)\b'
WEEKDAYS = r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'dc.date.issued', 'dc.date', 'dcterms.issued',
                  'dcterms.created', 'dcterms.date', 'date', 'pubdate', 'publish-date', 'publishdate', 'sailthru.date', 'parsely-pub-date',
                  'article.published', 'cxenseparse:recs:publishtime']


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta, self.ld, self.canonical, self.lang, self._script = {}, [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or '') for k, v in attrs}
        if tag == 'meta':
            key = a.get('property') or a.get('name') or a.get('itemprop') or a.get('http-equiv')
            if key and a.get('content', '').strip():
                self.meta.setdefault(key.strip().lower(), a['content'].strip())
        elif tag == 'link' and a.get('rel', '').strip().lower() == 'canonical' and self.canonical is None:
            self.canonical = a.get('href')
        elif tag == 'html' and self.lang is None:
            self.lang = a.get('lang') or a.get('xml:lang')
        elif tag == 'script' and 'ld+json' in a.get('type', '').lower():
            self._script = []

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == 'script' and self._script is not None:
            self.ld.append(''.join(self._script))
            self._script = None


def objects(node):
    if isinstance(node, list):
        for x in node:
            yield from objects(x)
    elif isinstance(node, dict):
        yield node
        for v in node.values():
            if isinstance(v, (list, dict)):
                yield from objects(v)


def ld_objects(page):
    found, broken = [], 0
    for raw in page.ld:
        try:
            found.extend(objects(json.loads(raw.strip(), strict=False)))
        except ValueError:
            broken += 1
    return found, broken


def names(value):
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return names(value.get('name'))
    if isinstance(value, list):
        return [n for v in value for n in names(v)]
    return []


def decode(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw[:4096], re.I)
    for enc in ([m.group(1).decode()] if m else []) + ['utf-8', 'windows-1252']:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode('utf-8', 'replace')


def has_offset(s):
    return bool(re.search(r'(Z|[+-]\d\d:?\d\d|\b(GMT|UTC|EST|EDT|CST|CDT|PST|PDT|IST|BST|CET|CEST))\s*$', s.strip(), re.I))


def check(article, page):
    flags = []
    lds, broken = ld_objects(page)
    meta = page.meta
    site = meta.get('og:site_name') or next((n for o in lds if o.get('@type') in ('Organization', 'NewsMediaOrganization', 'WebSite') for n in names(o)), None)
    if broken:
        flags.append(('ld-unparsed', f'{broken} JSON-LD script(s) are not strict JSON'))
    # authors
    def letters(x):
        return ''.join(c for c in x.lower() if c.isalnum())
    host = re.match(r'https?://([^/:]+)', article.get('url') or '')
    labels = [l for l in (host.group(1).lower().split('.') if host else []) if l != 'www']
    sites = {letters(x) for x in [article.get('publisher'), site] if x} | {l for l in labels if len(l) >= 3} | ({''.join(labels)} if labels else set())
    for a in article['authors']:
        if letters(a) in sites:
            flags.append(('author-is-site', a))
        if re.search(r'^by\b|\bby\s|\sand\s|&|,', a, re.I):
            flags.append(('author-unsplit', a))
        if re.search(r'\b' + MONTH + r'\.?\s+\d|\d\s+' + MONTH + r'\b|\b' + WEEKDAYS + r'\b|\d:\d\d', a, re.I):
            flags.append(('author-has-date', a))
        if re.search(r'[a-z](' + WEEKDAYS + r'|' + MONTH + r')\b', a, re.I) and re.search(r'[a-z][A-Z]', a):
            flags.append(('author-glued-to-date', a))
        if re.fullmatch(r'[A-Z][a-z]{1,6}', a) and a not in page.raw and a.upper() in page.raw:
            flags.append(('author-acronym-recased', a))
        if a.replace('.', '').lower() in CREDENTIALS or a.lower() in USERNAMES:
            flags.append(('author-credential-or-username', a))
    if not article['authors']:
        ld_authors = [n for o in lds if isinstance(o, dict) and 'author' in o and 'datePublished' in o for n in names(o['author'])]
        site_words = {letters(w) for x in [article.get('publisher'), site] if x for w in x.split()}
        found = [n for n in ld_authors + [meta.get('author', '')]
                 if n and not re.search(ROLES, n, re.I) and letters(n) not in sites | site_words and n.lower() not in USERNAMES
                 and not re.fullmatch(r'[^\sA-Z]*[a-z][^\sA-Z]*', n)]   # one word without a capital: a user name
        if found:
            flags.append(('author-missing', '; '.join(found)))
    # published
    candidates = [o['datePublished'] for o in lds if isinstance(o.get('datePublished'), str)] + [meta[k] for k in PUBLISHED_META if k in meta]
    if article['published'] is None and candidates:
        flags.append(('date-missing', candidates[0]))
    elif article['published'] and candidates and has_offset(candidates[0]) and not has_offset(article['published']) and len(article['published']) > 10:
        flags.append(('date-zone-lost', f"{candidates[0]} -> {article['published']}"))
    # publisher
    if article['publisher'] is None and site:
        flags.append(('publisher-missing', site))
    # title
    t = article.get('title')
    if t is None:
        flags.append(('title-missing', ''))
    elif re.search(r'&(#\d+|#x[0-9a-f]+|[a-z]+);', t, re.I) or '\ufffd' in t:
        flags.append(('title-entity-or-mojibake', t))
    else:
        m = re.search(r'<title[^>]*>(.*?)</title>', page.raw, re.I | re.S)
        page_title = {w for w in re.findall(r'\w+', html.unescape(m.group(1)).lower())} if m else set()
        if page_title and not page_title & set(re.findall(r'\w+', t.lower())):
            flags.append(('title-shares-no-word-with-<title>', f'{t} / {m.group(1).strip()[:80]}'))
    # url
    u = article.get('url')
    if u is None and (page.canonical or meta.get('og:url')):
        flags.append(('url-missing', page.canonical or meta.get('og:url')))
    elif u is not None and not re.match(r'https?://[^/]+', u):
        flags.append(('url-not-absolute', u))
    # language: the declared language against the script of the text
    lang = (article.get('language') or '').lower()
    text = article['text']
    cyr = len(re.findall(r'[\u0400-\u04ff]', text))
    hangul = len(re.findall(r'[\uac00-\ud7af]', text))
    letters = max(1, len(re.findall(r'[^\W\d_]', text)))
    if not lang and (page.lang or meta.get('og:locale') or meta.get('content-language')):
        flags.append(('language-missing', page.lang or meta.get('og:locale') or meta.get('content-language')))
    elif lang and (cyr / letters > 0.5 and not lang.startswith(('ru', 'uk', 'bg', 'sr', 'be', 'kk', 'mk'))
                   or hangul / letters > 0.3 and not lang.startswith('ko')):
        flags.append(('language-contradicts-text', lang))
    return flags


def main():
    verbose = '-v' in sys.argv
    out = [a for a in sys.argv[1:] if a != '-v'][0]
    counts, pages = {}, 0
    for line in open(out, encoding='utf-8'):
        article = json.loads(line)
        name = os.path.basename(article['source'] or article['id'])
        path = os.path.join(ZYTE, name)
        if not name.endswith('.html.gz') or not os.path.exists(path):
            continue
        pages += 1
        page = Page()
        page.raw = decode(gzip.open(path).read())
        page.feed(page.raw)
        page.text = article['text']
        for cls, detail in check(article, page):
            counts[cls] = counts.get(cls, 0) + 1
            if verbose:
                print(f'{name[:8]}\t{cls}\t{detail}')
    print(f'{pages} pages')
    for cls in sorted(counts):
        print(f'{counts[cls]:4d}  {cls}')


if __name__ == '__main__':
    main()
