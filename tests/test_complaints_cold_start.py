"""The classifier's cold start (issue 13, speed): the faster first call gives what the
plain code gave (R-CMP-01).

* the learned layer is read from the weights file's sparse rows (``_ngram.model_from``):
  each n-gram's weights for every class, its packed row (built when a text first holds
  the n-gram) and the n-grams that push towards each class are those the dense rows give;
* while the rule index is built, a group or class holding no group is read in one match
  (``_scan.group_end``): the ends the plain recursive reading finds;
* ``python -m custops classify`` does not import the working-day calendars.

No timing here: ``benchmarks/bench_classifier_speed.py --cold-only`` shows the cold start.
"""

from __future__ import annotations

import os
import subprocess
import sys
from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import _ngram, _scan

_KINDS = ["consultation", "suggestion", "complaint", "praise", "no_action"]
_CATEGORIES = ["product_quality", "sales_contract", "other"]
_N = len(_KINDS) + len(_CATEGORIES)


def _dense_row(flat: list[int]) -> tuple[int, ...]:
    row = [0] * _N
    for c, w in zip(flat[::2], flat[1::2], strict=True):
        row[c] = w
    return tuple(row)


def _packed_row(row: tuple[int, ...], slot: int, offset: int) -> int:
    """The packing of a dense row, as the plain code made it: ``w + offset`` per class."""
    code = "I" if slot == 32 else "Q"
    return int.from_bytes(array(code, [w + offset for w in row]).tobytes(), sys.byteorder)


_ROW = st.dictionaries(
    st.integers(0, _N - 1), st.integers(-(1 << 15) + 1, (1 << 15) - 1), max_size=_N
).map(lambda weights: [x for c, w in weights.items() for x in (c, w)])
_GRAMS = st.dictionaries(st.text("好差快慢@ ,", min_size=1, max_size=4), _ROW, max_size=12)


@settings(max_examples=100, deadline=None)
@given(_GRAMS, st.booleans())
def test_the_sparse_rows_give_the_dense_rows_weights_packing_and_evidence(
    grams: dict[str, list[int]], wide: bool
) -> None:
    """R-CMP-01: the model read from sparse rows weighs as the dense rows do."""
    if wide and grams:  # a weight of 2**15 or more: 64 bits a class
        first = next(iter(grams))
        grams[first] = [0, 1 << 20]
    raw = {
        "kinds": _KINDS,
        "categories": _CATEGORIES,
        "bias": [0] * _N,
        "scale": 1000,
        "grams": grams,
    }
    model = _ngram.model_from(raw)
    dense = {g: _dense_row(flat) for g, flat in grams.items()}
    widest = max((abs(w) for row in dense.values() for w in row), default=0)
    narrow = len(dense) * 2 * (1 << 15) < 1 << 32 and widest < 1 << 15
    assert (model.slot, model.offset) == ((32, 1 << 15) if narrow else (64, 1 << 40))
    assert dict(model.grams.items()) == dense
    assert set(model.grams.keys()) == set(grams)
    for g, row in dense.items():
        assert model.packed[g] == _packed_row(row, model.slot, model.offset)
    for index, label in enumerate(model.classes):
        pushing = {g: row[index] for g, row in dense.items() if g in model.telling}
        expected = {g: w for g, w in pushing.items() if w > 0}
        prediction = _ngram.Prediction(kinds=(), categories=(), found=set(grams), model=model)
        prediction.evidence(label)
        assert model.pushing[index] == expected


def _plain_group_end(pattern: str, i: int) -> int:
    """``_scan.group_end`` as it was first written: each group read element by element."""
    if pattern[i] == "[":
        i += 2 if pattern.startswith("[^", i) else 1
        i += pattern.startswith("]", i)
        while i < len(pattern) and pattern[i] != "]":
            i += 2 if pattern[i] == "\\" else 1
        return i + 1 if i < len(pattern) else -1
    if pattern[i] != "(":
        return i + (2 if pattern[i] == "\\" else 1)
    i += 1
    while 0 <= i < len(pattern) and pattern[i] != ")":
        i = _plain_group_end(pattern, i)
    return i + 1 if 0 <= i < len(pattern) else -1


@settings(max_examples=500, deadline=None)
@given(st.text("()[]^\\|a?:=!<\n", min_size=1, max_size=16))
def test_a_group_read_in_one_match_ends_where_the_plain_reading_ends(pattern: str) -> None:
    """R-CMP-01: the rule index reads each pattern's groups and classes as before."""
    for i in range(len(pattern)):
        assert _scan.group_end(pattern, i) == _plain_group_end(pattern, i)


def test_group_ends_of_classes_and_unclosed_groups() -> None:
    """R-CMP-01: a ``]`` first is in the class; an unclosed group or class ends nowhere."""
    assert _scan.group_end("[]a]b", 0) == 4
    assert _scan.group_end("[^]a]b", 0) == 5
    assert _scan.group_end("[^]", 0) == -1
    assert _scan.group_end("(a[)]b)c", 0) == 7
    assert _scan.group_end("(a(b)c)d", 0) == 7
    assert _scan.group_end("(a\\)", 0) == -1


def test_the_classify_command_does_not_import_the_calendars() -> None:
    """R-CMP-01: ``python -m custops classify`` starts without the ``holidays`` package."""
    code = (
        "import contextlib, io, sys\n"
        "from custops.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    status = main(['classify', '快递三天了还没到'])\n"
        "assert status == 0 and '投诉' in out.getvalue(), (status, out.getvalue())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('holidays', 'custops.calendars'))))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}  # this checkout's custops
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.strip() == "[]"
