"""Praise as a case (issue 13 item 2, user review A3, B, D): routed to the department of what
was praised (R-CMP-01, R-CMP-03; D1 第三条, D10 二 3), commended there, never a complaint —
no complaint clock (R-CMP-06), no severity (R-CMP-07), no penalty (R-CMP-13), not counted by
severity in the review (R-CMP-14) — and one-step triage from the text alone; the six clears
and a status iterate (R-CMP-15).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Case,
    CasePolicy,
    Category,
    Clear,
    Complaint,
    Department,
    Flow,
    Kind,
    PenaltyScheme,
    Severity,
    Stage,
    classify,
    classify_many,
    statistics,
)
from custops.errors import IllegalTransition, InvalidInput, InvalidType, PolicyError
from custops.i18n import language, stray_words
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2025, 10, 13, 9, 0, tzinfo=SH)
ADVISER, CRM = "客户关系顾问", "客户关系经理"
DESKS = [p.name for p in presets.all_presets()]
KNOWN = {d for _c, d in DEFAULT_CLASSIFIER_POLICY.departments}


def contact(text: str, *, loss: str = "0") -> Complaint:
    return Complaint(
        received_at=T0, channel="电话", content=text, complainant="李女士", claimed_loss=loss
    )


def opened(text: str, desk: str | CasePolicy = "winery", **kw: str) -> Case:
    return Case.open(contact(text, **kw), ADVISER, policy=desk)


# ------------------------------------------------------------------ routing (A3)


@pytest.mark.parametrize(
    ("category", "department"),
    [
        ("服务质量", Department.MARKETING_OFFICE),  # D10 二 3.3: staff and service → 营管办
        ("产品质量", Department.QUALITY),  # D10 二 3.1: product quality → 质量部
        ("退换货", Department.QUALITY),  # D10 二 3.2: returns → 质量部
        ("销售合同", Department.SALES),  # D1 第三条: the sales manager's department
        ("维修质量", Department.AFTER_SALES),  # D1 第三条: the service manager's department
        ("其他", Department.CUSTOMER_RELATIONS),  # D1 第三条: the CR manager decides
    ],
)
def test_praise_is_routed_where_its_category_is_handled_R_CMP_01_R_CMP_03(
    category: str, department: Department
) -> None:
    case = opened("表扬一下").classify(T0, CRM, kind="表扬", category=category)
    assert (case.flow, case.department) == (Flow.PRAISE, department)
    assert case.events[-1].get("department") is department  # recorded: a replay agrees
    assert Case(case.complaint, case.events, policy=case.policy).department is department
    routing = case.routing()
    assert (routing.allowed, routing.rule) == (True, "R-CMP-03")
    assert department.words in str(routing)


@pytest.mark.parametrize(
    ("text", "category", "department"),
    [
        ("销售顾问小李服务特别热情专业，表扬一下", Category.SERVICE_QUALITY, "营销办"),
        ("酒的口感很好，包装也漂亮", Category.PRODUCT_QUALITY, "质量部"),
        ("维修师傅技术很好，一次就修好了", Category.REPAIR_QUALITY, "售后服务部"),
    ],
)
def test_praise_read_from_the_text_is_routed_by_its_topic_R_CMP_03(
    text: str, category: Category, department: str
) -> None:
    """user review A3: the classifier's praise category is 其他 (whose department is 客户关系部);
    the case routes by the topic, what was praised, whether or not the classifier does."""
    found = classify(text)
    assert (found.kind, found.topic) == (Kind.PRAISE, category)
    for case in (
        opened(text).classify(T0, CRM),
        opened(text).classify(T0, CRM, classification=found),
        opened(text).classify(T0, CRM, kind="表扬"),
    ):
        assert (case.kind, case.category) == (Kind.PRAISE, category)
        assert case.department is Department.parse(department)


@pytest.mark.parametrize(
    ("text", "topic", "department"),
    [
        # an insurer's adjuster and a courier praised for coming on time were
        # routed to 销售部; a person's speed is their service (D10 二 3.3 → 营销办)
        ("特别感谢理赔员李师傅，下大雨还第一时间赶到现场，帮我处理得非常及时，给你们点赞！",
         Category.SERVICE_QUALITY, Department.MARKETING_OFFICE),
        ("快递小哥辛苦了，下这么大雨还准时送到，必须给个五星好评！",
         Category.SERVICE_QUALITY, Department.MARKETING_OFFICE),
        ("客服处理得很及时，谢谢", Category.SERVICE_QUALITY, Department.MARKETING_OFFICE),
        # a delivery with no one named stays with sales (D1 第三条 销售经理)
        ("物流很快", Category.SALES_CONTRACT, Department.SALES),
        ("送货很及时", Category.SALES_CONTRACT, Department.SALES),
        # the goods, and a repair, keep theirs (D10 二 3.1; D1 第三条 服务经理)
        ("酒的口感很好，包装也漂亮", Category.PRODUCT_QUALITY, Department.QUALITY),
        ("维修师傅技术很好，一次就修好了", Category.REPAIR_QUALITY, Department.AFTER_SALES),
    ],
)  # fmt: skip
def test_staff_praised_for_speed_goes_to_the_marketing_office_R_CMP_03(
    text: str, topic: Category, department: Department
) -> None:
    """R-CMP-01, R-CMP-03: the classifier's department of a praise, the case's routing and
    its commendation agree, as docs/complaints.md's table says."""
    found = classify(text)
    assert (found.kind, found.category, found.topic) == (Kind.PRAISE, Category.OTHER, topic)
    assert found.department is department
    (column,) = classify_many([text])["department"]
    assert column == department.value  # the bulk columns read it alike
    case = opened(text).classify(T0, CRM)
    assert (case.category, case.department) == (topic, department)
    assert case.commend(T0 + dt.timedelta(hours=1), ADVISER).department is department


