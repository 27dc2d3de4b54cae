#!/usr/bin/env python3
"""dev15: items 821-860 of the sampler (sample_part(820, 860)), annotated blind in two halves -> dev15.jsonl, checked."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev15", 820, 860)
