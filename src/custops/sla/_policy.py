"""SLA policies: targets, selection rules as data, and schedules (private)."""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from custops._text import display_width, pad
from custops._validate import field_converter, require_type, type_name
from custops.calendars import WorkCalendar, calendar_or_china
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import _, current_language
from custops.periods import Period, Unit
from custops.sla._clock import Clock, _fmt, in_zone, plain_deadline
from custops.sla._targets import (
    ATTRIBUTES,
    CaseAttribute,
    Shown,
    Target,
    conditions_text,
    english,
    find_target,
    named,
    optional_text,
    promised_periods,
    quoted,
    read_builtin,
    sequence,
    text,
    tuple_of,
)

__all__ = ["Schedule", "Selection", "SelectionRule", "SlaPolicy", "Step"]

Conditions = tuple[tuple[str, frozenset[str]], ...]
_MEMO_SIZE = 4096
_UTC = _dt.timezone.utc


def _conditions(value: Any) -> Conditions:
    if isinstance(value, tuple) and all(isinstance(p, tuple) and len(p) == 2 for p in value):
        value = dict(value)  # the stored form, as attrs.evolve and custops.serial pass it
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(
            "conditions", value, f"must map attribute -> value(s), not a {type_name(value)}"
        )
    out = []
    for attribute, wanted in value.items():
        name = text("conditions", attribute)
        single = isinstance(wanted, (str, bool, enum.Enum))
        items = (wanted,) if single else sequence(f"conditions[{name}]", wanted, "values")
        if not items:
            raise PolicyError.for_argument(
                "conditions", name, "lists no value, so the rule could never match"
            )
        if name in ATTRIBUTES:
            keys = frozenset(read_builtin(name, v) for v in items)
        else:  # a declared attribute: read by the policy that declares it
            keys = frozenset(text(f"conditions[{name}]", v) for v in items)
        out.append((name, keys))
    return tuple(sorted(out))


def _names(value: Any) -> tuple[str, ...]:
    names = tuple(text("targets", v) for v in sequence("targets", value, "target names"))
    if len(set(names)) != len(names):
        raise PolicyError.for_argument("targets", names, "names a target twice")
    return names


@attrs.frozen
class SelectionRule:
    """A rule that picks targets for a case: conditions on its attributes → target names.

    ``conditions`` maps a case attribute — ``channel``, ``kind``, ``category``,
    ``severity``, ``special`` or one the policy declares (:class:`CaseAttribute`) — to
    the value, or the values, that match; no conditions match every case.  Built-in
    values are read by the complaint enumerations' ``parse`` (电话, 热线 and ``phone``
    are one channel).  ``targets`` may be empty: the rule then says explicitly that
    such a case runs no SLA target (praise, a contact needing no action).

    >>> r = SelectionRule("phone complaint", ("reply", "resolve"),
    ...                   conditions={"kind": "complaint", "channel": ["phone", "热线"]})
    >>> r.describe()
    '渠道为电话、类型为投诉'
    >>> r.matches({"kind": "complaint", "channel": "phone"}), r.matches({"kind": "complaint"})
    (True, False)
    >>> SelectionRule("bad", ("reply",), conditions={"channel": "pigeon"})
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: channel: is not a known Channel; one of: phone (电话), ...
    """

    name: str = attrs.field(converter=field_converter(text))  # type: ignore[misc]
    targets: tuple[str, ...] = attrs.field(converter=_names)
    conditions: Conditions = attrs.field(factory=dict, converter=_conditions, kw_only=True)
    rule: str = attrs.field(default="", converter=field_converter(optional_text), kw_only=True)  # type: ignore[misc]

    def matches(self, attributes: Mapping[str, str]) -> bool:
        """Whether every condition holds for the case's attribute keys."""
        if not isinstance(attributes, Mapping):
            raise InvalidType.for_argument(
                "attributes", attributes, f"must be a mapping, not a {type_name(attributes)}"
            )
        return all(attributes.get(attribute) in keys for attribute, keys in self.conditions)

    def describe(self) -> str:
        """The conditions as one line in the active language (``channel=phone,
        kind=complaint`` or ``any case``; 渠道为电话、类型为投诉 or 任何案件)."""
        if not self.conditions:
            return _("any case")
        return conditions_text(self.conditions, {})


