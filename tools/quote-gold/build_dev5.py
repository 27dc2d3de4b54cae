#!/usr/bin/env python3
"""dev5: articles 301-340 of the sampler's shuffled list (same seed, same
candidates as sample.py; 1-30 dev, 31-60 test, 61-100 dev2, 101-140 dev3;
141-260 seen by a developer; 261-300 dev4). Annotations in ann_dev5a.py
(items 301-320) and ann_dev5b.py (321-340), made by two annotators reading the
articles only, before the system was run on them -> dev5.jsonl, then the
checks of verify.py."""
from build_dev3 import build_set

if __name__ == "__main__":
    from ann_dev5a import DEV5A
    from ann_dev5b import DEV5B
    assert not set(DEV5A) & set(DEV5B)
    build_set({**DEV5A, **DEV5B}, 300, 340, "dev5.jsonl")
