"""Regression tests for the bugs the till audit found (notes/audit-till.md) in vip and secrecy.

* Bug 8, R-VIP-07: a day before the birth date is never a birthday; a quote says why a
  registered birth date after the day of the sale gives no birthday rate.
* Bug 6, R-SEC-05/06: a copy or loan refusal names only who may approve for the matter's
  owner, so it never lists a position it then refuses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops.decisions import Decision, Explained
from custops.errors import InvalidInput, InvalidType
from custops.exchange import (
    InspectionOutcome,
    inspection_status,
    inspection_window,
    revocation_due_to_inactivity,
)
from custops.i18n import language, stray_words
from custops.purchasing import CostLimit, CostOutcome, cost_contract
from custops.secrecy import (
    HQ,
    AccessDecision,
    Level,
    Matter,
    MatterKind,
    Person,
    Position,
    SecrecyPolicy,
    can_copy,
    can_know,
    can_lend,
    classify_matter,
    copy_of,
)
from custops.service import cash_announcement
from custops.testing import dates
from custops.vip import (
    Benefit,
    Card,
    CardStatus,
    Feb29Rule,
    Holder,
    Ledger,
    Line,
    VipPolicy,
    is_birthday,
    quote,
)

# --- Bug 8: R-VIP-07, birth dates after the day asked about ------------------------------


def test_R_VIP_07_a_day_before_the_birth_date_is_not_a_birthday() -> None:
    """R-VIP-07: the audit's case, and a 29 February birth date asked about a year before."""
    assert is_birthday(dt.date(1990, 6, 1), on=dt.date(1980, 6, 1)).allowed is False
    assert is_birthday(dt.date(1992, 2, 29), on=dt.date(1991, 2, 28)).allowed is False
    policy = VipPolicy(feb29=Feb29Rule.MAR_1)
    assert is_birthday(dt.date(1992, 2, 29), on=dt.date(1991, 3, 1), policy=policy).allowed is False
    # the day of birth itself and later anniversaries are unchanged
    assert is_birthday(dt.date(1990, 6, 1), on=dt.date(1990, 6, 1)).allowed is True
    assert is_birthday(dt.date(1990, 6, 1), on=dt.date(2025, 6, 1)).allowed is True
    assert is_birthday(dt.date(1992, 2, 29), on=dt.date(2025, 2, 28)).allowed is True


def test_R_VIP_07_a_card_for_a_holder_born_after_the_issue_day_is_refused() -> None:
    """R-VIP-07: the audit's card (born 2030, issued 2025) is refused at issue, so no quote can
    give a birthday rate to a holder not yet born; a real birthday still gets 6折."""
    with pytest.raises(InvalidInput, match=r"^holder: born on 2030-01-01, after the issue day"):
        Card.issue("V", Holder("C9", "x", born_on=dt.date(2030, 1, 1)), on=dt.date(2025, 1, 1))
    born = Card.issue("W", Holder("C8", "y", born_on=dt.date(1990, 1, 1)), on=dt.date(2025, 1, 1))
    q = quote([Line("100")], born, on=dt.date(2025, 1, 1), id_verified=True, ledger=Ledger(born))
    assert (q.total, q.vip_benefit) == (Decimal("60.00"), Benefit.BIRTHDAY)
    assert not any("birth date" in note for note in q.notes)


@settings(max_examples=200)
@given(
    st.dates(dt.date(1901, 1, 1), dt.date(2100, 12, 31)),
    st.integers(1, 60_000),
    st.sampled_from(tuple(Feb29Rule)),
)
def test_R_VIP_07_property_no_day_before_the_birth_date_is_a_birthday(
    born_on: dt.date, days_before: int, feb29: Feb29Rule
) -> None:
    """R-VIP-07 invariant: for every birth date, every earlier day and either 29 February
    rule, ``is_birthday`` is ``False``; the same day-and-month after birth is ``True``."""
    on = born_on - dt.timedelta(days=days_before)
    policy = VipPolicy(feb29=feb29)
    assert is_birthday(born_on, on=on, policy=policy).allowed is False
    if (born_on.month, born_on.day) != (2, 29) and born_on.year < dt.MAXYEAR:
        later = born_on.replace(year=born_on.year + 1)
        assert is_birthday(born_on, on=later, policy=policy).allowed is True


