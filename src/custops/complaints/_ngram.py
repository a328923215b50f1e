"""The learned layer of the classifier: a linear model over character n-grams.

Two multinomial logistic-regression models share one feature set, the distinct
character n-grams (1 to 3 characters) of the normalised text: one for the kind, one for
the category of a complaint.  They were trained on the development split of the real
texts (``benchmarks/train_classifier.py``, deterministic, pure Python) and ship as
package data (``ngram_weights.json``): integer weights, so inference is exact integer
sums followed by one softmax, the same on every machine.  The file is read on first
use, not on import, as the sparse rows it lists (a gram's non-zero weights).  Each
n-gram's weights for the twelve classes are also packed into one integer (32 or 64 bits a
class), so the sums of all classes are one ``sum`` over the text's n-grams — exactly the
per-class sums, about twice as fast; a row is packed when a text first holds its n-gram,
so a process's first text does not pay for the whole vocabulary.

The rules stay on top: :func:`~custops.complaints.classify` adds the model's
probabilities, times ``ClassifierPolicy.learned``, to the rules' integer scores, and reports
the n-grams that weighed most as evidence (rule ``"learned"``).

A model trained with ``train_classifier.py --tail`` also has the n-grams after the text's
last contrast word (但是, 不过, 就是, 可惜 …) as features a second time, tagged
(:func:`tail_features`), so it can weigh the verdict after a turn more than the same
words before it, as the guide reads a mixed review; they are looked for only when the
model has them (tried in the sixth round and not shipped: see docs/classification.md).

The model is trained with what the rules saw among its features (``@rule:kind``, see
:func:`.classifier.rule_features`), and is asked with them too:

>>> seen = {"@praise", "@pr.delivery:praise", "@pr.service:praise", "@pr.general:praise"}
>>> p = predict("送餐很快,态度很好", seen)
>>> max(p.kinds, key=lambda kp: kp[1])[0].value
'praise'
>>> all(0.0 <= q <= 1.0 for _, q in p.kinds + p.categories)
True
"""

from __future__ import annotations

import json
import math
import operator
import re
import sys
from collections.abc import Iterable, Iterator, KeysView, Mapping, Sequence, Set
from importlib import resources
from itertools import chain, compress
from typing import Any

import attrs

from custops.complaints._scan import chars_of, pairs_of
from custops.complaints.model import Category, Kind

__all__ = ["Prediction", "load", "predict"]

_ORDERS = (1, 2, 3)
_SHORT = max(_ORDERS)
_BREAKS = frozenset("。,.!?;:…~")
NUMBER_DIGITS = 7  # a run of this many digits or more is a phone or order number
#: Clause breaks, and digit runs of NUMBER_DIGITS or more (a phone or order number says
#: nothing about the kind or the category: no n-gram is taken from it)
_CLAUSES = re.compile(f"[{re.escape(''.join(sorted(_BREAKS)))}]+|\\d{{{NUMBER_DIGITS},}}")
_NUMBER = re.compile(rf"\d{{{NUMBER_DIGITS}}}")  # a text holding one is split even when clean
_NARROW = 1 << 15  # weights below this, vocabulary below 2**16: 32 bits a class, else 64
#: Words that turn a text: the n-grams after the last one are tagged features as well
_CONTRAST = re.compile("但是|但|就是|不过|可惜|只是|可是|然而|美中不足|唯一")
#: The tag of an n-gram after the last contrast word (no normalised text holds a space)
TAIL = " "


