#!/usr/bin/env python3
"""Generates a synthetic Couverture ruleset for the verifier's scale benchmark.

usage: generate_ruleset.py ROWS QUESTIONS [--mode structured|random] [--seed N] [--decisions N]
                           [--compact] [--width N]

structured: like a real policy, the first question (a programme, a country...) splits the table
  into blocks, and each block's rows test one or two of a few questions of their own, with
  thresholds on numbers. random: every row tests two or three questions drawn from all of them,
  the worst case for the verifier. Both end with a default row, so neither has gaps.

--decisions 1 (the default) writes a format 1 ruleset: one decision table at the top level.
--decisions N > 1 writes a format 2 ruleset with N decisions d1..dN over the same questions, each
  with ROWS rows (the last a default row) and statuses s0..s4 of its own. d1 is the table format 1
  would hold; d2 applies only when d1 settles on s1, s2 or s3; d3 only when the boolean q1 is
  true (when there is one); later ones alternate between the two kinds. In every decision after
  the first, about one row in six also tests the outcome of the decision before it
  ({"decision": {"d1": [...]}}), as a policy's later sections build on its earlier ones. Each
  decision draws its structured blocks from different questions.

--compact writes the JSON without spaces or line breaks: the most rows a byte limit lets in.
--width N: every row but the default tests N questions (drawn from all of them, any of them
  enough: {"any": [...]}), the widest conditions for their bytes.
"""
import argparse
import json
import random

STATUSES = 5


def text(s):
    return {"en": s}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("questions", type=int)
    parser.add_argument("--mode", choices=["structured", "random"], default="structured")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--decisions", type=int, default=1)
    parser.add_argument("--compact", action="store_true")
    parser.add_argument("--width", type=int, default=0)
    args = parser.parse_args()
    if not 1 <= args.decisions <= 16:
        parser.error("--decisions must be from 1 to 16")
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

    def decision_rows(d, citation):
        """The rows of decision number d (0 for the first): format 1's table when d is 0."""
        # Decision d's blocks read questions shifted by 5 * d, so the decisions overlap only partly.
        shift = 5 * d
        earlier = f"d{d}"  # the id of the decision before this one (d >= 1)
        rules = []
        for r in range(args.rows - 1):
            when = {}
            if args.width:
                tested = [rng.choice(questions) for _ in range(args.width)]
                when["any"] = [{q["id"]: test(q) if q["id"] != "q0" else f"g{rng.randrange(blocks)}"}
                               for q in tested]
            elif args.mode == "structured":
                block = r % blocks
                when["q0"] = f"g{block}"
                # Each block draws from its own few questions, as a real policy's sections do.
                pool = ([others[(block * 3 + k + shift) % len(others)] for k in range(4)]
                        if others else [])
                for q in rng.sample(pool, min(len(pool), rng.choice([1, 2]))):
                    when[q["id"]] = test(q)
            else:
                for q in rng.sample(questions, min(len(questions), rng.choice([2, 3]))):
                    when[q["id"]] = test(q) if q["id"] != "q0" else f"g{rng.randrange(blocks)}"
            if d > 0 and r % 6 == 5:
                when["decision"] = {earlier: sorted(rng.sample(
                    [f"s{i}" for i in range(STATUSES)], 2))}
            rules.append({"id": f"r{r}", "title": text(f"Row {r}"), "when": when,
                          "then": {"status": f"s{rng.randrange(STATUSES)}"},
                          "because": text(f"Row {r} applies."), "source": citation})
        rules.append({"id": "default", "title": text("Default"), "then": {"status": "s0"},
                      "because": text("No other row applies."), "source": citation})
        return rules

    statuses = {f"s{i}": {"title": text(f"Status {i}")} for i in range(STATUSES)}
    phrases = {p: text(p) for p in ["yes", "no", "not_applicable", "overridden", "pending", "order"]}
    name = f"bench-{args.mode}-{args.rows}x{args.questions}"

    if args.decisions == 1:
        ruleset = {
            "format": 1, "id": name, "version": "1",
            "title": text("Benchmark"), "languages": ["en"],
            "source": {"title": "Generated", "language": "en", "checked": "2026-01-01"},
            "phrases": phrases, "questions": questions, "rules": decision_rows(0, "c"),
            "outcomes": {"status": statuses},
            "citations": {"c": {"section": text("S"), "quote": text("Q")}},
        }
        write(ruleset, args.compact)
        return

    booleans = [q["id"] for q in others if q["type"] == "boolean"]
    decisions = []
    citations = {}
    for d in range(args.decisions):
        citation = f"c{d + 1}"
        citations[citation] = {"source": "official" if d % 2 == 0 else "university",
                               "section": text(f"Section {d + 1}"), "quote": text(f"Q{d + 1}")}
        decision = {"id": f"d{d + 1}", "title": text(f"Decision {d + 1}")}
        if d > 0:
            if d % 2 == 0 and booleans:
                # Only for some answers: a boolean question of its own.
                decision["applies"] = {booleans[(d // 2 - 1) % len(booleans)]: True}
            else:
                # Only for some outcomes of the decision before it.
                decision["applies"] = {"decision": {f"d{d}": ["s1", "s2", "s3"]}}
        decision["rules"] = decision_rows(d, citation)
        decision["outcomes"] = {"status": statuses}
        decisions.append(decision)
    ruleset = {
        "format": 2, "id": f"{name}x{args.decisions}", "version": "1",
        "title": text("Benchmark"), "languages": ["en"],
        "sources": [
            {"id": "official", "title": "Generated (official)", "language": "en",
             "checked": "2026-01-01", "publisher": "official"},
            {"id": "university", "title": "Generated (university)", "language": "en",
             "checked": "2026-01-01", "publisher": "university"},
        ],
        "phrases": phrases, "questions": questions, "decisions": decisions,
        "citations": citations,
    }
    write(ruleset, args.compact)


def write(ruleset, compact):
    print(json.dumps(ruleset, separators=(",", ":")) if compact else json.dumps(ruleset, indent=1))


if __name__ == "__main__":
    main()
