#!/usr/bin/env python3
"""Shows sampler items for annotation: each article's text with every '"' mark tagged by its offset and
its pair index P (marks 2P and 2P+1), as  "[P:open@offset]  and  "[P:close@offset] .
Usage: python3 show.py FIRST LAST     (1-based items FIRST..LAST of the shuffled sampler list)"""
import random, sys
from sample import candidates
from build import load_texts

def part(first, last):
    cands = candidates(); random.Random(20261128).shuffle(cands)
    return cands[first - 1:last]

if __name__ == "__main__":
    items = part(int(sys.argv[1]), int(sys.argv[2]))
    texts = load_texts([n for n, _ in items])
    for k, (n, doc_id) in enumerate(items, int(sys.argv[1])):
        r = texts[n]; t = r["text"]; out = []; m = 0
        for i, c in enumerate(t):
            out.append(c)
            if c == '"':
                out.append(f"[{m // 2}:{'open' if m % 2 == 0 else 'close'}@{i}]"); m += 1
        print(f"===== item {k}  line {n}  {doc_id}  published {r.get('published')}  title: {r.get('title')}")
        print("".join(out)); print()
