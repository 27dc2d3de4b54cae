#!/usr/bin/env python3
"""test14: the fourteenth held-out test set, items 2161-2280 of the sampler (sample_part(2160, 2280)), annotated blind in six parts
of 20 articles (ann_test14a.py .. ann_test14f.py; the annotators' replies carried only their check line) -> test14.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test14{h}"), f"TEST14{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 2160, 2280, "test14.jsonl")
