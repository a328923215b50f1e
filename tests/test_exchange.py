"""custops.exchange: membership eligibility and life cycle of an exchange member (D8).

Rules checked: R-MEM-01 (eligibility), R-MEM-02 (documents ①–⑦), R-MEM-03 / R-SLA-17
(inspection window), R-MEM-04 / R-SLA-13 (change reports within 10 working days),
R-MEM-05 (sanction ladder, findings of 第十八–二十条), R-MEM-06 / R-SLA-25 (3 consecutive
months without trading).
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops.calendars import WorkCalendar, china
from custops.decisions import Decision
from custops.enums import LabelledEnum, OrderedEnum
from custops.errors import CustopsError, InvalidInput, InvalidType, PolicyError, Refused
from custops.exchange import (
    Applicant,
    ChangeKind,
    Condition,
    Document,
    DocumentPart,
    ExchangePolicy,
    InactivityCounting,
    InactivityOutcome,
    InspectionFinding,
    InspectionOutcome,
    Sanction,
    StaffLevel,
    StaffMember,
    application_checklist,
    change_report_due,
    consequence,
    eligibility,
    inspection_status,
    inspection_window,
    litigation_reportable,
    minimum_fine,
    required_count,
    revocation_due_to_inactivity,
)
from custops.i18n import language

D = Decimal


def _applicant(**changes: object) -> Applicant:
    base = Applicant(
        registered_capital="10000000",
        fixed_premises=True,
        it_adequate=True,
        governance_sound=True,
        fees_paid=True,
        staff=[
            StaffMember("senior", 5, name="甲"),
            StaffMember("senior", 2, name="乙"),
            StaffMember("senior", 1, name="丙"),
            StaffMember("middle", 3),
            StaffMember("middle", 4),
            StaffMember("middle", 1),
            StaffMember("base", 1),
        ],
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def _seniors(qualified: int, total: int) -> list[StaffMember]:
    return [StaffMember("senior", 5 if i < qualified else 4) for i in range(total)]


# ------------------------------------------------------------------ R-MEM-01


def test_R_MEM_01_eligible_at_the_exact_thresholds() -> None:
    """R-MEM-01: capital 10,000,000 exactly, 1 of 3 seniors, 2 of 3 middles, base 1 year."""
    result = eligibility(_applicant())
    assert result.allowed, result.failures
    assert result.rule == "R-MEM-01"
    assert len(result.checks) == len(Condition)
    assert all(c.rule == "R-MEM-01" for c in result.checks)


def test_R_MEM_01_every_failure_is_listed_not_just_the_first() -> None:
    """R-MEM-01: all failed conditions, in the seed's order, each with its rule ID."""
    a = _applicant(
        registered_capital=D("9999999.99"),
        fixed_premises=False,
        it_adequate=False,
        governance_sound=False,
        fees_paid=False,
        other_conditions_met=False,
        staff=[
            StaffMember("senior", 4),
            StaffMember("middle", 2),
            StaffMember("base", D("0.5"), name="小王"),
        ],
    )
    result = eligibility(a)
    assert not result.allowed
    assert [c.condition for c in result.failures] == list(Condition)
    assert {c.rule for c in result.failures} == {"R-MEM-01"}
    base = next(c for c in result.failures if c.condition is Condition.BASE_STAFF)
    assert "小王" in base.reason
    assert base.reason.startswith('article 5, item 3, point 3 ("第五条(三)3")')
    assert "registered capital" in result.reason


@pytest.mark.parametrize(
    ("qualified", "total", "ok"),
    [
        (3, 7, True),  # 7/3 = 2⅓ → at least 3
        (2, 7, False),
        (2, 6, True),  # exactly one third
        (1, 6, False),
        (1, 3, True),
        (1, 1, True),
        (0, 1, False),
        (1, 4, False),  # 4/3 → 2
        (2, 4, True),
    ],
)
def test_R_MEM_01_one_third_of_seniors_rounded_up(qualified: int, total: int, ok: bool) -> None:
    """R-MEM-01: "至少三分之一以上" — at least one third, bound included, compared exactly."""
    result = eligibility(_applicant(staff=_seniors(qualified, total)))
    senior = next(c for c in result.checks if c.condition is Condition.SENIOR_MANAGERS)
    assert senior.allowed is ok
    noun = "senior manager has" if total == 1 else "senior managers have"
    assert f"{qualified} of {total} {noun}" in senior.reason


@pytest.mark.parametrize(
    ("qualified", "total", "ok"),
    [(5, 7, True), (4, 7, False), (2, 3, True), (1, 3, False), (4, 6, True), (3, 6, False)],
)
def test_R_MEM_01_two_thirds_of_middle_managers(qualified: int, total: int, ok: bool) -> None:
    """R-MEM-01: at least two thirds of the middle managers with >= 3 years."""
    middles = [StaffMember("middle", 3 if i < qualified else D("2.99")) for i in range(total)]
    result = eligibility(_applicant(staff=[StaffMember("senior", 5), *middles]))
    middle = next(c for c in result.checks if c.condition is Condition.MIDDLE_MANAGERS)
    assert middle.allowed is ok


def test_R_MEM_01_required_count_is_exact() -> None:
    assert [required_count(Fraction(1, 3), n) for n in range(8)] == [0, 1, 1, 1, 2, 2, 2, 3]
    assert [required_count(Fraction(2, 3), n) for n in range(8)] == [0, 1, 2, 2, 3, 4, 4, 5]


@pytest.mark.parametrize("share", [Fraction(4, 3), Fraction(-1, 3)])
def test_R_MEM_01_required_count_refuses_a_share_outside_0_1(share: Fraction) -> None:
    """R-MEM-01: "at least a share of the managers" needs a share in [0, 1]; the bounds
    themselves are shares (none at all, every one)."""
    with pytest.raises(InvalidInput) as info:
        required_count(share, 3)
    assert (info.value.argument, info.value.value) == ("share", share)
    assert str(info.value) == f"share: must lie in [0, 1] (got {share!r})"
    assert (required_count(Fraction(0), 3), required_count(Fraction(1), 3)) == (0, 3)


@given(st.integers(min_value=0, max_value=500), st.integers(min_value=1, max_value=500))
def test_property_required_count_is_the_least_sufficient(q: int, n: int) -> None:
    """R-MEM-01: k = required_count(share, n) is the least k with k/n >= share."""
    for share in (Fraction(1, 3), Fraction(2, 3)):
        k = required_count(share, n)
        assert Fraction(k, n) >= share
        assert k == 0 or Fraction(k - 1, n) < share


def test_R_MEM_01_senior_needs_clean_record_too() -> None:
    """R-MEM-01: a qualifying senior has >= 5 years AND no violation in the last 3 years."""
    staff = [StaffMember("senior", 10, clean_record=False), StaffMember("senior", 1)]
    assert not eligibility(_applicant(staff=staff)).allowed
    staff = [
        StaffMember("senior", 10),
        StaffMember("senior", 1),
        StaffMember("senior", 1, clean_record=False, name="丁"),
    ]
    assert eligibility(_applicant(staff=staff)).allowed
    strict = ExchangePolicy(all_seniors_clean=True)
    result = eligibility(_applicant(staff=staff), policy=strict)
    assert [c.condition for c in result.failures] == [Condition.SENIOR_MANAGERS]
    assert "丁" in result.failures[0].reason


