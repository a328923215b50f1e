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
from collections.abc import Iterator
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
    Flow,
    Kind,
    Party,
    PenaltyPolicy,
    PenaltyScheme,
    ResponsibilityPolicy,
    Role,
    assess_penalty,
    classify,
)
from custops.errors import CustopsError, IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.money import ZERO
from custops.sla import SelectionRule, SlaPolicy, Target, presets

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
    assert "D14 art. 4(3), R-CMP-09" in str(refused.value)
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


# ------------------------------------------------------ refusals and reasons of each desk


def test_a_role_refusal_cites_the_desks_own_roles_R_CMP_06() -> None:
    """The report: a winery case's refusal of a classification by the adviser cited the
    dealer's D1 第三条.  The dealer's desk cites it (in English under en_US: D1 art. 3); the
    winery's, whose document names departments, not these roles, says they are the
    library's default roles."""
    for desk, cited in [
        ("dealer", "(R-CMP-06, R-CMP-05, D1 art. 3)"),
        (
            "winery",
            "(R-CMP-06, R-CMP-05, the library's default roles on the winery desk (D10); "
            "CasePolicy.roles sets them)",
        ),
    ]:
        case = Case.open(complaint(), ADVISER, policy=desk)
        with pytest.raises(IllegalTransition) as refused:
            case.classify(
                T(10, 13, 10),
                ADVISER,
                kind="投诉",
                category="产品质量",
                grounds_sufficient=True,
                demand_reasonable=True,
            )
        assert str(refused.value).endswith(f"only customer relations manager may {cited}")
    quality = CasePolicy(sla_policy="quality")
    assert [quality.roles_source(a) for a in ("approve", "survey", "classify")] == [
        "D5 flow article ¶5",
        "D5 art. 6 ¶3",
        "the library's default roles on the quality desk (D5); CasePolicy.roles sets them",
    ]
    with language("zh_CN"):  # the seed's own numbering, for a reader of the seed
        assert [quality.roles_source(a) for a in ("approve", "survey")] == [
            "D5 第条 5",
            "D5 第六条 3",
        ]
        assert CasePolicy(sla_policy="dealer").roles_source("classify") == "D1 第三条"
    # an escalation's refusal cites the desk's rule: D13's 报告 off the dealer's desk
    for desk, rule in [("dealer", "R-CMP-07"), ("winery", "R-CMP-15")]:
        major = Case.open(complaint(TEXTS[1]), ADVISER, policy=desk).classify(
            T(10, 13, 10), CRM, kind="投诉", category="产品质量"
        )
        with pytest.raises(InvalidInput, match=r"^told: an escalation tells") as told:
            major.escalate(T(10, 13, 11), CRM, told="销售经理")
        assert f"({rule}, CasePolicy.escalate_to)" in str(told.value)
    own = CasePolicy(sla_policy="winery", approvers={"质量负责人"})
    assert own.roles_source("approve") == "CasePolicy.approvers"
    assert CasePolicy(sla_policy="dealer", roles={"close": CRM}).roles_source("close") == (
        "CasePolicy.roles"
    )


def _take(case: Case, action: CaseAction, role: Role, at: dt.datetime) -> Case:
    """``case`` with ``action`` taken by ``role`` at ``at``, with the data the step needs."""
    if action is A.CLASSIFY:
        return case.classify(at, role, grounds_sufficient=True, demand_reasonable=True)
    if action is A.ASSIGN:
        return case.assign(at, role, "质量部")
    if action is A.PROPOSE:
        return case.propose(at, role, solution="换货")
    if action is A.SURVEY:
        return case.survey(at, role, satisfied=True)
    if action is A.PROMISE:
        return case.promise(at, role, "1个工作日")
    if action is A.CLOSE:
        return case.close(at, role, result="已处理")
    if action is A.COMMEND:
        return case.commend(at, role)
    if action is A.ESCALATE:
        return case.escalate(at, role)
    return case.record(at, action, role)


