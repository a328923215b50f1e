"""Fixes from a ticket desk's audit in custops.sla and the
complaint case: channel spellings (wish 1, R-CMP-04), an attribute given twice,
classify errors naming the caller's argument (R-CMP-05), working hours in
explanations (R-SLA-09), English case explanations and one clear
range error (issue 14).  Example tests per rule and Hypothesis properties per invariant.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Case, Complaint
from custops.complaints.model import CHANNEL_SPELLINGS, Channel, Kind
from custops.errors import InvalidInput
from custops.i18n import language, stray_words
from custops.periods import Period
from custops.sla import Clock, Target, due_many, presets
from custops.sla._targets import Measure

SH = ZoneInfo("Asia/Shanghai")


def T(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


SPELLINGS = [(key, s) for key, spellings in CHANNEL_SPELLINGS.items() for s in spellings]


# --------------------------------------------------------------- wish 1: channel spellings


@pytest.mark.parametrize(
    ("spelling", "member"),
    [
        ("400热线", Channel.PHONE),
        ("来电", Channel.PHONE),
        ("電話", Channel.PHONE),
        ("微信", Channel.ONLINE),
        ("小程序", Channel.ONLINE),
        ("网站", Channel.ONLINE),
        ("官网", Channel.ONLINE),
        ("邮件", Channel.ONLINE),
        ("短信", Channel.ONLINE),
        ("SMS", Channel.ONLINE),
        ("12315", Channel.FORWARDED),
        ("12345", Channel.FORWARDED),
        ("转办", Channel.FORWARDED),
        ("来访", Channel.IN_PERSON),
        ("到店", Channel.IN_PERSON),
        ("面谈", Channel.IN_PERSON),
        ("Walk-in", Channel.IN_PERSON),
        ("信件", Channel.WRITTEN),
        ("post", Channel.WRITTEN),
    ],
)
def test_the_spellings_a_desk_passes_name_a_channel_R_CMP_04(
    spelling: str, member: Channel
) -> None:
    """R-CMP-04: phone, written, in person, forwarded (and online) — in the words a
    hotline, web form or CRM stores."""
    assert Channel.parse(spelling) is member
    complaint = Complaint(received_at=T(2, 13, 16), channel=spelling, content="x", complainant="王")
    assert complaint.channel is member


def test_email_and_mail_mean_the_same_channel_R_CMP_04() -> None:
    """``mail`` and ``邮件`` are e-mail in a ticket system, as ``email`` is: online; a posted
    letter is written."""
    assert Channel.parse("mail") is Channel.parse("email") is Channel.parse("邮件")
    assert Channel.parse("mail") is Channel.ONLINE
    assert Channel.parse("letter") is Channel.parse("来信") is Channel.WRITTEN


@pytest.mark.parametrize(
    ("channel", "first", "rule"),
    [
        ("400热线", "reply", "R-SLA-05"),
        ("來電", "reply", "R-SLA-05"),
        ("微信", "acknowledge", "R-SLA-06"),
        ("邮件", "acknowledge", "R-SLA-06"),
        ("12315", "register", "R-SLA-07"),
        ("转办", "register", "R-SLA-07"),
        ("来访", "register", "R-SLA-07"),
    ],
)
def test_a_hotline_complaint_selects_the_winery_target_R_SLA_05_06_07(
    channel: str, first: str, rule: str
) -> None:
    """D10 二 1–3: the first 24-hour target follows the channel, whichever way it is spelt;
    a complaint a regulator forwards (12315, 转办) is 转交投诉: registered (R-SLA-07)."""
    selection = presets.WINERY.select(channel=channel, kind="投诉")
    assert selection.targets[0].name == first
    assert selection.targets[0].rule == rule


def _respell(draw: st.DrawFn, text: str) -> str:
    """``text`` with each letter's case flipped at random and spaces, ``_`` or ``-``
    put in between characters (all ignored by the lookup)."""
    out = []
    for ch in text:
        out.append(ch.upper() if draw(st.booleans()) else ch.lower())
        out.append(draw(st.sampled_from(["", "", " ", "_", "-"])))
    return draw(st.sampled_from(["", " ", "  "])) + "".join(out)


@st.composite
def respelt(draw: st.DrawFn) -> tuple[str, str]:
    key, spelling = draw(st.sampled_from(SPELLINGS))
    return key, _respell(draw, spelling)


@settings(max_examples=200)
@given(respelt())
def test_every_listed_spelling_parses_to_its_member_property_R_CMP_04(
    pair: tuple[str, str],
) -> None:
    """Every spelling of CHANNEL_SPELLINGS names the member its canonical key names, in any
    case and with spaces, ``_`` or ``-`` anywhere."""
    key, spelling = pair
    assert Channel.parse(spelling) is Channel.parse(key)
    assert Channel.parse(spelling).value == key


def test_the_spelling_table_is_unambiguous() -> None:
    """No spelling names two channels (the lookup table refuses it when built)."""
    from custops._enums import fold

    named: dict[str, set[str]] = {}
    for key, spelling in SPELLINGS:
        named.setdefault(fold(spelling), set()).add(key)
    assert {f: keys for f, keys in named.items() if len(keys) > 1} == {}


# ----------------------------------------------------- an attribute given twice


def test_an_attribute_in_the_case_and_a_keyword_is_refused_naming_both() -> None:
    """A complaint must not lose its deadlines to a merged override (R-CMP-01)."""
    row = {"channel": "电话", "kind": "投诉"}
    with pytest.raises(InvalidInput, match=r"^kind: given twice: '投诉' in attributes") as info:
        presets.WINERY.schedule(row, kind="咨询", received_at=T(2, 13, 16))
    assert "(got '咨询')" in str(info.value)
    with pytest.raises(InvalidInput, match=r"^channel: given twice"):
        presets.WINERY.select(row, channel="书面")
    assert row == {"channel": "电话", "kind": "投诉"}  # a failed call changes nothing


def test_one_value_spelt_twice_or_a_none_keyword_is_accepted_R_SLA_05() -> None:
    row = {"channel": "电话", "kind": "投诉"}
    assert presets.WINERY.select(row, kind="complaint").matched_rule == "phone complaint"
    assert presets.WINERY.select(row, kind=Kind.COMPLAINT, channel=None).matched_rule == (
        "phone complaint"
    )
    assert presets.WINERY.select({"kind": None}, kind="投诉", channel="热线").rule.startswith(
        "R-SLA-05"
    )


@settings(max_examples=60)
@given(st.sampled_from(list(Kind)), st.sampled_from(list(Kind)))
def test_a_case_and_a_keyword_agree_or_are_refused_property(first: Kind, second: Kind) -> None:
    """select(attributes, kind=k) is select(kind=k) when the attributes say k too, else refused."""
    row = {"channel": "phone", "kind": first.label}
    if first is second:
        both = presets.WINERY.select(row, kind=second.value)
        assert both == presets.WINERY.select(channel="phone", kind=second)
    else:
        with pytest.raises(InvalidInput, match=r"^kind: given twice"):
            presets.WINERY.select(row, kind=second.value)


# -------------------------------------------- classify names the caller's argument


def _opened() -> Case:
    c = Complaint(received_at=T(2, 13, 16), channel="电话", content="酒有怪味", complainant="王")
    return Case.open(c, "客户关系顾问", policy="winery")


def test_classify_without_validity_names_grounds_sufficient_R_CMP_05() -> None:
    with pytest.raises(InvalidInput, match=r"^grounds_sufficient: a general complaint") as info:
        _opened().classify(T(2, 13, 16, 30), "客户关系经理", kind="投诉", category="产品质量")
    assert str(info.value).endswith("(got None)")
    assert "data" not in str(info.value)
    assert "{" not in str(info.value)


def test_classify_with_half_the_validity_names_the_missing_half_R_CMP_05() -> None:
    with pytest.raises(InvalidInput, match=r"^demand_reasonable: must be judged too") as info:
        _opened().classify(
            T(2, 13, 16, 30), "客户关系经理", kind="投诉", category="产品质量",
            grounds_sufficient=False,
        )  # fmt: skip
    assert str(info.value).endswith("(got None)")


@pytest.mark.parametrize(
    ("extra", "value"),
    [
        ("grounds_sufficient", True),
        ("demand_reasonable", False),
        ("severity", "重大"),
        ("special", True),
    ],
)
def test_praise_with_complaint_data_names_that_argument_and_value_R_CMP_05(
    extra: str, value: Any
) -> None:
    owners = "a complaint or a suggestion" if extra == "special" else "a complaint"
    with pytest.raises(InvalidInput, match=rf"^{extra}: only {owners} has it") as info:
        _opened().classify(
            T(2, 13, 16, 30), "客户关系经理", kind="表扬", category="服务质量", **{extra: value}
        )
    assert str(info.value).endswith(f"(got {value!r})")


# ------------------------------------------------------- working hours are named


def _winery_status(at: dt.datetime) -> str:
    case = _opened().classify(
        T(2, 13, 16, 30), "客户关系经理", kind="投诉", category="产品质量",
        grounds_sufficient=True, demand_reasonable=True,
    )  # fmt: skip
    return case.status(at=at).explain()


def test_working_time_is_said_to_be_working_time_R_SLA_09() -> None:
    """R-SLA-09: 3个工作日 allows 26 working hours; 24小时 (R-SLA-05) is wall time.  A
    day-level target is said in its own unit, the working time it allows beside it, and the
    share used is of that time (R-PER-01)."""
    with language("zh_CN"):
        text = _winery_status(T(2, 24, 9))
    assert "答复客户已超时，已用 257 小时，时限 24 小时（1070.83%）" in text
    assert "处理完毕计时中，已用 10 工作小时，为时限 3个工作日（折合 26 工作小时）的 38.46%" in text
    with language("en_US"):
        text = _winery_status(T(2, 24, 9))
    assert "reply breached: 257h of 24h used" in text
    assert (
        "resolve running: 10 working hours used, 38.46% of the 3 working days allowed "
        "(26 working hours)"
    ) in text


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["24小时", "90分钟", "3个工作日", "1天", "8个工作小时", "1周"]),
    st.integers(min_value=0, max_value=24 * 20),
)
def test_a_status_names_its_measure_property_R_SLA_09(period: str, hours: int) -> None:
    """A working-time target's time used and allowed are 工作小时/working hours; a wall
    target's never are."""
    target = Target("x", period, label="目标")
    start = T(3, 2, 10)
    status = Clock.start(start, target).status(at=start + dt.timedelta(hours=hours))
    for code, word in (("zh_CN", "工作"), ("en_US", "working")):
        with language(code):
            reason = status.reason
        used = reason.split("(")[0] if code == "en_US" else reason.split("（")[0]
        assert (word in used) is (status.measure is Measure.WORKING), reason


