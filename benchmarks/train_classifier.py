"""Train the classifier's learned layer on the development split of the real texts.

Run:  python benchmarks/train_classifier.py [--cv] [--write]

Two multinomial logistic-regression models over the distinct character n-grams (1-3)
of the normalised text (``custops.complaints._ngram.features``): one for the kind
(trained on every dev text), one for the category (trained on the dev texts that are
not praise or nothing-to-handle, labelled with their primary category).  Pure Python,
deterministic (fixed seed, fixed order); weights are quantised to integers and pruned,
then written to ``src/custops/complaints/ngram_weights.json`` with ``--write``.

``--cv`` runs a 5-fold cross-validation *inside the dev split* for the weight that
``classify`` gives the learned layer (``RuleSet.learned``) and prints, per weight, the
kind and category accuracy of the whole classifier on the held-out folds.  Only the
``dev`` split is ever read here: the ``test`` split is for measuring, not for training.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from custops.complaints import _ngram, classify
from custops.complaints.classifier import normalise, rule_features
from custops.complaints.model import Category, Kind
from custops.complaints.rules_data import DEFAULT_RULES
from realtexts import load

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "complaints_labelled.jsonl"
OUT = (
    Path(__file__).resolve().parent.parent / "src" / "custops" / "complaints" / "ngram_weights.json"
)
KINDS = [k.value for k in Kind]
CATEGORIES = [c.value for c in Category]
SCALE = 1000
SEED = 13


def _train(
    data: list[tuple[set[str], int]], n: int, epochs: int, lam: float, lr0: float
) -> tuple[dict[str, list[float]], list[float]]:
    weights: dict[str, list[float]] = {}
    bias = [0.0] * n
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = lr0 / (1 + 0.3 * epoch)
        for i in order:
            x, y = data[i]
            s = bias[:]
            rows = [weights.setdefault(g, [0.0] * n) for g in sorted(x)]
            for row in rows:
                for c in range(n):
                    s[c] += row[c]
            top = max(s)
            e = [math.exp(v - top) for v in s]
            z = math.fsum(e)
            grad = [e[c] / z - (c == y) for c in range(n)]
            for row in rows:
                for c in range(n):
                    row[c] -= lr * (grad[c] + lam * row[c])
            for c in range(n):
                bias[c] -= lr * grad[c]
    return weights, bias


def _counts(texts: list[set[str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for x in texts:
        df.update(x)
    return df


def build(
    rows: list[dict[str, Any]],
    epochs: int = 12,
    lam: float = 1e-4,
    lr0: float = 0.2,
    min_df: int = 2,
    min_weight: int = 150,
) -> dict[str, Any]:
    """The weights file's content, trained on ``rows`` (dev records with texts)."""
    plain = attrs.evolve(DEFAULT_RULES, learned=0, learned_category=0)
    feats = [
        _ngram.features(normalise(r["text"])[0])
        | rule_features(classify(r["text"], policy=plain).evidence)
        for r in rows
    ]
    df = _counts(feats)
    keep = [{g for g in x if df[g] >= min_df} for x in feats]
    kind_data = [(x, KINDS.index(r["kind"])) for x, r in zip(keep, rows, strict=True)]
    cat_data = [
        (x, CATEGORIES.index(r["categories"][0]))
        for x, r in zip(keep, rows, strict=True)
        if r["kind"] not in ("praise", "no_action")
    ]
    kw, kb = _train(kind_data, len(KINDS), epochs, lam, lr0)
    cw, cb = _train(cat_data, len(CATEGORIES), epochs, lam, lr0)
    grams: dict[str, list[int]] = {}
    for source, offset in ((kw, 0), (cw, len(KINDS))):
        for g, row in source.items():
            for c, w in enumerate(row):
                q = round(w * SCALE)
                if abs(q) >= min_weight:
                    grams.setdefault(g, []).extend((offset + c, q))
    return {
        "version": 1,
        "trained_on": f"{len(rows)} texts: realtexts dev split and tests/data/complaints_labelled",
        "kinds": KINDS,
        "categories": CATEGORIES,
        "scale": SCALE,
        "bias": [round(b * SCALE) for b in kb] + [round(b * SCALE) for b in cb],
        "grams": dict(sorted(grams.items())),
    }