@attrs.frozen
class Selection(Shown):
    """Which rule of a desk matched a case, and the targets it gives.

    ``desk`` is the policy's name, ``matched`` the rule's name, ``rule`` its rule IDs,
    ``targets`` the targets (empty only when the rule says so explicitly), ``special``
    whether the longer periods apply (R-SLA-09), ``attributes`` the case's attribute
    keys as read, ``calendar`` the calendar its clocks count on (the desk's, or the
    case's own: :meth:`SlaPolicy.select` ``calendar=``), ``label`` the desk's Chinese
    name (its ``str()`` in Chinese).  ``reason`` is worded in the language active when
    the selection is made.
    """

    desk: str
    matched: str
    rule: str
    targets: tuple[Target, ...]
    special: bool
    attributes: tuple[tuple[str, str], ...]
    reason: str
    calendar: WorkCalendar = attrs.field(kw_only=True)
    label: str = attrs.field(default="", kw_only=True)

    def _verdict(self) -> str:
        return named(self.desk, self.label)

    def explain(self) -> str:
        """``str(self)``, then one line per target."""
        lines = [str(self)]
        for t in self.targets:
            lines.append(f"  {t}" + (f" [{t.rule}]" if t.rule else ""))
        return "\n".join(lines)

    def target(self, name: str) -> Target:
        """The selected target called ``name``."""
        return find_target(self.targets, name, "a selected target")

    def start(
        self, at: _dt.datetime, *, promised: Mapping[str, Period | str] | None = None
    ) -> dict[str, Clock]:
        """Start the clocks of the selected targets that begin with the case.

        Chained targets (``starts_after``) are left out: start them with
        :meth:`Clock.start_after` when their predecessor stops.  ``promised`` gives the
        promised period of targets without one (R-SLA-12).
        """
        given = promised_periods(promised)
        try:
            return {
                t.name: Clock.start(
                    at, t, calendar=self.calendar, special=self.special, promised=given.get(t.name)
                )
                for t in self.targets
                if t.starts_after is None
            }
        except InvalidInput as exc:
            if exc.argument in ("at", "promised"):
                raise
            raise InvalidInput.for_argument("at", at, exc.message) from None


@attrs.frozen
class Step:
    """One line of a :class:`Schedule`: a target, when it starts and when it is due.

    For a chained target ``start_at`` and ``due_at`` assume the predecessor stops
    exactly on its deadline, so ``due_at`` is the latest it can be; ``None`` when unknown
    (a promised period not given).
    """

    target: Target
    start_at: _dt.datetime | None
    due_at: _dt.datetime | None
    note: str


@attrs.frozen
class Schedule(Shown):
    """Every selected target's due time for a case received at ``at``.

    ``rule`` and ``reason`` are the selection's; ``explain()`` adds a line per step.
    """

    selection: Selection
    at: _dt.datetime
    steps: tuple[Step, ...]

    @property
    def rule(self) -> str:  # type: ignore[override]
        """The rule IDs of the selection."""
        return self.selection.rule

    @property
    def reason(self) -> str:  # type: ignore[override]
        """The selection's one-line reason."""
        return self.selection.reason

    def _verdict(self) -> str:
        return self.selection._verdict()

    def explain(self) -> str:
        """``str(self)``, then one line per step, in columns (the CLI prints this)."""
        en = english()
        rows = []
        for step in self.steps:
            t = step.target
            if t.period is None:
                period = _("promised per case")
            else:
                period = str(t.period_for(special=self.selection.special))
                period = f'"{period}"' if en else period
            due = _fmt(step.due_at) if step.due_at is not None else "—"
            rule = f" [{t.rule}]" if t.rule else ""
            rows.append((named(t.name, t.label), period, _("due {due}", due=due), step.note + rule))
        widths = [max((display_width(r[i]) for r in rows), default=0) for i in (0, 1)]
        lines = [str(self)]
        for name, period, due, note in rows:
            lines.append(f"  {pad(name, widths[0])}  {pad(period, widths[1])}  {due}  {note}")
        return "\n".join(line.rstrip() for line in lines)


def _optional_calendar(_i: object, _a: object, value: Any) -> None:
    if value is not None:
        require_type("calendar", value, WorkCalendar, "a WorkCalendar or None")


def _targets(value: Any) -> tuple[Target, ...]:
    return tuple_of("targets", value, Target, "Target")


def _rules(value: Any) -> tuple[SelectionRule, ...]:
    return tuple_of("rules", value, SelectionRule, "SelectionRule")


