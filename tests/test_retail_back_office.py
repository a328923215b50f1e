"""A retail back office's questions: the wording of its answers (R-MEM-04, R-MEM-03,
R-PUR-01, R-PUR-02, R-SVC-02, R-SVC-03, R-MOV-02)."""

from __future__ import annotations

import pytest

from custops.cli import main
from custops.decisions import Decision
from custops.errors import Refused
from custops.exchange import ReportDecision, litigation_reportable
from custops.i18n import language
from custops.moveout import Charge, settle
from custops.purchasing import CostLimit, cost_contract, purchasing_mode
from custops.service import cash_announcement, franchise_return_allowance


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
    with language(code):
        r = purchasing_mode(large=True, branches_scattered=True, needs_differ=False)
    assert r.outcome.value == "mixed"
    assert wording in r.reason
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
