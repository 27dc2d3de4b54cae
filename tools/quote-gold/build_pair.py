#!/usr/bin/env python3
"""A blind set annotated in two halves (ann_<name>a.py, ann_<name>b.py, dicts <NAME>A / <NAME>B) by two
annotators reading the articles only: built with build_dev3's build_set and checked like verify.py."""
import importlib
from build_dev3 import build_set

def build_pair(name, first, last):
    halves = [getattr(importlib.import_module(f"ann_{name}{h}"), f"{name.upper()}{h.upper()}") for h in "ab"]
    assert not set(halves[0]) & set(halves[1])
    build_set({**halves[0], **halves[1]}, first, last, f"{name}.jsonl")