def test_R_MEM_01_no_seniors_fails_no_middles_passes() -> None:
    """R-MEM-01: at least one senior manager must be listed; no middle managers is vacuous."""
    result = eligibility(_applicant(staff=[StaffMember("base", 2)]))
    assert [c.condition for c in result.failures] == [Condition.SENIOR_MANAGERS]
    result = eligibility(_applicant(staff=[StaffMember("senior", 6)]))
    assert result.allowed


def test_R_MEM_01_policy_numbers() -> None:
    p = ExchangePolicy()
    assert p.min_registered_capital == D("10000000.00")
    assert (p.senior_share, p.senior_years) == (Fraction(1, 3), D(5))
    assert (p.middle_share, p.middle_years, p.base_years) == (Fraction(2, 3), D(3), D(1))
    lower = ExchangePolicy(min_registered_capital="5000000")
    assert eligibility(_applicant(registered_capital="6000000"), policy=lower).allowed


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"senior_share": "0"}, PolicyError, "senior_share: must lie in (0, 1] (got '0')"),
        ({"middle_share": "4/3"}, PolicyError, "middle_share: must lie in (0, 1] (got '4/3')"),
        ({"middle_share": Fraction(-1, 3)}, PolicyError, "middle_share: must lie in (0, 1]"),
        ({"senior_years": "-1"}, PolicyError, "senior_years: must be at least 0 (got '-1')"),
        ({"fine_multiple": Decimal("-0.5")}, PolicyError, "fine_multiple: must be at least 1"),
    ],
)
def test_R_MEM_01_policy_shares_and_years_are_checked_by_the_one_interval_check(
    fields: dict[str, object], error: type[CustopsError], message: str
) -> None:
    """R-MEM-01: a share lies in (0, 1], a number of years (and
    the fine multiple of R-MEM-05) is at least 0: ``custops._validate.within``, a share
    refused as a policy's own contradiction (``PolicyError``)."""
    with pytest.raises(error) as info:
        ExchangePolicy(**fields)  # type: ignore[arg-type]
    assert str(info.value).startswith(message)
    assert info.value.argument == next(iter(fields))
    assert ExchangePolicy(senior_share=1, senior_years=0).senior_share == Fraction(1)


def test_applicant_validation() -> None:
    with pytest.raises(InvalidType, match="registered_capital"):
        _applicant(registered_capital=1e7)
    with pytest.raises(InvalidType, match="fees_paid"):
        _applicant(fees_paid="yes")
    with pytest.raises(InvalidType, match=r"staff\[0\]"):
        _applicant(staff=["senior"])
    with pytest.raises(InvalidInput, match="years"):
        StaffMember("senior", -1)
    with pytest.raises(InvalidInput, match="staff_level"):
        StaffMember("boss", 1)
    with pytest.raises(InvalidType, match="applicant"):
        eligibility("acme")  # type: ignore[arg-type]


# ------------------------------------------------------------------ R-MEM-02


def test_R_MEM_02_missing_documents() -> None:
    """R-MEM-02: which of the seven documents ①–⑦ are missing."""
    c = application_checklist(["①", "②", "3", Document.PREMISES_PROOF, "工作对接表"])
    assert not c.allowed
    assert c.missing == (Document.CONTRACT, Document.APPLICATION_FORM)
    assert c.rule == "R-MEM-02"
    assert "⑥" in c.reason
    assert "⑦" in c.reason
    full = application_checklist([d.label for d in Document])
    assert full.allowed
    assert full.missing == ()
    assert application_checklist([]).missing == tuple(Document)
    assert [d.item for d in Document] == [1, 2, 3, 4, 5, 6, 7]
    assert [d.item for d in Document] == [d.position + 1 for d in Document]  # one home (L12)


def test_R_MEM_02_unknown_document_is_refused() -> None:
    with language("zh_CN"), pytest.raises(InvalidInput, match=r"submitted\[1\]") as caught:
        application_checklist(["①", "营业执照副本的照片"])
    # the error lists every part by the clause's names, the two parts of an item joined
    assert "公司证照/营业执照" in caught.value.problem
    assert "会员入市合同/入市合同 + 补充协议" in caught.value.problem
    # in English by the parts' keys, with no Chinese but the value given
    with language("en_US"), pytest.raises(InvalidInput, match=r"submitted\[1\]") as caught:
        application_checklist(["①", "营业执照副本的照片"])
    assert "① licence + articles" in caught.value.problem
    assert "营业执照" not in caught.value.problem
    with pytest.raises(InvalidType, match="submitted"):
        application_checklist("①②")


def test_R_MEM_02_one_part_of_a_two_document_item_leaves_it_missing() -> None:
    """R-MEM-02 (D8 第六条(一)): ①②③⑥⑦ are two documents each; the item is complete only
    when both are in, and the result names each missing part."""
    halves = ["营业执照", "法定代表人身份证", "高管简历", "租赁合同", "工作对接表", "补充协议"]
    c = application_checklist([*halves, "承诺函"])
    assert not c.allowed
    assert c.missing == (
        Document.LICENCE_AND_ARTICLES,
        Document.IDENTITY_CARDS,
        Document.ORG_CHART_AND_CVS,
        Document.CONTRACT,
        Document.APPLICATION_FORM,
    )
    assert c.missing_parts == (
        DocumentPart.ARTICLES,
        DocumentPart.AUTHORISED_PERSON_ID,
        DocumentPart.ORG_CHART,
        DocumentPart.MEMBERSHIP_CONTRACT,
        DocumentPart.APPLICATION_FORM,
    )
    with language("zh_CN"):
        assert "①公司证照、公司章程（缺公司章程）" in c.reason
        assert "（缺被授权人身份证）" in c.reason
    with language("en_US"):
        assert "articles of association (公司章程) missing" in c.reason


def test_R_MEM_02_the_seeds_own_part_names_complete_every_item() -> None:
    """R-MEM-02: each part under the clause's own name (公司证照 …) or a common synonym
    (营业执照, 组织架构图, 对接表 …); the two parts of one item are not a duplicate."""
    own = [p.label for p in DocumentPart]
    assert own[:2] == ["公司证照", "公司章程"]
    assert application_checklist(own).allowed
    synonyms = ["营业执照", "章程", "法人身份证", "被授权人身份证", "组织架构图", "简历"]
    synonyms += ["不动产权证书", "对接表", "入市合同", "补充协议", "入会申请审核表", "承诺函"]
    full = application_checklist(synonyms)
    assert full.allowed
    assert full.missing == ()
    assert full.missing_parts == ()
    assert application_checklist(["营业执照", "公司章程"]).missing[0] is Document.IDENTITY_CARDS
    assert [len(d.parts) for d in Document] == [2, 2, 2, 1, 1, 2, 2]
    assert all(p.document.parts.count(p) == 1 for p in DocumentPart)


