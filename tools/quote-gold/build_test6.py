#!/usr/bin/env python3
"""test6: the sixth held-out test set, items 1201-1320 of the sampler (sample_part(1200, 1320)), annotated blind in six parts
of 20 articles (ann_test6a.py .. ann_test6f.py; the annotators' replies carried only their check line) -> test6.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test6{h}"), f"TEST6{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1200, 1320, "test6.jsonl")
