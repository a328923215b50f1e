"""Copies read under their originals, the level★term marking, width-folded ids and a
company's own job titles (R-SEC-01, R-SEC-03, R-SEC-04, R-SEC-05)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import language as in_language
from custops.periods import Period
from custops.secrecy import (
    HQ,
    Level,
    Marking,
    Matter,
    Openness,
    Person,
    Position,
    SecrecyPolicy,
    access_report,
    can_copy,
    can_know,
    classify_matter,
    copy_of,
    effective_level,
    extend,
    who_may_know,
)
from custops.testing import matters as matter_strategy
from custops.testing import people as people_strategy

D = dt.date
SY = "重装沈阳公司"
JAN5, NEW_YEAR = D(2026, 1, 5), D(2027, 1, 1)
ZHENG = Person("0105", company=SY, positions={"员工"})
ZHAO = Person("0104", company=SY)


def _plan() -> Matter:
    return classify_matter(
        "SY-JH-2026",
        "年度规划",
        owner=SY,
        classified_on=JAN5,
        ends_on=D(2026, 12, 31),
        supervisor_id="0103",
        person_ids={"0104"},
    )


# --- a copy is handled as its original (R-SEC-05, D12 四 2 3); R-SEC-03 -------------------


def test_a_copy_made_before_the_extension_stays_closed_with_its_original() -> None:
    """R-SEC-05/R-SEC-03: the copy made in June keeps the old term; read with its original
    it is 机密 as long as the original is, not open to the owning company."""
    plan = _plan()
    copy = copy_of(plan, "SY-JH-2026/复印-1")
    plan = extend(plan, ends_on=D(2027, 6, 30), decided_on=D(2026, 12, 20))
    assert not can_know(ZHENG, plan, on=NEW_YEAR)
    alone = can_know(ZHENG, copy, on=NEW_YEAR)  # the copy alone: a snapshot, declassified
    assert alone.allowed
    assert alone.rule == "R-SEC-03"
    read = can_know(ZHENG, copy, on=NEW_YEAR, original=plan)
    assert not read.allowed
    assert read.rule == "R-SEC-04"
    assert can_know(ZHAO, copy, on=NEW_YEAR, original=plan).allowed  # still cleared
    assert effective_level(copy, on=NEW_YEAR, original=plan) is Level.CONFIDENTIAL
    decision = effective_level(copy, on=NEW_YEAR, original=plan, explain=True)
    assert decision.outcome is Level.CONFIDENTIAL
    assert "2027-06-30" in decision.reason
    assert who_may_know([ZHENG, ZHAO], copy, on=NEW_YEAR, original=plan) == (ZHAO,)
    gm = Person("0101", company=SY, positions={"子公司总经理"})
    assert not can_copy(ZHENG, copy, on=NEW_YEAR, approval=gm, original=plan)
    # after the extended term both are declassified, and open alike
    later = D(2027, 7, 1)
    assert can_know(ZHENG, copy, on=later, original=plan) == can_know(ZHENG, plan, on=later)


def test_the_audit_reads_a_copy_under_its_original() -> None:
    """R-SEC-05/R-SEC-03: access_report given both counts the copy's readers as the
    original's (a copy of a copy too), whatever the order the matters come in."""
    plan = _plan()
    copy = copy_of(plan, "SY-JH-2026/复印-1")
    again = copy_of(copy, "SY-JH-2026/复印-1-1")
    plan = extend(plan, ends_on=D(2027, 6, 30), decided_on=D(2026, 12, 20))
    for order in ([plan, copy, again], [again, copy, plan], [copy, again, plan]):
        report = access_report([ZHENG, ZHAO], order, on=NEW_YEAR)
        readers = {row.matter_id: row.reader_ids for row in report.rows}
        assert readers == {key: {"0104"} for key in ("SY-JH-2026", copy.id, again.id)}
        assert report.allowed_count == 3
    # given without its original, the copy is read as it is (the audit cannot know it)
    alone = access_report([ZHENG, ZHAO], [copy], on=NEW_YEAR)
    assert alone.for_matter(copy.id).reader_ids == {"0104", "0105"}


def test_a_copy_follows_its_originals_cleared_people() -> None:
    """R-SEC-05: a person taken off the original is taken off the copy it governs."""
    plan = _plan()
    copy = copy_of(plan, "C")
    narrowed = attrs.evolve(plan, person_ids=frozenset())
    assert can_know(ZHAO, copy, on=D(2026, 6, 1))
    assert not can_know(ZHAO, copy, on=D(2026, 6, 1), original=narrowed)


