#!/usr/bin/env python3
"""dev6: articles 341-380 of the sampler's shuffled list (same seed, same
candidates as sample.py; 1-30 dev, 31-60 test, 61-100 dev2, 101-140 dev3;
141-260 seen by a developer; 261-300 dev4; 301-340 dev5). Annotations in ann_dev6a.py
(items 341-360) and ann_dev6b.py (361-380), made by two annotators reading the
articles only, before the system was run on them -> dev6.jsonl, then the
checks of verify.py."""
from build_dev3 import build_set

if __name__ == "__main__":
    from ann_dev6a import DEV6A
    from ann_dev6b import DEV6B
    assert not set(DEV6A) & set(DEV6B)
    build_set({**DEV6A, **DEV6B}, 340, 380, "dev6.jsonl")
