#!/usr/bin/env python3
"""Generates a synthetic Couverture ruleset for the verifier's scale benchmark.

usage: generate_ruleset.py ROWS QUESTIONS [--mode structured|random] [--seed N]

structured: like a real policy, the first question (a programme, a country...) splits the table
  into blocks, and each block's rows test one or two of a few questions of their own, with
  thresholds on numbers. random: every row tests two or three questions drawn from all of them,
  the worst case for the verifier. Both end with a default row, so neither has gaps.
"""
import argparse
import json
import random


def text(s):
    return {"en": s}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("questions", type=int)
    parser.add_argument("--mode", choices=["structured", "random"], default="structured")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    blocks = max(2, min(64, args.rows // 10))
    questions = [{
        "id": "q0", "type": "choice", "label": text("Group?"), "short": text("Group"),
        "options": [{"id": f"g{i}", "label": text(f"Group {i}")} for i in range(blocks)],
    }]
    kinds = ["boolean", "integer", "number", "choice"]
    for i in range(1, args.questions):
        kind = kinds[i % len(kinds)]
        q = {"id": f"q{i}", "type": kind, "label": text(f"Question {i}?"), "short": text(f"Q{i}")}
        if kind == "integer":
            q.update(min=0, max=120)
        elif kind == "number":
            q.update(min=0)
        elif kind == "choice":
            q["options"] = [{"id": f"o{j}", "label": text(f"Option {j}")} for j in range(3)]
        questions.append(q)

    def test(q):
        kind = q["type"]
        if kind == "boolean":
            return rng.choice([True, False])
        if kind == "integer":
            return {rng.choice([">", "<=", ">="]): rng.randrange(10, 100)}
        if kind == "number":
            return {rng.choice(["<", ">"]): rng.choice([1, 3, 6, 12, 24])}
        return rng.sample([o["id"] for o in q["options"]], 2)

    others = questions[1:]
    rules = []
    for r in range(args.rows - 1):
        when = {}
        if args.mode == "structured":
            block = r % blocks
            when["q0"] = f"g{block}"
            # Each block draws from its own few questions, as a real policy's sections do.
            pool = [others[(block * 3 + k) % len(others)] for k in range(4)] if others else []
            for q in rng.sample(pool, min(len(pool), rng.choice([1, 2]))):
                when[q["id"]] = test(q)
        else:
            for q in rng.sample(questions, min(len(questions), rng.choice([2, 3]))):
                when[q["id"]] = test(q) if q["id"] != "q0" else f"g{rng.randrange(blocks)}"
        rules.append({"id": f"r{r}", "title": text(f"Row {r}"), "when": when,
                      "then": {"status": f"s{rng.randrange(5)}"}, "because": text(f"Row {r} applies."),
                      "source": "c"})
    rules.append({"id": "default", "title": text("Default"), "then": {"status": "s0"},
                  "because": text("No other row applies."), "source": "c"})

    phrases = {p: text(p) for p in ["yes", "no", "not_applicable", "overridden", "pending", "order"]}
    ruleset = {
        "format": 1, "id": f"bench-{args.mode}-{args.rows}x{args.questions}", "version": "1",
        "title": text("Benchmark"), "languages": ["en"],
        "source": {"title": "Generated", "language": "en", "checked": "2026-01-01"},
        "phrases": phrases, "questions": questions, "rules": rules,
        "outcomes": {"status": {f"s{i}": {"title": text(f"Status {i}")} for i in range(5)}},
        "citations": {"c": {"section": text("S"), "quote": text("Q")}},
    }
    print(json.dumps(ruleset, indent=1))


if __name__ == "__main__":
    main()
