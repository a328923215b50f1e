"""What every command group of the ``custops`` command shares: reading arguments and
writing moments (a START without a zone is taken in the zone of the command's calendar)."""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as _dt
import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, overload

import attrs

from custops._dates import MIDNIGHT, ONE_DAY
from custops._enums import fold
from custops._text import colon, examples, moment_text, one_line
from custops._validate import require_int, shown_value, within
from custops.decisions import Decision
from custops.enums import LabelledEnum
from custops.errors import (
    CalendarNotPublished,
    CustopsError,
    InvalidInput,
    InvalidType,
)
from custops.i18n import N_, _
from custops.money import require_money

__all__: list[str] = []  # private helpers, imported by name by the command modules

T = TypeVar("T")
Handler = Callable[[argparse.Namespace], int]
if TYPE_CHECKING:
    from custops.calendars import Arrangement, BusinessHours, WorkCalendar
    from custops.periods import Deadline

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
else:  # the class itself at run time (not subscriptable before Python 3.12's argparse)
    Subparsers = argparse._SubParsersAction

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The date-times the command line reads — what Python 3.10's ``fromisoformat`` reads (a
#: later Python reads more: ``20240208``, ``2024-W06-4``, ``.5`` seconds), so that every
#: supported Python reads the same: a date, ``T`` or a space, ``HH[:MM[:SS[.fff[fff]]]]``,
#: then ``Z`` or an offset ``±HH:MM``.
_MOMENT = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}(?::\d{2}(?::\d{2}(?:\.\d{3}(?:\d{3})?)?)?)?"
    r"(?:[Zz]|[+-]\d{2}:\d{2}(?::\d{2}(?:\.\d{6})?)?)?"
)
_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


#: The other ways a date is commonly typed, read as the ISO date they mean: ``2025/10/1``,
#: ``2025-10-1``, ``2025.10.01`` (one separator throughout), ``2025年10月1日`` (or ``…1号``);
#: a time may follow (``2025/10/1 16:00``, ``2025年10月1日 9:00``).
_DAY_SPELLING = re.compile(
    r"(?P<year>\d{4})(?:(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"|年\s*(?P<zh_month>\d{1,2})\s*月\s*(?P<zh_day>\d{1,2})\s*[日号]?)"
)


def _iso_spelling(text: str) -> str:
    """``text`` (after NFKC) with its date in ISO form (``2025/10/1 9:00`` →
    ``2025-10-01 09:00``); text that starts with no date is returned as it is, to be refused."""
    match = _DAY_SPELLING.match(text)
    if match is None:
        return text
    month, day = match["month"] or match["zh_month"], match["day"] or match["zh_day"]
    rest = text[match.end() :]
    if rest[:1].isspace() or (rest and match["sep"] is None and rest[0] != "T"):
        rest = " " + rest.lstrip()  # 2025年10月1日16:00, 2025/10/1   16:00
    rest = re.sub(r"^([T ])(\d)(?=:)", r"\g<1>0\2", rest)  # an hour of one digit: 9:00
    return f"{match['year']}-{int(month):02d}-{int(day):02d}{rest}"


def _read(argument: str, text: str, read: Callable[[str], T], what: str) -> T:
    """``read(text)`` after NFKC (full-width ``２０２５``, ``３`` read as ASCII) with its date
    in ISO form (:func:`_iso_spelling`); a ``ValueError`` becomes an InvalidInput naming the
    argument and the text as typed."""
    try:
        return read(_iso_spelling(unicodedata.normalize("NFKC", text).strip()))
    except ValueError:
        raise InvalidInput.for_argument(argument, text, f"is not {what}") from None


#: The one wording of a refusal of a date or a date-time typed on the command line: what it
#: is not, then what to type, every form the command line reads (``DAY: is not a date; give
#: a date such as 2025-09-30, 2025/9/30, 2025.9.30 or 2025年9月30日``).
#: Under ``en_US`` the examples hold no Chinese (``custops._text.examples``).
def give_day() -> str:
    """What to type for a date, in the refusal's reader's examples."""
    return "give a date such as " + examples(
        "2025-09-30, 2025/9/30 or 2025.9.30", "2025-09-30, 2025/9/30, 2025.9.30 or 2025年9月30日"
    )


def give_moment() -> str:
    """What to type for a date-time, in the refusal's reader's examples."""
    also = examples(
        "2025/9/30 16:00 or 2025.9.30 16:00",
        "2025/9/30 16:00, 2025.9.30 16:00 or 2025年9月30日 16:00",
    )
    return f"give a date-time such as 2025-09-30T16:00 or 2025-09-30T16:00+08:00 (also {also})"


def parse_day(argument: str, text: str) -> _dt.date:
    """A date argument: ``2025-09-30``, also ``2025/9/30``, ``2025-9-30``, ``2025.9.30`` and
    ``2025年9月30日`` (the same on every supported Python)."""
    return _read(argument, text, _iso_day, f"a date; {give_day()}")


def _iso_day(text: str) -> _dt.date:
    if not _DATE_ONLY.fullmatch(text):
        raise ValueError(text)
    return _dt.date.fromisoformat(text)


def day_or_today(argument: str, text: str | None) -> _dt.date:
    """The day of the question, ``--on DATE``: a YYYY-MM-DD date, or today when none is
    given (the command reads the clock, the library never does)."""
    return _dt.date.today() if text is None else parse_day(argument, text)


def parse_count(argument: str, text: str, *, low: int | None = None) -> int:
    """A whole-number argument (``3``, ``-2``); with ``low``, one of at least ``low``
    (``--valid-points``: ``low=0``), whose refusal of a typo shows no value it then refuses."""
    if low is None:
        return _read(argument, text, int, "a whole number such as 3 or -2")
    number = _read(argument, text, int, f"a whole number of at least {low}, such as {low + 3}")
    return require_int(argument, number, low=low)


def parse_amount(argument: str, text: str) -> Decimal:
    """An amount of yuan typed by a person (``20000``, ``1,200.50``, ``¥350``): exact, not
    negative, whole fen (``1.005`` is a typo to report, not a value to round)."""
    return require_money(argument, text)


