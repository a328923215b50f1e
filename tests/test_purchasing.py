"""Tests of custops.purchasing: purchasing authority and the cost contract (D15; R-PUR-01/02)."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.money import Rounding, to_fen
from custops.purchasing import (
    CostBasis,
    CostLimit,
    CostOutcome,
    PurchasingMode,
    PurchasingPolicy,
    Route,
    cost_contract,
    purchasing_mode,
    purchasing_route,
)

# --- R-PUR-01 -------------------------------------------------------------------------------------


def test_R_PUR_01_small_or_concentrated_is_centralised() -> None:
    """R-PUR-01: 集中制 suits small enterprises or ones whose branches are close together."""
    small = purchasing_mode(large=False, branches_scattered=True, needs_differ=True)
    assert small.outcome is PurchasingMode.CENTRALISED
    assert small.rule == "R-PUR-01"
    close = purchasing_mode(large=True, branches_scattered=False, needs_differ=True)
    assert close.outcome is PurchasingMode.CENTRALISED
    assert close.facts == ("branches close together",)
    both = purchasing_mode(large=False, branches_scattered=False, needs_differ=False)
    assert len(both.facts) == 2
    assert "quantity discounts" in both.advantages[0]
    assert both.drawbacks == ()  # D15 1 names drawbacks for the decentralised system only


def test_R_PUR_01_large_scattered_differing_is_decentralised() -> None:
    """R-PUR-01: 分散制 for large enterprises with scattered branches whose needs differ."""
    r = purchasing_mode(large=True, branches_scattered=True, needs_differ=True)
    assert r.outcome is PurchasingMode.DECENTRALISED
    assert "the branches' needs differ a lot" in r.facts
    assert r.drawbacks == r.outcome.drawbacks
    assert r.drawbacks[-1] == "no price discounts, so higher purchase prices"


def test_R_PUR_01_common_costly_goods_make_it_mixed() -> None:
    """R-PUR-01: 混合制 when some goods are common to the branches and bought in bulk."""
    r = purchasing_mode(
        large=True, branches_scattered=True, needs_differ=True, common_high_value=True
    )
    assert r.outcome is PurchasingMode.MIXED
    alike = purchasing_mode(large=True, branches_scattered=True, needs_differ=False)
    assert alike.outcome is PurchasingMode.MIXED
    assert "neither" in alike.reason


def test_R_PUR_01_route_under_mixed_system() -> None:
    """R-PUR-01: common and large → headquarters; different, small or ad-hoc → branch."""
    assert purchasing_route(common=True, large_amount=True).route is Route.HEADQUARTERS
    assert purchasing_route(common=False, large_amount=True).route is Route.BRANCH
    d = purchasing_route(common=False, large_amount=False, ad_hoc=True)
    assert (
        d.reason
        == "bought by the branch: differs between branches, a small amount, an ad-hoc purchase"
    )
    assert d.rule == "R-PUR-01"


def test_R_PUR_01_bad_input() -> None:
    with pytest.raises(InvalidType, match="large: must be a bool"):
        purchasing_mode(large=1, branches_scattered=True, needs_differ=True)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="text: is not a known PurchasingMode"):
        PurchasingMode.parse("anarchy")


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_R_PUR_01_property(large: bool, scattered: bool, differ: bool, common: bool) -> None:
    """R-PUR-01 property: centralised exactly when small or concentrated; decentralised only
    when every decentralised criterion holds; always at least one reason."""
    r = purchasing_mode(
        large=large, branches_scattered=scattered, needs_differ=differ, common_high_value=common
    )
    assert (r.outcome is PurchasingMode.CENTRALISED) == (not large or not scattered)
    if r.outcome is PurchasingMode.DECENTRALISED:
        assert large
        assert scattered
        assert differ
        assert not common
    assert r.facts
    assert r.rule == "R-PUR-01"
    # the whole table of D15 1: decentralised exactly when large, scattered, needs that
    # differ and nothing common bought in bulk; mixed in every other large-and-scattered case
    if large and scattered:
        decentral = differ and not common
        assert r.outcome is (PurchasingMode.DECENTRALISED if decentral else PurchasingMode.MIXED)


@given(st.booleans(), st.booleans(), st.booleans())
def test_R_PUR_01_route_property(common: bool, large_amount: bool, ad_hoc: bool) -> None:
    """R-PUR-01 property (mixed system): headquarters buys exactly the common, large,
    planned items; the reason of a branch purchase names each criterion that sent it there."""
    d = purchasing_route(common=common, large_amount=large_amount, ad_hoc=ad_hoc)
    assert (d.route is Route.HEADQUARTERS) == (common and large_amount and not ad_hoc)
    assert ("differs" in d.reason) == (not common)
    assert ("small amount" in d.reason) == (not large_amount)
    assert ("ad-hoc" in d.reason) == ad_hoc
    assert d.rule == "R-PUR-01"


# --- R-PUR-02 -------------------------------------------------------------------------------------


def test_R_PUR_02_per_tonne_limit() -> None:
    """R-PUR-02: a relative limit per tonne of goods bought."""
    c = cost_contract(CostLimit("每吨", "35"), actual="3400", tonnes="100")
    assert c.limit_amount == Decimal("3500.00")
    assert (c.outcome, c.savings, c.overspend) == (
        CostOutcome.SAVED,
        Decimal("100.00"),
        Decimal("0.00"),
    )
    assert [(s.name, s.amount) for s in c.savings_split] == [("采购部门", Decimal("100.00"))]
    assert c.rule == "R-PUR-02"


def test_R_PUR_02_per_hundred_yuan_limit() -> None:
    """R-PUR-02: a relative limit per 100 yuan of goods bought."""
    c = cost_contract(CostLimit("每百元", "1.25"), actual="1300", goods_value="100000")
    assert c.limit_amount == Decimal("1250.00")
    assert c.outcome is CostOutcome.OVERSPENT
    assert c.overspend == c.borne == Decimal("50.00")
    assert c.company_overspend == Decimal("0.00")


def test_R_PUR_02_monthly_total_needs_the_task_done() -> None:
    """R-PUR-02: the monthly total holds provided the purchasing task was completed;
    savings are shared only then."""
    done = cost_contract(CostLimit("monthly", "8000"), actual="7000")
    assert done.shared == Decimal("1000.00")
    undone = cost_contract(CostLimit("monthly", "8000"), actual="7000", task_completed=False)
    assert undone.shared == Decimal("0.00")
    assert undone.company_savings == Decimal("1000.00")
    assert undone.savings_split == ()
    lenient = PurchasingPolicy(savings_need_task_done=False)
    assert cost_contract(
        CostLimit("monthly", "8000"), actual="7000", task_completed=False, policy=lenient
    ).shared == Decimal("1000.00")
    on = cost_contract(CostLimit("monthly", "8000"), actual="8000")
    assert on.outcome is CostOutcome.ON_LIMIT
    assert on.reason.endswith("exactly on the limit")


def test_R_PUR_02_split_between_department_and_buyers_is_exact() -> None:
    """R-PUR-02: savings split by weights add up to the fen."""
    c = cost_contract(
        CostLimit("monthly", "1000"),
        actual="999.99",
        parties=[("采购部门", 1), ("张三", 1), ("李四", 1)],
    )
    assert sum(s.amount for s in c.savings_split) == Decimal("0.01")
    policy = PurchasingPolicy(savings_kept="0.5", overspend_borne="0.3")
    s = cost_contract(CostLimit("monthly", "1000"), actual="900", policy=policy)
    assert (s.shared, s.company_savings) == (Decimal("50.00"), Decimal("50.00"))
    o = cost_contract(CostLimit("monthly", "1000"), actual="1100", policy=policy)
    assert (o.borne, o.company_overspend) == (Decimal("30.00"), Decimal("70.00"))


def test_R_PUR_02_bad_input() -> None:
    with pytest.raises(InvalidInput, match="tonnes: is required for a per-tonne limit"):
        cost_contract(CostLimit("per_tonne", "1"), actual="1")
    with pytest.raises(InvalidInput, match="goods_value: is required"):
        cost_contract(CostLimit("per_hundred_yuan", "1"), actual="1")
    with pytest.raises(InvalidInput, match="tonnes: does not apply to a monthly total limit"):
        cost_contract(CostLimit("monthly", "1"), actual="1", tonnes=3)
    with pytest.raises(InvalidType, match="actual: money must be"):
        cost_contract(CostLimit("monthly", "1"), actual=1.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="amount: must not be negative"):
        CostLimit("monthly", "-1")
    with pytest.raises(InvalidInput, match="basis: is not a known CostBasis"):
        CostLimit("per_week", "1")
    with pytest.raises(InvalidInput, match="parties: names a party twice"):
        cost_contract(CostLimit("monthly", "1"), actual="2", parties=[("a", 1), ("a", 2)])
    with pytest.raises(InvalidInput, match="weights must not add up to zero"):
        cost_contract(CostLimit("monthly", "1"), actual="2", parties={"a": 0})
    with pytest.raises(PolicyError, match="overspend_borne"):
        PurchasingPolicy(overspend_borne=2)
    with pytest.raises(PolicyError, match="parties"):
        PurchasingPolicy(parties=())
    with pytest.raises(InvalidType, match="limit: must be a CostLimit"):
        cost_contract("monthly", actual="1")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "parties",
    [
        [("a", 1), ("a", "x")],  # the second weight is bad too
        [("a", 1), (" a ", 1), 5],  # a malformed item follows
        [("a", 1), ("a", 1), ("b", "-1")],  # a bad weight follows
    ],
)
def test_R_PUR_02_a_party_named_twice_is_refused_as_soon_as_it_is_read(
    parties: list[object],
) -> None:
    """R-PUR-02: the parties are read in order and a name seen before (after trimming) is
    refused at once, before its weight and before any later item is looked at."""
    with pytest.raises(PolicyError) as policy:
        PurchasingPolicy(parties=parties)  # type: ignore[arg-type]
    assert (
        str(policy.value) == f"parties: names a party twice ('a', after trimming) (got {parties!r})"
    )
    with pytest.raises(InvalidInput) as call:
        cost_contract(CostLimit("monthly", "1"), actual="2", parties=parties)  # type: ignore[arg-type]
    assert (call.value.argument, call.value.message) == (
        policy.value.argument,
        policy.value.message,
    )


def test_enum_parse() -> None:
    assert CostBasis.parse("每月采购总费用") is CostBasis.MONTHLY_TOTAL
    assert CostBasis.parse("per 100 yuan") is CostBasis.PER_HUNDRED_YUAN
    assert CostOutcome.parse("超支") is CostOutcome.OVERSPENT
    assert Route.parse("branch") is Route.BRANCH
    assert PurchasingMode.parse("Decentralized") is PurchasingMode.DECENTRALISED


money = st.decimals(min_value=0, max_value=Decimal("10000000"), places=2)
rates = st.decimals(min_value=0, max_value=Decimal("1000"), places=3)
fractions = st.decimals(min_value=0, max_value=1, places=2)


@given(
    st.sampled_from(list(CostBasis)),
    rates,
    money,
    st.decimals(min_value=0, max_value=Decimal("100000"), places=3),
    money,
    fractions,
    fractions,
    st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=5).filter(any),
    st.booleans(),
)
def test_R_PUR_02_property(
    basis: CostBasis,
    rate: Decimal,
    actual: Decimal,
    tonnes: Decimal,
    goods: Decimal,
    borne: Decimal,
    kept: Decimal,
    weights: list[int],
    done: bool,
) -> None:
    """R-PUR-02 property: limit − actual = savings − overspend; at most one is non-zero;
    every split adds up exactly to what it splits."""
    kwargs: dict[str, Decimal] = {}
    if basis is CostBasis.MONTHLY_TOTAL:  # a monthly total is a sum of money: whole fen
        rate = rate.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    if basis is CostBasis.PER_TONNE:
        kwargs["tonnes"] = tonnes
    elif basis is CostBasis.PER_HUNDRED_YUAN:
        kwargs["goods_value"] = goods
    policy = PurchasingPolicy(overspend_borne=borne, savings_kept=kept)
    parties = [(f"p{i}", w) for i, w in enumerate(weights)]
    c = cost_contract(
        CostLimit(basis, rate),
        actual=actual,
        task_completed=done or basis is not CostBasis.MONTHLY_TOTAL,  # the monthly limit's
        parties=parties,
        policy=policy,
        **kwargs,
    )
    assert c.limit_amount - c.actual == c.savings - c.overspend
    assert min(c.savings, c.overspend) == 0
    assert c.borne + c.company_overspend == c.overspend
    assert c.shared + c.company_savings == c.savings
    assert sum((s.amount for s in c.overspend_split), Decimal(0)) == c.borne
    assert sum((s.amount for s in c.savings_split), Decimal(0)) == c.shared
    assert all(s.amount >= 0 for s in c.savings_split + c.overspend_split)
    assert (c.outcome is CostOutcome.OVERSPENT) == (c.overspend > 0)


@pytest.mark.parametrize(
    ("limit", "kwargs"),
    [
        (CostLimit("per_tonne", "35"), {"tonnes": 0}),
        (CostLimit("per_hundred_yuan", "1.5"), {"goods_value": 0}),
        (CostLimit("monthly", "0"), {}),
    ],
)
def test_R_PUR_02_zero_volumes(limit: CostLimit, kwargs: dict[str, int]) -> None:
    """R-PUR-02: with nothing bought the limit is 0.00: no cost is on the limit, any cost
    is an overspend borne in full by the purchasing side."""
    none = cost_contract(limit, actual=0, **kwargs)  # type: ignore[arg-type]
    assert (none.limit_amount, none.outcome) == (Decimal("0.00"), CostOutcome.ON_LIMIT)
    assert none.overspend_split == none.savings_split == ()
    some = cost_contract(limit, actual="0.01", **kwargs)  # type: ignore[arg-type]
    assert (some.outcome, some.overspend, some.borne) == (
        CostOutcome.OVERSPENT,
        Decimal("0.01"),
        Decimal("0.01"),
    )


@pytest.mark.parametrize(
    ("call", "argument", "typed"),
    [
        (lambda: CostLimit("per_tonne", "1e1"), "amount", "1e1"),
        (
            lambda: cost_contract(CostLimit("per_tonne", "2"), actual="300", tonnes="1E3"),
            "tonnes",
            "1E3",
        ),
        (
            lambda: cost_contract(CostLimit("per_tonne", "2"), actual="300", tonnes="1e-7"),
            "tonnes",
            "1e-7",
        ),
        (
            lambda: cost_contract(CostLimit("monthly", "9"), actual="1", parties={"a": "1e0"}),
            "parties['a']",
            "1e0",
        ),
    ],
)
def test_R_PUR_02_a_text_with_an_exponent_is_refused(
    call: Callable[[], object], argument: str, typed: str
) -> None:
    """R-PUR-02: a rate, tonnes or weight typed with an exponent is refused as money refuses
    one ("1e3" is as likely a slip as 1000), naming the argument and showing the text."""
    with pytest.raises(InvalidInput) as info:
        call()
    # a limit's amount is money, read by the money reader; a quantity or weight a number
    what = "an amount of money" if argument == "amount" else "a number"
    assert str(info.value) == (
        f"{argument}: is not {what}: write it without an exponent, e.g. '1000' (got {typed!r})"
    )


def test_R_PUR_02_reason_shows_a_decimal_with_an_exponent_in_plain_notation() -> None:
    """R-PUR-02: a ``Decimal`` holding an exponent is read, and the reason shows the rate and
    the tonnes as plain numbers (never ``1E+3 t``)."""
    with language("en_US"):
        c = cost_contract(
            CostLimit("per_tonne", Decimal("2")), actual="300", tonnes=Decimal("1E+3")
        )
        assert c.reason.startswith("limit 2/t × 1000 t = 2,000.00, actual 300.00")
        c = cost_contract(CostLimit("per_tonne", Decimal("1E+1")), actual="300", tonnes="3")
        assert c.reason.startswith("limit 10/t × 3 t = 30.00")
        c = cost_contract(CostLimit("per_tonne", "10"), actual="300", tonnes=Decimal("1E-7"))
        assert c.reason.startswith("limit 10/t × 0.0000001 t = 0.00")
        assert "E" not in c.reason


@given(
    digits=st.integers(min_value=19, max_value=27), rate=st.sampled_from([10**12, "1000000000000"])
)
def test_a_limit_too_large_names_the_goods_value_as_given(digits: int, rate: object) -> None:
    """rate × goods value too large to be money: the refusal names ``goods_value`` and shows
    it as the caller gave it, never the computed limit (nor ``limit``)."""
    given_value = "9" * digits
    limit = CostLimit("每百元", rate)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as info:
        cost_contract(limit, actual="1", goods_value=given_value)
    assert info.value.argument == "goods_value"
    assert info.value.value == given_value
    assert str(info.value).endswith(f"(got {given_value!r})")


def test_R_PUR_02_rounding_defaults_to_half_up_and_is_a_policy_field() -> None:
    """R-PUR-02: the seed is silent on rounding, so each computed amount has a policy field
    (as ``DepositPolicy.rounding``), 四舍五入 by default; a company that never rounds in the
    buyers' favour says so."""
    seed = PurchasingPolicy()
    assert (seed.limit_rounding, seed.borne_rounding, seed.shared_rounding) == (
        Rounding.HALF_UP,
        Rounding.HALF_UP,
        Rounding.HALF_UP,
    )
    tonne = CostLimit("per_tonne", "12.345")
    assert cost_contract(tonne, actual="12", tonnes="1").limit_amount == Decimal("12.35")
    strict = PurchasingPolicy(
        limit_rounding="down", borne_rounding="up", shared_rounding="舍去", overspend_borne="0.5"
    )
    assert strict.shared_rounding is Rounding.DOWN  # any spelling Rounding.parse reads
    assert cost_contract(tonne, actual="12", tonnes="1", policy=strict).limit_amount == Decimal(
        "12.34"
    )
    over = cost_contract(CostLimit("monthly", "100"), actual="100.03", policy=strict)
    assert (over.overspend, over.borne, over.company_overspend) == (
        Decimal("0.03"),
        Decimal("0.02"),
        Decimal("0.01"),
    )
    with pytest.raises(InvalidInput, match=r"^borne_rounding: "):  # as DepositPolicy.rounding
        PurchasingPolicy(borne_rounding="sideways")


