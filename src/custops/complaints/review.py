"""The weekly or monthly review of complaint cases (R-CMP-14; D10 五, D14 五): counts by
class, on-time rates, the median handling time and the reopen rate (R-CMP-08)."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Iterator
from fractions import Fraction
from statistics import median
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from custops._dates import MIDNIGHT, DayRange, month_end
from custops._enums import member_check
from custops._text import block, display_width, joined, moment_text, month_text, pad, percent, span
from custops._validate import (
    BOOL,
    DATE,
    LABEL,
    by_name,
    field_converter,
    fitted_call,
    instance_check,
    of_part,
    optional_check,
    require_date,
    require_int,
    require_items,
    require_label,
    require_pair,
    require_wall_time,
    utc,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.complaints.case import Case
from custops.complaints.flow import Flow, Stage
from custops.complaints.model import Category, Channel, Department, HandlingClass, Kind, Severity
from custops.decisions import W_, Explained, Wording, kept_wording
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType
from custops.i18n import _, available_languages, language
from custops.sla import State
from custops.sla._targets import named

__all__ = ["CaseStatistics", "OnTime", "ReviewPeriod", "Tally", "statistics"]

K = TypeVar("K")


@attrs.frozen
class ReviewPeriod(DayRange):
    """A range of days, both ends included (``day in period``): the week or month under review.

    ``label`` names it in a review's reason: trimmed, one line (a control character is
    refused); empty, blank or ``None``: ``start..end``.

    >>> import datetime as dt
    >>> p = ReviewPeriod.month(on=dt.date(2026, 2, 14))
    >>> p.start, p.end, p.label
    (datetime.date(2026, 2, 1), datetime.date(2026, 2, 28), '2026-02')
    """

    start: _dt.date = attrs.field(converter=DATE)
    end: _dt.date = attrs.field(converter=DATE)
    label: str = attrs.field(default="", kw_only=True, converter=LABEL)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()  # the range's own check: no end before the start
        if not self.label:
            object.__setattr__(self, "label", f"{self.start}..{self.end}")

    @classmethod
    @fitted_call
    def week(cls, *, on: _dt.date) -> ReviewPeriod:
        """The ISO week (Monday to Sunday) that holds the day ``on`` (the weekly meeting)."""
        d = require_date("on", on)
        monday = d - _dt.timedelta(days=d.weekday())
        year, number, _ = d.isocalendar()
        if monday > _dt.date.max - _dt.timedelta(days=6):
            raise InvalidInput.for_argument("on", on, "its week runs past date.max")
        return cls(monday, monday + _dt.timedelta(days=6), label=f"{year}-W{number:02d}")

    @classmethod
    @fitted_call
    def month(cls, *, on: _dt.date) -> ReviewPeriod:
        """The calendar month that holds the day ``on`` (the monthly meeting)."""
        d = require_date("on", on)
        return cls(d.replace(day=1), month_end(d), label=month_text(d))


@attrs.frozen
class Tally(Generic[K]):
    """Counts by key, in a fixed order; the key ``None`` counts cases not yet known.

    A read-only mapping of key to count, as :class:`collections.Counter` is: ``tally[key]``
    is 0 for a key never seen; iterating gives the keys counted, in order; ``len()`` their
    number; ``key in tally`` whether it was counted; :attr:`count` is the sum.  Where the
    keys are members of an enumeration, a key may be any spelling its ``parse`` reads
    (``by_kind["consultation"]``, ``by_kind["咨询"]``); another is refused, whether or
    not the tally holds a member yet (``key_enum`` is that enumeration; ``None``: the
    enumeration of the members it holds, and keys of another type are looked up as they
    are); given, every key counted is one of its members or ``None``.

    >>> t = Tally((("a", 2), (None, 1)))
    >>> list(t), len(t), "a" in t, t["a"], t["b"], "b" in t, t.count
    (['a', None], 2, True, 2, 0, False, 3)
    """

    counts: tuple[tuple[K | None, int], ...]
    key_enum: type[LabelledEnum] | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        cls = self.key_enum
        if isinstance(cls, type):  # the keys are its members (None: not yet known)
            stray = [k for k, _n in self.counts if k is not None and not isinstance(k, cls)]
            if stray:
                problem = f"holds keys that are not {cls.__name__} members: {stray!r}"
                raise InvalidInput.for_argument("counts", self.counts, problem)

    def __getitem__(self, key: K | str | None) -> int:
        key = self._key(key)
        return next((n for k, n in self.counts if k == key), 0)

    def _key(self, key: Any) -> Any:
        """``key`` as the tally holds it: ``None``, or a member of its enumeration, or a
        spelling of one read (anything else refused, naming ``key``)."""
        cls = self.key_enum
        if cls is None:  # built by hand: the enumeration of the members it holds, if any
            members = (k for k, _n in self.counts if isinstance(k, LabelledEnum))
            cls = next((type(k) for k in members), None)
        if cls is None or key is None or isinstance(key, cls):
            return key
        return cls.parse(key, argument="key")

    def __iter__(self) -> Iterator[K | None]:
        return (k for k, _n in self.counts)

    def __len__(self) -> int:
        return len(self.counts)

    def __contains__(self, key: object) -> bool:
        key = self._key(key)
        return any(k == key for k, _n in self.counts)

    @property
    def count(self) -> int:
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
        return joined(parts, strong=True) or _("none")


def _tally(keys: Iterable[K | None], order: type[K]) -> Tally[K]:
    seen = Counter(keys)
    counts = tuple((k, seen[k]) for k in (*order, None) if k in seen)  # type: ignore[misc]
    return Tally(counts, key_enum=order)  # type: ignore[arg-type]


def _day_end(argument: str, value: Any) -> str:
    """One end of day of ``OnTime.day_ends``: a time of day (``"18:00"``, a
    ``datetime.time``; ``"24:00"`` the end of the calendar day), as ``HH:MM``."""
    return _wall_text(require_wall_time(argument, value, end=True))


def _times(value: Iterable[str | _dt.time] | str | _dt.time) -> tuple[str, ...]:
    """``OnTime.day_ends``: the times of day, a tuple in the order given; a lone ``str``
    (or ``datetime.time``) is one time (``"18:00"``), never its characters; anything else
    is refused, naming ``day_ends`` (:class:`~custops.errors.InvalidType` for what is no
    sequence of times, :class:`~custops.errors.InvalidInput` for a text that is no time of
    day; ``"00:00"`` is the end of the day, ``"24:00"``).

    >>> _times("18:00"), _times(["17:30", " 24:00 "])
    (('18:00',), ('17:30', '24:00'))
    """
    if isinstance(value, (str, _dt.time)):
        return (_day_end("day_ends", value),)
    return require_items(
        "day_ends", value, "a sequence of times of day 'HH:MM'", each=_day_end, ordered=True
    )


def _forwarded_pair(argument: str, value: Any) -> tuple[str, int]:
    """One ``(forwarded_by, count)`` pair of ``CaseStatistics.by_forwarded_by``: a label
    and a count of at least 1."""
    name, count = require_pair(argument, value, "(forwarded_by, count)")
    return require_label(argument, name), require_int(argument, count, low=1)


def _forwarder_pairs(argument: str, value: Any) -> tuple[tuple[str, int], ...]:
    """``CaseStatistics.by_forwarded_by``: ``(forwarded_by, count)`` pairs, refused naming
    the field."""
    what = "a sequence of (forwarded_by, count) pairs"
    return require_items(argument, value, what, each=_forwarded_pair, ordered=True)


def _department_name(argument: str, value: Any) -> tuple[str, Department]:
    """One ``(name, department)`` pair of ``CaseStatistics.department_names``: a company's
    own department name (a label) and the seed's :class:`Department` it maps to."""
    name, chosen = require_pair(argument, value, "(name, department)")
    return require_label(argument, name), _department(argument, chosen)


