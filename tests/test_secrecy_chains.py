"""A copy of a copy read under any of its originals, and the marking's spellings of a term
of years and months and of an end day (R-SEC-01, R-SEC-03, R-SEC-04, R-SEC-05)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput, InvalidType
from custops.periods import Period
from custops.secrecy import (
    HQ,
    Level,
    Marking,
    Matter,
    Person,
    access_report,
    can_copy,
    can_know,
    classify_matter,
    copy_of,
    effective_level,
    extend,
    who_may_know,
)
from custops.testing import people as people_strategy

D = dt.date
ON = D(2026, 3, 1)
WANG = Person("wang", company=HQ, positions={"员工"})
LI = Person("li", company=HQ, positions={"员工"})


def _chain() -> tuple[Matter, Matter, Matter, Matter]:
    """A 机密 matter, its copy, the copy's copy, and the matter extended after both."""
    root = Matter(
        "F-1", "机密", "财务报表", owner=HQ, classified_on=D(2025, 1, 1),
        ends_on=D(2025, 12, 31), person_ids={"li"}, supervisor_id="chen",
    )  # fmt: skip
    copy = copy_of(root, "F-1-c1")
    again = copy_of(copy, "F-1-c2")
    kept = extend(root, ends_on=D(2027, 12, 31), decided_on=D(2025, 6, 1))
    return root, copy, again, kept


# --- a copy of a copy under its originals (R-SEC-05, R-SEC-03) ------------------------------


def test_a_copy_of_a_copy_keeps_the_ids_of_all_its_originals() -> None:
    """R-SEC-05: copy_of records the chain, nearest original first."""
    root, copy, again, _ = _chain()
    assert (copy.original_id, copy.ancestor_ids) == ("F-1", ())
    assert (again.original_id, again.ancestor_ids) == ("F-1-c1", ("F-1",))
    third = copy_of(again, "F-1-c3")
    assert (third.original_id, third.ancestor_ids) == ("F-1-c2", ("F-1-c1", "F-1"))
    assert root.ancestor_ids == ()


def test_a_copy_of_a_copy_is_closed_under_its_extended_first_original() -> None:
    """R-SEC-05/R-SEC-03 (复印件应视同原件管理): given the first matter copied, extended after
    both copies were made, the copy of the copy is 机密 as long as it is, whatever other
    originals come with it and in whatever order."""
    _, copy, again, kept = _chain()
    assert can_know(WANG, again, on=ON).allowed  # the snapshot alone: declassified
    for original in (kept, [kept], [copy, kept], [kept, copy], (kept, copy, kept)):
        decision = can_know(WANG, again, on=ON, original=original)
        assert not decision.allowed
        assert decision.rule == "R-SEC-04"
        assert can_know(LI, again, on=ON, original=original).allowed
        assert effective_level(again, on=ON, original=original) is Level.CONFIDENTIAL
        assert who_may_know([WANG, LI], again, on=ON, original=original) == (LI,)
        assert not can_copy(WANG, again, on=ON, original=original)
    report = access_report([WANG, LI], [kept, again], on=ON)  # the audit reads it alike
    assert report.for_matter("F-1-c2").reader_ids == {"li"}


def test_a_copy_of_a_copy_under_its_stale_copy_alone_is_read_as_the_audit_reads_it() -> None:
    """R-SEC-05: given only the copy it copies (not extended), it is read under that copy,
    as access_report reads the same two matters."""
    _, copy, again, _ = _chain()
    alone = can_know(WANG, again, on=ON, original=copy)
    report = access_report([WANG], [copy, again], on=ON)
    assert alone.allowed is ("wang" in report.for_matter("F-1-c2").reader_ids) is True


def test_an_original_outside_the_chain_is_refused_naming_it() -> None:
    """R-SEC-05: only the copy's own originals govern it; the error names the item."""
    root, copy, again, kept = _chain()
    other = attrs.evolve(root, id="OTHER")
    with pytest.raises(InvalidInput, match=r"^original: is none of the originals 'F-1-c1', 'F-1'"):
        can_know(WANG, again, on=ON, original=other)
    with pytest.raises(InvalidInput, match=r"^original\[1\]: is none of the originals"):
        can_know(WANG, again, on=ON, original=[kept, again])
    with pytest.raises(InvalidInput, match=r"^original\[1\]: shares the id 'F-1' with original"):
        can_know(WANG, again, on=ON, original=[kept, root])
    with pytest.raises(InvalidInput, match=r"^original: is not the original 'F-1' of copy"):
        can_know(WANG, copy, on=ON, original=other)
    with pytest.raises(InvalidInput, match=r"^original\[0\]: is given, but matter 'F-1' is no"):
        can_know(WANG, root, on=ON, original=[kept])
    with pytest.raises(InvalidType, match=r"^original: must be a Matter, or a sequence"):
        can_know(WANG, again, on=ON, original="F-1")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^original\[0\]: "):
        can_know(WANG, again, on=ON, original=["F-1"])  # type: ignore[list-item]


