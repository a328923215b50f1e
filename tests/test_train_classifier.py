"""Tests of the learned layer's trainer, ``benchmarks/train_classifier.py`` (R-CMP-01, R-CMP-02).

The shipped weights must be reproducible from the repository: the trainer is
deterministic (fixed seed, fixed order), so training twice on the same texts gives the
same weights file byte for byte.  These tests train on a handful of plain sentences
written for them (no corpus, no cache in /tmp) and need numpy, a development dependency.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("numpy")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import train_classifier as trainer
from custops.complaints import _ngram, normalise

_TEXTS = [
    ("送餐太慢了，饭都凉了", "complaint", "sales_contract"),
    ("质量太差，用了一天就坏了", "complaint", "product_quality"),
    ("客服态度很差，不理人", "complaint", "service_quality"),
    ("味道很好，送得也快", "praise", "other"),
    ("服务热情，下次还来", "praise", "other"),
    ("请问什么时候发货？", "consultation", "sales_contract"),
    ("怎么申请退款？", "consultation", "sales_contract"),
    ("今天天气不错", "no_action", "other"),
    ("建议多放点辣椒", "suggestion", "proposal_criticism"),
]


def _rows() -> list[dict[str, Any]]:
    return [
        {"id": f"t{i}", "text": text, "kind": kind, "categories": [category], "split": "dev"}
        for i, (text, kind, category) in enumerate(_TEXTS * 3)
    ]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """The trainer with empty vocabularies and features computed in memory (no /tmp cache)."""
    monkeypatch.setattr(trainer, "_INDEX", {})
    monkeypatch.setattr(trainer, "_VOCAB", [])
    monkeypatch.setattr(trainer, "_ARRAYS", {})
    monkeypatch.setattr(
        trainer,
        "featurise",
        lambda rows: [frozenset(_ngram.features(normalise(r["text"])[0])) for r in rows],
    )


def _trained(**settings: Any) -> str:
    trainer._INDEX.clear()
    trainer._VOCAB.clear()
    trainer._ARRAYS.clear()
    content = trainer.build(_rows(), min_weight=1, min_df=1, **settings)
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.usefixtures("fresh")
def test_training_twice_gives_the_same_weights_file_R_CMP_01() -> None:
    """R-CMP-01: the trainer is deterministic, so the shipped weights are reproducible."""
    first, second = _trained(), _trained()
    assert first == second
    content = json.loads(first)
    assert content["kinds"] == trainer.KINDS
    assert content["grams"], "the tiny model keeps some n-grams"
    assert all(isinstance(w, int) for row in content["grams"].values() for w in row)


@pytest.mark.usefixtures("fresh")
def test_trained_weights_read_the_training_texts_R_CMP_01(monkeypatch: pytest.MonkeyPatch) -> None:
    """R-CMP-01: a model trained on a few texts reads them back as their own kinds."""
    monkeypatch.setattr(_ngram, "_loaded", [_ngram.model_from(json.loads(_trained()))])
    wrong = [
        text
        for text, kind, _ in _TEXTS
        if max(_ngram.predict(normalise(text)[0]).kinds, key=lambda kp: kp[1])[0].value != kind
    ]
    assert not wrong


@pytest.mark.usefixtures("fresh")
def test_a_model_trained_with_the_tail_reads_the_words_after_a_contrast_R_CMP_01(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R-CMP-01 (a mixed text's verdict after the turn): with ``--tail`` the tagged n-grams
    after the last contrast word are features, and a model that has them looks for them."""

    def with_tail(rows: list[dict[str, Any]]) -> list[frozenset[str]]:
        texts = [normalise(r["text"])[0] for r in rows]
        return [frozenset(_ngram.features(t) | _ngram.tail_features(t)) for t in texts]

    monkeypatch.setattr(trainer, "featurise", with_tail)
    rows = _rows() + [
        {
            "id": f"x{i}",
            "text": "东西不错，但是送餐太慢",
            "kind": "complaint",
            "categories": ["sales_contract"],
            "split": "dev",
        }
        for i in range(3)
    ]
    content = trainer.build(rows, min_weight=1, min_df=1)
    model = _ngram.model_from(json.loads(json.dumps(content, ensure_ascii=False)))
    assert model.tails
    assert not _ngram.model_from(
        {
            **content,
            "grams": {g: w for g, w in content["grams"].items() if not g.startswith(_ngram.TAIL)},
        }
    ).tails
    monkeypatch.setattr(_ngram, "_loaded", [model])
    found = _ngram.predict(normalise("味道很好，但是送餐太慢")[0]).found
    assert _ngram.TAIL + "太慢" in found


