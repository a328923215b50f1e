"""The seed's complaint desks as ready-made :class:`~custops.sla.SlaPolicy` values.

One policy per desk whose policy states deadlines: the car dealer (D1), the
quality-system desk (D5), the winery (D10) and the tobacco company (D14).  Each is
built by a function whose docstring cites its rules and shows a worked example; the
module-level constants hold the built policies, and :func:`get` finds one by name
(English, Chinese, or the seed's document number):

>>> from custops.sla import presets
>>> presets.get("酒厂") is presets.WINERY is presets.get("D10")
True
>>> presets.names()
('dealer', 'quality', 'winery', 'tobacco')

Every preset uses :func:`custops.calendars.china` (standard hours 09:00-12:00,
13:00-18:00); give a desk its own calendar with
``attrs.evolve(presets.WINERY, calendar=WorkCalendar(...))``, or one case its own
(the customer's zone) with ``select(..., calendar=...)``.

Every preset covers every kind and channel (issue 17): praise and a contact needing no
action select an explicit rule with no SLA target, as do the kinds a desk's seed sets
no deadline for; a complaint through a channel the seed does not name (online, e-mail)
is handled as written.  The constants are built on first use (they read the complaint
enumerations, and :mod:`custops.complaints` imports this package).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from custops._enums import fold
from custops._validate import require_type
from custops.errors import InvalidInput
from custops.periods import Period
from custops.sla._policy import SelectionRule, SlaPolicy
from custops.sla._targets import Target


def _no_action() -> SelectionRule:
    """Praise and a contact asking for nothing run no complaint target (R-CMP-01)."""
    return SelectionRule(
        "praise or no action: no SLA target",
        (),
        conditions={"kind": ("praise", "no_action")},
        rule="R-CMP-01",
    )


def _no_deadline(kinds: tuple[str, ...], source: str) -> SelectionRule:
    """The kinds a desk receives but its seed sets no deadline for: explicitly none."""
    return SelectionRule(
        f"{' or '.join(kinds)}: no deadline in {source}",
        (),
        conditions={"kind": kinds},
        rule="R-CMP-01",
    )


@functools.cache
def dealer() -> SlaPolicy:
    """The car dealer's complaint desk (D1 客户公司管理制度1, 汽车销售服务).

    * ``solution``: the responsible handler finds the cause and proposes a solution
      **within one working day** (一个工作日内提出解决办法, R-SLA-01, R-CMP-06);
    * a **major** complaint (R-CMP-07) goes at once to the department manager and the
      GM; the seed sets no period for that flow, so the one-working-day solution target
      is kept as its outer limit, under a rule of its own so the selection says which
      flow applies.

    第一条 puts complaints and the customers' proposals, suggestions, criticism and
    opinions in scope, through any channel; a consultation has no deadline in D1, and
    praise or a contact needing no action runs no target (explicit rules say so).

    National Day 2025: a complaint on Tuesday 30 September at 16:00 must have its
    solution by the close of business on Thursday 9 October (1–8 October are rest days).

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> print(dealer().schedule(at=at, kind="complaint", channel="热线").explain())
    汽车经销商客户投诉（R-SLA-01, R-CMP-06）：渠道为电话、类型为投诉，\
适用规则「complaint or suggestion」：提出解决办法
      提出解决办法  1个工作日  到期：2025-10-09 18:00+08:00  自受理起算 [R-SLA-01]
    >>> dealer().select(kind="投诉", severity="重大").matched
    'major complaint'
    >>> print(dealer().select(kind="表扬"))
    汽车经销商客户投诉（R-CMP-01）：类型为表扬，\
