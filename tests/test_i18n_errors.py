"""Refusals under ``en_US`` hold no Chinese but the caller's own value (CONTRIBUTING item 8,
docs/i18n.md: "messages of bad-input errors … under ``en_US`` with no Chinese but the value
refused").

A refusal is read by a developer or an operator; under ``en_US`` its examples are English
(``custops._text.examples``), an enumeration member is named by its key or its English
words (``member.words``), and a clause of a seed document is cited in English.  Chinese may
appear only inside what the caller passed (a period ``'半周'``, a company ``'华东公司'``),
quoted back.  Three sweeps:

1. every public function, constructor and method of ``tests/test_bad_input.py``'s ``CALLS``
   with each argument in turn replaced by junk, and by Chinese text that reaches the
   periods' and the secrecy rules' own refusals (半周, 三月, 次月, a level, a kind);
2. tables of the refusals of :mod:`custops.periods` and :class:`custops.secrecy.SecrecyPolicy`
   (R-SEC-02 … R-SEC-06) that a junk value does not reach, each also checked under
   ``zh_CN``, whose examples stay the ones a Chinese reader types;
3. every bad command line of ``tests/test_cli_errors.py`` (one per command) and the
   command line's help under ``--lang en_US``: its catalogue's source sentences hold no
   Chinese, which comes in only through a field (an example of Chinese input).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import test_bad_input
import test_cli_errors
from custops import archives, complaints, secrecy
from custops.cli import build_parser, main
from custops.complaints.policy import ROLE_CLAUSES
from custops.errors import CustopsError, PolicyError
from custops.i18n import language
from custops.periods import Period, deadline, due_in_month, period_check
from custops.service import cash_announcement
from custops.sla import Clock, Target, due_many

#: Chinese characters, and the full-width punctuation of a Chinese sentence.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
CJK_RUN = re.compile(f"{CJK.pattern}+")

#: Chinese text that reaches a refusal of its own: half periods (a half week, working day,
#: day, minute, working hour), a month's name, a month without its day, a level, a kind, a
#: Chinese negative and a text that is nothing custops reads.
CHINESE_JUNK: tuple[tuple[str, str], ...] = (
    ("half week", "半周"),
    ("half working day", "半个工作日"),
    ("half day", "半天"),
    ("half minute", "半分钟"),
    ("half working hour", "半个工作小时"),
    ("month name", "三月"),
    ("month without a day", "次月"),
    ("level", "秘密"),
    ("kind", "重大决策"),
    ("Chinese negative", "负5"),
    ("Chinese text", "会议纪要"),
)


def _texts(value: Any, depth: int = 0) -> Iterator[str]:
    """Every text inside ``value`` (through collections and attrs values), repr and str."""
    if depth > 4:
        return
    if isinstance(value, str):
        yield value
        yield repr(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key, depth + 1)
            yield from _texts(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts(item, depth + 1)
    elif hasattr(value, "__attrs_attrs__"):
        for field in value.__attrs_attrs__:
            yield from _texts(getattr(value, field.name, None), depth + 1)


def stray_chinese(message: str, *given: Any) -> str:
    """``message`` less the Chinese of every text the caller gave (its own values, or a part
    of one, quoted back: ``'华南公司'`` of ``li@华南公司:员工``): what is left must hold no
    Chinese under ``en_US``; the Chinese left, else ``""``."""
    runs = {run for text in _texts(given) for run in CJK_RUN.findall(text)}
    rest = message
    for run in sorted(runs, key=len, reverse=True):
        rest = rest.replace(run, "")
    return "".join(CJK.findall(rest))


# --------------------------------------------------------------------- 1. every public call


def _refusals(call: Any) -> Iterator[tuple[str, CustopsError, dict[str, Any]]]:
    """Each refusal of ``call`` with each argument in turn junk or Chinese junk."""
    for argument, label, kwargs, error in test_bad_input.tried(
        call, (*test_bad_input.JUNK, *CHINESE_JUNK)
    ):
        if isinstance(error, CustopsError):
            yield f"{argument}={label}", error, kwargs


@pytest.mark.parametrize("call", test_bad_input.CALLS, ids=lambda c: c.id)
def test_every_refusal_of_a_public_call_is_english_but_the_value(call: Any) -> None:
    """Each public call's refusals under ``en_US``: no Chinese beyond the caller's values
    (``CALLS`` itself holds Chinese values a refusal may quote: ``owner='华东公司'``)."""
    problems = []
    with language("en_US"):
        for what, error, kwargs in _refusals(call):
            left = stray_chinese(str(error), kwargs, getattr(call.fn, "__self__", None))
            if left:
                problems.append(f"{what}: {left!r} in {error}")
    assert problems == []


def test_the_sweep_reaches_the_refusals_that_held_chinese() -> None:
    """The sweep is no vacuous pass: the Chinese junk reaches the periods' own refusals."""
    reached = set()
    with language("en_US"):
        for call in test_bad_input.CALLS:
            if call.id in ("periods.Period.parse", "periods.due_in_month"):
                reached |= {error.problem for _what, error, _kwargs in _refusals(call)}
    assert any(problem.startswith("a half week or month") for problem in reached)
    assert any(problem.startswith("reads as the name of a month") for problem in reached)
    assert any(problem.startswith("names a month but no day") for problem in reached)