@pytest.mark.parametrize(
    "text",
    [
        "业务员给的价格很优惠，合同条款也写得清楚，满意",
        "经理给我们打了折，价格很实惠，非常感谢",
        "导购推荐的套餐很划算",
        "客服说的优惠活动很划算",
    ],
)
def test_a_price_praised_beside_a_staff_word_is_no_staff_praise_R_CMP_03(text: str) -> None:
    """R-CMP-03: a member of staff named beside praise of a price or a contract, with no
    speed praised, is no praise of their service: routed by what it praises (the sale, or
    the goods' value), never to the office that commends staff."""
    found = classify(text)
    assert found.kind is Kind.PRAISE
    assert found.topic is not Category.SERVICE_QUALITY, found.explain()
    assert found.department is not Department.MARKETING_OFFICE, found.explain()


@settings(max_examples=40, deadline=None)
@given(
    who=st.sampled_from(["快递小哥", "理赔员", "李师傅", "客服", "配送员", "骑手", "送餐小哥"]),
    speed=st.sampled_from(["很及时", "非常准时", "准时送到了", "来得很及时", "处理得非常及时"]),
    tail=st.sampled_from(["，点赞！", "，给五星好评", "，谢谢！", "，非常满意"]),
)
def test_property_staff_praised_for_speed_is_never_routed_to_sales(
    who: str, speed: str, tail: str
) -> None:
    """R-CMP-03 (D10 二 3.3): praise naming a member of staff with their speed is never
    routed to sales: when read as praise, its department is the marketing office."""
    found = classify(f"{who}{speed}{tail}")
    if found.kind is Kind.PRAISE:
        assert found.department is Department.MARKETING_OFFICE, found.explain()


def test_commend_defaults_to_the_routed_department_and_says_so_R_CMP_01() -> None:
    case = opened("小张服务特别热情，表扬一下").classify(T0, CRM, kind="表扬", category="服务质量")
    done = case.commend(T0 + dt.timedelta(hours=1), ADVISER, note="通报表扬")
    assert (done.stage, done.department) == (Stage.COMMENDED, Department.MARKETING_OFFICE)
    assert done.events[-1].get("department") is Department.MARKETING_OFFICE
    assert (done.routing().allowed, done.routing().rule) == (True, "R-CMP-01")
    elsewhere = case.commend(T0, ADVISER, department="售后服务部")
    assert elsewhere.department is Department.AFTER_SALES