# --- Bug 6: R-SEC-05/06, who the refusal says may approve --------------------------------

JUN = dt.date(2025, 6, 1)
EAST, SOUTH = "华东公司", "华南公司"
CHEN = Person("chen", company=HQ, positions={"员工"})
LI = Person("li", company=EAST, positions={"员工"})
GM_E = Person("gm_e", company=EAST, positions={"子公司总经理"})
GM_S = Person("gm_s", company=SOUTH, positions={"子公司总经理"})
WANG = Person("wang", company=HQ, positions={"总公司总经理"})
PLAN_HQ = classify_matter(
    "H-1",
    "年度规划",
    owner=HQ,
    classified_on=dt.date(2025, 1, 1),
    ends_on=dt.date(2025, 12, 31),
    supervisor_id="s",
    person_ids={"chen"},
)
LICENCE_HQ = Matter(
    "L-H",
    "秘密",
    "营业执照",
    owner=HQ,
    classified_on=dt.date(2025, 1, 1),
    ends_on=None,
    person_ids={"chen"},
)
PLAN_EAST = Matter(
    "C-1",
    "机密",
    "年度规划",
    owner=EAST,
    classified_on=dt.date(2025, 1, 1),
    ends_on=dt.date(2025, 12, 31),
    person_ids={"li"},
)


def _as_read(decision: AccessDecision) -> AccessDecision:
    """``decision`` with its reason as worded now (a reason is worded when read), kept."""
    return AccessDecision(decision.allowed, decision.rule, decision.reason)


def test_R_SEC_05_an_hq_matter_refusal_does_not_list_the_subsidiary_gm() -> None:
    """R-SEC-05 (D12 四 2 2), the audit's case: copying an HQ 机密 plan approved by 华东's GM
    is refused, and the reason lists only HQ's (deputy) GM, the positions that can approve."""
    with language("zh_CN"):
        refused = _as_read(can_copy(CHEN, PLAN_HQ, on=JUN, approval=GM_E))
        none_given = _as_read(can_copy(CHEN, PLAN_HQ, on=JUN))
    assert refused.allowed is False
    assert refused.reason == (
        "复制总公司的机密级资料：需经总公司总经理、总公司副总经理批准，"
        "「gm_e」（子公司总经理，华东公司）无此权限"
    )
    assert (
        none_given.reason
        == "复制总公司的机密级资料：需经总公司总经理、总公司副总经理批准，未提供批准人"
    )
    assert can_copy(CHEN, PLAN_HQ, on=JUN, approval=WANG).allowed is True
    english = can_copy(CHEN, PLAN_HQ, on=JUN, approval=GM_E).reason
    assert english == (
        "copying a confidential (机密) matter of HQ: needs the approval of HQ general manager, "
        "HQ deputy general manager; "
        'gm_e (subsidiary general manager, "华东公司") has no such authority'
    )


def test_R_SEC_06_an_hq_certificate_refusal_names_hqs_own_positions() -> None:
    """R-SEC-06 (D12 四 2 4): lending HQ's licence needs HQ's (deputy) GM; copying it also
    HQ's own department manager; never a subsidiary's GM."""
    dm_hq = Person("dm_h", company=HQ, positions={"部门经理"})
    with language("zh_CN"):
        lend = _as_read(can_lend(CHEN, LICENCE_HQ, on=JUN, approval=GM_E))
        copy = _as_read(can_copy(CHEN, LICENCE_HQ, on=JUN, approval=GM_E))
    assert lend.reason == (
        "借出总公司的营业执照：需经总公司总经理、总公司副总经理批准，"
        "「gm_e」（子公司总经理，华东公司）无此权限"
    )
    assert copy.reason == (
        "复制总公司的营业执照：需经总公司总经理、总公司副总经理、总公司的部门经理批准，"
        "「gm_e」（子公司总经理，华东公司）无此权限"
    )
    assert can_copy(CHEN, LICENCE_HQ, on=JUN, approval=dm_hq).allowed is True
    assert can_lend(CHEN, LICENCE_HQ, on=JUN, approval=dm_hq).allowed is False
    english = can_copy(CHEN, LICENCE_HQ, on=JUN, approval=GM_E).reason
    # HQ is named one way, unquoted (English, not a Chinese label: docs/i18n.md)
    assert "HQ deputy general manager, department manager of HQ; gm_e" in english
    assert stray_words(english, code="en_US") == ()