# --------------------------------------------------------------------- 2. periods and secrecy

_D = dt.date(2025, 1, 1)
_NUMBER: Any = 3  # not a text: refused at run time, whatever the annotations say

#: A bad period, and what its refusal says under en_US and under zh_CN.
PERIODS: list[tuple[Callable[[], Any], str, str]] = [
    (lambda: Period.parse("半周"), "e.g. '15 days' or '45 days'", "e.g. '15天' or '45天'"),
    (lambda: Period.parse("一个半月"), "e.g. '15 days' or '45 days'", "'15天' or '45天'"),
    (lambda: Period.parse("半个工作日"), "e.g. '4 working hours'", "e.g. '4个工作小时'"),
    (lambda: Period.parse("半天"), "e.g. '12 hours'", "e.g. '12小时'"),
    (lambda: Period.parse("半分钟"), "e.g. '1 minute'", "e.g. '1分钟'"),
    (
        lambda: Period.parse("半个工作小时"),
        "'1 working hour' or '2 working hours'",
        "'1个工作小时'",
    ),
    (lambda: Period.parse("三月"), "months, e.g. '3 months'", "with 个, e.g. '3个月'"),
    (
        lambda: Period.parse("次月2日"),
        "due_in_month(start, text)",
        "due_in_month(start, '次月2日')",
    ),
    (lambda: Period.parse("x"), "'3 working days', '24 hours'", "'3个工作日', '24小时'"),
    (lambda: Period.parse(_NUMBER), "a str such as '3 working days'", "a str such as '3个工作日'"),
    (lambda: period_check("window", 3), "such as '3 working days'", "such as '3个工作日'"),
    (lambda: due_in_month(_D, "次月"), "write the day too, or the month's end", "'次月底'"),
    (lambda: due_in_month(_D, "下周"), "the 2nd of next month", "'次月2日', '当月底'"),
    (lambda: due_in_month(_D, _NUMBER), "a day of a month (the 2nd of next month)", "'次月2日'"),
]


@pytest.mark.parametrize(("call", "english", "chinese"), PERIODS)
def test_a_period_refusal_gives_examples_for_its_reader(
    call: Callable[[], Any], english: str, chinese: str
) -> None:
    """R-PER-01: a half with no whole-unit meaning, a month's name, a day of a month, a text
    that is no period: English examples under en_US, the Chinese spellings under zh_CN."""
    with language("en_US"), pytest.raises(CustopsError) as refused:
        call()
    assert english in str(refused.value)
    assert stray_chinese(str(refused.value), refused.value.value) == ""
    with language("zh_CN"), pytest.raises(CustopsError) as refused_zh:
        call()
    assert chinese in str(refused_zh.value)