def test_R_MEM_02_a_bare_identity_card_names_neither_part() -> None:
    """R-MEM-02: ② is two identity cards; "身份证" alone is refused naming both parts."""
    with pytest.raises(InvalidInput, match=r"legal_representative_id.*authorised_person_id"):
        application_checklist(["①", "身份证"])


@given(
    st.lists(st.sampled_from(list(DocumentPart)), unique=True),
    st.data(),
)
def test_R_MEM_02_an_item_is_complete_exactly_when_all_its_parts_are_in(
    parts: list[DocumentPart], data: st.DataObject
) -> None:
    """R-MEM-02 (property): ``missing`` is the items with a part outside ``submitted``,
    ``missing_parts`` the parts outside it, whatever the order and the spelling; a part
    given as a member, its label, any variant, or with 公司 before and 复印件/扫描件/原件
    after it gives the same checklist."""

    def written(part: DocumentPart) -> DocumentPart | str:
        name = data.draw(st.sampled_from([part.label, *part.variants]))
        before = data.draw(st.sampled_from(["", "公司"]))
        after = data.draw(st.sampled_from(["", "复印件", "扫描件", "原件"]))
        spelled = name if name.startswith("公司") else before + name
        choices: list[DocumentPart | str] = [part, f"{spelled}{after}"]
        return data.draw(st.sampled_from(choices))

    c = application_checklist([written(p) for p in parts])
    assert set(c.missing_parts) == set(DocumentPart) - set(parts)
    assert c.missing == tuple(d for d in Document if not set(d.parts) <= set(parts))
    assert c.allowed is (len(parts) == len(DocumentPart))
    assert application_checklist(parts) == c  # members and spellings: one checklist


def test_R_MEM_02_parts_given_as_members_are_read() -> None:
    """R-MEM-02: application_checklist takes DocumentPart members, as its signature says,
    beside whole items (members or names); a wrong type names all three it takes."""
    c = application_checklist([DocumentPart.LICENCE, DocumentPart.ARTICLES, Document.CONTRACT])
    assert c.missing[0] is Document.IDENTITY_CARDS
    assert Document.LICENCE_AND_ARTICLES not in c.missing
    assert DocumentPart.SUPPLEMENTARY_AGREEMENT not in c.missing_parts
    assert application_checklist(list(DocumentPart)).allowed
    with pytest.raises(InvalidInput, match=r"^submitted\[1\]: names the same document as"):
        application_checklist([DocumentPart.LICENCE, Document.LICENCE_AND_ARTICLES])
    with pytest.raises(InvalidType, match=r"^submitted\[0\]: must be a Document, a Document"):
        application_checklist([1])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("营业执照复印件", DocumentPart.LICENCE),
        ("公司营业执照", DocumentPart.LICENCE),
        ("公司营业执照扫描件", DocumentPart.LICENCE),
        ("公司章程复印件", DocumentPart.ARTICLES),
        ("法定代表人身份证复印件", DocumentPart.LEGAL_REPRESENTATIVE_ID),
        ("被授权人身份证原件", DocumentPart.AUTHORISED_PERSON_ID),
        ("公司组织架构图", DocumentPart.ORG_CHART),
        ("房产证复印件", DocumentPart.PREMISES),
        ("公司补充协议", DocumentPart.SUPPLEMENTARY_AGREEMENT),
        ("承诺函扫描件", DocumentPart.COMMITMENT_LETTER),
    ],
)
def test_R_MEM_02_copy_words_and_company_are_folded_for_every_part(
    text: str, part: DocumentPart
) -> None:
    """R-MEM-02 (D8 第六条(一)① asks for 复印件加盖公章扫描): any part's name is read with
    复印件/扫描件/原件 after it and 公司 before it, one rule for every part."""
    assert DocumentPart.parse(text) is part
    assert application_checklist([text]).missing_parts == tuple(
        p for p in DocumentPart if p is not part
    )


@pytest.mark.parametrize("text", ["授权人身份证", "授权人身份证复印件", "身份证复印件"])
def test_R_MEM_02_the_grantors_identity_card_is_not_the_grantees(text: str) -> None:
    """R-MEM-02: 授权人 (the grantor) is not 被授权人 (the grantee): "授权人身份证" is refused
    naming both identity cards of ②, never read as the authorised person's."""
    for read in (lambda: DocumentPart.parse(text), lambda: application_checklist([text])):
        with pytest.raises(
            InvalidInput,
            match=r"may name legal_representative_id .*"
            r"or authorised_person_id",
        ) as caught:
            read()
        assert caught.value.value == text


def test_R_MEM_02_the_deed_and_the_lease_both_given_meet_item_4() -> None:
    """R-MEM-02: ④ is the property certificate or the lease; a desk holding both is no slip:
    ④ is met. The same alternative named twice is refused as any document named twice."""
    for both in (["房产证", "租赁合同"], ["租赁合同复印件", "不动产权证书"], ["deed", "lease"]):
        c = application_checklist(both)
        assert Document.PREMISES_PROOF not in c.missing
        assert DocumentPart.PREMISES not in c.missing_parts
    for twice in (["房产证", "房产证复印件"], ["④", "租赁合同"], ["租赁合同", "房屋租赁合同"]):
        with pytest.raises(InvalidInput, match=r"^submitted\[1\]: names the same document"):
            application_checklist(twice)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("营业执照", "① (公司证照)"),
        ("承诺函", "⑦ (承诺函)"),
        ("入市合同", "⑥ (会员入市合同)"),
        ("身份证", "② (法定代表人身份证 or 被授权人身份证)"),
    ],
)
def test_R_MEM_02_document_parse_says_which_items_part_a_part_names(text: str, item: str) -> None:
    """R-MEM-02: a part's name names no whole item (① is 公司证照 and 公司章程): Document.parse
    refuses it saying whose part it is and where it is read, DocumentPart.parse or
    application_checklist; ④'s names still read as ④, a one-document item."""
    with pytest.raises(InvalidInput) as caught:
        Document.parse(text, argument="document")
    assert caught.value.argument == "document"
    assert caught.value.value == text
    assert caught.value.problem == (
        f"names a part of {item}, not the whole item, which is two documents: read it with "
        "DocumentPart.parse, or list it in application_checklist"
    )
    assert Document.parse("租赁合同") is Document.parse("④") is Document.PREMISES_PROOF


def test_R_MEM_02_a_checklist_stored_before_parts_loads_its_missing_parts() -> None:
    """R-MEM-02: a Checklist stored before parts were named has no ``missing_parts``: every
    part of its missing items is missing (its ⑦ was not submitted at all)."""
    from custops import exchange, serial

    old = (
        '{"custops":1,"type":"exchange.Checklist","value":{"allowed":false,"rule":"R-MEM-02",'
        '"reason":"缺少 1 份（共 7 份）：⑦会员入会申请审核表和承诺函",'
        '"missing":["application_form"]}}'
    )
    c = serial.from_json(old, expect=exchange.Checklist)
    assert c.missing == (Document.APPLICATION_FORM,)
    assert c.missing_parts == (DocumentPart.APPLICATION_FORM, DocumentPart.COMMITMENT_LETTER)
    assert serial.from_json(serial.to_json(c)) == c
    new = application_checklist(["营业执照"])  # stored now: its own parts, not derived
    assert serial.from_json(serial.to_json(new)).missing_parts == new.missing_parts
    assert DocumentPart.LICENCE not in new.missing_parts


