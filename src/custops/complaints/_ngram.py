"""The learned layer of the classifier: a linear model over character n-grams.

Two multinomial logistic-regression models share one feature set, the distinct
character n-grams (1 to 3 characters) of the normalised text: one for the kind, one for
the category of a complaint.  They were trained on the development split of the real
texts (``benchmarks/train_classifier.py``, deterministic, pure Python) and ship as
package data (``ngram_weights.json``): integer weights, so inference is exact integer
sums followed by one softmax, the same on every machine.  The file is read on first
use, not on import.

The rules stay on top: :func:`~custops.complaints.classify` adds the model's
probabilities, times ``RuleSet.learned``, to the rules' integer scores, and reports
the n-grams that weighed most as evidence (rule ``"learned"``).

>>> p = predict("送餐很快,态度很好")
>>> max(p.kinds, key=lambda kp: kp[1])[0].value
'praise'
>>> all(0.0 <= q <= 1.0 for _, q in p.kinds + p.categories)
True
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

from custops.complaints.model import Category, Kind

__all__ = ["Prediction", "predict"]

_ORDERS = (1, 2, 3)
_BREAKS = frozenset("。,.!?;:…~")
_CLAUSES = re.compile("[" + re.escape("".join(sorted(_BREAKS))) + "]+")


@attrs.frozen
class _Model:
    classes: tuple[Kind | Category, ...]
    kinds: tuple[int, ...]  # class indices of the kind model
    categories: tuple[int, ...]  # class indices of the category model
    bias: tuple[int, ...]
    grams: dict[str, tuple[int, ...]]  # gram → its weight for every class (0 if none)
    scale: int


_loaded: list[_Model] = []


def _dense(flat: list[int], n: int) -> tuple[int, ...]:
    """``[class, weight, class, weight, …]`` as one weight per class."""
    row = [0] * n
    for i in range(0, len(flat), 2):
        row[flat[i]] = flat[i + 1]
    return tuple(row)


def _load() -> _Model:
    if not _loaded:
        raw: dict[str, Any] = json.loads(
            resources.files("custops.complaints").joinpath("ngram_weights.json").read_text("utf-8")
        )
        classes: list[Kind | Category] = [Kind.parse(v, argument="kinds") for v in raw["kinds"]]
        classes += [Category.parse(v, argument="categories") for v in raw["categories"]]
        n_kinds = len(raw["kinds"])
        _loaded.append(
            _Model(
                classes=tuple(classes),
                kinds=tuple(range(n_kinds)),
                categories=tuple(range(n_kinds, len(classes))),
                bias=tuple(raw["bias"]),
                grams={g: _dense(w, len(classes)) for g, w in raw["grams"].items()},
                scale=int(raw["scale"]),
            )
        )
    return _loaded[0]


def features(normalised: str) -> set[str]:
    """The distinct n-grams of a normalised text (none across a clause break).

    >>> sorted(features("很好,快"))
    ['好', '很', '很好', '快']
    """
    out: set[str] = set()
    for clause in _CLAUSES.split(normalised):
        out.update(clause)
        out.update(clause[i : i + 2] for i in range(len(clause) - 1))
        out.update(clause[i : i + 3] for i in range(len(clause) - 2))
    return out


def _softmax(scores: list[int], scale: int) -> list[float]:
    top = max(scores)
    exps = [math.exp((s - top) / scale) for s in scores]
    total = math.fsum(exps)
    return [round(x / total, 3) for x in exps]


@attrs.frozen
class Prediction:
    """The model's probabilities for each kind and each category, and why.

    :meth:`evidence` names the n-grams of the text that pushed most towards a class.
    """

    kinds: tuple[tuple[Kind, float], ...]
    categories: tuple[tuple[Category, float], ...]
    found: tuple[tuple[str, tuple[int, ...]], ...] = attrs.field(eq=False, repr=False)
    classes: tuple[Kind | Category, ...] = attrs.field(eq=False, repr=False)
    scale: int = 1

    def evidence(self, label: Kind | Category, top: int = 3) -> tuple[tuple[str, int], ...]:
        """The ``top`` n-grams that pushed most towards ``label``, weights out of 10."""
        index = self.classes.index(label)
        pushes = sorted(
            (-weights[index], gram)
            for gram, weights in self.found
            # a single character says too little
            if weights[index] > 0 and gram[0] != "@" and len(gram) > 1
        )[:top]
        return tuple((g, max(1, round(-10 * w / self.scale))) for w, g in pushes)


def predict(normalised: str, extra: Iterable[str] = ()) -> Prediction:
    """The model's view of a normalised text (see :func:`.classifier.normalise`).

    ``extra`` are further features, what the rules saw (``@rule:kind``, see
    :func:`.classifier.rule_features`).
    """
    model = _load()
    grams = model.grams
    get = grams.get
    found = [(g, w) for g in features(normalised).union(extra) if (w := get(g)) is not None]
    scores = list(model.bias)
    if found:  # one sum per class over the rows found, in C
        sums = map(sum, zip(*(weights for _, weights in found), strict=True))
        scores = [b + s for b, s in zip(scores, sums, strict=True)]
    kind_p = _softmax([scores[c] for c in model.kinds], model.scale)
    cat_p = _softmax([scores[c] for c in model.categories], model.scale)
    kinds = tuple(zip((model.classes[c] for c in model.kinds), kind_p, strict=True))
    categories = tuple(zip((model.classes[c] for c in model.categories), cat_p, strict=True))
    return Prediction(
        kinds=kinds,  # type: ignore[arg-type]
        categories=categories,  # type: ignore[arg-type]
        found=tuple(found),
        classes=model.classes,
        scale=model.scale,
    )
