"""What every command group of the ``custops`` command shares: reading arguments, writing
moments, and the zone a START without one is taken in."""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any, TypeAlias, TypeVar
from zoneinfo import ZoneInfo

from custops.errors import InvalidInput, ProvisionalCalendarWarning
from custops.i18n import N_, _

#: The zone a START without one is taken in (the command's choice; the library never guesses).
CLI_ZONE = "Asia/Shanghai"

T = TypeVar("T")
Handler = Callable[[argparse.Namespace], int]
Subparsers: TypeAlias = "argparse._SubParsersAction[Any]"

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def _read(argument: str, text: str, read: Callable[[str], T], what: str) -> T:
    """``read(text)``; a ``ValueError`` becomes an InvalidInput naming the argument."""
    try:
        return read(text.strip())
    except ValueError:
        raise InvalidInput.for_argument(argument, text, f"is not {what}") from None


def parse_day(argument: str, text: str) -> _dt.date:
    """A YYYY-MM-DD date argument."""
    return _read(argument, text, _dt.date.fromisoformat, "a date such as 2025-09-30")


def parse_count(argument: str, text: str) -> int:
    """A whole-number argument (``3``, ``-2``)."""
    return _read(argument, text, int, "a whole number such as 3 or -2")


def parse_start(text: str) -> _dt.datetime | _dt.date:
    """START as an aware datetime (no zone: :data:`CLI_ZONE`) or, for a bare date, a date."""
    if _DATE_ONLY.fullmatch(text.strip()):
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