# ------------------------------------------------------------------ R-MEM-03


def test_R_MEM_03_inspection_window() -> None:
    """R-MEM-03, R-SLA-17: 1 July – 31 August, both days included."""
    w = inspection_window(2026)
    assert (w.start, w.end) == (dt.date(2026, 7, 1), dt.date(2026, 8, 31))
    assert dt.date(2026, 7, 1) in w
    assert dt.date(2026, 8, 31) in w
    assert dt.date(2026, 6, 30) not in w
    assert dt.date(2026, 9, 1) not in w
    custom = ExchangePolicy(inspection_start=(6, 1), inspection_end=(6, 30))
    assert inspection_window(2026, policy=custom).end == dt.date(2026, 6, 30)


@pytest.mark.parametrize(
    ("on", "registered", "passed", "outcome", "continues"),
    [
        (dt.date(2026, 7, 1), None, None, InspectionOutcome.OPEN, True),
        (dt.date(2026, 8, 31), None, None, InspectionOutcome.OPEN, True),
        (dt.date(2026, 8, 31), False, None, InspectionOutcome.OPEN, True),
        (dt.date(2026, 8, 31), True, None, InspectionOutcome.PENDING, True),
        (dt.date(2026, 9, 1), None, None, InspectionOutcome.UNKNOWN, True),
        (dt.date(2026, 9, 1), False, None, InspectionOutcome.MISSED, False),
        (dt.date(2026, 9, 1), True, None, InspectionOutcome.PENDING, True),
        (dt.date(2026, 7, 20), True, True, InspectionOutcome.PASSED, True),
        (dt.date(2026, 8, 15), True, False, InspectionOutcome.FAILED, False),
        (dt.date(2026, 12, 1), None, True, InspectionOutcome.PASSED, True),
        (dt.date(2027, 6, 30), True, None, InspectionOutcome.PENDING, True),
    ],
)
def test_R_MEM_03_inspection_status(
    on: dt.date,
    registered: bool | None,
    passed: bool | None,
    outcome: InspectionOutcome,
    continues: bool,
) -> None:
    """R-MEM-03 (D8 第八条): a failed review ends the membership, and so (the Default) does no
    registration once the window has closed; a registered member awaiting its verdict
    continues."""
    status = inspection_status(on=on, registered=registered, passed=passed)
    assert status.outcome is outcome
    assert status.membership_continues is continues
    assert status.rule == "R-MEM-03"


def test_R_MEM_03_days_left_and_bad_input() -> None:
    assert inspection_status(on=dt.date(2026, 8, 31)).reason.endswith("1 day left")
    with pytest.raises(InvalidType, match="registered"):
        inspection_status(on=dt.date(2026, 7, 1), registered=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="passed"):
        inspection_status(on=dt.date(2026, 7, 1), passed="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="on"):
        inspection_status(on=dt.datetime(2026, 7, 1, 9))
    with pytest.raises(InvalidInput, match="year"):
        inspection_window(0)
    with pytest.raises(PolicyError, match="inspection_end"):
        ExchangePolicy(inspection_start=(9, 1), inspection_end=(8, 31))
    with pytest.raises(PolicyError, match="inspection_start"):
        ExchangePolicy(inspection_start=(2, 29))


# ------------------------------------------------------------------ R-MEM-04


def test_R_MEM_04_change_report_due_10_working_days() -> None:
    """R-MEM-04, R-SLA-13: 10 working days; the event day is not counted."""
    # National Day 2025: 1–8 Oct off, Sun 28 Sep and Sat 11 Oct are 补班 working days
    assert change_report_due(dt.date(2025, 9, 26)) == dt.date(2025, 10, 16)
    # a plain fortnight: Monday → the Monday two weeks later
    assert change_report_due(dt.date(2025, 11, 3)) == dt.date(2025, 11, 17)
    # an event on a rest day counts from the next working day
    assert change_report_due(dt.date(2025, 11, 1)) == dt.date(2025, 11, 14)
    assert change_report_due(dt.date(2025, 11, 3), calendar=china()) == dt.date(2025, 11, 17)
    quick = ExchangePolicy(change_report_workdays=1)
    assert change_report_due(dt.date(2025, 9, 30), policy=quick) == dt.date(2025, 10, 9)


@given(st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2026, 12, 1)))
def test_property_change_report_due_is_the_tenth_working_day(day: dt.date) -> None:
    """R-MEM-04: exactly 10 working days lie in (event, due], and due is one of them."""
    due = change_report_due(day)
    cal = china()
    assert cal.is_workday(due)
    assert cal.workdays_between(day, due) == 10


def test_R_MEM_04_ten_kinds_of_change() -> None:
    """R-MEM-04: the ten reportable changes of 第十条, in order."""
    assert len(ChangeKind) == 10
    assert [k.item for k in ChangeKind] == list(range(1, 11))
    assert [k.item for k in ChangeKind] == [k.position + 1 for k in ChangeKind]  # one home (L12)
    assert ChangeKind.parse("变更法定代表人") is ChangeKind.LEGAL_REPRESENTATIVE
    assert ChangeKind.parse("litigation") is ChangeKind.LITIGATION
    assert ChangeKind.parse("Exchange Request") is ChangeKind.EXCHANGE_REQUEST
    with pytest.raises(InvalidInput):
        ChangeKind.parse("换了个logo")


def test_R_MEM_04_litigation_threshold_inclusive() -> None:
    """R-MEM-04 (第十条(七)): 5万元以上 includes 50,000."""
    assert litigation_reportable("50000").allowed
    assert not litigation_reportable("49999.99").allowed
    assert litigation_reportable(50000).rule == "R-MEM-04"
    with pytest.raises(InvalidType, match="amount"):
        litigation_reportable(5e4)  # type: ignore[arg-type]


def test_change_report_bad_input() -> None:
    with pytest.raises(InvalidType, match="event_on"):
        change_report_due("2025-10-01")  # type: ignore[call-overload]
    with pytest.raises(InvalidType, match="calendar"):
        change_report_due(dt.date(2025, 10, 1), calendar="CN")  # type: ignore[call-overload]
    with pytest.raises(PolicyError, match="change_report_workdays"):
        ExchangePolicy(change_report_workdays=0)


def test_change_report_uses_the_calendar_given() -> None:
    """R-MEM-04: a company closure counts as a rest day."""
    closed = WorkCalendar(closures=[dt.date(2025, 11, 4)])
    assert change_report_due(dt.date(2025, 11, 3), calendar=closed) == dt.date(2025, 11, 18)


# ------------------------------------------------------------------ R-MEM-05


