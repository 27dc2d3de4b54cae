#!/usr/bin/env python3
"""dev6: articles 341-380 of the sampler's shuffled list (after dev5): ann_dev6a.py (341-360) +
ann_dev6b.py (361-380) -> dev6.jsonl."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev6", 340, 380)
