"""classify_many's routing columns: ``matched``, ``quiet`` and ``signals`` (R-CMP-01, R-CMP-07).

A batch routes a row no rule read (``quiet``) to a person and a row with a severity hint to
the major flow; the columns give exactly what :func:`classify` gives for each text, in every
container, and the command line's ``--json`` rows carry them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.cli import main
from custops.complaints import classify, classify_many

TEXTS = ["已经找了记者，还要告到12315", "嗯", "菜里有头发，吃完拉肚子", "", "上回那个事"]


def test_R_CMP_07_the_routing_columns_are_classify_s() -> None:
    """R-CMP-01, R-CMP-07: each row's matched, quiet and signal keys are classify's."""
    columns = classify_many(TEXTS)
    for i, text in enumerate(TEXTS):
        one = classify(text)
        assert columns["matched"][i] is one.matched
        assert columns["quiet"][i] is one.quiet
        assert columns["signals"][i] == tuple(sorted(s.value for s in one.signals))
    assert columns["signals"][0] == ("media", "regulator")
    assert columns["signals"][2] == ("safety",)
    assert columns["quiet"][4] is True  # a short text no rule reads: a person reads it


def test_a_numpy_column_keeps_one_tuple_of_signals_a_row() -> None:
    """From a numpy array: bools for matched and quiet, one object a row for signals (a
    tuple of keys is not spread into a second axis)."""
    np = pytest.importorskip("numpy")
    columns = classify_many(np.array(TEXTS, dtype=object))
    assert columns["matched"].dtype == bool
    assert columns["quiet"].dtype == bool
    assert columns["signals"].shape == (len(TEXTS),)
    assert columns["signals"][0] == ("media", "regulator")


def test_R_CMP_07_the_command_line_json_rows_carry_the_routing_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-CMP-07: `custops classify --file … --json` rows carry quiet, matched and signals."""
    path = tmp_path / "texts.txt"
    path.write_text("\n".join(TEXTS[:3]) + "\n", encoding="utf-8")
    assert main(["classify", "--file", str(path), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["signals"] for r in rows] == [["media", "regulator"], [], ["safety"]]
    assert [r["quiet"] for r in rows] == [False, False, False]
    assert [r["matched"] for r in rows] == [True, True, True]


_PIECES = st.sampled_from(
    ["菜里有头发", "要投诉到12315", "谢谢", "嗯", "曝光你们", "请问几点开门", "，"]
)


@given(st.lists(st.lists(_PIECES, max_size=4).map("".join), min_size=1, max_size=6))
@settings(max_examples=60, deadline=None)
def test_R_CMP_01_the_routing_columns_match_classify_for_any_texts(texts: list[str]) -> None:
    """R-CMP-01 property: for any texts, the three columns equal classify's per text."""
    columns = classify_many(texts)
    expected = [classify(t) for t in texts]
    assert columns["matched"] == [r.matched for r in expected]
    assert columns["quiet"] == [r.quiet for r in expected]
    assert columns["signals"] == [tuple(sorted(s.value for s in r.signals)) for r in expected]