@pytest.mark.parametrize("department", ["技术部", "综合部", Department.GENERAL_MANAGER_OFFICE])
def test_commend_takes_any_department_as_assign_reads_it_R_CMP_01(
    department: str | Department,
) -> None:
    """The praised staff may work where no complaint is routed (技术部): a commendation
    reads its department as an assignment does; a name that is none is refused, naming
    the mapping that adds it (``CasePolicy.department_names``), and nothing changes."""
    case = opened("表扬小张").classify(T0, CRM, kind="表扬", category="服务质量")
    assert case.commend(T0, ADVISER, department=department).department is Department.parse(
        department
    )
    with pytest.raises(InvalidInput, match=r"^department: .*CasePolicy\(department_names="):
        case.commend(T0, ADVISER, department="不存在的部门")
    with pytest.raises(InvalidType, match="department"):
        case.commend(T0, ADVISER, department=3)  # type: ignore[arg-type]
    assert case.stage is Stage.CLASSIFIED  # a failed call changes nothing


def test_commend_and_assign_read_the_company_names_alike_R_CMP_01() -> None:
    """A company's own department name the desk maps (宽带装维中心 → 技术部) is accepted by
    ``commend`` as by ``assign``, and one it does not map is refused by both alike."""
    desk = CasePolicy(sla_policy="winery", department_names={"宽带装维中心": "技术部"})
    praise = opened("装宽带的师傅很专业，表扬一下", desk).classify(
        T0, CRM, kind="表扬", category="服务质量"
    )
    assert praise.commend(T0, ADVISER, department="宽带装维中心").department is (
        Department.TECHNICAL
    )
    complaint = opened("宽带又断了", desk).classify(
        T0, CRM, kind="投诉", category="服务质量", grounds_sufficient=True,
        demand_reasonable=True,
    )  # fmt: skip
    assert complaint.assign(T0, CRM, "宽带装维中心").department is Department.TECHNICAL
    with pytest.raises(InvalidInput) as commended:
        praise.commend(T0, ADVISER, department="装维班")
    with pytest.raises(InvalidInput) as assigned:
        complaint.assign(T0, CRM, "装维班")
    assert commended.value.problem == assigned.value.problem
    assert "CasePolicy(department_names={name: department})" in commended.value.problem


def test_a_desk_names_its_own_departments_R_CMP_03() -> None:
    """A dealer (D1) whose service-quality matters go to after-sales, and whose GM office
    commends: its policy's departments route and admit them."""
    own = CasePolicy(
        sla_policy="dealer",
        departments={"服务质量": "售后服务部", "其他": "总经办"},
    )
    # kept: the dealer's own (D1 第三条), a category at a time
    assert dict(own.departments)[Category.PRODUCT_QUALITY] is Department.AFTER_SALES
    assert dict(own.departments)[Category.RETURN_EXCHANGE] is Department.SALES
    case = opened("表扬小张", own).classify(T0, CRM, kind="表扬", category="服务质量")
    assert case.department is Department.AFTER_SALES
    assert case.commend(T0, ADVISER, department="总经办").department is (
        Department.GENERAL_MANAGER_OFFICE
    )
    with pytest.raises(InvalidInput, match="departments"):
        CasePolicy(sla_policy="dealer", departments={"服务质量": "不存在"})
    with pytest.raises(InvalidType, match="departments"):
        CasePolicy(sla_policy="dealer", departments=5)  # type: ignore[arg-type]


def test_a_praise_without_a_recorded_department_asks_for_one_R_CMP_01() -> None:
    """Events recorded before praise was routed replay with no department: commend names the
    argument to give rather than inventing one."""
    from custops.complaints import CaseEvent

    case = opened("表扬小张")
    old = CaseEvent(T0, "classify", CRM, data={"kind": "表扬", "category": "服务质量"})
    case = case.apply(old)
    assert case.department is None
    assert case.routing().allowed is False
    with pytest.raises(InvalidInput, match=r"^department: this praise case has no department"):
        case.commend(T0, ADVISER)
    assert case.commend(T0, ADVISER, department="营销办").department is (
        Department.MARKETING_OFFICE
    )