@given(
    st.sampled_from(list(Rounding)),
    st.sampled_from(list(Rounding)),
    st.sampled_from(list(Rounding)),
    st.decimals(min_value=0, max_value=1000, places=3),
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=0, max_value=10**7),
    st.sampled_from(["0", "0.333", "0.5", "1"]),
)
def test_property_R_PUR_02_each_amount_is_rounded_as_its_field_says(
    limit_rounding: Rounding,
    borne_rounding: Rounding,
    shared_rounding: Rounding,
    rate: Decimal,
    tonnes: int,
    actual_fen: int,
    share: str,
) -> None:
    """R-PUR-02: ``limit_amount``, ``borne`` and ``shared`` are their exact products brought
    to the fen by their own rounding field, and the sums stay exact
    (``borne + company_overspend == overspend``, ``shared + company_savings == savings``)."""
    policy = PurchasingPolicy(
        limit_rounding=limit_rounding,
        borne_rounding=borne_rounding,
        shared_rounding=shared_rounding,
        overspend_borne=share,
        savings_kept=share,
    )
    actual = Decimal(actual_fen) / 100
    c = cost_contract(CostLimit("per_tonne", rate), actual=actual, tonnes=tonnes, policy=policy)
    fen = Decimal("0.01")
    assert c.limit_amount == (rate * tonnes).quantize(fen, rounding=limit_rounding.mode)
    assert c.borne == (c.overspend * Decimal(share)).quantize(fen, rounding=borne_rounding.mode)
    assert c.shared == (c.savings * Decimal(share)).quantize(fen, rounding=shared_rounding.mode)
    assert c.borne + c.company_overspend == c.overspend
    assert c.shared + c.company_savings == c.savings
    assert c.limit_amount - c.actual == c.savings - c.overspend


