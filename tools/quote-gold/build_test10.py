#!/usr/bin/env python3
"""test10: the tenth held-out test set, items 1681-1800 of the sampler (sample_part(1680, 1800)), annotated blind in six parts
of 20 articles (ann_test10a.py .. ann_test10f.py; the annotators' replies carried only their check line) -> test10.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test10{h}"), f"TEST10{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1680, 1800, "test10.jsonl")
