"""Issue 12 (J16): every command that prints a result takes ``--json`` with stable English
keys; option names follow the library's; a START without a zone takes the calendar's zone."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import inspect
import itertools
import json
import re
import typing
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest

from custops import archives, complaints, deposits, exchange, moveout, purchasing, service, spark
from custops.calendars import DayInfo, WorkCalendar, china
from custops.cli import _common, build_parser, main
from custops.cli import _demo as demo
from custops.cli._common import parse_start, provisional_mark
from custops.complaints import classify
from custops.decisions import Decision
from custops.deposits import refund_schedule
from custops.money import uppercase
from custops.periods import Deadline, due_in_month
from custops.secrecy import (
    LevelDecision,
    Matter,
    MatterKind,
    Person,
    can_copy,
    can_know,
    can_lend,
    default_level,
)
from custops.sla import Schedule, Selection, SlaPolicy, Step, Target
from custops.vip import (
    Card,
    CardCheck,
    Holder,
    Line,
    Purchase,
    Qualification,
    QualificationWindow,
    Quote,
    QuoteLine,
    VipPolicy,
    registration_report_due,
)

#: The commands without ``--json``, and why: a tour of the library, printed as prose.
_NO_JSON_EXCEPTIONS = {"demo"}

#: a member priced on her birthday with a card of no points yet (R-VIP-04, R-VIP-06)
_BIRTHDAY_QUOTE = ["vip", "quote", "--on", "2024-06-01", "--born-on", "1990-06-01"]
_BIRTHDAY_QUOTE += ["--id-verified", "--valid-points", "0", "100"]


def _leaves(parser: argparse.ArgumentParser, path: str = "") -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    if parser.get_default("handler") is not None:
        found[path.strip()] = parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found.update(_leaves(child, f"{path} {name}"))
    return found


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions for option in action.option_strings}


def test_every_command_that_prints_a_result_takes_json() -> None:
    leaves = _leaves(build_parser())
    without = {name for name, parser in leaves.items() if "--json" not in _options(parser)}
    assert without == _NO_JSON_EXCEPTIONS


def test_option_names_follow_the_library() -> None:
    """Role dates are ``--<role>-on`` as the library's ``<role>_on``; renamed outright."""
    leaves = _leaves(build_parser())
    expected = {
        "vip quote": {"--born-on", "--issued-on", "--stacking"},
        "refund": {
            "--announced-on",
            "--roll-to-workday",
            "--no-roll-to-workday",
            "--excess-claims",
        },
        "archive lend": {"--due-back-on", "--registered", "--no-registered"},
        "change": {"--amount-due"},
        "exchange inactivity": {
            "--unapproved-other-membership",
            "--no-unapproved-other-membership",
        },
        "exchange inspection": {
            "--registered",
            "--no-registered",
            "--passed",
            "--no-passed",
        },
        "purchasing mode": {"--branches-scattered", "--no-branches-scattered"},
        "purchasing cost": {"--task-completed", "--no-task-completed"},
        "deadline": {"--convention", "--cutoff"},
        "sla schedule": {"--preset", "--channel", "--special", "--no-special", "--promised"},
    }
    for command, options in expected.items():
        assert options <= _options(leaves[command]), command
    old = {"--birthday", "--issued", "--announced", "--due-back", "--due", "--scattered"}
    old |= {"--no-roll", "--refuse-excess", "--promotion-wins", "--working-time"}
    old |= {"--task-not-completed", "--unregistered"}
    every = set().union(*(_options(parser) for parser in leaves.values()))
    assert not old & every
    assert "--other-membership" not in every


def _json(argv: list[str], capsys: pytest.CaptureFixture[str], status: int = 0) -> Any:
    assert main([*argv, "--json"]) == status
    captured = capsys.readouterr()
    return json.loads(captured.out)


_MATTER = ("C-1", "年度规划", "--owner", "华东公司", "--classified-on", "2025-01-01")
_PLAN = (*_MATTER, "--ends-on", "2025-12-31", "--supervisor-id", "sup_e", "--person-id", "li")
_LICENCE = ("L-1", "营业执照", "--owner", "华东公司", "--classified-on", "2025-01-01")