@pytest.mark.parametrize("policy", [PurchasingPolicy(), PurchasingPolicy(overspend_borne="0.5")])
def test_R_PUR_02_the_largest_overspend_is_borne_to_the_fen(policy: PurchasingPolicy) -> None:
    """R-PUR-02, RULES.md §4: an overspend of up to 28 digits of yuan is borne to the fen (the
    product in the default 28-digit context rounded 999…998.99 up to 999…999.00, more than
    the overspend, leaving the company a negative part); counted here in integer fen, as
    the amounts have more digits than the default context (savings are at most a limit,
    itself at most 10**12 yuan)."""
    actual = "9" * 27 + ".99"
    over_fen = int("9" * 26 + "899")  # 999…998.99 yuan
    c = cost_contract(CostLimit("monthly", "1"), actual=actual, policy=policy)
    assert to_fen(c.overspend) == over_fen
    borne = Fraction(over_fen) * Fraction(policy.overspend_borne)
    assert to_fen(c.borne) == math.floor(borne + Fraction(1, 2))  # half up, exact
    assert to_fen(c.company_overspend) == over_fen - to_fen(c.borne) >= 0


# --- R-PUR-01: facts given and not used ---------------------------------------------------


def test_R_PUR_01_centralised_says_which_facts_it_did_not_use() -> None:
    """R-PUR-01: the centralised system fits a small enterprise or close branches whatever
    else holds; needs that differ and common costly goods given beside it are said to be
    unused, and with common goods the mixed system is said to fit too (D15 1(3))."""
    both = purchasing_mode(
        large=True, branches_scattered=False, needs_differ=True, common_high_value=True
    )
    assert both.outcome is PurchasingMode.CENTRALISED
    assert both.facts == ("branches close together",)
    assert "(needs_differ and common_high_value not used" in both.reason
    assert both.reason.endswith("the mixed system would also fit)")
    common = purchasing_mode(
        large=False, branches_scattered=True, needs_differ=False, common_high_value=True
    )
    assert "(common_high_value not used" in common.reason
    assert common.reason.endswith("the mixed system would also fit)")
    differ = purchasing_mode(large=False, branches_scattered=True, needs_differ=True)
    assert "(needs_differ not used" in differ.reason
    assert "mixed" not in differ.reason
    plain = purchasing_mode(large=False, branches_scattered=False, needs_differ=False)
    assert "not used" not in plain.reason


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_R_PUR_01_property_a_fact_pointing_elsewhere_is_used_or_said_unused(
    large: bool, scattered: bool, differ: bool, common: bool
) -> None:
    """R-PUR-01 invariant: a fact given as true that points to another system (needs that
    differ, common costly goods) either appears among the facts or the reason says it was
    not used; never silently dropped."""
    r = purchasing_mode(
        large=large, branches_scattered=scattered, needs_differ=differ, common_high_value=common
    )
    for name, given_true in (("needs_differ", differ), ("common_high_value", common)):
        if given_true and r.outcome is PurchasingMode.CENTRALISED:
            assert name in r.reason.split("not used")[0]
    if r.outcome is not PurchasingMode.CENTRALISED:
        assert "not used" not in r.reason