def test_R_SEC_05_a_subsidiary_matter_refusal_names_its_own_gm() -> None:
    """R-SEC-05 with the §7 correction (the subsidiary's own GM): the GM of 华南 approving
    华东's plan is told it takes 华东's GM, not "子公司总经理" which they are."""
    with language("zh_CN"):
        refused = _as_read(can_copy(LI, PLAN_EAST, on=JUN, approval=GM_S))
    assert refused.reason == (
        "复制华东公司的机密级资料：需经华东公司的子公司总经理批准，"
        "「gm_s」（子公司总经理，华南公司）无此权限"
    )
    assert can_copy(LI, PLAN_EAST, on=JUN, approval=GM_E).allowed is True
    english = can_copy(LI, PLAN_EAST, on=JUN, approval=GM_S).reason
    assert 'needs the approval of subsidiary general manager of "华东公司"; gm_s' in english


_LIST = re.compile(r"：需经(?:申请人以外的)?(.*?)批准，")
_POLICIES = (
    SecrecyPolicy(),
    SecrecyPolicy(hq_approves=True),
    SecrecyPolicy(company_bound={Position.STAFF, Position.SUPERVISOR, Position.DEPARTMENT_MANAGER}),
)


def _approvers(reason: str) -> set[str]:
    """The approvers a Chinese copy or loan reason names ("需经A、B批准，…")."""
    found = _LIST.search(reason)
    assert found is not None, reason
    return set(found.group(1).split("、"))


_COMPANIES = (HQ, EAST, SOUTH)


@st.composite
def _approver(draw: st.DrawFn) -> Person:
    """Anyone of the group other than the copier, with positions their company allows."""
    company = draw(st.sampled_from(_COMPANIES))
    allowed = [
        p
        for p in Position
        if not (p.hq_only and company != HQ) and not (p is Position.SUBSIDIARY_GM and company == HQ)
    ]
    return Person("appr", company=company, positions=draw(st.frozensets(st.sampled_from(allowed))))


@settings(max_examples=200)
@given(
    st.sampled_from(_COMPANIES),
    st.sampled_from(_COMPANIES),
    st.sampled_from(tuple(MatterKind)),
    st.sampled_from(tuple(level for level in Level if level.classified)),
    _approver(),
    st.sampled_from(_POLICIES),
    st.sampled_from((can_copy, can_lend)),
)
def test_R_SEC_05_06_property_the_listed_approvers_are_exactly_who_may_approve(
    owner: str,
    copier_company: str,
    kind: MatterKind,
    level: Level,
    approver: Person,
    policy: SecrecyPolicy,
    ask: Callable[..., AccessDecision],
) -> None:
    """R-SEC-05/06 invariant for a copier cleared on the matter: an approver is accepted
    exactly when one of their positions is among the approvers the unapproved refusal lists
    (bare, or as the owner's own), so the list is neither too long nor too short."""
    floor = dict(SecrecyPolicy().default_levels).get(kind, Level.UNCLASSIFIED)
    assume(level >= floor)  # a level below the kind's default is refused (R-SEC-02)
    copier = Person("copier", company=copier_company)
    matter = Matter(
        "M-1", level, kind, owner=owner, classified_on=JUN, ends_on=None, person_ids={"copier"}
    )
    with language("zh_CN"):
        answer = ask(copier, matter, on=JUN, approval=approver, policy=policy)
        unapproved = _as_read(ask(copier, matter, on=JUN, policy=policy))
    if "需经" not in unapproved.reason:  # not a certificate (can_lend), or no approver at all
        assert not answer.allowed
        return
    listed = _approvers(unapproved.reason)
    bare = {p.label for p in approver.positions}
    own = {f"{'总公司' if owner == HQ else owner}的{p.label}" for p in approver.positions}
    if approver.company != owner:
        own = set()
    assert answer.allowed is bool(listed & (bare | own)), (unapproved.reason, approver)


