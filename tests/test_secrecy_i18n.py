"""Explanations of the secrecy area (secrecy, archives, exchange) in one language (issue 15).

Every reason, ``str()`` and ``explain()`` is written in the active language: in zh_CN no
English words besides rule IDs and units (person ids are quoted 「…」), in en_US Chinese only
as quoted labels.  Example tests quote the Chinese reason of each rule; one Hypothesis
property per module checks every result drawn from the ``custops.testing`` strategies in
both languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.archives import (
    Archive,
    ArchivePolicy,
    FileContent,
    LoanRequest,
    RecordKind,
    Relation,
    can_lend_record,
    completeness,
    survey_due,
)
from custops.decisions import Decision, Explained
from custops.exchange import (
    Applicant,
    ExchangePolicy,
    InspectionFinding,
    StaffMember,
    application_checklist,
    consequence,
    eligibility,
    inspection_status,
    litigation_reportable,
    revocation_due_to_inactivity,
)
from custops.i18n import language, stray_words
from custops.secrecy import (
    HQ,
    Matter,
    Openness,
    Person,
    SecrecyPolicy,
    can_copy,
    can_know,
    can_lend,
)
from custops.testing import dates, secrecy_groups

EAST = "华东公司"
JUN = dt.date(2025, 6, 1)
NEXT_YEAR = dt.date(2026, 1, 1)
# Surveys are counted on the China calendar: stay in years with published holiday data,
# so that no ProvisionalCalendarWarning depends on which test warned first.
SETTLED = dt.date(2024, 12, 31)
LI = Person("li", company=EAST, positions={"员工"})
ZHOU = Person("zhou", company=EAST)
WANG = Person("wang", company=HQ, positions={"总公司总经理"})
GM_E = Person("gm_e", company=EAST, positions={"子公司总经理"})
GM_S = Person("gm_s", company="华南公司", positions={"子公司总经理"})
DM_E = Person("dm_e", company=EAST, positions={"部门经理"})
PLAN = Matter(
    "P-1",
    "机密",
    "年度规划",
    owner=EAST,
    classified_on=dt.date(2025, 1, 1),
    ends_on=dt.date(2025, 12, 31),
    supervisor_id="sup",
    person_ids={"li"},
)
TOP = Matter(
    "T-1",
    "绝密",
    "重大决策",
    owner=HQ,
    classified_on=dt.date(2025, 1, 1),
    ends_on=None,
    person_ids={"li"},
)
LICENCE = Matter(
    "L-1",
    "秘密",
    "营业执照",
    owner=EAST,
    classified_on=dt.date(2025, 1, 1),
    ends_on=None,
    person_ids={"li"},
)
NOTICE = Matter("N-1", "非密", "通知", owner=EAST, classified_on=dt.date(2025, 1, 1), ends_on=None)


def zh(call: Callable[[], Explained]) -> str:
    """``str()`` of the result of ``call`` made in zh_CN, checked to be one language."""
    with language("zh_CN"):
        text = str(call())
    assert stray_words(text, code="zh_CN") == (), text
    return text


def one_language(results: Iterable[Explained], code: str) -> None:
    """Every line of every result's ``explain()`` is in language ``code`` alone."""
    for result in results:
        for line in result.explain().splitlines():
            assert stray_words(line, code=code) == (), line


# --- secrecy: R-SEC-01, R-SEC-03, R-SEC-04 -----------------------------------------------------


def test_R_SEC_04_reasons_in_chinese() -> None:
    """R-SEC-04: the issue's own example — 机密 in one Chinese sentence, quoted in English."""
    assert zh(lambda: can_know(ZHOU, PLAN, on=JUN)) == (
        "拒绝（R-SEC-04）：机密：仅限负责主管及其指定的人员知悉"
    )
    assert (
        zh(lambda: can_know(LI, PLAN, on=JUN)) == "允许（R-SEC-04）：机密：为负责主管或其指定的人员"
    )
    assert zh(lambda: can_know(WANG, PLAN, on=JUN)) == (
        "允许（R-SEC-04）：总公司总经理、总公司副总经理可知悉全部事项"
    )
    assert (
        zh(lambda: can_know(LI, TOP, on=JUN)) == "允许（R-SEC-04）：绝密：经总公司（副）总经理指定"
    )
    assert zh(lambda: can_know(ZHOU, TOP, on=JUN)) == (
        "拒绝（R-SEC-04）：绝密：仅限总公司（副）总经理指定的人员知悉"
    )
    with language("en_US"):
        english = can_know(ZHOU, PLAN, on=JUN).reason
    assert english == (
        "confidential (机密): only the responsible supervisor and the people they named may know it"
    )
    assert stray_words(english, code="en_US") == ()