# --- R-PUR-02: an uncompleted task, a limit checked when built, party names ---------------


def test_R_PUR_02_an_uncompleted_task_is_said_wherever_it_is_given() -> None:
    """R-PUR-02: beside an overspend (borne all the same) and on the limit the reason says
    the task was not completed; beside savings a policy shares anyway it is said unused."""
    over = cost_contract(CostLimit("monthly", "20000"), actual="21500", task_completed=False)
    assert over.outcome is CostOutcome.OVERSPENT
    assert over.borne == Decimal("1500.00")
    assert over.reason.endswith("the purchasing task was not completed either")
    done = cost_contract(CostLimit("monthly", "20000"), actual="21500")
    assert "task" not in done.reason
    on = cost_contract(CostLimit("monthly", "20000"), actual="20000", task_completed=False)
    assert on.reason.endswith("exactly on the limit; the purchasing task was not completed")
    anyway = PurchasingPolicy(savings_need_task_done=False)
    saved = cost_contract(
        CostLimit("monthly", "20000"), actual="19000", task_completed=False, policy=anyway
    )
    assert saved.shared == Decimal("1000.00")
    assert "(task_completed not used" in saved.reason


@pytest.mark.parametrize("amount", ["12.345", "0.001", Decimal("100.005")])
def test_R_PUR_02_a_monthly_limit_with_a_fraction_of_a_fen_is_refused_when_built(
    amount: object,
) -> None:
    """R-PUR-02: a monthly total is a sum of money: a fraction of a fen is refused by
    CostLimit itself, naming amount and showing the value as typed; a rate keeps it."""
    with pytest.raises(InvalidInput, match=r"^amount: has a fraction of a fen") as e:
        CostLimit("monthly", amount)  # type: ignore[arg-type]
    assert (e.value.argument, e.value.value) == ("amount", amount)
    with pytest.raises(InvalidInput, match=r"^amount: has a fraction of a fen"):
        CostLimit(basis="每月总费用", amount=amount)  # type: ignore[arg-type]
    assert CostLimit("per_tonne", amount).amount == Decimal(str(amount))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^amount: must not be negative"):
        CostLimit("monthly", "-1")


