#!/usr/bin/env python3
"""test4: the fourth held-out test set, items 981-1100 of the sampler (sample_part(980, 1100)), annotated blind in six parts
of 20 articles (ann_test4a.py .. ann_test4f.py; the annotators' replies carried only their check line) -> test4.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test4{h}"), f"TEST4{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 980, 1100, "test4.jsonl")
