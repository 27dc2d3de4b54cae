#!/usr/bin/env python3
"""test15: the fifteenth held-out test set, items 2281-2400 of the sampler (sample_part(2280, 2400)), annotated blind in six parts
of 20 articles (ann_test15a.py .. ann_test15f.py; the annotators' replies carried only their check line) -> test15.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test15{h}"), f"TEST15{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 2280, 2400, "test15.jsonl")
