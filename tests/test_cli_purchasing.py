"""``custops purchasing cost | mode`` (R-PUR-01, R-PUR-02)."""

from __future__ import annotations

import contextlib
import io
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.cli import main
from custops.i18n import stray_words

SPLIT = [
    "purchasing",
    "cost",
    "monthly",
    "10000",
    "--actual",
    "9000",
    "--party",
    "采购部门=2",
    "--party",
    "张三",
    "--party",
    "李四",
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_R_PUR_02_cost_split_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """R-PUR-02: savings under a monthly limit are shared by weight (2:1:1), to the fen."""
    status, out, err = run(SPLIT, capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "saved (R-PUR-02): monthly total limit 10,000.00, actual 9,000.00: 1,000.00 saved, "
        "1,000.00 shared by the purchasing side",
        "  the purchasing department (采购部门) gets 500.00",
        '  "张三" gets 250.00',
        '  "李四" gets 250.00',
    ]


def test_R_PUR_02_cost_split_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["--lang", "zh_CN", *SPLIT], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines == [
        "节支（R-PUR-02）：每月总费用限额 10,000.00 元，实际 9,000.00 元：节支 1,000.00 元，"
        "由采购方分配 1,000.00 元",
        "  采购部门分得 500.00",
        "  张三分得 250.00",
        "  李四分得 250.00",
    ]
    assert all(not stray_words(line, code="zh_CN") for line in lines)


def test_R_PUR_02_overspend_per_tonne(capsys: pytest.CaptureFixture[str]) -> None:
    """R-PUR-02: an overspend is borne by the purchasing side (default party 采购部门)."""
    argv = ["purchasing", "cost", "每吨", "35", "--actual", "4000", "--tonnes", "100"]
    status, out, _ = run(argv, capsys)
    assert status == 0
    assert out.splitlines() == [
        "overspent (R-PUR-02): limit 35/t × 100 t = 3,500.00, actual 4,000.00: 500.00 over, "
        "500.00 borne by the purchasing side",
        "  the purchasing department (采购部门) bears 500.00",
    ]


def test_R_PUR_02_task_not_completed_and_per_hundred(capsys: pytest.CaptureFixture[str]) -> None:
    """R-PUR-02: a monthly limit's savings are not shared when the task was not completed."""
    argv = ["purchasing", "cost", "monthly", "8000", "--actual", "7000", "--no-task-completed"]
    status, out, _ = run(argv, capsys)
    assert status == 0
    assert out.splitlines() == [
        "saved (R-PUR-02): monthly total limit 8,000.00, actual 7,000.00: 1,000.00 saved; "
        "not shared: the purchasing task was not completed",
        "  the company keeps 1,000.00",
    ]
    argv = ["purchasing", "cost", "每百元", "1.5", "--actual", "1320", "--goods-value", "100000"]
    status, out, _ = run([*argv, "--json"], capsys)
    data = json.loads(out)
    assert (data["basis"], data["limit_amount"], data["savings"], data["outcome"]) == (
        "per_hundred_yuan",
        "1500.00",
        "180.00",
        "saved",
    )
    assert data["savings_split"] == [{"name": "采购部门", "amount": "180.00"}]


def test_R_PUR_01_mode_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    """R-PUR-01: a large enterprise, scattered branches, different needs: decentralised."""
    argv = ["purchasing", "mode", "--large", "--branches-scattered", "--needs-differ"]
    status, out, _ = run(argv, capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "decentralised (R-PUR-01): each branch decides its own purchases"
    assert lines[1] == (
        "  criteria: a large enterprise, branches spread over different places, "
        "the branches' needs differ a lot"
    )
    assert "  advantage: motivates the branches" in lines
    assert "  drawback: purchasing funds are hard to manage centrally" in lines
    status, out, _ = run(["--lang", "zh_CN", *argv], capsys)
    lines = out.splitlines()
    assert lines[0] == "分散制（R-PUR-01）：各分部自行决定采购"
    assert "  缺点：采购资金难以集中管理" in lines
    assert all(not stray_words(line, code="zh_CN") for line in lines)


def test_R_PUR_01_mode_small_and_mixed(capsys: pytest.CaptureFixture[str]) -> None:
    """R-PUR-01: a small enterprise centralises; common costly goods make it mixed."""
    status, out, _ = run(
        ["purchasing", "mode", "--no-large", "--branches-scattered", "--needs-differ"], capsys
    )
    assert status == 0
    assert out.startswith("centralised (R-PUR-01): headquarters decides every purchase")
    argv = ["purchasing", "mode", "--large", "--branches-scattered", "--no-needs-differ"]
    status, out, _ = run([*argv, "--common-high-value", "--json"], capsys)
    assert status == 0
    data = json.loads(out)
    assert (data["outcome"], data["rule"], data["drawbacks"]) == ("mixed", "R-PUR-01", [])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["每斤", "35", "--actual", "1"], "BASIS: is not a known CostBasis"),
        (["每吨", "abc", "--actual", "1", "--tonnes", "1"], "AMOUNT: is not an amount of money"),
        (["每吨", "35", "--actual", "1"], "--tonnes: is required for a per-tonne limit"),
        (["每吨", "35", "--actual", "x", "--tonnes", "1"], "--actual: is not an amount of money"),
        (["每吨", "35", "--actual", "1.001", "--tonnes", "1"], "--actual: has a fraction of a fen"),
        (["每吨", "35", "--actual", "1", "--tonnes", "-1"], "--tonnes: must not be negative"),
        (
            ["每吨", "35", "--actual", "1", "--tonnes", "1", "--goods-value", "5"],
            "--goods-value: does not apply to a per-tonne limit",
        ),
        (["每百元", "1", "--actual", "1", "--goods-value", "-5"], "--goods-value: must not be"),
        (
            ["每百元", "1000000000000", "--actual", "1", "--goods-value", "9" * 20],
            f"--goods-value: at the amount 1000000000000 (per_hundred_yuan) gives a limit too "
            f"large to be an amount of money (got '{'9' * 20}')",
        ),
        (["monthly", "35", "--actual", "1", "--party", "a=x"], "--party['a']: is not a number"),
        (["monthly", "35", "--actual", "1", "--party", "a", "--party", "a"], "--party: names a"),
        (["monthly", "35", "--actual", "1", "--party", "=2"], "--party[0]: must look like"),
    ],
)
def test_cost_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(["purchasing", "cost", *argv], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("custops: error: ")
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["mode", "--large"],  # the library never guesses: all three criteria are required
        ["mode", "--large", "--branches-scattered", "--needs-differ", "--big"],
        ["cost", "monthly", "10"],  # --actual is required
    ],
)
def test_purchasing_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["purchasing", *argv])
    assert info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_purchasing_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["purchasing", "mode", "--help"])
    assert "--no-large" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "purchasing", "cost", "--help"])
    assert "采购费用承包制" in capsys.readouterr().out