#: A policy that contradicts itself (R-SEC-02 … R-SEC-06), and what its refusal names.
POLICIES: list[tuple[dict[str, Any], str, str]] = [
    ({"know_all": {"总公司副总经理"}}, "know_all", "HQ general manager outranks HQ deputy"),
    ({"know_all": ()}, "know_all", "must not be empty"),
    ({"default_levels": {"重大决策": "秘密"}}, "default_levels", "major decision may not be"),
    ({"default_levels": {"合同": "非密"}}, "default_levels", "use out_of_scope"),
    ({"default_levels": {"通知": "秘密"}}, "out_of_scope", "both have a default level"),
    ({"copy_approvers": {"秘密": ()}}, "copy_approvers", "at least one approving position"),
    ({"manager_copyable": {"客户信息"}}, "manager_copyable", "must be certificates"),
    ({"company_bound": {"部门经理"}}, "company_bound", "staff ranks below department manager"),
]


@pytest.mark.parametrize(("changes", "argument", "english"), POLICIES)
def test_a_secrecy_policy_refusal_is_english_under_en_us(
    changes: dict[str, Any], argument: str, english: str
) -> None:
    """R-SEC-02 … R-SEC-06: a self-contradicting SecrecyPolicy names kinds, levels and
    positions by their English words, and D12's clause in English; under zh_CN by their
    labels, as the policy writes them."""
    with language("en_US"), pytest.raises(PolicyError) as refused:
        secrecy.SecrecyPolicy(**changes)
    assert refused.value.argument == argument
    assert english in str(refused.value)
    assert stray_chinese(str(refused.value), changes) == ""
    with language("zh_CN"), pytest.raises(PolicyError) as refused_zh:
        secrecy.SecrecyPolicy(**changes)
    assert refused_zh.value.argument == argument


def _matter(**changes: Any) -> secrecy.Matter:
    fields: dict[str, Any] = {"owner": "华东公司", "classified_on": _D, "ends_on": None}
    return secrecy.classify_matter("K-1", changes.pop("kind", "客户信息"), **fields, **changes)


#: Refusals of a matter, a copy and a person (R-SEC-02, R-SEC-04, R-SEC-05), each a call
#: with what the caller gave and the English its message holds.
MATTERS: list[tuple[Callable[[], Any], tuple[Any, ...], str]] = [
    (lambda: _matter(kind="重大决策", level="秘密"), ("重大决策", "秘密"), "below top secret"),
    (lambda: _matter(level="机密"), ("客户信息", "机密"), "a confidential matter is known only"),
    (
        lambda: secrecy.Matter("Y", "秘密", "重大决策", owner="x", classified_on=_D, ends_on=None),
        ("秘密", "重大决策"),
        "D12 part 3, item 3",
    ),
    (
        lambda: secrecy.copy_of(_matter(level="秘密"), "K-2", level="机密"),
        ("客户信息", "秘密", "机密", "华东公司"),
        "(D12 part 4, item 1(3), R-SEC-04)",
    ),
    (
        lambda: secrecy.Person("a", "总公司", {"子公司总经理"}),
        ("总公司", "子公司总经理"),
        "subsidiary general manager is held",
    ),
]


@pytest.mark.parametrize(("call", "given", "english"), MATTERS)
def test_a_matter_refusal_is_english_under_en_us(
    call: Callable[[], Any], given: tuple[Any, ...], english: str
) -> None:
    """R-SEC-02 (a level below the kind's default), R-SEC-04 (a 机密 matter's supervisor),
    a position held where it cannot be: English words and English clause numbers."""
    with language("en_US"), pytest.raises(CustopsError) as refused:
        call()
    assert english in str(refused.value)
    assert stray_chinese(str(refused.value), given) == ""


#: Refusals of other modules that quoted a Chinese gloss (a label, a seed's wording).
OTHERS: list[tuple[Callable[[], Any], tuple[Any, ...], str]] = [
    (
        lambda: complaints.Complaint(
            "phone",
            "酒里有沉淀",
            "王芳",
            received_at=dt.datetime(2025, 6, 3, 10, tzinfo=dt.timezone.utc),
            forwarded_by="质量部",
        ),
        ("酒里有沉淀", "王芳", "质量部"),
        "its channel is phone; a forwarded complaint's channel is forwarded",
    ),
]


@pytest.mark.parametrize(("call", "given", "english"), OTHERS)
def test_another_modules_refusal_is_english_under_en_us(
    call: Callable[[], Any], given: tuple[Any, ...], english: str
) -> None:
    """A refusal that named a member by its label, or glossed in Chinese, is English."""
    with language("en_US"), pytest.raises(CustopsError) as refused:
        call()
    assert english in str(refused.value)
    assert stray_chinese(str(refused.value), given) == ""


