#!/usr/bin/env python3
"""dev12: items 701-740 of the sampler (sample_part(700, 740)), annotated blind in two halves -> dev12.jsonl, checked."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev12", 700, 740)
