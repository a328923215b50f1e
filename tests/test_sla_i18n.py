"""Explanations of custops.sla in the reader's language (issue 15 item 1).

Every clock status, cycle line, target, selection reason and schedule table is worded in
the active language: one Chinese sentence in ``zh_CN`` (no English words besides rule
IDs and units; names without a Chinese label in 「」), English in ``en_US`` (Chinese only
as quoted labels).  Example tests per rule of the seed's desks (R-SLA-01 … R-SLA-12,
R-CMP-01, R-CMP-08), and one Hypothesis property per module (``_clock``, ``_targets``,
``_policy`` with ``presets``) over the ``custops.testing`` strategies.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings
from collections.abc import Callable
from fractions import Fraction
from zoneinfo import ZoneInfo

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from custops._text import span
from custops.calendars import WorkCalendar
from custops.complaints.model import Category, Channel, Kind, Severity
from custops.i18n import language, stray_words
from custops.periods import Period
from custops.sla import (
    CaseAttribute,
    Clock,
    SelectionRule,
    SlaPolicy,
    Target,
    presets,
)
from custops.testing import aware_datetimes, clocks, targets

SH = ZoneInfo("Asia/Shanghai")

#: The kinds never special: special=True is refused for them (R-SLA-09, R-SLA-11).
NEVER_SPECIAL = frozenset({Kind.CONSULTATION, Kind.PRAISE, Kind.NO_ACTION})


def T(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def zh(render: Callable[[], str]) -> str:
    """``render()`` under zh_CN, checked to be one-language Chinese."""
    with language("zh_CN"):
        text = render()
    assert stray_words(text, code="zh_CN") == (), text
    return text


def en(render: Callable[[], str]) -> str:
    """``render()`` under en_US, checked to be English with Chinese only quoted."""
    with language("en_US"):
        text = render()
    assert stray_words(text, code="en_US") == (), text
    return text


def both(render: Callable[[], str]) -> None:
    zh(render)
    en(render)


# --------------------------------------------------------------------------- durations


def test_one_duration_format_per_language() -> None:
    """The issue's own example: 0h55m is 55 分钟 in Chinese and stays 0h55m in English."""
    cases = [
        (dt.timedelta(minutes=55), "55 分钟", "0h55m"),
        (dt.timedelta(hours=48), "48 小时", "48h"),
        (dt.timedelta(hours=25, minutes=5), "25 小时 5 分钟", "25h05m"),
        (dt.timedelta(0), "0 小时", "0h"),
        (-dt.timedelta(hours=1, minutes=30), "-1 小时 30 分钟", "-1h30m"),
        (dt.timedelta(minutes=59, seconds=59), "59 分钟", "0h59m"),  # to the minute, down
    ]
    for d, chinese, english in cases:
        assert zh(functools.partial(span, d)) == chinese
        assert en(functools.partial(span, d)) == english


# --------------------------------------------------------------------------- clock status


def test_breached_status_is_one_chinese_sentence_R_SLA_05() -> None:
    """Issue 15's example "已超时 breached, 48h of 24h used": now one sentence each."""
    reply = presets.WINERY.target_named("reply")
    late = Clock.start(T(9, 30, 16), reply).stop(T(10, 2, 16))
    s = late.status(at=T(10, 2, 16))
    assert zh(lambda: s.reason) == (
        "答复客户已超时，已用 48 小时，时限 24 小时（200%），截止 2025-10-01 16:00+08:00，"
        "超时 24 小时"
    )
    assert zh(lambda: str(s)).startswith("已超时（R-SLA-05）：答复客户已超时，已用 48 小时")
    assert en(lambda: str(s)) == (
        "breached (R-SLA-05): reply breached: 48h of 24h used (200%), "
        "due 2025-10-01 16:00+08:00, late by 24h"
    )