@attrs.frozen
class _Model:
    classes: tuple[Kind | Category, ...]
    kinds: tuple[int, ...]  # class indices of the kind model
    categories: tuple[int, ...]  # class indices of the category model
    bias: tuple[int, ...]
    # gram → its non-zero weights as the file lists them, ``[class, weight, …]``, each
    # class at most once
    rows: dict[str, list[int]]
    scale: int
    # gram → its weight for every class (0 if none), each row spelled out when read
    grams: Mapping[str, tuple[int, ...]] = attrs.field(init=False, eq=False, repr=False)
    # gram → its row of weights packed into one integer (class c in bits [slot × c,
    # slot × (c + 1)), offset so each stays non-negative, and their sums below 2**slot):
    # the rows of a text are summed by one ``sum``, exactly; each row packed when a text
    # first holds its gram
    packed: dict[str, int] = attrs.field(init=False, eq=False, repr=False)
    slot: int = attrs.field(init=False, eq=False, repr=False)
    offset: int = attrs.field(init=False, eq=False, repr=False)
    # the grams that may stand as evidence: two characters or more, not a rule feature
    telling: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    # no gram of the text (1 to 3 characters) holds a clause break, so the grams of a
    # whole text are looked up as well as those of its clauses: the others are not found
    clean: bool = attrs.field(init=False, eq=False, repr=False)
    # the model has tagged n-grams after a contrast (:func:`tail_features`): only then are
    # they looked for
    tails: bool = attrs.field(init=False, eq=False, repr=False)
    pushing: dict[int, dict[str, int]] = attrs.field(init=False, eq=False, repr=False)
    kind_classes: tuple[Kind, ...] = attrs.field(init=False, eq=False, repr=False)
    category_classes: tuple[Category, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # (read once a process, on the first text: from the file's sparse rows, without
        # spelling out a row of twelve weights per gram)
        rows, n = self.rows, len(self.classes)
        grams = _Dense(rows, n)
        # a class's slot holds the sum of at most every gram's ``w + offset``, each in
        # [0, 2 × offset): 32 bits suffice while len(rows) × 2 × offset < 2**32; the widest
        # weight of the dense rows (0 where a class is not listed) is the widest listed
        weights = chain.from_iterable(map(operator.itemgetter(slice(1, None, 2)), rows.values()))
        widest = max(map(abs, weights), default=0)
        narrow = len(rows) * 2 * _NARROW < 1 << 32 and widest < _NARROW
        slot, offset = (32, _NARROW) if narrow else (64, 1 << 40)
        # ``sum((w + offset) << (slot × c) for c, w in enumerate(row))`` of the dense row:
        # the offsets of every class, plus each listed weight in its class's slot
        base = sum(offset << (slot * c) for c in range(n))
        unit = [1 << (slot * c) for c in range(n)]  # (indexed as a dense row is)
        packed = _Packed(rows, base, unit)
        lengths = list(map(len, rows))
        # (no gram of one to three characters holds a clause break)
        short = "".join(compress(rows, map(_SHORT.__ge__, lengths)))
        # (two characters or more, not a rule feature)
        telling = compress(
            rows,
            map(
                operator.and_,
                map((1).__lt__, lengths),
                map("@".__ne__, map(operator.itemgetter(slice(0, 1)), rows)),
            ),
        )
        for name, value in {
            "grams": grams,
            "packed": packed,
            "slot": slot,
            "offset": offset,
            "telling": frozenset(telling),
            "clean": _BREAKS.isdisjoint(short),
            "tails": any(map(operator.methodcaller("startswith", TAIL), rows)),
            "pushing": {},  # class → its telling grams of weight > 0, filled when first asked
            "kind_classes": tuple(self.classes[c] for c in self.kinds),
            "category_classes": tuple(self.classes[c] for c in self.categories),
        }.items():
            object.__setattr__(self, name, value)


_loaded: list[_Model] = []


def _dense(flat: list[int], n: int) -> tuple[int, ...]:
    """``[class, weight, class, weight, …]`` as one weight per class."""
    row = [0] * n
    for c, w in zip(flat[::2], flat[1::2], strict=True):
        row[c] = w
    return tuple(row)


class _Packed(dict[str, int]):
    """Gram → its packed row (see :class:`_Model`), packed when first looked up: a
    process pays for the grams its texts hold, not for the whole vocabulary.

    >>> packed = _Packed({"好": [1, 7, 0, -2]}, base=(5 << 8) + 5, unit=[1, 1 << 8])
    >>> packed["好"] == (5 - 2) + ((5 + 7) << 8), len(packed)
    (True, 1)
    """

    __slots__ = ("_base", "_rows", "_unit")

    def __init__(self, rows: dict[str, list[int]], base: int, unit: list[int]) -> None:
        super().__init__()
        self._rows, self._base, self._unit = rows, base, unit

    def __missing__(self, gram: str) -> int:
        # ``base`` (every class's offset) plus each listed weight times its class's unit
        # (the same integer whichever thread packs it first)
        flat = self._rows[gram]
        row: int = self._base + sum(
            map(operator.mul, flat[1::2], map(self._unit.__getitem__, flat[::2]))
        )
        self[gram] = row
        return row


class _Dense(Mapping[str, tuple[int, ...]]):
    """Gram → its weight for every class (0 if none), a row spelled out when read.

    >>> rows = _Dense({"好": [3, 7, 0, -2]}, 5)
    >>> rows["好"], "好" in rows, len(rows), list(rows.keys())
    ((-2, 0, 0, 7, 0), True, 1, ['好'])
    """

    __slots__ = ("_n", "_rows")

    def __init__(self, rows: dict[str, list[int]], n: int) -> None:
        self._rows, self._n = rows, n

    def __getitem__(self, gram: str) -> tuple[int, ...]:
        return _dense(self._rows[gram], self._n)

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, gram: object) -> bool:
        return gram in self._rows

    def keys(self) -> KeysView[str]:
        return self._rows.keys()


