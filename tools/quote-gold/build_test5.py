#!/usr/bin/env python3
"""test5: the fifth held-out test set, items 1101-1200 of the sampler (sample_part(1100, 1200)), annotated blind in five parts
of 20 articles (ann_test5a.py .. ann_test5e.py; the annotators' replies carried only their check line) -> test5.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test5{h}"), f"TEST5{h.upper()}") for h in "abcde"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1100, 1200, "test5.jsonl")