def test_met_running_and_warning_in_chinese_R_SLA_01_R_SLA_09() -> None:
    solution = presets.DEALER.target_named("solution")
    met = Clock.start(T(9, 30, 16), solution).stop(T(9, 30, 17, 5)).status(at=T(10, 9, 9))
    assert zh(lambda: met.reason) == (
        "提出解决办法已达成，已用 1 工作小时 5 分钟，"
        "为时限 1个工作日（折合 10 工作小时）的 10.83%，"
        "截止 2025-10-09 18:00+08:00，提前 216 小时 55 分钟（自然时间）达成"
    )
    resolve = presets.WINERY.target_named("resolve")
    running = Clock.start(T(9, 30, 16), resolve).status(at=T(10, 10, 12))
    assert zh(lambda: str(running)) == (
        "计时中（R-SLA-09）：处理完毕计时中，已用 13 工作小时，"
        "为时限 3个工作日（折合 26 工作小时）的 50%，"
        "截止 2025-10-11 18:00+08:00，已达预警线 0.5"
    )
    assert en(lambda: running.reason).endswith(", warning 0.5")


def test_paused_status_and_a_target_without_a_label() -> None:
    greet = Target("greet", "30分钟")
    s = Clock.start(T(10, 9, 9), greet).pause(T(10, 9, 9, 10)).status(at=T(10, 9, 9, 20))
    # a target without a rule ID of its own stands on how its period is counted (4.21)
    assert zh(lambda: str(s)) == (
        "已暂停（R-PER-01）：「greet」已暂停，已用 10 分钟，时限 30 分钟（33.33%），"
        "截止 2025-10-09 09:40+08:00"
    )
    assert en(lambda: str(s)) == (
        "paused (R-PER-01): greet paused: 0h10m of 0h30m used (33.33%), due 2025-10-09 09:40+08:00"
    )


def test_cycles_and_their_lines_in_chinese_R_SLA_04_R_CMP_08() -> None:
    """Handled again until the customer is satisfied: cycle 2 and the line of cycle 1."""
    week = presets.QUALITY.target_named("resolve")
    c = Clock.start(T(9, 30, 10), week).stop(T(10, 9, 15)).restart(T(10, 10, 10))
    s = c.status(at=T(10, 10, 11))
    lines = zh(s.explain).splitlines()
    assert lines[0].startswith("计时中（R-SLA-04）：处理完毕（第 2 轮）计时中，已用 1 工作小时")
    assert "为时限 1周（折合 55 工作小时）的 " in lines[0]  # the period in its own unit
    assert lines[1] == (
        "  第 1 轮：已达成，2025-09-30 10:00+08:00 开始，截止 2025-10-09 18:00+08:00，"
        "2025-10-09 15:00+08:00 停止"
    )
    assert "of the 1 week allowed (55 working hours)" in en(s.explain).splitlines()[0]
    assert en(s.explain).splitlines()[1] == (
        "  cycle 1: met, started 2025-09-30 10:00+08:00, due 2025-10-09 18:00+08:00, "
        "stopped 2025-10-09 15:00+08:00"
    )
    assert "(cycle 2)" in en(lambda: s.reason)


def test_provisional_calendar_said_in_chinese() -> None:
    """A working-time status counted in an unpublished year says so in its language."""
    cal = WorkCalendar()
    resolve = presets.TOBACCO.target_named("resolve")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = Clock.start(T(12, 30, 10, year=2030), resolve, calendar=cal).status(
            at=T(12, 31, 10, year=2030)
        )
    assert s.provisional
    assert zh(lambda: s.reason).endswith("，按暂定的节假日安排计算")
    assert en(lambda: s.reason).endswith(", provisional calendar")


def test_chained_start_note_R_SLA_10() -> None:
    """The feedback form's clock starts when resolve stops; its note says so."""
    resolve = presets.WINERY.target_named("resolve")
    feedback = presets.WINERY.target_named("feedback")
    done = Clock.start(T(9, 30, 16), resolve).stop(T(10, 9, 12))
    with language("zh_CN"):
        chinese = Clock.start_after(feedback, done)
    with language("en_US"):
        english = Clock.start_after(feedback, done)
    assert chinese.events[0].note == "处理完毕之后开始"
    assert english.events[0].note == "after resolve stopped"


# --------------------------------------------------------------------------- targets