def test_the_chain_of_originals_is_checked_when_built() -> None:
    """R-SEC-05: a matter names each of its originals once, and only a copy has them."""
    root, _, again, _ = _chain()
    with pytest.raises(InvalidInput, match=r"^ancestor_ids: .* this matter is no copy"):
        attrs.evolve(root, ancestor_ids=("X",))
    with pytest.raises(InvalidInput, match=r"^ancestor_ids: names a matter twice"):
        attrs.evolve(again, ancestor_ids=("F-1-c1",))
    with pytest.raises(InvalidInput, match=r"^ancestor_ids: names a matter twice"):
        attrs.evolve(again, ancestor_ids=("F-1-c2",))
    assert attrs.evolve(again, ancestor_ids=["Ｆ－１"]).ancestor_ids == ("F-1",)
    with pytest.raises(InvalidInput, match=r"^copy_id: is the id of an original 'F-1' of copy"):
        copy_of(again, "F-1")


@settings(max_examples=80, deadline=None)
@given(
    crowd=people_strategy(min_size=1, max_size=6),
    steps=st.lists(
        st.tuples(
            st.sampled_from([None, Level.TOP_SECRET]),  # a copy's label: its original's, or higher
            st.integers(0, 800),  # days an extension of the link adds after its term end
            st.booleans(),  # whether the link is extended after the next copy is made
        ),
        min_size=1,
        max_size=4,
    ),
    person_ids=st.frozensets(st.sampled_from(["wang", "li", "zhou", "sun"]), max_size=3),
    given_places=st.sets(st.integers(0, 4), min_size=1),
    on=st.dates(D(2025, 1, 1), D(2029, 12, 31)),
)
def test_a_copy_read_under_any_of_its_originals_is_read_as_the_audit_reads_it(
    crowd: tuple[Person, ...],
    steps: list[tuple[Level | None, int, bool]],
    person_ids: frozenset[str],
    given_places: set[int],
    on: dt.date,
) -> None:
    """R-SEC-05/R-SEC-03: for any chain of copies (labelled higher or not, each link
    extended after the next copy was made or not) and any of its originals given, can_know
    answers as access_report does for the same matters, and a copy read under the first
    matter copied never opens to anyone that matter refuses."""
    root = Matter(
        "R", "秘密", "合同", owner="华东公司", classified_on=D(2025, 1, 1),
        ends_on=D(2025, 12, 31), person_ids=person_ids, supervisor_id="zhou",
    )  # fmt: skip
    chain = [root]
    for i, (label, days, extended) in enumerate(steps):
        chain.append(copy_of(chain[-1], f"C{i}", level=label))
        if extended:
            above = chain[-2]
            end = above.last_classified_on
            assert end is not None
            chain[-2] = extend(above, ends_on=end + dt.timedelta(days + 1), decided_on=end)
    leaf, originals = chain[-1], chain[:-1]
    given = [originals[-1 - p] for p in sorted(given_places) if p < len(originals)]
    if not given:
        given = [root]
    report = access_report(crowd, [*given, leaf], on=on)
    readers = report.for_matter(leaf.id).reader_ids
    for person in crowd:
        assert can_know(person, leaf, on=on, original=given).allowed is (person.id in readers)
    if root in given:  # read under the first matter copied: never wider than it
        assert readers <= report.for_matter("R").reader_ids
    level = effective_level(leaf, on=on, original=given)
    assert level is report.for_matter(leaf.id).level


# --- the marking: years and months, an end day with its words (R-SEC-01, R-SEC-03) --------


JAN5 = D(2026, 1, 5)


