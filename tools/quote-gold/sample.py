#!/usr/bin/env python3
"""The sampler of the Reuters-21578 quote gold: every article of the corpus with a '"' in its text,
as (0-based line, id), in corpus order. Shuffled with random.Random(20261128) by the builders:
items 1-30 dev, 31-60 the first test half, 61-100 dev2, 101-140 dev3, 261-300 dev4, 301-580 dev5-dev11."""
import json, os

CORPUS = os.environ.get("KG_REUTERS", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                   "..", "..", "..", "shared", "corpus", "reuters21578.jsonl"))

def candidates():
    with open(CORPUS, encoding="utf-8") as f:
        return [(i, r["id"]) for i, r in ((i, json.loads(l)) for i, l in enumerate(f)) if '"' in r["text"]]