def test_only_praise_names_a_department_when_classified_R_CMP_06() -> None:
    from custops.complaints import CaseEvent

    data = {"kind": "咨询", "category": "其他", "department": "营销办"}
    with pytest.raises(InvalidInput, match=r"^department: only praise is routed"):
        CaseEvent(T0, "classify", CRM, data=data)


def test_commend_on_a_case_that_is_not_praise_is_refused_by_the_flow_R_CMP_01() -> None:
    case = opened("请问几点开门").classify(T0, CRM, kind="咨询", category="其他")
    with pytest.raises(IllegalTransition):
        case.commend(T0, ADVISER)
    with pytest.raises(IllegalTransition):
        opened("表扬小张").commend(T0, ADVISER)  # not yet classified


def test_routing_of_other_cases_R_CMP_06_R_CMP_07() -> None:
    fresh = opened("酒有沉淀")
    assert (fresh.routing().allowed, fresh.routing().rule) == (False, "R-CMP-06")
    complaint = fresh.classify(
        T0, CRM, kind="投诉", category="产品质量", grounds_sufficient=True, demand_reasonable=True
    )
    assert (complaint.routing().allowed, complaint.routing().rule) == (False, "R-CMP-06")
    assigned = complaint.assign(T0, CRM, "质量部")
    assert (assigned.routing().allowed, assigned.routing().rule) == (True, "R-CMP-06")
    escalated = complaint.escalate(T0, CRM, department="质量部")
    assert (escalated.routing().allowed, escalated.routing().rule) == (True, "R-CMP-07")
    asked = opened("请问几点开门").classify(T0, CRM, kind="咨询", category="其他")
    assert (asked.routing().allowed, asked.routing().rule) == (False, "R-CMP-01")


def test_routing_reads_in_each_language_R_CMP_03() -> None:
    case = opened("表扬小张").classify(T0, CRM, kind="表扬", category="服务质量")
    with language("zh_CN"):
        zh = str(case.routing())
    with language("en_US"):
        en = str(case.routing())
    assert zh == "允许（R-CMP-03）：表扬的是服务质量，按服务质量事项的归口转营销办"
    assert en == (
        "allowed (R-CMP-03): praise of service quality goes where service quality matters go: "
        "marketing office"
    )
    assert stray_words(zh, code="zh_CN") == ()
    assert stray_words(en, code="en_US") == ()


# ------------------------------------------------- not a complaint (B): severity, penalty


def test_praise_has_no_severity_and_no_penalty_R_CMP_07_R_CMP_13() -> None:
    case = opened("表扬小张", loss="5000").classify(T0, CRM, kind="表扬", category="服务质量")
    assert case.severity is None
    assert case.events[-1].get("severity") is None
    assessment = case.penalty(at=T0 + dt.timedelta(days=30))
    assert (assessment.lines, assessment.total, assessment.points, assessment.rule) == (
        (),
        Decimal("0.00"),
        0,
        "R-CMP-12",  # the winery's own rule (D10 七): no point for praise either
    )
    assert assessment.loss == Decimal("5000.00")
    assert "is not a complaint" in assessment.reason
    assert "responsibility" not in assessment.reason  # not "职责归属尚未明确" (user review B)
    with language("zh_CN"):
        assert case.penalty(at=T0).reason == "不处罚：表扬不是投诉，只有投诉才追究处罚"


@pytest.mark.parametrize("kind", ["咨询", "建议", "无需处理"])
def test_no_contact_but_a_complaint_is_penalised_R_CMP_13(kind: str) -> None:
    case = opened("你好").classify(T0, CRM, kind=kind, category="其他")
    late = case.penalty(at=T0 + dt.timedelta(days=60), loss="800")
    assert (late.lines, late.delayed) == ((), ())  # a late consultation is no complaint delayed
    with pytest.raises(InvalidType, match="loss"):
        case.penalty(at=T0, loss=1.5)  # type: ignore[arg-type]


