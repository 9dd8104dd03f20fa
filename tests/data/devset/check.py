#!/usr/bin/env python3
"""Sanity check for a blind eval set: format, dates, vocab, evidence substrings.

Usage: python3 tests/data/devset/check.py tests/data/devset/fresh3   (the set's folder)

A merge set (`tests/data/mergeset/`) has an 11th column, `event`: the key of the real incident
a row tells, shared by every report that tells it. Its reports may be shorter (wires, briefs)."""
import calendar, datetime as dt, glob, os, re, sys
TYPES = set("armed_clash shelling air_strike attack mob_violence violent_demonstration protest ceasefire agreement withdrawal deployment arrest property_destruction displacement talks visit statement accusation aid other".split())
STATUS = {"occurred", "planned", "claimed"}
PREC = {"day", "month", "year", "range", "unknown"}
HDR = "date_start date_end precision event_type status actors place fatalities evidence note".split()
HDR_MERGE = HDR + ["event"]
if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
    sys.exit("usage: check.py SET_FOLDER (one with en/, ar/ or ru/ reports and their .gold.tsv)")
root = os.path.abspath(sys.argv[1])
bad = 0
merge_set = None
events = {}
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
for gold in sorted(glob.glob(os.path.join(root, "*", "*.gold.tsv"))):
    txt = gold.replace(".gold.tsv", ".txt")
    text = open(txt, encoding="utf-8").read()
    m = re.match(r"---\ntitle: .+\nsource: .+\npublished: (\d{4}-\d{2}-\d{2})\nlanguage: (en|ar|ru)\n---\n", text)
    if not m: err(txt, "front matter"); continue
    pub, lang = m.group(1), m.group(2)
    body = text[m.end():]
    if lang != os.path.basename(os.path.dirname(txt)): err(txt, "language/folder mismatch")
    nw = len(body.split())
    lines = open(gold, encoding="utf-8").read().split("\n")
    if lines[0] != f"# published: {pub}": err(gold, "published line", lines[0])
    header = lines[1].split("\t")
    if header not in (HDR, HDR_MERGE): err(gold, "header")
    if merge_set is None: merge_set = header == HDR_MERGE
    elif merge_set != (header == HDR_MERGE): err(gold, "header: every gold of a set has the event column, or none")
    rows = [l for l in lines[2:] if l]
    seen = set()
    for i, l in enumerate(rows, 3):
        c = l.split("\t")
        if len(c) != len(header): err(gold, i, "cols", len(c)); continue
        ds, de, pr, ty, st, ac, pl, fa, ev, no = c[:10]
        if merge_set:
            key = c[10].strip()
            if not key: err(gold, i, "no event key")
            elif key in seen: err(gold, i, "event key twice in one report", key)
            seen.add(key)
            events.setdefault(key, []).append(os.path.basename(txt))
        if ty not in TYPES: err(gold, i, "type", ty)
        if st not in STATUS: err(gold, i, "status", st)
        if pr not in PREC: err(gold, i, "precision", pr)
        try:
            a = dt.date.fromisoformat(ds); b = dt.date.fromisoformat(de)
        except ValueError:
            err(gold, i, "date", ds, de); continue
        if a > b: err(gold, i, "start>end")
        if pr == "day" and a != b: err(gold, i, "day but start!=end")
        if pr == "month" and not (a.day == 1 and b == a.replace(day=calendar.monthrange(a.year, a.month)[1])): err(gold, i, "month bounds")
        if pr == "year" and not (a == dt.date(a.year, 1, 1) and b == dt.date(a.year, 12, 31)): err(gold, i, "year bounds")
        p = dt.date.fromisoformat(pub)
        if st == "planned" and a <= p: err(gold, i, "planned not after publication")
        if st != "planned" and a > p: err(gold, i, "non-planned after publication")
        if fa and not fa.isdigit(): err(gold, i, "fatalities", fa)
        if ev not in body: err(gold, i, "evidence not in body:", ev)
        elif body.count(ev) > 1: print("note: evidence occurs more than once", gold, i, ev)
        n = len(ev.split())
        if not 4 <= n <= 8: err(gold, i, f"evidence has {n} words:", ev)
    print(f"{os.path.relpath(txt, root)}: published {pub} ({dt.date.fromisoformat(pub):%A}), {nw} words, {len(rows)} rows")
    low_words, low_rows = (120, 3) if merge_set else (350, 6)
    if not low_words <= nw <= 700: err(txt, "word count", nw)
    if not low_rows <= len(rows) <= 14: err(gold, "row count", len(rows))
if merge_set:
    told = sorted(len(v) for v in events.values())
    shared = [n for n in told if n > 1]
    pairs = sum(n * (n - 1) // 2 for n in shared)
    print(f"events: {len(told)}, told by 2 or more reports: {len(shared)} (by {min(shared, default=0)} to {max(shared, default=0)}), pairs of mentions: {pairs}")
print("errors:", bad); sys.exit(1 if bad else 0)
