"""The seed's complaint desks as ready-made :class:`~custops.sla.SlaPolicy` values.

One per desk whose policy states deadlines — the car dealer (D1), the quality-system desk
(D5), the winery (D10), the tobacco company (D14) — each built by a function that cites its
rules, on first use (it reads the complaint enumerations, whose package imports this one);
``DEALER`` … ``TOBACCO`` hold them and :func:`get` finds one by name:

>>> from custops.sla import presets
>>> presets.get("酒厂") is presets.WINERY is presets.get("D10")
True
>>> presets.names()
('dealer', 'quality', 'winery', 'tobacco')

Every preset counts on :func:`custops.calendars.china` (09:00-12:00, 13:00-18:00) and
covers every kind and channel (issue 17): praise, a contact needing no action and the
kinds its seed sets no deadline for select an explicit rule without targets; a complaint
through a channel the seed does not name (online, e-mail) is handled as written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from custops._enums import fold
from custops._text import examples
from custops._validate import require_type
from custops.errors import InvalidInput
from custops.periods import Period
from custops.sla._policy import SelectionRule, SlaPolicy
from custops.sla._targets import Target, chinese_label

__all__ = [
    "DEALER",
    "QUALITY",
    "TOBACCO",
    "WINERY",
    "all_presets",
    "dealer",
    "get",
    "names",
    "quality",
    "tobacco",
    "winery",
]

#: Each desk's label (its Chinese name, as ``custops sla presets`` prints it): a name
#: :func:`get` takes too.
_LABELS = {
    "dealer": "汽车经销商客户投诉",
    "quality": "质量体系客户投诉",
    "winery": "酒厂客户投诉",
    "tobacco": "卷烟客户投诉",
}
#: The seed's document each desk's rules come from (``SlaPolicy.source``).
_SOURCES = {"dealer": "D1", "quality": "D5", "winery": "D10", "tobacco": "D14"}


def _desk(name: str, targets: tuple[Target, ...], rules: tuple[SelectionRule, ...]) -> SlaPolicy:
    """The desk ``name``'s policy, with its label and source."""
    return SlaPolicy(name, targets, rules, label=_LABELS[name], source=_SOURCES[name])


# The four presets, built on first use by the module's __getattr__ (declared for readers
# and type checkers; the annotations bind nothing, so the first access builds them).
DEALER: SlaPolicy
QUALITY: SlaPolicy
WINERY: SlaPolicy
TOBACCO: SlaPolicy


def _no_action() -> SelectionRule:
    """Praise and a contact asking for nothing run no complaint target (R-CMP-01)."""
    return SelectionRule(
        "praise or no action: no SLA target",
        (),
        conditions={"kind": ("praise", "no_action")},
        rule="R-CMP-01",
        label=f"{'或'.join(chinese_label('kind', k) for k in ('praise', 'no_action'))}：无时限",
    )


def _no_deadline(kinds: tuple[str, ...], source: str) -> SelectionRule:
    """The kinds a desk receives but its seed sets no deadline for: explicitly none."""
    name = f"{' or '.join(kinds)}: no deadline in {source}"
    label = f"{'或'.join(chinese_label('kind', k) for k in kinds)}：{source}未设时限"
    return SelectionRule(name, (), conditions={"kind": kinds}, rule="R-CMP-01", label=label)


@functools.cache
def dealer() -> SlaPolicy:
    """The car dealer's complaint desk (D1 客户公司管理制度1, 汽车销售服务).

    ``solution``: a solution **within one working day** (一个工作日内提出解决办法,
    R-SLA-01, R-CMP-06), counted from the assignment (``from_assignment``): 第四条 puts
    it on the 投诉受理责任人 of step 3, whom the customer-relations manager names in step 2
    (确定投诉处理责任…确定具体的受理部门), so a case assigned late still gives the handler
    the whole working day; also the outer limit of a **major** complaint's flow (R-CMP-07:
    to the manager and the GM at once, no period set), which, having no assignment, counts
    it from receipt, as do an unfounded complaint and a suggestion.  第一条 puts complaints and
    suggestions through any channel in scope; a consultation has no deadline in D1.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> print(dealer().schedule(received_at=at, kind="complaint", channel="热线").explain())
    汽车经销商客户投诉（R-SLA-01）：渠道为电话、类型为投诉，\
适用规则「投诉或建议」：提出解决办法
      提出解决办法  1个工作日  到期：2025-10-09 18:00+08:00  \
自分派受理责任人起算（最早为接到投诉时） [R-SLA-01]
      规则：R-SLA-01、R-CMP-06
    """
    solution = Target(
        "solution",
        Period.workdays(1),
        from_assignment=True,
        rule="R-SLA-01",
        label="提出解决办法",
    )
    major = SelectionRule(
        "major complaint",
        ("solution",),
        conditions={"severity": "major"},
        rule_ids=("R-CMP-07", "R-SLA-01"),
        label="重大投诉",
    )
    rules = (
        _no_action(),
        _no_deadline(("consultation",), "D1"),
        major,
        SelectionRule(
            "complaint or suggestion",
            ("solution",),
            rule_ids=("R-SLA-01", "R-CMP-06"),
            label="投诉或建议",
        ),
    )
    return _desk("dealer", (solution,), rules)