def model_from(raw: dict[str, Any]) -> _Model:
    """The model of a weights file's content (``benchmarks/train_classifier.py``)."""
    classes: list[Kind | Category] = [Kind.parse(v, argument="kinds") for v in raw["kinds"]]
    classes += [Category.parse(v, argument="categories") for v in raw["categories"]]
    n_kinds = len(raw["kinds"])
    return _Model(
        classes=tuple(classes),
        kinds=tuple(range(n_kinds)),
        categories=tuple(range(n_kinds, len(classes))),
        bias=tuple(raw["bias"]),
        rows=raw["grams"],
        scale=int(raw["scale"]),
    )


def load() -> None:
    """Read the learned layer now (it is otherwise read on first use)."""
    _load()


def _load() -> _Model:
    if not _loaded:
        raw: dict[str, Any] = json.loads(
            resources.files("custops.complaints").joinpath("ngram_weights.json").read_text("utf-8")
        )
        _loaded.append(model_from(raw))
    return _loaded[0]


def features(normalised: str) -> set[str]:
    """The distinct n-grams of a normalised text (none across a clause break).

    >>> sorted(features("很好,快"))
    ['好', '很', '很好', '快']
    >>> sorted(features("回电13912345678"))
    ['回', '回电', '电']
    """
    out: set[str] = set()
    for clause in _CLAUSES.split(normalised):
        _grams(clause, out)
    return out


def tail_features(normalised: str) -> set[str]:
    """The 2- and 3-grams after the text's last contrast word, tagged with :data:`TAIL`.

    >>> sorted(tail_features("很好,但是送得太慢"))
    [' 太慢', ' 得太', ' 得太慢', ' 送得', ' 送得太']
    >>> tail_features("送餐很快,态度很好")
    set()
    """
    last = None
    for match in _CONTRAST.finditer(normalised):
        last = match
    if last is None:
        return set()
    return {TAIL + g for g in features(normalised[last.end() :]) if len(g) > 1}


def _grams(text: str, out: set[str]) -> set[str]:
    """``out`` with the 1- to 3-grams of ``text`` added."""
    out.update(_each_gram(text))
    return out


def _each_gram(text: str) -> Iterator[str]:
    """The 1- to 3-grams of ``text``, each as often as it occurs (built in C).

    >>> list(_each_gram("很好吧"))
    ['很', '好', '吧', '很好', '好吧', '很好吧']
    """
    pairs = pairs_of(text)  # (a short text's: those the rules looked up, hashed already)
    return chain(text, pairs, map(operator.add, pairs, text[2:]))


def _pushing(model: _Model) -> dict[int, dict[str, int]]:
    """Every class's telling grams of weight > 0, with their weights (as read from the
    dense rows: ``model.grams[g][c]``), found in one pass over the rows and kept."""
    n, rows = len(model.classes), model.rows
    out: dict[int, dict[str, int]] = {c: {} for c in range(n)}
    for g in model.telling:
        flat = rows[g]
        for c, w in zip(flat[::2], flat[1::2], strict=True):
            if w > 0:
                out[c % n][g] = w  # (a dense row's index: -1 is the last class)
    for c, grams in out.items():  # (the same whichever thread finds them first)
        model.pushing.setdefault(c, grams)
    return model.pushing


def _softmax(scores: Sequence[int], scale: int) -> list[float]:
    top = max(scores)
    exps = [math.exp((s - top) / scale) for s in scores]
    total = math.fsum(exps)
    out = []
    for e in exps:  # _round3 of each share, inline (twelve calls a text)
        x = e / total
        scaled = x * 1000.0
        k = int(scaled + 0.5)
        out.append(k / 1000 if -0.499 < scaled - k < 0.499 else round(x, 3))
    return out