@pytest.mark.usefixtures("fresh")
def test_kind_only_sources_train_the_kind_model_and_not_the_category_model_R_CMP_02() -> None:
    """R-CMP-02 (the category of a complaint): texts of a ``kind_only_sources`` repository
    teach the kind model and leave the category model as if they were absent."""
    extra = [
        {
            "id": f"s{i}",
            "text": "话费乱扣，套餐没办就收钱",
            "kind": "complaint",
            "categories": ["service_quality"],
            "split": "dev",
            "source": {"repo": "example/helpdesk"},
        }
        for i in range(3)
    ]

    def trained(rows: list[dict[str, Any]], **settings: Any) -> dict[str, Any]:
        trainer._INDEX.clear()
        trainer._VOCAB.clear()
        trainer._ARRAYS.clear()
        content: dict[str, Any] = trainer.build(rows, min_weight=1, min_df=1, **settings)
        return content

    def category_part(content: dict[str, Any]) -> dict[str, list[int]]:
        n = len(trainer.KINDS)
        out = {}
        for gram, row in content["grams"].items():
            pairs = [(c, w) for c, w in zip(row[::2], row[1::2], strict=True) if c >= n]
            if pairs:
                out[gram] = [x for pair in pairs for x in pair]
        return out

    without = trained(_rows())
    kind_only = trained(_rows() + extra, kind_only_sources="example/helpdesk")
    both = trained(_rows() + extra)
    n = len(trainer.KINDS)
    assert category_part(kind_only) == category_part(without)
    assert kind_only["bias"][n:] == without["bias"][n:]
    assert category_part(both) != category_part(without)
    assert kind_only["grams"] != without["grams"], "the kind model learns from them"


def test_source_balance_weighs_each_source_alike_R_CMP_01() -> None:
    """R-CMP-01 (generalising to new sources): ``source_balance`` 1 gives every source the
    same total weight, 0.5 narrows the gap, 0 leaves every text at 1; the total is kept."""
    rows = [{"id": f"big-{i}"} for i in range(9)] + [{"id": "small-1"}]
    assert trainer._balanced(rows, 0.0) == {"big": 1.0, "small": 1.0}
    even = trainer._balanced(rows, 1.0)
    assert even["big"] * 9 == pytest.approx(even["small"] * 1)
    half = trainer._balanced(rows, 0.5)
    assert even["small"] > half["small"] > 1.0 > half["big"] > even["big"]
    assert trainer._source({"id": "stc3-38-t2"}) == "stc3"


@settings(max_examples=50)
@given(
    st.dictionaries(
        st.sampled_from(["os", "htl", "wm", "ccf", "ecd", "dp"]),
        st.integers(1, 40),
        min_size=1,
    ),
    st.sampled_from([0.0, 0.25, 0.5, 1.0]),
)
def test_source_balance_keeps_the_total_weight_R_CMP_01(
    sizes: dict[str, int], power: float
) -> None:
    """R-CMP-01: balancing moves weight between sources, never adds or removes any, and
    never ranks a larger source's texts above a smaller one's."""
    rows = [{"id": f"{source}-{i}"} for source, n in sizes.items() for i in range(n)]
    weight = trainer._balanced(rows, power)
    assert sum(weight[trainer._source(r)] for r in rows) == pytest.approx(len(rows))
    for a in sizes:
        for b in sizes:
            if sizes[a] < sizes[b]:
                assert weight[a] >= weight[b]