def parse_pair(
    argument: str,
    text: str,
    *,
    name_default: str | None = None,
    value_default: str | None = None,
    form: str = "NAME=VALUE",
) -> tuple[str, str]:
    """``NAME=VALUE`` as ``(NAME, VALUE)``, both trimmed; a bare ``VALUE`` is
    ``(name_default, VALUE)`` when a ``name_default`` is given, else a bare ``NAME`` is
    ``(NAME, value_default)`` when a ``value_default`` is.  The last ``=`` splits, so a name
    may hold one.  A refusal says the argument must look like ``form``."""
    name, sep, value = text.rpartition("=")
    if not sep and name_default is not None:
        name, value = name_default, text
    elif not sep and value_default is not None:
        name, value = text, value_default
    name, value = name.strip(), value.strip()
    if not name or not value:
        raise InvalidInput.for_argument(argument, text, f"must look like {form}")
    return name, value


_ARGUMENT_HEAD = re.compile(r"[A-Za-z_]+")
#: ``NAME[INDEX]`` of an argument that holds several values (``--deposit[0]``, ``LINE[2]``).
_ITEM = re.compile(r"(?P<name>[^\[]+)\[(?P<index>[^\]]*)\]")


@contextlib.contextmanager
def as_arguments(names: Mapping[str, str], *, words: Collection[str] = ()) -> Iterator[None]:
    """Report a library error about its argument ``X`` (or ``X[0]``, ``X['a']``) as one about
    the command's argument ``names[X]`` (``actual`` -> ``--actual``), and say another of
    ``names`` that its message mentions (``last_trade_on`` -> ``LAST_TRADE_ON``) as the
    command does: the user is told what they typed.  A name of one word is said so only
    when it is in ``words`` (``closures``: the field, where an English word such as ``on``
    or the verb ``claims`` stays as it is).  A yes/no the message spells as Python does
    (``passed=True``, ``registered=False``) is said as the option that gives it (``--passed``,
    ``--no-registered``).  Other errors pass unchanged."""
    try:
        yield
    except (InvalidInput, InvalidType) as exc:
        argument = exc.argument or ""
        head = _ARGUMENT_HEAD.match(argument)
        key = head.group(0) if head else ""
        if key not in names or not exc.message.startswith(f"{argument}: "):
            raise
        renamed = names[key] + argument[len(key) :]
        tail = shown_value(exc)
        body = exc.message[len(argument) : len(exc.message) - len(tail)]
        for name, shown in names.items():
            # a yes/no as the library spells it (passed=True) is the option that gives it
            if shown.startswith("--"):
                flag = shown[2:].removeprefix("no-")
                for word, option in (("True", f"--{flag}"), ("False", f"--no-{flag}")):
                    body = re.sub(rf"(?<![\w-]){re.escape(name)}={word}\b", option, body)
        for name, shown in names.items():
            # an identifier, not an English word ("on"), of another argument than this one
            # (a LINE's list_price is a part of what was typed as LINE)
            if ("_" in name or name in words) and shown != names[key]:
                body = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", shown, body)
        problem = body.removeprefix(": ")
        raise type(exc)(
            renamed + body + tail, argument=renamed, value=exc.value, problem=problem
        ) from None


def _typed(argument: str, args: argparse.Namespace) -> Any:
    """What the user typed for the command's ``argument`` (``--born-on``, ``DAY``,
    ``--deposit[0]``, ``--passed/--no-passed``), read from ``args`` by its dest; ``None``
    when it was not typed or is not an argument of the command."""
    item = _ITEM.fullmatch(argument)
    name = (item.group("name") if item else argument).split("/")[0]
    dest = name.lstrip("-").replace("-", "_").lower()
    for attribute in (dest, f"{dest}s"):  # LINE [LINE ...] is held as lines
        typed = getattr(args, attribute, None)
        if isinstance(typed, str):
            return typed
        if isinstance(typed, list) and typed and all(isinstance(t, str) for t in typed):
            index = item.group("index") if item else ""
            if index.isdigit() and int(index) < len(typed):
                return typed[int(index)]
            return typed
    return None


def _as_typed(value: Any) -> str | None:
    """A value as a person would type it (a day as ISO 8601, an amount as its digits), or
    ``None`` for one a person does not type (a value custops built)."""
    if isinstance(value, _dt.date):  # an instant too
        return repr(value.isoformat())
    return repr(str(value)) if isinstance(value, Decimal) else None


def error_text(exc: CustopsError, args: argparse.Namespace) -> str:
    """The message of a library error as the command shows it (item 9): the value it ends
    with is what the user typed for the argument it names (``'2023-02-01'``, not
    ``datetime.date(2023, 2, 1)``; ``'a=1', 'a=2'`` for a repeated option; a text refused
    stays as the library shows it, the part of what was typed it refuses), or left out when
    the user typed nothing there and custops built the value (``(got None)``, a ``Holder``
    built from several options)."""
    message, tail = exc.message, shown_value(exc)
    if not tail or isinstance(exc.value, str):  # the text typed, or the part of it refused
        return message
    if isinstance(exc.value, bool):  # a yes/no flag: the option named is what was typed
        return message[: len(message) - len(tail)]
    typed = _typed(exc.argument or "", args)
    if isinstance(typed, str):
        shown: str | None = repr(typed)
    elif isinstance(typed, list):
        shown = ", ".join(repr(text) for text in typed)
    elif isinstance(exc.value, (int, float)):  # a number (or yes/no) custops was given
        return message
    else:
        shown = _as_typed(exc.value)
    head = message[: len(message) - len(tail)]
    return head if shown is None else f"{head} (got {shown})"