_WD3 = "3个工作日"
_COMPLAINT = complaints.Complaint(
    "phone", "酒里有沉淀", "王芳", received_at=dt.datetime(2025, 6, 3, 10, tzinfo=dt.timezone.utc)
)

#: Refusals that cite a seed clause or show a period: under en_US the clause in English and
#: the period in English words (``custops.periods.period_text``), under zh_CN as they were.
#: (call, what the caller gave, the English fragment, the Chinese fragment)
CITED: list[tuple[Callable[[], Any], tuple[Any, ...], str, str]] = [
    (  # R-CMP-06: the dealer's division of duties, D1 第三条
        lambda: complaints.Case.open(_COMPLAINT, "部门经理", policy="dealer"),
        ("部门经理",),
        "quality manager may (R-CMP-06, D1 art. 3)",
        "质量负责人 may (R-CMP-06, D1 第三条)",
    ),
    (  # R-CMP-06: D5's approvers, in its unnumbered flow article (printed 第条)
        lambda: complaints.CasePolicy(
            sla_policy="quality", approvers=["部门经理"], roles={"approve": ["总经理"]}
        ),
        ("部门经理", "总经理"),
        "department manager (department_manager) may not approve",
        "部门经理 (department_manager) may not approve",
    ),
    (  # R-CMP-09: the tobacco desk's penalty, D14 四(三)
        lambda: complaints.assess_penalty("0", scheme="unit_rules"),
        ("unit_rules",),
        "D14 art. 4(3) leaves the staff to the unit's own rules",
        "D14 art. 4(3) leaves the staff to the unit's own rules",
    ),
    (  # a time-level period from a date
        lambda: deadline(_D, Period.hours(3)),
        (),
        "must be an aware datetime for a period of hours (3 hours)",
        "must be an aware datetime for a period of hours (3小时)",
    ),
    (  # a calendar-days target past the calendar's range
        lambda: Clock.start(
            dt.datetime(9999, 12, 30, 10, tzinfo=dt.timezone.utc),
            Target("x", Period.days(3), calendar_days=True),
        ),
        (),
        "at: is too late: 3 days from it is past the calendar's range",
        "at: is too late: 3天 from it is past the calendar's range",
    ),
    (  # a column of starts one of which the period cannot be counted from, named by its row
        lambda: due_many(
            [dt.datetime(2100, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))],
            Target("x", _WD3),
        ),
        (),
        "starts[0]: 3 working days cannot be counted from it",
        "starts[0]: 3个工作日 cannot be counted from it",
    ),
    (  # a step counted from a moment past the calendar (sla._clock.plain_deadline)
        lambda: Clock.start(dt.datetime(1900, 6, 1, 10, tzinfo=dt.timezone.utc), Target("x", _WD3)),
        (),
        "at: 3 working days cannot be counted from it",
        "at: 3个工作日 cannot be counted from it",
    ),
    (  # an archive's first contact too late to count its creation period from
        lambda: archives.archive_due(dt.date(2100, 12, 31)),
        (),
        "first_contact_on: 1 week cannot be counted from it",
        "first_contact_on: 1周 cannot be counted from it",
    ),
    (  # R-SVC-02: more than 大写 says
        lambda: cash_announcement(amount_received="1000000000000", amount_due="1"),
        (),
        "the largest amount said in capital numerals (daxie)",
        "the largest amount said in 大写",
    ),
]


@pytest.mark.parametrize(("call", "given", "english", "chinese"), CITED)
def test_a_cited_clause_or_period_is_english_under_en_us(
    call: Callable[[], Any], given: tuple[Any, ...], english: str, chinese: str
) -> None:
    """R-CMP-06, R-CMP-09, R-SLA-09, R-SVC-02: a refusal cites a seed clause in English (D1
    art. 3, D14 art. 4(3)) and shows a period in English words under en_US, with no Chinese
    but the caller's values; under zh_CN the seed's numbering (D1 第三条) and the period as
    custops writes it (3个工作日) stay."""
    with language("en_US"), pytest.raises(CustopsError) as refused:
        call()
    assert english in str(refused.value)
    assert stray_chinese(str(refused.value), given, refused.value.value) == ""
    with language("zh_CN"), pytest.raises(CustopsError) as refused_zh:
        call()
    assert chinese in str(refused_zh.value)


