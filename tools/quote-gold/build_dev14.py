#!/usr/bin/env python3
"""dev14: items 781-820 of the sampler (sample_part(780, 820)), annotated blind in two halves -> dev14.jsonl, checked."""
from build_pair import build_pair

if __name__ == "__main__":
    build_pair("dev14", 780, 820)