#: A command, its exit status, and a few keys with the values they must hold.
CASES: list[tuple[list[str], int, dict[str, Any]]] = [
    (["uppercase", "¥1,000"], 0, {"amount": "1000.00", "uppercase": "壹仟元整"}),
    (
        ["workdays", "add", "2025-09-30", "3"],
        0,
        {"day": "2025-09-30", "workdays": 3, "due_on": "2025-10-11"},
    ),
    (
        ["workdays", "between", "2025-09-30", "2025-10-15"],
        0,
        {"start": "2025-09-30", "end": "2025-10-15", "workdays": 6, "provisional": False},
    ),
    (
        ["workdays", "check", "2025-10-11"],
        0,
        {"rule": "R-CAL-01", "outcome": "makeup_workday", "is_workday": True},
    ),
    (
        ["deadline", "2025-09-30T16:00", "3个工作日"],
        0,
        {"rule": "R-PER-01", "start": "2025-09-30T16:00:00+08:00", "ends_on": "2025-10-11"},
    ),
    (
        [
            "sla",
            "schedule",
            "2025-09-30T16:00",
            "--preset",
            "winery",
            "--channel",
            "phone",
            "--kind",
            "complaint",
            "--category",
            "product_quality",
        ],
        0,
        {"rule": "R-SLA-05", "desk": "winery", "received_at": "2025-09-30T16:00:00+08:00"},
    ),
    (
        ["secrecy", "default-level", "合同"],
        0,
        {"rule": "R-SEC-02", "kind": "contract", "outcome": "secret"},
    ),
    (
        ["refund", "--peak", "1000000", "--balance", "800000", "--announced-on", "2025-10-31"],
        0,
        {"reserve": "200000.00", "announced_on": "2025-10-31"},
    ),
    (
        _BIRTHDAY_QUOTE,
        0,
        {"rule": "R-VIP-04", "total": "60.00", "points": 0},
    ),
    (
        ["vip", "qualify", "2024-05-01=1200", "--on", "2024-06-01"],
        0,
        {"rule": "R-VIP-01", "allowed": True, "qualify_basis": "single"},
    ),
    (
        ["vip", "qualify", "2024-05-01=100", "--on", "2024-06-01"],
        1,
        {"rule": "R-VIP-01", "allowed": False},
    ),
    (
        ["vip", "report-due", "--on", "2024-06-01"],
        0,
        {"rule": "R-VIP-11", "on": "2024-06-01", "ends_on": "2024-07-02"},
    ),
    (["check-reply", "喂,干什么"], 1, {"rule": "R-SVC-01", "allowed": False}),
    (["check-reply", "您好"], 0, {"rule": "R-SVC-01", "allowed": True, "findings": []}),
    (
        ["change", "--amount-received", "100", "--amount-due", "87.50"],
        0,
        {"rule": "R-SVC-02", "amount_received": "100.00", "amount_due": "87.50", "change": "12.50"},
    ),
    (
        ["archive", "due", "2025-09-28"],
        0,
        {"rule": "R-SLA-14", "first_contact_on": "2025-09-28", "ends_on": "2025-10-09"},
    ),
    (
        ["secrecy", "know", "li@华东公司", *_PLAN, "--on", "2025-06-01"],
        0,
        {"rule": "R-SEC-04", "allowed": True, "on": "2025-06-01"},
    ),
    (
        ["secrecy", "know", "sun@华南公司", *_PLAN, "--on", "2025-06-01"],
        1,
        {"rule": "R-SEC-04", "allowed": False},
    ),
    (
        ["secrecy", "copy", "li@华东公司", *_PLAN, "--on", "2025-06-01"],
        1,
        {"rule": "R-SEC-05", "allowed": False, "approval": None},
    ),
    (
        [
            *("secrecy", "lend", "li@华东公司", *_LICENCE, "--person-id", "li"),
            *("--on", "2025-06-01", "--approval", "gm_e@华东公司:子公司总经理"),
        ],
        0,
        {
            "rule": "R-SEC-06",
            "allowed": True,
            "approval": {"id": "gm_e", "company": "华东公司", "positions": ["subsidiary_gm"]},
        },
    ),
]