def test_R_SEC_01_R_SEC_03_open_matters_in_chinese() -> None:
    """R-SEC-01 (not classified), R-SEC-03 (declassified at the end of the term)."""
    outsider = Person("x", company="华南公司")
    assert zh(lambda: can_know(ZHOU, NOTICE, on=JUN)) == (
        "允许（R-SEC-01）：不属于保密范围，向全体员工公开"
    )
    own = SecrecyPolicy(unclassified_open_to=Openness.OWNING_COMPANY)
    assert zh(lambda: can_know(outsider, NOTICE, on=JUN, policy=own)) == (
        "拒绝（R-SEC-01）：不属于保密范围，但仅向所属公司（华东公司）员工公开；"
        "「x」属华南公司（公司按所写名称比对）"
    )
    assert zh(lambda: can_know(ZHOU, PLAN, on=NEXT_YEAR)) == (
        "允许（R-SEC-03）：保密期满已解密，向所属公司员工公开"
    )
    assert zh(lambda: can_know(LI, PLAN, on=NEXT_YEAR)) == (
        "允许（R-SEC-03）：保密期满已解密；保密期间即有知悉权限"
    )
    everyone = SecrecyPolicy(declassified_open_to=Openness.EVERYONE)
    assert zh(lambda: can_know(outsider, PLAN, on=NEXT_YEAR, policy=everyone)) == (
        "允许（R-SEC-03）：保密期满已解密，向全体员工公开"
    )


# --- secrecy: R-SEC-05, R-SEC-06 ---------------------------------------------------------------


def test_R_SEC_05_copy_reasons_in_chinese() -> None:
    """R-SEC-05: the action heads the reason; person ids are quoted 「…」; HQ is 总公司."""
    assert zh(lambda: can_copy(LI, PLAN, on=JUN)) == (
        "拒绝（R-SEC-05）：复制华东公司的机密级资料：需经华东公司的子公司总经理批准，未提供批准人"
    )
    assert zh(lambda: can_copy(LI, PLAN, on=JUN, approval=GM_E)) == (
        "允许（R-SEC-05）：复制华东公司的机密级资料：已由「gm_e」以子公司总经理身份批准"
    )
    assert zh(lambda: can_copy(LI, PLAN, on=JUN, approval=GM_S)) == (
        "拒绝（R-SEC-05）：复制华东公司的机密级资料：需经华东公司的子公司总经理批准，"
        "「gm_s」（子公司总经理，华南公司）无此权限"
    )
    assert zh(lambda: can_copy(LI, TOP, on=JUN, approval=LI)) == (
        "拒绝（R-SEC-05）：复制总公司的绝密级资料：需经总公司总经理、总公司副总经理批准，"
        "「li」（员工，华东公司）无此权限"
    )
    assert zh(lambda: can_copy(ZHOU, PLAN, on=JUN, approval=GM_E)) == (
        "拒绝（R-SEC-05）：复制人无权知悉该事项：机密：仅限负责主管及其指定的人员知悉"
    )
    assert zh(lambda: can_copy(ZHOU, NOTICE, on=JUN)) == (
        "允许（R-SEC-05）：当日不属于保密事项，复制无须批准"
    )
    own = Matter(
        "S-9", "秘密", "合同", owner=EAST, classified_on=JUN, ends_on=None, person_ids={"gm_e"}
    )
    assert zh(lambda: can_copy(GM_E, own, on=JUN, approval=GM_E)) == (
        "拒绝（R-SEC-05）：复制华东公司的秘密级资料：需经申请人以外的总公司总经理、"
        "总公司副总经理、华东公司的子公司总经理批准，「gm_e」不得批准本人的申请"
    )
    lenient = SecrecyPolicy(allow_self_approval=True)
    assert zh(lambda: can_copy(GM_E, own, on=JUN, approval=GM_E, policy=lenient)) == (
        "允许（R-SEC-05）：复制华东公司的秘密级资料：已由申请人本人以子公司总经理身份批准"
    )