@functools.cache
def quality() -> SlaPolicy:
    """The quality-system desk (D5 客户公司管理制度5, 第六条 客户投诉的时效管理).

    * ``agreement``: responsibility clarified and a preliminary agreement reached with
      the customer **within 1 day** (1天内…达成初步协议, R-SLA-02) — a Civil Code day:
      the receiving day is not counted (art. 201);
    * ``report``: a report to the GM **within three days after the investigation**
      (调查处理后三天内提出报告, R-SLA-03), from the stop of ``agreement``;
    * ``resolve``: handled **within one week** (一周内处理完毕, R-SLA-04), and again until
      the customer is satisfied (R-CMP-08: :meth:`Clock.restart`);
    * ``follow_up``: the follow-up call **on the day** handling completes (在处理完当天打电话,
      R-SLA-04): 0 days from the stop of ``resolve``, to 24:00 of that calendar day
      (``calendar_days=True``), whether handling completed after hours or on a rest day: a
      call the next day is not 当天, so it is breached.  (The Civil Code count of
      ``deadline(…, "当天")`` would end at the close of business and move an after-hours or
      rest-day completion to the next working day; D5 names the day itself.)

    D5 sets deadlines for complaints only, whatever the channel.  Across Spring Festival
    2026 (the 14th is a 调休 Saturday):

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2026, 2, 13, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> print(quality().schedule(received_at=at, kind="complaint").explain())
    质量体系客户投诉（R-SLA-02）：类型为投诉，适用规则「投诉」：\
明确职责、与客户达成初步协议、提出报告呈总经理批示、处理完毕、当天电话回访
      明确职责、与客户达成初步协议 1天 到期：2026-02-14 18:00+08:00 自接到投诉起算 [R-SLA-02]
      提出报告呈总经理批示 3天 到期：2026-02-24 18:00+08:00 \
明确职责、与客户达成初步协议之后起算（按最晚） [R-SLA-03]
      处理完毕 1周 到期：2026-02-24 18:00+08:00 自接到投诉起算 [R-SLA-04]
      当天电话回访 0天（至当日24:00） 到期：2026-02-25 00:00+08:00 \
处理完毕之后起算（按最晚） [R-SLA-04]
      规则：R-SLA-02、R-SLA-03、R-SLA-04、R-CMP-08
    """
    targets = (
        Target("agreement", Period.days(1), rule="R-SLA-02", label="明确职责、与客户达成初步协议"),
        Target(
            "report",
            Period.days(3),
            starts_after="agreement",
            rule="R-SLA-03",
            label="提出报告呈总经理批示",
        ),
        Target("resolve", Period.weeks(1), rule="R-SLA-04", label="处理完毕"),
        Target(
            "follow_up",
            Period.days(0),
            starts_after="resolve",
            calendar_days=True,
            rule="R-SLA-04",
            label="当天电话回访",
        ),
    )
    complaint = SelectionRule(
        "complaint",
        tuple(t.name for t in targets),
        conditions={"kind": "complaint"},
        rule_ids=("R-SLA-02", "R-SLA-03", "R-SLA-04", "R-CMP-08"),
        label="投诉",
    )
    rules = (_no_action(), _no_deadline(("consultation", "suggestion"), "D5"), complaint)
    return _desk("quality", targets, rules)