def _extra_attributes(value: Any) -> tuple[CaseAttribute, ...]:
    return tuple_of("extra_attributes", value, CaseAttribute, "CaseAttribute")


def _check_chains(targets: tuple[Target, ...], by_name: Mapping[str, Target]) -> None:
    for t in targets:
        seen = {t.name}
        after = t.starts_after
        while after is not None:
            if after not in by_name:
                raise PolicyError.for_argument(
                    "starts_after", after, f"target {t.name!r} follows an unknown target"
                )
            if after in seen:
                raise PolicyError.for_argument(
                    "starts_after", after, f"target {t.name!r} is part of a cycle"
                )
            seen.add(after)
            after = by_name[after].starts_after


def _twice(argument: str, names: list[str], what: str) -> None:
    if len(set(names)) != len(names):
        twice = next(n for n in names if names.count(n) > 1)
        raise PolicyError.for_argument(argument, twice, f"two {what} share this name")


@attrs.frozen
class SlaPolicy:
    """A desk's SLA: named targets, a calendar, and the rules that pick targets for a case.

    The seed's desks pick their periods by channel (R-SLA-05/06/07), kind (R-SLA-11/12),
    category (R-SLA-08), severity (R-CMP-07) and the special flag (R-SLA-09);
    ``extra_attributes`` declares any other attribute an application selects on
    (priority, customer tier, region, product line, store — :class:`CaseAttribute`).

    ``rules`` are evaluated in order and the first whose conditions hold wins; the
    :class:`Selection` says which.  A case no rule covers raises
    :class:`~custops.errors.PolicyError` naming the desk and the attributes — never an
    empty schedule (add a last rule without conditions for a default).  ``calendar``
    ``None`` means :func:`custops.calendars.china`.

    Built-in checks (:class:`~custops.errors.PolicyError`): target, rule and attribute
    names are unique, rules name known targets and test known attributes with accepted
    values, a chained target (``starts_after``) follows a known target without a cycle
    and is selected only together with it, and no rule follows a catch-all rule.

    >>> reply = Target("reply", "24小时", rule="R-SLA-05")
    >>> policy = SlaPolicy("desk", (reply,), (SelectionRule("phone", ("reply",),
    ...                    conditions={"channel": "phone"}),))
    >>> policy.select(channel="电话").matched
    'phone'
    >>> policy.select(channel="online")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: desk 'desk' has no rule for a case with channel=online
    """

    name: str = attrs.field(converter=field_converter(text))  # type: ignore[misc]
    targets: tuple[Target, ...] = attrs.field(converter=_targets)
    rules: tuple[SelectionRule, ...] = attrs.field(converter=_rules)
    calendar: WorkCalendar | None = attrs.field(
        default=None, validator=_optional_calendar, kw_only=True
    )
    extra_attributes: tuple[CaseAttribute, ...] = attrs.field(
        default=(), converter=_extra_attributes, kw_only=True
    )
    label: str = attrs.field(default="", converter=field_converter(optional_text), kw_only=True)  # type: ignore[misc]
    source: str = attrs.field(default="", converter=field_converter(optional_text), kw_only=True)  # type: ignore[misc]
    _readers: dict[str, Callable[[Any], str]] = attrs.field(init=False, eq=False, repr=False)
    _names: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    # each rule's targets, every chained target after its predecessor
    _orders: dict[str, tuple[Target, ...]] = attrs.field(init=False, eq=False, repr=False)
    # memos: (attribute, type, value) -> key, and the case's keys -> its selection
    _read: dict[tuple[str, type, Any], str] = attrs.field(init=False, eq=False, repr=False)
    _memo: dict[tuple[str, tuple[tuple[str, str], ...]], Selection] = attrs.field(
        init=False, eq=False, repr=False
    )
    _dues: dict[tuple[Period, _dt.date], _dt.datetime] = attrs.field(
        init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if not self.targets:
            raise PolicyError.for_argument("targets", self.targets, "must name at least one target")
        by_name = {t.name: t for t in self.targets}
        _twice("targets", [t.name for t in self.targets], "targets")
        _check_chains(self.targets, by_name)
        _twice("rules", [r.name for r in self.rules], "rules")
        _twice("extra_attributes", [a.name for a in self.extra_attributes], "attributes")
        extra = {a.name: a for a in self.extra_attributes}
        readers: dict[str, Callable[[Any], str]] = {
            name: functools.partial(read_builtin, name) for name in ATTRIBUTES
        }
        readers.update((a.name, a.read) for a in self.extra_attributes)
        known = ", ".join(readers)
        rules = []
        catch_all: str | None = None
        for r in self.rules:
            if catch_all is not None:
                raise PolicyError.for_argument(
                    "rules", r.name, f"follows the catch-all rule {catch_all!r}; it never matches"
                )
            if not r.conditions:
                catch_all = r.name
            conditions = []
            for attribute, keys in r.conditions:
                if attribute not in readers:
                    raise PolicyError.for_argument(
                        "conditions",
                        attribute,
                        f"rule {r.name!r} tests an unknown case attribute; use {known}",
                    )
                if attribute in extra:
                    try:
                        keys = frozenset(extra[attribute].read(k) for k in keys)
                    except InvalidInput as e:
                        raise PolicyError(f"rule {r.name!r}: {e}") from None
                conditions.append((attribute, keys))
            rules.append(attrs.evolve(r, conditions=dict(conditions)))
            for n in r.targets:
                if n not in by_name:
                    raise PolicyError.for_argument(
                        "rules", n, f"rule {r.name!r} names an unknown target"
                    )
                before = by_name[n].starts_after
                if before is not None and before not in r.targets:
                    raise PolicyError.for_argument(
                        "rules",
                        n,
                        f"rule {r.name!r} selects {n!r} without {before!r}, which it follows",
                    )
        object.__setattr__(self, "rules", tuple(rules))
        object.__setattr__(self, "_names", frozenset(by_name))
        orders = {r.name: _chain_order(tuple(by_name[n] for n in r.targets)) for r in rules}
        object.__setattr__(self, "_orders", orders)
        object.__setattr__(self, "_readers", readers)
        object.__setattr__(self, "_read", {})
        object.__setattr__(self, "_memo", {})
        object.__setattr__(self, "_dues", {})

    @property
    def work_calendar(self) -> WorkCalendar:
        """The calendar in use (:func:`custops.calendars.china` when ``calendar`` is None)."""
        return calendar_or_china(self.calendar)

    def target(self, name: str) -> Target:
        """The target called ``name``."""
        return find_target(self.targets, name, f"a target of {self.name!r}")

    def _keys(
        self, case: Mapping[str, Any] | None, attributes: Mapping[str, Any]
    ) -> tuple[tuple[str, str], ...]:
        if case is not None:
            if not isinstance(case, Mapping):
                raise InvalidType.for_argument(
                    "case", case, f"must be a mapping attribute -> value, not a {type_name(case)}"
                )
            attributes = {**case, **attributes}
        readers, memo = self._readers, self._read
        keys = []
        for attribute, value in attributes.items():
            if value is None:
                continue
            try:
                key = memo.get((attribute, type(value), value))
            except TypeError:  # an unhashable value: read it to get the error
                key = None
            if key is None:
                reader = readers.get(attribute)
                if reader is None:
                    raise InvalidInput.for_argument(
                        attribute, value, f"is not a case attribute; use {', '.join(readers)}"
                    )
                key = reader(value)
                if len(memo) < _MEMO_SIZE:
                    memo[(attribute, type(value), value)] = key
            keys.append((attribute, key))
        return tuple(sorted(keys))

    def select(
        self,
        case: Mapping[str, Any] | None = None,
        /,
        *,
        calendar: WorkCalendar | None = None,
        **attributes: Any,
    ) -> Selection:
        """The targets for a case with these attributes (first matching rule wins).

        ``case`` is a mapping attribute -> value and/or keyword arguments; values are
        members or any spelling their enumeration parses (``special``: a bool or yes/no);
        ``None`` values are ignored.  An unknown attribute or value is
        :class:`~custops.errors.InvalidInput` listing the accepted ones; a case no rule
        covers is :class:`~custops.errors.PolicyError`.  ``calendar`` counts this case's
        time on another calendar — the customer's zone (issue 17: the zone always comes
        from a calendar, so a per-case zone is a per-case calendar).
        """
        key = self._keys(case, attributes)
        memo = self._memo
        worded = (current_language(), key)  # a selection's reason is worded when made
        selection = memo.get(worded)
        if selection is None:
            selection = self._match(key)
            if len(memo) < _MEMO_SIZE:
                memo[worded] = selection
        if calendar is not None:
            require_type("calendar", calendar, WorkCalendar, "a WorkCalendar or None")
            selection = attrs.evolve(selection, calendar=calendar)
        return selection

    def _match(self, key: tuple[tuple[str, str], ...]) -> Selection:
        values = dict(key)
        for r in self.rules:
            if r.matches(values):
                by_name = {t.name: t for t in self.targets}
                targets = tuple(by_name[n] for n in r.targets)
                extra = {a.name: a for a in self.extra_attributes}
                return Selection(
                    desk=self.name,
                    matched=r.name,
                    rule=r.rule,
                    targets=targets,
                    special=values.get("special") == "true",
                    attributes=key,
                    reason=_(
                        "rule {rule} matches {attributes}: {targets}",
                        rule=quoted(r.name),
                        attributes=conditions_text(((a, (v,)) for a, v in key), extra)
                        or _("no attributes"),
                        targets=tuple(named(t.name, t.label) for t in targets)
                        or _("no SLA target"),
                    ),
                    calendar=self.work_calendar,
                    label=self.label,
                )
        described = ", ".join(f"{a}={v}" for a, v in key) or "no attributes"
        raise PolicyError(
            f"desk {self.name!r} has no rule for a case with {described}",
            argument="case",
            value=values,
        )

    def schedule(
        self,
        case: Mapping[str, Any] | None = None,
        /,
        *,
        at: _dt.datetime,
        calendar: WorkCalendar | None = None,
        promised: Mapping[str, Period | str] | None = None,
        **attributes: Any,
    ) -> Schedule:
        """When each selected target is due for a case received at ``at``.

        Chained targets are placed after their predecessor's deadline (the latest they
        can be due, if the predecessor stops on time).
        """
        sel = self.select(case, calendar=calendar, **attributes)
        cal = sel.calendar
        memo = self._dues if calendar is None else None
        local = in_zone("at", at, cal.zone)
        given = promised_periods(promised, self._names) if promised is not None else {}
        special = sel.special
        dues: dict[str, _dt.datetime | None] = {}
        steps: dict[str, Step] = {}
        for t in self._orders[sel.matched]:
            after = t.starts_after
            start = local if after is None else dues[after]
            if after is None:
                note = _("from receipt")
            else:
                prior = steps[after].target
                note = _("after {target} stops (latest)", target=named(prior.name, prior.label))
            promise = given.get(t.name)
            due: _dt.datetime | None = None
            if t.period is None and promise is None:
                note = _("promised to the customer case by case")
            elif start is not None:
                if promise is not None or (special and t.special_period is not None):
                    period = t.period_for(special=special, promised=promise)
                else:
                    period = t.period  # type: ignore[assignment]
                due = _due(period, start, cal, memo)
            dues[t.name] = due
            steps[t.name] = Step(target=t, start_at=start, due_at=due, note=note)
        return Schedule(selection=sel, at=local, steps=tuple(steps[t.name] for t in sel.targets))


def _chain_order(targets: tuple[Target, ...]) -> tuple[Target, ...]:
    """``targets`` with every chained target after its predecessor (no cycle: the policy
    checked)."""
    done: dict[str, Target] = {}
    pending = list(targets)
    while pending:
        t = next(x for x in pending if x.starts_after is None or x.starts_after in done)
        pending.remove(t)
        done[t.name] = t
    return tuple(done.values())


def _due(
    period: Period,
    start: _dt.datetime,
    cal: WorkCalendar,
    memo: dict[tuple[Period, _dt.date], _dt.datetime] | None,
) -> _dt.datetime:
    """The unpaused deadline of ``period`` from ``start`` (local to ``cal``), as
    :func:`custops.periods.deadline` gives it: wall time is one addition; a day-level
    deadline depends only on the start's date (arts. 201-203), so ``memo`` keeps it per
    date (a zero period begun after its day's close is the one exception)."""
    unit = period.unit
    if unit is Unit.MINUTES or unit is Unit.HOURS:
        try:
            return (start.astimezone(_UTC) + period.as_timedelta()).astimezone(cal.zone)
        except OverflowError:
            pass  # plain_deadline names the argument
    elif memo is not None and unit is not Unit.WORKING_HOURS:
        day = start.date()
        due = memo.get((period, day))
        if due is None:
            midnight = _dt.datetime.combine(day, _dt.time(0), start.tzinfo)
            due = plain_deadline(period, midnight, cal)
            if len(memo) < _MEMO_SIZE:
                memo[(period, day)] = due
        if due >= start:
            return due
    return plain_deadline(period, start, cal)