def test_target_lines_in_each_language_R_SLA_09_R_SLA_10_R_SLA_12() -> None:
    resolve = presets.WINERY.target_named("resolve")
    assert zh(lambda: str(resolve)) == "处理完毕：3个工作日（特殊案件 7个工作日）"
    assert en(lambda: str(resolve)) == "resolve: 3 working days (special 7 working days)"
    feedback = presets.WINERY.target_named("feedback")
    assert zh(lambda: str(feedback)) == "处理反馈单：24小时，「resolve」之后开始"
    promised = presets.TOBACCO.target_named("promised_reply")
    assert zh(lambda: str(promised)) == "承诺期限内答复：期限逐案承诺"
    assert en(lambda: str(promised)) == "promised reply: promised case by case"
    update = Target("update", "1个工作日", recurrence="every")
    assert zh(lambda: str(update)) == "「update」：1个工作日，定期跟踪"
    reply = Target("next_reply", "4个工作小时", recurrence="next_reply")
    assert en(lambda: str(reply)) == "next reply: 4 working hours, next reply"


# --------------------------------------------------------------------------- selection


def test_selection_reason_in_chinese_R_SLA_05_R_SLA_08() -> None:
    sel = zh(lambda: str(presets.WINERY.select(channel="电话", kind="投诉", category="产品质量")))
    assert sel == (
        "酒厂客户投诉（R-SLA-05）：类别为产品质量、渠道为电话、"
        "类型为投诉，适用规则「电话投诉（产品质量）」："
        "答复客户、承诺期限内答复质量问题、处理完毕、处理反馈单"
    )
    # the memo keeps one selection per language: English after Chinese is English
    assert en(lambda: presets.WINERY.select(channel="电话", kind="投诉").reason) == (
        "rule 'phone complaint' matches channel=phone, kind=complaint: reply, resolve, feedback"
    )
    assert zh(lambda: presets.WINERY.select(channel="电话", kind="投诉").reason).startswith(
        "渠道为电话、类型为投诉，适用规则「电话投诉」"
    )


def test_no_target_rules_say_so_in_chinese_R_CMP_01() -> None:
    text = zh(lambda: presets.DEALER.select(kind="表扬").reason)
    assert text == "类型为表扬，适用规则「表扬或无需处理：无时限」：不设时限目标"
    assert en(lambda: presets.DEALER.select(kind="表扬").reason).endswith(": no SLA target")


def test_declared_attributes_and_rule_conditions_in_chinese() -> None:
    priority = CaseAttribute("priority", ("low", "urgent"), label="优先级")
    fast = Target("fast_reply", "4小时", label="快速答复")
    desk = SlaPolicy(
        "app desk",
        (fast,),
        (
            SelectionRule("urgent", ("fast_reply",), conditions={"priority": "urgent"}),
            SelectionRule("any", ("fast_reply",)),
        ),
        extra_attributes=(priority, CaseAttribute("region", ("north", "south"))),
    )
    assert zh(lambda: desk.select(priority="urgent", region="north").reason) == (
        "优先级为「urgent」、「region」为「north」，适用规则「urgent」：快速答复"
    )
    assert zh(lambda: str(desk.select(priority="low"))) == (
        "「app desk」（R-PER-01）：优先级为「low」，适用规则「any」：快速答复"
    )
    assert en(lambda: str(desk.select(priority="low"))) == (
        "app desk (R-PER-01): rule 'any' matches priority=low: fast reply"
    )
    assert zh(lambda: desk.select().reason).startswith("未给出案件属性")
    rule = SelectionRule("r", ("x",), conditions={"channel": ["phone", "热线", "书面"]})
    assert zh(rule.describe) == "渠道为书面或电话"
    assert en(rule.describe) == "channel=phone/written"
    assert zh(SelectionRule("all", ("x",)).describe) == "任何案件"
    assert en(SelectionRule("all", ("x",)).describe) == "any case"


def test_schedule_table_in_each_language_R_SLA_02_R_SLA_03_R_SLA_04() -> None:
    def schedule() -> str:
        return presets.QUALITY.schedule(received_at=T(9, 30, 10), kind="complaint").explain()

    lines = zh(schedule).splitlines()
    assert lines[1].split() == [
        "明确职责、与客户达成初步协议",
        "1天",
        "到期：2025-10-09",
        "18:00+08:00",
        "自接到投诉起算",
        "[R-SLA-02]",
    ]
    assert lines[2].split()[-2:] == ["明确职责、与客户达成初步协议之后起算（按最晚）", "[R-SLA-03]"]
    english = en(schedule).splitlines()
    assert english[2].split() == [
        "report",
        "3",
        "days",
        "due",
        "2025-10-13",
        "18:00+08:00",
        "after",
        "agreement",
        "stops",
        "(latest)",
        "[R-SLA-03]",
    ]