def test_R_SEC_06_certificate_reasons_in_chinese() -> None:
    """R-SEC-06: copying and lending company certificates; only certificates are lent, unless
    the company's own lending rule (lend_approvers) says so."""
    assert zh(lambda: can_copy(LI, LICENCE, on=JUN, approval=DM_E)) == (
        "允许（R-SEC-06）：复制华东公司的营业执照：已由「dm_e」以部门经理身份批准"
    )
    assert zh(lambda: can_lend(LI, LICENCE, on=JUN, approval=DM_E)) == (
        "拒绝（R-SEC-06）：借出华东公司的营业执照：需经华东公司的子公司总经理批准，"
        "「dm_e」（部门经理，华东公司）无此权限"
    )
    assert zh(lambda: can_lend(LI, PLAN, on=JUN, approval=GM_E)) == (
        "拒绝（R-SEC-06）：D12仅规定公司证件的借出，年度规划不属于公司证件，默认不予借出"
    )
    assert zh(lambda: can_lend(ZHOU, LICENCE, on=JUN, approval=GM_E)) == (
        "拒绝（R-SEC-06）：借用人无权知悉该事项：秘密：仅限相关人员知悉"
    )
    nobody = SecrecyPolicy(certificate_approvers=())
    assert zh(lambda: can_lend(LI, LICENCE, on=JUN, approval=GM_E, policy=nobody)) == (
        "拒绝（R-SEC-06）：借出华东公司的营业执照：按现行制度无任何职位可以批准"
    )
    rooms = SecrecyPolicy(lend_approvers={"机密": {"子公司总经理"}})
    assert zh(lambda: can_lend(LI, PLAN, on=JUN, approval=GM_E, policy=rooms)) == (
        "允许（R-SEC-06）：按本公司借阅规定借出华东公司的机密级年度规划："
        "已由「gm_e」以子公司总经理身份批准"
    )
    # approvers named for 机密 approve the levels below it too: a declassified notice is lent
    assert zh(lambda: can_lend(ZHOU, NOTICE, on=JUN, approval=GM_E, policy=rooms)).startswith(
        "允许（R-SEC-06）：按本公司借阅规定借出"
    )
    below = SecrecyPolicy(lend_approvers={"秘密": {"子公司总经理"}})
    assert zh(lambda: can_lend(LI, PLAN, on=JUN, approval=GM_E, policy=below)) == (
        "拒绝（R-SEC-06）：年度规划不属于公司证件，本公司借阅规定未规定机密级资料的批准人，不予借出"
    )


def test_R_SEC_04_answers_follow_the_language_active_when_asked() -> None:
    """R-SEC-04: a policy's precomputed answers exist per language; neither leaks into the other."""
    policy = SecrecyPolicy()
    with language("zh_CN"):
        first = can_know(ZHOU, PLAN, on=JUN, policy=policy).reason
    with language("en_US"):
        second = can_know(ZHOU, PLAN, on=JUN, policy=policy).reason
    with language("zh_CN"):
        third = can_know(ZHOU, PLAN, on=JUN, policy=policy).reason
    assert first == third == "机密：仅限负责主管及其指定的人员知悉"
    assert second.startswith("confidential (机密): only")


@settings(max_examples=40, deadline=None)
@given(
    group=secrecy_groups(max_people=6, max_matters=4),
    on=dates(),
    policy=st.sampled_from(
        [SecrecyPolicy(), SecrecyPolicy(declassified_open_to="everyone", hq_approves=True)]
    ),
)
def test_property_secrecy_explanations_are_one_language(
    group: tuple[tuple[Person, ...], tuple[Matter, ...]], on: dt.date, policy: SecrecyPolicy
) -> None:
    """R-SEC-01 … R-SEC-06: every know/copy/lend answer is one language in both languages."""
    people, matters = group
    approvers = (None, *people[:3])
    for code in ("zh_CN", "en_US"):
        with language(code):
            answers = [
                check(person, matter, on=on, approval=approval, policy=policy)
                for person in people
                for matter in matters
                for approval in approvers
                for check in (can_copy, can_lend)
            ]
            answers += [can_know(p, m, on=on, policy=policy) for p in people for m in matters]
            one_language(answers, code)


# --- archives: R-ARC-01, R-ARC-02, R-ARC-03, R-SLA-18 -----------------------------------------


