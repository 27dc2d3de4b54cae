#!/usr/bin/env python3
"""test8: the eighth held-out test set, items 1441-1560 of the sampler (sample_part(1440, 1560)), annotated blind in six parts
of 20 articles (ann_test8a.py .. ann_test8f.py; the annotators' replies carried only their check line) -> test8.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test8{h}"), f"TEST8{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1440, 1560, "test8.jsonl")
