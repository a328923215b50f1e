"""Accuracy and speed of custops.complaints.classify on the labelled set.

Run:  python benchmarks/bench_classifier.py [--repeat N] [--misses SPLIT] [--blind]

The labelled set (tests/data/complaints_labelled.jsonl) has three splits: ``main`` (the
texts the rules were first developed against), ``heldout`` (32 texts written after the
first round, measured once, then seen) and ``heldout2`` (60 texts written before the
second, vocabulary round, measured once before it, then used as a development set).
With ``--blind``, and if tests/data/complaints_blind.jsonl exists (a blind set written
by someone else, for the lead's one final measurement), its figures are printed as the
split ``blind`` — figures only, never its texts, and ``--misses`` refuses it.  For
each split the script prints the accuracy of the kind, of the category and of both
together, then per gold kind and per gold category (recall: of the texts labelled X,
how many got X), then the speed.

``--misses SPLIT`` also lists the misclassified texts of that split (not ``blind``).

Labelling guideline (the labels are one person's judgement; borderline cases decided so):
return_exchange = D10 二 3.2's defects (sediment, suspended matter, mould, caps, leaks) or
an explicit return/exchange/refund demand, which wins over product quality;
sales_contract = contract terms, promises, price, payment, delivery and orders;
repair_quality = the repair or maintenance work itself (not done, did not hold, did
damage); service_quality = how people treat the customer (attitude, waiting, no answer,
negligence), also when it happens at a repair shop; proposal_criticism = every
suggestion; other = general information and matters outside the categories (noise,
parking).  A consultation takes the category of its subject, or other.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from custops.complaints import classify

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "complaints_labelled.jsonl"
BLIND = DATA.with_name("complaints_blind.jsonl")
SPLITS = ("main", "heldout", "heldout2")


def load(path: Path = DATA) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pct(hit: int, total: int) -> str:
    return f"{hit:3d}/{total:3d} = {100 * hit / total:5.1f}%" if total else "  -"


def report(name: str, rows: list[dict[str, str]], misses: bool = False) -> None:
    kind_hit = cat_hit = both_hit = 0
    by_kind: Counter[str] = Counter()
    by_kind_hit: Counter[str] = Counter()
    by_cat: Counter[str] = Counter()
    by_cat_hit: Counter[str] = Counter()
    for row in rows:
        result = classify(row["text"])
        k = result.kind.value == row["kind"]
        c = result.category.value == row["category"]
        kind_hit += k
        cat_hit += c
        both_hit += k and c
        by_kind[row["kind"]] += 1
        by_kind_hit[row["kind"]] += k
        by_cat[row["category"]] += 1
        by_cat_hit[row["category"]] += c
        if misses and not (k and c):
            print(
                f"  MISS {row.get('id', '?')}: gold {row['kind']}/{row['category']}, got "
                f"{result.kind.value}/{result.category.value} ({result.category_rule}): "
                f"{row['text']}"
            )
    n = len(rows)
    print(f"== {name}: {n} texts")
    print(f"  kind      {pct(kind_hit, n)}")
    print(f"  category  {pct(cat_hit, n)}")
    print(f"  both      {pct(both_hit, n)}")
    print("  per kind (recall):")
    for kind in sorted(by_kind):
        print(f"    {kind:20s} {pct(by_kind_hit[kind], by_kind[kind])}")
    print("  per category (recall):")
    for cat in sorted(by_cat):
        print(f"    {cat:20s} {pct(by_cat_hit[cat], by_cat[cat])}")


def speed(rows: list[dict[str, str]], repeat: int) -> None:
    texts = [row["text"] for row in rows]
    classify(texts[0])  # build the rule set once
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            classify(text)
    elapsed = time.perf_counter() - start
    calls = repeat * len(texts)
    mean_len = sum(map(len, texts)) / len(texts)
    print(
        f"== speed: {calls} calls in {elapsed:.3f} s = {1e6 * elapsed / calls:.1f} µs per text"
        f" ({calls / elapsed:,.0f} texts/s; mean length {mean_len:.0f} characters)"
    )
    long_text = "".join(texts)  # one long letter
    start = time.perf_counter()
    for _ in range(max(1, repeat // 10)):
        classify(long_text)
    per = (time.perf_counter() - start) / max(1, repeat // 10)
    print(f"== speed: one {len(long_text)}-character text in {1e3 * per:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--misses", choices=SPLITS, action="append", default=[])
    parser.add_argument("--blind", action="store_true", help="also report the blind set")
    args = parser.parse_args()
    rows = load()
    for split in SPLITS:
        report(split, [r for r in rows if r["split"] == split], misses=split in args.misses)
    report("all labelled", rows)
    if args.blind and BLIND.exists():
        report("blind", load(BLIND))  # figures only: its texts are never printed
    speed(rows, args.repeat)


if __name__ == "__main__":
    main()
