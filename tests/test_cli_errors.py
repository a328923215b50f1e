"""What a command says about bad input (CONTRIBUTING item 9): the option the user typed or the
metavar of a positional as the usage shows it, and the value as it was typed, never a Python
repr or a name of the library's own (``cli._common.error_text`` and ``as_arguments``)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from decimal import Decimal

import pytest

from custops.cli import build_parser, main
from custops.cli._common import as_arguments, error_text
from custops.errors import InvalidInput
from custops.i18n import language

#: What a message must never show: a value as Python writes it, or the "None" of a value
#: that was not given.
PYTHON_REPRS = re.compile(
    r"datetime\.|Decimal\(|\(got None\)|Holder\(|\[\(|Period\(|<\w+\.\w+: |\w+\(\w+="
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """The exit status and what the command printed on stderr (stdout stays empty)."""
    status = main(["--lang", "en_US", *argv])
    captured = capsys.readouterr()
    assert captured.out == ""
    return status, captured.err


#: A bad command line, the argument its error names, and what the user typed there.
NAMED = [
    (  # a Holder built from --holder and --born-on; R-VIP-07
        ["vip", "quote", "100", "--card", "--on", "2024-01-01", "--born-on", "2025-01-01"],
        "--born-on",
        "'2025-01-01'",
    ),
    (  # R-ARC-03
        [
            *("archive", "lend", "李四", "colleague", "核对"),
            *("--on", "2025-03-03", "--due-back-on", "2023-02-01"),
        ],
        "--due-back-on",
        "'2023-02-01'",
    ),
    (["workdays", "add", "1800-01-01", "1"], "DAY", "'1800-01-01'"),
    (  # R-PUR-02: a repeated option shows every value typed
        [
            *("purchasing", "cost", "per_tonne", "1", "--actual", "3", "--tonnes", "1"),
            *("--party", "a=1", "--party", "a=2"),
        ],
        "--party",
        "'a=1', 'a=2'",
    ),
    (["exchange", "inactivity", "2024-06-01", "--on", "2024-01-01"], "--on", "'2024-01-01'"),
    (["archive", "due", "1800-01-01"], "FIRST_CONTACT_ON", "'1800-01-01'"),
    (  # R-SEC-02: the level typed, not the Level member
        [
            *("secrecy", "know", "li@华东公司", "T-1", "重大决策", "--owner", "华东公司"),
            *("--classified-on", "2025-01-01", "--level", "secret"),
        ],
        "--level",
        "'secret'",
    ),
    (  # R-SEC-03: the term's end as typed
        [
            *("secrecy", "know", "li@华东公司", "S-1", "合同", "--owner", "华东公司"),
            *("--classified-on", "2025-01-01", "--ends-on", "2024/12/31"),
        ],
        "--ends-on",
        "'2024/12/31'",
    ),
    (
        ["workdays", "add", "2025-01-01", "1", "--closure", "1800-01-01"],
        "--closure[0]",
        "'1800-01-01'",
    ),
    (["workdays", "check", "2025-01-01", "--final-year", "1800"], "--final-year[0]", "'1800'"),
    # R-VIP-04: two benefits on a line are refused as such, showing the whole LINE typed
    (["vip", "quote", "299:special=1:promo=2"], "LINE", "'299:special=1:promo=2'"),
    # R-SLA-01, R-SLA-05: a count that runs past the calendar's last year is the period's
    # fault, shown as typed, not the calendar's own workdays/delta
    (["deadline", "2100-12-30T10:00", "3个工作日"], "PERIOD", "'3个工作日'"),
    (["deadline", "2100-12-31T17:00", "8个工作小时"], "PERIOD", "'8个工作小时'"),
    (  # R-MEM-04: the policy's 10 working days were never typed: the day is named
        ["exchange", "change-due", "2100-12-25"],
        "EVENT_ON",
        "'2100-12-25'",
    ),
    (
        [
            *("sla", "schedule", "2100-12-30T10:00", "--preset", "winery"),
            *("--channel", "热线", "--kind", "投诉", "--category", "质量"),
        ],
        "RECEIVED_AT",
        "'2100-12-30T10:00'",
    ),
]


@pytest.mark.parametrize(("argv", "named", "typed"), NAMED, ids=lambda v: str(v)[:30])
def test_an_error_names_the_argument_and_shows_what_was_typed(
    argv: list[str], named: str, typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = run(argv, capsys)
    assert status == 2
    assert err.startswith(f"custops: error: {named}: ")
    assert err.rstrip().endswith(f" (got {typed})")
    assert not PYTHON_REPRS.search(err), err
    assert err.count("\n") == 1


def test_a_value_not_typed_is_not_shown(capsys: pytest.CaptureFixture[str]) -> None:
    """R-PUR-02: --tonnes left out is required; there is nothing typed to show."""
    status, err = run(["purchasing", "cost", "per_tonne", "1", "--actual", "3"], capsys)
    assert (status, err) == (2, "custops: error: --tonnes: is required for a per-tonne limit\n")


def test_a_library_name_in_the_message_is_the_metavar(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MEM-06: the other date is LAST_TRADE_ON, as the usage shows it, not last_trade_on."""
    status, err = run(["exchange", "inactivity", "2024-06-01", "--on", "2024-01-01"], capsys)
    assert status == 2
    assert err == (
        "custops: error: --on: must not be before LAST_TRADE_ON 2024-06-01 (got '2024-01-01')\n"
    )
    with pytest.raises(SystemExit):
        main(["exchange", "inactivity", "--help"])
    assert "LAST_TRADE_ON" in capsys.readouterr().out


