"""Accuracy and speed of custops.complaints.classify: the labelled set and the real texts.

Run:  python benchmarks/bench_classifier.py [--repeat N] [--misses SPLIT] [--blind] [--no-test]

Sets measured:

* ``tests/data/complaints_labelled.jsonl``, the project's own labelled texts (wine, cars,
  property), splits ``main``, ``heldout``, ``heldout2`` — all development sets by now;
* the real-text corpus ``tests/data/realtexts/labels.jsonl`` (see ``docs/labelling.md``;
  texts loaded by ``benchmarks/realtexts.py``), split ``dev`` (the learned layer is
  trained on it, so its figures are *training* figures; ``train_classifier.py --cv``
  gives the cross-validated ones) and split ``test`` (held out: only aggregate figures
  are printed, never a text, and ``--misses`` refuses it);
* with ``--blind``, the lead's blind set ``tests/data/complaints_blind.jsonl`` if present
  (figures only).

For each set: kind accuracy, category accuracy (a hit when the predicted category is
one of the acceptable ones), both, per gold kind and per domain, the rate of praise
classified as a complaint, the rate of texts where no rule fired (``matched`` is
false: only the learned layer, or nothing, spoke) and of those where nothing spoke.
Then the speed: texts per second on one core, ``classify_many`` throughput on the real
short texts (the ≤ 80-character lines of ``$CUSTOPS_REALTEXTS``, a JSON-lines file with a
``"text"`` field; issue 16 asks for ≥ 5,000 texts/s), and the CPU time for one long text of
100k, 300k and 1M characters (linear: the same seconds per 100k characters), of 1 MiB,
and of 1M characters without any punctuation (one giant clause; issue 13 asks ≤ 1 s for
1M characters).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from custops.complaints import Kind, classify, classify_many
from realtexts import UNSEEN_SOURCES, seen
from realtexts import load as load_realtexts

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "complaints_labelled.jsonl"
BLIND = DATA.with_name("complaints_blind.jsonl")
SPLITS = ("main", "heldout", "heldout2")
SECRET = ("test", "blind")  # figures only


def load(path: Path = DATA) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    for row in rows:
        row.setdefault("categories", [row.get("category", "other")])
        row.setdefault("domain", "-")
    return rows


def pct(hit: int, total: int) -> str:
    return f"{hit:4d}/{total:4d} = {100 * hit / total:5.1f}%" if total else "  -"


def report(name: str, rows: list[dict[str, Any]], misses: bool = False) -> None:
    if misses and name in SECRET:
        raise SystemExit(f"--misses refuses the {name} split: its texts are never printed")
    kind_hit = cat_hit = both_hit = unmatched = silent = praise = praise_as_complaint = 0
    by_kind: Counter[str] = Counter()
    by_kind_hit: Counter[str] = Counter()
    by_domain: Counter[str] = Counter()
    by_domain_kind: Counter[str] = Counter()
    by_domain_cat: Counter[str] = Counter()
    for row in rows:
        result = classify(row["text"])
        k = result.kind.value == row["kind"]
        c = result.category.value in row["categories"]
        kind_hit += k
        cat_hit += c
        both_hit += k and c
        unmatched += not result.matched
        silent += not result.matched and all(e.rule_id != "learned" for e in result.evidence)
        if row["kind"] == "praise":
            praise += 1
            praise_as_complaint += result.kind is Kind.COMPLAINT
        by_kind[row["kind"]] += 1
        by_kind_hit[row["kind"]] += k
        by_domain[row["domain"]] += 1
        by_domain_kind[row["domain"]] += k
        by_domain_cat[row["domain"]] += c
        if misses and not (k and c):
            print(
                f"  MISS {row.get('id', '?')}: gold {row['kind']}/{','.join(row['categories'])}"
                f", got {result.kind.value}/{result.category.value} ({result.category_rule}): "
                f"{row['text']}"
            )
    n = len(rows)
    print(f"== {name}: {n} texts")
    print(f"  kind      {pct(kind_hit, n)}")
    print(f"  category  {pct(cat_hit, n)}")
    print(f"  both      {pct(both_hit, n)}")
    print(f"  praise classified as complaint {pct(praise_as_complaint, praise)}")
    print(f"  no rule fired                  {pct(unmatched, n)}")
    print(f"  neither rules nor model spoke  {pct(silent, n)}")
    print("  per gold kind (recall):")
    for kind in sorted(by_kind):
        print(f"    {kind:16s} {pct(by_kind_hit[kind], by_kind[kind])}")
    if len(by_domain) > 1:
        print("  per domain: kind, category")
        for domain in sorted(by_domain):
            print(
                f"    {domain:16s} {pct(by_domain_kind[domain], by_domain[domain])}   "
                f"{pct(by_domain_cat[domain], by_domain[domain])}"
            )


def speed(texts: list[str], repeat: int) -> None:
    classify(texts[0])  # load the rule set and the weights once
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
    many(repeat)
    letter = "".join(texts)
    letter *= 1 + 1_000_000 // len(letter)
    mib = letter.encode()[: 1 << 20].decode(errors="ignore")  # 1 MiB of UTF-8
    clause = re.sub(r"[\W_]+", "", letter)  # no punctuation, no space: one giant clause
    clause *= 1 + 1_000_000 // max(1, len(clause))
    for text, what in [
        (letter[:100_000], ""),
        (letter[:300_000], ""),
        (letter[:1_000_000], ""),
        (mib, ""),
        (clause[:1_000_000], ", no punctuation"),
    ]:
        start = time.process_time()
        classify(text)
        cpu = time.process_time() - start
        print(
            f"== speed: one text of {len(text):,} characters ({len(text.encode()):,} bytes"
            f" UTF-8{what}): {cpu:.3f} s CPU = {1e5 * cpu / len(text):.3f} s per 100k characters"
        )


def many(repeat: int, limit: int = 80) -> None:
    """``classify_many`` throughput on the real short texts (best of ``repeat`` runs)."""
    path = os.environ.get("CUSTOPS_REALTEXTS")
    if not path or not Path(path).is_file():
        print("== speed: classify_many on real short texts skipped: set $CUSTOPS_REALTEXTS")
        return
    with open(path, encoding="utf-8") as f:
        texts = [t for line in f if line.strip() if len(t := json.loads(line)["text"]) <= limit]
    classify_many(texts[:50])  # load the rule set and the weights once
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        classify_many(texts)
        best = min(best, time.perf_counter() - start)
    print(
        f"== speed: classify_many on {len(texts)} real texts of ≤ {limit} characters: best of "
        f"{max(1, repeat)} {best:.3f} s = {len(texts) / best:,.0f} texts/s "
        f"({1e6 * best / len(texts):.0f} µs per text)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--misses", action="append", default=[], help="a split to list misses of")
    parser.add_argument("--blind", action="store_true", help="also report the blind set")
    parser.add_argument("--no-test", action="store_true", help="skip the real test split")
    args = parser.parse_args()
    for split in args.misses:
        if split in SECRET:
            parser.error(f"--misses refuses the {split} split: its texts are never printed")
    rows = load()
    for split in SPLITS:
        report(split, [r for r in rows if r["split"] == split], misses=split in args.misses)
    report("all labelled", rows)
    every_dev = load_realtexts("dev", with_unseen=True)
    real_dev = seen(every_dev)
    if real_dev:
        report(
            "realtexts dev (the sources read to choose rules; the learned layer's training "
            "texts among them)",
            real_dev,
            misses="dev" in args.misses,
        )
    unseen = [r for r in every_dev if r["source"]["repo"] in UNSEEN_SOURCES]
    if unseen:
        report("unseen", unseen)  # figures only: its texts are never printed
    if not args.no_test:
        real_test = load_realtexts("test")
        if real_test:
            report("test", real_test)  # figures only: its texts are never printed
    if args.blind and BLIND.exists():
        report("blind", load(BLIND))  # figures only: its texts are never printed
    speed([r["text"] for r in rows] + [r["text"] for r in real_dev], args.repeat)


if __name__ == "__main__":
    main()