def test_promised_period_rows_R_SLA_11_R_SLA_12() -> None:
    at = T(9, 30, 16)
    text = zh(lambda: presets.TOBACCO.schedule(received_at=at, kind="suggestion").explain())
    assert text.splitlines()[1].split() == [
        "承诺期限内答复",
        "逐案承诺",
        "到期：—",
        "期限逐案向客户承诺",
        "[R-SLA-12]",
    ]
    text = en(lambda: presets.TOBACCO.schedule(received_at=at, kind="咨询").explain())
    line = text.splitlines()[1]
    assert line.split()[:3] == ["answer", "24", "hours"]


def test_every_preset_explains_itself_in_one_language_R_SLA_06_R_SLA_07() -> None:
    """Every rule of every desk: its selection and its schedule, both languages."""
    at = T(2, 13, 17, year=2026)

    def table(desk: SlaPolicy, **case: object) -> Callable[[], str]:
        return lambda: desk.schedule(case, received_at=at).explain()

    for desk in presets.all_presets():
        for kind in Kind:
            for channel in Channel:
                both(table(desk, kind=kind, channel=channel))
        if desk.special_applies:  # else special=True is refused (R-SLA-09)
            both(table(desk, kind="投诉", channel="电话", special=True))
        for target in desk.targets:
            both(target.__str__)


# --------------------------------------------------------------------------- properties


@settings(max_examples=40)
@given(clocks(max_events=6), st.integers(0, 72 * 60))
def test_every_status_and_cycle_line_is_one_language(clock: Clock, minutes: int) -> None:
    """_clock: ``str()``, ``reason`` and ``explain()`` of any status, in both languages."""
    at = clock.events[-1].at + dt.timedelta(minutes=minutes)
    status = clock.status(at=at)
    both(status.explain)
    both(lambda: status.reason)
    for cycle in status.history:
        both(cycle.describe)


@settings(max_examples=50)
@given(targets(recurring=True), st.booleans())
def test_every_target_line_is_one_language(target: Target, labelled: bool) -> None:
    """_targets: ``str(target)``, labelled or not."""
    if labelled:
        target = attrs.evolve(target, label="答复")
    both(lambda: str(target))


@settings(max_examples=50)
@given(
    st.sampled_from(tuple(presets.all_presets())),
    st.sampled_from(Kind),
    st.sampled_from(Channel),
    st.one_of(st.none(), st.sampled_from(Category)),
    st.one_of(st.none(), st.sampled_from(Severity)),
    st.booleans(),
    aware_datetimes(dt.date(2025, 1, 1), dt.date(2026, 12, 1)),
)
def test_every_selection_and_schedule_is_one_language(
    desk: SlaPolicy,
    kind: Kind,
    channel: Channel,
    category: Category | None,
    severity: Severity | None,
    special: bool,
    at: dt.datetime,
) -> None:
    """_policy and presets: selection ``str()``/``explain()``, rule lines, schedule tables."""
    case = {"kind": kind, "channel": channel, "category": category, "severity": severity}
    promised = {"promised_reply": "2个工作日"} if desk is presets.TOBACCO else None
    # else refused (R-SLA-09, R-SLA-11)
    special = special and desk.special_applies and kind not in NEVER_SPECIAL
    both(lambda: desk.select(case, special=special).explain())
    both(
        lambda: desk.schedule(
            case, received_at=at, special=special, promised_periods=promised
        ).explain()
    )
    for rule in desk.rules:
        both(rule.describe)


def _paused_resolve() -> Clock:
    """3 working days from the eve of National Day, paused two working hours on 10-09."""
    three = Clock.start(T(9, 30, 16), Target("resolve", "3个工作日"))
    return three.pause(T(10, 9, 10)).resume(T(10, 9, 12))


