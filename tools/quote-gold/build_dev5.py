#!/usr/bin/env python3
"""dev5: articles 301-340 of the sampler's shuffled list (1-30 dev, 31-60 test, 61-100 dev2, 101-140 dev3,
141-260 seen by a developer, 261-300 dev4): ann_dev5a.py (301-320) + ann_dev5b.py (321-340) -> dev5.jsonl."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev5", 300, 340)