def test_a_wrong_original_is_refused_naming_it() -> None:
    """R-SEC-05: only the matter the copy names as its original governs it."""
    plan = _plan()
    copy = copy_of(plan, "C")
    other = attrs.evolve(plan, id="OTHER")
    with pytest.raises(InvalidInput, match=r"^original: is not the original 'SY-JH-2026' of copy"):
        can_know(ZHENG, copy, on=NEW_YEAR, original=other)
    with pytest.raises(InvalidInput, match=r"^original: is given, but matter 'SY-JH-2026' is no"):
        can_know(ZHENG, plan, on=NEW_YEAR, original=plan)
    with pytest.raises(InvalidType, match=r"^original: "):
        can_know(ZHENG, copy, on=NEW_YEAR, original="SY-JH-2026")  # type: ignore[arg-type]


def test_matters_copying_each_other_are_refused() -> None:
    """R-SEC-05: a ring of copies has no original to read them under."""
    base = _plan()
    one = attrs.evolve(base, id="A", original_id="B")
    two = attrs.evolve(base, id="B", original_id="A")
    with pytest.raises(
        InvalidInput, match=r"^matters\[0\]: is a copy in a ring .*'A' -> 'B' -> 'A'"
    ):
        access_report([ZHENG], [one, two], on=NEW_YEAR)


_OPENNESS = st.sampled_from(list(Openness))


@settings(max_examples=150, deadline=None)
@given(
    crowd=people_strategy(min_size=1, max_size=8),
    original=matter_strategy(min_value=D(2025, 1, 1), max_value=D(2025, 12, 31), levels=Level),
    level=st.sampled_from(list(Level)),
    copy_end=st.one_of(st.none(), st.integers(0, 900)),
    person_ids=st.frozensets(st.sampled_from(["wang", "li", "zhou", "sun", "x"]), max_size=4),
    unclassified=_OPENNESS,
    declassified=_OPENNESS,
    on=st.dates(D(2024, 6, 1), D(2028, 12, 31)),
)
def test_a_copy_never_opens_to_anyone_its_original_refuses(
    crowd: tuple[Person, ...],
    original: Matter,
    level: Level,
    copy_end: int | None,
    person_ids: frozenset[str],
    unclassified: Openness,
    declassified: Openness,
    on: dt.date,
) -> None:
    """R-SEC-05, R-SEC-03: whatever the copy holds (its own level, term and people), read
    with its original it is open to no one the original refuses, in can_know, who_may_know
    and access_report alike, under any openness of the policy."""
    policy = SecrecyPolicy(unclassified_open_to=unclassified, declassified_open_to=declassified)
    ends_on = None if copy_end is None else original.classified_on + dt.timedelta(copy_end)
    copy = Matter(
        "COPY",
        max(level, original.level),
        original.kind,
        owner="B" if original.owner != "B" else "A",
        classified_on=original.classified_on,
        ends_on=ends_on,
        person_ids=person_ids,
        original_id=original.id,
    )
    readers = set()
    for person in crowd:
        of_copy = can_know(person, copy, on=on, original=original, policy=policy)
        if of_copy.allowed:
            readers.add(person.id)
            assert can_know(person, original, on=on, policy=policy).allowed
    known = who_may_know(crowd, copy, on=on, original=original, policy=policy)
    assert {p.id for p in known} == readers
    report = access_report(crowd, [copy, original], on=on, policy=policy)
    assert report.for_matter("COPY").reader_ids == readers
    assert readers <= report.for_matter(original.id).reader_ids


# --- the marking level★term (R-SEC-01, R-SEC-03) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "level", "ends_on", "term"),
    [
        ("机密★5年", Level.CONFIDENTIAL, D(2031, 1, 5), Period.years(5)),
        ("秘密★1年", Level.SECRET, D(2027, 1, 5), Period.years(1)),
        ("绝密★长期", Level.TOP_SECRET, None, None),
        ("机密★2031年12月31日", Level.CONFIDENTIAL, D(2031, 12, 31), None),
        ("机密★2031-12-31", Level.CONFIDENTIAL, D(2031, 12, 31), None),
        ("机密☆5年", Level.CONFIDENTIAL, D(2031, 1, 5), Period.years(5)),
        ("机密＊５年", Level.CONFIDENTIAL, D(2031, 1, 5), Period.years(5)),
        (" 机密级 ★ 五年 ", Level.CONFIDENTIAL, D(2031, 1, 5), Period.years(5)),
        ("秘密★6个月", Level.SECRET, D(2026, 7, 5), Period.months(6)),
        ("秘密★一年半", Level.SECRET, D(2027, 7, 5), Period.months(18)),
        ("秘密★30天", Level.SECRET, D(2026, 2, 4), Period.days(30)),
        ("confidential★5 years", Level.CONFIDENTIAL, D(2031, 1, 5), Period.years(5)),
    ],
)
def test_a_marking_gives_the_level_and_the_term_end(
    text: str, level: Level, ends_on: dt.date | None, term: Period | None
) -> None:
    """R-SEC-01/R-SEC-03: level★term, the term counted from the classification day by the
    Civil Code (the day itself not counted; a year ends on the corresponding day)."""
    marking = Marking.parse(text, classified_on=JAN5)
    assert (marking.level, marking.ends_on, marking.term) == (level, ends_on, term)
    matter = classify_matter(
        "M", "客户信息", owner=SY, classified_on=JAN5, level=marking.level,
        ends_on=marking.ends_on, supervisor_id="0103",
    )  # fmt: skip
    if ends_on is not None:  # classified through the end day, declassified the next
        assert effective_level(matter, on=ends_on) is level
        assert effective_level(matter, on=ends_on + dt.timedelta(1)) is Level.UNCLASSIFIED


