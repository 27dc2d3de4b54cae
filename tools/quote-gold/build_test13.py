#!/usr/bin/env python3
"""test13: the thirteenth held-out test set, items 2041-2160 of the sampler (sample_part(2040, 2160)), annotated blind in six parts
of 20 articles (ann_test13a.py .. ann_test13f.py; the annotators' replies carried only their check line) -> test13.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test13{h}"), f"TEST13{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 2040, 2160, "test13.jsonl")