def add_enum_option(
    parser: argparse.ArgumentParser,
    option: str,
    cls: type[LabelledEnum],
    *,
    default: Any,
    help: str,
) -> None:
    """An option naming a member of ``cls``: its keys shown as the choices, ``default`` a
    member (or ``None``: not given); what the user typed is kept as typed and read by
    ``cls.parse(…, argument=option)``, so any spelling ``parse`` reads is taken (item 5).
    A positional (``"relation"``) is shown as its metavar (``RELATION``), its keys after
    its help (``default`` is ``None``)."""
    if not option.startswith("-"):  # the keys spaced, so that the help wraps between them
        keys = "{" + ", ".join(member.value for member in cls) + "}"
        parser.add_argument(option, metavar=option.upper(), help=f"{help} {keys}")
        return
    choices = "{" + ",".join(member.value for member in cls) + "}"
    value = None if default is None else default.value
    parser.add_argument(option, metavar=choices, default=value, help=help)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """The ``--json`` flag of a command that prints a result (read as ``args.json``)."""
    parser.add_argument("--json", action="store_true", help=_("print the result as JSON"))


def print_json(data: Mapping[str, Any]) -> None:
    """``data`` as indented JSON with its Chinese as written (``--json``; stable keys)."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_decision(args: argparse.Namespace, decision: Decision, fields: Mapping[str, Any]) -> int:
    """The decision, its rule and its reason (``--json``: with what was asked, ``fields``,
    between the rule and the reason); the exit status: 1 when it refuses."""
    if args.json:
        said = {"rule": decision.rule, "allowed": decision.allowed}
        print_json({**said, **fields, "reason": decision.reason})
    else:
        print(decision)
    return 0 if decision.allowed else 1


def iso(moment: _dt.date | None) -> str | None:
    """A day or an instant as ISO 8601 for ``--json`` (``None`` stays ``None``)."""
    return None if moment is None else moment.isoformat()


@overload
def parse_start(
    text: str, *, calendar: WorkCalendar, argument: str = ..., dates: Literal[False]
) -> _dt.datetime: ...
@overload
def parse_start(
    text: str, *, calendar: WorkCalendar, argument: str = ..., dates: bool = ...
) -> _dt.datetime | _dt.date: ...
def parse_start(
    text: str, *, calendar: WorkCalendar, argument: str = "START", dates: bool = True
) -> _dt.datetime | _dt.date:
    """START (or the positional ``argument``) as an aware datetime (without a zone: in
    ``calendar``'s zone, the calendar the command counts on) or, for a bare date, a date;
    with ``dates=False`` a date-time only (a bare date refused), and a refusal suggests
    only date-times."""
    if dates:
        what = f"a date or a date-time; {give_moment()}, or a date such as 2025-09-30"
    else:
        what = f"a date-time; {give_moment()}"
    if _DATE_ONLY.fullmatch(_iso_spelling(unicodedata.normalize("NFKC", text).strip())):
        if not dates:
            problem = f"is a date without a time; {give_moment()}"
            raise InvalidInput.for_argument(argument, text, problem)
        return _read(argument, text, _dt.date.fromisoformat, what)
    moment = _read(argument, text, _moment, what)
    return moment.replace(tzinfo=calendar.zone) if moment.tzinfo is None else moment


def _moment(text: str) -> _dt.datetime:
    if not _MOMENT.fullmatch(text):
        raise ValueError(text)
    if text.endswith(("Z", "z")):  # Python 3.10's fromisoformat does not read "Z"
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text)


def weekday(day: _dt.date) -> str:
    """The short name of ``day``'s weekday in the active language (``Sat``, ``周六``)."""
    return _(_WEEKDAYS[day.weekday()])


def format_due(due: _dt.datetime | _dt.date, *, last_day: _dt.date | None = None) -> str:
    """``2025-10-11 18:00+08:00 (Sat)`` or ``2025-10-11 (Sat)`` (``（周六）`` in Chinese).  A
    deadline at 24:00 of its ``last_day`` (``--cutoff midnight``) is the instant 00:00 of the
    next day, named by the last day: ``2025-10-12 00:00+08:00 (Sat 24:00)``."""
    if (
        isinstance(due, _dt.datetime)
        and last_day is not None
        and due.time() == MIDNIGHT
        and due.date() == last_day + ONE_DAY
    ):
        return _("{moment} ({weekday} 24:00)", moment=moment_text(due), weekday=weekday(last_day))
    return _("{moment} ({weekday})", moment=moment_text(due), weekday=weekday(due))


def provisional_mark(calendar: WorkCalendar, first: _dt.date, last: _dt.date) -> str:
    """`` (provisional: the 2031 arrangement is not published)`` (``2031–2032`` for several
    years) when a year from ``first`` to ``last`` has no published arrangement in
    ``calendar`` (answered from the statutory holidays), else ``""``."""
    years = provisional_years(calendar, first, last)
    if not years:
        return ""
    span = "–".join(dict.fromkeys(str(y) for y in (years[0], years[-1])))
    return _(" (provisional: the {year} arrangement is not published)", year=span)


def provisional_years(calendar: WorkCalendar, first: _dt.date, last: _dt.date) -> list[int]:
    """The years from ``first`` to ``last`` without a published arrangement in ``calendar``."""
    return [y for y in range(first.year, last.year + 1) if not calendar.is_published(y)]


def print_provisional_note(country: str, years: Collection[int]) -> None:
    """One line on stderr saying that an answer counted through ``years`` (none: no line) is
    provisional, and how to take the statutory holidays as final: what ``workdays`` says,
    and ``--brief`` says beside its bare value on stdout."""
    ordered = sorted(set(years))
    if len(ordered) == 1:
        note = _(
            "the {country} holiday arrangement for {year} is not published yet: answered from "
            "the statutory holidays (provisional); once the notice is out, type it in whole: "
            "every day off with --holiday and every make-up working day with --makeup-workday; "
            "--final-year {year} alone keeps the statutory days, which a notice with make-up "
            "days does not match",
            country=country,
            year=ordered[0],
        )
    elif ordered:  # one note for all the years, in runs (2027-2100), not one per year
        note = _(
            "the {country} holiday arrangements for {years} are not published yet: answered "
            "from the statutory holidays (provisional); once a year's notice is out, type it "
            "in whole: every day off with --holiday and every make-up working day with "
            "--makeup-workday; --final-year YEAR alone keeps the statutory days, which a "
            "notice with make-up days does not match",
            country=country,
            years=_runs(ordered),
        )
    else:
        return
    print("custops: " + colon(_("note:"), note), file=sys.stderr)


def _runs(years: list[int]) -> str:
    """Sorted years as runs: ``[2027, 2028, 2029, 2031]`` → ``2027-2029, 2031``."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


#: The calendar's arguments as the command's options (errors name what the user typed).
CALENDAR_OPTIONS = {
    "country": "--country",
    "subdiv": "--subdiv",
    "closures": "--closure",
    "annual_closures": "--annual-closure",
    "extra_workdays": "--extra-workday",
    "final_years": "--final-year",
    "zone": "--zone",
    "weekend": "--weekend",
    "public_holidays": "--public-holidays",
    "days_in_lieu": "--days-in-lieu",
    "business_hours": "--business-hours",
}

#: The names ``--weekend`` reads, each of one weekday (0 = Monday … 6 = Sunday, as
#: ``WorkCalendar(weekend=)`` numbers them): English, short and long, and Chinese.
_WEEKDAY_WORDS: dict[str, int] = {}
for _number, (_short, _long, _zh) in enumerate(
    zip(
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        "一二三四五六日",
        strict=True,
    )
):
    for _word in (_short, _long, f"周{_zh}", f"星期{_zh}", f"礼拜{_zh}"):
        _WEEKDAY_WORDS[fold(_word)] = _number
_WEEKDAY_WORDS |= {fold("周天"): 6, fold("星期天"): 6, fold("礼拜天"): 6}
#: What ``--weekend`` and ``--business-hours`` take for "none" (folded).
_NONE = frozenset({fold("none"), fold("无")})


def parse_weekend(argument: str, text: str) -> tuple[int, ...]:
    """The weekly rest days named in ``text`` (``sat,sun``; ``saturday``, ``周六`` too;
    ``none``: a seven-day week) as ``WorkCalendar(weekend=)`` numbers them.  A number is
    refused: ``6`` is Sunday to ``WorkCalendar`` and Saturday to ISO 8601."""
    if fold(text) in _NONE:
        return ()
    normal = unicodedata.normalize("NFKC", text)
    words = [fold(word) for word in re.split(r"[,、\s]+", normal) if word.strip()]
    days = []
    for word in words:
        if word.isdigit():
            problem = (
                "numbers a weekday; name it instead, e.g. sat,sun (WorkCalendar counts "
                "0 = Monday, ISO 8601 1 = Monday)"
            )
            raise InvalidInput.for_argument(argument, text, problem)
        if word not in _WEEKDAY_WORDS:
            problem = f"names no weekday ({word!r}); write e.g. sat,sun, or none"
            raise InvalidInput.for_argument(argument, text, problem)
        days.append(_WEEKDAY_WORDS[word])
    if not days:
        raise InvalidInput.for_argument(argument, text, "names no weekday; write e.g. sat,sun")
    return tuple(days)


def parse_business_hours(argument: str, text: str) -> BusinessHours | None:
    """The business hours of every working day, ``09:00-12:00,13:00-18:00`` (a night shift
    split at midnight: ``00:00-06:00,22:00-24:00``), as :class:`BusinessHours` giving them
    to each weekday (a rest day has none all the same); ``none``: ``None``, a working day
    worked 00:00-24:00.  A refusal names ``argument`` and shows the text typed."""
    if fold(text) in _NONE:
        return None
    from custops.calendars import BusinessHours, Interval  # (not needed by every command)

    folded = unicodedata.normalize("NFKC", text).strip()
    try:
        parts = [Interval.parse(part.strip(), argument=argument) for part in folded.split(",")]
        return BusinessHours(dict.fromkeys(range(7), parts))
    except (InvalidInput, InvalidType) as exc:
        problem = exc.problem or "is not a list of intervals such as 09:00-12:00,13:00-18:00"
        head, night, _rest = problem.partition("; for a night shift")
        if night:  # every day has these hours: the shift's two parts are both typed here
            start, end = re.findall(r"'(\d\d:\d\d)-24:00'|'00:00-(\d\d:\d\d)'", problem)
            problem = (
                f"{head}; for a night shift, split it at midnight: "
                f"{argument} 00:00-{end[1]},{start[0]}-24:00"
            )
        raise InvalidInput.for_argument(argument, text, problem) from None


def add_calendar_options(parser: argparse.ArgumentParser) -> None:
    """The options of the :class:`~custops.calendars.WorkCalendar` a command counts on
    (item 3: wherever working time is counted), read by :func:`calendar_from`."""
    parser.add_argument(
        "--country", default=None, help=_("ISO country code known to holidays (CN)")
    )
    parser.add_argument(
        "--subdiv", default=None, help=_("subdivision code, e.g. CA for --country US")
    )
    for option, metavar, text in (
        ("--closure", "DATE", _("a company rest day, or a range of them: START..END")),
        ("--annual-closure", "MM-DD", _("a company rest day of every year, e.g. 12-18")),
        ("--extra-workday", "DATE", _("a company working day")),
        (
            "--holiday",
            "DATE",
            _(
                "a day off of a year's holiday notice, or a range of them: START..END; the "
                "days typed for a year are its whole notice (every festival)"
            ),
        ),
        (
            "--makeup-workday",
            "DATE",
            _("a make-up working day (a weekend day worked) of a year's holiday notice"),
        ),
        (
            "--final-year",
            "YEAR",
            _(
                "declare YEAR's statutory holidays final: right only for a notice without "
                "make-up working days; type a notice in with --holiday and --makeup-workday"
            ),
        ),
    ):
        parser.add_argument(option, action="append", default=[], metavar=metavar, help=text)
    parser.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_("refuse a year whose arrangement is not published"),
    )
    parser.add_argument(
        "--zone",
        metavar="ZONE",
        default=None,
        help=_(
            "the calendar's time zone, an IANA name such as Asia/Hong_Kong (default: "
            "Asia/Shanghai, whatever the country)"
        ),
    )
    parser.add_argument(
        "--weekend",
        metavar="DAYS",
        default=None,
        help=_(
            "the weekly rest days, named: sat,sun or sun (none: a seven-day week; default: "
            "the country's)"
        ),
    )
    parser.add_argument(
        "--public-holidays",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_(
            "--no-public-holidays: work through every public holiday, of every year (with "
            "--weekend none: a desk open every day; never provisional)"
        ),
    )
    parser.add_argument(
        "--days-in-lieu",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=_(
            "--no-days-in-lieu: rest on the festivals' statutory days only, with no day off "
            "in lieu, swapped rest day or make-up working day (a seven-day week: --weekend "
            "none)"
        ),
    )
    parser.add_argument(
        "--business-hours",
        metavar="INTERVALS",
        default=None,
        help=_(
            "the business hours of a working day, e.g. 09:00-12:00,13:00-18:00 (the "
            "default; none: 00:00-24:00)"
        ),
    )


def calendar_from(args: argparse.Namespace, base: WorkCalendar | None = None) -> WorkCalendar:
    """The calendar :func:`add_calendar_options`' options give: ``base`` (default: the
    mainland-China calendar; a desk's own calendar, its business hours, country and
    subdivision kept unless ``--country`` or ``--subdiv`` is typed) with the company's
    closures and extra working days, the years taken as final and ``--strict``; an error
    names the option typed."""
    closures = [_closure("--closure", t) for t in args.closure]
    annual = [_annual_day("--annual-closure", t) for t in args.annual_closure]
    extra_workdays = [parse_day("--extra-workday", t) for t in args.extra_workday]
    final_years = [parse_count("--final-year", t) for t in args.final_year]
    from custops.calendars import WorkCalendar  # (not needed by every command)

    notices = _notices(args)
    base = WorkCalendar() if base is None else base
    own: dict[str, Any] = {}  # the zone, week and hours typed, else the base calendar's
    if args.zone is not None:
        own["zone"] = unicodedata.normalize("NFKC", args.zone).strip()
    if args.weekend is not None:
        own["weekend"] = parse_weekend("--weekend", args.weekend)
    for flag in ("public_holidays", "days_in_lieu"):
        if getattr(args, flag) is not None:
            own[flag] = getattr(args, flag)
    if args.business_hours is not None:
        own["business_hours"] = parse_business_hours("--business-hours", args.business_hours)
    with as_arguments(CALENDAR_OPTIONS, words={"closures", "zone", "weekend"}), _notice_typed(args):
        return attrs.evolve(
            base,
            **own,
            # a desk's own calendar keeps its country and subdivision unless one is typed
            country=base.country if args.country is None else args.country,
            subdiv=base.subdiv if args.country is None and args.subdiv is None else args.subdiv,
            closures=[*sorted(base.closures), *closures],
            annual_closures=[*sorted(base.annual_closures), *annual],
            extra_workdays=[*sorted(base.extra_workdays), *extra_workdays],
            final_years=[*sorted(base.final_years), *final_years],
            strict=base.strict or args.strict,
            arrangements=[*base.arrangements, *notices],
        )


#: The refusal of a make-up working day of a year no ``--holiday`` is typed for.
_NO_DAY_OFF = (
    "is in {year}, whose notice has no day off typed (--holiday); a notice lists every "
    "festival of its year"
)
#: A notice's fields as the options that give them (``--holiday``, ``--makeup-workday``).
_NOTICE_OPTIONS = {"holidays": "--holiday", "makeup_workdays": "--makeup-workday"}


def _notices(args: argparse.Namespace) -> list[Arrangement]:
    """The :class:`~custops.calendars.Arrangement` of each year that ``--holiday`` and
    ``--makeup-workday`` give days of: the year's whole notice (the calendar checks it as
    any notice: every statutory day a day off, a make-up working day a weekend day)."""
    from custops.calendars import Arrangement  # (not needed by every command)

    given: dict[int, tuple[set[_dt.date], set[_dt.date]]] = {}
    for text in args.holiday:
        typed = _closure("--holiday", text)
        start, end = typed if isinstance(typed, tuple) else (typed, typed)
        within("--holiday", text, end, low=start, problem=f"ends before its start {start}")
        for i in range((end - start).days + 1):
            day = start + _dt.timedelta(days=i)
            given.setdefault(day.year, (set(), set()))[0].add(day)
    for text in args.makeup_workday:
        day = parse_day("--makeup-workday", text)
        _rest, worked = given.get(day.year, (set(), None))
        if worked is None:  # a make-up day of a year whose days off are not typed
            said = _NO_DAY_OFF.format(year=day.year)
            raise InvalidInput.for_argument("--makeup-workday", text, said)
        worked.add(day)
    with as_arguments(_NOTICE_OPTIONS):
        return [
            Arrangement(year, sorted(rest), makeup_workdays=worked)
            for year, (rest, worked) in sorted(given.items())
        ]


@contextlib.contextmanager
def _notice_typed(args: argparse.Namespace) -> Iterator[None]:
    """A calendar's refusal of a notice typed in (``arrangements[0]: its holidays leave out
    …``) said of the option that gives the part refused (``--holiday``,
    ``--makeup-workday``), showing what was typed there; other errors pass unchanged."""
    from custops.calendars import Arrangement  # (not needed by every command)

    try:
        yield
    except InvalidInput as exc:
        problem = exc.problem or ""
        if not (exc.argument or "").startswith("arrangements[") or not isinstance(
            exc.value, Arrangement
        ):
            raise
        for field, option in _NOTICE_OPTIONS.items():
            if problem.startswith(f"its {field} "):
                said = problem.removeprefix(f"its {field} ")
                if field == "holidays":
                    said = f"the days typed for {exc.value.year} {said}"
                typed = tuple(getattr(args, option[2:].replace("-", "_")))
                raise InvalidInput.for_argument(option, typed, said) from None
        raise


def _closure(argument: str, text: str) -> _dt.date | tuple[_dt.date, _dt.date]:
    """A ``--closure``: a day, or ``START..END`` (both included) for a shutdown."""
    start, dots, end = text.partition("..")
    if not dots:
        return parse_day(argument, text)
    return parse_day(argument, start.strip()), parse_day(argument, end.strip())


def _annual_day(argument: str, text: str) -> tuple[int, int]:
    """An ``--annual-closure``, ``MM-DD`` (``12-18``): the ``(month, day)`` the library takes
    (and checks, naming the option)."""
    found = re.fullmatch(r"\s*(\d{1,2})-(\d{1,2})\s*", unicodedata.normalize("NFKC", text))
    if found is None:
        raise InvalidInput.for_argument(argument, text, "is not a day of the year such as 12-18")
    return int(found[1]), int(found[2])


@contextlib.contextmanager
def strict_calendar(calendar: WorkCalendar) -> Iterator[None]:
    """A year ``--strict`` refuses (:class:`~custops.errors.CalendarNotPublished`) said as
    the options that decide it: ``--strict``, and ``--final-year`` to answer anyway."""
    try:
        yield
    except CalendarNotPublished as exc:
        last = calendar.published_through or exc.year
        while last + 1 < exc.year and calendar.is_published(last + 1):
            last += 1  # the years --final-year continues the data with
        problem = (
            f"the official {exc.country} holiday arrangement for {exc.year} is not published "
            f"in the data (last: {last}); type in the notice whole: every day off with "
            "--holiday and every make-up working day with --makeup-workday (--final-year "
            f"{exc.year} alone answers from the statutory holidays, which a notice with "
            "make-up days does not match)"
        )
        raise CalendarNotPublished(
            f"--strict: {problem}",
            year=exc.year,
            country=exc.country,
            argument="--strict",
            value=True,
            problem=problem,
        ) from None


def add_deadline_options(parser: argparse.ArgumentParser) -> None:
    """``--explain``, ``--brief`` and ``--json`` of a command whose answer is a
    :class:`~custops.periods.Deadline` (printed by :func:`print_deadline`): ``--brief``
    prints the day alone, as ``deadline --brief`` prints its due time alone."""
    parser.add_argument("--explain", action="store_true", help=_("show how the day was counted"))
    parser.add_argument(
        "--brief", action="store_true", help=_("print only the day (also without --explain)")
    )
    add_json_option(parser)


def print_deadline(
    args: argparse.Namespace,
    result: Deadline,
    given: Mapping[str, Any],
    *,
    calendar: WorkCalendar,
) -> None:
    """A :class:`~custops.periods.Deadline` as every command that answers one prints it:
    its day, marked when a year counted through is provisional; with ``--explain`` the
    library's ``explain()``; with ``--json`` its ``rule``, the arguments ``given``,
    ``ends_on``, ``provisional``, the library's ``reason`` and ``reasoning``."""
    if args.json:
        document = {"rule": result.rule, **given, "ends_on": iso(result.ends_on)}
        document |= {"provisional": result.provisional, "reason": result.reason}
        print_json(document | {"reasoning": list(result.reasoning)})
    elif args.explain and not args.brief:
        print(result.explain())
    else:
        start = result.start
        first = start.date() if isinstance(start, _dt.datetime) else start
        first = min(first, result.ends_on)
        # elapsed time (minutes, hours) uses no calendar day: never provisional
        provisional = result.provisional
        if args.brief:  # the day alone, marked when provisional; the note on stderr
            print(result.ends_on.isoformat() + (_(" (provisional)") if provisional else ""))
            years = provisional_years(calendar, first, result.ends_on) if provisional else []
            print_provisional_note(calendar.country, years)
            return
        mark = provisional_mark(calendar, first, result.ends_on) if provisional else ""
        print(f"{result.ends_on.isoformat()}{mark}")


