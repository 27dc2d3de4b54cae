#!/usr/bin/env python3
"""dev7: articles 381-420 of the sampler's shuffled list (after dev6): ann_dev7a.py (380-399, 0-based) +
ann_dev7b.py (400-419) -> dev7.jsonl."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev7", 380, 420)
