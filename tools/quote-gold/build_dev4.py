#!/usr/bin/env python3
"""dev4: articles 261-300 of the sampler's shuffled list (same seed, same
candidates as sample.py; 1-30 dev, 31-60 test, 61-100 dev2, 101-140 dev3;
141-260 seen by a developer), annotations in
ann_dev4.py -> dev4.jsonl, then the checks of verify.py on dev4.jsonl.
build.py, sample.py and verify.py are not modified."""
from build_dev3 import build_set

if __name__ == "__main__":
    from ann_dev4 import DEV4
    build_set(DEV4, 260, 300, "dev4.jsonl")