@pytest.mark.parametrize(
    ("spelling", "basis"),
    [
        ("每月总费用", CostBasis.MONTHLY_TOTAL),
        ("每月采购总费用", CostBasis.MONTHLY_TOTAL),
        ("per month", CostBasis.MONTHLY_TOTAL),
        ("月度", CostBasis.MONTHLY_TOTAL),
        ("绝对数", CostBasis.MONTHLY_TOTAL),
        ("每百元商品", CostBasis.PER_HUNDRED_YUAN),
        ("每吨商品", CostBasis.PER_TONNE),
        ("每噸", CostBasis.PER_TONNE),
    ],
)
def test_R_PUR_02_staff_spellings_of_the_basis(spelling: str, basis: CostBasis) -> None:
    """R-PUR-02: the wordings of a policy form name the one basis they mean."""
    assert CostLimit(spelling, "100").basis is basis


@pytest.mark.parametrize("spelling", ["相对数", "商品费用额", "relative"])
def test_R_PUR_02_an_ambiguous_basis_is_refused_naming_both(spelling: str) -> None:
    """R-PUR-02: D15's 相对数 is a rate per tonne or per 100 yuan: refused naming both."""
    with pytest.raises(InvalidInput, match=r"^basis: may name per_tonne.* or per_hundred_yuan"):
        CostLimit(spelling, "1.5")


