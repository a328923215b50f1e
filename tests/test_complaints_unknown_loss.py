"""A claimed loss not known yet (``Complaint(claimed_loss=None)``), distinct from a loss of 0:
severity (R-CMP-07), penalties by the loss (R-CMP-13, R-CMP-11, R-CMP-12), storage."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops import serial
from custops.complaints import (
    Case,
    Complaint,
    PenaltyScheme,
    ResponsibilityPolicy,
    Severity,
    SeverityPolicy,
    Signal,
    assess_severity,
)
from custops.complaints.penalties import Party, assess_penalty
from custops.errors import InvalidInput, InvalidType

T0 = dt.datetime(2024, 5, 6, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
PENDING = "the claimed loss is still to be assessed"


def make(loss: Any = "0", content: str = "保养后机油灯又亮了，要求赔偿") -> Complaint:
    return Complaint(
        received_at=T0, channel="phone", content=content, complainant="刘", claimed_loss=loss
    )


def handled(loss: Any) -> Case:
    """A general complaint of the dealer's desk, classified and assigned at ``T0``."""
    case = Case.open(make(loss), "客户关系顾问", policy="dealer")
    case = case.classify(
        T0,
        "客户关系经理",
        kind="投诉",
        category="维修质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    return case.assign(T0, "客户关系经理", "售后服务部")


# --------------------------------------------------------------------------- the record


def test_none_is_a_loss_not_known_yet_and_0_no_loss_R_CMP_13() -> None:
    assert make(None).claimed_loss is None
    assert make("0").claimed_loss == Decimal("0.00")
    assert (
        Complaint(received_at=T0, channel="phone", content="x", complainant="刘").claimed_loss == 0
    )
    assert make(None) != make("0")


@pytest.mark.parametrize(("loss", "error"), [(1.5, InvalidType), ("-1", InvalidInput)])
def test_a_known_loss_is_still_checked(loss: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="claimed_loss"):
        make(loss)


# --------------------------------------------------------------------------- severity


def test_unknown_loss_cannot_make_a_complaint_major_R_CMP_07() -> None:
    a = assess_severity(make(None))
    assert a.severity is Severity.GENERAL
    assert a.criteria == ()
    assert a.pending == (Signal.LOSS,)
    assert a.provisional
    assert a.rule == "R-CMP-07"
    assert a.reason == (
        "general: no major-complaint criterion fired; "
        'the text names a loss ("赔偿") but no amount: '
        "the claimed loss is still to be assessed, so the severity is provisional"
    )


def test_zero_loss_is_general_and_settled_R_CMP_07() -> None:
    a = assess_severity(make("0"))
    assert a.severity is Severity.GENERAL
    assert a.pending == ()
    assert not a.provisional
    assert PENDING not in a.reason


def test_loss_at_the_threshold_is_major_R_CMP_07() -> None:
    a = assess_severity(make("10000"))
    assert a.severity is Severity.MAJOR
    assert a.criteria == (Signal.LOSS,)
    assert not a.provisional


def test_major_on_another_criterion_is_not_provisional_R_CMP_07() -> None:
    a = assess_severity(make(None, content="刹车失灵差点出事，要求赔偿"))
    assert a.severity is Severity.MAJOR
    assert a.criteria == (Signal.SAFETY,)
    assert a.pending == (Signal.LOSS,)  # still unknown, but it cannot lower the level
    assert not a.provisional
    assert PENDING not in a.reason


def test_a_loss_not_counted_leaves_nothing_pending_R_CMP_07() -> None:
    a = assess_severity(make(None), policy=SeverityPolicy(enabled={"safety"}))
    assert a.pending == ()
    assert not a.provisional


# --------------------------------------------------------------------------- penalties


def test_each_person_waits_for_the_loss_R_CMP_13() -> None:
    a = assess_penalty(None, delayed=["resolve"])
    assert a.rule == "R-CMP-13"
    assert a.provisional
    assert a.loss is None
    assert [line.party for line in a.lines] == [Party.HANDLER]  # the delay does not wait
    assert a.total == Decimal("200.00")
    assert "loss penalty to be assessed once the loss is known" in a.reason


def test_each_person_zero_loss_is_settled_R_CMP_13() -> None:
    a = assess_penalty("0")
    assert not a.provisional
    assert a.lines == ()
    assert "caused no loss" in a.reason


def test_each_person_known_loss_is_fined_by_its_band_R_CMP_13() -> None:
    a = assess_penalty("3000")
    assert not a.provisional
    assert a.for_party("responsible_person") == Decimal("500.00")
    assert a.for_party("department_head") == Decimal("500.00")


def test_not_assigned_unknown_loss_waits_for_nothing_R_CMP_13() -> None:
    a = assess_penalty(None, responsibility_assigned=False)
    assert not a.provisional
    assert a.lines == ()
    assert "responsibility is not assigned" in a.reason


def test_per_case_fine_waits_for_the_loss_band_R_CMP_11() -> None:
    a = assess_penalty(None, scheme="per_case")
    assert a.rule == "R-CMP-11"
    assert a.provisional
    assert a.lines == ()
    assert "fine to be assessed once the loss is known" in a.reason
    assert assess_penalty("0", scheme="per_case").total == Decimal("200.00")


def test_a_flat_fine_does_not_wait_for_the_loss_R_CMP_11() -> None:
    flat = ResponsibilityPolicy(bands=[(0, 300)])
    a = assess_penalty(None, scheme="per_case", policy=flat)
    assert not a.provisional
    assert a.total == Decimal("300.00")
    assert "loss not known yet" in a.reason
    every = ResponsibilityPolicy(bands=[(0, 300)], fine_without_loss=True)
    b = assess_penalty(None, policy=every)
    assert not b.provisional
    assert b.total == Decimal("600.00")  # the responsible person and the department head


def test_score_does_not_depend_on_the_loss_R_CMP_12() -> None:
    a = assess_penalty(None, scheme="score")
    assert a.rule == "R-CMP-12"
    assert a.points == 1
    assert not a.provisional


# --------------------------------------------------------------------------- the case


def test_case_status_says_the_severity_is_provisional_R_CMP_07() -> None:
    assert PENDING in handled(None).status(at=T0).reason
    assert PENDING not in handled("0").status(at=T0).reason


def test_case_penalty_waits_then_reassesses_with_the_loss_R_CMP_13() -> None:
    case = handled(None)
    waiting = case.penalty(at=T0)
    assert waiting.provisional
    assert waiting.lines == ()
    assert waiting.reason == (
        "loss penalty to be assessed once the loss is known "
        "(D1 art. 6 ¶1 penalises by the size of the loss)"
    )
    known = case.penalty(at=T0, loss="3000")
    assert not known.provisional
    assert known == handled("3000").penalty(at=T0)
    assert case.penalty(at=T0, loss="0") == handled("0").penalty(at=T0)


def test_stored_and_replayed_case_keeps_the_unknown_loss() -> None:
    case = handled(None)
    stored = serial.from_json(serial.to_json(case))
    assert stored == case
    assert stored.complaint.claimed_loss is None
    assert Case(case.complaint, case.events, policy="dealer") == case
    assert serial.to_dict(case.complaint)["value"]["claimed_loss"] is None
    assert serial.from_dict(serial.to_dict(make(None))) == make(None)
    assert stored.penalty(at=T0) == case.penalty(at=T0)


# --------------------------------------------------------------------------- properties

_LOSSES = st.decimals(min_value=0, max_value=50_000, places=2, allow_nan=False)
_SCHEMES = st.sampled_from([s for s in PenaltyScheme if s is not PenaltyScheme.UNIT_RULES])
_POLICIES = st.builds(
    ResponsibilityPolicy,
    fine_department_head=st.booleans(),
    fine_without_loss=st.booleans(),
    bands=st.sampled_from([None, [(0, 300)], [(0, 200), (500, 800), (20_000, 1500)]]).map(
        lambda b: ResponsibilityPolicy().bands if b is None else b
    ),
    delay_fine=st.sampled_from(["200", "900", "1500"]),
    case_max=st.one_of(st.none(), st.decimals(min_value=200, max_value=4000, places=2)),
)


def _harshness(loss: Decimal | None, scheme: PenaltyScheme, facts: dict[str, Any]) -> Any:
    a = assess_penalty(loss, scheme=scheme, **facts)
    return (a.total, a.points)


@given(
    low=_LOSSES,
    high=_LOSSES,
    scheme=_SCHEMES,
    policy=_POLICIES,
    delayed=st.sampled_from([(), ("resolve",)]),
    slow=st.booleans(),
    assigned=st.booleans(),
)
def test_known_loss_is_monotone_and_unknown_never_harsher_R_CMP_07_R_CMP_13(
    low: Decimal,
    high: Decimal,
    scheme: PenaltyScheme,
    policy: ResponsibilityPolicy,
    delayed: tuple[str, ...],
    slow: bool,
    assigned: bool,
) -> None:
    """A larger known loss never lowers the severity or a penalty; a loss not known yet
    never gives a harsher decision than any known loss, 0 included: no major level and
    no fine the loss would decide — under a cap per case (``case_max``) too, which fines
    as much as it allows, so the total never falls as the loss grows."""
    low, high = sorted((low, high))
    facts: dict[str, Any] = {
        "delayed": delayed,
        "approval_delayed": slow,
        "responsibility_assigned": assigned,
        "policy": policy,
    }
    severity = {loss: assess_severity(make(loss)).severity for loss in (None, low, high)}
    assert severity[low] <= severity[high]
    assert severity[None] <= severity[low]
    penalty = {loss: _harshness(loss, scheme, facts) for loss in (None, low, high)}
    assert penalty[low][0] <= penalty[high][0]
    assert penalty[low][1] == penalty[high][1] == penalty[None][1]  # points: per complaint
    assert penalty[None][0] <= penalty[low][0]
    unknown = assess_penalty(None, scheme=scheme, **facts)
    known = assess_penalty(low, scheme=scheme, **facts)
    # every fine of an unknown loss is one a known loss gives too — but under a cap, whose
    # share goes to the responsible person first once the loss fines them (the handler's
    # part of it then goes to them): there only the total never falls, asserted above
    for line in unknown.lines if policy.case_max is None else ():
        assert line.amount <= known.for_party(line.party)
    assert unknown.provisional == (assigned and policy.by_loss(scheme))


@given(loss=st.one_of(st.none(), _LOSSES))
def test_stored_complaint_equals_the_one_given(loss: Decimal | None) -> None:
    c = make(loss)
    assert serial.from_json(serial.to_json(c)) == c
    assert attrs.evolve(c).claimed_loss == c.claimed_loss


def test_a_loss_named_without_an_amount_is_not_known_yet_R_CMP_07() -> None:
    """R-CMP-07: ``claimed_loss`` not given (``None``) is read from the text: a loss or a
    compensation claim named (损失好几万，要求物业赔偿) leaves the loss to be assessed, so the
    severity is pending with the words quoted, not "no loss"; a text naming none, or only
    negated (没有损失, 不要求赔偿), has no loss; an amount or 0 given is kept."""

    def built(content: str, **more: Any) -> Complaint:
        return Complaint(
            received_at=T0, channel="前台", content=content, complainant="某公司", **more
        )

    leak = built("天花板漏水，电脑泡坏了，损失好几万，要求物业赔偿")
    assert leak.claimed_loss is None
    assert leak.loss_words == ("损失", "赔偿")
    a = assess_severity(leak)
    assert a.pending == (Signal.LOSS,)
    assert a.provisional
    assert '"损失", "赔偿"' in a.reason
    for content in ("天花板漏水", "天花板漏水，还好没有损失", "不要求赔偿，尽快修好就行"):
        assert built(content).claimed_loss == 0, content
        assert assess_severity(built(content)).pending == ()
    assert built("漏水", demand="要求索赔").claimed_loss is None  # the demand is read too
    assert built("漏水造成不少损失").loss_words == ("损失",)  # 不少 negates nothing
    assert built("损失好几万", claimed_loss="30000").claimed_loss == Decimal("30000.00")
    assert built("损失好几万", claimed_loss=0).claimed_loss == 0
    assert built("Water damaged my laptop, I want compensation").loss_words == ("compensation",)


@given(
    head=st.text(alphabet="漏水天花板电脑坏了物业", max_size=8),
    word=st.sampled_from(("损失", "赔偿", "索赔", "赔钱", "补偿", "經濟損失")),
)
def test_property_a_named_loss_without_an_amount_is_pending_R_CMP_07(head: str, word: str) -> None:
    """R-CMP-07 (property): whatever comes before it, a loss word not negated and no amount
    given leaves the loss pending; an amount given settles it."""
    content = f"{head}，{word}"
    c = Complaint(received_at=T0, channel="前台", content=content, complainant="某公司")
    assert c.claimed_loss is None
    assert assess_severity(c).pending == (Signal.LOSS,)
    known = attrs.evolve(c, claimed_loss="100")
    assert assess_severity(known).pending == ()