适用规则「praise or no action: no SLA target」：不设时限目标
    """
    solution = Target("solution", Period.workdays(1), rule="R-SLA-01", label="提出解决办法")
    return SlaPolicy(
        "dealer",
        (solution,),
        (
            _no_action(),
            _no_deadline(("consultation",), "D1"),
            SelectionRule(
                "major complaint",
                ("solution",),
                conditions={"severity": "major"},
                rule="R-CMP-07, R-SLA-01",
            ),
            SelectionRule("complaint or suggestion", ("solution",), rule="R-SLA-01, R-CMP-06"),
        ),
        label="汽车经销商客户投诉",
        source="D1",
    )


@functools.cache
def quality() -> SlaPolicy:
    """The quality-system desk (D5 客户公司管理制度5, 第六条 客户投诉的时效管理).

    * ``agreement``: the department complained about clarifies responsibility, prepares
      a plan and reaches a preliminary agreement **with the customer** within 1 day
      (1天内…与客户进行沟通达成初步协议, R-SLA-02) — a Civil Code day: the receiving
      day is not counted (art. 201), so it ends at the close of business of the next
      day, or of the next working day;
    * ``report``: a report to the GM **within three days after the investigation**
      (调查处理后三天内提出报告, R-SLA-03), counted from the stop of ``agreement``, the
      moment responsibility is clear; met when the report is submitted;
    * ``resolve``: the case is handled **within one week** (一周内处理完毕, R-SLA-04);
      when the customer is not satisfied it is handled again until satisfied
      (R-CMP-08): :meth:`Clock.restart` opens a new cycle;
    * ``follow_up``: the follow-up call **on the day** handling completes (处理完当天,
      R-SLA-04): a period of 0 days from the stop of ``resolve``, ending at the close of
      business that day (art. 203 ¶2).

    第条 names on-site, phone and written complaints; forwarded and online ones are
    handled alike (the targets do not depend on the channel).  D5 sets deadlines for
    complaints only: a consultation or suggestion selects an explicit rule with no
    target, as do praise and a contact needing no action.

    Spring Festival 2026: a complaint on Friday 13 February at 10:00 is due for a
    preliminary agreement on the 调休 Saturday 14 February, and for handling on
    Tuesday 24 February (20 February, the 7th day, falls in the holiday).

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2026, 2, 13, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> print(quality().schedule(at=at, kind="complaint").explain())
    质量体系客户投诉（R-SLA-02, R-SLA-03, R-SLA-04, R-CMP-08）：类型为投诉，适用规则「complaint」：\
明确职责、与客户达成初步协议、提出报告呈总经理批示、处理完毕、当天电话回访
      明确职责、与客户达成初步协议 1天 到期：2026-02-14 18:00+08:00 自受理起算 [R-SLA-02]
      提出报告呈总经理批示 3天 到期：2026-02-24 18:00+08:00 \
明确职责、与客户达成初步协议之后起算（按最晚） [R-SLA-03]
      处理完毕 1周 到期：2026-02-24 18:00+08:00 自受理起算 [R-SLA-04]
      当天电话回访 0天 到期：2026-02-24 18:00+08:00 处理完毕之后起算（按最晚） [R-SLA-04]
    """
    agreement = Target(
        "agreement", Period.days(1), rule="R-SLA-02", label="明确职责、与客户达成初步协议"
    )
    report = Target(
        "report",
        Period.days(3),
        starts_after="agreement",
        rule="R-SLA-03",
        label="提出报告呈总经理批示",
    )
    resolve = Target("resolve", Period.weeks(1), rule="R-SLA-04", label="处理完毕")
    follow_up = Target(
        "follow_up",
        Period.days(0),
        starts_after="resolve",
        rule="R-SLA-04",
        label="当天电话回访",
    )
    return SlaPolicy(
        "quality",
        (agreement, report, resolve, follow_up),
        (
            _no_action(),
            _no_deadline(("consultation", "suggestion"), "D5"),
            SelectionRule(
                "complaint",
                ("agreement", "report", "resolve", "follow_up"),
                conditions={"kind": "complaint"},
                rule="R-SLA-02, R-SLA-03, R-SLA-04, R-CMP-08",
            ),
        ),
        label="质量体系客户投诉",
        source="D5",
    )


@functools.cache
def winery() -> SlaPolicy:
    """The winery's complaint desk (D10 客户公司管理制度10, 酒厂客户投诉管理制度).

    By channel (二 受理流程), wall-clock hours:

    * phone: ``reply`` to the customer **within 24 hours** (R-SLA-05);
    * written: ``acknowledge`` — register and confirm to the customer **within 24
      hours** (登记、回复客户确认, R-SLA-06: met when the confirmation reaches the
      customer); an online or e-mail complaint is handled as written;
    * in person or forwarded: ``register`` **within 24 hours** (R-SLA-07);

    and for every complaint:

    * product quality (口感, 风味, 包装) that cannot be answered at once:
      ``quality_reply`` — the answer within the **three working days** promised to the
      customer (给客户承诺三个工作日的回复期限, R-SLA-08: the answer stops it, not the
      interim reply that promises it);
    * ``resolve``: handled **within 3 working days**, special cases **7** (R-SLA-09);
    * ``feedback``: the feedback form to the customer **within 24 hours after handling
      completes** (R-SLA-10), chained after ``resolve``.

    D10 sets deadlines for complaints only: a consultation or suggestion selects an
    explicit rule with no target, as do praise and a contact needing no action.

    National Day 2025: a phone complaint about taste on Tuesday 30 September at 16:00.
    The reply is due after 24 hours of wall time, holiday or not; the working-day
    targets skip 1–8 October and count the 调休 Saturday 11 October.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> s = winery().schedule(at=at, channel="热线", kind="投诉", category="质量")
    >>> print(s.explain())
    酒厂客户投诉（R-SLA-05, R-SLA-08, R-SLA-09, R-SLA-10）：\
