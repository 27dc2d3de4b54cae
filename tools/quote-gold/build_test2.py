#!/usr/bin/env python3
"""test2: the second held-out test set, items 581-700 of the sampler (sample_part(580, 700)),
annotated blind in six parts of 20 articles (ann_test2a.py .. ann_test2f.py) -> test2.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test2{h}"), f"TEST2{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 580, 700, "test2.jsonl")
