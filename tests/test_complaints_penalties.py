"""Tests of custops.complaints.penalties (R-CMP-11, R-CMP-12)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints.penalties import (
    PenaltyPolicy,
    ResponsibilityPolicy,
    assess_fine,
    assess_penalty,
    score_deduction,
)
from custops.decisions import Decision
from custops.errors import InvalidInput, InvalidType, PolicyError


@pytest.mark.parametrize(
    ("amount", "imposed"),
    [
        ("200", True),
        ("1500", True),
        ("800.50", True),
        ("199.99", False),
        ("1500.01", False),
        (0, False),
    ],
)
def test_fine_range_200_to_1500_R_CMP_11(amount: str, imposed: bool) -> None:
    """R-CMP-11: 200–1500 yuan per case; a fine outside it is refused."""
    d = assess_fine(amount)
    assert d.allowed is imposed
    assert bool(d) is imposed
    assert isinstance(d, Decision)
    assert d.rule == "R-CMP-11"
    assert isinstance(d.amount, Decimal)


def test_fine_needs_responsibility_assigned_R_CMP_11() -> None:
    d = assess_fine("500", responsibility_assigned=False)
    assert not d.allowed
    assert "responsibility" in d.reason


def test_fine_range_is_a_policy_R_CMP_11() -> None:
    policy = PenaltyPolicy(fine_min="100", fine_max="3000")
    assert assess_fine("2500", policy=policy).allowed
    with pytest.raises(PolicyError, match="fine_min"):
        PenaltyPolicy(fine_min="2000")
    with pytest.raises(InvalidType, match=r"^amount:"):
        assess_fine(200.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^amount:"):
        assess_fine("-5")
    with pytest.raises(InvalidType, match=r"^policy:"):
        assess_fine("500", policy="strict")  # type: ignore[arg-type]


def test_one_point_per_complaint_R_CMP_12() -> None:
    """R-CMP-12: 按投诉一次扣一分, 以此类推."""
    assert score_deduction(1).points == 1
    assert score_deduction(7).points == 7
    assert score_deduction(1).reason == "1 complaint × 1 point = 1 point deducted"
    assert score_deduction(2).rule == "R-CMP-12"
    # "not below 0" is require_int(low=0), a policy's PolicyError
    with pytest.raises(PolicyError, match=r"^points_per_complaint: must be at least 0 \(got -1\)$"):
        PenaltyPolicy(points_per_complaint=-1)
    with pytest.raises(InvalidType, match=r"^points_per_complaint: must be an int"):
        PenaltyPolicy(points_per_complaint="1")  # type: ignore[arg-type]
    assert PenaltyPolicy(points_per_complaint=0).points_per_complaint == 0
    with pytest.raises(InvalidType):
        score_deduction("3")  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10))
def test_deduction_is_linear(count: int, per: int) -> None:
    policy = PenaltyPolicy(points_per_complaint=per)
    assert score_deduction(count, policy=policy).points == count * per
    assert (
        score_deduction(count + 1, policy=policy).points
        >= score_deduction(count, policy=policy).points
    )


@given(st.decimals(min_value=0, max_value=5000, places=2))
def test_fine_imposed_iff_in_range(amount: Decimal) -> None:
    assert assess_fine(amount).allowed == (Decimal(200) <= amount <= Decimal(1500))


@pytest.mark.parametrize(
    ("amount", "imposed"),
    [("99.99", False), ("100", True), ("100.00", True), ("100.01", False)],
)
def test_a_one_amount_range_has_both_edges_inclusive_R_CMP_11(amount: str, imposed: bool) -> None:
    """A policy may fix the fine (fine_min == fine_max); both edges stay inclusive."""
    fixed = PenaltyPolicy(fine_min="100", fine_max="100")
    d = assess_fine(amount, policy=fixed)
    assert d.allowed is imposed
    assert ("within" if imposed else "outside") in d.reason


def test_refused_fines_name_the_range_and_the_amount_R_CMP_11() -> None:
    low, high = assess_fine("199.99"), assess_fine("1500.01")
    for d, shown in ((low, "199.99"), (high, "1500.01")):
        assert not d.allowed
        assert d.reason == (f"{shown} yuan is outside the per-case range 200.00–1500.00 yuan")
    # a refusal for lack of responsibility wins even inside the range
    assert assess_fine("200", responsibility_assigned=False).reason == (
        "a fine follows only once responsibility is assigned"
    )


def test_a_delayed_target_name_holding_a_rule_id_is_refused_R_CMP_13() -> None:
    """House rule 4: the reason quotes each delayed target, and a reason holds no rule ID,
    so a name holding one is refused when given, naming its place."""
    with pytest.raises(InvalidInput, match=r"^delayed\[1\]: must not hold a rule ID"):
        assess_penalty("100", delayed=["reply", "R-SLA-05"])
    assessed = assess_penalty("100", delayed=[" reply "])
    assert assessed.delayed == ("reply",)
    assert all("R-SLA" not in line.reason for line in assessed.lines)


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        (
            [(0, "200"), ("1000", "-3")],
            "bands[1]: its fine must not be negative (got ('1000', '-3'))",
        ),
        ([(0, "200.001")], "bands[0]: its fine has a fraction of a fen"),
        (
            [(0, "200"), ("-5", "300")],
            "bands[1]: its loss must not be negative (got ('-5', '300'))",
        ),
        ([(0, "200"), ("x", "300")], "bands[1]: its loss "),
    ],
)
def test_a_bad_band_amount_is_a_policy_error_naming_the_band_R_CMP_13(
    bands: list[tuple[object, object]], message: str
) -> None:
    """R-CMP-13 (CONTRIBUTING item 7): a policy's money refused is a PolicyError whatever
    is wrong with it, and a band is named by its place and shown as given, as
    ``DepositPolicy.tranches`` names ``tranches[0]``; a wrong type stays InvalidType."""
    with pytest.raises(PolicyError) as caught:
        ResponsibilityPolicy(bands=bands)  # type: ignore[arg-type]
    assert str(caught.value).startswith(message)
    with pytest.raises(InvalidType, match=r"^bands\[0\]: its fine "):
        ResponsibilityPolicy(bands=[(0, 200.5)])  # type: ignore[list-item]


@given(
    st.integers(min_value=1, max_value=3),
    st.sampled_from(["-1", "0.001", "abc", "NaN", "1e400"]),
    st.booleans(),
)
def test_property_every_refused_band_amount_is_a_policy_error_naming_its_place(
    place: int, bad: str, in_loss: bool
) -> None:
    """R-CMP-13: whichever band and whichever amount of it is wrong, the refusal is a
    PolicyError that names ``bands[place]`` and shows that band as given."""
    bands: list[tuple[object, object]] = [(0, "200"), (1000, "500"), (5000, "1000"), (9000, "1500")]
    loss, fine = bands[place]
    bands[place] = (bad, fine) if in_loss else (loss, bad)
    with pytest.raises(PolicyError) as caught:
        ResponsibilityPolicy(bands=bands)  # type: ignore[arg-type]
    assert caught.value.argument == f"bands[{place}]"
    assert caught.value.value == bands[place]
    assert str(caught.value).startswith(f"bands[{place}]: its {'loss' if in_loss else 'fine'} ")


# ------------------------------------------------- D5's fine per case, D1's fine per person

D5_7_1 = "凡发生客户投诉案件,经职责归属处200~1500元/次罚款。"
D1_6_1 = "依照投诉所造成的损失大小对具体责任者和部门主管进行责任处罚。"


def test_d1_fines_each_person_and_says_there_is_no_cap_per_case_R_CMP_13() -> None:
    """D1 第六条 (R-CMP-13) fines each person it names, by the loss, and sets no total: the
    three fines of one case add up beyond D5's 1 500 yuan, and the reason says whose rule
    each line applies and that no cap per case is set."""
    assert "具体责任者和部门主管" in D1_6_1
    a = assess_penalty("25000", delayed=("resolve",))
    assert [str(line.amount) for line in a.lines] == ["1500.00", "1500.00", "200.00"]
    assert a.total == Decimal("3200.00")
    assert "no cap per case (D1 art. 6)" in a.reason
    assert all("(D1 art. 6 ¶1, by the policy's loss bands)" in x.reason for x in a.lines[:2])
    assert a.lines[2].reason.endswith("(D1 art. 6 ¶2)")
    slow = assess_penalty("0", approval_delayed=True, responsibility_assigned=False)
    # the approval period is the desk's own setting (CasePolicy.approval_period): D1's
    # reading cites no other company's clause for it
    assert slow.lines[0].reason == "approval later than the policy allows: 200.00 yuan"
    alone = assess_penalty("0", responsibility_assigned=False, delayed=["reply"])
    assert "no cap" not in alone.reason  # one person: nothing to cap
    capped = assess_penalty("3000", policy=ResponsibilityPolicy(case_max="1500"))
    assert capped.total == Decimal("1000.00")  # 500 + 500: within the cap
    assert "within 1500.00 yuan per case" in capped.reason
    assert "no cap" not in capped.reason


@pytest.mark.parametrize(
    ("loss", "amounts", "left_out"),
    [
        ("25000", ["1500.00"], "department head, handler not fined"),  # the first fills it
        ("5000", ["1000.00", "500.00"], "handler not fined"),  # the second is cut
        ("3000", ["500.00", "500.00", "200.00"], ""),  # 1 200 ≤ 1 500: untouched
        ("4999.99", ["500.00", "500.00", "200.00"], ""),
    ],
)
def test_a_cap_per_case_holds_a_case_to_d5s_range_R_CMP_11_R_CMP_13(
    loss: str, amounts: list[str], left_out: str
) -> None:
    """D5 第七条 (R-CMP-11): 200~1500元/次 — one case is fined at most 1 500 yuan in all when
    the policy sets ``case_max``; the lines are kept in order, the one reaching the cap is
    cut to what is left, the later ones are not fined, and the reason says so."""
    assert "200~1500元/次" in D5_7_1
    d5 = ResponsibilityPolicy(case_max="1500")
    a = assess_penalty(loss, delayed=("resolve",), policy=d5)
    assert [str(line.amount) for line in a.lines] == amounts
    assert a.total <= Decimal("1500.00")
    if left_out:
        assert "capped at 1500.00 yuan per case" in a.reason
        assert a.reason.endswith(left_out)
    else:
        assert "capped" not in a.reason


def test_the_cap_at_its_edge_changes_nothing_R_CMP_11() -> None:
    """A total exactly at ``case_max`` is kept whole; a fen less cuts the last line."""
    whole = assess_penalty(
        "3000", delayed=("resolve",), policy=ResponsibilityPolicy(case_max="1200")
    )
    assert whole.total == Decimal("1200.00")
    assert "capped" not in whole.reason
    cut = assess_penalty(
        "5000", delayed=("resolve",), policy=ResponsibilityPolicy(case_max="1999.99")
    )
    assert [str(line.amount) for line in cut.lines] == ["1000.00", "999.99"]
    assert "cut to 999.99 yuan by the cap per case" in cut.lines[1].reason
    # a fen less than the minimum left for the handler: the department head is cut a fen
    # more, so the handler is fined R-CMP-11's 200 yuan and the case the whole cap
    short = assess_penalty(
        "3000", delayed=("resolve",), policy=ResponsibilityPolicy(case_max="1199.99")
    )
    assert [str(line.amount) for line in short.lines] == ["500.00", "499.99", "200.00"]
    assert short.total == Decimal("1199.99")
    assert "cut to 499.99 yuan by the cap per case" in short.lines[1].reason
    assert "not fined" not in short.reason


@pytest.mark.parametrize(
    ("cap", "amounts", "fined", "left_out"),
    [
        (
            "1600",
            ["1400.00", "200.00"],
            "responsible person 1400.00 yuan, department head 200.00 yuan",
            "handler",
        ),
        (
            "3100",
            ["1500.00", "1400.00", "200.00"],
            "responsible person 1500.00 yuan, department head 1400.00 yuan, handler 200.00 yuan",
            "",
        ),
        (
            "1700",
            ["1500.00", "200.00"],
            "responsible person 1500.00 yuan, department head 200.00 yuan",
            "handler",
        ),
        ("200", ["200.00"], "responsible person 200.00 yuan", "department head, handler"),
    ],
)
def test_a_cut_never_fines_below_the_minimum_and_the_reason_says_what_is_fined_R_CMP_11_R_CMP_13(
    cap: str, amounts: list[str], fined: str, left_out: str
) -> None:
    """R-CMP-11 with R-CMP-13: ``case_max`` never cuts a person's fine below the 200-yuan
    minimum (case_max=1600 once left a 100.00 fine), nor fines the case less than the cap
    (it once fined 1 500 alone, less than the 1 600 of a smaller loss): with less than 200
    left for the next person, the one before is cut further so that the next is fined 200;
    and the one-line reason names the amounts actually fined, not the uncut ones."""
    policy = ResponsibilityPolicy(case_max=cap)
    a = assess_penalty("25000", delayed=["resolve"], policy=policy)
    assert [str(line.amount) for line in a.lines] == amounts
    assert a.total == Decimal(cap)
    said = f"capped at {Decimal(cap):.2f} yuan per case, fining {fined}"
    assert said + (f": {left_out} not fined" if left_out else "") in a.reason
    assert a.reason.endswith("not fined") == bool(left_out)
    assert all(Decimal("200") <= line.amount <= Decimal("1500") for line in a.lines)


@pytest.mark.parametrize("cap", ["1600", "1650", "3100", "1199.99", "500", "599"])
def test_a_larger_loss_is_never_fined_less_under_a_cap_R_CMP_13(cap: str) -> None:
    """R-CMP-13 (D1 第六条 1 依照投诉所造成的损失大小): under ``case_max`` the total never
    falls as the loss grows — a cut that would leave less than the minimum for the next
    person once fined a loss of 25 000 yuan 1 500 under a cap of 1 600, less than the
    1 600 of a loss of 5 000."""
    policy = ResponsibilityPolicy(case_max=cap)
    totals = [
        assess_penalty(loss, delayed=["resolve"], approval_delayed=True, policy=policy).total
        for loss in ("0", "1", "999.99", "1000", "3000", "5000", "9999.99", "10000", "25000")
    ]
    assert totals == sorted(totals)


def test_a_small_cap_fines_as_many_as_it_can_R_CMP_11_R_CMP_13() -> None:
    """R-CMP-11 with R-CMP-13: a cap below one 200-yuan minimum per person fines as many
    people as it can hold, and says the others were not fined for want of the minimum."""
    a = assess_penalty(
        "1", delayed=["resolve"], approval_delayed=True, policy=ResponsibilityPolicy(case_max="599")
    )
    assert [str(line.amount) for line in a.lines] == ["200.00", "200.00"]
    assert a.reason.endswith(
        "handler, approver not fined, as less than the 200.00 yuan minimum was left"
    )


def test_case_max_is_a_policy_field_R_CMP_11() -> None:
    assert ResponsibilityPolicy().case_max is None
    with pytest.raises(PolicyError, match=r"^case_max: must be at least 200.00"):
        ResponsibilityPolicy(case_max="100")
    with pytest.raises(PolicyError, match=r"^case_max:"):
        ResponsibilityPolicy(case_max="-1")
    with pytest.raises(InvalidType, match=r"^case_max:"):
        ResponsibilityPolicy(case_max=1500.0)  # type: ignore[arg-type]


@given(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.lists(st.sampled_from(["reply", "resolve", "report"]), max_size=3),
    st.booleans(),
    st.booleans(),
    st.decimals(min_value=200, max_value=5000, places=2),
)
def test_property_a_case_is_never_fined_more_than_its_cap_R_CMP_11_R_CMP_13(
    loss: Decimal, delayed: list[str], slow: bool, assigned: bool, cap: Decimal
) -> None:
    """R-CMP-11 with R-CMP-13: under ``case_max`` a case's total never exceeds it, every
    line is positive, and a total under the cap is the uncapped one."""
    policy = ResponsibilityPolicy(case_max=cap)
    kw: dict[str, Any] = {
        "delayed": delayed,
        "approval_delayed": slow,
        "responsibility_assigned": assigned,
    }
    capped = assess_penalty(loss, policy=policy, **kw)
    free = assess_penalty(loss, **kw)
    low, high = policy.penalty_policy.fine_min, policy.penalty_policy.fine_max
    assert capped.total <= cap
    # every fine within R-CMP-11's range, a cut one too
    assert all(low <= line.amount <= high for line in capped.lines)
    # as much as the cap allows: all of it, or the uncapped total, or the largest fines of
    # as many people as it holds the minimum of
    most = sorted((line.amount for line in free.lines), reverse=True)[: int(cap // low)]
    assert capped.total == min(free.total, cap, sum(most, Decimal(0)))
    # the kept lines are uncapped ones in order, none fined more than uncapped
    parties = [line.party for line in free.lines]
    assert [parties.index(line.party) for line in capped.lines] == sorted(
        parties.index(line.party) for line in capped.lines
    )
    assert all(line.amount <= free.for_party(line.party) for line in capped.lines)
    if free.total <= cap:
        assert capped.lines == free.lines
    else:  # the reason names every amount actually fined
        for line in capped.lines:
            assert f"{line.amount} yuan" in capped.reason