类别为产品质量、渠道为电话、类型为投诉，适用规则「phone complaint, product quality」：\
答复客户、承诺期限内答复质量问题、处理完毕、处理反馈单
      答复客户 24小时 到期：2025-10-01 16:00+08:00 自受理起算 [R-SLA-05]
      承诺期限内答复质量问题 3个工作日 到期：2025-10-11 18:00+08:00 自受理起算 [R-SLA-08]
      处理完毕 3个工作日 到期：2025-10-11 18:00+08:00 自受理起算 [R-SLA-09]
      处理反馈单 24小时 到期：2025-10-12 18:00+08:00 处理完毕之后起算（按最晚） [R-SLA-10]
    """
    reply = Target("reply", Period.hours(24), rule="R-SLA-05", label="答复客户")
    acknowledge = Target(
        "acknowledge", Period.hours(24), rule="R-SLA-06", label="登记并回复客户确认"
    )
    register = Target("register", Period.hours(24), rule="R-SLA-07", label="登记")
    quality_reply = Target(
        "quality_reply", Period.workdays(3), rule="R-SLA-08", label="承诺期限内答复质量问题"
    )
    resolve = Target(
        "resolve",
        Period.workdays(3),
        special_period=Period.workdays(7),
        rule="R-SLA-09",
        label="处理完毕",
    )
    feedback = Target(
        "feedback",
        Period.hours(24),
        starts_after="resolve",
        rule="R-SLA-10",
        label="处理反馈单",
    )
    channels = (
        ("phone complaint", ("phone",), "reply", "R-SLA-05"),
        ("written or online complaint", ("written", "online"), "acknowledge", "R-SLA-06"),
        ("in-person or forwarded complaint", ("in_person", "forwarded"), "register", "R-SLA-07"),
    )
    rules = [_no_action(), _no_deadline(("consultation", "suggestion"), "D10")]
    for name, channel, first, rule in channels:
        when = {"kind": "complaint", "channel": channel}
        rules.append(
            SelectionRule(
                f"{name}, product quality",
                (first, "quality_reply", "resolve", "feedback"),
                conditions={**when, "category": "product_quality"},
                rule=f"{rule}, R-SLA-08, R-SLA-09, R-SLA-10",
            )
        )
        rules.append(
            SelectionRule(
                name,
                (first, "resolve", "feedback"),
                conditions=when,
                rule=f"{rule}, R-SLA-09, R-SLA-10",
            )
        )
    return SlaPolicy(
        "winery",
        (reply, acknowledge, register, quality_reply, resolve, feedback),
        tuple(rules),
        label="酒厂客户投诉",
        source="D10",
    )


@functools.cache
def tobacco() -> SlaPolicy:
    """The tobacco company's complaint desk (D14 客户公司管理制度14, 四 投诉处理).

    A contact is a consultation, a suggestion or a complaint (R-CMP-01), through any
    channel (the hotlines of 三(一), forwarded ones of 三(二) 2–3):

    * consultation: ``reply`` **within 24 hours** when it cannot be answered at once
      (R-SLA-11);
    * suggestion: ``promised_reply`` — the desk promises the customer a reply deadline
      (R-SLA-12); the target has no period of its own, the promise is given when the
      clock starts (``Clock.start(at, target, promised="5个工作日")``);
    * complaint: ``resolve`` **within 3 working days**, special cases **7**
      (R-SLA-09).  The seed asks for feedback after handling but sets no period;
    * praise, or a contact needing no action: an explicit rule with no target.

    Spring Festival 2026: a complaint on Friday 13 February at 15:00 is handled by
    Wednesday 25 February (the 调休 Saturday 14th counts, 15–23 are rest days: the 14th,
    24th and 25th), a special one by Monday 2 March (the 调休 Saturday 28 February
    counts too).

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> at = dt.datetime(2026, 2, 13, 15, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> print(tobacco().schedule(at=at, kind="客户投诉类").explain())
    卷烟客户投诉（R-SLA-09）：类型为投诉，适用规则「complaint」：处理完毕
      处理完毕 3个工作日 到期：2026-02-25 18:00+08:00 自受理起算 [R-SLA-09]
    >>> print(tobacco().schedule(at=at, kind="投诉", special=True).explain())
    卷烟客户投诉（R-SLA-09）：类型为投诉、特殊案件为是，适用规则「complaint」：处理完毕
      处理完毕 7个工作日 到期：2026-03-02 18:00+08:00 自受理起算 [R-SLA-09]
    """
    reply = Target("reply", Period.hours(24), rule="R-SLA-11", label="答复咨询")
    promised_reply = Target("promised_reply", None, rule="R-SLA-12", label="承诺期限内答复")
    resolve = Target(
        "resolve",
        Period.workdays(3),
        special_period=Period.workdays(7),
        rule="R-SLA-09",
        label="处理完毕",
    )
    return SlaPolicy(
        "tobacco",
        (reply, promised_reply, resolve),
        (
            _no_action(),
            SelectionRule(
                "consultation", ("reply",), conditions={"kind": "consultation"}, rule="R-SLA-11"
            ),
            SelectionRule(
                "suggestion",
                ("promised_reply",),
                conditions={"kind": "suggestion"},
                rule="R-SLA-12",
            ),
            SelectionRule(
                "complaint", ("resolve",), conditions={"kind": "complaint"}, rule="R-SLA-09"
            ),
        ),
        label="卷烟客户投诉",
        source="D14",
    )


_BUILDERS: dict[str, Callable[[], SlaPolicy]] = {
    "dealer": dealer,
    "quality": quality,
    "winery": winery,
    "tobacco": tobacco,
}
_CONSTANTS = {"DEALER": "dealer", "QUALITY": "quality", "WINERY": "winery", "TOBACCO": "tobacco"}
_ALIASES = {
    "d1": "dealer",
    "cardealer": "dealer",
    "car": "dealer",
    "汽车": "dealer",
    "汽车经销商": "dealer",
    "4s店": "dealer",
    "d5": "quality",
    "qualitysystem": "quality",
    "质量体系": "quality",
    "质量": "quality",
    "d10": "winery",
    "wine": "winery",
    "酒厂": "winery",
    "d14": "tobacco",
    "烟草": "tobacco",
    "卷烟": "tobacco",
    "烟草公司": "tobacco",
}


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
    >>> get("bakery")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: name: is not a preset; one of dealer (D1), quality (D5), \
winery (D10), tobacco (D14) (got 'bakery')
    """
    key = fold(require_type("name", name, str, "a str"))
    build = _BUILDERS.get(_ALIASES.get(key, key))
    if build is None:
        choices = ", ".join(f"{p.name} ({p.source})" for p in all_presets())
        raise InvalidInput.for_argument("name", name, f"is not a preset; one of {choices}")
    return build()
