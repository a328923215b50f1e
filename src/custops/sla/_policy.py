"""SLA policies: targets, selection rules as data, and schedules (private)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from custops._text import pad
from custops._validate import require_aware, require_str, require_type, type_name
from custops.calendars import WorkCalendar, calendar_or_china
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.periods import Period
from custops.sla._clock import Clock, _fmt, base_of
from custops.sla._targets import (
    ATTRIBUTES,
    Target,
    find_target,
    label_text,
    name_text,
    normalise_value,
    promised_periods,
    rule_text,
    stripped,
    tuple_of,
)

__all__ = ["Schedule", "Selection", "SelectionRule", "SlaPolicy", "Step"]

Conditions = tuple[tuple[str, frozenset[str]], ...]


def _conditions(value: Any) -> Conditions:
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(
            "when", value, f"must be a mapping attribute -> value(s), not a {type_name(value)}"
        )
    out = []
    for attribute, wanted in value.items():
        if attribute not in ATTRIBUTES:
            raise PolicyError.for_argument(
                "when",
                attribute,
                "tests an unknown case attribute; use " + ", ".join(ATTRIBUTES),
            )
        items = (
            (wanted,)
            if isinstance(wanted, (str, bool)) or not isinstance(wanted, Iterable)
            else tuple(wanted)
        )
        if not items:
            raise PolicyError.for_argument(
                "when", attribute, "lists no value, so the rule could never match"
            )
        out.append((attribute, frozenset(normalise_value(attribute, v) for v in items)))
    return tuple(sorted(out))


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "targets", value, f"must be a sequence of target names, not a {type_name(value)}"
        )
    names = tuple(require_str("targets", v).strip() for v in value)
    if len(set(names)) != len(names):
        raise PolicyError.for_argument("targets", names, "names a target twice")
    return names


@attrs.frozen
class SelectionRule:
    """A rule that picks targets for a case: conditions on its attributes → target names.

    ``when`` maps a case attribute (``channel``, ``kind``, ``category``, ``severity``,
    ``special``) to the value, or the values, that match; an empty ``when`` matches
    every case.  Values are compared after :func:`normalise_value` (enum members by
    name, Chinese labels as their English names).  An unknown attribute is a
    :class:`~custops.errors.PolicyError`.

    >>> r = SelectionRule("phone complaint", ("reply", "resolve"),
    ...                   when={"kind": "complaint", "channel": ["phone", "电话"]})
    >>> r.conditions
    {'channel': ('phone',), 'kind': ('complaint',)}
    >>> r.matches({"kind": "complaint", "channel": "phone"}), r.matches({"kind": "complaint"})
    (True, False)
    >>> SelectionRule("bad", ("reply",), when={"colour": "red"})
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: when: tests an unknown case attribute; use channel, kind, \
category, severity, special (got 'colour')
    """

    name: str = attrs.field(converter=name_text)
    targets: tuple[str, ...] = attrs.field(converter=_names)
    when: Conditions = attrs.field(factory=dict, converter=_conditions, kw_only=True)
    rule: str = attrs.field(default="", converter=rule_text, kw_only=True)

    @property
    def conditions(self) -> dict[str, tuple[str, ...]]:
        """The conditions as a plain mapping attribute -> sorted accepted values."""
        return {attribute: tuple(sorted(values)) for attribute, values in self.when}

    def matches(self, attributes: Mapping[str, str]) -> bool:
        """Whether every condition holds for the (normalised) case ``attributes``."""
        if not isinstance(attributes, Mapping):
            raise InvalidType.for_argument(
                "attributes", attributes, f"must be a mapping, not a {type_name(attributes)}"
            )
        return all(attributes.get(attribute) in values for attribute, values in self.when)

    def describe(self) -> str:
        """The conditions as text (``channel=phone, kind=complaint`` or ``any case``)."""
        if not self.when:
            return "any case"
        return ", ".join(f"{a}={'/'.join(sorted(v))}" for a, v in self.when)


@attrs.frozen
class Selection:
    """Which rule of a policy matched a case, and the targets it gives.

    ``matched`` is the name of the rule (``None`` when no rule matched — then
    ``targets`` is empty and ``reason`` says so); ``rule`` its rule IDs; ``special``
    whether the case is special (R-SLA-09: the longer periods apply).
    """

    policy: str
    matched: str | None
    rule: str
    targets: tuple[Target, ...]
    special: bool
    attributes: tuple[tuple[str, str], ...]
    calendar: WorkCalendar
    reason: str

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
        clocks = {}
        for t in self.targets:
            if t.starts_after is None:
                clocks[t.name] = Clock.start(
                    t, at, self.calendar, special=self.special, promised=given.get(t.name)
                )
        return clocks


@attrs.frozen
class Step:
    """One line of a :class:`Schedule`: a target, when it starts and when it is due.

    For a chained target ``start`` and ``due`` assume the predecessor stops exactly on
    its deadline, so ``due`` is the latest it can be; ``None`` when unknown (a promised
    period not given).
    """

    target: Target
    start: _dt.datetime | None
    due: _dt.datetime | None
    note: str


@attrs.frozen
class Schedule:
    """Every selected target's due time for a case received at ``at``."""

    selection: Selection
    at: _dt.datetime
    steps: tuple[Step, ...]

    def lines(self) -> tuple[str, ...]:
        """The schedule as text, one line per step (the CLI prints these)."""
        sel = self.selection
        head = (
            f"{sel.policy}: rule {sel.matched!r} [{sel.rule}]"
            if sel.matched is not None
            else f"{sel.policy}: {sel.reason}"
        )
        out = [head]
        for step in self.steps:
            t = step.target
            due = _fmt(step.due) if step.due is not None else "—"
            period = "promised" if t.period is None else str(t.period_for(special=sel.special))
            rule = f" [{t.rule}]" if t.rule else ""
            out.append(
                f"  {pad(t.name, 14)} {pad(period, 10)} due {due}  {step.note}{rule}".rstrip()
            )
        return tuple(out)


