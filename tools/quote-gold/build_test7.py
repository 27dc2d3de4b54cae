#!/usr/bin/env python3
"""test7: the seventh held-out test set, items 1321-1440 of the sampler (sample_part(1320, 1440)), annotated blind in six parts
of 20 articles (ann_test7a.py .. ann_test7f.py; the annotators' replies carried only their check line) -> test7.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test7{h}"), f"TEST7{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1320, 1440, "test7.jsonl")