#: The owner and the day a matter typed on the command line was classified.
_MATTER = ("--owner", "华东公司", "--classified-on", "2025-01-01")
#: Bad input for every command a library error can refuse; each ends in one line on stderr.
BAD = [
    ["uppercase", "1.005"],
    ["workdays", "add", "2025-01-01", "99999999"],
    ["workdays", "between", "2025-10-15", "1800-01-01"],
    ["workdays", "check", "3000-01-01"],
    ["workdays", "check", "2025-01-01", "--country", "XX"],
    ["deadline", "1800-01-01", "3天"],
    ["deadline", "2025-09-30T16:00", "x"],
    ["sla", "schedule", "2025-09-30T16:00", "--preset", "winery", "--kind", "complaint"],
    ["sla", "schedule", "2025-09-30", "--preset", "winery"],
    ["secrecy", "default-level", "客户信息"],
    ["secrecy", "default-level", "x"],
    ["refund", "--peak", "1", "--balance", "2", "--announced-on", "2025-10-31"],
    ["refund", "--peak", "100", "--balance", "50", "--announced-on", "1800-10-31"],
    ["vip", "quote", "100", "--card", "--on", "2024-01-01", "--born-on", "2025-01-01"],
    ["vip", "quote", "100:promo=120", "--on", "2024-05-10"],
    ["vip", "qualify", "2024-01-01=-5", "--on", "2024-06-01"],
    ["vip", "report-due", "--on", "9999-12-31"],
    ["change", "--amount-received", "80", "--amount-due", "87.50"],
    ["exchange", "change-due", "1800-01-01"],
    ["exchange", "inspection", "--on", "0001-06-30", "--passed"],
    ["exchange", "inactivity", "2024-06-01", "--on", "2024-01-01"],
    ["moveout", "settle", "--deposit", "x=1.005"],
    ["purchasing", "cost", "per_tonne", "1", "--actual", "3"],
    ["purchasing", "cost", "per_hundred_yuan", "1", "--actual", "3"],
    [*("purchasing", "cost", "monthly", "9", "--actual", "3"), *("--party", "a", "--party", "a")],
    ["purchasing", "cost", "monthly", "-1", "--actual", "3"],
    ["archive", "due", "9999-12-31"],
    [
        "archive",
        "lend",
        "李四",
        "colleague",
        "x",
        "--on",
        "2025-03-03",
        "--due-back-on",
        "2023-02-01",
    ],
    ["archive", "lend", "李四", "x", "x", "--on", "2025-03-03"],
    ["archive", "on-time", "某医院", "2025-03-03", "2025-02-30"],
    # R-SEC-04: a person that cannot hold the position typed
    [*("secrecy", "know", "li@华南公司:总公司总经理", "C-1", "合同"), *_MATTER],
    # R-SEC-02: a level below the kind's default; R-SEC-05/06: an approval not ID@COMPANY
    [*("secrecy", "copy", "li@华东公司", "T-1", "重大决策"), *_MATTER, "--level", "秘密"],
    [*("secrecy", "lend", "li@华东公司", "L-1", "营业执照"), *_MATTER, "--approval", "gm_e"],
]
#: The commands no library error reaches: a tour, lists, and questions whose input is any text
#: or yes/no options argparse reads.
NOTHING_TO_REFUSE = {
    "demo",
    "secrecy kinds",
    "sla presets",
    "classify",
    "check-reply",
    "purchasing mode",
}