def test_the_explanation_names_the_period_and_the_pause_that_moved_the_deadline_R_PER_01() -> None:
    """R-PER-01: a day-level period is converted at the start into working time (26 h);
    the pause of two working hours moves the deadline by as much (docs/sla.md, "Pause
    semantics"): the explanation says the period, the time paused and the deadline before
    and after, in both languages; the one-line reason is unchanged."""
    s = _paused_resolve().status(at=T(10, 10, 12))
    assert s.period == Period.parse("3个工作日")
    assert (s.paused, s.unpaused_due_at) == (dt.timedelta(hours=2), T(10, 11, 18))
    assert s.due_at == T(10, 13, 11)
    zh_lines = zh(s.explain).splitlines()
    assert zh_lines[1] == (
        "  时限 3个工作日（折合 26 工作小时）；已暂停 2 工作小时，"
        "截止由 2025-10-11 18:00+08:00 顺延至 2025-10-13 11:00+08:00"
    )
    assert en(s.explain).splitlines()[1] == (
        "  period 3 working days (26 working hours); 2 working hours paused, the deadline moved "
        "from 2025-10-11 18:00+08:00 to 2025-10-13 11:00+08:00"
    )
    assert zh(s.describe_period) == zh_lines[1].strip()
    assert stray_words(zh(s.explain), code="zh_CN") == ()
    assert "已暂停" not in zh(lambda: s.reason)


def test_an_unpaused_clock_names_its_period_only_R_PER_01_R_PER_02() -> None:
    """No pause: the period alone (a day-level one with its working time; R-PER-02's working
    hours and wall-time hours are their own allowance)."""
    s = Clock.start(T(9, 30, 16), Target("resolve", "3个工作日")).status(at=T(10, 10, 12))
    assert zh(s.describe_period) == "时限 3个工作日（折合 26 工作小时）"
    hours = Clock.start(T(9, 30, 16), Target("fix", "8个工作小时")).status(at=T(9, 30, 17))
    assert zh(hours.describe_period) == "时限 8个工作小时"
    assert en(hours.describe_period) == "period 8 working hours"


def test_a_pause_that_moves_nothing_is_said_so_R_SLA_05() -> None:
    """R-SLA-05 (24 hours, wall time): a pause that begins after the deadline does not move
    it (docs/sla.md); the explanation says the time paused and that the deadline stands."""
    answer = Target("answer", "24小时", rule="R-SLA-05")
    late = Clock.start(T(9, 30, 16), answer).pause(T(10, 2, 9)).stop(T(10, 2, 10))
    s = late.status(at=T(10, 3, 0))
    assert zh(s.describe_period) == "时限 24小时；已暂停 1 小时，截止不变"
    assert en(s.describe_period) == "period 24 hours; 1h paused, the deadline unchanged"
    moved = Clock.start(T(9, 30, 16), answer).pause(T(9, 30, 17)).resume(T(9, 30, 19))
    assert zh(moved.status(at=T(9, 30, 20)).describe_period) == (
        "时限 24小时；已暂停 2 小时，截止由 2025-10-01 16:00+08:00 顺延至 2025-10-01 18:00+08:00"
    )


def test_a_day_level_target_is_said_in_its_own_unit_R_PER_01() -> None:
    """R-PER-01: a target of 3个工作日 is stated as 3个工作日 — the working time it allows from
    the start beside it — and the share used is elapsed over that time (13 × is 1300%), in
    both languages; explain() does not say the period a second time unless paused."""
    resolve = presets.WINERY.target_named("resolve")  # 3个工作日
    start = T(9, 30, 18)  # at the close: the three working days are 10-09, 10-10, 10-11 (24 h)
    late = Clock.start(start, resolve).stop(T(12, 1, 18)).status(at=T(12, 2, 9))  # 39 days
    assert (late.allowance, late.used) == (dt.timedelta(hours=24), Fraction(13))
    assert zh(late.explain) == (
        "已超时（R-SLA-09）：处理完毕已超时，已用 312 工作小时，"
        "为时限 3个工作日（折合 24 工作小时）的 1300%，截止 2025-10-11 18:00+08:00，"
        "超时 1224 小时（自然时间）"
    )
    assert en(late.explain) == (
        "breached (R-SLA-09): resolve breached: 312 working hours used, 1300% of the "
        "3 working days allowed (24 working hours), due 2025-10-11 18:00+08:00, "
        "late by 1224h of calendar time"
    )
    paused = Clock.start(start, resolve).pause(T(10, 9, 10)).status(at=T(10, 9, 11))
    assert zh(paused.explain).splitlines()[1] == "  " + zh(paused.describe_period)
    assert zh(paused.describe_period).startswith("时限 3个工作日（折合 24 工作小时）；已暂停")


