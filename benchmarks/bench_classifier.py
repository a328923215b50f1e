"""Accuracy and speed of custops.complaints.classify on the labelled set.

Run:  python benchmarks/bench_classifier.py [--repeat N]

The labelled set (tests/data/complaints_labelled.jsonl) has two splits: ``main`` (the
texts the rules were developed against) and ``heldout`` (written afterwards and never
used to tune the rules).  For each split the script prints the accuracy of the kind,
of the category and of both together, then per gold kind and per gold category
(recall: of the texts labelled X, how many got X), then the speed.

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


def load() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pct(hit: int, total: int) -> str:
    return f"{hit:3d}/{total:3d} = {100 * hit / total:5.1f}%" if total else "  -"


def report(name: str, rows: list[dict[str, str]]) -> None:
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
    args = parser.parse_args()
    rows = load()
    for split in ("main", "heldout"):
        report(split, [r for r in rows if r["split"] == split])
    report("all", rows)
    speed(rows, args.repeat)


if __name__ == "__main__":
    main()