def _commands(parser: argparse.ArgumentParser, path: str = "") -> set[str]:
    found = {path.strip()} if parser.get_default("handler") is not None else set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found |= _commands(child, f"{path} {name}")
    return found


def test_the_bad_input_covers_every_command() -> None:
    covered = {
        command
        for command in _commands(build_parser())
        if any(argv[: len(command.split())] == command.split() for argv in BAD)
    }
    assert covered | NOTHING_TO_REFUSE == _commands(build_parser())
    assert not covered & NOTHING_TO_REFUSE


@pytest.mark.parametrize("code", ["en_US", "zh_CN"])
@pytest.mark.parametrize("argv", BAD, ids=lambda argv: " ".join(argv[:3]))
def test_errors_never_show_a_python_repr(
    argv: list[str], code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Item 9: an error names what the user typed, never ``datetime.date(…)``,
    ``Decimal('…')``, ``(got None)``, a value custops built or an enum member's repr."""
    status = main(["--lang", code, *argv])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.startswith("custops: error: ")
    assert captured.err.count("\n") == 1
    assert not PYTHON_REPRS.search(captured.err), captured.err
    head = captured.err.removeprefix("custops: error: ").split(":")[0].rstrip()
    assert re.fullmatch(
        r"(--[a-z-]+(/--[a-z-]+)*|[A-Z_]+)(\[.+\])?|desk '\w+' has no rule .*", head
    )


def _error(message: str, value: object, argument: str = "--x") -> InvalidInput:
    return InvalidInput(f"{argument}: {message} (got {value!r})", argument=argument, value=value)


def test_error_text_shows_the_text_typed_for_the_argument() -> None:
    """Each shape of value a library error may hold, and what the command shows of it."""
    args = argparse.Namespace(x="2023-02-01", party=["a=1", "a=2"], deposit=["门锁=1.005"], y=None)
    day = dt.date(2023, 2, 1)
    assert error_text(_error("is late", day), args) == "--x: is late (got '2023-02-01')"
    assert error_text(_error("twice", [("a", "1")], "--party"), args) == (
        "--party: twice (got 'a=1', 'a=2')"
    )
    assert error_text(_error("fen", Decimal("1.005"), "--deposit[0]"), args) == (
        "--deposit[0]: fen (got '门锁=1.005')"
    )
    # a text refused is the part of what was typed the library looked at: as it shows it
    assert (
        error_text(_error("fen", "1.005", "--deposit[0]"), args)
        == "--deposit[0]: fen (got '1.005')"
    )
    # nothing typed: a day or an amount as it would be typed, None and built values left out
    assert error_text(_error("is required", None, "--y"), args) == "--y: is required"
    assert error_text(_error("x", day, "--y"), args) == "--y: x (got '2023-02-01')"
    assert error_text(_error("x", Decimal("2.50"), "--y"), args) == "--y: x (got '2.50')"
    assert error_text(_error("x", object(), "--y"), args) == "--y: x"
    assert error_text(_error("x", 3, "--y"), args) == "--y: x (got 3)"
    # a message without the value at its end is left as it is
    plain = InvalidInput("desk 'winery' has no rule", argument="attributes", value={"a": 1})
    assert error_text(plain, args) == "desk 'winery' has no rule"


def test_as_arguments_names_the_commands_arguments_in_the_message() -> None:
    """An identifier of ``names`` in the message is the command's argument; an English word
    (``on``) and a part of the same argument (a LINE's ``list_price``) are left alone."""
    names = {"on": "--on", "last_trade_on": "LAST_TRADE_ON", "list_price": "LINE", "promo": "LINE"}
    with pytest.raises(InvalidInput) as caught, as_arguments(names):
        raise _error(
            "must not be before last_trade_on 2024-06-01, born on", dt.date(2024, 1, 1), "on"
        )
    assert caught.value.message == (
        "--on: must not be before LAST_TRADE_ON 2024-06-01, born on (got datetime.date(2024, 1, 1))"
    )
    assert caught.value.argument == "--on"
    # the reason alone, renamed as the message: what a form beside --on would show
    assert caught.value.problem == "must not be before LAST_TRADE_ON 2024-06-01, born on"
    with pytest.raises(InvalidInput) as caught, as_arguments(names):
        raise _error("must not exceed list_price 100.00", "120", "promo")
    assert caught.value.message == "LINE: must not exceed list_price 100.00 (got '120')"


@pytest.mark.parametrize(
    ("argv", "keys"),
    [
        (
            ["secrecy", "default-level"],
            ("KIND", "{major_decision,", "contract,", "administrative_paper}"),
        ),
        (["archive", "lend"], ("RELATION", "{handler,", "colleague,", "unrelated}")),
        (["purchasing", "cost"], ("BASIS", "{per_tonne,", "per_hundred_yuan,", "monthly_total}")),
    ],
)
@pytest.mark.parametrize("code", ["en_US", "zh_CN"])
def test_enum_positionals_show_their_keys_in_help(
    argv: list[str], keys: tuple[str, ...], code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As an enum option does (``--convention {civil_code,working_time}``), a positional
    naming a member lists the keys it takes in ``--help``; any spelling is still read."""
    with language(code), pytest.raises(SystemExit):
        main(["--lang", code, *argv, "--help"])
    words = capsys.readouterr().out.split()
    for key in keys:
        assert key in words


@pytest.mark.parametrize(
    "typed",
    ["20240208", "2024-W06-4", "2024-039", "2024-02-08T10:00:00.5+08:00", "2024-02-08T10+0800"],
)
def test_dates_are_read_the_same_on_every_supported_python(
    typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A later Python's ``fromisoformat`` reads basic and week dates and any fraction of a
    second; the command line reads what Python 3.10 reads, on every Python, so a command
    never answers on one and refuses on another."""
    status, err = run(["deadline", typed, "3天"], capsys)
    assert status == 2
    assert err.startswith("custops: error: START: is not a date or a date-time")
    status, err = run(["workdays", "check", typed], capsys)
    assert status == 2
    assert err.startswith("custops: error: DAY: is not a date; give a date such as 2025-09-30")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("2024-02-08T10", "2024-02-08 10:00+08:00"),
        ("2024-02-08 10:00:00.500+08:00", "2024-02-08 10:00+08:00"),
        ("2024-02-08T02:00Z", "2024-02-08 10:00+08:00"),  # shown in the calendar's zone
        ("２０２４-０２-０８T10:00", "2024-02-08 10:00+08:00"),
    ],
)
def test_the_iso_forms_python_310_reads_are_read(
    typed: str, shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en_US", "deadline", typed, "3天"]) == 0
    assert f"from {shown}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["deadline", "2025-13-01", "3个工作日"],
            "START: is not a date or a date-time; give a date-time such as 2025-09-30T16:00 or "
            "2025-09-30T16:00+08:00 "
            "(also 2025/9/30 16:00 or 2025.9.30 16:00), or a date such as "
            "2025-09-30 (got '2025-13-01')",
        ),
        (
            ["deadline", "2025/09/31", "3个工作日"],
            "START: is not a date or a date-time; give a date-time such as 2025-09-30T16:00 or "
            "2025-09-30T16:00+08:00 "
            "(also 2025/9/30 16:00 or 2025.9.30 16:00), or a date such as "
            "2025-09-30 (got '2025/09/31')",
        ),
        (
            ["deadline", "2025-09-30", "24小时"],
            "START: is a date without a time, and 24小时 counts hours; give a date-time such as "
            "2025-09-30T16:00 or 2025-09-30T16:00+08:00 (also 2025/9/30 16:00 or 2025.9.30 16:00"
            ") (got '2025-09-30')",
        ),
        (
            ["workdays", "check", "20251001"],
            "DAY: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
            "2025.9.30 (got '20251001')",
        ),
        (
            ["workdays", "add", "2025-09-30", "3", "--closure", "10-09"],
            "--closure: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
            "2025.9.30 (got '10-09')",
        ),
        (
            ["sla", "schedule", "2025-09-30", "--preset", "winery"],
            "RECEIVED_AT: is a date without a time; give a date-time such as "
            "2025-09-30T16:00 or 2025-09-30T16:00+08:00 (also 2025/9/30 16:00 or 2025.9.30 16:00"
            ") (got '2025-09-30')",
        ),
    ],
)
def test_a_bad_date_or_date_time_is_refused_in_one_wording_with_what_to_type(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """CONTRIBUTING item 9: every command refuses a date or a date-time it cannot read in
    one wording — what the text is not, then an example to type — naming the argument and
    the value as typed (never Python's "aware datetime")."""
    assert main(["--lang", "en_US", *argv]) == 2
    err = capsys.readouterr().err
    assert err == f"custops: error: {message}\n"