def test_a_term_of_months_ends_on_the_months_last_day_without_a_corresponding_day() -> None:
    """R-SEC-03, Civil Code art. 202: 08-31 + 6 months is 02-28."""
    assert Marking.parse("秘密★6个月", classified_on=D(2025, 8, 31)).ends_on == D(2026, 2, 28)
    assert Marking.parse("秘密★1年", classified_on=D(2024, 2, 29)).ends_on == D(2025, 2, 28)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("机密", "is not a marking level★term"),
        ("机密★", "gives no term after the star"),
        ("非密★5年", "is no secrecy level"),
        ("公开★5年", "'公开' is not a secrecy level"),
        ("机密★3个工作日", "is no secrecy term"),
        ("机密★24小时", "is no secrecy term"),
        ("机密★0年", "is no secrecy term"),
        ("机密★五月", "is neither a term"),
        ("机密★2031年2月30日", "is not a day of the calendar"),
        ("机密★2025年12月31日", "before classified_on 2026-01-05"),
        ("机密★★5年", "is neither a term"),
        ("", "is not a marking"),
    ],
)
def test_a_marking_it_cannot_read_is_refused_naming_the_argument(text: str, problem: str) -> None:
    """R-SEC-01/R-SEC-03: never a guessed level or term."""
    with pytest.raises(InvalidInput, match=r"^text: ") as caught:
        Marking.parse(text, classified_on=JAN5)
    assert problem in str(caught.value)
    assert "write e.g." in str(caught.value)
    with pytest.raises(InvalidInput, match=r"^marking: "):
        Marking.parse(text, classified_on=JAN5, argument="marking")


def test_a_marking_refuses_what_is_no_text_or_no_day() -> None:
    with pytest.raises(InvalidType, match=r"^text: "):
        Marking.parse(5, classified_on=JAN5)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^classified_on: "):
        Marking.parse("机密★5年", classified_on="2026-01-05")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"^level: "):
        Marking(Level.UNCLASSIFIED, classified_on=JAN5, ends_on=None)
    with pytest.raises(InvalidInput, match=r"^ends_on: "):
        Marking(Level.SECRET, classified_on=JAN5, ends_on=D(2026, 1, 4))


def test_a_markings_refusal_in_english_holds_no_chinese_but_the_value() -> None:
    with in_language("en_US"), pytest.raises(InvalidInput) as caught:
        Marking.parse("机密", classified_on=JAN5)
    message = str(caught.value).replace("'机密'", "")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in message)
    assert "confidential★5 years" in message


@settings(max_examples=100, deadline=None)
@given(
    level=st.sampled_from([lv for lv in Level if lv.classified]),
    years=st.integers(1, 50),
    day=st.dates(D(2000, 1, 1), D(2100, 12, 31)),
)
def test_a_term_in_years_ends_on_the_anniversary(level: Level, years: int, day: dt.date) -> None:
    """R-SEC-03: n years from a day is that day n years on (02-28 for a 02-29 without one),
    whatever the level's spelling and the star."""
    for star in ("★", "☆"):
        marking = Marking.parse(f"{level.label}{star}{years}年", classified_on=day)
        assert marking.level is level
        assert marking.term == Period.years(years)
        assert marking.ends_on is not None
        assert marking.ends_on > day
        assert (marking.ends_on.month, marking.ends_on.year) == (day.month, day.year + years)
        assert marking.ends_on.day == day.day or (day.day == 29 and marking.ends_on.day == 28)


# --- ids are compared width-folded (NFKC) ---------------------------------------------------