# --- Bug 3: ids trimmed like company names (R-VIP-09, R-SEC-04) ----------------------------


def test_R_VIP_09_a_scanned_customer_id_with_a_newline_is_the_holder() -> None:
    """R-VIP-09, the audit's case: the holder's own id read by a scanner ("C1\\n") is the
    holder; ids, names, card numbers and refs are trimmed as company names are."""
    card = Card.issue("V", Holder("C1", "王"), on=dt.date(2025, 1, 1))
    check = card.check("C1\n", on=dt.date(2025, 6, 1))
    assert (check.allowed, check.card_status, check.rule) == (True, CardStatus.VALID, "R-VIP-10")
    assert card.check("  C2 ", on=dt.date(2025, 6, 1)).card_status is CardStatus.NOT_HOLDER
    assert quote(
        [Line("100")], card, on=dt.date(2025, 6, 1), presented_by=" C1", ledger=Ledger(card)
    ).total == Decimal("90.00")
    holder = Holder(" C1\r\n", "\u3000王芳 ")
    assert (holder.customer_id, holder.name) == ("C1", "王芳")
    padded = Card.issue(" V-2 ", holder, on=dt.date(2025, 1, 1))
    assert padded.number == "V-2"
    assert padded.replace("V-3\n", on=dt.date(2025, 2, 1)).number == "V-3"
    ledger = Ledger(card).earn(dt.date(2025, 2, 1), "300", " R-1 ")
    ledger, reversal = ledger.reverse(dt.date(2025, 2, 2), "R-1\n")
    assert reversal.ref == "R-1"


def test_R_VIP_09_an_id_with_a_control_character_inside_is_refused() -> None:
    """R-VIP-09: a control character inside an id is refused, naming the argument and
    showing the value's repr (a stray newline would put a line break into every reason)."""
    card = Card.issue("V", Holder("C1", "王"), on=dt.date(2025, 1, 1))
    with pytest.raises(InvalidInput, match=r"presented_by: .*control character '\\n'.*'C\\n1'"):
        card.check("C\n1", on=dt.date(2025, 6, 1))
    with pytest.raises(InvalidInput, match=r"customer_id: .*'\\u200b'"):
        Holder("C\u200b1", "王")
    with pytest.raises(InvalidInput, match="number: must not be empty"):
        Card.issue(" \n", Holder("C1", "王"), on=dt.date(2025, 1, 1))
    with pytest.raises(InvalidInput, match=r"id: .*control character"):
        Person("li\x00", company=EAST)
    with pytest.raises(InvalidInput, match=r"person_ids: .*control character"):  # a set: no place
        Matter(
            "M", "秘密", "合同", owner=EAST, classified_on=JUN, ends_on=None, person_ids={"l\ti"}
        )


def test_R_SEC_04_a_padded_person_id_is_the_same_person() -> None:
    """R-SEC-04: 「li 」 is li (it was silently someone else and refused, failing closed with
    no visible reason); supervisor, people, copy ids and audit lookups are trimmed too."""
    li = Person(" li ", company=" 华东公司 ")
    assert (li.id, li.company) == ("li", EAST)
    matter = Matter(
        " C-1\n",
        "机密",
        "年度规划",
        owner=EAST,
        classified_on=JUN,
        ends_on=None,
        supervisor_id="zhao ",
        person_ids={"li\n"},
    )
    assert (matter.id, matter.supervisor_id, matter.person_ids) == (
        "C-1",
        "zhao",
        frozenset({"li"}),
    )
    assert can_know(li, matter, on=JUN).allowed is True
    assert copy_of(matter, " C-1/copy ").id == "C-1/copy"