def test_each_desk_clause_a_role_refusal_cites_has_its_english_form() -> None:
    """R-CMP-06: every clause of ``ROLE_CLAUSES`` is cited in English under en_US (D5's
    flow article, printed 第条 with its number lost, by what it governs), and as the seed
    numbers it under zh_CN."""
    cited = {}
    for desk in ("dealer", "quality"):
        policy = complaints.CasePolicy(sla_policy=desk)
        for step in ROLE_CLAUSES[policy.sla_policy.source]:
            with language("en_US"):
                english = policy.roles_source(step)
            with language("zh_CN"):
                chinese = policy.roles_source(step)
            assert CJK.search(english) is None, english
            assert chinese == ROLE_CLAUSES[policy.sla_policy.source][step]
            cited[chinese] = english
    assert cited == {
        "D1 第三条": "D1 art. 3",
        "D1 第四条": "D1 art. 4",
        "D1 第四条 4": "D1 art. 4 ¶4",
        "D5 第条 5": "D5 flow article ¶5",
        "D5 第六条 3": "D5 art. 6 ¶3",
    }


# --------------------------------------------------------------------- 3. the command line


@pytest.mark.parametrize(
    "argv",
    [*test_cli_errors.BAD, *(argv for argv, _named, _typed in test_cli_errors.NAMED)],
    ids=lambda argv: " ".join(argv[:4]),
)
def test_a_command_line_refusal_is_english_but_what_was_typed(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Every command's bad input (``tests/test_cli_errors.py``) under ``--lang en_US``: the
    one line on stderr holds no Chinese but what the user typed."""
    assert main(["--lang", "en_US", *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("custops: error: ")
    assert stray_chinese(err, argv) == ""


#: Command lines whose refusal gave Chinese examples or glosses.
CLI_BAD = [
    (["workdays", "check", "2025x"], "2025-09-30, 2025/9/30 or 2025.9.30"),
    (["deadline", "2025-09-30", "3小时"], "(also 2025/9/30 16:00 or 2025.9.30 16:00)"),
    (["deadline", "2025-09-30", "次月"], "write the day too, or the month's end"),
    (["deadline", "2025-09-30", "半周"], "'15 days' or '45 days'"),
    (["uppercase", "--", "-5"], "(--negative mark writes a negative mark)"),
    (
        ["refund", "--peak", "1", "--balance", "1", "--announced-on", "2025-10-31", "--claim", "1"],
        "e.g. 1200:2026-01-05:fee",
    ),
]


@pytest.mark.parametrize(("argv", "english"), CLI_BAD, ids=lambda v: str(v)[:30])
def test_a_command_line_example_is_english_under_en_us(
    argv: list[str], english: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refusal's examples follow ``--lang``: English ones under en_US."""
    assert main(["--lang", "en_US", *argv]) == 2
    err = capsys.readouterr().err
    assert english in err
    assert stray_chinese(err, argv) == ""


def _helps(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help text, description and epilog of ``parser`` and its subcommands."""
    yield from (text for text in (parser.description, parser.epilog) if text)
    for action in parser._actions:
        if action.help:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            yield from (choice.help for choice in action._choices_actions if choice.help)
            for child in dict.fromkeys(action.choices.values()):
                yield from _helps(child)


def test_the_english_help_gives_chinese_only_quoted() -> None:
    """``custops --lang en_US … --help``: Chinese appears only as a quoted field of an
    English sentence (an example of Chinese input: a complaint, a period, a day of a
    month), never in the sentence's own words (``a date, e.g. 2025-10-01 or 2025/10/1``)."""
    with language("en_US"):
        helps = list(_helps(build_parser()))
    unquoted = re.compile(r'"[^"]*"|\'[^\']*\'')
    bare = [text for text in helps if CJK.search(unquoted.sub("", text))]
    assert bare == []
    assert any('("次月2日", "当月底", "隔月15日")' in text for text in helps)