# --------------------------------------------------------------------------- rule labels


def test_a_preset_built_first_in_english_keeps_its_chinese_labels_R_CMP_01() -> None:
    """A preset is built once and kept: its rules' labels are Chinese whatever language was
    active when it was first built (表扬或无需处理, not praise或no_action; R-CMP-01)."""
    builders = (presets.dealer, presets.quality, presets.winery, presets.tobacco)
    with language("en_US"):  # each built afresh, the kept desks untouched
        built = [builder.__wrapped__() for builder in builders]
    for desk in built:
        for rule in desk.rules:
            assert not re.search("[a-z]", rule.label), (desk.name, rule.label)
    dealer = built[0]
    assert zh(lambda: str(dealer.select(kind="表扬"))).endswith(
        "适用规则「表扬或无需处理：无时限」：不设时限目标"
    )


def test_preset_rules_are_named_in_chinese_in_chinese_texts_R_SLA_05_R_SLA_09() -> None:
    """Every preset's selection rule has a Chinese label: a Chinese text never quotes an
    English key (R-SLA-05 … R-SLA-12, R-CMP-01); English texts keep the key."""
    for desk in (presets.DEALER, presets.QUALITY, presets.WINERY, presets.TOBACCO):
        for rule in desk.rules:
            assert rule.label, (desk.name, rule.name)
            assert not re.search("[a-z]", rule.label), rule.label  # no English key
    sel = presets.WINERY.select(channel="书面", kind="投诉")
    assert (sel.matched_rule, sel.matched_label) == (
        "written or online complaint",
        "书面或网上投诉",
    )
    assert "「书面或网上投诉」" in zh(lambda: sel.reason)
    assert "'written or online complaint'" in en(lambda: sel.reason)
    assert zh(lambda: presets.TOBACCO.select(kind="咨询").reason).endswith(
        "适用规则「咨询」：答复咨询"
    )
    assert zh(lambda: presets.QUALITY.select(kind="建议").reason).startswith(
        "类型为建议，适用规则「咨询或建议：D5未设时限」"
    )


def test_a_rule_without_a_label_is_quoted_by_its_name() -> None:
    """A company's rule without a label is quoted as it is named, in both languages."""
    reply = Target("reply", "24小时", label="答复")
    desk = SlaPolicy("desk", (reply,), (SelectionRule("hotline", ("reply",)),))
    assert zh(lambda: desk.select(channel="电话").reason).startswith(
        "渠道为电话，适用规则「hotline」"
    )
    labelled = SlaPolicy(
        "desk", (reply,), (SelectionRule("hotline", ("reply",), label="热线"),), label="客服"
    )
    sel = labelled.select(channel="电话")
    assert sel.matched_label == "热线"
    assert zh(lambda: sel.reason).startswith("渠道为电话，适用规则「热线」")
    assert en(lambda: sel.reason).startswith("rule 'hotline' matches channel=phone")


@given(st.text(alphabet="电话投诉热线中心ab -", min_size=1, max_size=8))
@settings(max_examples=40)
def test_the_label_never_changes_what_a_rule_selects(label: str) -> None:
    """The label is only the rule's Chinese name: the selection, its targets and rule IDs
    are the same with any label or none (R-SLA-05)."""
    reply = Target("reply", "24小时", rule="R-SLA-05")
    bare = SlaPolicy("d", (reply,), (SelectionRule("r", ("reply",), rule="R-SLA-05"),))
    named = SlaPolicy(
        "d", (reply,), (SelectionRule("r", ("reply",), rule="R-SLA-05", label=label),)
    )
    a, b = bare.select(channel="电话"), named.select(channel="电话")
    assert (a.matched_rule, a.targets, a.rule_ids) == (b.matched_rule, b.targets, b.rule_ids)
    assert b.matched_label == label.strip() or not label.strip()