_department = member_check(Department)


def _department_pairs(argument: str, value: Any) -> tuple[tuple[str, Department], ...]:
    """``CaseStatistics.department_names``: ``(name, department)`` pairs, kept once each
    in the order of the names, refused naming the field."""
    what = "a sequence of (name, department) pairs"
    pairs = require_items(argument, value, what, each=_department_name, ordered=True)
    return tuple(sorted(set(pairs), key=lambda pair: (pair[0], pair[1].value)))


if TYPE_CHECKING:

    def _FORWARDERS(value: Any) -> tuple[tuple[str, int], ...]: ...  # noqa: N802

    def _DEPARTMENT_NAMES(value: Any) -> tuple[tuple[str, Department], ...]: ...  # noqa: N802

else:
    _FORWARDERS = field_converter(_forwarder_pairs, takes="Iterable[tuple[str, int]]")
    _DEPARTMENT_NAMES = field_converter(_department_pairs, takes="Iterable[tuple[str, Department]]")


@attrs.frozen
class OnTime:
    """One SLA target across the cases: cycles met, missed (breached, or not reached: a
    clock a case's closing ended without its step) and still pending.

    Every cycle counts (a reopened case is timed again).  ``target_name`` is the target's
    name, ``label`` its words; ``met_count``, ``missed_count`` and ``pending_count`` count
    cycles; ``day_ends`` the local times its deadlines in days fell at, the end of the
    day the rate was judged by (``"18:00"``: the close of business, ``"24:00"``: the end of
    the calendar day, R-SLA-09 with Civil Code art. 203), empty for a period in hours, in
    the zone of the desk's calendar that counted them (an Urumqi desk's 18:00 is its
    own); a lone ``str`` is one time, and what is no time of day ``HH:MM`` is refused,
    naming ``day_ends``.
    """

    target_name: str
    met_count: int
    missed_count: int
    pending_count: int
    label: str = ""
    day_ends: tuple[str, ...] = attrs.field(default=(), converter=_times)

    @property
    def decided_count(self) -> int:
        """Cycles met or missed."""
        return self.met_count + self.missed_count

    @property
    def on_time_rate(self) -> Fraction | None:
        """The on-time rate, exact; ``None`` when nothing is decided."""
        return Fraction(self.met_count, self.decided_count) if self.decided_count else None

    def describe(self) -> str:
        """``resolve (deadline days end at 18:00): 3/4 on time (75%), 1 pending``
        (``处理完毕（期限日截至 18:00）：…`` in Chinese): the end of day the deadlines in days
        used is said (R-SLA-09)."""
        target = named(self.target_name, self.label)
        if self.day_ends:
            times = "/".join(self.day_ends)
            target = _("{target} (deadline days end at {times})", target=target, times=times)
        if self.on_time_rate is None:
            text = _("{target}: no decided cycle", target=target)
        else:
            text = _(
                "{target}: {met}/{decided} on time ({percent})",
                target=target,
                met=self.met_count,
                decided=self.decided_count,
                percent=percent(self.on_time_rate),
            )
        pending = self.pending_count
        return text + (_(", {count} pending", count=pending) if pending else "")