#: The header of the text column of a CSV file, when ``--column`` names none (folded).
TEXT_COLUMNS = ("text", "content", "内容", "投诉内容")


def add_texts_input(parser: argparse.ArgumentParser, *, text_help: str) -> None:
    """TEXT (``-``: one text a line from stdin), ``--file PATH`` and ``--column NAME`` of a
    command that reads a customer's text, or many (read by :func:`texts_given`)."""
    parser.add_argument(
        "text",
        metavar="TEXT",
        nargs="?",
        help=_("{text}; - reads one text a line from the standard input", text=text_help),
    )
    parser.add_argument(
        "--file",
        metavar="PATH",
        help=_(
            "read the texts from a UTF-8 file, one a line (a blank line is a row too); a "
            "file ending in .csv is a table with a header row"
        ),
    )
    parser.add_argument(
        "--column",
        metavar="NAME",
        help=_(
            "the column of the .csv file that holds the texts (default: the one named "
            "{names}, else the only column)",
            names=", ".join(TEXT_COLUMNS),
        ),
    )
    # the words typed after TEXT (custops classify 谢谢 你好), refused by texts_and_keys
    parser.set_defaults(words_after_text=())


def texts_given(args: argparse.Namespace) -> list[str] | None:
    """The texts of ``--file`` or of the standard input (TEXT ``-``), one per row in their
    order, or ``None`` when one TEXT is typed: that text is ``args.text``.  A TEXT that
    names a file is still the text, with a hint on stderr.  A file that cannot be read, is
    not UTF-8 or has no column of texts is refused naming it."""
    return texts_and_keys(args)[0]