def test_an_unclassified_case_is_assessed_as_a_complaint_the_safe_side_R_CMP_13() -> None:
    assessment = opened("酒有沉淀").penalty(at=T0 + dt.timedelta(days=30))
    assert (assessment.points, assessment.rule) == (1, "R-CMP-12")  # the winery's: D10 七
    assert "reply" in assessment.delayed
    by_loss = CasePolicy(sla_policy="winery", penalty_scheme="each_person")
    assessment = opened("酒有沉淀", by_loss).penalty(at=T0 + dt.timedelta(days=30))
    assert [line.party.value for line in assessment.lines] == ["handler"]  # delayed


def test_the_review_counts_praise_by_kind_not_by_severity_R_CMP_14() -> None:
    praise = opened("表扬小张").classify(T0, CRM, kind="表扬", category="服务质量")
    complaint = opened("酒有沉淀").classify(
        T0, CRM, kind="投诉", category="产品质量", grounds_sufficient=True, demand_reasonable=True
    )
    with language("zh_CN"):  # a review is worded when it is made
        review = statistics([praise, complaint, opened("x")], at=T0 + dt.timedelta(hours=1))
        lines = review.explain().splitlines()
    assert review.by_severity.as_dict() == {Severity.GENERAL: 1, None: 1}
    assert review.by_department[Department.MARKETING_OFFICE] == 1  # the praise, routed
    assert lines[0].startswith("评审（R-CMP-14）：案件统计 ")
    assert "投诉统计" not in "\n".join(lines)
    assert "  严重程度： 一般 1 件；未定 1 件" in lines
    only = statistics([praise], at=T0)
    assert (only.by_severity.count, only.by_kind[Kind.PRAISE]) == (0, 1)


# ----------------------------------------------------------------------- triage (D)


TRIAGE = {
    "销售顾问小李服务特别热情专业，表扬一下": (Kind.PRAISE, Flow.PRAISE),
    "酒里有沉淀，我要退货": (Kind.COMPLAINT, Flow.GENERAL),
    "请问你们周末营业吗？": (Kind.CONSULTATION, Flow.CONSULTATION),
    "谢谢": (Kind.NO_ACTION, Flow.NO_ACTION),
    "喝了你们的酒拉肚子住院了，已经找了律师": (Kind.COMPLAINT, Flow.MAJOR),
}


@pytest.mark.parametrize(("text", "expected"), TRIAGE.items())
def test_one_step_triage_from_the_text_alone_R_CMP_01_R_CMP_05(
    text: str, expected: tuple[Kind, Flow]
) -> None:
    """A desk that does not know the kind classifies first and passes the complaint's
    judgements to a complaint only (R-CMP-05): a judged text read as another kind is
    refused, naming the judgement, and the case stays as it was, timed as a complaint."""
    judged = {"grounds_sufficient": True, "demand_reasonable": True, "special": True}
    case = opened(text)
    if expected[0] is Kind.COMPLAINT:
        done = case.classify(T0, CRM, **judged)  # type: ignore[arg-type]
        assert (done.kind, done.flow) == expected
        assert (done.events[-1].get("grounds_sufficient"), done.special) == (True, True)
    else:
        with pytest.raises(
            InvalidInput,
            match=r"^grounds_sufficient: only a complaint has it, "
            rf"and the text reads the contact as a {expected[0].value}: .*"
            r"kind='complaint'",
        ) as caught:
            case.classify(T0, CRM, **judged)  # type: ignore[arg-type]
        assert (caught.value.argument, caught.value.value) == ("grounds_sufficient", True)
        assert (case.stage, case.kind) == (Stage.RECORDED, None)  # unchanged
        done = case.classify(T0, CRM)  # without the judgements: filed as read
        assert (done.kind, done.flow) == expected
        assert (done.severity, done.special) == (None, False)


