#!/usr/bin/env python3
"""dev8: articles 421-460 of the sampler's shuffled list (after dev7): ann_dev8a.py (420-439, 0-based) +
ann_dev8b.py (440-459) -> dev8.jsonl."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev8", 420, 460)