def texts_and_keys(
    args: argparse.Namespace,
) -> tuple[list[str] | None, list[str] | None, list[int] | None]:
    """:func:`texts_given`, the key of each row: the cells of ``--id-column`` of the .csv
    file (``None`` without it), which must name a column of the file, as ``--column``, and
    each row's number in the file (``None`` when not a .csv file: its rows are its lines; a
    blank row of a .csv file is skipped, :class:`CsvTable`).  Words typed after TEXT
    (``words_after_text``: a second text, or a text with spaces not quoted) are refused
    naming TEXT and the words, with the way to give several texts."""
    if args.file is not None and args.text is not None:
        problem = "is given beside --file; give TEXT, - (the standard input) or --file PATH"
        raise InvalidInput.for_argument("TEXT", args.text, problem)
    if args.file is None and args.text is None:
        problem = "missing: give TEXT, - to read texts from the standard input, or --file PATH"
        raise InvalidInput(f"TEXT: {problem}", argument="TEXT", value=None, problem=problem)
    if args.words_after_text:  # a second TEXT, or a text with spaces not quoted
        problem = (
            "takes one text, and these words follow it; give several texts one a line with "
            "--file PATH or - (the standard input), and quote a text that has spaces"
        )
        raise InvalidInput.for_argument("TEXT", " ".join(args.words_after_text), problem)
    csv_file = args.file is not None and args.file.lower().endswith(".csv")
    id_column: str | None = getattr(args, "id_column", None)
    for option, name in (("--column", args.column), ("--id-column", id_column)):
        if name is not None and not csv_file:
            problem = "names a column of a .csv file given with --file"
            raise InvalidInput.for_argument(option, name, problem)
    if args.file is None and args.text != "-":
        _hint_a_file(args.text)
        return None, None, None
    if args.file is None:
        if sys.stdin.isatty():
            print(_("custops: reading texts, one a line; end with Ctrl-D"), file=sys.stderr)
        buffer = getattr(sys.stdin, "buffer", None)
        data = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
        text = _utf8(data, "TEXT", "-", "the standard input ")
    else:
        text = _file_text(args.file)
    if csv_file:
        table = _csv_table(text, args.file)
        keys = None if id_column is None else table.column("--id-column", id_column)
        return _csv_texts(table, args.column), keys, list(table.numbers)
    lines = text.split("\n")
    if lines[-1] == "":  # the line break that ends the last line starts no row
        lines.pop()
    return [line.removesuffix("\r") for line in lines], None, None


