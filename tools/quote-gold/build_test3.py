#!/usr/bin/env python3
"""test3: the third held-out test set, items 861-980 of the sampler (sample_part(860, 980)), annotated blind in six parts
of 20 articles (ann_test3a.py .. ann_test3f.py; the annotators' replies carried only their check line) -> test3.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test3{h}"), f"TEST3{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 860, 980, "test3.jsonl")