#: A review's handling classes before any was counted (a stored review without them).
_NO_HANDLING: Tally[HandlingClass] = Tally((), key_enum=HandlingClass)

#: The enumeration each tally of a review counts by.
_TALLIES: dict[str, type[LabelledEnum]] = {
    "by_kind": Kind,
    "by_category": Category,
    "by_channel": Channel,
    "by_department": Department,
    "by_severity": Severity,
    "by_flow": Flow,
    "by_stage": Stage,
    "by_handling": HandlingClass,
}


@kept_wording
@attrs.frozen
class CaseStatistics(Explained):
    """The review of the cases received in ``review_period``, as known at ``at`` (R-CMP-14).

    ``case_count`` is the number of cases reviewed; each ``by_…`` tally adds up to it except
    ``by_severity``, which counts only the complaints and the cases not yet classified
    (under ``None``): only a complaint has a severity (R-CMP-07), so praise, consultations,
    suggestions and contacts with nothing to handle are counted by kind, not by severity;
    ``median_handling`` is receipt to closing, wall time, of the closed cases (``None`` if
    none); ``reopened_count`` counts the cases handled again and ``reopen_rate`` =
    reopened_count / case_count (``None`` without cases);
    ``recorded_later_count`` the cases of the period not yet recorded at ``at``, left out;
    ``by_handling`` counts the cases by how they are handled (:class:`HandlingClass`,
    R-CMP-09; D10 二 3.1–3.4), beside ``by_category``, only those whose class the case
    shows: a complaint about staff or service (服务质量) that is not established is the
    customer's own problem or misunderstanding, explained to the customer (R-CMP-05; D10
    二 3.4, D14 四(三)); a product-quality complaint not established is answered by the
    quality department (D10 二 3.1) and counted under its category only.  Every
    misunderstanding is a 服务质量 case, so D10's four classes are the categories 产品质量
    (3.1), 退换货 (3.2) and 服务质量 less the misunderstandings (3.3, never negative), and
    the misunderstandings (3.4).
    ``provisional`` says whether the on-time figures rest on a provisional deadline: a
    counted target whose status at ``at`` is provisional (a calendar year without its
    published holiday notice: statutory holidays and their make-up days only, no 调休
    guessed), so a rate may change once the notice is typed in; ``explain()`` says so, and
    a stored review keeps it (R-SLA-09, the deadlines' own ``provisional``).
    ``by_forwarded_by`` counts the forwarded cases by who forwarded them, as recorded
    (``Complaint.forwarded_by``: 12300转办, 12315, 工信部申诉 …), ``(forwarded_by, count)``
    pairs, the most frequent first (then by name): the forwarded cases ``by_channel``
    counts under ``forwarded`` alone, a regulator complaints count (R-CMP-07) among them.
    ``department_names`` holds the company's own department names of the reviewed cases'
    desks (``CasePolicy.department_names``: ``(name, department)`` pairs, in the order of
    the names): ``by_department`` counts by the seed's :class:`Department` each maps to,
    and ``explain()`` names a department by the company's names mapped to it, several
    joined with ``/`` (two of the company's departments mapped to one seed department
    are counted together, and the line says which), the seed's label where none is.
    The reason, unless given, is the review's summary, worded when read.
    """

    review_period: ReviewPeriod | None
    at: _dt.datetime | None
    case_count: int
    by_kind: Tally[Kind]
    by_category: Tally[Category]
    by_channel: Tally[Channel]
    by_department: Tally[Department]
    by_severity: Tally[Severity]
    by_flow: Tally[Flow]
    by_stage: Tally[Stage]
    open_count: int
    closed_count: int
    on_time: tuple[OnTime, ...]
    median_handling: _dt.timedelta | None
    reopened_count: int
    reopen_rate: Fraction | None
    recorded_later_count: int = 0
    by_handling: Tally[HandlingClass] = _NO_HANDLING
    provisional: bool = attrs.field(default=False, converter=BOOL)
    by_forwarded_by: tuple[tuple[str, int], ...] = attrs.field(default=(), converter=_FORWARDERS)
    department_names: tuple[tuple[str, Department], ...] = attrs.field(
        default=(), converter=_DEPARTMENT_NAMES
    )
    rule: str = "R-CMP-14"
    said: str | Wording = attrs.field(default="", alias="reason")
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        for name, cls in _TALLIES.items():  # a stored review names each tally's enumeration
            tally = getattr(self, name)
            if tally.key_enum not in (None, cls):
                used = getattr(tally.key_enum, "__name__", tally.key_enum)
                problem = f"must count by {cls.__name__}, not by {used}"
                raise InvalidInput.for_argument(name, tally, problem)
        said = self.said
        # no reason given, or the summary as custops worded it in one of its languages (a
        # review stored before its summary was kept as facts): the summary, worded when read
        if not said or (type(said) is str and said in self._summaries()):
            object.__setattr__(self, "said", self._summary())

    def _summary(self) -> Wording:
        """The review's one-line summary, kept as facts and worded when read."""
        return W_(
            "case review {period}{as_of}: {total} in all, {open} open, {closed} closed",
            period=self.review_period.label if self.review_period else W_("all cases"),
            as_of=W_(" as of {at}", at=moment_text(self.at)) if self.at else "",
            total=self.case_count,
            open=self.open_count,
            closed=self.closed_count,
        )

    def _summaries(self) -> set[str]:
        """The summary as worded in each language of the catalogues."""
        summary, worded = self._summary(), set()
        for code in available_languages():
            with language(code):
                worded.add(str(summary))
        return worded

    def on_time_for(self, name: str) -> OnTime:
        """The on-time figures of the target called ``name``."""
        problem = "is not a target of these cases; targets: "
        return by_name(self.on_time, name, lambda t: t.target_name, problem)

    def _verdict(self) -> str:
        # statistics are no yes/no answer (and have no outcome): headed with what they are
        return _("review")

    def _handling_figure(self) -> str:
        """The handling classes' line: the counts, or why there are none (R-CMP-09: only a
        service-quality complaint found not established shows its class)."""
        if self.by_handling.counts:
            return self.by_handling.describe()
        return _(
            "none (a case shows its handling class only as a service-quality complaint "
            "found not established: the customer's misunderstanding)"
        )

    def department_name(self, department: Department | None) -> str:
        """How the review names ``department`` (R-CMP-14): the company's own names mapped
        to it (``department_names``), joined with ``/`` when several are (counted
        together), else its words in the active language (:attr:`Department.words`);
        ``None``: not yet known.

        >>> import attrs
        >>> review = attrs.evolve(statistics([]), department_names=[("地面服务部", "营销办"),
        ...     ("客舱服务部", "售后服务部"), ("行李服务部", "售后服务部")])
        >>> review.department_name(Department.AFTER_SALES), review.department_name("质量部")
        ('客舱服务部/行李服务部', '质量部')
        """
        if department is None:
            return _("not yet known")
        shown = self._department_key(_department("department", department))
        return shown if isinstance(shown, str) else shown.words

    def _department_key(self, department: Department) -> Department | str:
        """``department`` as the review names it: the company's own names mapped to it,
        joined with ``/``, or the member itself (shown as the language shows members)."""
        names = [name for name, mapped in self.department_names if mapped is department]
        return "/".join(names) if names else department

    def _department_figure(self) -> str:
        """The department line (R-CMP-14): each department named as the company names it."""
        parts = [
            _(
                "{key} {count}",
                key=_("not yet known") if key is None else self._department_key(key),
                count=n,
            )
            for key, n in self.by_department.counts
        ]
        return joined(parts, strong=True) or _("none")

    def explain(self) -> str:
        """The review as text, one figure per line (the first is ``str(self)``); a handling
        line with no class says why (R-CMP-09); a department is named by the company's own
        names mapped to it (:meth:`department_name`)."""
        rows = [
            (_("kind:"), self.by_kind.describe()),
            (_("category:"), self.by_category.describe()),
            (_("handling:"), self._handling_figure()),
            (_("channel:"), self.by_channel.describe()),
            (_("department:"), self._department_figure()),
            (_("severity:"), self.by_severity.describe()),
            *((_("on time:"), t.describe()) for t in self.on_time),
        ]
        width = max(display_width(name) for name, _figure in rows) + 1
        out = [pad(name, width) + figure for name, figure in rows]
        if self.median_handling is not None:
            out.append(_("median handling time: {span}", span=span(self.median_handling)))
        if self.reopen_rate is not None:
            out.append(
                _(
                    "reopened: {reopened} of {total} ({percent})",
                    reopened=self.reopened_count,
                    total=self.case_count,
                    percent=percent(self.reopen_rate),
                )
            )
        if self.by_forwarded_by:
            # each name quoted by itself in English, its count outside the quotes
            forwarders = joined(
                (_("{key} {count}", key=name, count=n) for name, n in self.by_forwarded_by),
                strong=True,
            )
            out.append(_("forwarded by: {forwarders}", forwarders=forwarders))
        if self.provisional:
            out.append(
                _(
                    "provisional: the on-time figures rest on deadlines of a provisional"
                    " calendar (no published holiday notice, no make-up working days guessed)"
                    " and may change"
                )
            )
        if self.recorded_later_count:
            out.append(
                _(
                    "left out: {count} recorded after the review moment",
                    count=self.recorded_later_count,
                )
            )
        return block(str(self), out)


