#!/usr/bin/env python3
"""test16: the sixteenth held-out test set, items 2401-2520 of the sampler (sample_part(2400, 2520)), annotated blind in six parts
of 20 articles (ann_test16a.py .. ann_test16f.py; the annotators' replies carried only their check line) -> test16.jsonl, checked."""
import importlib
from build_dev3 import build_set

if __name__ == "__main__":
    parts = [getattr(importlib.import_module(f"ann_test16{h}"), f"TEST16{h.upper()}") for h in "abcdef"]
    merged = {}
    for p in parts:
        assert not set(merged) & set(p)
        merged.update(p)
    build_set(merged, 2400, 2520, "test16.jsonl")
