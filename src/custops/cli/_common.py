"""What every command group of the ``custops`` command shares: reading arguments, writing
moments, and the zone a START without one is taken in."""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo

from custops.errors import InvalidInput, ProvisionalCalendarWarning
from custops.i18n import N_, _

#: The zone a START without one is taken in (the command's choice; the library never guesses).
CLI_ZONE = "Asia/Shanghai"

Handler = Callable[[argparse.Namespace], int]
Subparsers: TypeAlias = "argparse._SubParsersAction[Any]"

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def parse_day(argument: str, text: str) -> _dt.date:
    """A YYYY-MM-DD date argument; anything else is an InvalidInput naming the argument."""
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput.for_argument(
            argument, text, "is not a date such as 2025-09-30"
        ) from None


def parse_count(argument: str, text: str) -> int:
    """A whole-number argument (``3``, ``-2``)."""
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInput.for_argument(
            argument, text, "is not a whole number such as 3 or -2"
        ) from None


def parse_start(text: str) -> _dt.datetime | _dt.date:
    """START as an aware datetime (no zone: :data:`CLI_ZONE`) or, for a bare date, a date."""
    cleaned = text.strip()
    if _DATE_ONLY.fullmatch(cleaned):
        try:
            return _dt.date.fromisoformat(cleaned)
        except ValueError:
            raise InvalidInput.for_argument("START", text, "is not a valid date") from None
    if cleaned[-1:] in ("Z", "z"):  # Python 3.10's fromisoformat does not read "Z"
        cleaned = cleaned[:-1] + "+00:00"
    try:
        moment = _dt.datetime.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput.for_argument(
            "START",
            text,
            "is not a date or a date-time; write e.g. 2025-09-30T16:00, "
            "2025-09-30T16:00+08:00 or 2025-09-30",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(CLI_ZONE))
    return moment


def weekday(day: _dt.date) -> str:
    """The short name of ``day``'s weekday in the active language (``Sat``, ``周六``)."""
    return _(_WEEKDAYS[day.weekday()])


def format_due(due: _dt.datetime | _dt.date) -> str:
    """``2025-10-11 18:00+08:00 (Sat)`` or ``2025-10-11 (Sat)`` (``（周六）`` in Chinese)."""
    moment = due.isoformat(sep=" ", timespec="minutes") if isinstance(due, _dt.datetime) else due
    return _("{moment} ({weekday})", moment=moment, weekday=weekday(due))


def labelled(label: str, text: object) -> str:
    """An already-worded ``text`` after a translated ``label`` (``reason:``, ``理由：``).

    A sentence is never passed to ``_()`` as a field (in English a field holding Chinese
    is quoted whole); it follows its label, with no space after full-width punctuation.
    """
    return f"{label}{'' if label[-1:] in '：？；，' else ' '}{text}"


@contextlib.contextmanager
def quiet_provisional() -> Iterator[None]:
    """Silence ``ProvisionalCalendarWarning``: the answer says when a year is provisional."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        yield
