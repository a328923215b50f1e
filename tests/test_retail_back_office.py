"""A retail back office's questions: the wording of its answers (R-MEM-04, R-MEM-03,
R-PUR-01, R-PUR-02, R-SVC-02, R-SVC-03, R-MOV-02)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from custops.cli import main
from custops.decisions import Decision
from custops.errors import InvalidInput, InvalidType, Refused
from custops.exchange import ReportDecision, litigation_reportable
from custops.i18n import language
from custops.moveout import Charge, settle
from custops.purchasing import CostLimit, cost_contract, purchasing_mode
from custops.service import (
    StoreReturnOutcome,
    cash_announcement,
    franchise_return_allowance,
    wholesale_return_decision,
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_R_MEM_04_litigation_reportable_reads_as_an_obligation() -> None:
    """R-MEM-04 (D8 第十条(七)): a report is due or not; the line never reads 允许/拒绝."""
    below, at = litigation_reportable("49999.99"), litigation_reportable("50,000.00")
    assert isinstance(below, ReportDecision)
    assert isinstance(below, Decision)
    assert (bool(below), bool(at), below.allowed, at.allowed) == (False, True, False, True)
    assert (below.rule, at.rule) == ("R-MEM-04", "R-MEM-04")
    with language("zh_CN"):
        zh_below, zh_at = litigation_reportable("49999.99"), litigation_reportable(50000)
        assert str(zh_below).startswith("无须报告（R-MEM-04）：诉讼或纠纷金额 49,999.99 元")
        assert str(zh_at).startswith("须报告（R-MEM-04）：诉讼或纠纷金额 50,000.00 元")
        assert "允许" not in str(zh_at)
        assert "拒绝" not in str(zh_below)
    with language("en_US"):
        assert str(below).startswith("need not report (R-MEM-04): ")
        assert at.explain().startswith("must report (R-MEM-04): ")
    assert at.require() is at
    with pytest.raises(Refused) as caught:
        below.require()
    assert caught.value.rule == "R-MEM-04"


def test_R_MEM_03_cli_error_names_the_options_as_typed(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-03: the impossible 'not registered but passed' names --passed and --registered,
    never the library's passed=True / registered=True."""
    argv = ["exchange", "inspection", "--on", "2026-09-01", "--no-registered", "--passed"]
    status, out, err = run(argv, capsys)
    assert (status, out) == (2, "")
    assert "--no-registered:" in err
    assert "(--passed)" in err
    assert "give --registered" in err
    assert "=True" not in err
    assert "=False" not in err


@pytest.mark.parametrize(
    ("code", "wording"),
    [("zh_CN", "规模小或分布集中"), ("en_US", "small or concentrated")],
)
def test_R_PUR_01_mixed_reason_says_the_centralised_criteria_are_alternatives(
    code: str, wording: str
) -> None:
    """R-PUR-01 (D15 1(1): 小企业或分厂较集中): either criterion gives 集中制, so the reason of
    a large, scattered enterprise whose needs are alike says 'or', not 'and'."""
    with language(code):  # the reason is worded when read: read in the language asked
        r = purchasing_mode(large=True, branches_scattered=True, needs_differ=False)
        assert wording in r.reason
    assert r.outcome.value == "mixed"
    assert purchasing_mode(
        large=True, branches_scattered=False, needs_differ=False
    ).outcome.value == ("centralised")


def test_amounts_in_reasons_are_grouped_in_every_module() -> None:
    """R-PUR-02, R-SVC-02, R-SVC-03, R-MOV-02: amounts in reasons are laid out as the exchange
    module's are (thousands grouped, two places), as a till prints them."""
    with language("zh_CN"):
        c = cost_contract(CostLimit("每百元", "1.5"), actual="1500", goods_value="100000")
        assert "商品 100,000.00 元" in c.reason
        assert "1,500.00 元" in c.reason
        a = franchise_return_allowance(
            purchased_amount="50000", ratio="0.08", requested_amount="1500"
        )
        assert "进货 50,000.00 元 = 4,000.00 元" in a.reason
        s = settle(deposits=[Charge("押金", "56000")])
        assert "押金 56,000.00 元" in s.reason
        assert "退还 56,000.00 元" in s.reason
    with language("en_US"):
        cash = cash_announcement(amount_received="10000", amount_due="8765.5")
        assert cash.reason.startswith("10,000.00 received for 8,765.50 due: 1,234.50 change")


@pytest.mark.parametrize(
    ("ratio", "allowance"),
    [
        ("0.08", "4000.00"),
        ("8%", "4000.00"),
        ("8 ％", "4000.00"),
        ("1/3", "16666.67"),
        (Decimal("0.08"), "4000.00"),
        (Fraction(1, 3), "16666.67"),
        (1, "50000.00"),
    ],
)
def test_R_SVC_03_franchise_ratio_is_read_as_every_ratio(ratio: object, allowance: str) -> None:
    """R-SVC-03 (D13 第十一章 2): a contract's 退换货比例 is read as required_count's shares are:
    a decimal, a percentage or a fraction; the allowance is rounded half up to the fen."""
    a = franchise_return_allowance(purchased_amount="50000", ratio=ratio, requested_amount="1")  # type: ignore[arg-type]
    assert a.allowance_amount == Decimal(allowance)
    assert a.rule == "R-SVC-03"