# ------------------------------------------ English case lines are English


def test_an_english_case_status_shows_english_stage_flow_and_targets() -> None:
    with language("en_US"):
        text = _winery_status(T(2, 24, 9))
    assert stray_words(text, code="en_US") == ()
    assert re.search(r"[\u4e00-\u9fff]", text) is None
    first = text.splitlines()[0]
    assert "case classified (general complaint) as of 2026-02-24 09:00+08:00" in first
    assert "  quality reply running:" in text
    assert "  feedback: waiting" in text
    with language("zh_CN"):  # the Chinese text stays as it was
        assert "案件已定性（一般投诉）" in _winery_status(T(2, 24, 9))


def test_an_english_case_description_names_its_channel_in_english() -> None:
    with language("en_US"):
        text = _opened().describe()
    assert "(phone): recorded (not yet classified)" in text


# ------------------------------------------------ issue 14: one clear out-of-range message


@pytest.mark.parametrize("start", [T(12, 30, year=9999), T(1, 1, year=1900), T(1, 3, year=2101)])
def test_a_start_outside_the_calendar_is_one_clear_message(start: dt.datetime) -> None:
    refused = r"^at: 3 working days cannot be counted from it"
    with pytest.raises(InvalidInput, match=refused) as info:
        Clock.start(start, Target("x", Period.parse("3个工作日")))
    message = str(info.value)
    assert message.count("(got ") == 1
    assert message.count("must lie in the years 1950-2100") == 1
    assert info.value.argument == "at"
    assert info.value.value == start


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(st.integers(1, 1949), st.integers(2101, 9998)),
    st.sampled_from(["3个工作日", "1天", "8个工作小时", "1周", "1个月"]),
)
def test_every_range_refusal_names_at_once_property(year: int, period: str) -> None:
    start = dt.datetime(year, 6, 1, 10, tzinfo=dt.timezone.utc)
    with pytest.raises(InvalidInput) as info:
        Clock.start(start, Target("x", period))
    message = str(info.value)
    assert message.startswith("at: ")
    assert message.count("(got ") == 1, message
    assert info.value.argument == "at"


