#!/usr/bin/env python3
"""test9: the ninth held-out test set, items 1561-1680 of the sampler (sample_part(1560, 1680)), annotated blind in six parts
of 20 articles (ann_test9a.py .. ann_test9f.py; the annotators' replies carried only their check line) -> test9.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test9{h}"), f"TEST9{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 1560, 1680, "test9.jsonl")
