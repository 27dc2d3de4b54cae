#!/usr/bin/env python3
"""Builds a quote gold (JSON lines, one record per article) from hand annotations:
   {line: [("q", P, kind, speaker[, null_reason]) | ("n", P), ...]}
P is the index of a pair of '"' marks, counted over the article's marks in order (marks 2P and 2P+1),
or explicit (start, end) offsets. A span is the text between the marks, without surrounding whitespace."""
import json
from sample import CORPUS

def load_texts(lines):
    want, out = set(lines), {}
    with open(CORPUS, encoding="utf-8") as f:
        for i, l in enumerate(f):
            if i in want: out[i] = json.loads(l)
    return out

def span(text, p):
    if isinstance(p, tuple): s, e = p
    else:
        marks = [i for i, c in enumerate(text) if c == '"']
        s, e = marks[2 * p] + 1, marks[2 * p + 1]
    while s < e and text[s].isspace(): s += 1
    while e > s and text[e - 1].isspace(): e -= 1
    return s, e

def build(part, annotations, path):
    texts = load_texts([n for n, _ in part])
    assert set(annotations) <= {n for n, _ in part}, set(annotations) - {n for n, _ in part}
    with open(path, "w", encoding="utf-8") as out:
        for n, doc_id in part:
            t = texts[n]["text"]; assert texts[n]["id"] == doc_id
            quotes, not_quotes = [], []
            for it in annotations.get(n, []):
                s, e = span(t, it[1])
                if it[0] == "q":
                    q = {"start": s, "end": e, "kind": it[2], "speaker": it[3]}
                    if it[3] is None: q["null_reason"] = it[4] if len(it) > 4 else "anonymous"
                    quotes.append(q)
                else:
                    not_quotes.append({"start": s, "end": e})
            out.write(json.dumps({"line": n, "id": doc_id, "quotes": quotes, "not_quotes": not_quotes}) + "\n")