#: The kinds a case counted by severity may have: a complaint, or not yet classified.
_MAY_COMPLAIN = (Kind.COMPLAINT, None)


def _period(argument: str, value: Any) -> ReviewPeriod | None:
    if isinstance(value, tuple) and len(value) == 2:
        try:
            return ReviewPeriod(*value)
        except (InvalidInput, InvalidType) as exc:  # the pair given, named as the caller's
            raise of_part(exc, argument, value) from None
    what = "a ReviewPeriod, a (start, end) pair of dates or None"
    return optional_check(instance_check(ReviewPeriod, what))(argument, value)


@fitted_call
def statistics(
    cases: Iterable[Case],
    *,
    review_period: ReviewPeriod | tuple[_dt.date, _dt.date] | None = None,
    at: _dt.datetime | None = None,
    calendar: WorkCalendar | None = None,
) -> CaseStatistics:
    """The review of the cases received in ``review_period`` (R-CMP-14; D10 五, D14 五).

    ``review_period`` is a :class:`ReviewPeriod` or a ``(start, end)`` pair of dates, both
    included (``None``: every case); a case belongs to the day it was received in the zone
    of ``calendar`` (default: China's).  ``at`` is the moment of the review (default: the
    latest event), kept and shown in the calendar's zone whatever the zone given, as a
    case's status shows its moment: each case is taken as it stood then (:meth:`Case.as_of`).

    >>> import datetime as dt
    >>> statistics([]).case_count, statistics([]).reopen_rate
    (0, None)
    """
    chosen_period = _period("review_period", review_period)
    cal = calendar_or_china(calendar)
    given_cases = require_items("cases", cases, "a sequence of Case", holding=Case)
    _refuse_versions(given_cases)
    selected: list[Case] = []
    for case in given_cases:
        day = cal.to_local(case.complaint.received_at).date()
        if chosen_period is None or day in chosen_period:
            selected.append(case)
    latest = max((c.last_event_at for c in selected), default=None)
    given = latest if at is None else at
    # kept (and shown) in the calendar's zone, as a case's status keeps its moment
    moment = None if given is None else cal.to_local(given)
    views: list[Case] = []
    if moment is not None:
        views = [c.as_of(at=moment) for c in selected if utc(c.recorded_at) <= utc(moment)]
    cycles: dict[str, Counter[State]] = {}
    day_ends: dict[str, set[str]] = {}
    places: dict[str, tuple[int, str]] = {}  # a target's place and label
    provisional = False
    for case in views:
        assert moment is not None
        desk = case.policy.sla_policy.calendar
        for place, status in enumerate(case.status(at=moment).statuses):
            provisional = provisional or status.provisional  # R-SLA-09: may still change
            name = status.target_name
            # a target's place: its first place in a desk's list of targets; its label the
            # one at that place (the first in order of labels where desks differ)
            places[name] = min(places.get(name, (place, status.label)), (place, status.label))
            counts = cycles.setdefault(name, Counter())
            counts.update(h.state for h in status.history)  # every cycle counts
            counts[status.state] += 1
            ends = day_ends.setdefault(name, set())
            for period, due_at in (
                *((h.period, h.unpaused_due_at or h.due_at) for h in status.history),
                (status.period, status.unpaused_due_at or status.due_at),
            ):
                if period is not None and not period.unit.is_time_level:
                    # the end of day of the deadline as first counted (a pause moves a
                    # deadline by the working time it stood still, to any hour: 15:00 is
                    # no end of the desk's day), in the zone of the desk's calendar that
                    # counted it (an Urumqi desk's 18:00 is its own), not the review's
                    ends.add(_day_end_text(desk.to_local(due_at)))
    on_time: list[OnTime] = []
    # the targets in the same order whatever the order of the cases: a desk's own order
    for name in sorted(cycles, key=lambda target: (places[target][0], target)):
        counts = cycles[name]
        # a clock ended by closing without its step is not on time (docs/cases.md)
        met, missed = counts[State.MET], counts[State.BREACHED] + counts[State.NOT_REACHED]
        pending = counts.total() - met - missed
        times = tuple(sorted(day_ends[name]))
        on_time.append(OnTime(name, met, missed, pending, places[name][1], day_ends=times))
    handling = [c.closed_at - c.complaint.received_at for c in views if c.closed_at is not None]
    # the median of timedeltas (median needs only + and /; its stub asks for numbers)
    middle: _dt.timedelta | None = median(handling) if handling else None  # type: ignore[type-var]
    total = len(views)
    reopened = sum(1 for c in views if c.reopen_count)
    closed_count = sum(1 for c in views if not c.is_open)
    return CaseStatistics(
        review_period=chosen_period,
        at=moment,
        case_count=total,
        by_kind=_tally((c.kind for c in views), Kind),
        by_category=_tally((c.category for c in views), Category),
        by_channel=_tally((c.complaint.channel for c in views), Channel),
        by_department=_tally((c.department for c in views), Department),
        by_severity=_tally((c.severity for c in views if c.kind in _MAY_COMPLAIN), Severity),
        by_flow=_tally((c.flow for c in views), Flow),
        by_stage=_tally((c.stage for c in views), Stage),
        open_count=total - closed_count,
        closed_count=closed_count,
        on_time=tuple(on_time),
        median_handling=middle,
        reopened_count=reopened,
        reopen_rate=Fraction(reopened, total) if total else None,
        recorded_later_count=len(selected) - total,
        by_handling=_tally(filter(None, map(_handling_class, views)), HandlingClass),
        provisional=provisional,
        by_forwarded_by=_forwarders(c.complaint.forwarded_by for c in views),
        department_names=tuple({pair for c in views for pair in c.policy.department_names}),
    )


