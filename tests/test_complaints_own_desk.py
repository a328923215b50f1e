"""Each desk by its own company's rules (R-CMP-06, R-CMP-09, R-CMP-11, R-CMP-12, R-CMP-13).

The seed's complaint desks are four companies: the car dealer (D1), the quality-system desk
(D5), the winery (D10) and the tobacco company (D14).  A case is assessed, refused and
explained by its own desk's rules, and never cites another company's document: D1 第六条
fines the dealer's people by the loss, D5 第七条 fines a case once, D10 七 deducts a point
per complaint, and D14 四(三) leaves its staff to the unit's own rules.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Case,
    CaseAction,
    CasePolicy,
    Complaint,
    Party,
    PenaltyPolicy,
    PenaltyScheme,
    ResponsibilityPolicy,
    Role,
    assess_penalty,
)
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.money import ZERO
from custops.sla import SelectionRule, SlaPolicy, Target

SH = ZoneInfo("Asia/Shanghai")
A = CaseAction
ADVISER, CRM, GM, QM, DM = "客户关系顾问", "客户关系经理", "总经理", "质量负责人", "部门经理"
#: Each preset's own document, the one its refusals and reasons may cite.
OWN = {"dealer": "D1", "quality": "D5", "winery": "D10", "tobacco": "D14"}
CITATION = re.compile(r"\bD\d+\b")

D1_6 = (
    "1、依照投诉所造成的损失大小对具体责任者和部门主管进行责任处罚。"
    "2、对不及时处理投诉造成延误的投诉受理人进行责任处罚。"
)
D5_7 = "凡发生客户投诉案件,经职责归属处200~1500元/次罚款。"
D10_7 = "客户投诉考核按投诉一次扣一分,以此类推。"
D14_4_3 = "属于一般工作失误、服务欠缺的,按所在单位有关规章制度和考核规定对当事人进行处理"


def T(month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, minute, tzinfo=SH)


def complaint(content: str = "酒有怪味，口感不对", **kw: Any) -> Complaint:
    fields: dict[str, Any] = {"channel": "电话", "complainant": "王先生", "claimed_loss": "0"}
    fields.update(kw)
    return Complaint(received_at=T(10, 13, 9), content=content, **fields)


def settled(policy: CasePolicy | str) -> Case:
    """A general complaint handled on time, the customer satisfied, no loss: classified,
    assigned, proposed, approved by every required approver, told, surveyed, closed."""
    case = Case.open(complaint(), ADVISER, policy=policy).classify(
        T(10, 13, 9, 30),
        CRM,
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    case = case.reply(T(10, 13, 9, 40), ADVISER).assign(T(10, 13, 10), CRM, "质量部")
    case = case.agree(T(10, 13, 10, 30), DM).propose(T(10, 13, 11), QM, solution="换货")
    required = case.policy.required_approvals or {Role.GENERAL_MANAGER}
    for role in (r for r in Role if r in required):
        case = case.approve(T(10, 13, 12), role)
    case = case.notify(T(10, 13, 13), ADVISER)
    case = case.survey(T(10, 13, 14), ADVISER, satisfied=True)
    return case.close(T(10, 13, 15), CRM, result="换货，客户满意")


# ----------------------------------------------------------------- the penalty of each desk


def test_each_desk_is_assessed_by_its_own_rule_R_CMP_11_R_CMP_12_R_CMP_13() -> None:
    """A general complaint handled on time, the customer satisfied, no loss, on each desk:
    D1 第六条 penalises by the loss and the delay (none: nothing), D5 第七条 fines every
    case once (200), D10 七 deducts a point and fines nothing, D14 sets nothing to assess."""
    assert "依照投诉所造成的损失大小" in D1_6
    assert "200~1500元/次" in D5_7
    assert "投诉一次扣一分" in D10_7
    assert "按所在单位有关规章制度和考核规定" in D14_4_3
    at = T(10, 13, 16)
    dealer = settled("dealer").penalty(at=at)
    assert (dealer.total, dealer.points, dealer.lines, dealer.rule) == (ZERO, 0, (), "R-CMP-13")
    assert dealer.delayed == ()
    assert dealer.reason == (
        "no penalty: the complaint caused no loss and nothing was delayed (D1 art. 6)"
    )
    quality = settled("quality").penalty(at=at)
    assert (quality.total, quality.points, quality.rule) == (Decimal("200.00"), 0, "R-CMP-11")
    assert [line.party for line in quality.lines] == [Party.RESPONSIBLE_PERSON]
    assert "once for the case (D5 art. 7)" in quality.reason
    winery = settled("winery").penalty(at=at)
    assert (winery.total, winery.points, winery.lines, winery.rule) == (ZERO, 1, (), "R-CMP-12")
    assert (
        winery.reason
        == "1 complaint × 1 point = 1 point deducted (D10 art. 7); no fine: D10 sets none"
    )
    assert str(winery) == f"1 point deducted (R-CMP-12): {winery.reason}"
    with pytest.raises(PolicyError) as refused:
        settled("tobacco").penalty(at=at)
    assert (refused.value.argument, refused.value.value) == ("policy", "tobacco")
    assert "the tobacco desk (D14) sets no fine and no score" in str(refused.value)
    assert "D14 四(三), R-CMP-09" in str(refused.value)
    for assessed in (dealer, quality, winery):
        for code in ("en_US", "zh_CN"):
            with language(code):
                text = assessed.explain()
            assert set(CITATION.findall(text)) <= {OWN[desk] for desk in OWN}
    assert "D1" not in CITATION.findall(quality.explain() + winery.explain())
    assert CITATION.findall(str(refused.value)) == ["D14", "D14"]


def test_the_winery_is_not_fined_under_the_dealers_rule_R_CMP_12() -> None:
    """The report: a winery case (a general complaint, handled on time, the customer
    satisfied, no loss) was fined 400 yuan by D1 第六条; the winery's own rule is D10 七."""
    assessed = settled("winery").penalty(at=T(10, 13, 16))
    assert not assessed.reason.startswith("loss 0.00 yuan ≥ 0.00 yuan band")
    assert (assessed.total, assessed.points) == (ZERO, 1)
    assert CITATION.findall(assessed.explain()) == ["D10", "D10"]
    with language("zh_CN"):
        assert str(settled("winery").penalty(at=T(10, 13, 16))) == (
            "扣 1 分（R-CMP-12）：投诉 1 次 × 每次 1 分，共扣 1 分（D10 七）；"
            "不罚款：D10 未规定罚款"
        )
    # the points per complaint are the policy's (R-CMP-12)
    two = ResponsibilityPolicy(penalty_policy=PenaltyPolicy(points_per_complaint=2))
    assert settled("winery").penalty(at=T(10, 13, 16), policy=two).points == 2