@pytest.mark.parametrize(
    ("given", "argument"),
    [
        ({"severity": "重大"}, "severity"),
        ({"special": True}, "special"),
        ({"demand_reasonable": False}, "demand_reasonable"),
        ({"grounds_sufficient": False, "demand_reasonable": True}, "grounds_sufficient"),
    ],
)
def test_a_complaints_judgement_on_a_text_read_otherwise_is_refused_R_CMP_05_R_CMP_07(
    given: dict[str, object], argument: str
) -> None:
    """A validity judgement on a text the classifier read as another kind (here a
    consultation the desk judges a complaint) turned the case into that kind, with no
    clock; now each judgement is refused, through the text or a ``classification`` alike,
    and ``kind='complaint'`` keeps the clock."""
    text = "请问营业厅周末几点开门？"
    read = classify(text)
    assert read.kind is not Kind.COMPLAINT  # the reading the desk disagrees with
    case = opened(text, "tobacco")
    for through in ({}, {"classification": read}):
        with pytest.raises(InvalidInput, match=rf"^{argument}: only a complaint") as caught:
            case.classify(T0, CRM, **through, **given)  # type: ignore[arg-type]
        assert caught.value.argument == argument
    kept = case.classify(T0, CRM, kind="complaint", grounds_sufficient=True, demand_reasonable=True)
    assert kept.kind is Kind.COMPLAINT
    after_month = kept.status(at=T0 + dt.timedelta(days=30))
    assert [s.target_name for s in after_month.values()] == ["resolve"]
    assert kept.status(at=T0 + dt.timedelta(days=30)).breaches == ("resolve",)


def test_a_suggestion_read_from_the_text_keeps_special_R_SLA_09() -> None:
    """``special`` is a suggestion's too (D14 四(四)): read as a suggestion, it stands."""
    text = "建议你们增加周末营业时间"
    assert classify(text).kind is Kind.SUGGESTION
    case = opened(text, "tobacco").classify(T0, CRM, special=True)
    assert (case.kind, case.special) == (Kind.SUGGESTION, True)


def test_triage_still_needs_a_general_complaints_validity_R_CMP_05() -> None:
    with pytest.raises(InvalidInput, match=r"^grounds_sufficient: a general complaint needs"):
        opened("酒里有沉淀，我要退货").classify(T0, CRM)
    # an explicit kind that is not a complaint still refuses a complaint's judgement
    with pytest.raises(InvalidInput, match=r"^demand_reasonable: only a complaint has it"):
        opened("表扬小张").classify(T0, CRM, kind="表扬", category="其他", demand_reasonable=False)


def test_a_classification_must_be_of_the_cases_text() -> None:
    case = opened("表扬小张")
    with pytest.raises(InvalidInput, match=r"^classification: is the classification of another"):
        case.classify(T0, CRM, classification=classify("别的话"))
    with pytest.raises(InvalidType, match=r"^classification: "):
        case.classify(T0, CRM, classification="表扬")  # type: ignore[arg-type]
    assert case.stage is Stage.RECORDED


def test_an_explicit_kind_or_category_wins_over_the_classification_R_CMP_01() -> None:
    text = "销售顾问小李服务特别热情专业，表扬一下"
    found = classify(text)
    case = opened(text).classify(T0, CRM, classification=found, category="销售合同")
    assert (case.kind, case.category, case.department) == (
        Kind.PRAISE,
        Category.SALES_CONTRACT,
        Department.SALES,
    )
    told = opened(text).classify(T0, CRM, classification=found, kind="咨询")
    assert (told.kind, told.department) == (Kind.CONSULTATION, None)


# ------------------------------------------------------- six clears, status (D)