def _source(value: Any) -> str:
    return stripped("source", value, nonempty=False)


def _targets(value: Any) -> tuple[Target, ...]:
    return tuple_of("targets", value, Target, "Target")


def _rules(value: Any) -> tuple[SelectionRule, ...]:
    return tuple_of("rules", value, SelectionRule, "SelectionRule")


def _optional_calendar(_i: object, _a: object, value: Any) -> None:
    if value is not None:
        require_type("calendar", value, WorkCalendar, "a WorkCalendar or None")


@attrs.frozen
class SlaPolicy:
    """A desk's SLA: named targets, a calendar, and the rules that pick targets for a case.

    The seed's desks pick their periods by channel (R-SLA-05/06/07), kind (R-SLA-11/12),
    category (R-SLA-08), severity (R-CMP-07) and the special flag (R-SLA-09).

    ``rules`` are evaluated in order and the first whose conditions hold wins; the
    :class:`Selection` says which.  When none matches, the selection is empty and says
    so (add a last rule with an empty ``when`` for a default).  ``calendar`` ``None``
    means :func:`custops.calendars.china`.

    Built-in checks (:class:`~custops.errors.PolicyError`): target and rule names are
    unique, rules name known targets, a chained target (``starts_after``) follows a
    known target without a cycle and is selected only together with it, and no rule
    follows a catch-all rule (it could never match).

    >>> reply = Target("reply", "24小时", rule="R-SLA-05")
    >>> policy = SlaPolicy("desk", (reply,), (SelectionRule("phone", ("reply",),
    ...                    when={"channel": "phone"}),))
    >>> policy.select(channel="电话").matched
    'phone'
    >>> print(policy.select(channel="online").reason)
    no rule of policy 'desk' matches channel=online
    """

    name: str = attrs.field(converter=name_text)
    targets: tuple[Target, ...] = attrs.field(converter=_targets)
    rules: tuple[SelectionRule, ...] = attrs.field(converter=_rules)
    calendar: WorkCalendar | None = attrs.field(
        default=None, validator=_optional_calendar, kw_only=True
    )
    label: str = attrs.field(default="", converter=label_text, kw_only=True)
    source: str = attrs.field(default="", converter=_source, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.targets:
            raise PolicyError.for_argument("targets", self.targets, "must name at least one target")
        names = [t.name for t in self.targets]
        by_name = {t.name: t for t in self.targets}
        if len(by_name) != len(names):
            twice = next(n for n in names if names.count(n) > 1)
            raise PolicyError.for_argument("targets", twice, "two targets share this name")
        for t in self.targets:
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
        rule_names = [r.name for r in self.rules]
        if len(set(rule_names)) != len(rule_names):
            twice = next(n for n in rule_names if rule_names.count(n) > 1)
            raise PolicyError.for_argument("rules", twice, "two rules share this name")
        catch_all: str | None = None
        for r in self.rules:
            if catch_all is not None:
                raise PolicyError.for_argument(
                    "rules", r.name, f"follows the catch-all rule {catch_all!r}; it never matches"
                )
            if not r.when:
                catch_all = r.name
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

    @property
    def work_calendar(self) -> WorkCalendar:
        """The calendar in use (:func:`custops.calendars.china` when ``calendar`` is None)."""
        return calendar_or_china(self.calendar)

    def target(self, name: str) -> Target:
        """The target called ``name``."""
        return find_target(self.targets, name, f"a target of {self.name!r}")

    def select(self, case: Mapping[str, Any] | None = None, /, **attributes: Any) -> Selection:
        """The targets for a case with these attributes (first matching rule wins).

        ``case`` is a mapping attribute -> value and/or keyword arguments; values are
        ``str``, enum members or ``bool`` (``special``); ``None`` values are ignored.
        An attribute name the engine does not know is refused (a typo must not
        silently match nothing).
        """
        merged: dict[str, Any] = {}
        if case is not None:
            if not isinstance(case, Mapping):
                raise InvalidType.for_argument(
                    "case", case, f"must be a mapping attribute -> value, not a {type_name(case)}"
                )
            merged.update(case)
        merged.update(attributes)
        values: dict[str, str] = {}
        for attribute, value in merged.items():
            if attribute not in ATTRIBUTES:
                raise InvalidInput.for_argument(
                    attribute, value, "is not a case attribute; use " + ", ".join(ATTRIBUTES)
                )
            if value is not None:
                values[attribute] = normalise_value(attribute, value)
        special_text = values.get("special", "false")
        if special_text not in ("true", "false"):
            raise InvalidInput.for_argument(
                "special", merged.get("special"), "must be a bool (or yes/no, 是/否)"
            )
        special = special_text == "true"
        shown = tuple(sorted(values.items()))
        described = ", ".join(f"{a}={v}" for a, v in shown) or "no attributes"
        cal = self.work_calendar
        for r in self.rules:
            if r.matches(values):
                by_name = {t.name: t for t in self.targets}
                targets = tuple(by_name[n] for n in r.targets)
                return Selection(
                    policy=self.name,
                    matched=r.name,
                    rule=r.rule,
                    targets=targets,
                    special=special,
                    attributes=shown,
                    calendar=cal,
                    reason=f"rule {r.name!r} ({r.describe()}) matches {described}",
                )
        return Selection(
            policy=self.name,
            matched=None,
            rule="",
            targets=(),
            special=special,
            attributes=shown,
            calendar=cal,
            reason=f"no rule of policy {self.name!r} matches {described}",
        )

    def schedule(
        self,
        at: _dt.datetime,
        case: Mapping[str, Any] | None = None,
        /,
        *,
        promised: Mapping[str, Period | str] | None = None,
        **attributes: Any,
    ) -> Schedule:
        """When each selected target is due for a case received at ``at``.

        Chained targets are placed after their predecessor's deadline (the latest they
        can be due, if the predecessor stops on time).
        """
        moment = require_aware("at", at)
        sel = self.select(case, **attributes)
        cal = sel.calendar
        local = cal.to_local(moment)
        given = promised_periods(promised, (t.name for t in self.targets))
        dues: dict[str, _dt.datetime | None] = {}
        steps = []
        pending = list(sel.targets)
        while pending:  # predecessors first (the policy guarantees no cycle)
            t = next(x for x in pending if x.starts_after is None or x.starts_after in dues)
            pending.remove(t)
            start: _dt.datetime | None
            if t.starts_after is None:
                start, note = local, "from receipt"
            else:
                start = dues[t.starts_after]
                note = f"after {t.starts_after} stops (latest)"
            period = given.get(t.name)
            if t.period is None and period is None:
                due = None
                note = "promised to the customer case by case"
            elif start is None:
                due = None
            else:
                p = t.period_for(special=sel.special, promised=period)
                due = base_of(p, start, cal).due
            dues[t.name] = due
            steps.append(Step(target=t, start=start, due=due, note=note))
        order = {t.name: i for i, t in enumerate(sel.targets)}
        steps.sort(key=lambda s: order[s.target.name])
        return Schedule(selection=sel, at=local, steps=tuple(steps))