@settings(max_examples=40, deadline=None)
@given(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.lists(st.integers(min_value=1, max_value=9), min_size=1, max_size=4),
)
def test_R_PUR_02_printed_shares_add_up(
    limit: Decimal, actual: Decimal, weights: list[int]
) -> None:
    """Property (R-PUR-02): the printed shares add up to the whole overspend or saving."""
    argv = ["purchasing", "cost", "monthly", f"{limit:.2f}", "--actual", f"{actual:.2f}"]
    for i, weight in enumerate(weights):
        argv += ["--party", f"p{i}={weight}"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--json"]) == 0
    data = json.loads(out.getvalue())
    shares = [Decimal(s["amount"]) for s in data["overspend_split"] + data["savings_split"]]
    assert sum(shares, Decimal(0)) == abs(limit - actual)
    assert data["rule"] == "R-PUR-02"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["per_tonne", "10", "--actual", "900", "--tonnes", "-1"],
            "--tonnes: must not be negative (got '-1')",
        ),
        (
            ["per_tonne", "-5", "--actual", "900", "--tonnes", "1"],
            "AMOUNT: must not be negative (got '-5')",
        ),
    ],
)
def test_a_negative_quantity_is_said_so(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A negative rate or quantity is refused as negative, not with the internal cap shown
    as an interval (``must lie in [0, 1000000000000]``)."""
    assert main(["--lang", "en_US", "purchasing", "cost", *argv]) == 2
    assert capsys.readouterr().err.strip() == f"custops: error: {said}"