def test_six_clears_and_status_iterate_R_CMP_15() -> None:
    case = opened("酒有沉淀").classify(
        T0, CRM, kind="投诉", category="产品质量", grounds_sufficient=True, demand_reasonable=True
    )
    clears = case.six_clears()
    assert len(clears) == 6
    # a read-only mapping of clear kind -> Clear (docs/cases.md), in checklist order
    assert list(clears) == list(clears.keys()) == [c.kind.value for c in clears.clears]
    assert list(clears.values()) == list(clears.clears)
    assert all(isinstance(c, Clear) for c in clears.values())
    assert list(clears) == [
        "listen",
        "ask",
        "follow",
        "reply",
        "record",
        "report",
    ]
    assert "reply" in clears
    a_clear: object = clears.clears[0]
    with pytest.raises(InvalidType, match="not its kind"):  # a value, not a key: refused
        _ = a_clear in clears
    assert a_clear in clears.values()
    assert "nothing" not in clears
    assert clears["reply"] is clears.clears[3] is clears.get("复清晰")
    assert bool(clears) is clears.allowed is False  # its truth value stays the decision's
    status = case.status(at=T0 + dt.timedelta(hours=1))
    # a read-only mapping of target name -> Status (docs/cases.md): its keys are the
    # names, in selection order, its values the statuses
    assert list(status) == list(status.keys()) == list(status.target_names)
    assert list(status.values()) == list(status.statuses)
    assert len(status) == len(status.statuses) > 0
    first = status.statuses[0]
    assert first.target_name in status
    a_value: object = first
    with pytest.raises(InvalidType, match="not its name"):  # a value, not a key: refused
        _ = a_value in status
    assert a_value in status.values()
    assert "nothing" not in status
    assert dict(status) == dict(zip(status.target_names, status.statuses, strict=True))


# --------------------------------------------------------------------- properties


@settings(max_examples=40, deadline=None)
@given(
    desk=st.sampled_from(DESKS),
    category=st.sampled_from(Category),
    minutes=st.integers(0, 60 * 24 * 90),
    loss=st.integers(0, 100_000),
)
def test_property_praise_never_runs_a_complaint_clock_has_no_severity_or_penalty(
    desk: str, category: Category, minutes: int, loss: int
) -> None:
    """R-CMP-01, R-CMP-07, R-CMP-13, R-CMP-14: whatever the desk, the praised category and
    the moment, a praise case has no clock, no severity, no penalty and no severity count."""
    case = opened("表扬", desk, loss=str(loss)).classify(T0, CRM, kind="表扬", category=category)
    later = T0 + dt.timedelta(minutes=minutes)
    assert case.clocks() == {}
    assert case.status(at=later).statuses == ()
    assert case.severity is None
    if case.policy.penalty_scheme is PenaltyScheme.UNIT_RULES:  # D14 sets no penalty at all
        with pytest.raises(PolicyError, match=r"^policy: the tobacco desk"):
            case.penalty(at=later)
    else:
        assessment = case.penalty(at=later)
        assert (assessment.total, assessment.points) == (Decimal("0.00"), 0)
    assert statistics([case], at=later).by_severity.count == 0
    assert case.department is dict(case.policy.departments)[category]


@settings(max_examples=40, deadline=None)
@given(
    category=st.sampled_from(Category),
    department=st.one_of(st.none(), st.sampled_from(Department)),
    mapping=st.dictionaries(st.sampled_from(Category), st.sampled_from(Department), max_size=3),
)
def test_property_commend_records_the_department_given_or_the_routed_one(
    category: Category, department: Department | None, mapping: dict[Category, Department]
) -> None:
    """R-CMP-01, R-CMP-03: praise is routed to one of the desk's departments, and a
    commendation records the department given (any, as ``assign`` takes it) or that one."""
    policy = CasePolicy(sla_policy="winery", departments=mapping)
    known = {d for _c, d in policy.departments}
    case = opened("表扬", policy).classify(T0, CRM, kind="表扬", category=category)
    assert case.department in known
    done = case.commend(T0, ADVISER, department=department)
    assert done.department is (case.department if department is None else department)