def test_R_PUR_02_a_party_of_a_mapping_is_named_by_its_key() -> None:
    """R-PUR-02: an empty party name in a mapping is named by its key, as a bad weight is;
    in a list of pairs by its place."""
    limit = CostLimit("monthly", "100")
    with pytest.raises(InvalidInput, match=r"^parties\[''\]: must not be empty"):
        cost_contract(limit, actual="90", parties={"": 1})
    with pytest.raises(InvalidInput, match=r"^parties\['a'\]: must not be negative"):
        cost_contract(limit, actual="90", parties={"a": -1})
    with pytest.raises(InvalidInput, match=r"^parties\[1\]: must not be empty"):
        cost_contract(limit, actual="90", parties=[("a", 1), ("", 1)])


@pytest.mark.parametrize(
    ("basis", "written", "read"),
    [
        ("每月", "20,000", Decimal("20000")),
        ("每月", "¥20000", Decimal("20000")),
        ("每月", "2万元", Decimal("20000")),
        ("每吨", "35元", Decimal("35")),
        ("每吨", "1,234.5678", Decimal("1234.5678")),
        ("每百元", "¥2.5", Decimal("2.5")),
    ],
)
def test_R_PUR_02_a_limit_is_read_as_every_amount_of_money(
    basis: str, written: str, read: Decimal
) -> None:
    """R-PUR-02: a limit's amount is yuan (per tonne, per 100 yuan or per month), read by the
    money reader: grouped digits, ¥, 元 and 万元; a rate is kept exact, not rounded."""
    assert CostLimit(basis, written).amount == read


