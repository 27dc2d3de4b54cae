#!/usr/bin/env python3
"""dev13: items 741-780 of the sampler (sample_part(740, 780)), annotated blind in two halves -> dev13.jsonl, checked."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev13", 740, 780)
