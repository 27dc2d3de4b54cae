#!/usr/bin/env python3
"""dev9: articles 461-500 of the sampler's shuffled list (after dev8): ann_dev9a.py (460-479, 0-based) +
ann_dev9b.py (480-499) -> dev9.jsonl."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev9", 460, 500)