def test_due_many_names_the_row_of_a_start_it_cannot_count_from_once() -> None:
    """R-SLA-09: the row, as custops.vector.deadline_many names it, never the whole column."""
    with pytest.raises(InvalidInput, match=r"^starts\[1\]: is outside the calendar") as info:
        due_many([T(1, 5), T(1, 1, year=2101)], Target("x", "3个工作日"))
    assert str(info.value).count("(got ") == 1
    assert info.value.argument == "starts[1]"
    assert info.value.value == T(1, 1, year=2101)
    late = T(12, 30, year=2100)
    with pytest.raises(InvalidInput, match=r"^starts\[0\]: 3 working days cannot be counted"):
        due_many([late], Target("x", "3个工作日"))
    with language("zh_CN"), pytest.raises(InvalidInput, match=r"^starts\[0\]: 3个工作日 cannot"):
        due_many([late], Target("x", "3个工作日"))


# ------------------------------------------------ wish 4: a ticket row's other keys


def test_a_ticket_row_with_other_keys_is_refused_listing_the_accepted_ones() -> None:
    """Refused, not ignored: a misspelt attribute would silently change the rule."""
    row = {"channel": "电话", "kind": "投诉", "id": 123}
    with pytest.raises(
        InvalidInput, match=r"^id: is not one of the case attributes of desk 'winery'"
    ) as e:
        presets.WINERY.schedule(row, received_at=T(2, 13, 16))
    assert "channel, kind, category, severity, special" in str(e.value)
    assert str(e.value).endswith("(got 123)")


# ------------------------------------------------ wish 7: one rule for optional texts


@pytest.mark.parametrize("note", [None, "", "   "])
def test_an_optional_note_may_be_none_empty_or_blank_R_SLA_05(note: str | None) -> None:
    reply = Target("reply", "24小时", rule="R-SLA-05")
    clock = Clock.start(T(2, 13, 16), reply, note=note)  # type: ignore[arg-type]
    clock = clock.pause(T(2, 13, 17), note=note)  # type: ignore[arg-type]
    assert [e.note for e in clock.events] == ["", ""]
    case = _opened().reply(T(2, 13, 17), "客户关系顾问", note=note)  # type: ignore[arg-type]
    assert case.events[-1].note == ""


@pytest.mark.parametrize("content", [None, "", "   "])
def test_a_required_text_is_refused_when_none_empty_or_blank(content: str | None) -> None:
    with pytest.raises(InvalidInput if content is not None else TypeError, match=r"^content: "):
        Complaint(received_at=T(2, 13, 16), channel="电话", content=content, complainant="王")  # type: ignore[arg-type]