def test_R_ARC_01_R_ARC_02_completeness_in_chinese() -> None:
    """R-ARC-01 (records), R-ARC-02 (contents, keeper, approval)."""
    bare = Archive("某药店", created_on=JUN, records=list(RecordKind)[1:])
    assert zh(lambda: completeness(bare)) == (
        "不齐全（R-ARC-01）：缺少：客户单位资料、客户联系方式、客户信用状况描述、客户以往交易记录、"
        "专人保管、审批确认（须由直接上级）"
    )
    full = Archive(
        "某药店",
        created_on=JUN,
        records=list(RecordKind),
        contents=list(FileContent),
        keeper_id="王五",
        approved_by_id="赵六",
        approver_role="直接上级",  # D2 1: 交直接上级审核 (R-ARC-02)
    )
    assert zh(lambda: completeness(full)) == "齐全（R-ARC-01）：档案齐全"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"relation": "unrelated"}, "拒绝（R-ARC-03）：档案材料不得拿给无关人员阅读"),
        ({"private": True}, "拒绝（R-ARC-03）：不得凭私人关系借阅档案"),
        ({"registered": False}, "拒绝（R-ARC-03）：借阅档案须办理借阅登记"),
        (
            {"due_back_on": None},
            "拒绝（R-ARC-03）：档案为公司财产，任何人不得据为己有：借阅须定归还日期",
        ),
        ({}, "允许（R-ARC-03）：借给「Tom」（相关业务人员），最迟于 2025-06-03（含当日）归还"),
    ],
)
def test_R_ARC_03_lending_in_chinese(changes: dict[str, object], reason: str) -> None:
    """R-ARC-03: every refusal and the loan itself, in Chinese (the borrower quoted 「…」)."""
    fields: dict[str, object] = {
        "borrower_id": "Tom",
        "relation": Relation.COLLEAGUE,
        "purpose": "核对",
        "on": JUN,
        "due_back_on": dt.date(2025, 6, 3),
        "registered": True,
        **changes,
    }
    assert zh(lambda: can_lend_record(LoanRequest(**fields))) == reason  # type: ignore[arg-type]
    limited = ArchivePolicy(max_loan_days=1)
    if not changes:
        assert zh(lambda: can_lend_record(LoanRequest(**fields), policy=limited)) == (  # type: ignore[arg-type]
            "拒绝（R-ARC-03）：借阅 2 天，超过 1 天的期限"
        )


def test_R_SLA_18_survey_reasons_in_chinese() -> None:
    """R-SLA-18: the yearly survey, calendar-year and rolling bases."""

    def reason(*args: dt.date, **kwargs: object) -> str:
        with language("zh_CN"):
            text = survey_due(args, **kwargs).reason  # type: ignore[arg-type]
        assert stray_words(text, code="zh_CN") == ()
        return text

    assert reason(dt.date(2023, 5, 1), on=JUN) == "2024 年未做满意度调查"
    assert reason(on=JUN, duty_from_on=dt.date(2025, 7, 1)) == (
        "2025 年尚未调查，最迟于 2025-12-31（含当日）完成"
    )
    assert (
        reason(dt.date(2025, 3, 1), on=JUN)
        == "本年已于 2025-03-01 调查，下次最迟于 2026-12-31（含当日）完成"
    )
    assert reason(on=JUN) == "2025 年尚未调查，最迟于 2025-12-31（含当日）完成"
    rolling = ArchivePolicy(survey_basis="rolling")
    assert reason(on=JUN, policy=rolling) == "尚无满意度调查记录，应立即进行"
    assert reason(dt.date(2024, 3, 1), on=JUN, policy=rolling) == (
        "距 2024-03-01 已满一年：最迟应于 2025-03-03（含当日）完成，现已逾期"
    )
    assert reason(dt.date(2024, 11, 5), on=JUN, policy=rolling) == (
        "距 2024-11-05 一年：最迟于 2025-11-05（含当日）完成"
    )


@settings(max_examples=40, deadline=None)
@given(
    created=dates(max_value=SETTLED),
    records=st.frozensets(st.sampled_from(RecordKind)),
    contents=st.frozensets(st.sampled_from(FileContent)),
    keeper_id=st.sampled_from([None, "王五", "Wang Wu"]),
    surveys=st.lists(dates(max_value=SETTLED), max_size=4),
    on=dates(max_value=SETTLED),
    rolling=st.booleans(),
    borrower_id=st.sampled_from(["李四", "Li Si", "朋友"]),
    relation=st.sampled_from(Relation),
    days=st.one_of(st.none(), st.integers(0, 60)),
    private=st.booleans(),
)
def test_property_archive_explanations_are_one_language(
    created: dt.date,
    records: frozenset[RecordKind],
    contents: frozenset[FileContent],
    keeper_id: str | None,
    surveys: list[dt.date],
    on: dt.date,
    rolling: bool,
    borrower_id: str,
    relation: Relation,
    days: int | None,
    private: bool,
) -> None:
    """R-ARC-01 … R-ARC-03, R-SLA-18: completeness, survey and loan answers, both languages."""
    archive = Archive(
        "某药店", created_on=created, records=records, contents=contents, keeper_id=keeper_id
    )
    policy = ArchivePolicy(survey_basis="rolling" if rolling else "calendar_year", max_loan_days=30)
    back = None if days is None else on + dt.timedelta(days=days)
    ask = LoanRequest(borrower_id, relation, "核对", on=on, due_back_on=back, private=private)
    for code in ("zh_CN", "en_US"):
        with language(code):
            survey = survey_due(surveys, on=on, policy=policy)
            answers = [completeness(archive), can_lend_record(ask, policy=policy)]
            assert stray_words(survey.reason, code=code) == (), survey.reason
            one_language(answers, code)