def _install(content: dict[str, Any]) -> None:
    """Make ``classify`` use ``content`` (cross-validation only)."""
    _ngram._loaded.clear()
    path = Path("/tmp/_custops_cv_weights.json")
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    raw = json.loads(path.read_text(encoding="utf-8"))
    classes: list[Kind | Category] = [Kind.parse(v) for v in raw["kinds"]]
    classes += [Category.parse(v) for v in raw["categories"]]
    n = len(raw["kinds"])
    _ngram._loaded.append(
        _ngram._Model(
            classes=tuple(classes),
            kinds=tuple(range(n)),
            categories=tuple(range(n, len(classes))),
            bias=tuple(raw["bias"]),
            grams={g: _ngram._dense(w, len(classes)) for g, w in raw["grams"].items()},
            scale=raw["scale"],
        )
    )


def labelled() -> list[dict[str, Any]]:
    """The project's own labelled set (wine, cars, property), in the corpus's shape."""
    with LABELLED.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [{**r, "categories": [r["category"]], "split": "labelled"} for r in rows]


def cross_validate(
    rows: list[dict[str, Any]], weights: list[tuple[int, int, int]], folds: int = 5
) -> None:
    """K-fold over the dev texts *and* the labelled set; figures for the dev folds."""
    ids = sorted(r["id"] for r in rows)
    random.Random(SEED).shuffle(ids)
    fold_of = {rid: i % folds for i, rid in enumerate(ids)}
    hits = {w: [0, 0, 0] for w in weights}  # kind, category, praise-as-complaint
    own = {w: [0, 0] for w in weights}
    praise = 0
    alone = [0, 0]
    for f in range(folds):
        train = [r for r in rows if fold_of[r["id"]] != f]
        held_all = [r for r in rows if fold_of[r["id"]] == f]
        held = [r for r in held_all if r["split"] != "labelled"]
        _install(build(train))
        for w in weights:
            policy = attrs.evolve(
                DEFAULT_RULES, learned=w[0], learned_category=w[1], learned_margin=w[2]
            )
            for r in held_all:
                if r["split"] == "labelled":
                    result = classify(r["text"], policy=policy)
                    own[w][0] += result.kind.value == r["kind"]
                    own[w][1] += result.category.value in r["categories"]
        for r in held:
            plain = attrs.evolve(DEFAULT_RULES, learned=0, learned_category=0)
            seen = rule_features(classify(r["text"], policy=plain).evidence)
            guess = _ngram.predict(normalise(r["text"])[0], seen)
            alone[0] += max(guess.kinds, key=lambda kp: kp[1])[0].value == r["kind"]
            alone[1] += max(guess.categories, key=lambda cp: cp[1])[0].value in r["categories"]
        for w in weights:
            policy = attrs.evolve(
                DEFAULT_RULES, learned=w[0], learned_category=w[1], learned_margin=w[2]
            )
            for r in held:
                result = classify(r["text"], policy=policy)
                hits[w][0] += result.kind.value == r["kind"]
                hits[w][1] += result.category.value in r["categories"]
                hits[w][2] += r["kind"] == "praise" and result.kind is Kind.COMPLAINT
        praise += sum(r["kind"] == "praise" for r in held)
    n = len(rows) - sum(r["split"] == "labelled" for r in rows)
    m = len(rows) - n
    print(f"model alone: kind {alone[0] / n:.3f}  category {alone[1] / n:.3f}")
    for w in weights:
        k, c, wrong = hits[w]
        print(
            f"learned={w[0]:2d}/{w[1]:2d} margin {w[2]:2d}: dev kind {k / n:.3f}  "
            f"category {c / n:.3f}  praise→complaint {wrong / praise:.3f}; "
            f"labelled kind {own[w][0] / max(1, m):.3f}  category {own[w][1] / max(1, m):.3f}"
        )
    _ngram._loaded.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="cross-validate inside dev")
    parser.add_argument("--weights", default="0,4,6,8,10,14,20")
    parser.add_argument("--category-weights", default="3")
    parser.add_argument("--margins", default="6")
    parser.add_argument("--write", action="store_true", help="write the weights file")
    parser.add_argument("--no-labelled", action="store_true", help="train on dev texts only")
    args = parser.parse_args()
    rows = load("dev")  # never the test split
    if not args.no_labelled:
        rows += labelled()
    if args.cv:
        pairs = [
            (int(w), int(c), int(m))
            for w in args.weights.split(",")
            for c in args.category_weights.split(",")
            for m in args.margins.split(",")
        ]
        cross_validate(rows, pairs)
    if args.write:
        content = build(rows)
        OUT.write_text(
            json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(content['grams']):,} n-grams)")


if __name__ == "__main__":
    main()
