"""Edges of custops.secrecy that mutation testing found untested (issue 14 item 7).

Each test pins one boundary or one policy check that a one-token change to the module
(``<`` for ``<=``, a dropped ``not``, ``-`` for ``+`` …) would otherwise get past.  The
rule IDs are cited; everything still denies by default.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.secrecy import (
    HQ,
    Extension,
    Level,
    Matter,
    MatterKind,
    Openness,
    Person,
    Position,
    SecrecyPolicy,
    access_report,
    can_copy,
    can_know,
    can_lend,
    report_leak,
    who_may_know,
)

EAST, SOUTH = "华东公司", "华南公司"
JAN1, DEC31 = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
MID = dt.date(2025, 6, 1)
SH = dt.timezone(dt.timedelta(hours=8))
LI = Person("li", company=EAST)
ZHOU = Person("zhou", company=EAST)
WANG = Person("wang", company=HQ, positions={"总公司总经理"})
GM_E = Person("gm_e", company=EAST, positions={"子公司总经理"})
DM_E = Person("dm_e", company=EAST, positions={"部门经理"})
LICENCE = Matter(
    "L-1", "秘密", "营业执照", owner=EAST, classified_on=JAN1, ends_on=None, person_ids={"li"}
)


# --- R-SEC-03: terms and extensions, both ends of every bound --------------------------------


def test_R_SEC_03_a_term_may_end_on_the_day_it_starts() -> None:
    """R-SEC-03: ``ends_on == classified_on`` is a one-day term, not an error."""
    one_day = Matter("D-1", "秘密", "合同", owner=EAST, classified_on=JAN1, ends_on=JAN1)
    assert one_day.last_classified_on == JAN1
    assert can_know(LI, one_day, on=JAN1).allowed is False  # classified that day
    assert can_know(LI, one_day, on=JAN1 + dt.timedelta(days=1)).allowed  # open the next


def test_R_SEC_03_extension_bounds_are_inclusive() -> None:
    """R-SEC-03: an extension may be decided on the first or the last classified day, and
    may end the day it is decided; it must end after the current term end."""
    assert Extension(decided_on=MID, ends_on=MID).ends_on == MID
    for decided in (JAN1, DEC31):
        ext = Extension(decided_on=decided, ends_on=dt.date(2026, 6, 30))
        kept = Matter(
            "E-1", "秘密", "合同", owner=EAST, classified_on=JAN1, ends_on=DEC31, extensions=[ext]
        )
        assert kept.last_classified_on == dt.date(2026, 6, 30)
    with pytest.raises(InvalidInput, match="must end after the current term end"):
        Matter(
            "E-2",
            "秘密",
            "合同",
            owner=EAST,
            classified_on=JAN1,
            ends_on=DEC31,
            extensions=[Extension(decided_on=MID, ends_on=DEC31)],
        )
    with pytest.raises(InvalidInput, match="a matter without a term cannot be extended"):
        Matter(
            "E-3",
            "秘密",
            "合同",
            owner=EAST,
            classified_on=JAN1,
            ends_on=None,
            extensions=[Extension(decided_on=MID, ends_on=DEC31)],
        )


# --- R-SEC-05/06: which approvers a certificate needs ------------------------------------------


def test_R_SEC_06_a_secret_certificate_is_lent_on_the_certificate_approvers() -> None:
    """R-SEC-06: a certificate at 秘密 (or below) is lent on ``certificate_approvers``, not on
    the R-SEC-05 approvers of its level — visible when the policy makes them differ."""
    policy = SecrecyPolicy(certificate_approvers={"部门经理"})
    assert can_lend(LI, LICENCE, on=MID, approval=DM_E, policy=policy).allowed
    assert can_lend(LI, LICENCE, on=MID, approval=GM_E, policy=policy).allowed is False
    confidential = attrs.evolve(LICENCE, level=Level.CONFIDENTIAL)
    assert can_lend(LI, confidential, on=MID, approval=DM_E, policy=policy).allowed is False
    assert can_lend(LI, confidential, on=MID, approval=GM_E, policy=policy).allowed


def test_R_SEC_05_no_approver_under_the_policy_refuses() -> None:
    """R-SEC-05/06: an empty set of approving positions refuses every copy (deny by default)."""
    policy = SecrecyPolicy(manager_copy_approvers=())
    decision = can_copy(LI, LICENCE, on=MID, approval=GM_E, policy=policy)
    assert decision.allowed is False
    assert decision.reason.endswith("no position may approve it under this policy")


# --- SecrecyPolicy: contradictions are refused, consistent edges accepted -----------------------


def test_R_SEC_06_manager_copyable_may_be_every_certificate() -> None:
    """R-SEC-06: ``manager_copyable`` may equal ``certificate_kinds`` (a subset, not a strict
    one); a non-certificate in it is named in the error."""
    kinds = SecrecyPolicy().certificate_kinds
    assert SecrecyPolicy(manager_copyable=kinds).manager_copyable == kinds
    with pytest.raises(PolicyError) as info:
        SecrecyPolicy(manager_copyable={MatterKind.CONTRACT, MatterKind.BUSINESS_LICENCE})
    assert info.value.argument == "manager_copyable"
    assert info.value.value == ["contract"]


def test_R_SEC_04_policy_errors_name_the_positions_involved() -> None:
    """R-SEC-04/05: a position above a know-all one must know all; one below a company-bound
    one must be company-bound — the message names both positions."""
    with pytest.raises(
        PolicyError, match="HQ general manager outranks HQ deputy general manager and must know all"
    ):
        SecrecyPolicy(know_all={"总公司副总经理"})
    with pytest.raises(
        PolicyError, match="staff ranks below HQ deputy general manager and must be company-bound"
    ):
        SecrecyPolicy(company_bound=frozenset(Position) - {Position.STAFF} - {Position.HQ_GM})


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([["合同", "秘密"]], "must be a (key, value) pair"),  # a list is not a pair
        ([("合同", "秘密", "x")], "must be a (key, value) pair"),  # nor is a triple
        ("合同", "must be a mapping or a sequence of pairs, not a str"),
        (5, "must be a mapping or a sequence of pairs, not an int"),
    ],
)
def test_R_SEC_02_default_levels_must_be_pairs(value: object, message: str) -> None:
    """R-SEC-02: ``default_levels`` is a mapping or a sequence of (kind, level) pairs."""
    with pytest.raises(InvalidType) as info:
        SecrecyPolicy(default_levels=value)  # type: ignore[arg-type]
    # a bad pair is named by its place; a value that is no collection by the argument
    named = "default_levels[0]" if isinstance(value, list) else "default_levels"
    assert info.value.argument == named
    assert message in str(info.value)


def test_R_SEC_03_extensions_are_checked_as_a_whole_and_each() -> None:
    """R-SEC-03: ``extensions`` is a sequence of Extension (not a str, not a number), and an
    extension may not end before it is decided."""
    for junk, named in (("E", "not a str"), (5, "not an int")):
        with pytest.raises(InvalidType) as info:
            Matter(
                "E-4",
                "秘密",
                "合同",
                owner=EAST,
                classified_on=JAN1,
                ends_on=DEC31,
                extensions=junk,  # type: ignore[arg-type]
            )
        assert info.value.argument == "extensions"
        assert f"must be a sequence of Extension, {named}" in str(info.value)
    with pytest.raises(InvalidInput, match="ends_on: is before decided_on 2025-06-01"):
        Extension(decided_on=MID, ends_on=JAN1)


def test_R_SEC_02_default_levels_are_kept_in_the_order_of_the_kinds() -> None:
    """R-SEC-02: the pairs are stored in the order of MatterKind, whatever order is given."""
    given = [("工资", "秘密"), ("年度规划", "机密"), ("重大决策", "绝密")]
    policy = SecrecyPolicy(default_levels=given)
    assert [kind for kind, _ in policy.default_levels] == [
        MatterKind.MAJOR_DECISION,
        MatterKind.ANNUAL_PLAN,
        MatterKind.WAGES,
    ]
    assert SecrecyPolicy(default_levels=list(reversed(given))) == policy


# --- R-SEC-04: the audit report --------------------------------------------------------------


def test_R_SEC_04_access_report_counts_and_groups_exactly() -> None:
    """R-SEC-04 audit: ``checks`` is people × matters; leaders are never counted again as
    cleared or open, also when the policy opens declassified matters to everyone."""
    notice = Matter("N-1", "非密", "通知", owner=EAST, classified_on=JAN1, ends_on=None)
    plan = Matter(
        "P-1",
        "机密",
        "年度规划",
        owner=EAST,
        classified_on=JAN1,
        ends_on=DEC31,
        person_ids={"wang"},
    )
    contract = Matter(
        "C-1", "秘密", "合同", owner=SOUTH, classified_on=JAN1, ends_on=DEC31, person_ids={"li"}
    )
    everyone = SecrecyPolicy(declassified_open_to=Openness.EVERYONE)
    report = access_report([WANG, LI], [notice, plan, contract], on=MID, policy=everyone)
    assert report.check_count == 6
    assert report.for_matter("N-1").open_to_ids == {"li"}
    assert report.for_matter("N-1").leader_ids == {"wang"}
    assert report.for_matter("P-1").cleared_ids == frozenset()  # wang knows as a leader
    assert report.for_matter("C-1").cleared_ids == {"li"}
    assert report.for_matter("C-1").open_to_ids == frozenset()
    assert report.allowed_count == 5


def test_R_SEC_04_audits_refuse_a_str_or_a_number_for_their_collections() -> None:
    """R-SEC-04 audit forms fail closed on a wrong collection, naming it."""
    plan = Matter("P-1", "机密", "年度规划", owner=EAST, classified_on=JAN1, ends_on=DEC31)
    for junk in ("li", 5):
        with pytest.raises(InvalidType, match="people: must be a collection of Person"):
            who_may_know(junk, plan, on=MID)  # type: ignore[arg-type]
        with pytest.raises(InvalidType, match="matters: must be a collection of Matter"):
            access_report([LI], junk, on=MID)  # type: ignore[arg-type]


def test_R_SEC_04_readers_are_the_groups_and_agree_with_can_know() -> None:
    """R-SEC-04: a row's ``readers`` are exactly its leaders, cleared people and those it is
    open to, and a person is among them exactly when :func:`can_know` allows."""
    notice = Matter("N-1", "非密", "通知", owner=EAST, classified_on=JAN1, ends_on=None)
    plan = Matter(
        "P-1", "机密", "年度规划", owner=EAST, classified_on=JAN1, ends_on=DEC31, person_ids={"li"}
    )
    people = [WANG, LI, ZHOU, GM_E]
    report = access_report(people, [notice, plan], on=MID)
    for row in report.rows:
        assert row.reader_ids == row.leader_ids | row.cleared_ids | row.open_to_ids
        assert "nobody" not in row.reader_ids
    for matter in (notice, plan):
        row = report.for_matter(matter.id)
        for person in people:
            assert (person.id in row.reader_ids) is can_know(person, matter, on=MID).allowed
    row = report.for_matter("N-1")
    assert row.leader_ids == {"wang"}
    assert row.cleared_ids == frozenset()
    assert row.open_to_ids == {"li", "zhou", "gm_e"}
    assert row.reader_ids == {"wang", "li", "zhou", "gm_e"}
    row = report.for_matter("P-1")
    assert [pid in row.reader_ids for pid in ("wang", "li", "zhou")] == [True, True, False]


# --- R-SEC-07: leak records ----------------------------------------------------------------


def test_R_SEC_07_a_leak_may_be_found_the_moment_it_occurs() -> None:
    """R-SEC-07: ``occurred_at == found_at`` is accepted; only a later occurrence is refused."""
    at = dt.datetime(2025, 6, 2, 9, 30, tzinfo=SH)
    record = report_leak(
        LICENCE, what="photo", found_at=at, found_by="li", remedy="removed", occurred_at=at
    )
    assert record.occurred_at == record.found_at == at
    assert record.level is Level.SECRET