@functools.cache
def winery() -> SlaPolicy:
    """The winery's complaint desk (D10 客户公司管理制度10, 酒厂客户投诉管理制度).

    By channel (二 受理流程), **within 24 hours** of wall time: phone — ``reply``
    (R-SLA-05); written — ``acknowledge``: register and confirm to the customer
    (登记、回复客户确认, R-SLA-06), an online or e-mail complaint alike; in person or
    forwarded — ``register`` (R-SLA-07).  And for every complaint:

    * product quality (口感, 风味, 包装) not answered at once: ``quality_reply``, the
      answer within the **three working days** promised to the customer
      (给客户承诺三个工作日的回复期限, R-SLA-08: the answer stops it);
    * ``resolve``: handled **within 3 working days**, special cases **7** (R-SLA-09);
    * ``feedback``: the feedback form **within 24 hours after handling completes**
      (R-SLA-10), chained after ``resolve``.

    D10 sets deadlines for complaints only.  On the eve of National Day 2025 (1–8
    October are rest days, Saturday 11 October a 调休 working day):

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> s = winery().schedule(received_at=at, channel="热线", kind="投诉", category="质量")
    >>> print(s.explain())
    酒厂客户投诉（R-SLA-05）：\
类别为产品质量、渠道为电话、类型为投诉，适用规则「电话投诉（产品质量）」：\
答复客户、承诺期限内答复质量问题、处理完毕、处理反馈单
      答复客户 24小时 到期：2025-10-01 16:00+08:00 自接到投诉起算 [R-SLA-05]
      承诺期限内答复质量问题 3个工作日 到期：2025-10-11 18:00+08:00 自接到投诉起算 [R-SLA-08]
      处理完毕 3个工作日 到期：2025-10-11 18:00+08:00 自接到投诉起算 [R-SLA-09]
      处理反馈单 24小时 到期：2025-10-12 18:00+08:00 处理完毕之后起算（按最晚） [R-SLA-10]
      规则：R-SLA-05、R-SLA-08、R-SLA-09、R-SLA-10
    """
    day, three, seven = Period.hours(24), Period.workdays(3), Period.workdays(7)
    targets = (
        Target("reply", day, rule="R-SLA-05", label="答复客户"),
        Target("acknowledge", day, rule="R-SLA-06", label="登记并回复客户确认"),
        Target("register", day, rule="R-SLA-07", label="登记"),
        Target("quality_reply", three, rule="R-SLA-08", label="承诺期限内答复质量问题"),
        Target("resolve", three, special_period=seven, rule="R-SLA-09", label="处理完毕"),
        Target("feedback", day, starts_after="resolve", rule="R-SLA-10", label="处理反馈单"),
    )
    channels = (
        ("phone complaint", "电话投诉", ("phone",), "reply", "R-SLA-05"),
        (
            "written or online complaint",
            "书面或网上投诉",
            ("written", "online"),
            "acknowledge",
            "R-SLA-06",
        ),
        (
            "in-person or forwarded complaint",
            "来访或转来的投诉",
            ("in_person", "forwarded"),
            "register",
            "R-SLA-07",
        ),
    )
    rules = [_no_action(), _no_deadline(("consultation", "suggestion"), "D10")]
    for name, label, channel, first, rule in channels:
        when = {"kind": "complaint", "channel": channel}
        rules.append(
            SelectionRule(
                f"{name}, product quality",
                (first, "quality_reply", "resolve", "feedback"),
                conditions={**when, "category": "product_quality"},
                rule_ids=(rule, "R-SLA-08", "R-SLA-09", "R-SLA-10"),
                label=f"{label}（产品质量）",
            )
        )
        rules.append(
            SelectionRule(
                name,
                (first, "resolve", "feedback"),
                conditions=when,
                rule_ids=(rule, "R-SLA-09", "R-SLA-10"),
                label=label,
            )
        )
    return _desk("winery", targets, tuple(rules))


@functools.cache
def tobacco() -> SlaPolicy:
    """The tobacco company's complaint desk (D14 客户公司管理制度14, 四 投诉处理).

    A contact is a consultation, a suggestion or a complaint (R-CMP-01), through any
    channel (the hotlines of 三(一), forwarded ones of 三(二) 2–3):

    * consultation: ``answer`` **within 24 hours** when not answered at once (R-SLA-11):
      四(一) 在24小时答复客户…记录答复结果 — the answer whose result is recorded meets it
      (the step ``answer``), not an interim reply (稍后回电);
    * suggestion: ``promised_reply`` within the deadline promised to the customer
      (R-SLA-12), given when the clock starts (``promised="2个工作日"``), and ``resolve``:
      四(四) limits 客户投诉 — the umbrella of 四's three kinds (客户投诉分咨询、推荐、投诉三种
      类型) — to 3 working days, 7 in a special case, so a suggestion is handled within it
      and a promise that would end after it is refused (``limited_by="resolve"``);
      a consultation's 24 hours, which only its answer meets, always end before three
      working days, so a consultation answered after them is already late;
    * complaint: ``resolve`` **within 3 working days**, special cases **7** (R-SLA-09);
      the seed asks for feedback after handling but sets no period.

    Across Spring Festival 2026 (the 调休 Saturdays 14 and 28 February count):

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2026, 2, 13, 15, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> print(tobacco().schedule(received_at=at, kind="客户投诉类").explain())
    卷烟客户投诉（R-SLA-09）：类型为投诉，适用规则「投诉」：处理完毕
      处理完毕 3个工作日 到期：2026-02-25 18:00+08:00 自接到投诉起算 [R-SLA-09]
    """
    three, seven = Period.workdays(3), Period.workdays(7)
    targets = (
        Target("answer", Period.hours(24), rule="R-SLA-11", label="答复咨询"),
        Target(
            "promised_reply", None, limited_by="resolve", rule="R-SLA-12", label="承诺期限内答复"
        ),
        Target("resolve", three, special_period=seven, rule="R-SLA-09", label="处理完毕"),
    )
    rules = (
        _no_action(),
        SelectionRule(
            "consultation",
            ("answer",),
            conditions={"kind": "consultation"},
            rule="R-SLA-11",
            label="咨询",
        ),
        SelectionRule(
            "suggestion",
            ("promised_reply", "resolve"),
            conditions={"kind": "suggestion"},
            rule_ids=("R-SLA-12", "R-SLA-09"),
            label="建议",
        ),
        SelectionRule(
            "complaint",
            ("resolve",),
            conditions={"kind": "complaint"},
            rule="R-SLA-09",
            label="投诉",
        ),
    )
    return _desk("tobacco", targets, rules)


