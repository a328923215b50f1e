"""The weekly or monthly review of complaint cases (R-CMP-14; D10 五, D14 五).

D10 五: the marketing office counts complaints by class, analyses them and reviews them
at the weekly or monthly meeting; D14 五: the receiving department counts them by class
and proposes improvements.  :func:`statistics` gives what such a review needs: counts by
kind, category, channel, department, severity, flow and stage; the on-time rate of every
SLA target; the median handling time; the reopen rate (R-CMP-08).

Every tally adds up to the number of cases: a case not yet classified or assigned is
counted under ``None`` (未定).

>>> import datetime as dt
>>> from zoneinfo import ZoneInfo
>>> from custops.complaints import Case, Complaint
>>> sh = ZoneInfo("Asia/Shanghai")
>>> c = Complaint(received_at=dt.datetime(2025, 10, 9, 9, 0, tzinfo=sh), channel="电话",
...               content="请问会员卡怎么办理", complainant="赵先生")
>>> case = Case.open(c, "客户关系顾问", policy="tobacco").classify(
...     dt.datetime(2025, 10, 9, 9, 5, tzinfo=sh), "客户关系经理", kind="咨询", category="其他")
>>> s = statistics([case], period=ReviewPeriod.week(dt.date(2025, 10, 9)))
>>> s.total, s.by_kind[Kind.CONSULTATION], s.by_department[None], s.period.label
(1, 1, 1, '2025-W41')
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Iterable
from fractions import Fraction
from typing import Any, Generic, TypeVar

import attrs

from custops._text import display_width, pad
from custops._validate import (
    field_converter,
    require_aware,
    require_date,
    require_type,
    type_name,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.complaints.case import Case
from custops.complaints.flow import Flow, Stage
from custops.complaints.model import Category, Channel, Department, Kind, Severity
from custops.decisions import Explained
from custops.errors import InvalidInput, InvalidType
from custops.i18n import _
from custops.sla import State
from custops.sla._targets import named, span

__all__ = ["CaseStatistics", "OnTime", "ReviewPeriod", "Tally", "statistics"]

K = TypeVar("K")


_DATE = field_converter(require_date)


@attrs.frozen
class ReviewPeriod:
    """A range of days, both ends included: the week or month under review.

    >>> import datetime as dt
    >>> p = ReviewPeriod.month(dt.date(2026, 2, 14))
    >>> p.start, p.end, p.label
    (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28), '2026-02')
    >>> ReviewPeriod(dt.date(2025, 10, 8), dt.date(2025, 10, 1))
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: end: is before the start 2025-10-08 \
(got datetime.date(2025, 10, 1))
    """

    start: _dt.date = attrs.field(converter=_DATE)  # type: ignore[misc]
    end: _dt.date = attrs.field(converter=_DATE)  # type: ignore[misc]
    label: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput.for_argument("end", self.end, f"is before the start {self.start}")
        require_type("label", self.label, str, "a str")
        if not self.label:
            object.__setattr__(self, "label", f"{self.start}..{self.end}")

    @classmethod
    def week(cls, day: _dt.date) -> ReviewPeriod:
        """The ISO week (Monday to Sunday) that holds ``day`` (the weekly meeting).

        >>> import datetime as dt
        >>> ReviewPeriod.week(dt.date(2025, 10, 1)).start
        datetime.date(2025, 9, 29)
        """
        d = require_date("day", day)
        monday = d - _dt.timedelta(days=d.weekday())
        year, number, _ = d.isocalendar()
        if monday > _dt.date.max - _dt.timedelta(days=6):
            raise InvalidInput.for_argument("day", day, "its week runs past date.max")
        return cls(monday, monday + _dt.timedelta(days=6), label=f"{year}-W{number:02d}")

    @classmethod
    def month(cls, day: _dt.date) -> ReviewPeriod:
        """The calendar month that holds ``day`` (the monthly meeting)."""
        d = require_date("day", day)
        first = d.replace(day=1)
        last = calendar.monthrange(d.year, d.month)[1]
        return cls(first, d.replace(day=last), label=f"{d.year}-{d.month:02d}")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, _dt.date) and self.start <= day <= self.end


@attrs.frozen
class Tally(Generic[K]):
    """Counts by key, in a fixed order; the key ``None`` counts cases not yet known.

    ``tally[key]`` is 0 for a key never seen; :attr:`total` is the sum.
    """

    counts: tuple[tuple[K | None, int], ...]

    def __getitem__(self, key: K | None) -> int:
        for k, n in self.counts:
            if k == key:
                return n
        return 0

    @property
    def total(self) -> int:
        """The sum of the counts (always the number of cases)."""
        return sum(n for _, n in self.counts)

    def as_dict(self) -> dict[K | None, int]:
        """The counts as a plain dict."""
        return dict(self.counts)

    def describe(self) -> str:
        """``label n`` pairs in the active language, e.g. ``投诉 3、咨询 1``."""
        parts = [
            _("{key} {count}", key=_("not yet known") if key is None else key, count=n)
            for key, n in self.counts
        ]
        return _("; ").join(parts) or _("none")


def _tally(keys: Iterable[K | None], order: Iterable[K]) -> Tally[K]:
    seen: dict[K | None, int] = {}
    for k in keys:
        seen[k] = seen.get(k, 0) + 1
    ordered: list[tuple[K | None, int]] = [(k, seen[k]) for k in order if k in seen]
    if None in seen:
        ordered.append((None, seen[None]))
    return Tally(tuple(ordered))


@attrs.frozen
class OnTime:
    """One SLA target across the cases: cycles met, missed (breached) and still pending.

    Every cycle counts (a reopened case is handled — and timed — again); ``rate`` is
    met / (met + missed), ``None`` when none is decided yet.
    """

    target: str
    met: int
    missed: int
    pending: int
    label: str = ""

    @property
    def decided(self) -> int:
        """Cycles met or missed."""
        return self.met + self.missed

    @property
    def rate(self) -> Fraction | None:
        """The on-time rate, exact; ``None`` when nothing is decided."""
        return Fraction(self.met, self.decided) if self.decided else None

    def describe(self) -> str:
        """``resolve: 3/4 on time (75%), 1 pending`` (``处理完毕：…`` in Chinese)."""
        target = named(self.target, self.label)
        if self.rate is None:
            text = _("{target}: no decided cycle", target=target)
        else:
            text = _(
                "{target}: {met}/{decided} on time ({percent}%)",
                target=target,
                met=self.met,
                decided=self.decided,
                percent=_percent(self.rate),
            )
        return text + (_(", {count} pending", count=self.pending) if self.pending else "")


def _percent(rate: Fraction) -> int:
    return round(float(rate) * 100)


@attrs.frozen
class CaseStatistics(Explained):
    """The review of the cases received in ``period``, as known at ``at`` (R-CMP-14).

    ``total`` cases; tallies ``by_kind``, ``by_category``, ``by_channel``,
    ``by_department``, ``by_severity``, ``by_flow``, ``by_stage`` (each adds up to
    ``total``; praise and contacts with nothing to handle count under their own kind and
    flow); ``open_cases`` and ``closed_cases``; ``on_time`` per SLA target; ``median_handling``
    (receipt to closing, wall time, closed cases only, ``None`` if none);
    ``reopened`` cases handled again at least once and ``reopen_rate`` = reopened /
    total (``None`` without cases); ``recorded_later`` the cases of the period not yet
    recorded at ``at`` — left out of every figure, since the review could not know them.
    """

    period: ReviewPeriod | None
    at: _dt.datetime | None
    total: int
    by_kind: Tally[Kind]
    by_category: Tally[Category]
    by_channel: Tally[Channel]
    by_department: Tally[Department]
    by_severity: Tally[Severity]
    by_flow: Tally[Flow]
    by_stage: Tally[Stage]
    open_cases: int
    closed_cases: int
    on_time: tuple[OnTime, ...]
    median_handling: _dt.timedelta | None
    reopened: int
    reopen_rate: Fraction | None
    recorded_later: int = 0
    rule: str = "R-CMP-14"
    reason: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.reason:
            at = self.at
            reason = _(
                "complaint review {period}{as_of}: {total} in all, {open} open, {closed} closed",
                period=self.period.label if self.period is not None else _("all cases"),
                as_of=_(" as of {at}", at=at.isoformat(sep=" ", timespec="minutes")) if at else "",
                total=self.total,
                open=self.open_cases,
                closed=self.closed_cases,
            )
            object.__setattr__(self, "reason", reason)

    def target(self, name: str) -> OnTime:
        """The on-time figures of the target called ``name``."""
        for t in self.on_time:
            if t.target == name:
                return t
        raise InvalidInput.for_argument(
            "name",
            name,
            "is not a target of these cases; targets: "
            + (", ".join(t.target for t in self.on_time) or "none"),
        )

    def _verdict(self) -> str:
        return _("review")

    def explain(self) -> str:
        """The review as text, one figure per line (the first is ``str(self)``)."""
        rows = [
            (_("kind:"), self.by_kind.describe()),
            (_("category:"), self.by_category.describe()),
            (_("channel:"), self.by_channel.describe()),
            (_("department:"), self.by_department.describe()),
            (_("severity:"), self.by_severity.describe()),
            *((_("on time:"), t.describe()) for t in self.on_time),
        ]
        width = max(display_width(name) for name, _figure in rows) + 1
        out = [str(self), *(pad(name, width) + figure for name, figure in rows)]
        if self.median_handling is not None:
            out.append(_("median handling time: {span}", span=span(self.median_handling)))
        if self.reopen_rate is not None:
            out.append(
                _(
                    "reopened: {reopened} of {total} ({percent}%)",
                    reopened=self.reopened,
                    total=self.total,
                    percent=_percent(self.reopen_rate),
                )
            )
        if self.recorded_later:
            out.append(
                _("left out: {count} recorded after the review moment", count=self.recorded_later)
            )
        return "\n  ".join(out)


def _median(values: list[_dt.timedelta]) -> _dt.timedelta | None:
    """The median (the mean of the two middle values for an even count)."""
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _period(value: Any) -> ReviewPeriod | None:
    if value is None or isinstance(value, ReviewPeriod):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return ReviewPeriod(value[0], value[1])
    raise InvalidType.for_argument(
        "period",
        value,
        f"must be a ReviewPeriod, a (start, end) pair of dates or None, not a {type_name(value)}",
    )


def _before(recorded: _dt.datetime, moment: _dt.datetime) -> bool:
    """Whether ``recorded`` is no later than ``moment``; a moment at the edge of the
    datetime range (``datetime.max`` in a zone east of UTC) is after every record."""
    try:
        return recorded <= moment
    except OverflowError:
        return moment.year > 1


def statistics(
    cases: Iterable[Case],
    *,
    period: ReviewPeriod | tuple[_dt.date, _dt.date] | None = None,
    at: _dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> CaseStatistics:
    """The review of the cases received in ``period`` (R-CMP-14; D10 五, D14 五).

    ``period`` is a :class:`ReviewPeriod` (``ReviewPeriod.week(day)``,
    ``ReviewPeriod.month(day)``) or a ``(start, end)`` pair of dates, both included;
    ``None`` takes every case.  A case belongs to the period of the day it was received
    (in the zone of ``calendar``, default the China calendar, Asia/Shanghai).  ``at`` is
    the moment of the review: each case is taken as it stood then (:meth:`Case.as_of`);
    it defaults to the latest event of the cases reviewed.  A case of the period not yet
    recorded at ``at`` is left out and counted in ``recorded_later`` (the review could not
    have known it).

    >>> import datetime as dt
    >>> statistics([]).total, statistics([]).reopen_rate
    (0, None)
    """
    chosen_period = _period(period)
    zone = calendar_or_china(calendar).zone
    given: Any = cases
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        raise InvalidType.for_argument(
            "cases", given, f"must be a sequence of Case, not a {type_name(given)}"
        )
    selected: list[Case] = []
    for case in given:
        if not isinstance(case, Case):
            raise InvalidType.for_argument(
                "cases", case, f"must hold Case values, not a {type_name(case)}"
            )
        day = case.complaint.received_at.astimezone(zone).date()
        if chosen_period is None or day in chosen_period:
            selected.append(case)
    moment: _dt.datetime | None
    if at is not None:
        moment = require_aware("at", at)
    elif selected:
        moment = max(c.last_at for c in selected)
    else:
        moment = None
    views: list[Case] = []
    if moment is not None:
        views = [c.as_of(at=moment) for c in selected if _before(c.recorded_at, moment)]

    met: dict[str, int] = {}
    labels: dict[str, str] = {}
    breached: dict[str, int] = {}
    pending: dict[str, int] = {}
    handling: list[_dt.timedelta] = []
    for case in views:
        assert moment is not None
        for status in case.status(at=moment).targets:
            name = status.target
            labels[name] = status.label
            for key in (met, breached, pending):
                key.setdefault(name, 0)
            for cycle_state in (*(h.state for h in status.history), status.state):
                if cycle_state is State.MET:
                    met[name] += 1
                elif cycle_state is State.BREACHED:
                    breached[name] += 1
                else:
                    pending[name] += 1
        closed = case.closed_at
        if closed is not None:
            handling.append(closed - case.complaint.received_at)
    on_time = tuple(OnTime(n, met[n], breached[n], pending[n], labels[n]) for n in met)
    median = _median(handling)
    total = len(views)
    reopened = sum(1 for c in views if c.reopened)
    closed_count = sum(1 for c in views if not c.is_open)
    return CaseStatistics(
        period=chosen_period,
        at=moment,
        total=total,
        by_kind=_tally((c.kind for c in views), Kind),
        by_category=_tally((c.category for c in views), Category),
        by_channel=_tally((c.complaint.channel for c in views), Channel),
        by_department=_tally((c.department for c in views), Department),
        by_severity=_tally((c.severity for c in views), Severity),
        by_flow=_tally((c.flow for c in views), Flow),
        by_stage=_tally((c.stage for c in views), Stage),
        open_cases=total - closed_count,
        closed_cases=closed_count,
        on_time=on_time,
        median_handling=median,
        reopened=reopened,
        reopen_rate=Fraction(reopened, total) if total else None,
        recorded_later=len(selected) - total,
    )