def test_R_MEM_05_sanction_ladder_is_ordered() -> None:
    """R-MEM-05: mildest first, in the order of 第十七条."""
    ladder = list(Sanction)
    assert [s.label for s in ladder] == [
        "口头警告",
        "书面通报",
        "强制培训",
        "暂停会员资格",
        "撤销会员资格",
        "罚取经济赔偿金",
        "移送司法机关处理",
    ]
    shuffled = [ladder[i] for i in (4, 0, 6, 2, 1, 5, 3)]
    assert sorted(shuffled) == ladder
    assert [s.item for s in ladder] == list(range(1, 8))
    assert Sanction.SUSPENSION > Sanction.COMPULSORY_TRAINING
    assert Sanction.REVOCATION >= Sanction.REVOCATION
    assert Sanction.ORAL_WARNING <= Sanction.WRITTEN_NOTICE
    assert Sanction.parse("撤消") is Sanction.REVOCATION
    assert Sanction.parse("oral warning") is Sanction.ORAL_WARNING


def test_R_MEM_05_findings_map_to_consequences() -> None:
    """R-MEM-05: 第十八条 → rectification, else revocation; 第十九条 → warning talk and
    training; 第二十条 → revocation."""
    by_article = {18: 0, 19: 0, 20: 0}
    for finding in InspectionFinding:
        by_article[finding.article] += 1
        c = consequence(finding)
        assert c.rule == "R-MEM-05"
        if finding.article == 18:
            assert c.measures == (Sanction.WRITTEN_NOTICE,)
            assert c.if_not_rectified is Sanction.REVOCATION
        elif finding.article == 19:
            assert c.measures == (Sanction.ORAL_WARNING, Sanction.COMPULSORY_TRAINING)
            assert c.if_not_rectified is None
        else:
            assert c.measures == (Sanction.REVOCATION,)
    assert by_article == {18: 12, 19: 3, 20: 5}
    assert consequence("change_not_reported").source == "第十八条(十)"
    assert consequence(InspectionFinding.OTHER_RECTIFIABLE).source == "第十八条(十二)"
    assert consequence("违规收费").source == "第十九条(一)"
    assert consequence(InspectionFinding.BREACH_OF_LAW).source == "第二十条(四)"
    with pytest.raises(InvalidInput):
        consequence("jaywalking")


def test_R_MEM_05_minimum_fine_is_the_illicit_gain() -> None:
    """R-MEM-05 (第十七条(六)): a fine of at least the illicit gain."""
    assert minimum_fine("8888.88") == D("8888.88")
    assert minimum_fine("100", policy=ExchangePolicy(fine_multiple="1.5")) == D("150.00")
    with pytest.raises(PolicyError, match="fine_multiple") as refused:
        ExchangePolicy(fine_multiple="0.5")
    assert refused.value.value == "0.5"  # the value as given, not Decimal('0.5')
    with pytest.raises(InvalidInput, match="illicit_gain"):
        minimum_fine("-1")


# ------------------------------------------------------------------ R-MEM-06


def test_R_MEM_06_three_months_rolling() -> None:
    """R-MEM-06, R-SLA-25: last trade 15 Jan → the 3 months end 15 Apr; met from 16 Apr."""
    last = dt.date(2026, 1, 15)
    before = revocation_due_to_inactivity(last, on=dt.date(2026, 4, 15))
    assert before.outcome is InactivityOutcome.TRADING
    assert before.met_on == dt.date(2026, 4, 16)
    # the day asked about is "as of" (截至), not the day the months end
    assert before.reason == (
        "3 months without trading after 2026-01-15 end on 2026-04-15: "
        "not yet complete as of 2026-04-15"
    )
    with language("zh_CN"):
        zh = revocation_due_to_inactivity(last, on=dt.date(2026, 4, 15)).reason
    assert zh.endswith("；截至 2026-04-15 尚未届满")
    on = dt.date(2026, 4, 16)
    assert revocation_due_to_inactivity(last, on=on).outcome is InactivityOutcome.INACTIVE
    revoked = revocation_due_to_inactivity(last, on=on, unapproved_other_membership=True)
    assert revoked.outcome is InactivityOutcome.REVOKE
    assert revoked.rule == "R-MEM-06"
    kept = revocation_due_to_inactivity(last, on=on, unapproved_other_membership=False)
    assert kept.outcome is InactivityOutcome.INACTIVE


def test_R_MEM_06_month_end_and_calendar_months() -> None:
    """R-MEM-06: 30 Nov + 3 months = 28 Feb (art. 202); calendar months wait to 1 March."""
    last = dt.date(2025, 11, 30)
    assert revocation_due_to_inactivity(last, on=last).met_on == dt.date(2026, 3, 1)
    last = dt.date(2026, 1, 15)
    calendar = ExchangePolicy(inactivity_counting="calendar_months")
    r = revocation_due_to_inactivity(last, on=dt.date(2026, 4, 30), policy=calendar)
    assert r.outcome is InactivityOutcome.TRADING
    assert r.met_on == dt.date(2026, 5, 1)
    assert InactivityCounting.parse("自然月") is InactivityCounting.CALENDAR_MONTHS


def test_R_MEM_06_catalogue_reading_and_good_reason() -> None:
    """R-MEM-06: policy inactivity_alone_revokes=True — the catalogue's reading."""
    alone = ExchangePolicy(inactivity_alone_revokes=True)
    last, on = dt.date(2026, 1, 15), dt.date(2026, 5, 1)
    assert (
        revocation_due_to_inactivity(last, on=on, policy=alone).outcome is InactivityOutcome.REVOKE
    )
    excused = revocation_due_to_inactivity(last, on=on, good_reason=True, policy=alone)
    assert excused.outcome is InactivityOutcome.INACTIVE
    assert "a good reason was shown: no revocation" in excused.reason


def test_R_MEM_06_bad_input() -> None:
    with pytest.raises(InvalidInput, match="on: must not be before"):
        revocation_due_to_inactivity(dt.date(2026, 2, 1), on=dt.date(2026, 1, 1))
    with pytest.raises(InvalidType, match="last_trade_on"):
        revocation_due_to_inactivity("2026-01-01", on=dt.date(2026, 2, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="unapproved_other_membership"):
        revocation_due_to_inactivity(
            dt.date(2026, 1, 1),
            on=dt.date(2026, 2, 1),
            unapproved_other_membership="no",  # type: ignore[arg-type]
        )


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 1, 1)),
    st.integers(min_value=0, max_value=400),
    st.sampled_from(list(InactivityCounting)),
)
def test_property_inactivity_is_monotone(
    last: dt.date, gap: int, counting: InactivityCounting
) -> None:
    """R-MEM-06: once met, met for every later day; met_on is always after 3 months."""
    policy = ExchangePolicy(inactivity_counting=counting, inactivity_alone_revokes=True)
    on = last + dt.timedelta(days=gap)
    r = revocation_due_to_inactivity(last, on=on, policy=policy)
    assert (r.outcome is InactivityOutcome.REVOKE) is (on >= r.met_on)
    assert r.met_on > last + dt.timedelta(days=88)  # three months hold at least 89 days
    if r.outcome is InactivityOutcome.TRADING:
        assert r.reason.endswith(f": not yet complete as of {on}")
    later = revocation_due_to_inactivity(last, on=on + dt.timedelta(days=1), policy=policy)
    assert later.outcome is InactivityOutcome.REVOKE or r.outcome is not InactivityOutcome.REVOKE
    if counting is InactivityCounting.CALENDAR_MONTHS:
        assert r.met_on.day == 1