def _refuse_versions(cases: tuple[Case, ...]) -> None:
    """Refuse, naming the later one's place in ``cases``, a case given again: the same
    case, or another version of it (R-CMP-14), which a review would count twice.  Two
    versions of one case hold the same complaint, opened on the same desk by the same
    event, and the events of one are the first events of the other (a case kept before and
    after a step).  The same complaint opened on two desks or at two moments is two cases,
    and so are two cases that went different ways from one opening (alternatives a test
    builds): neither is an earlier state of the other."""
    openings: dict[tuple[object, ...], list[int]] = {}
    for place, case in enumerate(cases):
        openings.setdefault((case.complaint, case.policy, case.events[0]), []).append(place)
    for places in openings.values():
        for number, later in enumerate(places[1:], start=1):
            for earlier in places[:number]:
                one, other = sorted((cases[earlier].events, cases[later].events), key=len)
                if other[: len(one)] == one:
                    problem = (
                        f"is a version of the case at cases[{earlier}] (the same complaint and "
                        "desk, the events of one the first events of the other): a review "
                        "counts each case once; pass its latest version alone (the review "
                        "takes it as it stood at `at`)"
                    )
                    complaint = cases[later].complaint
                    raise InvalidInput.for_argument(f"cases[{later}]", complaint, problem)


def _forwarders(names: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Who forwarded the cases (R-CMP-07), each with its count, the most frequent first
    (then by name); a case no one forwarded is not counted."""
    counts = Counter(name for name in names if name)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _day_end_text(due_at: _dt.datetime) -> str:
    """The time of day a deadline in days ends at, ``HH:MM`` (midnight: ``24:00``)."""
    return _wall_text(due_at.time())


def _wall_text(wall: _dt.time) -> str:
    """``wall`` as an end of day, ``HH:MM`` (midnight: ``24:00``)."""
    return "24:00" if wall == MIDNIGHT else wall.strftime("%H:%M")


def _handling_class(case: Case) -> HandlingClass | None:
    """How the case is handled, where it shows it (R-CMP-09): a complaint about staff or
    service (服务质量) that is not established is the customer's own problem or
    misunderstanding, explained (R-CMP-05; D10 二 3.4 客户对工作人员误解, D14 四(三)
    属于客户自身问题或误解); a product's quality or another category not established is
    no misunderstanding of staff, and shows no handling class."""
    if case.flow is Flow.NOT_ESTABLISHED and case.category is Category.SERVICE_QUALITY:
        return HandlingClass.CUSTOMER_MISUNDERSTANDING
    return None
