"""A telecom operator's customer-service desk: the sector regulators that forward its
complaints (R-CMP-07), the way its customers write (R-CMP-01, R-CMP-03), its channel
labels (R-CMP-04) and its weekly review in English (R-CMP-14)."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    REGULATOR_WORDS,
    SECTOR_HOTLINES,
    SECTOR_REGULATORS,
    Case,
    CasePolicy,
    Category,
    Channel,
    Complaint,
    Flow,
    Kind,
    ReviewPeriod,
    Severity,
    SeverityPolicy,
    Signal,
    assess_severity,
    classify,
    statistics,
)
from custops.i18n import language
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
T0 = dt.datetime(2026, 12, 3, 10, 0, tzinfo=SH)
ADVISER = "客户关系顾问"
CRM = "客户关系经理"


def _forwarded(by: str, content: str = "用户称被开通了从未订购的视频会员，要求退费") -> Complaint:
    return Complaint(
        received_at=T0, channel="转交", content=content, complainant="陈", forwarded_by=by
    )


# ------------------------------------------------------------ R-CMP-07: who forwarded it


@pytest.mark.parametrize(
    "by",
    [
        "工信部",
        "工业和信息化部",
        "浙江省通信管理局",
        "12300",
        "电信用户申诉受理中心",
        "工信部12300",
        "上海市邮政管理局",
        "国家邮政局",
        "12305",
        "金融监管总局",
        "国家金融监督管理总局",
        "原银保监会",
        "银监局",
        "保监局",
        "12378",
        "民航局",
        "12326",
        "国家能源局",
        "12398",
        "市卫健委",
        "12320",
    ],
)
def test_R_CMP_07_a_sector_regulator_forwarding_is_major(by: str) -> None:
    """R-CMP-07 (regulator involvement): the telecom regulator and the other sector
    regulators a desk meets are regulators, as 12315 and 12345 are."""
    complaint = _forwarded(by)
    assert complaint.via_regulator
    assessed = assess_severity(complaint)
    assert assessed.severity is Severity.MAJOR
    assert Signal.REGULATOR in assessed.criteria
    with language("en_US"):
        assert "regulator" in assessed.explain() or "forwarded by" in str(assessed)


@pytest.mark.parametrize("by", ["销售部", "10086", "集团客服中心", "省公司投诉处理室", "营业厅"])
def test_R_CMP_07_a_forwarding_that_is_no_regulator_stays_general(by: str) -> None:
    complaint = _forwarded(by, "宽带账单有疑问")
    assert not complaint.via_regulator
    assert assess_severity(complaint).severity is Severity.GENERAL


def test_R_CMP_07_the_default_regulators_hold_the_sector_channels() -> None:
    assert SeverityPolicy().regulators == REGULATOR_WORDS
    assert set(SECTOR_HOTLINES) | set(SECTOR_REGULATORS) <= set(REGULATOR_WORDS)
    assert {"12315", "12345", "消协"} <= set(REGULATOR_WORDS)


def test_R_CMP_07_a_desk_adds_its_own_forwarding_body() -> None:
    """R-CMP-07 says the criteria are configurable: the group's own escalation office is a
    forwarding body of this desk only."""
    complaint = _forwarded("集团客户服务督办室")
    assert assess_severity(complaint).severity is Severity.GENERAL
    desk = SeverityPolicy(regulators=(*REGULATOR_WORDS, "督办室"))
    assessed = assess_severity(complaint, policy=desk)
    assert assessed.severity is Severity.MAJOR
    assert assessed.severity_grounds == ((Signal.REGULATOR, ((), ("集团客户服务督办室",))),)
    wider = SeverityPolicy(regulators=(*REGULATOR_WORDS, "督 办 室"))  # read folded
    assert assess_severity(complaint, policy=wider).severity is Severity.MAJOR


def test_R_CMP_07_the_words_replace_the_default_list_when_given_alone() -> None:
    only_mine = SeverityPolicy(regulators=("督办室",))
    assert assess_severity(_forwarded("12315"), policy=only_mine).severity is Severity.GENERAL
    assert assess_severity(_forwarded("集团督办室"), policy=only_mine).severity is Severity.MAJOR


def test_R_CMP_07_a_case_forwarded_by_the_telecom_regulator_takes_the_major_flow() -> None:
    case = Case.open(_forwarded("工信部"), ADVISER, policy="winery")
    case = case.classify(
        T0 + dt.timedelta(hours=1),
        CRM,
        kind="投诉",
        category="销售合同",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    assert case.severity is Severity.MAJOR
    assert case.flow is Flow.MAJOR


def test_R_CMP_07_a_desks_regulators_reach_the_case_through_its_policy() -> None:
    desk = CasePolicy(
        sla_policy=presets.WINERY,
        severity_policy=SeverityPolicy(regulators=(*REGULATOR_WORDS, "督办室")),
    )
    case = Case.open(_forwarded("集团督办室"), ADVISER, policy=desk)
    case = case.classify(T0 + dt.timedelta(hours=1), CRM, kind="投诉", category="销售合同")
    assert case.severity is Severity.MAJOR


def test_R_CMP_07_a_policy_with_its_regulators_travels_by_pickle() -> None:
    desk = SeverityPolicy(regulators=("督办室",), loss_threshold="500")
    assert pickle.loads(pickle.dumps(desk)) == desk
    assert pickle.loads(pickle.dumps(SeverityPolicy())) == SeverityPolicy()


_WORD = st.text(
    alphabet=st.sampled_from("监管局部委厅办中心省市县电信邮政民航能源卫生0123456789abc"),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None)
@given(
    word=_WORD, before=st.text(alphabet="某省市的", max_size=3), after=st.text("转办来", max_size=2)
)
def test_R_CMP_07_property_a_configured_body_makes_the_forwarding_a_regulator(
    word: str, before: str, after: str
) -> None:
    """R-CMP-07: any forwarding body a desk configures makes a complaint it forwards major."""
    desk = SeverityPolicy(regulators=(word,))
    by = before + word + after
    assessed = assess_severity(_forwarded(by, "宽带账单有疑问"), policy=desk)
    assert assessed.severity is Severity.MAJOR
    assert Signal.REGULATOR in assessed.criteria


@settings(max_examples=25, deadline=None)
@given(
    by=st.sampled_from(["工信部", "12315", "销售部", "某督办室", "10086", "集团"]),
    extra=st.lists(_WORD, max_size=3),
    content=st.sampled_from(
        ["宽带账单有疑问", "师傅上门时摔坏了我的电视，损失两万元", "第三次投诉了"]
    ),
)
def test_R_CMP_07_property_adding_a_body_never_makes_a_complaint_less_major(
    by: str, extra: list[str], content: str
) -> None:
    complaint = _forwarded(by, content)
    base = assess_severity(complaint)
    wider = assess_severity(complaint, policy=SeverityPolicy(regulators=(*REGULATOR_WORDS, *extra)))
    assert set(base.criteria) <= set(wider.criteria)
    assert base.severity is Severity.GENERAL or wider.severity is Severity.MAJOR


# ------------------------------------------------ R-CMP-01, R-CMP-07: the text names it


@pytest.mark.parametrize(
    "text",
    [
        "上周已经打了12300，到现在还没人处理",
        "【通信管理局转办】用户称宽带费被多扣了两个月",
        "省通管局转来：用户反映销户后仍在扣月租",
        "我要去电信用户申诉受理中心申诉你们",
        "12378转来的件：客户称保险被误导销售",
    ],
)
def test_R_CMP_07_a_sector_regulator_in_the_text_is_a_complaint_with_the_signal(
    text: str,
) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert Signal.REGULATOR in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "12300的电话是多少？",  # asked about
        "订单号A1230056789已签收",  # inside a number
        "工信部规定办卡要实名制吧",  # named in passing
    ],
)
def test_R_CMP_07_a_regulator_asked_about_or_in_passing_is_no_threat(text: str) -> None:
    result = classify(text)
    assert not (result.kind is Kind.COMPLAINT and Signal.REGULATOR in result.signals)


# ------------------------------------------------------ R-CMP-01: how the customers write


@pytest.mark.parametrize("text", ["转人工", "人工客服", "我要人工", "帮我转人工服务", "人工！"])
def test_R_CMP_01_asking_the_chat_robot_for_a_human_is_nothing_to_handle(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.NO_ACTION
    assert result.kind_rule == "kind.human-agent"


@pytest.mark.parametrize(
    "text", ["转人工等了二十分钟都没人接", "人工客服一直打不通", "转人工就挂断，什么服务"]
)
def test_R_CMP_01_waiting_for_a_human_is_still_a_complaint(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "楼下新装的信号塔离窗户不到五米，要求尽快拆除！",
        "你们在楼道里乱拉的线必须马上拆走",
        "说好的话费返还呢？",
        "套餐降档后，答应我的免费宽带呢？",
        "欠费了也不提醒一下，一下停机，你们的短信提醒呢？",
    ],
)
def test_R_CMP_01_a_demand_or_a_reproach_is_a_complaint(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "师傅帮我拆除了旧线路，很专业",  # removed for the customer: no demand
        "你们的营业厅在哪呢？",  # asked where
        "你们的客服电话是多少呢？",
    ],
)
def test_R_CMP_01_removal_and_where_words_that_are_no_complaint(text: str) -> None:
    assert classify(text).kind is not Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["最近总感觉运营商在偷跑我的流量", "昨晚关了数据，流量还是被偷跑了五百兆"]
)
def test_R_CMP_01_data_used_behind_the_customers_back_is_a_charge_complaint(text: str) -> None:
    result = classify(text)
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SALES_CONTRACT)


def test_R_CMP_01_how_to_stop_an_app_using_data_is_asked() -> None:
    assert classify("怎样关闭后台偷跑流量的应用？").kind is not Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["我想换成月租低一点的套餐", "打算把宽带升级到千兆", "帮我改一下流量包"]
)
def test_R_CMP_03_a_plan_switch_is_no_return_demand(text: str) -> None:
    result = classify(text)
    assert result.kind is not Kind.COMPLAINT
    assert result.category is not Category.RETURN_EXCHANGE


def test_R_CMP_03_a_return_demand_is_still_one() -> None:
    assert classify("手机屏幕有坏点，我要退货").category is Category.RETURN_EXCHANGE


@pytest.mark.parametrize("text", ["机顶盒坏了可以免费换吗？", "路由器坏了能不能保修"])
def test_R_CMP_01_a_warranty_question_is_a_consultation(text: str) -> None:
    assert classify(text).kind is Kind.CONSULTATION


def test_R_CMP_01_a_broken_device_with_a_demand_is_a_complaint() -> None:
    assert classify("机顶盒买来第二天就坏了，必须给我换新的！").kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["装维师傅挺热情的，就是网络还是很卡", "客服态度很好，只是信号一直很差"]
)
def test_R_CMP_01_a_network_fault_after_praise_is_a_complaint(text: str) -> None:
    """R-CMP-01: the clause after 就是/只是 carries what the customer means."""
    assert classify(text).kind is Kind.COMPLAINT


def test_R_CMP_03_the_network_after_praise_of_an_installer_is_its_quality() -> None:
    result = classify("装维师傅挺热情的，就是网速还是很慢")
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.PRODUCT_QUALITY)


def test_R_CMP_03_a_line_a_visit_did_not_mend_is_no_network_subject() -> None:
    assert classify("师傅上门修完就走了，宽带还是不通").category is not Category.PRODUCT_QUALITY


def test_R_CMP_01_a_network_praised_is_no_fault() -> None:
    assert classify("换了光纤以后网速一直很稳定，满意").kind is not Kind.COMPLAINT


# ------------------------------------------------------------ R-CMP-03: telecom subjects


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("这个月的话费明细在哪看", Category.SALES_CONTRACT),
        ("剩余流量怎么查？", Category.SALES_CONTRACT),
        ("携号转网要满足哪些条件", Category.SALES_CONTRACT),
        ("出国前要开通国际漫游吗", Category.SALES_CONTRACT),
        ("亲情号码怎么添加", Category.SALES_CONTRACT),
        ("积分可以兑换话费吗", Category.SALES_CONTRACT),
        ("合约机可以提前解约吗", Category.SALES_CONTRACT),
        ("宽带初装费多少钱", Category.SALES_CONTRACT),
        ("宽带报装要准备什么", Category.REPAIR_QUALITY),
        ("搬家了宽带移机怎么办理", Category.REPAIR_QUALITY),
        ("光猫上的灯是什么意思", Category.PRODUCT_QUALITY),
        ("我们村的基站什么时候能建好", Category.PRODUCT_QUALITY),
        ("营业厅周日几点下班", Category.SERVICE_QUALITY),
    ],
)
def test_R_CMP_03_a_telecom_subject_names_the_category(text: str, category: Category) -> None:
    """R-CMP-03 by the labelling guide's telecom rule: charges, packages, data and
    contracts are the sales contract; an installation the repair quality; the network and
    its equipment the product quality; the shop the service quality."""
    result = classify(text)
    assert result.kind is not Kind.COMPLAINT
    assert result.topic is category


@pytest.mark.parametrize(
    ("text", "not_category"),
    [
        ("这个app全是bug，一打开就闪退，白白浪费流量", Category.SALES_CONTRACT),
        ("买的是组装机，照相很不自然", Category.REPAIR_QUALITY),
        ("去停机坪的摆渡车太挤了", Category.SALES_CONTRACT),
    ],
)
def test_R_CMP_03_telecom_words_inside_other_matters_do_not_decide(
    text: str, not_category: Category
) -> None:
    """流量 wasted by an app is the app's fault; 组装机 holds no 装机 (an installation) and
    停机坪 no 停机 (a line suspended)."""
    assert classify(text).category is not not_category


# ----------------------------------------------------------- R-CMP-04: the shop's channel


@pytest.mark.parametrize("label", ["营业厅", "服务大厅", "營業廳", " 营业厅投诉 "])
def test_R_CMP_04_the_operators_shop_is_the_in_person_channel(label: str) -> None:
    assert Channel.parse(label) is Channel.IN_PERSON


def test_R_CMP_04_a_telecom_desk_maps_its_own_lines() -> None:
    mine = {"10086": "热线", "工信部转办": "转交"}
    assert Channel.parse(mine["10086"]) is Channel.PHONE
    c = Complaint(
        received_at=T0,
        channel=mine["工信部转办"],
        content="被开通增值业务",
        complainant="李",
        forwarded_by="工信部",
    )
    assert (c.channel, c.via_regulator) == (Channel.FORWARDED, True)


# ------------------------------------------------- R-CMP-14: the review in either language


def _review(**kw: Any) -> Any:
    case = Case.open(_forwarded("12300"), ADVISER, policy="winery")
    return statistics(
        [case],
        review_period=ReviewPeriod.week(on=dt.date(2026, 12, 3)),
        at=T0 + dt.timedelta(days=1),
        **kw,
    )


def test_R_CMP_14_a_review_made_in_chinese_reads_in_english() -> None:
    with language("zh_CN"):
        review = _review()
        assert str(review).startswith("评审（R-CMP-14）：案件统计 2026-W49")
    with language("en_US"):
        first = review.explain().splitlines()[0]
    assert first.startswith("review (R-CMP-14): case review 2026-W49 as of ")
    assert first.endswith(": 1 in all, 1 open, 0 closed")


def test_R_CMP_14_a_review_made_in_english_reads_in_chinese() -> None:
    with language("en_US"):
        review = _review()
        assert "1 in all" in str(review)
    with language("zh_CN"):
        assert "共 1 件，未结 1 件，已结 0 件" in review.explain().splitlines()[0]


def test_R_CMP_14_a_reason_the_caller_gave_is_shown_as_given() -> None:
    review = attrs.evolve(_review(), reason="第49周运营商投诉复盘")
    with language("en_US"):
        assert str(review) == "review (R-CMP-14): 第49周运营商投诉复盘"
