#!/usr/bin/env python3
"""Scores the quotes of a kg graph JSON (kg-graph/1) against a quote gold set in JSON lines.

Gold: one line per article, {"id": doc id, "quotes": [{"start", "end", "kind", "speaker"}],
"not_quotes": [{"start", "end"}]} (the format of /work/quote-gold/README.md). Only system
quotes of documents named in the gold are scored.

Quote match: a system quote and a gold quote match when their spans overlap by at least half of
the shorter span; pairs are taken greedily, largest overlap first, one to one.
Quote P/R/F1 count matched pairs. Speaker accuracy is over matched pairs: a gold speaker of null
(anonymous source) is right when the system gives none; otherwise the last token of the system
speaker's name or of one of its aliases must equal the gold speaker's last token (case-insensitive).
A null system speaker against a non-null gold speaker counts as wrong. Two more figures: the share of
matched quotes given a speaker at all, and the accuracy over those (a wrong name is worse than none).

Usage: python3 tools/quote-eval.py --gold dev.jsonl --system graph.json [--kinds direct,partial] [--verbose]
First, to get the gold's articles for `kg extract`:
       python3 tools/quote-eval.py --gold dev.jsonl --corpus ../shared/corpus/reuters21578.jsonl --articles-out dev-articles.jsonl
       dotnet run --project src/KnowledgeGraph.Cli -- extract dev-articles.jsonl --out graph.json
"""
import argparse
import json
import re
import sys


def last_token(name):
    tokens = re.findall(r"[\w'.-]+", name or "")
    return tokens[-1].strip(".'").lower() if tokens else ""


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(system, gold):
    """Greedy one-to-one matching, largest overlap first; returns [(system index, gold index)]."""
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            o = overlap(s["span"], g["span"])
            shorter = min(s["span"][1] - s["span"][0], g["span"][1] - g["span"][0])
            if shorter > 0 and o >= 0.5 * shorter:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_s, used_g, result = set(), set(), []
    for _, i, j in pairs:
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            result.append((i, j))
    return result


def ratio(a, b):
    return round(a / b, 3) if b else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", required=True, help="quote gold, JSON lines")
    parser.add_argument("--system", help="graph JSON written by kg extract")
    parser.add_argument("--corpus", help="with --articles-out: the JSON-lines corpus the gold's ids come from")
    parser.add_argument("--articles-out", help="write the gold's articles from --corpus to this JSON-lines file and stop")
    parser.add_argument("--kinds", default="direct,partial,indirect", help="system quote kinds to score (default: all)")
    parser.add_argument("--verbose", action="store_true", help="list misses, false alarms and wrong speakers")
    args = parser.parse_args()

    gold_docs = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    if args.articles_out:
        if not args.corpus:
            parser.error("--articles-out needs --corpus")
        wanted = {d["id"] for d in gold_docs}
        with open(args.corpus, encoding="utf-8") as corpus, open(args.articles_out, "w", encoding="utf-8") as out:
            written = sum(out.write(line) > 0 for line in corpus if line.strip() and json.loads(line)["id"] in wanted)
        print(f"wrote {written} of {len(wanted)} articles to {args.articles_out}")
        return
    if not args.system:
        parser.error("--system is required")
    graph = json.load(open(args.system, encoding="utf-8"))
    entities = {e["id"]: e for e in graph.get("entities", [])}
    kinds = set(args.kinds.split(","))
    by_doc = {}
    for q in graph.get("quotes", []):
        if q.get("kind") in kinds:
            by_doc.setdefault(q["document"], []).append(q)
    known_docs = {d["id"] for d in graph.get("documents", [])}

    tp = fp = fn = speaker_right = with_speaker = right_with_speaker = 0
    missing_docs = []
    for doc in gold_docs:
        if doc["id"] not in known_docs:
            missing_docs.append(doc["id"])
        gold = [dict(g, span=(g["start"], g["end"])) for g in doc.get("quotes", [])]
        system = [dict(q, span=tuple(q["span"])) for q in by_doc.get(doc["id"], [])]
        pairs = match(system, gold)
        tp += len(pairs)
        fp += len(system) - len(pairs)
        fn += len(gold) - len(pairs)
        matched_s = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            s, g = system[i], gold[j]
            entity = entities.get(s.get("speaker")) if s.get("speaker") else None
            names = [entity["name"], *entity.get("aliases", [])] if entity else []
            if g.get("speaker") is None:
                right = entity is None
            else:
                right = any(last_token(n) == last_token(g["speaker"]) for n in names)
            speaker_right += right
            with_speaker += entity is not None
            right_with_speaker += right and entity is not None
            if args.verbose and not right:
                print(f"{doc['id']}: speaker {names[0] if names else None!r} should be {g.get('speaker')!r}: {s['text'][:70]!r}")
        if args.verbose:
            for j, g in enumerate(gold):
                if j not in matched_g:
                    print(f"{doc['id']}: missed [{g['start']}, {g['end']}) {g['kind']} by {g.get('speaker')!r}")
            for i, s in enumerate(system):
                if i not in matched_s:
                    print(f"{doc['id']}: false alarm {s['kind']} {s['text'][:70]!r}")

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    if missing_docs:
        print(f"warning: {len(missing_docs)} gold documents are not in the system graph", file=sys.stderr)
    print(f"documents={len(gold_docs)} gold_quotes={tp + fn} system_quotes={tp + fp} matched={tp}")
    print(f"quote_precision={precision} quote_recall={recall} quote_f1={f1} speaker_accuracy={ratio(speaker_right, tp)}"
          f" end_to_end_f1={round(2 * speaker_right / (2 * tp + fp + fn), 3) if tp + fp + fn else 0.0}")
    # A null speaker is never wrong words put in someone's mouth: how often we name one, and how often that name is right.
    print(f"matched_with_speaker={ratio(with_speaker, tp)} speaker_precision_when_named={ratio(right_with_speaker, with_speaker)}")


if __name__ == "__main__":
    main()