_BUILDERS: dict[str, Callable[[], SlaPolicy]] = {
    "dealer": dealer,
    "quality": quality,
    "winery": winery,
    "tobacco": tobacco,
}
_CONSTANTS = {name.upper(): name for name in _BUILDERS}
_ALIASES = {
    alias: name
    for name, aliases in (
        ("dealer", ("d1", "cardealer", "car", "汽车", "汽车经销商", "4s店")),
        ("quality", ("d5", "qualitysystem", "质量体系", "质量")),
        ("winery", ("d10", "wine", "酒厂")),
        ("tobacco", ("d14", "烟草", "卷烟", "烟草公司")),
    )
    for alias in aliases
}
# a desk's label, as ``custops sla presets`` prints it, names it too
_ALIASES.update((fold(label), name) for name, label in _LABELS.items())


#: The presets as a refusal lists them: each name and document, then each label.
def _choices() -> str:
    """The presets a refusal lists: their names and sources, then, for a Chinese reader,
    each desk's Chinese name (an English message holds no Chinese but the value refused)."""
    names = ", ".join(f"{name} ({_SOURCES[name]})" for name in _BUILDERS)
    return names + examples(
        ", or a desk's Chinese name", f", or a desk's Chinese name: {', '.join(_LABELS.values())}"
    )


def __getattr__(name: str) -> SlaPolicy:
    """``DEALER`` (D1), ``QUALITY`` (D5), ``WINERY`` (D10), ``TOBACCO`` (D14): built on
    first use, the same object every time."""
    if name in _CONSTANTS:
        return _BUILDERS[_CONSTANTS[name]]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def names() -> tuple[str, ...]:
    """The presets' names, in the seed's order."""
    return tuple(_BUILDERS)


def all_presets() -> Iterator[SlaPolicy]:
    """Every preset policy, in the seed's order."""
    return (build() for build in _BUILDERS.values())


def get(name: str) -> SlaPolicy:
    """The preset called ``name``: its English name, a Chinese name, or ``D1``/``D5``/….

    >>> get("Tobacco").source, get("质量体系").name
    ('D14', 'quality')
    """
    return lookup(name, "name")


@functools.cache
def target_labels() -> Mapping[str, str]:
    """The Chinese label the presets give each target (``reply`` → 答复客户), for a target
    named without its desk (:func:`custops.complaints.assess_penalty`'s ``delayed``); a
    name two presets label apart is left out: internal, not in ``__all__``.

    >>> target_labels()["reply"], target_labels()["resolve"]
    ('答复客户', '处理完毕')
    """
    found: dict[str, set[str]] = {}
    for policy in all_presets():
        for target in policy.targets:
            if target.label:
                found.setdefault(target.name, set()).add(target.label)
    return MappingProxyType({name: next(iter(ls)) for name, ls in found.items() if len(ls) == 1})


def lookup(name: Any, argument: str) -> SlaPolicy:
    """:func:`get`, its errors naming ``argument`` (a case policy's ``sla``, ``policy``):
    internal, for :mod:`custops.complaints.policy`, not in ``__all__``."""
    key = fold(require_type(argument, name, str, "a str"))
    build = _BUILDERS.get(_ALIASES.get(key, key))
    if build is None:
        raise InvalidInput.for_argument(argument, name, f"is not a preset; one of {_choices()}")
    return build()