def test_enum_labels_and_parse() -> None:
    assert StaffLevel.parse("基层员工") is StaffLevel.BASE
    assert Condition.parse("capital") is Condition.CAPITAL
    assert Condition.CAPITAL.clause == "第五条(一)"
    assert InspectionOutcome.parse("逾期未年检") is InspectionOutcome.MISSED
    assert InactivityOutcome.parse("active") is InactivityOutcome.TRADING
    assert repr(StaffLevel.SENIOR) == "<StaffLevel.SENIOR: 'senior'>"
    with pytest.raises(InvalidType, match="text"):
        StaffLevel.parse(1)


# ------------------------------------------------------------------ review: edges


def test_R_MEM_01_zero_staff_fails_only_the_senior_condition_and_says_why() -> None:
    """R-MEM-01: an applicant listing nobody has no qualifying senior manager; the middle
    and base conditions hold vacuously; the reason names the missing senior manager."""
    result = eligibility(_applicant(staff=()))
    assert [c.condition for c in result.failures] == [Condition.SENIOR_MANAGERS]
    assert "at least 1 senior manager must be listed" in result.failures[0].reason
    relaxed = ExchangePolicy(min_senior_count=0)
    assert eligibility(_applicant(staff=()), policy=relaxed).allowed


def test_R_MEM_01_violation_flag_disqualifies_a_senior_at_the_one_third_edge() -> None:
    """R-MEM-01: 3 of 7 seniors qualify — one of them with a violation drops it to 2 < 3."""
    clean = [StaffMember("senior", 5) for _ in range(3)]
    rest = [StaffMember("senior", 4) for _ in range(4)]
    assert eligibility(_applicant(staff=[*clean, *rest])).allowed
    flagged = [*clean[:2], StaffMember("senior", 9, clean_record=False), *rest]
    result = eligibility(_applicant(staff=flagged))
    assert [c.condition for c in result.failures] == [Condition.SENIOR_MANAGERS]
    assert "2 of 7" in result.failures[0].reason
    assert "at least 3 required" in result.failures[0].reason


@pytest.mark.parametrize(
    ("on", "registered", "passed", "outcome", "year"),
    [
        (dt.date(2026, 7, 1), None, False, InspectionOutcome.FAILED, 2026),
        (dt.date(2026, 7, 1), None, True, InspectionOutcome.PASSED, 2026),
        (dt.date(2026, 8, 31), False, None, InspectionOutcome.OPEN, 2026),
        (dt.date(2026, 9, 1), False, None, InspectionOutcome.MISSED, 2026),
        (dt.date(2026, 12, 31), False, None, InspectionOutcome.MISSED, 2026),
        (dt.date(2027, 1, 1), False, None, InspectionOutcome.MISSED, 2026),  # no 1 Jan flip
        (dt.date(2026, 12, 31), None, None, InspectionOutcome.UNKNOWN, 2026),
        (dt.date(2027, 1, 1), None, None, InspectionOutcome.UNKNOWN, 2026),
        (dt.date(2026, 12, 31), True, None, InspectionOutcome.PENDING, 2026),
        (dt.date(2027, 1, 1), True, None, InspectionOutcome.PENDING, 2026),
        (dt.date(2027, 1, 1), None, False, InspectionOutcome.FAILED, 2026),
        (dt.date(2027, 7, 1), None, None, InspectionOutcome.OPEN, 2027),  # the next window
    ],
)
def test_R_MEM_03_inspection_status_at_8_31_9_1_12_31_1_1(
    on: dt.date,
    registered: bool | None,
    passed: bool | None,
    outcome: InspectionOutcome,
    year: int,
) -> None:
    """R-MEM-03, R-SLA-17 (D8 第八条): the window is for
    registering; the answer on 9-1, 12-31 and 1-1 is about the same inspection (the latest
    window opened) and the same for the same facts, until the next window opens on 7-1."""
    status = inspection_status(on=on, registered=registered, passed=passed)
    assert status.outcome is outcome
    assert status.window.year == year


def test_R_MEM_03_a_policy_may_leave_a_missed_registration_to_the_review() -> None:
    """R-MEM-03: ``unregistered_ends_membership=False`` keeps a member that did not register
    until a failed review (the alternative to the Default)."""
    lenient = ExchangePolicy(unregistered_ends_membership=False)
    status = inspection_status(on=dt.date(2026, 9, 1), registered=False, policy=lenient)
    assert status.outcome is InspectionOutcome.MISSED
    assert status.membership_continues is True
    assert "review decides" in status.reason
    failed = inspection_status(
        on=dt.date(2026, 9, 1), registered=False, passed=False, policy=lenient
    )
    assert failed.membership_continues is False


@pytest.mark.parametrize(
    "on", [dt.date(2026, 7, 15), dt.date(2026, 9, 1), dt.date(2027, 1, 5), dt.date(2027, 6, 30)]
)
def test_R_MEM_03_a_pass_without_a_registration_is_refused(on: dt.date) -> None:
    """R-MEM-03: a member known not to have registered cannot be reviewed, so
    ``registered=False, passed=True`` contradicts itself on every day and is refused, naming
    ``registered``; a late registration the exchange accepted is ``registered=True``, and a
    fail without a registration stays consistent (``FAILED``)."""
    with pytest.raises(InvalidInput, match=r"^registered: a member that did not register") as e:
        inspection_status(on=on, registered=False, passed=True)
    assert (e.value.argument, e.value.value) == ("registered", False)
    assert "registered=True" in e.value.problem
    late = inspection_status(on=on, registered=True, passed=True)
    assert late.outcome is InspectionOutcome.PASSED
    failed = inspection_status(on=on, registered=False, passed=False)
    assert failed.outcome is InspectionOutcome.FAILED


@settings(max_examples=60)
@given(
    st.integers(min_value=2000, max_value=2090),
    st.integers(min_value=0, max_value=302),
    st.integers(min_value=0, max_value=302),
    st.sampled_from([True, False, None]),
    st.sampled_from([True, False, None]),
)
def test_property_R_MEM_03_same_facts_same_answer_from_9_1_to_6_30(
    year: int, first: int, second: int, registered: bool | None, passed: bool | None
) -> None:
    """R-MEM-03 invariant: for fixed facts, the outcome, the membership, the window and the
    reason do not change between 1 September and the next 30 June (303 days, or 304 in a
    leap year)."""
    assume(not (registered is False and passed is True))  # refused: see the test below
    start, end = dt.date(year, 9, 1), dt.date(year + 1, 6, 30)
    days = [min(start + dt.timedelta(days=k), end) for k in (first, second)]
    a, b = (inspection_status(on=d, registered=registered, passed=passed) for d in days)
    assert (a.outcome, a.membership_continues, a.window, a.reason) == (
        b.outcome,
        b.membership_continues,
        b.window,
        b.reason,
    )
    assert a.window.year == year
    last = inspection_status(on=end, registered=registered, passed=passed)
    assert last.outcome is a.outcome
    assert a.membership_continues is (
        passed is not False and not (passed is None and registered is False)
    )


