#!/usr/bin/env python3
"""dev11: articles 541-580 of the sampler's shuffled list (after dev10): ann_dev11a.py (540-559, 0-based) +
ann_dev11b.py (560-579) -> dev11.jsonl."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev11", 540, 580)