#: The steps a walk takes when it can, the flow's own first (the rest change no stage).
_ASIDE = (A.REPLY, A.AGREE, A.EXTEND, A.ESCALATE)

#: A complaint's validity judged (R-CMP-05): given to a complaint only
VALID: dict[str, Any] = {"grounds_sufficient": True, "demand_reasonable": True}

#: One text per flow: a general and a major complaint, a consultation, a suggestion, praise.
TEXTS = (
    "酒有怪味，口感不对",
    "新车刹车失灵差点出事故，再不处理我就找电视台曝光",
    "请问你们几点开门",
    "建议你们增加周末的营业时间",
    "表扬小张服务热情",
)


def _texts(desk: str) -> Iterator[tuple[str, str]]:
    """Every explanation of a desk's cases and every refusal of their steps, in both
    languages, with where it came from: each flow walked step by step, each step tried by
    every role at every stage."""
    for role in Role:  # the record step itself
        try:
            Case.open(complaint(), role, policy=desk)
        except IllegalTransition as exc:
            yield "open", str(exc)
    for text in TEXTS:
        case = Case.open(complaint(text), ADVISER, policy=desk)
        at = T(10, 13, 9)
        for _ in range(14):
            at += dt.timedelta(hours=2)
            yield from _explained(case, at)
            after: Case | None = None
            for action in case.allowed_events():
                for role in Role:
                    try:
                        taken = _take(case, action, role, at)
                    except IllegalTransition as exc:
                        yield f"{action.value} by {role.value}", str(exc)
                    except (InvalidInput, PolicyError) as exc:
                        yield f"{action.value} data", str(exc)
                    else:
                        if after is None and action not in _ASIDE:
                            after = taken
            if after is None:
                break
            case = after
    sla = presets.get(desk)
    if sla.special_applies:
        try:
            sla.select(kind="consultation", special=True)
        except InvalidInput as exc:
            yield "select", str(exc)


def _explained(case: Case, at: dt.datetime) -> Iterator[tuple[str, str]]:
    for code in ("en_US", "zh_CN"):
        with language(code):
            yield "status", case.status(at=at).explain()
            yield "six clears", case.six_clears().explain()
            yield "routing", str(case.routing())
            yield "describe", case.describe()
            yield from (("event", e.describe()) for e in case.events)
            if not case.is_open:
                yield "retention", str(case.retention)
            try:
                yield "penalty", case.penalty(at=at).explain()
            except CustopsError as exc:
                yield "penalty", str(exc)


@pytest.mark.parametrize("desk", list(OWN))
def test_every_refusal_and_reason_of_a_desk_cites_its_own_document_R_CMP_06(desk: str) -> None:
    """Walk each preset: every flow step by step, every step tried by every role at every
    stage, every explanation read in both languages.  The seed's documents cited in them
    are the desk's own — never the dealer's D1 on the winery's desk."""
    seen: dict[str, set[str]] = {}
    count = 0
    flows: set[Flow | None] = set()
    for where, text in _texts(desk):
        count += 1
        for cited in CITATION.findall(text):
            seen.setdefault(cited, set()).add(f"{where}: {text}")
    assert count > 500  # the walk reached every stage of every flow
    foreign = {d: sorted(texts)[:3] for d, texts in seen.items() if d != OWN[desk]}
    assert foreign == {}
    for text in TEXTS:
        case = Case.open(complaint(text), ADVISER, policy=desk)
        read = classify(text)  # a complaint's validity is judged on a complaint only (R-CMP-05)
        judged = case.classify(
            T(10, 13, 10),
            CRM,
            classification=read,
            **(VALID if read.kind is Kind.COMPLAINT else {}),
        )
        flows.add(judged.flow)
    assert flows == {Flow.GENERAL, Flow.MAJOR, Flow.CONSULTATION, Flow.SUGGESTION, Flow.PRAISE}