@pytest.mark.parametrize(
    ("event", "due"),
    [
        (dt.date(2025, 9, 28), dt.date(2025, 10, 17)),  # Sunday 补班: a working day itself
        (dt.date(2025, 9, 30), dt.date(2025, 10, 21)),  # 9–17 Oct, 20, 21 (11 Oct 补班)
        (dt.date(2025, 10, 1), dt.date(2025, 10, 21)),  # on the holiday: counts from 9 Oct
        (dt.date(2025, 10, 8), dt.date(2025, 10, 21)),  # last holiday day
    ],
)
def test_R_MEM_04_change_report_due_across_national_day(event: dt.date, due: dt.date) -> None:
    """R-MEM-04, R-SLA-13: National Day 2025 (1–8 October off, 28 Sep and 11 Oct worked)."""
    assert change_report_due(event) == due


def test_R_MEM_06_leap_february_and_last_trade_on_the_31st() -> None:
    """R-MEM-06: 29 Nov 2027 + 3 months = 29 Feb 2028; 30 Nov 2027 → 29 Feb too (art. 202);
    calendar counting from 31 January waits for Feb–Apr to pass."""
    for last in (dt.date(2027, 11, 29), dt.date(2027, 11, 30)):
        r = revocation_due_to_inactivity(last, on=dt.date(2028, 2, 29))
        assert (r.outcome, r.met_on) == (InactivityOutcome.TRADING, dt.date(2028, 3, 1))
        assert (
            revocation_due_to_inactivity(last, on=dt.date(2028, 3, 1)).outcome
            is not InactivityOutcome.TRADING
        )
    calendar = ExchangePolicy(inactivity_counting="calendar_months")
    r = revocation_due_to_inactivity(dt.date(2026, 1, 31), on=dt.date(2026, 5, 1), policy=calendar)
    assert r.met_on == dt.date(2026, 5, 1)
    assert r.outcome is not InactivityOutcome.TRADING


# ------------------------------------------------------------------ issue 17: no fee refunded


@given(st.sampled_from(list(InspectionFinding)))
def test_R_MEM_05_no_consequence_refunds_fees(finding: InspectionFinding) -> None:
    """R-MEM-05, D8 第十一条(三) "交易所已经收取会员的各种费用不予退还" and 第二十条(五)
    "被撤消会员资格的,会员资格费及会员管理费不予退还" (issue 17): whatever the finding of
    第十八–二十条, the consequence refunds nothing and says so."""
    c = consequence(finding)
    assert not hasattr(c, "fees_refunded")
    assert c.reason.endswith("fees already collected are not refunded")
    assert "R-MEM" not in c.reason
    assert str(c) == f"result (R-MEM-05): {c.reason}"


def test_R_MEM_05_the_article_decides_the_measures_not_a_refund() -> None:
    """R-MEM-05 (issue 17): 第十八、十九条 findings used to refund fees; none does now."""
    rectifiable = consequence(InspectionFinding.PROMISED_RETURNS)
    training = consequence(InspectionFinding.FEES_NOT_PAID_ON_TIME)
    revoked = consequence(InspectionFinding.MEMBERSHIP_TRANSFERRED)
    assert (rectifiable.source, training.source, revoked.source) == (
        "第十八条(六)",
        "第十九条(二)",
        "第二十条(一)",
    )
    assert {c.reason.rsplit("; ", 1)[1] for c in (rectifiable, training, revoked)} == {
        "fees already collected are not refunded"
    }


# ------------------------------------------------------------------ issue 12: one decision shape


def test_R_MEM_01_eligibility_is_a_decision_with_its_checks() -> None:
    """R-MEM-01: Eligibility and Check are Decisions; explain() lists every condition."""
    result = eligibility(_applicant(registered_capital="1"))
    assert isinstance(result, Decision)
    assert not result
    assert [c.condition for c in result.checks] == list(Condition)
    assert all(isinstance(c, Decision) and c.rule == "R-MEM-01" for c in result.checks)
    lines = result.explain().splitlines()
    assert lines[0] == "not eligible (R-MEM-01): not eligible: registered capital"
    assert lines[1].startswith(
        '  not met (R-MEM-01): article 5, item 1 ("第五条(一)"): registered capital 1.00 yuan'
    )
    assert len(lines) == 1 + len(Condition)
    with pytest.raises(Refused) as info:
        result.require()
    assert info.value.decision is result
    assert eligibility(_applicant()).require().allowed


def test_R_MEM_02_checklist_is_a_decision() -> None:
    """R-MEM-02: a complete checklist allows; an incomplete one refuses and lists the gaps."""
    full = application_checklist([str(i) for i in range(1, 8)])
    assert isinstance(full, Decision)
    assert full.allowed
    assert full.missing == ()
    assert str(full) == "complete (R-MEM-02): all 7 documents submitted"
    with pytest.raises(Refused, match="missing 7 of 7"):
        application_checklist([]).require()


def test_R_MEM_04_litigation_reportable_is_a_decision() -> None:
    """R-MEM-04 (第十条(七)): allowed means the dispute must be reported; an obligation, so
    the answer reads "must report" / "need not report", not allowed/refused."""
    must = litigation_reportable("50000")
    assert isinstance(must, Decision)
    assert bool(must)
    assert str(must).startswith(
        "must report (R-MEM-04): dispute of 50,000.00 yuan must be reported"
    )


def test_R_MEM_03_and_06_results_explain_themselves() -> None:
    """R-MEM-03, R-MEM-06: outcome results print as '<outcome> (<rule>): <reason>'."""
    status = inspection_status(on=dt.date(2026, 9, 1), registered=False)
    assert str(status) == f"missed (R-MEM-03): {status.reason}"
    inactive = revocation_due_to_inactivity(dt.date(2026, 1, 15), on=dt.date(2026, 6, 1))
    assert str(inactive).startswith("inactive (R-MEM-06): 3 months without trading")
    assert inactive.met_on == dt.date(2026, 4, 16)


def test_enums_share_the_one_base() -> None:
    """Every exchange enumeration has a snake_case key, a Chinese label and parses both."""
    for cls in (
        InactivityCounting,
        StaffLevel,
        Condition,
        Document,
        InspectionOutcome,
        ChangeKind,
        Sanction,
        InspectionFinding,
        InactivityOutcome,
    ):
        assert issubclass(cls, LabelledEnum)
        for member in cls:
            assert cls.parse(member.value) is cls.parse(member.label) is member
            assert str(member) == member.label
    assert issubclass(Sanction, OrderedEnum)
    assert [s.item for s in Sanction] == [s.rank + 1 for s in Sanction]


# ------------------------------------------------------------------ issue 14: junk and extremes

