#!/usr/bin/env python3
"""Copy of build.py for dev2: articles 61-100 of the sampler's shuffled list
(ann_dev2.py) -> dev2.jsonl. build.py and sample.py are not modified."""
import random
from sample import candidates
from build import build

def dev2_part():
    cands = candidates()
    random.Random(20261128).shuffle(cands)
    return cands[60:100]

if __name__ == "__main__":
    from ann_dev2 import DEV2
    build(dev2_part(), DEV2, "dev2.jsonl")