# --- exchange: R-MEM-01 … R-MEM-06 ---------------------------------------------------------------


def _applicant(**changes: object) -> Applicant:
    fields: dict[str, object] = {
        "registered_capital": "10000000",
        "fixed_premises": True,
        "it_adequate": True,
        "governance_sound": True,
        "fees_paid": True,
        "staff": [StaffMember("senior", 6), StaffMember("middle", 4), StaffMember("base", 2)],
        **changes,
    }
    return Applicant(**fields)  # type: ignore[arg-type]


def test_R_MEM_01_eligibility_in_chinese() -> None:
    """R-MEM-01: the verdict and one line per condition of 第五条, all in Chinese."""
    with language("zh_CN"):
        ok = eligibility(_applicant()).explain().splitlines()
        bad = (
            eligibility(
                _applicant(
                    registered_capital="1",
                    fixed_premises=False,
                    staff=[StaffMember("senior", 2, clean_record=False, name="Tom")],
                    fees_paid=False,
                ),
                policy=ExchangePolicy(all_seniors_clean=True, min_senior_count=2),
            )
            .explain()
            .splitlines()
        )
    assert ok[0] == "符合条件（R-MEM-01）：符合入会条件：第五条各项条件均已满足"
    assert ok[6] == "  满足（R-MEM-01）：第五条(四)：计算机软硬件设施、线路、人员及制度完备"
    assert (
        bad[0]
        == "不符合条件（R-MEM-01）：不符合入会条件：注册资本、经营场所、高层管理人员、认缴费用"
    )
    assert (
        bad[1] == "  不满足（R-MEM-01）：第五条(一)：注册资本 1.00 元，要求不低于 10,000,000.00 元"
    )
    assert bad[2] == "  不满足（R-MEM-01）：第五条(二)：无独立的固定经营场所"
    assert bad[3] == (
        "  不满足（R-MEM-01）：第五条(三)1：1 名高层管理人员中 0 名具有 5 年以上从业经验"
        "且近三年无不良记录；至少需 1 名（1 名的 1/3，向上取整）；至少须列明 2 名高层管理人员；"
        "每名高层管理人员均须无不良记录，不符者：「Tom」"
    )
    assert (
        bad[5] == "  满足（R-MEM-01）：第五条(三)3：基层员工均须具有 1 年以上从业经验；0 人均已具备"
    )
    for line in ok + bad:
        assert stray_words(line, code="zh_CN") == (), line