def test_a_complaint_of_no_loss_handled_on_time_is_not_fined_under_d1_R_CMP_13() -> None:
    """D1 第六条 1 penalises 依照投诉所造成的损失大小: a complaint that caused no loss has no
    size of loss to penalise by, and 第六条 2 only the delay; ``fine_without_loss`` is the
    other reading (every complaint fined by the first band), reachable as a policy field."""
    case = settled("dealer")
    at = T(10, 13, 16)
    assert case.penalty(at=at).total == 0
    with_loss = case.penalty(at=at, loss="760")
    assert [line.party for line in with_loss.lines] == [
        Party.RESPONSIBLE_PERSON,
        Party.DEPARTMENT_HEAD,
    ]
    assert with_loss.total == Decimal("400.00")
    every = ResponsibilityPolicy(fine_without_loss=True)
    assert case.penalty(at=at, policy=every).total == Decimal("400.00")
    no_loss = assess_penalty("0", delayed=["resolve"])
    assert [line.party for line in no_loss.lines] == [Party.HANDLER]  # the delay still is
    assert no_loss.reason.startswith(
        "no loss penalty: the complaint caused no loss (D1 art. 6 ¶1 penalises by the size"
    )
    with pytest.raises(InvalidType, match=r"^fine_without_loss: must be a bool"):
        ResponsibilityPolicy(fine_without_loss="no")  # type: ignore[arg-type]