def test_full_width_ids_are_the_same_person_and_matter() -> None:
    """R-SEC-04: an HR export's ０１０４ is the person 0104, cleared as 0104 is."""
    assert Person("０１０４", company="重装沈阳公司").id == "0104"
    assert Person("x", company="ＡＢＣ公司").company == "ABC公司"
    plan = _plan()
    assert can_know(Person("０１０４", company=SY), plan, on=D(2026, 6, 1)).allowed
    wide = classify_matter(
        "ＳＹ-１", "合同", owner=SY, classified_on=JAN5, ends_on=None, person_ids={"０１０４"},
        supervisor_id="０１０３",
    )  # fmt: skip
    assert (wide.id, wide.person_ids, wide.supervisor_id) == ("SY-1", frozenset({"0104"}), "0103")
    assert copy_of(wide, "ＳＹ-１/１").id == "SY-1/1"
    with pytest.raises(InvalidInput, match=r"^copy_id: is the original's id"):
        copy_of(wide, "ＳＹ-１")
    report = access_report([Person("0104", company=SY), Person("０１０４", company=SY)], [plan],
                           on=D(2026, 6, 1))  # fmt: skip
    assert report.people_count == 1
    assert report.for_matter("ＳＹ-ＪＨ-２０２６").matter_id == "SY-JH-2026"


def test_a_full_width_rule_id_is_refused_as_an_id() -> None:
    with pytest.raises(InvalidInput, match=r"^id: "):
        Person("Ｒ-ＳＥＣ-０４", company=SY)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789ABCXYZabc-", min_size=1, max_size=8))
def test_an_id_and_its_full_width_spelling_are_one(text: str) -> None:
    """R-SEC-04: a full-width spelling (U+FF01…) names the same person and matter."""
    wide = "".join(chr(ord(ch) + 0xFEE0) for ch in text)
    assert Person(wide, company=SY) == Person(text, company=SY)
    narrow = Matter(text, "秘密", "合同", owner=SY, classified_on=JAN5, ends_on=None)
    assert Matter(wide, "秘密", "合同", owner=SY, classified_on=JAN5, ends_on=None) == narrow


# --- duplicate ids name both rows --------------------------------------------------------


def test_two_people_sharing_an_id_are_named_by_both_rows() -> None:
    """R-SEC-04: the audit names the row that clashes and the one it clashes with."""
    moved = Person("0105", company="重装西安公司")
    rows = [ZHAO, ZHENG, ZHAO, moved]
    with pytest.raises(InvalidInput, match=r"^people\[3\]: shares the id '0105' with people\[1\]"):
        access_report(rows, [_plan()], on=NEW_YEAR)
    other = attrs.evolve(_plan(), person_ids=frozenset())
    match = r"^matters\[2\]: shares the id 'SY-JH-2026' with matters\[0\], a different matter"
    with pytest.raises(InvalidInput, match=match):
        access_report([ZHAO], [_plan(), copy_of(_plan(), "C"), other], on=NEW_YEAR)


# --- a company's own job titles (R-SEC-04) -------------------------------------------------

HR = SecrecyPolicy(
    position_names={"科员": "员工", "副总经理": "总公司副总经理", "分公司经理": "子公司总经理"}
)


def test_an_hr_exports_titles_read_as_positions() -> None:
    """R-SEC-04: 科员 is 员工, 副总经理 the HQ deputy GM who knows every matter."""
    clerk = HR.person("0999", company=SY, positions=["科员"])
    assert clerk.positions == {Position.STAFF}
    deputy = HR.person("0002", company=HQ, positions=["副总经理", "主管"])
    assert deputy.positions == {Position.HQ_DEPUTY_GM, Position.SUPERVISOR}
    assert can_know(deputy, _plan(), on=D(2026, 6, 1), policy=HR).allowed
    assert not can_know(clerk, _plan(), on=D(2026, 6, 1), policy=HR).allowed
    assert HR.staff_position(" 科员 ") is Position.STAFF
    assert HR.staff_position(Position.HQ_GM) is Position.HQ_GM
    assert SecrecyPolicy().staff_position("部门经理") is Position.DEPARTMENT_MANAGER


def test_an_unknown_title_is_refused_saying_how_to_map_it() -> None:
    with pytest.raises(
        InvalidInput, match=r"^positions\[0\]: .*position_names=\{title: position\}"
    ):
        HR.person("0998", company=SY, positions=["处长"])
    with pytest.raises(InvalidInput, match=r"^position: .*position_names"):
        SecrecyPolicy().staff_position("科员")
    with pytest.raises(InvalidType, match=r"^positions: "):
        HR.person("0998", company=SY, positions="科员")


def test_a_title_that_names_another_position_is_refused() -> None:
    with pytest.raises(PolicyError, match=r"^position_names: is already a position's name"):
        SecrecyPolicy(position_names={"主管": "员工"})
    with pytest.raises(InvalidInput, match=r"^position_names"):
        SecrecyPolicy(position_names={"科员": "处长"})
    # a title mapped to the position it already names changes nothing
    assert SecrecyPolicy(position_names={"员工": "员工"}) == SecrecyPolicy()