def test_R_PUR_02_tonnes_and_weights_may_group_their_thousands() -> None:
    """R-PUR-02: tonnes="1,000" is 1000 t; a comma out of place is refused naming tonnes."""
    c = cost_contract(CostLimit("每吨", "2"), actual="300", tonnes="1,000", parties={"a": "1,000"})
    assert c.limit_amount == Decimal("2000.00")
    assert cost_contract(CostLimit("每月", "20000"), actual="19,876.54元").savings == Decimal(
        "123.46"
    )
    with pytest.raises(InvalidInput, match=r"^tonnes: is not a number: .*'1,000'.*\(got '1,00'\)"):
        cost_contract(CostLimit("每吨", "2"), actual="300", tonnes="1,00")
    with pytest.raises(InvalidType, match=r"^amount: money must be"):
        CostLimit("每吨", 1.5)  # type: ignore[arg-type]


def test_R_PUR_02_a_cost_contract_rewords_itself_in_the_readers_language() -> None:
    """R-PUR-02: a cost contract keeps the facts of its reason and words it when read, as its
    siblings do: made in either language, it is one value and reads in the reader's."""
    limit = CostLimit("每吨", "35")
    with language("zh_CN"):
        made_zh = cost_contract(limit, actual="4000", tonnes="100")
    with language("en_US"):
        made_en = cost_contract(limit, actual="4000", tonnes="100")
        assert made_zh == made_en
        assert made_zh.reason == made_en.reason
        assert made_zh.reason.startswith("limit 35/t × 100 t = 3,500.00, actual 4,000.00")
    with language("zh_CN"):
        assert made_en.reason.startswith("限额每吨 35 元 × 100 吨 = 3,500.00 元")


@pytest.mark.parametrize(
    ("written", "basis"),
    [("每吨商品的费用额", "PER_TONNE"), ("每百元商品的费用额", "PER_HUNDRED_YUAN")],
)
def test_R_PUR_02_d15s_basis_names_with_de_are_read(written: str, basis: str) -> None:
    """R-PUR-02: D15 2(2) writes 每吨商品的费用额; the 的 is a spelling, folded away, and a
    name that folds to nothing known is refused as written."""
    assert CostBasis.parse(written) is CostBasis[basis]
    with pytest.raises(InvalidInput, match=r"\(got '每斤的费用'\)"):
        CostBasis.parse("每斤的费用", argument="basis")