def test_d5_fines_every_case_once_R_CMP_11() -> None:
    """D5 第七条: 凡发生客户投诉案件,经职责归属处200~1500元/次罚款 — one fine per case, once
    responsibility is assigned, whatever the loss; delays are named, not fined apart."""
    fined = assess_penalty("0", scheme="per_case")
    assert [(line.party, line.amount, line.rule) for line in fined.lines] == [
        (Party.RESPONSIBLE_PERSON, Decimal("200.00"), "R-CMP-11")
    ]
    late = assess_penalty("25000", scheme="per_case", delayed=["resolve"], approval_delayed=True)
    assert late.total == Decimal("1500.00")
    assert len(late.lines) == 1
    assert late.reason.endswith(
        "delayed (resolve), the slow approval: not fined apart, D5 art. 7 fining the case once"
    )
    unassigned = assess_penalty("800", scheme="per_case", responsibility_assigned=False)
    assert unassigned.lines == ()
    assert unassigned.reason == "no fine: D5 art. 7 fines a case once responsibility is assigned"


@settings(max_examples=60)
@given(
    loss=st.integers(0, 10**6),
    late=st.lists(st.sampled_from(["reply", "resolve", "report"]), max_size=3),
    slow=st.booleans(),
    assigned=st.booleans(),
)
def test_property_each_scheme_keeps_to_its_rule_R_CMP_11_R_CMP_12_R_CMP_13(
    loss: int, late: list[str], slow: bool, assigned: bool
) -> None:
    """Whatever the loss and the delays: D5's case is fined once, 200~1500 yuan, when
    responsibility is assigned and never otherwise; D10's costs its points and no money;
    under D1's reading a complaint of no loss handled on time is fined nothing."""
    kw: dict[str, Any] = {
        "delayed": late,
        "approval_delayed": slow,
        "responsibility_assigned": assigned,
    }
    per_case = assess_penalty(loss, scheme="per_case", **kw)
    assert len(per_case.lines) == int(assigned)
    assert all(Decimal(200) <= line.amount <= Decimal(1500) for line in per_case.lines)
    score = assess_penalty(loss, scheme=PenaltyScheme.SCORE, **kw)
    assert (score.lines, score.total, score.points) == ((), ZERO, 1)
    each = assess_penalty(loss, **kw)
    if loss == 0 and not late and not slow:
        assert each.lines == ()
    if loss and assigned:
        assert each.for_party(Party.RESPONSIBLE_PERSON) >= 200


def test_a_desk_names_its_scheme_R_CMP_09() -> None:
    """The default is the desk's company's rule (D14 and a desk of the caller's own: none);
    a desk may name another, and an unknown scheme is refused naming the field."""
    assert [CasePolicy(sla_policy=d).penalty_scheme.value for d in OWN] == [
        "each_person",
        "per_case",
        "score",
        "unit_rules",
    ]
    assert [s.rule for s in PenaltyScheme] == ["R-CMP-13", "R-CMP-11", "R-CMP-12", "R-CMP-09"]
    named = CasePolicy(sla_policy="tobacco", penalty_scheme="按次罚款")
    assert named.penalty_scheme is PenaltyScheme.PER_CASE
    assert settled(named).penalty(at=T(10, 13, 16)).total == Decimal("200.00")
    with pytest.raises(InvalidInput, match=r"^penalty_scheme: is not a known PenaltyScheme"):
        CasePolicy(sla_policy="tobacco", penalty_scheme="罚站")
    mine = SlaPolicy(
        "front_desk",
        (Target("resolve", "3个工作日"),),
        (SelectionRule("all", ("resolve",)),),
    )
    own = CasePolicy(sla_policy=mine)
    assert own.penalty_scheme is PenaltyScheme.UNIT_RULES
    case = Case.open(complaint(), ADVISER, policy=own)
    with pytest.raises(PolicyError, match=r"^policy: the desk 'front_desk' sets no fine") as info:
        case.penalty(at=T(10, 13, 16))
    assert CITATION.findall(str(info.value)) == []
    chosen = Case(case.complaint, case.events, policy=attrs.evolve(own, penalty_scheme="score"))
    assert chosen.penalty(at=T(10, 13, 16)).points == 1
    with pytest.raises(InvalidInput, match=r"^scheme: sets no fine and no score to assess"):
        assess_penalty("0", scheme="unit_rules")