def test_R_SVC_03_franchise_ratio_refusals_say_the_forms() -> None:
    """R-SVC-03: a ratio in no form says the forms read; a float is refused (inexact)."""
    with pytest.raises(InvalidInput, match=r"^ratio: is not a number: .*0\.08.*8%.*1/3"):
        franchise_return_allowance(purchased_amount="100", ratio="八成", requested_amount="1")
    with pytest.raises(InvalidType, match=r"^ratio: "):
        franchise_return_allowance(purchased_amount="100", ratio=0.08, requested_amount="1")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^ratio: must lie in \[0, 1\]"):
        franchise_return_allowance(purchased_amount="100", ratio="120%", requested_amount="1")
    with language("zh_CN"):  # the reason is worded when read: read in Chinese
        a = franchise_return_allowance(purchased_amount="30000", ratio="1/3", requested_amount="1")
        assert a.reason.startswith("合同退换货比例 1/3 × 进货 30,000.00 元 = 10,000.00 元")


def test_R_PUR_02_task_completed_applies_to_the_monthly_limit_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-PUR-02 (D15 2(2)): the task conditions the monthly limit only; beside a per-tonne or
    per-100-yuan limit task_completed=False is refused naming it, as tonnes is beside a
    per-100-yuan limit; the command line names --no-task-completed."""
    with pytest.raises(InvalidInput, match=r"^task_completed: does not apply to a per-tonne"):
        cost_contract(CostLimit("每吨", "35"), actual="3400", tonnes="100", task_completed=False)
    with pytest.raises(InvalidInput, match=r"^task_completed: does not apply to a per-100-yuan"):
        cost_contract(
            CostLimit("每百元", "1.5"), actual="1", goods_value="100", task_completed=False
        )
    with pytest.raises(InvalidInput, match=r"^tonnes: does not apply to a per-100-yuan"):
        cost_contract(CostLimit("每百元", "1.5"), actual="1", goods_value="100", tonnes="3")
    monthly = cost_contract(CostLimit("monthly", "8000"), actual="7000", task_completed=False)
    assert monthly.shared == 0
    argv = ["purchasing", "cost", "每吨", "35", "--actual", "3400", "--tonnes", "100"]
    status, out, err = run([*argv, "--no-task-completed"], capsys)
    assert (status, out) == (2, "")
    assert "--no-task-completed: does not apply to a per-tonne limit" in err


def test_R_SVC_03_later_step_facts_are_accepted_and_said_unused() -> None:
    """R-SVC-03: quality_confirmed and in_stock, facts of later steps, are accepted; where the
    answer did not depend on them the reason says so, and where it did it says nothing."""
    with language("en_US"):
        mismatch = wholesale_return_decision(
            "mismatch", self_collected=False, remote=True, quality_confirmed=True, in_stock=False
        )
        assert mismatch.outcome is StoreReturnOutcome.EXCHANGE
        assert "quality_confirmed not used" in mismatch.reason
        assert "in_stock not used" in mismatch.reason
        inspect = wholesale_return_decision(
            "quality", self_collected=False, remote=True, in_stock=False
        )
        assert inspect.outcome is StoreReturnOutcome.INSPECT
        assert "in_stock not used" in inspect.reason
        assert "quality_confirmed" not in inspect.reason
        refund = wholesale_return_decision(
            "quality", self_collected=False, remote=True, quality_confirmed=True, in_stock=False
        )
        assert refund.outcome is StoreReturnOutcome.REFUND
        assert "not used" not in refund.reason
        collected = wholesale_return_decision(
            "quality", self_collected=True, remote=False, quality_confirmed=True
        )
        assert collected.outcome is StoreReturnOutcome.REFUSED
        assert "quality_confirmed not used" in collected.reason
    with language("zh_CN"):
        said = wholesale_return_decision(
            "mismatch", self_collected=False, remote=True, in_stock=False
        ).reason
    assert said.endswith("（未使用“是否有货”：库存只对已确认的质量问题有意义）")


def test_R_SVC_03_a_return_decision_is_tested_by_its_outcome() -> None:
    """R-SVC-03: a StoreReturnDecision has three or more outcomes: no truth value."""
    d = wholesale_return_decision("mismatch", self_collected=False, remote=True)
    assert d.outcome is StoreReturnOutcome.EXCHANGE
    with pytest.raises(InvalidType, match=r"test result\.outcome"):
        bool(d)


@pytest.mark.parametrize(
    ("argv", "day"),
    [
        (["exchange", "change-due", "2025-09-26"], "2025-10-16"),
        (["exchange", "change-due", "2025-09-26", "--explain"], "2025-10-16"),
        (["archive", "due", "2025-09-30"], None),
        (["vip", "report-due", "--on", "2025-12-15"], "2026-01-04"),
    ],
)
def test_R_MEM_04_every_day_answering_command_takes_brief(
    argv: list[str], day: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    """R-MEM-04, R-SLA-14, R-VIP-11: --brief, a display option of docs/cli.md, is taken by
    every command whose answer is a day, and prints that day alone."""
    status, out, err = run([*argv, "--brief"], capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 1
    if day is not None:
        assert lines[0] == day
