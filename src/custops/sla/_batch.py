"""Deadlines of many cases at once (private; see :func:`custops.sla.due_many`)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

from custops._validate import require_aware, require_bool, require_type, type_name
from custops.calendars import WorkCalendar, calendar_or_china
from custops.errors import CustopsError, InvalidInput, InvalidType
from custops.periods import Period, Unit, deadline
from custops.sla._targets import Target

__all__ = ["due_many"]

_UTC = _dt.timezone.utc


def due_many(
    starts: Iterable[_dt.datetime] | Any,
    target: Target,
    *,
    calendar: WorkCalendar | None = None,
    special: bool = False,
    promised: Period | str | None = None,
) -> tuple[_dt.datetime, ...]:
    """The deadline of ``target`` for each start, as if its clock runs without a pause.

    Exactly ``Clock.start(s, target, calendar=..., special=..., promised=...).status(at=s).due_at``
    for every ``s`` in ``starts`` (in order, in the calendar's zone), but much faster:

    * hours and minutes: one addition per start;
    * day-level periods: the deadline depends only on the start's local date (arts.
      201–203), so it is computed once per distinct date and shared — a zero period
      begun after its day's close is the one exception, computed on its own;
    * working hours: one business-time addition per start, without the clock's
      bookkeeping.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> sh = ZoneInfo("Asia/Shanghai")
    >>> starts = [dt.datetime(2025, 9, 30, h, 0, tzinfo=sh) for h in (9, 16, 23)]
    >>> resolve = Target("resolve", "3个工作日", special_period="7个工作日")
    >>> [d.isoformat() for d in due_many(starts, resolve)]
    ['2025-10-11T18:00:00+08:00', '2025-10-11T18:00:00+08:00', '2025-10-11T18:00:00+08:00']
    >>> due_many(["2025-09-30"], resolve)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: starts[0]: must be a timezone-aware datetime, not a str ...
    """
    try:
        return _due_many(starts, target, calendar, special, promised)
    except InvalidInput as e:
        if e.argument not in ("start", "period", "at"):
            raise
        raise InvalidInput.for_argument("starts", starts, e.message) from None
    except CustopsError:
        raise
    except (OverflowError, ValueError):
        raise InvalidInput.for_argument(
            "starts", starts, "holds a start past the range of dates the calendar can count"
        ) from None


def _due_many(
    starts: Any, target: Any, calendar: Any, special: Any, promised: Any
) -> tuple[_dt.datetime, ...]:
    require_type("target", target, Target, "a Target")
    require_bool("special", special)
    cal = calendar_or_china(calendar)
    period = target.period_for(special=special, promised=promised)
    if isinstance(starts, (str, bytes)) or not isinstance(starts, Iterable):
        raise InvalidType.for_argument(
            "starts", starts, f"must be an iterable of aware datetimes, not a {type_name(starts)}"
        )
    zone = cal.zone
    unit = period.unit
    out: list[_dt.datetime] = []
    append = out.append
    dt_type = _dt.datetime
    if unit in (Unit.MINUTES, Unit.HOURS):
        delta = period.as_timedelta()
        for i, s in enumerate(starts):
            if type(s) is not dt_type or s.tzinfo is None:
                require_aware(f"starts[{i}]", s)
            append((s.astimezone(_UTC) + delta).astimezone(zone))
    elif unit is Unit.WORKING_HOURS:
        first = True
        for i, s in enumerate(starts):
            if type(s) is not dt_type or s.tzinfo is None:
                require_aware(f"starts[{i}]", s)
            if first:  # the single path's checks (a calendar without business hours)
                append(deadline(s, period, calendar=cal))
                first = False
                delta = period.as_timedelta()
                add = cal.add_working_time
                continue
            append(add(s, delta))
    else:
        cache: dict[_dt.date, _dt.datetime] = {}
        midnight = _dt.time(0)
        for i, s in enumerate(starts):
            if type(s) is not dt_type or s.tzinfo is None:
                require_aware(f"starts[{i}]", s)
            local = s.astimezone(zone)
            day = local.date()
            due = cache.get(day)
            if due is None:
                due = deadline(dt_type.combine(day, midnight, zone), period, calendar=cal)
                cache[day] = due
            if due < local:  # a zero period begun after its day's close
                due = deadline(local, period, calendar=cal)
            append(due)
    return tuple(out)