def _file_text(path: str) -> str:
    """The text of the UTF-8 file ``--file`` names, refused naming ``--file`` when it
    cannot be read or is not UTF-8."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        problem = f"cannot be read: {exc.strerror or exc}"
        raise InvalidInput.for_argument("--file", path, problem) from None
    return _utf8(data, "--file", path, "")


def csv_file(path: str) -> CsvTable:
    """The table of the .csv file ``--file`` names (UTF-8, a byte-order mark dropped; its
    first row the header); a file that is not a .csv file, cannot be read, is not UTF-8 or
    has no header row is refused naming ``--file``."""
    if not path.lower().endswith(".csv"):
        problem = "must be a .csv file with a header row (one row a case)"
        raise InvalidInput.for_argument("--file", path, problem)
    return _csv_table(_file_text(path), path)


def row_refuser(
    table: CsvTable,
    keys: list[str] | None,
    id_column: str | None,
    *,
    keep_going: bool,
    bad: dict[int, CustopsError],
) -> Callable[[BadRow], None]:
    """How a ``--file`` command refuses a bad row of ``table``: at once (the refusal raised,
    naming the row by its number in the file and, with ``--id-column``, its key), or with
    ``keep_going`` kept in ``bad`` by its row, reported once the good rows are printed."""

    def refuse(error: BadRow) -> None:
        key = None if keys is None or id_column is None else (id_column, keys[error.row - 1])
        refusal = error.error(table.numbers[error.row - 1], key)
        if not keep_going:
            raise refusal
        bad[error.row] = refusal

    return refuse


def add_id_column_option(parser: argparse._ActionsContainer) -> None:
    """``--id-column NAME``: the column of the .csv file echoed first in every output row
    (read by :func:`texts_and_keys` or :meth:`CsvTable.column`)."""
    parser.add_argument(
        "--id-column",
        metavar="NAME",
        help=_(
            "the column of the .csv file that holds each row's key (a ticket number), "
            "echoed first in every output row"
        ),
    )


def add_keep_going_option(parser: argparse._ActionsContainer) -> None:
    """``--keep-going`` (``--no-keep-going``, the default): a bad row of the .csv file is
    reported on stderr and left out, the other rows are printed and the exit status is 1
    (read as ``keep_going`` by :func:`row_refuser`)."""
    parser.add_argument(
        "--keep-going",
        action=argparse.BooleanOptionalAction,
        default=False,
        help=_("report a bad row on stderr and go on with the others (exit status 1)"),
    )


def _hint_a_file(text: str) -> None:
    """Say on stderr that a TEXT is also the name of a file (``@texts.txt`` too): it is
    classified as the text typed, and ``--file`` reads the file."""
    name = text.removeprefix("@")
    try:
        is_file = bool(name) and "\n" not in name and Path(name).is_file()
    except (OSError, ValueError):
        is_file = False
    if is_file:
        hint = _(
            "{name} is a file, but TEXT is read as the text itself; did you mean --file {name}?",
            name=name,
        )
        print("custops: " + colon(_("hint:"), hint), file=sys.stderr)


def _utf8(data: bytes, argument: str, typed: str, what: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark dropped), else refused naming ``argument``
    and ``what`` it is (``is not UTF-8``: the file named; ``the standard input is not``)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        problem = (
            f"{what}is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "save it as UTF-8 (in Excel: CSV UTF-8)"
        )
        raise InvalidInput.for_argument(argument, typed, problem) from None


#: A date-time cell (a start, a received time) as an export most often writes it
#: (``2026-12-31 23:59``, ``…T23:59:00+08:00``): read directly, as :func:`parse_start` would
#: read it after its normalisation, which leaves such a cell unchanged.
_ISO_MOMENT = re.compile(
    r"\d{4}-(?:0[1-9]|1[0-2])-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?"
)


def iso_moment(cell: str) -> _dt.datetime | None:
    """The date-time of a cell in the ISO form :data:`_ISO_MOMENT` matches, else ``None``
    (read by ``parse_start``, which refuses a day that does not exist, 2026-02-30)."""
    if not _ISO_MOMENT.fullmatch(cell):
        return None
    try:
        return _dt.datetime.fromisoformat(cell)
    except ValueError:
        return None


class BadRow(Exception):
    """A row of a ``--file`` refused (``deadline``, ``sla schedule``): its index (the first
    row kept after the header is 1), the option and the column of the cell refused, the
    cell and the problem (:meth:`error` names the row by its number in the file, and its
    key)."""

    def __init__(self, row: int, option: str, column: str, cell: str, problem: str) -> None:
        super().__init__(problem)
        self.row, self.option, self.column, self.cell, self.problem = (
            row,
            option,
            column,
            cell,
            problem,
        )

    def error(self, number: int, key: tuple[str, str] | None) -> CustopsError:
        """The refusal: the option, the column, the row's ``number`` in the file and, with
        ``--id-column``, ``key`` (its column and the row's key, on one line), then the
        cell and the problem."""
        argument = f"{self.option} {self.column}, row {number}"
        if key is not None and self.option != "--id-column":
            argument += f" ({key[0]} {one_line(key[1])})"
        return InvalidInput.for_argument(argument, self.cell, self.problem)


def read_moments(
    cells: list[str],
    option: str,
    column: str,
    calendar: WorkCalendar,
    refuse: Callable[[BadRow], None],
) -> Iterator[tuple[int, _dt.datetime]]:
    """Each row's date-time of a ``--file`` column (``--start-column``,
    ``--received-at-column``), read as START is (a time without a zone in the calendar's),
    by its row number; a cell that is not a date-time is refused by ``refuse``, naming
    ``option`` and ``column``."""
    zone = calendar.zone
    for row, cell in enumerate(cells, 1):
        moment = iso_moment(cell)
        if moment is not None:
            yield row, moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
            continue
        if not cell.strip():
            refuse(BadRow(row, option, column, cell, "is empty"))
            continue
        try:
            yield row, parse_start(cell, calendar=calendar, argument=column, dates=False)
        except InvalidInput as exc:
            refuse(BadRow(row, option, column, cell, exc.problem or str(exc)))


@attrs.frozen
class CsvTable:
    """A CSV table read by the command: the file's name as typed, its header (trimmed), its
    rows after the header, each a list of cells as read, and each row's number in the file
    (the first row after the header is 1).  A blank row (no cells, as a blank line ends
    many exports, or only empty cells) is left out: it is no case, and the numbers of the
    rows after it stay those of the file."""

    path: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numbers: tuple[int, ...]

    def index(self, option: str, name: str) -> int:
        """The index of the column ``name`` (case and width folded, as ``--column`` reads
        it), refused naming ``option`` and the columns present when the file has none."""
        folded = [fold(cell) for cell in self.header]
        wanted = fold(name)
        if wanted not in folded:
            listed = ", ".join(self.header)
            problem = f"is not a column of {self.path} (its columns: {listed})"
            raise InvalidInput.for_argument(option, name, problem)
        return folded.index(wanted)

    def cells(self, index: int) -> list[str]:
        """The cells of the column at ``index``, one per row; a short row gives ``""``."""
        return [row[index] if index < len(row) else "" for row in self.rows]

    def column(self, option: str, name: str) -> list[str]:
        """The cells of the column ``name`` (:meth:`index`), one per row."""
        return self.cells(self.index(option, name))


def _csv_table(text: str, path: str) -> CsvTable:
    """The CSV table ``text`` of the file ``path``; refused naming ``--file`` when it is
    not CSV or has no header row."""
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise InvalidInput.for_argument("--file", path, f"is not a CSV table: {exc}") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise InvalidInput.for_argument("--file", path, "has no header row")
    header = tuple(cell.strip() for cell in rows[0])
    kept = [(number, row) for number, row in enumerate(rows[1:], 1) if not _blank_row(row)]
    return CsvTable(
        path,
        header,
        tuple(tuple(row) for _number, row in kept),
        tuple(number for number, _row in kept),
    )


def _blank_row(cells: Sequence[str]) -> bool:
    """Whether a row of a CSV file is blank: no cells (an empty line) or only empty ones
    (``,,`` as a spreadsheet saves an empty row); such a row is no case and is skipped.

    >>> _blank_row([]), _blank_row(["", " "]), _blank_row(["", "A1"])
    (True, True, False)
    """
    return not any(cell.strip() for cell in cells)


def _csv_texts(table: CsvTable, column: str | None) -> list[str]:
    """The cells of the text column of a CSV table, one per row; a blank or short row
    gives ``""``."""
    if column is not None:
        return table.column("--column", column)
    folded = [fold(cell) for cell in table.header]
    named = [folded.index(fold(name)) for name in TEXT_COLUMNS if fold(name) in folded]
    if named:
        return table.cells(named[0])
    if len(table.header) == 1:
        return table.cells(0)
    problem = (
        f"has no column named {', '.join(TEXT_COLUMNS)} (its columns: {', '.join(table.header)}); "
        "name the text column with --column NAME"
    )
    raise InvalidInput.for_argument("--file", table.path, problem)


def tsv_cell(value: object) -> str:
    """A value as a cell of a tab-separated row: an enumeration member by its label (in
    English by its words), any text on one line with no tab."""
    if isinstance(value, LabelledEnum):
        value = value.words
    return " ".join(one_line(str(value)).split("\t"))


def key_problem(key: str) -> str | None:
    """Why the key ``key`` (a cell of ``--id-column``) cannot be a cell of a tab-separated
    line as it is: a tab, a line break or another control character, which
    :func:`tsv_cell` writes as a space (as in a text), would change the key a row is
    matched back by; ``None`` for a key kept as it is.

    >>> key_problem("T-0001") is None, key_problem("A\\t1") is not None
    (True, True)
    """
    if tsv_cell(key) == key:
        return None
    return (
        "holds a tab, a line break or another control character, which a tab-separated "
        "line cannot keep (--json keeps the key as it is)"
    )


def print_json_line(data: Mapping[str, Any]) -> None:
    """``data`` as one line of JSON (a row of ``--json`` output over many texts)."""
    print(json.dumps(data, ensure_ascii=False))