def test_R_MEM_02_to_R_MEM_06_in_chinese() -> None:
    """R-MEM-02 documents, R-MEM-03 inspection, R-MEM-04 litigation, R-MEM-05, R-MEM-06."""
    assert zh(lambda: application_checklist(["1", "2", "3", "4", "5", "6", "7"])) == (
        "齐全（R-MEM-02）：7 份材料均已提交"
    )
    assert zh(lambda: inspection_status(on=dt.date(2026, 6, 1))) == (
        "待核实（R-MEM-03）：2025 年度年检期 2025-07-01 至 2025-08-31 的登记与审查结论均未知："
        "待核实；仅经审查未通过或逾期未登记才终止会员资格"
    )
    assert zh(lambda: inspection_status(on=dt.date(2026, 9, 1), registered=False)) == (
        "逾期未年检（R-MEM-03）：未在 2026 年度年检期 2026-07-01 至 2026-08-31 内登记："
        "按未通过年检处理，会员资格终止（第八条）"
    )
    assert zh(lambda: inspection_status(on=dt.date(2026, 9, 1), registered=True)) == (
        "年检审查中（R-MEM-03）：已在 2026 年度年检期 2026-07-01 至 2026-08-31 内登记，"
        "审查结论待定：会员资格继续"
    )
    assert zh(lambda: inspection_status(on=dt.date(2026, 7, 2), passed=True)) == (
        "通过年检（R-MEM-03）：已通过 2026 年度年检，由交易所网站公告"
    )
    assert zh(lambda: inspection_status(on=dt.date(2026, 7, 2), passed=False)) == (
        "未通过年检（R-MEM-03）：未通过 2026 年度年检，交易所终止其会员资格（第八条）"
    )
    assert zh(lambda: litigation_reportable(Decimal("49999.99"))) == (
        "无须报告（R-MEM-04）：诉讼或纠纷金额 49,999.99 元，"
        "无须报告（报告起点 50,000.00 元，含本数）"
    )
    assert zh(lambda: consequence("承诺收益")) == (
        "结果（R-MEM-05）：限期整改（整改意见书或通报批评）；逾期未整改的撤销会员资格；"
        "已收取的费用不予退还"
    )
    assert zh(lambda: consequence("违规收费")).endswith("；已收取的费用不予退还")
    last = dt.date(2026, 1, 15)
    head = "自 2026-01-15 最后一次交易起连续 3 个月无交易，至 2026-04-15 届满"
    assert zh(lambda: revocation_due_to_inactivity(last, on=dt.date(2026, 4, 15))) == (
        f"未满连续无交易期限（R-MEM-06）：{head}；截至 2026-04-15 尚未届满"
    )
    after = dt.date(2026, 5, 1)
    assert zh(lambda: revocation_due_to_inactivity(last, on=after)) == (
        f"连续无交易，不撤销（R-MEM-06）：{head}；撤销还须同时未经报备取得其它交易场所会员或代理商"
        "资格（第二十条(三)），待核实"
    )
    assert zh(
        lambda: revocation_due_to_inactivity(last, on=after, unapproved_other_membership=False)
    ).endswith("；无未经报备取得的其它交易场所会员资格，不撤销（第二十条(三)）")
    assert zh(lambda: revocation_due_to_inactivity(last, on=after, good_reason=True)).endswith(
        "；有正当理由，不撤销"
    )


@settings(max_examples=40, deadline=None)
@given(
    capital=st.integers(0, 20_000_000),
    flags=st.lists(st.booleans(), min_size=5, max_size=5),
    staff=st.lists(
        st.builds(
            StaffMember,
            st.sampled_from(["senior", "middle", "base"]),
            st.integers(0, 8),
            clean_record=st.booleans(),
            name=st.sampled_from(["", "小王", "Tom"]),
        ),
        max_size=6,
    ),
    strict=st.booleans(),
    submitted=st.frozensets(st.integers(1, 7)),
    on=dates(),
    passed=st.sampled_from([None, True, False]),
    finding=st.sampled_from(InspectionFinding),
    amount=st.integers(0, 100_000),
    last=dates(),
    idle=st.integers(0, 200),
    other=st.sampled_from([None, True, False]),
    good=st.booleans(),
)
def test_property_exchange_explanations_are_one_language(
    capital: int,
    flags: list[bool],
    staff: list[StaffMember],
    strict: bool,
    submitted: frozenset[int],
    on: dt.date,
    passed: bool | None,
    finding: InspectionFinding,
    amount: int,
    last: dt.date,
    idle: int,
    other: bool | None,
    good: bool,
) -> None:
    """R-MEM-01 … R-MEM-06: every answer of the exchange, in both languages, one language."""
    applicant = Applicant(
        registered_capital=capital,
        fixed_premises=flags[0],
        it_adequate=flags[1],
        governance_sound=flags[2],
        fees_paid=flags[3],
        other_conditions_met=flags[4],
        staff=staff,
    )
    policy = ExchangePolicy(all_seniors_clean=strict, min_senior_count=2 if strict else 1)
    for code in ("zh_CN", "en_US"):
        with language(code):
            answers: list[Explained] = [
                eligibility(applicant, policy=policy),
                application_checklist([str(n) for n in sorted(submitted)]),
                inspection_status(on=on, passed=passed),
                litigation_reportable(amount),
                consequence(finding),
                revocation_due_to_inactivity(
                    last,
                    on=last + dt.timedelta(days=idle),
                    unapproved_other_membership=other,
                    good_reason=good,
                ),
            ]
            one_language(answers, code)
        assert all(isinstance(a, (Decision, Explained)) for a in answers)