def _round3(x: float) -> float:
    """``round(x, 3)`` of a probability, without its decimal conversion in most cases.

    ``round`` gives the float nearest to the decimal ``k / 1000`` nearest to ``x``;
    ``k / 1000`` of the integer ``k`` is that float too (a true division is correctly
    rounded).  ``x * 1000`` is off the exact product by at most half a unit in its last
    place (below 2**-43 for ``x`` ≤ 1), so when it stands further than 0.499 from a half,
    the nearest integer to it is ``k``; else (a near tie) ``round`` decides.

    >>> all(_round3(x) == round(x, 3) for x in (0.0, 1.0, 0.0005, 0.0015, 0.1234999, 2 / 3))
    True
    """
    scaled = x * 1000.0
    k = int(scaled + 0.5)
    if -0.499 < scaled - k < 0.499:
        return k / 1000
    return round(x, 3)


@attrs.frozen(slots=False)  # built once a text: a dict-based instance is faster
class Prediction:
    """The model's probabilities for each kind and each category, and why.

    :meth:`evidence` names the n-grams of the text that pushed most towards a class.
    """

    kinds: tuple[tuple[Kind, float], ...]
    categories: tuple[tuple[Category, float], ...]
    found: Set[str] = attrs.field(eq=False, repr=False)  # the text's known n-grams
    model: _Model | None = attrs.field(default=None, eq=False, repr=False)

    def evidence(self, label: Kind | Category, top: int = 3) -> tuple[tuple[str, int], ...]:
        """The ``top`` n-grams that pushed most towards ``label``, weights out of 10."""
        model = self.model
        if model is None:
            return ()
        index = model.classes.index(label)
        pushing = model.pushing.get(index)
        if pushing is None:  # a single character says too little: not evidence
            pushing = _pushing(model)[index]
        # the heaviest first, ties by the n-gram: sorted by n-gram, then (stable, in C)
        # by weight, heaviest first
        pushes = sorted(pushing.keys() & self.found)
        pushes.sort(key=pushing.__getitem__, reverse=True)
        if model.tails or top < 1:  # a tagged n-gram (after a contrast) is the same words
            words: dict[str, int] = {}
            for g in pushes:
                words.setdefault(g.removeprefix(TAIL), pushing[g])
                if len(words) == top:
                    break
            chosen = list(words.items())
        else:  # no n-gram is tagged: each is words of its own
            chosen = [(g, pushing[g]) for g in pushes[:top]]
        scale = model.scale
        return tuple([(g, max(1, round(10 * w / scale))) for g, w in chosen])


def predict(
    normalised: str, extra: Iterable[str] = (), *, kinds: bool = True, categories: bool = True
) -> Prediction:
    """The model's view of a normalised text (see :func:`.classifier.normalise`).

    ``extra`` are further features, what the rules saw (``@rule:kind``, see
    :func:`.classifier.rule_features`).  With ``kinds`` or ``categories`` false, that half
    of the answer is left empty (a caller that will not read it saves its softmax).
    """
    model = _load()
    packed = model.packed
    grams: Iterable[str]
    if model.clean and not _NUMBER.search(normalised):
        # (as _each_gram, each distinct character once: a short text's set, which the
        # rules' scan made, its strings hashed already)
        pairs = pairs_of(normalised)
        grams = chain(chars_of(normalised), pairs, map(operator.add, pairs, normalised[2:]))
    else:
        grams = features(normalised)
    # the known grams, in one lookup each: an n-gram met twice is kept once
    known = model.rows.keys()  # (``packed`` holds the grams looked up so far)
    found = known & chain(grams, extra)
    if model.tails:
        found |= known & tail_features(normalised)
    scores: Sequence[int] = model.bias
    if found:  # every class's sum at once: the packed rows are added as one integer each
        total = sum(map(packed.__getitem__, found)).to_bytes(
            model.slot // 8 * len(scores), sys.byteorder
        )
        sums = memoryview(total).cast("I" if model.slot == 32 else "Q")
        base = len(found) * model.offset
        scores = [b + s - base for b, s in zip(scores, sums, strict=True)]
    n, scale = len(model.kinds), model.scale
    return Prediction(
        kinds=tuple(zip(model.kind_classes, _softmax(scores[:n], scale), strict=True))
        if kinds
        else (),
        categories=tuple(zip(model.category_classes, _softmax(scores[n:], scale), strict=True))
        if categories
        else (),
        found=found,
        model=model,
    )
