"""Strategies for :mod:`custops.complaints`: texts, complaint records and cases reached
by a random legal workflow."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._validate import require_bool, require_type
from custops.calendars import china
from custops.complaints import (
    Case,
    CaseAction,
    CaseEvent,
    CasePolicy,
    Category,
    Channel,
    Complaint,
    Department,
    Kind,
    Severity,
)
from custops.complaints.events import SCHEMA as _EVENT_DATA
from custops.errors import IllegalTransition, InvalidInput
from custops.money import ZERO
from custops.sla import presets
from custops.testing._calendars import aware_datetimes
from custops.testing._checks import (
    MAX_DATE,
    MAX_GAP,
    MIN_DATE,
    date_bounds,
    gaps,
    later,
    members,
    size,
    strategy,
)
from custops.testing._money import amounts

PRODUCTS: Final = (
    "两箱酒",
    "一箱干红",
    "礼盒装白酒",
    "这批货",
    "新买的车",
    "冰箱",
    "床上用品四件套",
    "沙发",
    "整条香烟",
    "会员卡",
)
_WHEN: Final = ("上周", "昨天", "前天", "上个月", "三天前", "今天上午", "")
_PROBLEMS: Final = (
    "瓶底有沉淀",
    "有两瓶瓶盖发霉",
    "酒里有悬浮物",
    "瓶子漏酒",
    "包装破损",
    "口感不对",
    "刚用两天就坏了",
    "跟合同约定的型号不一样",
    "到现在还没送货",
    "价格比说好的贵",
)
_SERVICE: Final = (
    ("售后的接待", "态度太差，爱搭不理"),
    ("收银员", "算错了账还不承认"),
    ("物业", "报修三次都没人来"),
    ("维修师傅", "修完车还是异响"),
    ("前台", "让我排队等了一个多小时"),
)
_DEMANDS: Final = ("我要退货", "要求赔偿", "请尽快处理", "给个说法", "要求换货", "")
_ANGER: Final = ("太差了", "怎么回事", "我要投诉", "非常不满意", "")
_QUESTIONS: Final = (
    ("会员卡", ("怎么办理", "需要带什么材料", "要交押金吗")),
    ("积分", ("可以兑换什么", "怎么查", "能转给家人吗")),
    ("退货", ("需要什么手续", "多久能退款", "要带发票吗")),
    ("保养", ("多久做一次", "需要预约吗", "大概多少钱")),
    ("发票", ("在哪里开", "能开专票吗")),
    ("押金", ("什么时候退", "怎么退")),
    ("这款酒", ("有点沉淀是正常现象吗", "开瓶后能放多久", "怎么保存")),
)
_PRAISES: Final = ("{s}服务很周到，谢谢！", "表扬一下{s}，态度特别好", "{s}很耐心，非常满意")
_ASPECTS: Final = ("礼盒包装", "瓶盖", "营业时间", "停车位", "积分规则", "店里的指示牌", "排队")
_IMPROVEMENTS: Final = (
    "简单一点",
    "改成好拧一点的",
    "延长到晚上九点",
    "多设几个",
    "更清楚一些",
    "增加一个窗口",
)


@st.composite
def _complaint_text(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        body = (
            f"{draw(st.sampled_from(_WHEN))}买的{draw(st.sampled_from(PRODUCTS))}，"
            f"{draw(st.sampled_from(_PROBLEMS))}"
        )
    else:
        staff, what = draw(st.sampled_from(_SERVICE))
        body = f"{staff}{what}"
    tail = [x for x in (draw(st.sampled_from(_DEMANDS)), draw(st.sampled_from(_ANGER))) if x]
    return "，".join([body, *tail]) + draw(st.sampled_from(("", "！", "。", "！！")))


@st.composite
def _consultation_text(draw: st.DrawFn) -> str:
    topic, questions = draw(st.sampled_from(_QUESTIONS))
    question = draw(st.sampled_from(questions))
    form = draw(st.sampled_from(("请问{t}{q}？", "想咨询一下，{t}{q}？", "你好，{t}{q}")))
    return form.format(t=topic, q=question)


@st.composite
def _suggestion_text(draw: st.DrawFn) -> str:
    aspect = draw(st.sampled_from(_ASPECTS))
    improvement = draw(st.sampled_from(_IMPROVEMENTS))
    form = draw(st.sampled_from(("建议{a}{i}", "希望{a}能{i}", "提个小意见，{a}最好{i}")))
    return form.format(a=aspect, i=improvement)


@st.composite
def _praise_text(draw: st.DrawFn) -> str:
    staff, _ = draw(st.sampled_from(_SERVICE))
    return draw(st.sampled_from(_PRAISES)).format(s=staff)


_TEXTS: Final = {
    Kind.COMPLAINT: _complaint_text(),
    Kind.CONSULTATION: _consultation_text(),
    Kind.SUGGESTION: _suggestion_text(),
    Kind.PRAISE: _praise_text(),
    Kind.NO_ACTION: st.sampled_from(("好的，知道了", "收到，谢谢", "嗯嗯", "不用了，我再看看")),
}
#: What :func:`complaint_texts` writes unless ``kinds`` says otherwise: contacts to handle.
_DEFAULT_KINDS: Final = (Kind.COMPLAINT, Kind.CONSULTATION, Kind.SUGGESTION)


def _labelled(kind: Kind) -> SearchStrategy[tuple[Kind, str]]:
    return _TEXTS[kind].map(lambda text: (kind, text))


def labelled_complaint_texts(
    kinds: Iterable[Kind | str] | None = None,
) -> SearchStrategy[tuple[Kind, str]]:
    """Pairs ``(kind, text)``: a plausible Chinese text written as a contact of ``kind``, the
    kind the template meant (not a promise of what :func:`~custops.complaints.classify` says)."""
    chosen = _DEFAULT_KINDS if kinds is None else members("kinds", kinds, Kind)
    return st.one_of([_labelled(kind) for kind in chosen])


def complaint_texts(kinds: Iterable[Kind | str] | None = None) -> SearchStrategy[str]:
    """Plausible Chinese complaint, consultation and suggestion texts, from templates; praise
    (表扬) and texts that need no action (无需处理) only when ``kinds`` asks for them."""
    return labelled_complaint_texts(kinds).map(lambda pair: pair[1])


_SURNAMES: Final = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴")
_GIVEN: Final = ("芳", "伟", "娜", "敏", "静", "强", "磊", "洋", "艳", "军")
NAMES: Final = st.builds(
    lambda s, g: s + g, st.sampled_from(_SURNAMES), st.sampled_from(_GIVEN)
) | st.builds(lambda s, t: s + t, st.sampled_from(_SURNAMES), st.sampled_from(("先生", "女士")))
_PHONES: Final = st.integers(0, 99_999_999).map(lambda n: f"13{n % 10}{n:08d}")
_REFERENCES: Final = st.one_of(
    st.just(""),
    st.integers(1, 999).map(lambda n: f"出库单 CK-2024{n:04d}"),
    st.integers(10_000, 99_999).map(lambda n: f"京A{n}"),
    st.integers(1, 99_999).map(lambda n: f"订单 {n:06d}"),
)


def complaints(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    kinds: Iterable[Kind | str] | None = None,
) -> SearchStrategy[Complaint]:
    """Realistic :class:`~custops.complaints.Complaint` records received between the days:
    the content from :func:`complaint_texts` (``kinds``), maybe a phone number and a
    reference, a claimed loss that is usually 0 and sometimes not known yet (``None``),
    usually a single complainant."""
    return st.builds(
        Complaint,
        received_at=aware_datetimes(min_value, max_value),
        channel=st.sampled_from(Channel),
        content=complaint_texts(kinds),
        complainant=NAMES,
        contact=st.one_of(st.just(""), _PHONES),
        reference=_REFERENCES,
        against=st.sampled_from(("", "售后服务部", "销售部", "收银员", "物业")),
        claimed_loss=st.one_of(st.just(ZERO), amounts(max_value=20_000), st.none()),
        demand=st.sampled_from(_DEMANDS),
        complainant_count=st.one_of(st.just(1), st.integers(2, 30)),
    )


_complaint_records = complaints

#: The last day :func:`cases` receives complaints on by default: 30 September of the last
#: year with a published holiday arrangement, so a case's deadlines stay in published years.
_CASES_UNTIL: Final = _dt.date(china().published_through or MAX_DATE.year, 9, 30)
_PROMISES: Final = ("2小时", "24小时", "48小时", "1个工作日", "3个工作日", "5个工作日", "1周")
_HANDLERS: Final = ("", "张工", "李经理", "王师傅")
_WAITING_FOR: Final = ("等待客户提供照片", "等待客户补交购买凭证", "waiting for the receipt")


@functools.cache
def _case_policies() -> tuple[CasePolicy, ...]:
    return tuple(CasePolicy(sla_policy=preset) for preset in presets.all_presets())


def _by_value(roles: Iterable[Any]) -> list[Any]:
    return sorted(roles, key=lambda r: r.value)


#: A complaint's yes/no judgements (validity R-CMP-05, special R-SLA-09): the flags a
#: classification event's data take, as :mod:`custops.complaints.events` declares them.
_FLAGS: Final = tuple(
    name
    for name, (check, *_rest) in _EVENT_DATA[CaseAction.CLASSIFY].items()
    if check is require_bool
)


@st.composite
def _classification(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(Kind))
    data: dict[str, Any] = {"kind": kind, "category": draw(st.sampled_from(Category))}
    if kind is Kind.COMPLAINT:
        data["severity"] = draw(st.sampled_from(Severity))
        for flag in _FLAGS:
            data[flag] = draw(st.booleans())
    elif kind is Kind.SUGGESTION:  # a suggestion may be special too (D14 四(四), R-SLA-09)
        data["special"] = draw(st.booleans())
    return data


#: Assessed losses (yuan), as a case records them (``Case.assess_loss``).
_LOSSES: Final = ("0", "760", "9999.99", "10000", "25000")

_DEPARTMENT: Final = st.fixed_dictionaries({"department": st.sampled_from(Department)})
#: The data each step takes (a step not listed takes none).
_STEP_DATA: Final[dict[CaseAction, SearchStrategy[dict[str, Any]]]] = {
    CaseAction.CLASSIFY: _classification(),
    CaseAction.ASSIGN: st.fixed_dictionaries(
        {"department": st.sampled_from(Department), "handler": st.sampled_from(_HANDLERS)}
    ),
    CaseAction.COMMEND: _DEPARTMENT,
    CaseAction.ESCALATE: st.one_of(st.builds(dict), _DEPARTMENT),
    CaseAction.PROMISE: st.fixed_dictionaries({"period": st.sampled_from(_PROMISES)}),
    CaseAction.SURVEY: st.fixed_dictionaries({"satisfied": st.booleans()}),
    # what a case waits on the customer for (a desk with CasePolicy.pause_for_customer)
    CaseAction.PAUSE: st.fixed_dictionaries({"reason": st.sampled_from(_WAITING_FOR)}),
    # the loss of a complaint recorded without it, once assessed: either side of the
    # seed's major threshold (SeverityPolicy.loss_threshold, 10 000 yuan), or none
    CaseAction.ASSESS_LOSS: st.fixed_dictionaries({"loss": st.sampled_from(_LOSSES)}),
}


def _accepted(case: Case, event: CaseEvent) -> bool:
    """Whether ``case`` takes ``event`` (an extension, or a classification as special, is
    refused once a deadline it would move has passed; a promise ending after the deadline
    that limits it, R-SLA-09)."""
    try:
        case.apply(event)
    except (IllegalTransition, InvalidInput):
        return False
    return True


@st.composite
def _case_event(draw: st.DrawFn, case: Case, gaps: SearchStrategy[_dt.timedelta]) -> CaseEvent:
    actions = case.allowed_events()
    last = case.last_event_at
    extend = CaseAction.EXTEND
    if extend in actions:  # too late to extend even now: not a step this case can take
        role = _by_value(case.who_may(extend))[0]
        if not _accepted(case, CaseEvent(last, extend, role)):
            actions = tuple(a for a in actions if a is not extend)
    promise = CaseAction.PROMISE
    shortest = {"period": _PROMISES[0]}
    if promise in actions:  # no promise fits its limit even now (R-SLA-09): not a step
        role = _by_value(case.who_may(promise))[0]
        if not _accepted(case, CaseEvent(last, promise, role, "", shortest)):
            actions = tuple(a for a in actions if a is not promise)
    action = draw(st.sampled_from(actions))
    role = draw(st.sampled_from(_by_value(case.who_may(action))))
    data = draw(_STEP_DATA.get(action, st.builds(dict)))
    if action is CaseAction.COMMEND:  # praise is commended to one of the desk's departments
        known = {d for _category, d in case.policy.departments}
        data["department"] = draw(st.sampled_from([d for d in Department if d in known]))
    drawn = CaseEvent(later(last, draw(gaps)), action, role, "", data)
    if action is promise and not _accepted(case, drawn):  # beyond its limit: the shortest, now
        return CaseEvent(last, action, role, "", shortest)
    special = action is extend or (action is CaseAction.CLASSIFY and data.get("special"))
    if not special or _accepted(case, drawn):
        return drawn
    now = CaseEvent(last, action, role, "", data)  # after the deadline: declare it now
    if action is extend or _accepted(case, now):
        return now
    # too late even now (R-SLA-09): the classification, not special
    return CaseEvent(drawn.at, action, role, "", {**data, "special": False})


def case_events(case: Case, *, max_gap: _dt.timedelta = MAX_GAP) -> SearchStrategy[CaseEvent]:
    """The next step of ``case`` that :meth:`Case.apply <custops.complaints.Case.apply>`
    accepts, up to ``max_gap`` after the last event; a finished case raises
    :class:`~custops.errors.InvalidInput`."""
    require_type("case", case, Case, "a Case")
    steps = gaps(max_gap)
    if not case.allowed_events():
        raise InvalidInput.for_argument("case", case.stage.value, "is finished: no step is allowed")
    return _case_event(case, steps)


def cases(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = _CASES_UNTIL,
    *,
    complaints: SearchStrategy[Complaint] | None = None,
    policies: SearchStrategy[CasePolicy] | None = None,
    max_events: int = 12,
    max_gap: _dt.timedelta = MAX_GAP,
) -> SearchStrategy[Case]:
    """Complaint :class:`~custops.complaints.Case` values: a complaint of ``complaints``
    (default :func:`complaints` received between the days) recorded under a policy of
    ``policies`` (default: one per SLA preset), then taken through up to ``max_events`` steps
    of :func:`case_events`.  Shrinks to a case just recorded.
    """
    lo, hi = date_bounds(min_value, max_value)
    records = strategy("complaints", complaints, _complaint_records(lo, hi))
    policy_st = strategy("policies", policies, st.sampled_from(_case_policies()))
    most = size("max_events", max_events)
    steps = gaps(max_gap)

    @st.composite
    def workflow(draw: st.DrawFn) -> Case:
        policy = draw(policy_st)
        recorder = draw(st.sampled_from(_by_value(policy.roles_for(CaseAction.RECORD))))
        case = Case.open(draw(records), recorder, policy=policy)
        for _ in range(draw(st.integers(0, most))):
            if not case.allowed_events():
                break
            case = case.apply(draw(_case_event(case, steps)))
        return case

    return workflow()
