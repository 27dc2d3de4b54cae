#!/usr/bin/env python3
"""test12: the twelfth held-out test set, items 1921-2040 of the sampler (sample_part(1920, 2040)), annotated blind in six parts
of 20 articles (ann_test12a.py .. ann_test12f.py; the annotators' replies carried only their check line) -> test12.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test12{h}"), f"TEST12{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1920, 2040, "test12.jsonl")
