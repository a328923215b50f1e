"""What every command group of the ``custops`` command shares: reading arguments and
writing moments (a START without a zone is taken in the zone of the command's calendar)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeAlias, TypeVar

from custops._text import moment_text
from custops.calendars import WorkCalendar
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, ProvisionalCalendarWarning
from custops.i18n import N_, _
from custops.money import require_money

__all__: list[str] = []  # private helpers, imported by name by the command modules

T = TypeVar("T")
Handler = Callable[[argparse.Namespace], int]
Subparsers: TypeAlias = "argparse._SubParsersAction[Any]"

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def _read(argument: str, text: str, read: Callable[[str], T], what: str) -> T:
    """``read(text)`` after NFKC (full-width ``２０２５``, ``３`` read as ASCII); a
    ``ValueError`` becomes an InvalidInput naming the argument and the text as typed."""
    try:
        return read(unicodedata.normalize("NFKC", text).strip())
    except ValueError:
        raise InvalidInput.for_argument(argument, text, f"is not {what}") from None


def parse_day(argument: str, text: str) -> _dt.date:
    """A YYYY-MM-DD date argument."""
    return _read(argument, text, _dt.date.fromisoformat, "a date such as 2025-09-30")


def day_or_today(argument: str, text: str | None) -> _dt.date:
    """The day of the question, ``--on DATE``: a YYYY-MM-DD date, or today when none is
    given (the command reads the clock, the library never does)."""
    return _dt.date.today() if text is None else parse_day(argument, text)


def parse_count(argument: str, text: str) -> int:
    """A whole-number argument (``3``, ``-2``)."""
    return _read(argument, text, int, "a whole number such as 3 or -2")


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


@contextlib.contextmanager
def as_arguments(names: Mapping[str, str]) -> Iterator[None]:
    """Report a library error about its argument ``X`` (or ``X[0]``, ``X['a']``) as one about
    the command's argument ``names[X]`` (``actual`` -> ``--actual``): the user is told what
    they typed.  Other errors pass unchanged."""
    try:
        yield
    except (InvalidInput, InvalidType) as exc:
        argument = exc.argument or ""
        head = _ARGUMENT_HEAD.match(argument)
        key = head.group(0) if head else ""
        if key not in names or not exc.message.startswith(f"{argument}: "):
            raise
        renamed = names[key] + argument[len(key) :]
        message = renamed + exc.message[len(argument) :]
        raise type(exc)(message, argument=renamed, value=exc.value) from None


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
    ``cls.parse(…, argument=option)``, so any spelling ``parse`` reads is taken (item 5)."""
    choices = "{" + ",".join(member.value for member in cls) + "}"
    value = None if default is None else default.value
    parser.add_argument(option, metavar=choices, default=value, help=help)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """The ``--json`` flag of a command that prints a result (read as ``args.json``)."""
    parser.add_argument("--json", action="store_true", help=_("print the result as JSON"))


def print_json(data: Mapping[str, Any]) -> None:
    """``data`` as indented JSON with its Chinese as written (``--json``; stable keys)."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def iso(moment: _dt.date | None) -> str | None:
    """A day or an instant as ISO 8601 for ``--json`` (``None`` stays ``None``)."""
    return None if moment is None else moment.isoformat()


def parse_start(text: str, *, calendar: WorkCalendar) -> _dt.datetime | _dt.date:
    """START as an aware datetime (without a zone: in ``calendar``'s zone, the calendar the
    command counts on) or, for a bare date, a date."""
    if _DATE_ONLY.fullmatch(unicodedata.normalize("NFKC", text).strip()):
        return _read("START", text, _dt.date.fromisoformat, "a valid date")
    moment = _read(
        "START",
        text,
        _moment,
        "a date or a date-time; write e.g. 2025-09-30T16:00, 2025-09-30T16:00+08:00 or 2025-09-30",
    )
    return moment.replace(tzinfo=calendar.zone) if moment.tzinfo is None else moment


def _moment(text: str) -> _dt.datetime:
    if text.endswith(("Z", "z")):  # Python 3.10's fromisoformat does not read "Z"
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text)


def weekday(day: _dt.date) -> str:
    """The short name of ``day``'s weekday in the active language (``Sat``, ``周六``)."""
    return _(_WEEKDAYS[day.weekday()])


def format_due(due: _dt.datetime | _dt.date) -> str:
    """``2025-10-11 18:00+08:00 (Sat)`` or ``2025-10-11 (Sat)`` (``（周六）`` in Chinese)."""
    return _("{moment} ({weekday})", moment=moment_text(due), weekday=weekday(due))


def provisional_mark(calendar: WorkCalendar, first: _dt.date, last: _dt.date) -> str:
    """`` (provisional: the 2031 arrangement is not published)`` (``2031–2032`` for several
    years) when a year from ``first`` to ``last`` has no published arrangement in
    ``calendar`` (answered from the statutory holidays), else ``""``."""
    years = [y for y in range(first.year, last.year + 1) if not calendar.is_published(y)]
    if not years:
        return ""
    span = "–".join(dict.fromkeys(str(y) for y in (years[0], years[-1])))
    return _(" (provisional: the {year} arrangement is not published)", year=span)


@contextlib.contextmanager
def quiet_provisional() -> Iterator[None]:
    """Silence ``ProvisionalCalendarWarning``: the answer says when a year is provisional."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        yield