_PAD = st.text(alphabet=" \t\n\r\u3000\u00a0", max_size=3)
_ID_TEXT = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\u3000\u00a0"),
    min_size=1,
    max_size=8,
).filter(lambda s: s.strip() == s and s != "")


@settings(max_examples=150)
@given(_ID_TEXT, _PAD, _PAD, dates(dt.date(2001, 1, 1), dt.date(2028, 12, 31)))
def test_R_VIP_09_R_SEC_04_property_surrounding_whitespace_never_changes_an_answer(
    customer_id: str, before: str, after: str, on: dt.date
) -> None:
    """R-VIP-09 and R-SEC-04 invariant: an id padded with any whitespace gives the same
    value and the same answer as the bare id, at the till and in secrecy."""
    padded = before + customer_id + after
    card = Card.issue("V-1", Holder(customer_id, "王芳"), on=on)
    padded_card = Card.issue(f"{after}V-1{before}", Holder(padded, "王芳"), on=on)
    assert padded_card == card
    assert card.check(padded, on=on) == card.check(customer_id, on=on)
    assert card.check(padded, on=on).allowed is True
    person, matter = Person(padded, company=EAST), PLAN_EAST
    assert person == Person(customer_id, company=EAST)
    cleared = attrs.evolve(matter, person_ids={padded})
    assert cleared.person_ids == attrs.evolve(matter, person_ids={customer_id}).person_ids
    assert can_know(person, cleared, on=JUN) == can_know(
        Person(customer_id, company=EAST), attrs.evolve(matter, person_ids={customer_id}), on=JUN
    )


def test_R_VIP_10_R_VIP_12_a_new_card_needs_a_new_number_whatever_the_padding() -> None:
    """R-VIP-10/12 (tests-gaps findings 1–2): "VIP-1 " is VIP-1, so renewing or replacing
    with it is refused; nor may a replacement go back to the number reported lost."""
    card = Card.issue("VIP-1", Holder("C1", "王"), on=dt.date(2025, 1, 1))
    with pytest.raises(InvalidInput, match="number: a renewed card needs a new number"):
        card.renew("VIP-1 ", on=dt.date(2027, 1, 1))
    with pytest.raises(InvalidInput, match="number: a replacement card needs a new number"):
        card.replace("\tVIP-1", on=dt.date(2025, 3, 1))
    second = card.replace("VIP-2", on=dt.date(2025, 2, 1))
    with pytest.raises(InvalidInput, match=r"VIP-1 is the card this one replaced \(R-VIP-12\)"):
        second.replace("VIP-1", on=dt.date(2025, 3, 1))
    with pytest.raises(InvalidInput, match=r"VIP-1 is the card this one replaced \(R-VIP-12\)"):
        second.renew("VIP-1", on=dt.date(2027, 1, 1))
    assert second.replace("VIP-3", on=dt.date(2025, 3, 1)).replaces == "VIP-2"


# --- Bug 2: a result with three or more outcomes has no truth value ----------------------


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    subs: list[type] = cls.__subclasses__()
    for sub in subs:
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def test_R_MEM_03_R_MEM_06_R_PUR_02_a_three_outcome_result_has_no_truth_value() -> None:
    """R-MEM-03, R-MEM-06, R-PUR-02 (the audit's cases): ``if result:`` on a result with
    three or more outcomes raises InvalidType (a TypeError, as numpy's ambiguous truth
    does) saying to test ``.outcome``; before, a failed annual inspection was truthy."""
    failed = inspection_status(on=dt.date(2026, 8, 1), passed=False)
    assert failed.outcome is InspectionOutcome.FAILED
    with pytest.raises(InvalidType) as caught:
        bool(failed)
    assert str(caught.value) == (
        "result: InspectionStatus has three or more outcomes, so it has no truth value; "
        "test result.outcome instead (it is InspectionOutcome.FAILED)"
    )
    assert (caught.value.argument, caught.value.value) == ("result", failed)
    revoked = revocation_due_to_inactivity(
        dt.date(2025, 1, 1), on=dt.date(2025, 6, 1), unapproved_other_membership=True
    )
    with pytest.raises(TypeError, match=r"InactivityCheck .* \(it is InactivityOutcome\."):
        _ = "revoke" if revoked else "keep"
    over = cost_contract(CostLimit("monthly", "100"), actual="150")
    with pytest.raises(InvalidType, match=r"\(it is CostOutcome\.OVERSPENT\)"):
        assert not over
    change = cash_announcement(
        amount_received="100", amount_due="87.50"
    )  # a result with no outcome at all
    with pytest.raises(InvalidType, match="CashAnnouncement is not a yes/no answer"):
        bool(change)
    # what still works: str(), explain(), and the outcome itself
    assert str(failed).startswith("failed (R-MEM-03)")
    assert over.outcome is CostOutcome.OVERSPENT