@pytest.mark.parametrize(("argv", "status", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_json_documents(
    argv: list[str], status: int, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """R-SLA-01, R-PER-01, R-SLA-05, R-SEC-02, R-DEP-01, R-VIP-01, R-VIP-04, R-VIP-11,
    R-SVC-01, R-SVC-02, R-SLA-14, R-SEC-04, R-SEC-05, R-SEC-06: the answer as JSON, with the
    exit status of the text form; the keys are the same in both languages."""
    data = _json(argv, capsys, status)
    assert {key: data[key] for key in expected} == expected
    english = _json(["--lang", "en_US", *argv], capsys, status)
    assert english.keys() == data.keys()


# --------------------------------------------------------------------------- library names
# Every key of a ``--json`` document is the library's name for what it holds (CONTRIBUTING
# item 9): a field or property of the result or of a value it holds, an argument of the call
# (a function gives its parameters and its own name), an enumeration's ``value`` and
# ``label``.  The few keys the library names elsewhere, each with its reason:
#: An answer counted through a year whose arrangement is not published (as a day's, a deadline's).
_PROVISIONAL = {attrs.fields(DayInfo).provisional.name, attrs.fields(Deadline).provisional.name}
_COLUMNS = {  # the spark columns of the same answers
    spark.with_add_workdays.__name__: inspect.signature(spark.with_add_workdays)
    .parameters["out"]
    .default,
    spark.with_workdays_between.__name__: inspect.signature(spark.with_workdays_between)
    .parameters["out"]
    .default,
}

#: A command line, the library objects whose names its document may use, further names.
LIBRARY: list[tuple[list[str], tuple[Any, ...], set[str]]] = [
    (["uppercase", "¥1,000"], (uppercase,), set()),
    (
        ["workdays", "add", "2025-09-30", "3"],
        (WorkCalendar, WorkCalendar.add_workdays),
        {*_COLUMNS.values(), *_PROVISIONAL},
    ),
    (
        ["workdays", "between", "2025-09-30", "2025-10-15"],
        (WorkCalendar, WorkCalendar.workdays_between),
        {*_COLUMNS.values(), *_PROVISIONAL},
    ),
    (["workdays", "check", "2025-10-11"], (WorkCalendar, DayInfo), set()),
    (["deadline", "2025-09-30T16:00", "3个工作日"], (Deadline, due_in_month), set()),
    (["deadline", "2025-09-15", "次月2日"], (Deadline, due_in_month), set()),
    (
        ["sla", "schedule", "2025-09-30T16:00", "--preset", "dealer"],
        (Schedule, Step, Target, Selection, SlaPolicy),
        _PROVISIONAL,  # due times counted through an unpublished year, as a deadline's
    ),
    (["sla", "presets"], (SlaPolicy, Target), {"presets"}),  # every preset of custops.sla.presets
    (["secrecy", "default-level", "合同"], (LevelDecision, default_level), set()),
    (["secrecy", "kinds"], (MatterKind, default_level), {"kinds"}),  # every MatterKind
    (
        ["secrecy", "know", "li@华东公司:员工", *_PLAN, "--on", "2025-06-01"],
        (Decision, can_know, Person, Matter),
        set(),
    ),
    (
        ["secrecy", "copy", "li@华东公司", *_PLAN, "--approval", "gm_e@华东公司:子公司总经理"],
        (Decision, can_copy, Person, Matter),
        set(),
    ),
    (
        ["secrecy", "lend", "li@华东公司", *_LICENCE, "--on", "2025-06-01"],
        (Decision, can_lend, Person, Matter),
        set(),
    ),
    (
        [
            *("refund", "--peak", "1000000", "--balance", "800000"),
            *("--announced-on", "2025-10-31", "--claim", "1200:2026-01-05:管理费"),
        ],
        (deposits.RefundSchedule, deposits.ScheduleLine, deposits.Deduction, deposits.Claim),
        set(),
    ),
    (
        _BIRTHDAY_QUOTE,
        (Quote, QuoteLine, Line, CardCheck, Card, Holder, VipPolicy),
        set(),
    ),
    (
        ["vip", "qualify", "2024-05-01=1200", "--on", "2024-06-01"],
        (Qualification, QualificationWindow, Purchase),
        set(),
    ),
    (
        ["vip", "report-due", "--on", "2024-06-01"],
        (Deadline, registration_report_due),
        set(),
    ),
    (["classify", "酒里有沉淀，我要退货"], (complaints.Classification, complaints.Evidence), set()),
    (["check-reply", "喂,干什么"], (service.ReplyCheck, service.PhraseFinding), set()),
    (
        ["change", "--amount-received", "100", "--amount-due", "87.50"],
        (service.CashAnnouncement,),
        set(),
    ),
    (["archive", "due", "2025-09-28"], (Deadline, archives.archive_due), set()),
    (
        ["exchange", "change-due", "2025-09-26"],
        (Deadline, exchange.change_report_due),
        set(),
    ),
    (
        ["exchange", "inspection", "--on", "2026-08-20"],
        (exchange.InspectionStatus, exchange.InspectionWindow),
        set(),
    ),
    (
        ["exchange", "inactivity", "2025-01-10", "--on", "2025-06-01"],
        (exchange.InactivityCheck,),
        set(),
    ),
    (
        ["moveout", "settle", "--deposit", "押金=20000", "--damage", "墙面=500", "--arrears", "3"],
        (moveout.Settlement, moveout.settle, moveout.Charge, moveout.Damage, moveout.MoveOutPolicy),
        set(),
    ),
    (
        [
            *["moveout", "settle", "--deposit", "20000", "--fee", "保洁费=200"],
            *["--refund-period", "7个工作日", "--on", "2026-03-06"],
        ],
        (moveout.Settlement, moveout.settle, moveout.Charge, moveout.MoveOutPolicy, Deadline),
        set(),
    ),
    (
        ["purchasing", "cost", "monthly_total", "9000", "--actual", "8000", "--party", "张三=2"],
        (purchasing.CostContract, purchasing.CostLimit, purchasing.Share),
        set(),
    ),
    (
        ["purchasing", "mode", "--large", "--branches-scattered", "--needs-differ"],
        (purchasing.ModeRecommendation, purchasing.PurchasingMode),
        set(),
    ),
    (
        ["archive", "lend", "李四", "colleague", "查账", "--on", "2025-03-03"],
        (Decision, archives.LoanRequest),
        set(),
    ),
    (
        ["archive", "on-time", "某医院", "2025-03-03", "2025-03-12"],
        (archives.CreationCheck, archives.Archive),
        set(),
    ),
]


def _library_names(things: tuple[Any, ...]) -> set[str]:
    names: set[str] = set()
    for thing in things:
        if inspect.isclass(thing):
            names |= {"value", "label"} if issubclass(thing, enum.Enum) else set()
            names |= {f.name for f in attrs.fields(thing)} if attrs.has(thing) else set()
            for klass in thing.__mro__:
                names |= {k for k, v in vars(klass).items() if isinstance(v, property)}
        else:
            names |= {thing.__name__, *inspect.signature(thing).parameters}
    return {name for name in names if not name.startswith("_")}


def _keys(document: Any) -> Iterator[str]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield key
            yield from _keys(value)
    elif isinstance(document, list):
        for value in document:
            yield from _keys(value)


def test_every_json_command_is_in_the_library_names_table() -> None:
    leaves = set(_leaves(build_parser())) - _NO_JSON_EXCEPTIONS
    shown = set()
    for argv, _things, _extra in LIBRARY:
        shown |= {command for command in leaves if argv[: len(command.split())] == command.split()}
    assert shown == leaves


@pytest.mark.parametrize(
    ("argv", "things", "extra"), LIBRARY, ids=[" ".join(argv)[:40] for argv, *_ in LIBRARY]
)
def test_json_keys_are_the_librarys_names(
    argv: list[str], things: tuple[Any, ...], extra: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12 (CONTRIBUTING item 9): ``status`` beside the library's ``card_status``,
    ``result`` for the day of ``workdays add``, ``due_on`` for a Deadline's ``ends_on``,
    ``working_days``, ``window_start`` … are gone; a key the library does not use fails here."""
    status = main([*argv, "--json"])
    document = json.loads(capsys.readouterr().out)
    assert status in (0, 1)
    strangers = set(_keys(document)) - _library_names(things) - extra
    assert strangers == set()
    # a field that holds a value (a Target, a tuple of Targets) is that value as an object
    # under the field's name, not one of its identifiers (``"target": "reply"``)
    held = _held_fields(things)
    flattened = {key for key, value in _items(document) if key in held and _bare(value)}
    assert flattened == set()


def _held_fields(things: tuple[Any, ...]) -> set[str]:
    """The fields of ``things`` whose type is an attrs class or a tuple of one."""
    names = set()
    for thing in things:
        if inspect.isclass(thing) and attrs.has(thing):
            for name, kind in typing.get_type_hints(thing).items():
                args = typing.get_args(kind) if typing.get_origin(kind) is tuple else (kind,)
                if any(inspect.isclass(a) and attrs.has(a) for a in args):
                    names.add(name)
    return names


def _items(document: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield key, value
            yield from _items(value)
    elif isinstance(document, list):
        for value in document:
            yield from _items(value)


def _bare(value: Any) -> bool:
    """A string or a list of strings: an identifier where an object belongs."""
    return isinstance(value, str) or (
        isinstance(value, list) and any(isinstance(v, str) for v in value)
    )


#: A command and the library's answer to the same question, computed here.
ANSWERS: list[tuple[list[str], Any]] = [
    (["classify", "酒里没有沉淀，服务很好"], lambda: classify("酒里没有沉淀，服务很好")),
    (["classify", "酒里有沉淀，我要退货"], lambda: classify("酒里有沉淀，我要退货")),
    (
        ["refund", "--peak", "1000000", "--balance", "800000", "--announced-on", "2025-10-31"],
        lambda: refund_schedule(
            peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31)
        ),
    ),
]


@pytest.mark.parametrize(
    ("argv", "answer"), ANSWERS, ids=[" ".join(argv)[:40] for argv, _answer in ANSWERS]
)
def test_a_list_under_a_fields_name_holds_that_fields_items(
    argv: list[str], answer: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """CONTRIBUTING item 9 ("every key is the library's name for what it holds"): a list
    under the name of a tuple field of the answer holds that field's items, one for one —
    not the field's items and another field's (``classify``'s ``evidence`` once held the
    ``suppressed`` pieces too)."""
    result = answer()
    document = _json(argv, capsys)
    checked = 0
    for name, kind in typing.get_type_hints(type(result)).items():
        if typing.get_origin(kind) is tuple and isinstance(document.get(name), list):
            assert len(document[name]) == len(getattr(result, name)), name
            checked += 1
    assert checked


def test_refund_json_lines_and_deductions(capsys: pytest.CaptureFixture[str]) -> None:
    """R-DEP-02, R-DEP-03: each line with its rule; a claim is deducted by its index."""
    argv = ["refund", "--peak", "1000000", "--balance", "800000", "--announced-on", "2025-10-31"]
    data = _json([*argv, "--claim", "1200:2026-01-05:管理费"], capsys)
    assert [line["rule"] for line in data["lines"]] == ["R-DEP-01", "R-DEP-02", "R-DEP-02"]
    first = data["lines"][1]
    assert first["deductions"] == [{"claim_index": 0, "amount": "1200.00"}]
    assert (first["gross"], first["amount"]) == ("80000.00", "78800.00")


def test_secrecy_kinds_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SEC-01, R-SEC-02: every kind with its default level, ``null`` when it has none."""
    data = _json(["secrecy", "kinds"], capsys)
    levels = {row["kind"]: row["default_level"] for row in data["kinds"]}
    assert levels["contract"] == "secret"
    assert levels["business_strategy"] is None


def test_deadline_json_of_a_bare_date(capsys: pytest.CaptureFixture[str]) -> None:
    """R-PER-01: a bare date gives the last day, with no instant and no cutoff."""
    data = _json(["deadline", "2025-09-30", "3个工作日"], capsys)
    assert (data["due_at"], data["cutoff"], data["ends_on"]) == (None, None, "2025-10-11")
    assert data["skipped_rest_days"][0] == "2025-10-01"


def test_a_provisional_year_is_marked_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SLA-01: a count through a year without a published arrangement says so."""
    year = (china().published_through or 2030) + 2
    data = _json(["workdays", "add", f"{year}-09-30", "3"], capsys)
    assert data["provisional"] is True
    capsys.readouterr()


def test_errors_name_the_options_the_user_typed(capsys: pytest.CaptureFixture[str]) -> None:
    """Library arguments are reported as the command's options (as_arguments)."""
    cases = [
        (
            ["change", "--amount-received", "80", "--amount-due", "87.50"],
            "--amount-received: is less than",
        ),
        (["refund", "--peak", "x", "--balance", "1", "--announced-on", "2025-10-31"], "--peak:"),
        (["vip", "quote", "100", "--coupon", "x"], "--coupon:"),
        (["vip", "quote", "100", "--card", "--holder", " "], "--holder:"),
        (["vip", "quote", "100", "--valid-points", "３"], None),
        (["vip", "quote", "100", "--valid-points", "-3"], "--valid-points: must be at least 0"),
        (["vip", "qualify", "2024-01-01=-5"], "PURCHASE: must not be negative"),
        (
            ["sla", "schedule", "2025-09-30T16:00", "--preset", "nosuch"],
            "--preset: is not a preset",
        ),
        (["vip", "qualify", "2024-01-01"], "PURCHASE: must look like DATE=AMOUNT"),
        (["purchasing", "cost", "monthly", "9", "--actual", "1", "--party", " "], "--party[0]:"),
    ]
    for argv, fragment in cases:
        status = main(argv)
        err = capsys.readouterr().err
        if fragment is None:
            assert status == 0  # full-width digits read as ASCII, as every count
        else:
            assert status == 2
            assert err.startswith(f"custops: error: {fragment}"), err


#: Days at the calendar's edges: a library's date arithmetic refuses some of them.
_EDGE_DAYS = ("9999-06-01", "9999-12-31", "0001-01-01")
_ERROR = re.compile(r"custops: error: (?P<name>[^:\s]+): .*?(?: \(got (?P<got>.*)\))?$")


def _day_options(parser: argparse.ArgumentParser) -> list[str]:
    """The options of a command that take one day (``--on``, ``--<role>-on``)."""
    return [
        option
        for action in parser._actions
        for option in action.option_strings
        if (option == "--on" or option.endswith("-on")) and action.nargs is None
    ]


def test_a_refused_day_is_named_by_the_option_typed(capsys: pytest.CaptureFixture[str]) -> None:
    """CONTRIBUTING item 9 ("an error names the option the user typed"): each day option of
    every command in CASES, given a day at the calendar's edge, is refused (if at all) under
    an option of the command, showing what was typed for it — never under the library's
    name (``on:``) nor with another option's text (``vip quote --issued-on 9999-06-01``
    once said ``on: … (got '2025-01-01')``, --on's day)."""
    leaves = _leaves(build_parser())
    tried = 0
    for base, _status, _expected in CASES:
        command = max((c for c in leaves if base[: len(c.split())] == c.split()), key=len)
        parser = leaves[command]
        for option in _day_options(parser):
            for day in _EDGE_DAYS:
                argv = list(base)
                if option in argv:
                    argv[argv.index(option) + 1] = day
                else:
                    argv += [option, day]
                tried += 1
                if main(argv) != 2:
                    capsys.readouterr()
                    continue
                err = capsys.readouterr().err.strip().splitlines()[-1]
                match = _ERROR.match(err)
                assert match is not None, err
                name = match["name"]
                typed = dict(itertools.pairwise(argv))
                assert name in _options(parser) or name.isupper(), (argv, err)
                if name.startswith("--") and match["got"] is not None:
                    assert match["got"] == repr(typed[name]), (argv, err)
    assert tried >= 20


def test_a_start_without_a_zone_takes_the_calendars_zone() -> None:
    """R-SLA-09 (issue 12, item 3): the zone comes from the calendar the command counts on;
    by default China's, so 16:00 is 16:00 in Asia/Shanghai."""
    assert not hasattr(_common, "CLI_ZONE")
    start = parse_start("2025-09-30T16:00", calendar=china())
    assert start == dt.datetime(2025, 9, 30, 16, tzinfo=ZoneInfo("Asia/Shanghai"))
    tokyo = WorkCalendar(zone="Asia/Tokyo")
    at_tokyo = parse_start("2025-09-30T16:00", calendar=tokyo)
    assert isinstance(at_tokyo, dt.datetime)
    assert at_tokyo.tzinfo == ZoneInfo("Asia/Tokyo")
    given = parse_start("2025-09-30T16:00+00:00", calendar=tokyo)  # a zone given is kept
    assert isinstance(given, dt.datetime)
    assert given.utcoffset() == dt.timedelta(0)
    assert parse_start("2025-09-30", calendar=tokyo) == dt.date(2025, 9, 30)
    assert demo._start().tzinfo == china().zone


def test_provisional_mark_names_the_years() -> None:
    """R-SLA-01: the mark names the first and last unpublished year, or nothing."""
    cal = china()
    last = cal.published_through or 2030
    assert provisional_mark(cal, dt.date(last, 1, 1), dt.date(last, 12, 31)) == ""
    mark = provisional_mark(cal, dt.date(last + 1, 12, 1), dt.date(last + 2, 1, 5))
    assert f"{last + 1}–{last + 2}" in mark
    assert f"{last + 1}–" not in provisional_mark(
        cal, dt.date(last + 1, 1, 1), dt.date(last + 1, 2, 1)
    )


# --------------------------------------------------------------------------- audit 6, C1–C5
# A result's ``--json`` carries the library's own ``rule`` and ``reason`` (CONTRIBUTING items
# 4 and 9): the command line copies them, never chooses a rule itself.


def test_R_DEP_02_refund_json_has_the_schedules_rule_and_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """C1 (R-DEP-01, R-DEP-02): the schedule's ``rule``, ``rule_ids`` and ``reason``."""
    argv = ["refund", "--peak", "1000000", "--balance", "800000", "--announced-on", "2025-10-31"]
    data = _json(argv, capsys)
    schedule = refund_schedule(peak="1000000", balance="800000", announced_on=dt.date(2025, 10, 31))
    assert data["rule"] == schedule.rule == "R-DEP-02"
    assert data["rule_ids"] == list(schedule.rule_ids)
    assert data["reason"] == schedule.reason
    assert data["reason"]
    assert "\n" not in data["reason"]


def test_R_CMP_01_classify_json_has_the_classifications_rule(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """C2 (R-CMP-01, an inquiry): the classification's ``rule`` beside ``kind_rule`` and
    ``category_rule``."""
    text = "请问你们几点关门？"
    data = _json(["classify", text], capsys)
    assert data["rule"] == classify(text).rule == "R-CMP-01"
    assert data["reason"] == classify(text).reason


def test_R_VIP_11_report_due_json_takes_rule_and_reason_from_the_library(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """C3 (R-VIP-11): the document of ``registration_report_due(explain=True)``, printed as
    every command whose answer is a Deadline prints it (``archive due``): the rule, the
    ``on`` given, ``ends_on`` (a rest-day 2nd moved on: 2024-03-02 is a Saturday),
    ``provisional``, the library's ``reason`` and ``reasoning``."""
    data = _json(["vip", "report-due", "--on", "2024-02-17"], capsys)
    explained = registration_report_due(on=dt.date(2024, 2, 17), explain=True)
    assert data == {
        "rule": "R-VIP-11",
        "on": "2024-02-17",
        "ends_on": "2024-03-04",
        "provisional": False,
        "reason": explained.reason,
        "reasoning": list(explained.reasoning),
    }


@pytest.mark.parametrize(
    ("kind", "rule", "level"),
    [("重大决策", "R-SEC-02", "top_secret"), ("通知", "R-SEC-01", "unclassified")],
)
def test_R_SEC_01_R_SEC_02_default_level_json_takes_the_rule_from_the_library(
    capsys: pytest.CaptureFixture[str], kind: str, rule: str, level: str
) -> None:
    """C4: the rule (R-SEC-02 a default, R-SEC-01 outside the scope) and reason come from
    ``default_level(explain=True)``."""
    data = _json(["secrecy", "default-level", kind], capsys)
    explained = default_level(kind, explain=True)
    assert (data["rule"], data["outcome"]) == (rule, level)
    assert (data["rule"], data["reason"]) == (explained.rule, explained.reason)


def test_R_ARC_03_lend_json_without_due_back_on_is_null(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """C5 (R-ARC-03): ``due_back_on`` through ``cli._common.iso``: ``null`` when not given."""
    argv = ["archive", "lend", "朋友", "unrelated", "看看", "--on", "2025-03-03"]
    data = _json(argv, capsys, 1)
    assert (data["due_back_on"], data["rule"]) == (None, "R-ARC-03")
