#!/usr/bin/env python3
"""dev10: articles 501-540 of the sampler's shuffled list (after dev9): ann_dev10a.py (500-519, 0-based) +
ann_dev10b.py (520-539) -> dev10.jsonl."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev10", 500, 540)