BIG = "会" * (1 << 20)
HUGE = 10**100
EXTREMES: dict[str, Callable[[], object]] = {
    "window huge year": lambda: inspection_window(HUGE),
    "status date.max": lambda: inspection_status(on=dt.date.max),
    "status date.min": lambda: inspection_status(on=dt.date.min),
    "change date.max": lambda: change_report_due(dt.date.max),
    "change date.min": lambda: change_report_due(dt.date.min),
    "revocation date.max": lambda: revocation_due_to_inactivity(dt.date.max, on=dt.date.max),
    "revocation span": lambda: revocation_due_to_inactivity(dt.date.min, on=dt.date.max),
    "calendar months date.max": lambda: revocation_due_to_inactivity(
        dt.date(9999, 10, 1),
        on=dt.date.max,
        policy=ExchangePolicy(inactivity_counting="calendar_months"),
    ),
    "fine huge": lambda: minimum_fine(HUGE),
    "litigation huge": lambda: litigation_reportable(HUGE),
    "litigation 1 MB": lambda: litigation_reportable(BIG),
    "count huge": lambda: required_count(Fraction(1, 3), HUGE),
    "policy months huge": lambda: ExchangePolicy(inactivity_months=HUGE),
    "policy workdays huge": lambda: ExchangePolicy(change_report_workdays=HUGE),
    "policy capital huge": lambda: ExchangePolicy(min_registered_capital=HUGE),
    "policy years huge": lambda: ExchangePolicy(senior_years=HUGE),
    "staff 1 MB": lambda: StaffMember(BIG, HUGE),
    "staff huge years": lambda: StaffMember("senior", HUGE, name=BIG),
    "applicant huge": lambda: _applicant(registered_capital=HUGE, name=BIG),
    "eligibility huge years": lambda: eligibility(
        _applicant(staff=[StaffMember("senior", HUGE)] * 3)
    ),
    "checklist 1 MB": lambda: application_checklist([BIG]),
    "consequence 1 MB": lambda: consequence(BIG),
    "consequence huge": lambda: consequence(HUGE),  # type: ignore[arg-type]
    "sanction huge": lambda: Sanction.parse(HUGE),
}


@pytest.mark.parametrize("name", sorted(EXTREMES))
def test_junk_and_extremes_return_or_raise_a_custops_error(name: str) -> None:
    """Issue 14 item 5: date.max/min, huge ints and 1 MB strings never escape as a crash."""
    outcome: object
    try:
        outcome = EXTREMES[name]()
    except CustopsError as exc:
        outcome = exc
    if isinstance(outcome, CustopsError):
        assert outcome.argument  # the error names the argument
    else:
        assert outcome is not None


@pytest.mark.parametrize("bad", ["李\n四", "a\x00b", "王\t总", "张\x1b"])
def test_R_MEM_01_staff_and_applicant_names_refuse_control_characters(bad: str) -> None:
    """R-MEM-01: a reason quotes a staff member's name, so a name is a name (trimmed, no
    control character, an error naming the field and showing the value as given); empty or
    blank stays "no name", and every reason stays one line."""
    with pytest.raises(InvalidInput, match=r"^name: must not contain the control character") as e:
        StaffMember("base", "0.5", name=bad)
    assert e.value.value == bad
    with pytest.raises(InvalidInput, match=r"^name: must not contain the control character"):
        _applicant(name=bad)
    assert StaffMember("base", 1, name="  ").name == ""
    assert StaffMember("base", 1, name=" 李\u200d四 ").name == "李\u200d四"
    assert _applicant(name=" 某证券公司 ").name == "某证券公司"
    with pytest.raises(InvalidType, match=r"^name: "):
        StaffMember("base", 1, name=None)  # type: ignore[arg-type]
    ap = _applicant(staff=[StaffMember("senior", 5), StaffMember("base", "0.5", name=" 李四\n")])
    assert all("\n" not in check.reason for check in eligibility(ap).checks)
    assert "李四" in eligibility(ap).checks[4].reason


@pytest.mark.parametrize(
    ("submitted", "place", "first"),
    [
        ([Document.LICENCE_AND_ARTICLES, Document.LICENCE_AND_ARTICLES], 1, 0),
        (["①", "②", "③", "②"], 3, 1),
        (["①", "②", "公司章程"], 2, 0),  # ① by its number, then by its label
    ],
)
def test_R_MEM_02_a_document_named_twice_is_refused(
    submitted: list[Document | str], place: int, first: int
) -> None:
    """R-MEM-02: a list naming one document twice holds a slip (another was meant): it is
    refused naming the second by its place, showing it as given."""
    with pytest.raises(InvalidInput) as caught:
        application_checklist(submitted)
    error = caught.value
    assert error.argument == f"submitted[{place}]"
    assert error.value is submitted[place]
    assert error.problem == f"names the same document as submitted[{first}]"
    assert str(error) == f"{error.argument}: {error.problem} (got {error.value!r})"


@pytest.mark.parametrize("share", ["1/3", " 1/3 ", Decimal("0.5"), Fraction(2, 3), 1, 0, "1"])
def test_R_MEM_01_required_count_reads_a_share_as_the_policy_does(share: object) -> None:
    """R-MEM-01: required_count takes every form ExchangePolicy's share fields take, read
    by the same check (require_rational): the answer is the exact share's."""
    exact = Fraction(str(share).strip()) if not isinstance(share, Fraction) else share
    assert required_count(share, 7) == required_count(exact, 7)  # type: ignore[arg-type]
    if share not in (0, 1, "1"):  # a policy's share lies in (0, 1]; 0 is no policy share
        policy = ExchangePolicy(senior_share=share)  # type: ignore[arg-type]
        assert required_count(policy.senior_share, 7) == required_count(share, 7)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("share", "error"), [(0.5, InvalidType), ("abc", InvalidInput), ("4/3", InvalidInput)]
)
def test_R_MEM_01_required_count_refuses_a_share_a_policy_refuses(
    share: object, error: type[CustopsError]
) -> None:
    with pytest.raises(error) as caught:
        required_count(share, 3)  # type: ignore[arg-type]
    assert caught.value.argument == "share"


def test_R_MEM_01_required_count_takes_a_share_by_its_name() -> None:
    """R-MEM-01 (CONTRIBUTING item 6, one name one meaning): the bound is a share, as the
    policy's ``senior_share``/``middle_share`` and a deposit ``Tranche.share`` call it."""
    assert list(inspect.signature(required_count).parameters) == ["share", "people_count"]
    assert required_count(share=ExchangePolicy().senior_share, people_count=7) == 3


@given(st.integers(min_value=1, max_value=60), st.integers(min_value=0, max_value=60))
def test_property_required_count_reads_every_form_of_a_share_alike(den: int, n: int) -> None:
    """R-MEM-01: a share written "p/q", as a Fraction or (when exact) a Decimal needs the
    same number of people."""
    for num in range(0, den + 1, max(1, den // 5)):
        share = Fraction(num, den)
        expected = required_count(share, n)
        assert required_count(f"{num}/{den}", n) == expected
        if (share * 10**6).denominator == 1:
            assert (
                required_count(Decimal(share.numerator) / Decimal(share.denominator), n) == expected
            )
