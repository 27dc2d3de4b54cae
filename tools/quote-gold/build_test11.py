#!/usr/bin/env python3
"""test11: the eleventh held-out test set, items 1801-1920 of the sampler (sample_part(1800, 1920)), annotated blind in six parts
of 20 articles (ann_test11a.py .. ann_test11f.py; the annotators' replies carried only their check line) -> test11.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test11{h}"), f"TEST11{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1800, 1920, "test11.jsonl")
