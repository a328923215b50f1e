"""What every command group of the ``custops`` command shares: reading arguments, writing
moments, and the zone a START without one is taken in."""

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
from zoneinfo import ZoneInfo

from custops.errors import InvalidInput, InvalidType, ProvisionalCalendarWarning
from custops.i18n import N_, _
from custops.money import require_money

#: The zone a START without one is taken in (the command's choice; the library never guesses).
CLI_ZONE = "Asia/Shanghai"

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


def parse_pair(argument: str, text: str, default: str | None = None) -> tuple[str, str]:
    """``NAME=VALUE`` as ``(NAME, VALUE)``, both trimmed; a bare ``VALUE`` is ``(default,
    VALUE)`` when a ``default`` is given.  The last ``=`` splits, so a name may hold one."""
    name, sep, value = text.rpartition("=")
    if not sep and default is not None:
        name, value = default, text
    name, value = name.strip(), value.strip()
    if not name or not value:
        raise InvalidInput.for_argument(argument, text, "must look like NAME=VALUE")
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


def print_json(data: Mapping[str, Any]) -> None:
    """``data`` as indented JSON with its Chinese as written (``--json``; stable keys)."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def parse_start(text: str) -> _dt.datetime | _dt.date:
    """START as an aware datetime (no zone: :data:`CLI_ZONE`) or, for a bare date, a date."""
    if _DATE_ONLY.fullmatch(unicodedata.normalize("NFKC", text).strip()):
        return _read("START", text, _dt.date.fromisoformat, "a valid date")
    moment = _read(
        "START",
        text,
        _moment,
        "a date or a date-time; write e.g. 2025-09-30T16:00, 2025-09-30T16:00+08:00 or 2025-09-30",
    )
    return moment.replace(tzinfo=ZoneInfo(CLI_ZONE)) if moment.tzinfo is None else moment


def _moment(text: str) -> _dt.datetime:
    if text.endswith(("Z", "z")):  # Python 3.10's fromisoformat does not read "Z"
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text)


def weekday(day: _dt.date) -> str:
    """The short name of ``day``'s weekday in the active language (``Sat``, ``周六``)."""
    return _(_WEEKDAYS[day.weekday()])


def format_due(due: _dt.datetime | _dt.date) -> str:
    """``2025-10-11 18:00+08:00 (Sat)`` or ``2025-10-11 (Sat)`` (``（周六）`` in Chinese)."""
    moment = due.isoformat(sep=" ", timespec="minutes") if isinstance(due, _dt.datetime) else due
    return _("{moment} ({weekday})", moment=moment, weekday=weekday(due))


def labelled(label: str, text: object) -> str:
    """An already-worded ``text`` after a translated ``label`` (``reason:``, ``理由：``), with
    no space after full-width punctuation: a sentence is never a field of ``_()`` (in English
    a field holding Chinese is quoted whole)."""
    return f"{label}{'' if label[-1:] in '：？；，' else ' '}{text}"


@contextlib.contextmanager
def quiet_provisional() -> Iterator[None]:
    """Silence ``ProvisionalCalendarWarning``: the answer says when a year is provisional."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        yield
