#!/usr/bin/env python3
"""test17: the seventeenth held-out test set, items 2521-2640 of the sampler (sample_part(2520, 2640)), annotated blind in six parts
of 20 articles (ann_test17a.py .. ann_test17f.py; the annotators' replies carried only their check line) -> test17.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test17{h}"), f"TEST17{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 2520, 2640, "test17.jsonl")
