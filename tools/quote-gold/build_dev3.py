#!/usr/bin/env python3
"""dev3: articles 101-140 of the sampler's shuffled list (same seed, same
candidates as sample.py; 1-30 dev, 31-60 test, 61-100 dev2), annotations in
ann_dev3.py -> dev3.jsonl, then the checks of verify.py on dev3.jsonl.
build.py, sample.py and verify.py are not modified."""
import json, random, re, sys
from sample import candidates
from build import build, load_texts

def sample_part(first, last):
    """Items first..last-1 (0-based) of the sampler's shuffled list, disjoint from every item before."""
    cands = candidates()
    random.Random(20261128).shuffle(cands)
    assert not {n for n, _ in cands[:first]} & {n for n, _ in cands[first:last]}
    return cands[first:last]

def norm(s): return re.sub(r"\s+", " ", s).lower()

def check(part, path, explicit):
    """verify.py's checks; a span given by explicit offsets (an unclosed mark)
    may end before the end of the text without a closing mark."""
    texts = load_texts([n for n, _ in part]); ok = True; counts = [0, 0, 0, 0, 0]
    recs = [json.loads(l) for l in open(path)]
    assert [(r["line"], r["id"]) for r in recs] == [(n, i) for n, i in part]
    for r in recs:
        t = texts[r["line"]]["text"]; spans = []
        for isq, items in ((True, r["quotes"]), (False, r["not_quotes"])):
            for q in items:
                s, e = q["start"], q["end"]; seg = t[s:e]; errs = []
                if not (0 <= s < e <= len(t)): errs.append("range")
                if seg[:1] == '"' or seg[-1:] == '"': errs.append("quote mark at edge")
                if seg != seg.strip(): errs.append("whitespace at edge")
                if t[:s].rstrip()[-1:] != '"': errs.append("no opening mark")
                if t[e:].lstrip()[:1] != '"' and t[e:].strip() and (r["line"], s) not in explicit:
                    errs.append("no closing mark")
                if isq:
                    counts[0] += 1; counts[1 if q["kind"] == "direct" else 2] += 1
                    if q["kind"] not in ("direct", "partial"): errs.append("kind")
                    if q["speaker"] is None:
                        counts[4] += 1
                        if q.get("null_reason") not in ("anonymous", "none"): errs.append("null_reason")
                    elif norm(q["speaker"]) not in norm(t): errs.append("speaker not in text")
                else:
                    counts[3] += 1
                if errs: ok = False; print(path, r["line"], s, e, errs, repr(seg[:60]))
                spans.append((s, e))
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c < b: ok = False; print(path, r["line"], "overlap", (a, b), (c, d))
        for i, c in enumerate(t):
            if c == '"' and not any(s <= i < e or (i < s and not t[i+1:s].strip())
                                    or (i >= e and not t[e:i].strip()) for s, e in spans):
                ok = False; print(path, r["line"], "uncovered quote mark at", i)
    print(f"{path}: articles={len(recs)} quotes={counts[0]} direct={counts[1]} "
          f"partial={counts[2]} not_quotes={counts[3]} null_speaker={counts[4]}")
    return ok

def build_set(annotations, first, last, path):
    """Builds path from the annotations of items first..last-1, then runs the checks; exits 0 when clean."""
    part = sample_part(first, last)
    build(part, annotations, path)
    texts = load_texts([n for n, _ in part])
    explicit = set()
    for n, items in annotations.items():
        for it in items:
            if isinstance(it[1], tuple):
                s = it[1][0]
                while texts[n]["text"][s].isspace(): s += 1
                explicit.add((n, s))
    ok = check(part, path, explicit)
    print("OK" if ok else "FAILED"); sys.exit(0 if ok else 1)

if __name__ == "__main__":
    from ann_dev3 import DEV3
    build_set(DEV3, 100, 140, "dev3.jsonl")