@pytest.mark.parametrize(
    ("text", "ends_on", "term"),
    [
        ("机密★5年6个月", D(2031, 7, 5), Period.months(66)),
        ("机密★五年零六个月", D(2031, 7, 5), Period.months(66)),
        ("机密★1年又3个月", D(2027, 4, 5), Period.months(15)),
        ("机密★5年6月", D(2031, 7, 5), Period.months(66)),
        ("机密 ★ 5 年 6 个 月", D(2031, 7, 5), Period.months(66)),
        ("机密★5年6个月以内", D(2031, 7, 5), Period.months(66)),
        ("机密★2031年12月31日前", D(2031, 12, 31), None),
        ("机密★2031年12月31日以前", D(2031, 12, 31), None),
        ("机密★至2031年12月31日", D(2031, 12, 31), None),
        ("机密★至2031年12月31日止", D(2031, 12, 31), None),
        ("机密★截至2031年12月31日", D(2031, 12, 31), None),
        ("机密★截止到2031.12.31", D(2031, 12, 31), None),
        ("confidential*until 2031-12-31", D(2031, 12, 31), None),
        ("机密★10年（2026年1月5日起）", D(2036, 1, 5), Period.years(10)),
        ("机密★10年(2026-01-05起算)", D(2036, 1, 5), Period.years(10)),
        ("机密★自2026年1月5日起10年", D(2036, 1, 5), Period.years(10)),
    ],
)
def test_a_marking_reads_the_common_spellings_of_a_term(
    text: str, ends_on: dt.date, term: Period | None
) -> None:
    """R-SEC-03: years and months together counted as months (Civil Code arts. 201-202),
    an end day with 至/截至 before it or 前/止 after it included, and a start day written
    beside the term when it is the day of classification."""
    marking = Marking.parse(text, classified_on=JAN5)
    assert (marking.level, marking.ends_on, marking.term) == (Level.CONFIDENTIAL, ends_on, term)
    matter = classify_matter(
        "M", "客户信息", owner="华东公司", supervisor_id="zhao", level=marking.level,
        classified_on=marking.classified_on, ends_on=marking.ends_on,
    )  # fmt: skip
    assert effective_level(matter, on=ends_on) is Level.CONFIDENTIAL  # the end day included
    assert effective_level(matter, on=ends_on + dt.timedelta(1)) is Level.UNCLASSIFIED


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("机密★2031年", "'2031年' reads as a year of the calendar"),
        ("机密★2031年6月", "'2031年6月' reads as a year of the calendar"),
        ("机密★5年12个月", "is no term of years and months"),
        ("机密★5年0个月", "is no term of years and months"),
        ("机密★6个月5年", "is neither a term"),
        ("机密★5年6个工作日", "is neither a term"),
        ("机密★2031年12月31日后", "is neither a term"),
        ("机密★2026年2月30日前", "'2026年2月30日' is not a day of the calendar"),
        ("机密★10年（2026年1月6日起）", "counts its term from 2026-01-06, not from classified_on"),
        ("机密★自2026年2月30日起10年", "'2026年2月30日' is not a day of the calendar"),
        ("机密★10年（2026年1月5日）", "is neither a term"),
    ],
)
def test_a_marking_refuses_the_neighbouring_spellings(text: str, problem: str) -> None:
    """R-SEC-03: never a guessed term: a year of the calendar is no number of years, an end
    day followed by 后 no last day, a start day other than the classification day a
    contradiction."""
    with pytest.raises(InvalidInput, match=r"^text: ") as caught:
        Marking.parse(text, classified_on=JAN5)
    assert problem in caught.value.problem
    assert caught.value.value == text


def test_a_term_ending_after_the_year_9999_shows_the_text() -> None:
    """R-SEC-03: the refusal names the text and shows it, not a day the caller never gave."""
    for text in ("机密★999年", "机密★20年6个月", "秘密★100000天"):
        with pytest.raises(InvalidInput, match=r"^text: ends after the year 9999") as caught:
            Marking.parse(text, classified_on=D(9980, 1, 1))
        assert caught.value.value == text


@settings(max_examples=100, deadline=None)
@given(
    years=st.integers(1, 30),
    months=st.integers(1, 11),
    day=st.dates(D(2000, 1, 1), D(2100, 12, 31)),
    joiner=st.sampled_from(["", "零", "又", " "]),
    unit=st.sampled_from(["个月", "月"]),
)
def test_years_and_months_are_that_many_months(
    years: int, months: int, day: dt.date, joiner: str, unit: str
) -> None:
    """R-SEC-03: X年Y个月 ends where X*12+Y months do, however joined."""
    together = Marking.parse(f"秘密★{years}年{joiner}{months}{unit}", classified_on=day)
    alone = Marking.parse(f"秘密★{12 * years + months}个月", classified_on=day)
    assert together == alone
    assert together.term == Period.months(12 * years + months)