def test_yes_no_decisions_keep_their_truth_value() -> None:
    """Decisions (R-VIP-01, R-SEC-04 …) are unchanged: ``bool()`` is ``allowed``."""
    assert bool(Decision(True, "R-SEC-05", "x")) is True
    assert bool(Decision(False, "R-SEC-05", "x")) is False
    card = Card.issue("V", Holder("C1", "王"), on=dt.date(2025, 1, 1))
    assert bool(card.check(on=dt.date(2025, 6, 1))) is True
    assert bool(can_copy(LI, PLAN_EAST, on=JUN)) is False


def test_no_result_class_overrides_the_refusal() -> None:
    """Every result class that is not a Decision inherits the refusing ``__bool__``."""
    import custops.complaints
    import custops.moveout
    import custops.periods
    import custops.service
    import custops.sla  # noqa: F401 — load every module with such results

    results = [c for c in _subclasses(Explained) if not issubclass(c, Decision)]
    assert {"InspectionStatus", "InactivityCheck", "CostContract", "Settlement"} <= {
        c.__name__ for c in results
    }
    assert [
        c.__qualname__ for c in results if getattr(c, "__bool__", None) is not Explained.__bool__
    ] == []


@settings(max_examples=100)
@given(
    dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from((None, True, False)),
    st.booleans(),
)
def test_R_MEM_03_property_truth_testing_a_status_always_refuses(
    on: dt.date, passed: bool | None, allowed: bool
) -> None:
    """R-MEM-03 invariant: every inspection status, whatever its outcome, refuses a truth
    value and names its outcome; a Decision's truth value is always its ``allowed``."""
    if on < inspection_window(on.year).start:
        passed = None  # no verdict exists before the year's window opens
    status = inspection_status(on=on, passed=passed)
    with pytest.raises(InvalidType, match=re.escape(f"InspectionOutcome.{status.outcome.name})")):
        bool(status)
    assert bool(Decision(allowed, "R-SEC-05", "x")) is allowed


def test_R_VIP_09_a_name_may_hold_a_joiner_but_not_a_control_character() -> None:
    """R-VIP-09: a holder's name is trimmed like an id, but only control characters are
    refused: a zero-width joiner or a direction mark may be part of a name."""
    assert Holder("C1", " 李\u200d明 ").name == "李\u200d明"
    assert Holder("C1", "Ali\u200fAhmed").name == "Ali\u200fAhmed"
    with pytest.raises(InvalidInput, match=r"name: .*control character '\\n'"):
        Holder("C1", "李\n明")


def test_R_VIP_05_a_ledger_document_with_padded_refs_loads_trimmed() -> None:
    """R-VIP-05: a purchase ref stored with surrounding spaces (an older document) is the
    trimmed ref once loaded, so the purchase can be found and reversed by it."""
    serial = pytest.importorskip("custops.serial")
    card = Card.issue("V", Holder("C1", "王"), on=dt.date(2025, 1, 1))
    ledger = Ledger(card).earn(dt.date(2025, 2, 1), "300", "R1")
    doc = serial.to_dict(ledger)
    text = serial.to_json(ledger).replace('"R1"', '" R1"')
    assert '" R1"' in text
    assert doc["type"] == "vip.Ledger"
    loaded = serial.from_json(text)
    assert loaded == ledger
    _, reversal = loaded.reverse(dt.date(2025, 2, 2), "R1")
    assert reversal.ref == "R1"