@settings(max_examples=30, deadline=None)
@given(
    text=st.sampled_from(sorted(TRIAGE)) | st.text(max_size=30),
    kind=st.one_of(st.none(), st.sampled_from(Kind)),
    desk=st.sampled_from(DESKS),
)
def test_property_judged_is_a_complaint_with_a_clock_or_refused(
    text: str, kind: Kind | None, desk: str
) -> None:
    """R-CMP-01, R-CMP-05, R-CMP-06: for every kind — given, or read from any text — a case
    classified with a validity judgement is a complaint whose clocks run, or the call is
    refused (``InvalidInput``: naming ``kind`` for a text nobody read, else the judgement)
    and the case is unchanged, still timed as a general complaint; never a judged contact
    filed as another kind without a clock.  Only praise gets a department when classified."""
    if not text.strip():
        text = "。"
    case = opened(text, desk)
    read = classify(text)
    given: dict[str, Any] = {} if kind is None else {"kind": kind, "category": "其他"}
    resolved = read.kind if kind is None else kind
    unread = kind is None and read.kind is Kind.NO_ACTION and read.confidence == 0
    if unread or resolved is not Kind.COMPLAINT:
        argument = "kind" if unread else "grounds_sufficient"
        with pytest.raises(InvalidInput, match=rf"^{argument}: "):
            case.classify(T0, CRM, grounds_sufficient=True, demand_reasonable=False, **given)
        assert (case.stage, case.kind) == (Stage.RECORDED, None)  # unchanged
        return
    done = case.classify(T0, CRM, grounds_sufficient=True, demand_reasonable=False, **given)
    assert done.kind is Kind.COMPLAINT
    assert done.severity is not None
    assert done.clocks()
    assert done.status(at=T0 + dt.timedelta(hours=1)).statuses
    assert done.department is None  # a complaint's department is assigned


@settings(max_examples=30, deadline=None)
@given(text=st.sampled_from(sorted(TRIAGE)) | st.text(max_size=30))
def test_property_triage_judging_only_a_complaint_files_any_text(text: str) -> None:
    """R-CMP-01, R-CMP-05: the documented triage — classify first, pass the judgements
    only to a complaint — files any text the classifier reads in one call; only a
    complaint keeps the judgements, only praise gets a department at classification.  A
    text read unread (``quiet``: no complaint, with confidence 0) is refused, naming
    ``kind``; nothing with confidence 0 is filed but as a complaint."""
    if not text.strip():
        text = "。"
    case = opened(text)
    read = classify(case.complaint.text)  # (the complaint keeps its text as it reads it)
    judged: dict[str, Any] = {"grounds_sufficient": True, "demand_reasonable": False}
    given = judged if read.kind is Kind.COMPLAINT else {}
    assert read.quiet is (read.confidence == 0 and read.kind is not Kind.COMPLAINT) or (
        read.quiet and read.kind is Kind.NO_ACTION
    )
    if read.quiet:
        with pytest.raises(InvalidInput, match=r"^kind: .*confidence 0"):
            case.classify(T0, CRM, classification=read, **given)
        assert case.stage is Stage.RECORDED
        return
    done = case.classify(T0, CRM, classification=read, **given)
    assert done.stage is Stage.CLASSIFIED
    assert done.kind is read.kind
    assert read.confidence > 0 or done.kind is Kind.COMPLAINT
    assert (done.severity is not None) is (done.kind is Kind.COMPLAINT)
    assert (done.department is not None) is (done.kind is Kind.PRAISE)
    if done.department is not None:
        assert done.department in KNOWN


@pytest.mark.parametrize(
    ("text", "topic", "department"),
    [
        ("谢谢张经理推荐的酒，很好喝", Category.PRODUCT_QUALITY, Department.QUALITY),
        ("感谢师傅送来的热水器，质量真好", Category.PRODUCT_QUALITY, Department.QUALITY),
        ("谢谢客服推荐的套餐，很划算", Category.SALES_CONTRACT, Department.SALES),
    ],
)
def test_a_person_thanked_for_goods_keeps_the_goods_topic(
    text: str, topic: Category, department: Department
) -> None:
    """R-CMP-03 (D10 二 3.1): thanks to a member of staff for goods they recommended or
    brought, praising the goods' taste, quality or price, is praise of the goods: routed
    with the goods, not to 营销办 as the person's service."""
    read = classify(text)
    assert (read.kind, read.topic, read.department) == (Kind.PRAISE, topic, department)


@pytest.mark.parametrize("text", ["感谢张师傅！态度特别好", "谢谢客服小姐姐，非常耐心，服务很好"])
def test_a_person_praised_for_their_own_service_goes_to_the_marketing_office(text: str) -> None:
    """R-CMP-03 (D10 二 3.3): praise of the person's manner or work is their service."""
    read = classify(text)
    assert (read.kind, read.topic, read.department) == (
        Kind.PRAISE,
        Category.SERVICE_QUALITY,
        Department.MARKETING_OFFICE,
    )
