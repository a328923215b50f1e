"""SLA policies: targets, selection rules as data, schedules, and the deadlines of many
cases at once (private)."""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import operator
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, overload

import attrs

from custops._dates import MIDNIGHT
from custops._enums import lone_or_items
from custops._text import block, count_repr, display_width, english, moment_text, pad, word_list
from custops._validate import (
    LABEL,
    OPTIONAL_TEXT,
    QUOTED,
    by_name,
    entry,
    fitted_call,
    is_arrow,
    is_missing,
    pairs_mapping,
    range_error,
    require_aware,
    require_bool,
    require_distinct,
    require_items,
    require_label,
    require_name,
    require_pairs,
    require_rule_id,
    require_type,
    retyped,
    rows_by_label,
    series_type,
    stripped_text,
    utc,
)
from custops.calendars import WorkCalendar, calendar_or_china
from custops.decisions import W_, Explained, Wording, check_said, kept_wording, worded_term
from custops.errors import CustopsError, InvalidInput, InvalidType, PolicyError
from custops.i18n import _, current_language, language
from custops.periods import Period, Unit, deadline, period_text, zone_note
from custops.sla._clock import Clock, plain_deadline
from custops.sla._targets import (
    ATTRIBUTES,
    GENERAL_RULE,
    RULE_IDS,
    CaseAttribute,
    Target,
    calendar_day_end,
    conditions_text,
    day_end,
    ends_at_midnight,
    named,
    no_period,
    promise_problem,
    quoted,
    read_builtin,
    read_promised_periods,
    special_for,
    tuple_field,
)

__all__ = ["Schedule", "Selection", "SelectionRule", "SlaPolicy", "Step", "due", "due_many"]

Conditions = tuple[tuple[str, frozenset[str]], ...]
Keys = tuple[tuple[str, str], ...]
_MEMO_SIZE = 4096
_name = operator.attrgetter("name")


def _conditions(value: Any) -> Conditions:
    # a mapping, or its pairs (a list or a tuple: the stored form, as attrs.evolve and
    # custops.serial pass it); a refusal of a value names its entry as the caller wrote it
    # (conditions['channel'], conditions['channel'][1]) and shows the value as given
    given = pairs_mapping(
        "conditions",
        value,
        "a mapping attribute -> value(s)",
        "(attribute, value(s))",
        error=PolicyError,
    )
    out = []
    for attribute, wanted in given.items():
        name = stripped_text("conditions", attribute)
        argument = entry("conditions", attribute)
        lone = (str, bool, enum.Enum)
        values = lone_or_items(argument, wanted, "a sequence of values", *lone)
        if not values:
            problem = "lists no value, so the rule could never match"
            raise PolicyError.for_argument(argument, wanted, problem)
        lone_value = isinstance(wanted, lone)  # one value: named as the entry itself
        named = [(argument if lone_value else f"{argument}[{i}]", v) for i, v in enumerate(values)]
        if name in ATTRIBUTES:
            keys = frozenset(read_builtin(name, v, argument=a) for a, v in named)
        else:  # a declared attribute: read by the policy that declares it
            keys = frozenset(require_name(a, v) for a, v in named)
        out.append((name, keys))
    return tuple(sorted(out))


def _rule_key(attribute: str, value: Any) -> str:
    """The key a rule tests for ``value`` of ``attribute`` (one the rule tests): a built-in
    attribute's read as :meth:`SlaPolicy.select` reads it (its enumeration's ``parse``,
    yes/no for ``special``: a member, any spelling, a ``bool``; an unknown value or a wrong
    type refused, naming the attribute as :meth:`SlaPolicy.select` does), a declared one's
    as the name it is (trimmed; a refusal names ``attributes['priority']``)."""
    if attribute in ATTRIBUTES:
        return read_builtin(attribute, value)
    return require_name(entry("attributes", attribute), value)


def _one_value_each(keys: Iterable[tuple[str, str]]) -> Keys:
    """The attribute keys read, sorted, each attribute once: one given twice must name one
    value (two spellings of it are fine); two values are refused, never one silently
    winning (docs/sla.md)."""
    unique = tuple(sorted(set(keys)))
    problem = "gives an attribute a second value; give it once"  # shown: (attribute, value)
    require_distinct("attributes", unique, problem, twice=True, keys=[a for a, _ in unique])
    return unique


def _names(value: Any) -> tuple[str, ...]:
    argument = "target_names"
    names = require_items(argument, value, "a sequence of names", each=require_label)
    require_distinct(argument, names, "names a target twice", error=PolicyError)
    return names


def _twice(argument: str, names: tuple[str, ...], what: str) -> None:
    problem = f"two {what} share this name"
    require_distinct(argument, names, problem, twice=True, error=PolicyError)


if TYPE_CHECKING:
    from numpy.typing import NDArray

    def _CONDITIONS(  # noqa: N802
        value: Mapping[str, object] | Sequence[tuple[str, object]],
    ) -> Conditions: ...
    def _TARGET_NAMES(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802

else:
    _CONDITIONS = retyped(_conditions, "Mapping[str, object] | Sequence[tuple[str, object]]")
    _TARGET_NAMES = retyped(_names, "Iterable[str]")


@attrs.frozen
class SelectionRule:
    """A rule that picks targets for a case: conditions on its attributes → target names.

    ``conditions`` maps a case attribute (built-in, or a :class:`CaseAttribute`) to the
    value or values that match, read by the enumerations' ``parse``; none match every
    case.  Empty ``target_names`` say that such a case runs no SLA target (praise).
    ``rule`` is the rule ID the selection implements, ``rule_ids`` every rule ID it
    stands on, ``rule`` first (either may be given; ``rule`` alone gives ``(rule,)``, and
    ``rule_ids`` alone its first as ``rule``); both empty: the selected targets' rules.
    ``label`` is the rule's name in Chinese, shown in Chinese texts (the ``name`` stays its
    key, shown in English; without a label a Chinese text quotes the name).

    >>> r = SelectionRule("phone complaint", ("reply", "resolve"),
    ...                   conditions={"kind": "complaint", "channel": ["phone", "热线"]},
    ...                   rule_ids=("R-SLA-05", "R-SLA-09"), label="电话投诉")
    >>> phone = {"kind": "complaint", "channel": "phone"}
    >>> r.applies_to(phone), r.applies_to({"kind": "complaint"})
    (True, False)
    >>> r.applies_to((("channel", "phone"), ("kind", "complaint")))
    True
    >>> r.rule, r.rule_ids
    ('R-SLA-05', ('R-SLA-05', 'R-SLA-09'))
    """

    name: str = attrs.field(converter=QUOTED)
    target_names: tuple[str, ...] = attrs.field(converter=_TARGET_NAMES)
    conditions: Conditions = attrs.field(default=(), converter=_CONDITIONS, kw_only=True)
    rule: str = attrs.field(default="", kw_only=True)
    rule_ids: tuple[str, ...] = attrs.field(default=(), converter=RULE_IDS, kw_only=True)
    label: str = attrs.field(default="", converter=LABEL, kw_only=True)

    def __attrs_post_init__(self) -> None:
        ids = self.rule_ids
        if self.rule == "" and ids:
            object.__setattr__(self, "rule", ids[0])
            return
        if self.rule == "":
            return
        primary = require_rule_id("rule", self.rule)
        object.__setattr__(self, "rule", primary)
        if not ids:
            object.__setattr__(self, "rule_ids", (primary,))
        elif ids[0] != primary:
            raise PolicyError.for_argument(
                "rule", primary, f"must be the first of rule_ids {', '.join(ids)}"
            )

    def applies_to(self, attributes: Mapping[str, object] | Iterable[tuple[str, object]]) -> bool:
        """Whether the rule applies to a case: every condition holds for its attributes
        (a mapping attribute -> value, or its pairs, as ``Selection.attributes`` holds them).
        A built-in attribute's value is read as :meth:`SlaPolicy.select` reads it (a member
        or any spelling its enumeration parses, a ``bool`` or yes/no for ``special``; an
        unknown value or a wrong type is refused), a declared attribute's is its key;
        ``None`` is not given, and one attribute given twice with two values is refused.
        A key the rule does not test is ignored, whatever its value (a rule alone does not
        know the desk's declared attributes: :meth:`SlaPolicy.select` refuses an unknown
        one).

        A bare ``bool``, not a decision: the rule's own test of a case, which
        :meth:`SlaPolicy.select` asks of each rule in turn; the explained answer is the
        :class:`Selection` (CONTRIBUTING, "Documented exceptions": "Rule as data")."""
        pairs = require_pairs("attributes", attributes, pair="(attribute, value)")
        tested = tuple(attribute for attribute, _keys in self.conditions)
        # None: not given; a key the rule does not test is ignored (a ticket row's id)
        read = ((a, _rule_key(a, v)) for a, v in pairs if v is not None and a in tested)
        found = dict(_one_value_each(read))
        return all(found.get(attribute) in keys for attribute, keys in self.conditions)

    def describe(self) -> str:
        """The conditions as one line in the active language (``channel=phone,
        kind=complaint`` or ``any case``; 渠道为电话、类型为投诉 or 任何案件)."""
        if not self.conditions:
            return _("any case")
        return conditions_text(self.conditions, {})


def _rules_line(ids: tuple[str, ...]) -> list[str]:
    """The last line of an explanation that stands on several rules: all their IDs."""
    if len(ids) < 2:
        return []
    return [_("rules: {rules}", rules=word_list(ids))]


def _in_each_language(word: Callable[..., str], *arguments: Any) -> Wording:
    """A name or a phrase of names (a rule's, a target's, the attributes of a case), as
    ``word`` writes it in each language of the catalogues, kept as a term to be worded
    when read."""
    with language("zh_CN"):
        chinese = word(*arguments)
    with language("en_US"):
        english_words = word(*arguments)
    return worded_term(chinese, english_words)


@kept_wording
@attrs.frozen
class Selection(Explained):
    """Which rule of a desk matched a case (``matched_rule``, the name of the
    :class:`SelectionRule`; ``matched_label``, its Chinese label), and the targets it
    gives; ``rule`` is its primary rule ID and ``rule_ids`` every rule ID it stands on
    (the selection rule's, else its targets' rules, else the general flow R-CMP-06);
    ``special``: the longer periods apply (R-SLA-09).  It keeps the facts of its
    ``reason`` (a :class:`~custops.decisions.Wording`: the rule's, the attributes' and the
    targets' names as each language writes them) and words it when read, in the language
    active then; a ``reason`` given as text is kept as given."""

    desk: str
    matched_rule: str
    rule: str
    rule_ids: tuple[str, ...]
    targets: tuple[Target, ...]
    special: bool
    attributes: Keys
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    calendar: WorkCalendar = attrs.field(kw_only=True)
    label: str = attrs.field(default="", kw_only=True)
    matched_label: str = attrs.field(default="", kw_only=True)
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def _verdict(self) -> str:
        return named(self.desk, self.label)

    def explain(self) -> str:
        """``str(self)``, then one line per target, then every rule ID when there are
        several."""
        rows = [f"{t} [{t.rule}]" for t in self.targets]
        return block(str(self), [*rows, *_rules_line(self.rule_ids)])

    def target_named(self, name: str) -> Target:
        """The selected target called ``name``."""
        return by_name(self.targets, name, _name, "is not a selected target; one of ")

    @fitted_call
    def start_clocks(
        self, *, at: _dt.datetime, promised_periods: Mapping[str, Period | str] | None = None
    ) -> dict[str, Clock]:
        """New clocks, started ``at``, of the selected targets that begin with the case
        (chained ones wait: :meth:`Clock.start_after`), by target name; ``promised_periods``:
        periods of targets without one (R-SLA-12), by the names of selected targets: another
        name is refused, a target of the desk that this selection did not pick included
        (:meth:`SlaPolicy.schedule`, which selects for the caller, refuses only a name that
        is no target of the desk).  The selection itself is unchanged."""
        given = read_promised_periods(promised_periods, (t.name for t in self.targets))
        clocks = {}
        for t in self.targets:
            if t.starts_after is not None:
                continue
            promise = given.get(t.name)
            try:
                clocks[t.name] = Clock.start(
                    at,
                    t,
                    calendar=self.calendar,
                    special=special_for(t, self.special),
                    promised=promise,
                )
            except InvalidInput as exc:
                if exc.argument == "at":
                    raise
                if exc.argument == "promised":
                    raise _promise_error(exc, t, promised_periods) from None
                # counting from the start failed: the caller's `at`, the problem once
                raise InvalidInput.for_argument("at", at, exc.problem) from None
        for t in self.targets:
            bound = t.limited_by
            if bound is not None and t.name in clocks and bound in clocks:
                due = clocks[t.name].status(at=at).due_at
                problem = promise_problem(
                    t, due, self.target_named(bound), clocks[bound].status(at=at).due_at
                )
                if problem is not None:
                    argument = entry("promised_periods", t.name)
                    raise InvalidInput.for_argument(argument, given[t.name], problem)
        return clocks


def _promise_error(exc: InvalidInput, target: Target, promised_periods: Any) -> CustopsError:
    """A refusal of the period promised for ``target`` (``exc``, on ``promised``), on the
    caller's ``promised_periods``: its item for the target when one was given, else the
    mapping itself, which lacks it."""
    name = target.name
    if isinstance(promised_periods, Mapping) and promised_periods.get(name) is not None:
        argument = entry("promised_periods", name)
        return InvalidInput.for_argument(argument, promised_periods[name], exc.problem)
    give = f"promised_periods={{{name!r}: …}}"
    return InvalidInput.for_argument("promised_periods", promised_periods, no_period(name, give))


@attrs.frozen
class Step:
    """One line of a :class:`Schedule`: a target, when its clock starts (``started_at``, as
    :attr:`Clock.started_at <custops.sla.Clock.started_at>` names it) and when it is due
    (for a chained target, the latest: its predecessor stops on its deadline).  ``due_at``
    is ``None`` in one case only: the target is promised to the customer case by case
    (R-SLA-12) and :meth:`SlaPolicy.schedule` was given no ``promised_periods`` for it; a
    target chained after such a step has no ``started_at`` nor ``due_at`` either.
    :meth:`require_due_at` is ``due_at`` typed as a ``datetime``, refusing that case
    (naming ``promised_periods``); ``provisional`` whether the due time counts
    working time through a year whose holiday arrangement is not published (as
    :attr:`Status.provisional <custops.sla.Status.provisional>`: wall time alone never is),
    or, for a chained target, starts at a provisional due time.  ``note`` (when the clock
    starts) is kept as its message (a :class:`~custops.decisions.Wording`) and worded when
    read; a note given as text is kept as given."""

    target: Target
    started_at: _dt.datetime | None
    due_at: _dt.datetime | None
    said_note: str | Wording = attrs.field(alias="note", repr=False)
    provisional: bool = False

    @property
    def note(self) -> str:
        """When the clock starts, in the active language."""
        return str(self.said_note)

    def require_due_at(self) -> _dt.datetime:
        """``due_at``, which a type checker reads as a ``datetime``: every step of a
        schedule has one but a target promised case by case whose period was not given
        (R-SLA-12), and a target chained after it; that step is refused, naming
        ``promised_periods``, the argument of :meth:`SlaPolicy.schedule` that gives it.

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> from custops.sla import presets
        >>> at = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> reply, resolve = presets.TOBACCO.schedule(received_at=at, kind="suggestion").steps
        >>> resolve.require_due_at().isoformat()
        '2025-10-11T18:00:00+08:00'
        >>> reply.require_due_at()
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: promised_periods: target 'promised_reply' has no period of its own (R-SLA-12: the deadline is promised case by case); give promised_periods={'promised_reply': …} to SlaPolicy.schedule (got None)
        """  # noqa: E501
        if self.due_at is not None:
            return self.due_at
        name = self.target.name if self.target.period is None else self.target.starts_after
        give = f"promised_periods={{{name!r}: …}} to SlaPolicy.schedule"
        problem = no_period(str(name), give)
        if name != self.target.name:
            after = f"target {self.target.name!r} starts after a step without a due time"
            problem = f"{after}: {problem}"
        raise InvalidInput.for_argument("promised_periods", None, problem)

    def __repr__(self) -> str:
        return (
            f"Step(target={self.target!r}, started_at={self.started_at!r}, "
            f"due_at={self.due_at!r}, note={self.note!r}, provisional={self.provisional!r})"
        )


@attrs.frozen
class Schedule(Explained):
    """Every selected target's due time for a case received at ``received_at`` (``rule``,
    ``rule_ids`` and ``reason`` are the selection's).

    ``received_at`` is in the calendar's zone (house rule 3: the zone comes from the
    calendar).  ``zone_note`` says so when the case was received in a named zone other
    than the calendar's (``Asia/Hong_Kong`` on the mainland calendar): the instant read in
    the calendar's zone, and the calendar whose days were counted (R-PER-01); ``None``
    otherwise.  ``explain()`` shows it under the steps."""

    selection: Selection
    received_at: _dt.datetime
    steps: tuple[Step, ...]
    said_zone_note: str | Wording | None = attrs.field(
        default=None, alias="zone_note", repr=False, kw_only=True
    )

    @property
    def zone_note(self) -> str | None:
        """How the receipt was read when given in another zone, in the active language."""
        note = self.said_zone_note
        return None if note is None else str(note)

    @property
    def rule(self) -> str:  # type: ignore[override]
        """The primary rule ID of the selection."""
        return self.selection.rule

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Every rule ID of the selection."""
        return self.selection.rule_ids

    @property
    def reason(self) -> str:  # type: ignore[override]
        """The selection's one-line reason."""
        return self.selection.reason

    @property
    def provisional(self) -> bool:
        """Whether a due time is provisional: exactly when one of the steps is (R-SLA-01,
        docs/rules.md §1: a provisional year is never silently treated as final)."""
        return any(step.provisional for step in self.steps)

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
                chosen = t.period_for(special=special_for(t, self.selection.special))
                period = chosen.english_words if en else str(chosen)
                if t.calendar_days or ends_at_midnight(t, chosen):  # 24:00, not the close
                    period = _("{period} to 24:00", period=period)
            due = moment_text(step.due_at) if step.due_at is not None else "—"
            if step.provisional:
                due += _(", provisional calendar")
            note = f"{step.note} [{t.rule}]"
            rows.append((named(t.name, t.label), period, _("due {due}", due=due), note))
        widths = [max((display_width(r[i]) for r in rows), default=0) for i in (0, 1)]
        lines = [
            f"{pad(name, widths[0])}  {pad(period, widths[1])}  {due}  {note}".rstrip()
            for name, period, due, note in rows
        ]
        zone = [] if self.zone_note is None else [self.zone_note]
        return block(str(self), [*lines, *zone, *_rules_line(self.rule_ids)])


def _check_chains(by_name: Mapping[str, Target]) -> None:
    for t in by_name.values():
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


def _chain_order(targets: tuple[Target, ...]) -> tuple[Target, ...]:
    """``targets`` with every chained target after its predecessor."""
    done: dict[str, Target] = {}
    pending = list(targets)
    while pending:
        t = next(x for x in pending if x.starts_after is None or x.starts_after in done)
        pending.remove(t)
        done[t.name] = t
    return tuple(done.values())


#: The kinds of contact never special (R-SLA-09, R-SLA-11; as ``Case.classify`` reads them):
#: a consultation's bound is its 24 hours (D14 四(一)); praise and a contact with nothing to
#: handle are not handled.
_NEVER_SPECIAL: Final = frozenset({"consultation", "praise", "no_action"})


def _special_clauses(source: str) -> str:
    """The rules a refusal of a special consultation or praise cites, of the desk's own
    document (``source``): the special period of R-SLA-09 is D10 三's on the winery's desk
    and D14 四(四)'s on the tobacco desk, where a consultation's bound is its 24 hours
    (R-SLA-11, D14 四(一)); another desk's refusal cites the rule alone, never another
    company's clause."""
    if source == "D14":
        return (
            "(R-SLA-09, D14 art. 4(4)); a consultation's bound is its 24 hours "
            "(R-SLA-11, D14 art. 4(1))"
        )
    if source == "D10":
        return "(R-SLA-09, D10 art. 3)"
    return "(R-SLA-09)"


if TYPE_CHECKING:

    def _CASE_ATTRIBUTES(  # noqa: N802
        value: Iterable[CaseAttribute],
    ) -> tuple[CaseAttribute, ...]: ...
    def _SELECTION_RULES(  # noqa: N802
        value: Iterable[SelectionRule],
    ) -> tuple[SelectionRule, ...]: ...
    def _TARGETS(value: Iterable[Target]) -> tuple[Target, ...]: ...  # noqa: N802

else:
    _CASE_ATTRIBUTES = tuple_field(CaseAttribute)
    _SELECTION_RULES = tuple_field(SelectionRule)
    _TARGETS = tuple_field(Target)


@attrs.frozen
class SlaPolicy:
    """A desk's SLA: named targets, a calendar, and the rules that pick targets for a case.

    The seed's desks pick their periods by channel (R-SLA-05/06/07), kind (R-SLA-11/12),
    category (R-SLA-08), severity (R-CMP-07) and the special flag (R-SLA-09);
    ``extra_attributes`` declares any other attribute (:class:`CaseAttribute`).  The
    first of the ``rules`` whose conditions hold wins; a case no rule covers raises
    :class:`~custops.errors.PolicyError`, never an empty schedule.  A policy that
    contradicts itself (docs/sla.md) is a :class:`~custops.errors.PolicyError` too.
    ``calendar`` is the desk's calendar (``None``: :func:`custops.calendars.china`); a
    call's ``calendar=`` (:meth:`select`, :meth:`schedule`) counts one case on another,
    such as the customer's zone (issue 17), and ``None`` there means this one.

    >>> reply = Target("reply", "24小时", rule="R-SLA-05")
    >>> policy = SlaPolicy("desk", (reply,), (SelectionRule("phone", ("reply",),
    ...                    conditions={"channel": "phone"}),))
    >>> policy.select(channel="电话").matched_rule
    'phone'
    """

    name: str = attrs.field(converter=QUOTED)  # a reason may name the desk
    targets: tuple[Target, ...] = attrs.field(converter=_TARGETS, repr=count_repr)
    rules: tuple[SelectionRule, ...] = attrs.field(converter=_SELECTION_RULES, repr=count_repr)
    calendar: WorkCalendar = attrs.field(default=None, converter=calendar_or_china, kw_only=True)
    extra_attributes: tuple[CaseAttribute, ...] = attrs.field(
        default=(),
        converter=_CASE_ATTRIBUTES,
        kw_only=True,
    )
    label: str = attrs.field(default="", converter=LABEL, kw_only=True)
    source: str = attrs.field(default="", converter=OPTIONAL_TEXT, kw_only=True)
    _readers: dict[str, Callable[[Any], str]] = attrs.field(init=False, eq=False, repr=False)
    # each rule's targets, every chained target after its predecessor
    _orders: dict[str, tuple[Target, ...]] = attrs.field(init=False, eq=False, repr=False)
    # memos: (attribute, type, value) -> key, the case's keys -> its selection, and the
    # unpaused day-level deadline per (period, start date)
    _read: dict[tuple[str, type, Any], str] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    _memo: dict[tuple[str, Keys], Selection] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    _dues: dict[tuple[Period, _dt.date], _dt.datetime] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if not self.targets:
            raise PolicyError.for_argument("targets", self.targets, "must name at least one target")
        by_name = {t.name: t for t in self.targets}
        _twice("targets", tuple(t.name for t in self.targets), "targets")
        _check_chains(by_name)
        _twice("rules", tuple(r.name for r in self.rules), "rules")
        _twice("extra_attributes", tuple(a.name for a in self.extra_attributes), "attributes")
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
            conditions = {}
            for attribute, keys in r.conditions:
                if attribute not in readers:
                    raise PolicyError.for_argument(
                        "conditions",
                        attribute,
                        f"rule {r.name!r} tests an unknown case attribute; use {known}",
                    )
                if attribute in extra:  # a declared attribute's values: read by its declaration
                    try:
                        keys = frozenset(extra[attribute].read(k) for k in keys)
                    except InvalidInput as e:
                        argument, problem = (
                            entry("conditions", attribute),
                            f"rule {r.name!r}: {e.problem}",
                        )
                        raise PolicyError.for_argument(argument, e.value, problem) from None
                conditions[attribute] = keys
            rules.append(attrs.evolve(r, conditions=conditions))
            for n in r.target_names:
                if n not in by_name:
                    raise PolicyError.for_argument(
                        "rules", n, f"rule {r.name!r} names an unknown target"
                    )
                bound = by_name[n].limited_by
                if bound is not None and (bound not in by_name or by_name[bound].period is None):
                    problem = f"target {n!r} is limited by {bound!r}, no target with a period"
                    raise PolicyError.for_argument("limited_by", bound, problem)
                if bound is not None and bound not in r.target_names:
                    problem = f"rule {r.name!r} selects {n!r} without {bound!r}, which limits it"
                    raise PolicyError.for_argument("rules", n, problem)
                before = by_name[n].starts_after
                if before is not None and before not in r.target_names:
                    raise PolicyError.for_argument(
                        "rules",
                        n,
                        f"rule {r.name!r} selects {n!r} without {before!r}, which it follows",
                    )
        object.__setattr__(self, "rules", tuple(rules))
        orders = {r.name: _chain_order(tuple(by_name[n] for n in r.target_names)) for r in rules}
        object.__setattr__(self, "_orders", orders)
        object.__setattr__(self, "_readers", readers)

    @property
    def special_applies(self) -> bool:
        """Whether the special flag changes anything on this desk (R-SLA-09): a target has a
        special period, or a rule reads the flag; else :meth:`select` refuses
        ``special=True``.

        >>> from custops.sla import presets
        >>> presets.WINERY.special_applies, presets.DEALER.special_applies
        (True, False)
        """
        return any(t.special_period is not None for t in self.targets) or any(
            a == "special" for r in self.rules for a, _keys in r.conditions
        )

    def target_named(self, name: str) -> Target:
        """The target called ``name``."""
        return by_name(self.targets, name, _name, f"is not a target of {self.name!r}; one of ")

    def _keys(
        self,
        attributes: Mapping[str, object] | Iterable[tuple[str, object]] | None,
        keywords: Mapping[str, Any],
    ) -> tuple[Keys, Iterable[tuple[str, Any]]]:
        """The keys of the attributes given, and the attributes as given (pairs; ``None``
        is not given), which a refusal shows."""
        values: Iterable[tuple[str, Any]] = keywords.items()
        if attributes is not None:
            row = list(require_pairs("attributes", attributes, pair="(attribute, value)"))
            given = {a: v for a, v in keywords.items() if v is not None}
            for attribute, value in row:
                if attribute in given:
                    self._refuse_twice(attribute, value, given[attribute])
            values = [*((a, v) for a, v in row if a not in given), *given.items()]
        readers, memo = self._readers, self._read
        keys = []
        for attribute, value in values:
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
                        attribute,
                        value,
                        f"is not one of the case attributes of desk {self.name!r}; it reads only "
                        f"{', '.join(readers)} (pass only these: an unknown key is refused, "
                        "not ignored, as a misspelt one would change the rule chosen)",
                    )
                key = reader(value)
                if len(memo) < _MEMO_SIZE:
                    memo[(attribute, type(value), value)] = key
            keys.append((attribute, key))
        return _one_value_each(keys), values

    def _refuse_twice(self, attribute: str, in_case: Any, keyword: Any) -> None:
        """An attribute both in the ``attributes`` given and as a keyword must name one value
        (two spellings of it are fine); two values are refused rather
        than one silently winning."""
        if in_case is None:
            return
        reader = self._readers.get(attribute)
        if reader is not None and reader(in_case) == reader(keyword):
            return
        raise InvalidInput.for_argument(
            attribute,
            keyword,
            f"given twice: {in_case!r} in attributes and this value as a keyword; give it once",
        )

    @fitted_call
    def select(
        self,
        attributes: Mapping[str, object] | Iterable[tuple[str, object]] | None = None,
        /,
        *,
        calendar: WorkCalendar | None = None,
        **keywords: Any,
    ) -> Selection:
        """The targets for a case with these attributes (first matching rule wins).

        ``attributes`` maps attribute -> value (a ticket row), or is its pairs (a
        ``Selection.attributes``), and/or keyword arguments give them: a member or any
        spelling its enumeration parses, ``None`` ignored; an unknown attribute or value is
        :class:`~custops.errors.InvalidInput` (a ticket row's other keys are refused, not
        ignored: a misspelt attribute would change the rule chosen), and so is an
        attribute given in ``attributes`` and as a keyword with two values (docs/sla.md).
        ``calendar`` counts this case on another calendar (the customer's zone, issue 17).
        """
        key, given = self._keys(attributes, keywords)
        memo = self._memo
        worded = (current_language(), key)  # a selection's reason is worded when made
        selection = memo.get(worded)
        if selection is None:
            selection = self._match(key, given)
            if len(memo) < _MEMO_SIZE:
                memo[worded] = selection
        if calendar is not None:
            selection = attrs.evolve(selection, calendar=calendar_or_china(calendar))
        return selection

    def _refuse_missing(self, values: Mapping[str, str], described: str) -> None:
        """Refuse a case that a rule would match once an attribute it reads is given: the
        missing attribute most of the rules that could match read (the first rule's first
        on a tie: ``channel`` before the ``category`` only some read), with the values
        those rules take for it."""
        open_rules = [
            r
            for r in self.rules
            if all(values[a] in keys for a, keys in r.conditions if a in values)
            and any(a not in values for a, _keys in r.conditions)
        ]
        if not open_rules:
            return
        missing = [a for r in open_rules for a, _keys in r.conditions if a not in values]
        attribute = max(dict.fromkeys(missing), key=missing.count)  # (max keeps the first)
        taken = dict.fromkeys(
            k
            for r in open_rules
            for a, keys in r.conditions
            if a == attribute
            for k in sorted(keys)
        )
        raise InvalidInput.for_argument(
            attribute,
            None,
            f"desk {self.name!r} reads the {attribute} of a case with {described}, and none "
            f"was given; pass {attribute}=… (its rules take {', '.join(taken)})",
        )

    def _match(self, key: Keys, given: Iterable[tuple[str, Any]]) -> Selection:
        """The selection of the case whose attributes read ``key``.  No rule matching it
        is the caller's missing input when a rule would match once an attribute it reads is
        given (:class:`InvalidInput` naming that attribute: a desk whose rules read the
        channel needs ``channel=``), else a :class:`PolicyError` showing the attributes as
        ``given`` (not as read): the desk has no rule for such a case."""
        values = dict(key)
        rule = next((r for r in self.rules if r.applies_to(values)), None)
        if rule is None:
            described = ", ".join(f"{a}={v}" for a, v in key) or "no attributes"
            self._refuse_missing(values, described)
            read = sorted({a for r in self.rules for a, _values in r.conditions})
            raise PolicyError.for_argument(
                "attributes",
                {a: v for a, v in given if v is not None},
                f"desk {self.name!r} has no rule for a case with {described}; "
                f"its rules read {', '.join(read) or 'none'}",
            )
        if values.get("special") == "true" and not self.special_applies:
            # (R-SLA-09) no longer period and no rule reading the flag: it would change nothing
            raise InvalidInput.for_argument(
                "special",
                next((v for a, v in given if a == "special"), True),
                f"desk {self.name!r} has no special period (no target has special_period) "
                "and no rule reads special, so a special case is handled as any other",
            )
        kind = values.get("kind")
        if values.get("special") == "true" and kind in _NEVER_SPECIAL:
            # (R-SLA-09, R-SLA-11) as Case.classify refuses it: one answer for one question
            raise InvalidInput.for_argument(
                "special",
                next((v for a, v in given if a == "special"), True),
                f"only a complaint or a suggestion has it, not a {kind}: a special case "
                f"gets the longer handling period {_special_clauses(self.source)}, and "
                "praise or a contact with nothing to handle is not handled",
            )
        by_name = {t.name: t for t in self.targets}
        targets = tuple(by_name[n] for n in rule.target_names)
        ids = rule.rule_ids or tuple(dict.fromkeys(t.rule for t in targets)) or (GENERAL_RULE,)
        extra = {a.name: a for a in self.extra_attributes}
        pairs = tuple((a, (v,)) for a, v in key)
        reason = W_(
            "rule {rule} matches {attributes}: {targets}",
            rule=_in_each_language(quoted, rule.name, rule.label),
            attributes=_in_each_language(conditions_text, pairs, extra)
            if pairs
            else W_("no attributes"),
            targets=tuple(_in_each_language(named, t.name, t.label) for t in targets)
            or W_("no SLA target"),
        )
        return Selection(
            desk=self.name,
            matched_rule=rule.name,
            rule=ids[0],
            rule_ids=ids,
            targets=targets,
            special=values.get("special") == "true",
            attributes=key,
            reason=reason,
            calendar=self.calendar,
            label=self.label,
            matched_label=rule.label,
        )

    @fitted_call
    def schedule(
        self,
        attributes: Mapping[str, object] | Iterable[tuple[str, object]] | None = None,
        /,
        *,
        received_at: _dt.datetime,
        calendar: WorkCalendar | None = None,
        promised_periods: Mapping[str, Period | str] | None = None,
        **keywords: Any,
    ) -> Schedule:
        """When each selected target is due for a case received at ``received_at``; a
        chained target is placed after its predecessor's deadline (the latest it can be
        due).  ``promised_periods``: periods of targets without one (R-SLA-12), by target
        name, for whichever of them the case selects: one mapping serves every case of the
        desk, so a period for a target this case does not select is not used, and a name
        that is no target of the desk is refused (naming ``promised_periods``).
        :meth:`Selection.start_clocks`, called on a selection already made, refuses a name
        that is not a selected target."""
        sel = self.select(attributes, calendar=calendar, **keywords)
        given = self._promised(promised_periods)
        return self._scheduled(sel, [received_at], calendar, promised_periods, given)[0]

    def _promised(self, promised_periods: Mapping[str, Period | str] | None) -> dict[str, Period]:
        """``promised_periods`` read for :meth:`schedule`: by target name, any target of
        the desk (the caller does not know yet which ones a case selects)."""
        if promised_periods is None:  # without a promise, schedule() builds no name set
            return {}
        return read_promised_periods(promised_periods, (t.name for t in self.targets))

    def _scheduled(
        self,
        sel: Selection,
        received_at: Sequence[_dt.datetime],
        calendar: WorkCalendar | None,
        promised_periods: Mapping[str, Period | str] | None,
        given: dict[str, Period],
    ) -> list[Schedule]:
        """:meth:`schedule` of cases received at ``received_at`` whose selection ``sel`` is
        made (one for :meth:`schedule`, a group of :meth:`schedule_many`), ``given`` the
        promised periods read by :meth:`_promised`: each target's note and period are
        read once, its due time counted per case."""
        cal = sel.calendar
        memo = self._dues if calendar is None else None
        locals_ = [cal.to_local(t, argument="received_at") for t in received_at]
        special = sel.special
        steps: dict[str, list[Step]] = {}
        published: dict[int, bool] = {}

        def is_published(year: int) -> bool:
            found = published.get(year)
            if found is None:
                found = published[year] = cal.is_published(year)
            return found

        for t in self._orders[sel.matched_rule]:
            after = t.starts_after
            before = None if after is None else steps[after]
            if after is None:
                kind = dict(sel.attributes).get("kind")
                note = receipt_note(kind, assigned=t.from_assignment)
            else:
                prior = self.target_named(after)
                note = W_(
                    "after {target} stops (latest)",
                    target=_in_each_language(named, prior.name, prior.label),
                )
            promise = given.get(t.name)
            counted = not (t.period is None and promise is None)
            if not counted:
                note = W_("promised to the customer case by case")
            period: Period | None = None
            if counted and (promise is not None or (special and t.special_period is not None)):
                try:
                    period = t.period_for(special=special_for(t, special), promised=promise)
                except InvalidInput as exc:
                    raise _promise_error(exc, t, promised_periods) from None
            elif counted:
                period = t.period
            midnight = period is not None and ends_at_midnight(t, period)
            working = period is not None and not (t.calendar_days or period.unit.is_wall_clock)
            bound = t.limited_by
            column: list[Step] = []
            for row, local in enumerate(locals_):
                start = local if before is None else before[row].due_at
                due: _dt.datetime | None = None
                provisional = False
                if period is not None and start is not None:
                    if t.calendar_days:  # 24:00 of a calendar day, rest day or not (R-SLA-04)
                        due = calendar_day_end(period, start, cal)
                    else:
                        due = _due(period, start, cal, memo, given=received_at[row])
                        if midnight:  # the target's cutoff="midnight"
                            due = day_end(due, cal)
                    # as Status.provisional: working time counted through an unpublished
                    # year; a chained step is also when it starts at a provisional due time
                    provisional = (before is not None and before[row].provisional) or (
                        working and not all(map(is_published, range(start.year, due.year + 1)))
                    )
                if bound is not None and due is not None and promise is not None and start:
                    limit = self.target_named(bound)
                    limit_period = limit.period_for(special=special_for(limit, special))
                    limit_due = _due(limit_period, local, cal, memo, given=received_at[row])
                    if ends_at_midnight(limit, limit_period):
                        limit_due = day_end(limit_due, cal)
                    problem = promise_problem(t, due, limit, limit_due)
                    if problem is not None:
                        argument = entry("promised_periods", t.name)
                        value = promised_periods[t.name]  # type: ignore[index]
                        raise InvalidInput.for_argument(argument, value, problem)
                column.append(
                    Step(target=t, started_at=start, due_at=due, note=note, provisional=provisional)
                )
            steps[t.name] = column
        return [
            Schedule(
                selection=sel,
                received_at=local,
                steps=tuple(steps[t.name][row] for t in sel.targets),
                zone_note=zone_note(received_at[row], local, cal),
            )
            for row, local in enumerate(locals_)
        ]

    @fitted_call
    def select_many(
        self,
        attributes: Any = None,
        /,
        *,
        calendar: WorkCalendar | None = None,
        **keywords: Any,
    ) -> Any:
        """:meth:`select` of many cases at once: the bulk form, equal row by row to the loop.

        ``attributes`` is a column of ticket rows (each a mapping or its pairs, or
        ``None``), and each keyword a column of one attribute's values (``channel=…``,
        ``kind=…``; a list, a tuple, a numpy array, a pandas Series or a pyarrow array),
        any spelling :meth:`select` reads, company labels included; a keyword given one
        value (a text, a member, a ``bool``, ``None``) applies it to every row.  The cases
        are grouped by the attributes they read, and each group is selected once.  The
        answer is a column of :class:`Selection` values in the container of the first
        column given (``attributes``, else the first keyword; a Series keeps its index,
        a numpy array is one of objects); an arrow column there is refused, as arrow holds
        no Python values.  A row refused is named ``<argument>[i]``, as :meth:`select`
        names the argument (``channel[2]``).

        >>> from custops.sla import presets
        >>> desk = presets.winery()
        >>> found = desk.select_many(channel=["电话", "网站"], kind=["投诉", "咨询"])
        >>> [s.matched_rule for s in found]
        ['phone complaint', 'consultation or suggestion: no deadline in D10']
        """
        columns, tickets, n, container = _case_columns(attributes, keywords, None)
        first = next((k for k, v in keywords.items() if v is container), "attributes")
        _not_arrow(first, container, "Selection")
        with rows_by_label(container, **_labelled(attributes, keywords)):
            rows = self._rows_by_case(tickets, columns, n)
            found: list[Any] = [None] * n
            for key, members in rows.items():
                try:
                    sel = self.select(key, calendar=calendar)
                except CustopsError:  # refused as the scalar refuses the first such row
                    self._row_call(members[0], tickets, columns, self.select, calendar=calendar)
                    raise
                for i in members:
                    found[i] = sel
        return _like_column(found, container)

    @fitted_call
    def schedule_many(
        self,
        attributes: Any = None,
        /,
        *,
        received_at: Any,
        calendar: WorkCalendar | None = None,
        promised_periods: Mapping[str, Period | str] | None = None,
        **keywords: Any,
    ) -> Any:
        """:meth:`schedule` of many cases at once: the bulk form, equal row by row to the
        loop ``[desk.schedule(…, received_at=t, …) for t in received_at]``.

        ``received_at`` is a column of aware instants (a list, a tuple, a numpy object
        array of aware datetimes, or a pandas Series; a ``datetime64`` array, which holds
        no zone, is refused); ``attributes`` and the keywords are the cases' attributes, as
        :meth:`select_many` takes them (a column per attribute, or one value for all the
        rows), and ``calendar`` and ``promised_periods`` apply to every row.  The cases
        are grouped by the attributes they read, so a desk of 4 channels × 4 kinds selects
        16 times, not once per ticket.  The answer is a column of :class:`Schedule` values
        in the container of ``received_at`` (a Series keeps its index; an arrow column is
        refused, as arrow holds no Python values).  A row refused is named
        ``received_at[i]`` or ``<attribute>[i]``.

        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> from custops.sla import presets
        >>> desk = presets.winery()
        >>> at = dt.datetime(2025, 9, 30, 16, tzinfo=ZoneInfo("Asia/Shanghai"))
        >>> plans = desk.schedule_many(received_at=[at, at], channel=["电话", "网站"], kind="投诉")
        >>> [(p.steps[0].target.name, p.steps[0].due_at.isoformat()) for p in plans]
        [('reply', '2025-10-01T16:00:00+08:00'), ('acknowledge', '2025-10-01T16:00:00+08:00')]
        """
        cal = calendar_or_china(calendar) if calendar is not None else self.calendar
        starts, container = _instants_column(received_at, cal)
        n = len(starts)
        columns, tickets, _n, _container = _case_columns(attributes, keywords, n)
        given = self._promised(promised_periods)
        with rows_by_label(container, received_at=received_at, **_labelled(attributes, keywords)):
            for i, start in enumerate(starts):
                _check_received(i, start)
            rows = self._rows_by_case(tickets, columns, n)
            found: list[Any] = [None] * n
            for key, members in rows.items():
                call = functools.partial(
                    self.schedule, calendar=calendar, promised_periods=promised_periods
                )
                try:
                    sel = self.select(key, calendar=calendar)
                    group = [starts[i] for i in members]
                    planned = self._scheduled(sel, group, calendar, promised_periods, given)
                    for i, plan in zip(members, planned, strict=True):
                        found[i] = plan
                except CustopsError:  # refused as the scalar refuses the first such row
                    for i in members:
                        self._row_call(i, tickets, columns, call, received_at=starts[i])
                    raise
        return _like_column(found, container)

    def _rows_by_case(
        self, tickets: list[Any] | None, columns: dict[str, list[Any]], n: int
    ) -> dict[Keys, list[int]]:
        """The rows of each case's attribute keys, in the order of their first rows; a row
        refused as :meth:`select` refuses it, named by its row.  A row of the same values
        as one before is read once."""
        groups: dict[Keys, list[int]] = {}
        seen: dict[Any, Keys] = {}
        names = tuple(columns)
        values = zip(*columns.values(), strict=True) if names else iter([()] * n)
        for i, raw_values in enumerate(values):
            row = None if tickets is None else tickets[i]
            try:  # (each value with its type: True == 1, yet select refuses the 1)
                typed = tuple((type(v), v) for v in raw_values)
                raw = (typed, None if row is None else _hashable(row))
                key = seen.get(raw)
            except (TypeError, ValueError):  # unhashable, or no ticket row: read the row
                raw, key = None, None
            if key is None:
                try:
                    key, _values = self._keys(row, dict(zip(names, raw_values, strict=True)))
                except CustopsError as exc:
                    raise _at_row(exc, i) from None
                if raw is not None and len(seen) < _MEMO_SIZE:
                    seen[raw] = key
            members = groups.get(key)
            if members is None:
                groups[key] = [i]
            else:
                members.append(i)
        return groups

    def _row_call(
        self,
        i: int,
        tickets: list[Any] | None,
        columns: dict[str, list[Any]],
        call: Callable[..., Any],
        **options: Any,
    ) -> None:
        """``call`` (:meth:`select` or :meth:`schedule`) of row ``i`` alone: its refusal,
        named by its row."""
        keywords = {name: column[i] for name, column in columns.items()}
        row = None if tickets is None else tickets[i]
        try:
            call(row, **options, **keywords)
        except CustopsError as exc:
            raise _at_row(exc, i) from None


#: The argument of :meth:`SlaPolicy.schedule` that :func:`_due` counts from.
_RECEIVED: Final = "received_at"


def _due(
    period: Period,
    start: _dt.datetime,
    cal: WorkCalendar,
    memo: dict[tuple[Period, _dt.date], _dt.datetime] | None,
    *,
    given: _dt.datetime,
) -> _dt.datetime:
    """The unpaused deadline of ``period`` from ``start`` (local to ``cal``): wall time is
    one addition; a day-level deadline depends only on the start's date (arts. 201-203),
    so ``memo`` keeps it per date (but for a zero period begun after its day's close).
    Range errors name ``received_at``, the moment every step is counted from, and show
    ``given``, that moment as the caller gave it (not a chained step's start, nor the
    start day's midnight)."""
    unit = period.unit
    if unit is Unit.MINUTES or unit is Unit.HOURS:
        try:
            return cal.to_local(utc(start, argument=_RECEIVED) + period.as_timedelta())
        except (OverflowError, InvalidInput):
            pass  # beyond the calendar's years: plain_deadline names the argument
    elif memo is not None and unit is not Unit.WORKING_HOURS:
        day = start.date()
        due = memo.get((period, day))
        if due is None:
            midnight = _dt.datetime.combine(day, MIDNIGHT, start.tzinfo)
            due = plain_deadline(period, midnight, cal, argument=_RECEIVED, given=given)
            if len(memo) < _MEMO_SIZE:
                memo[(period, day)] = due
        if due >= start:
            return due
    return plain_deadline(period, start, cal, argument=_RECEIVED, given=given)


def receipt_note(kind: str | None, *, assigned: bool = False) -> Wording:
    """The note of a clock started at receipt, naming the ticket by its ``kind`` (a kind's
    key, as a selection holds it): a consultation's clock runs from the consultation's
    receipt, not a complaint's (R-CMP-01); a desk that does not read the kind says "from
    receipt" and names no kind.  ``assigned``: the note of a clock started at the
    assignment, at the earliest at receipt."""
    if assigned:
        notes = {
            "complaint": W_("from the assignment (at the earliest, receipt of the complaint)"),
            "consultation": W_(
                "from the assignment (at the earliest, receipt of the consultation)"
            ),
            "suggestion": W_("from the assignment (at the earliest, receipt of the suggestion)"),
            "praise": W_("from the assignment (at the earliest, receipt of the praise)"),
            "no_action": W_("from the assignment (at the earliest, receipt of the message)"),
        }
        return notes.get(kind or "", W_("from the assignment (at the earliest, receipt)"))
    notes = {
        "complaint": W_("from receipt of the complaint"),
        "consultation": W_("from receipt of the consultation"),
        "suggestion": W_("from receipt of the suggestion"),
        "praise": W_("from receipt of the praise"),
        "no_action": W_("from receipt of the message"),
    }
    return notes.get(kind or "", W_("from receipt"))


@fitted_call
def due(
    start: _dt.datetime,
    target: Target,
    *,
    calendar: WorkCalendar | None = None,
    special: bool = False,
    promised: Period | str | None = None,
) -> _dt.datetime:
    """The deadline of ``target`` for a clock started at ``start`` that runs without a
    pause: exactly ``Clock.start(start, target, calendar=..., special=...,
    promised=...).status(at=start).due_at``, in the calendar's zone (R-SLA-01 … R-SLA-12).
    :func:`due_many` is its bulk form, for many starts at once.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> start = dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> due(start, Target("resolve", "3个工作日", special_period="7个工作日")).isoformat()
    '2025-10-11T18:00:00+08:00'
    """
    require_type("target", target, Target, "a Target")
    require_bool("special", special)
    period = target.period_for(special=special, promised=promised)
    cal = calendar_or_china(calendar)
    require_aware("start", start)
    if target.calendar_days:  # 24:00 of a calendar day, rest day or not (R-SLA-04)
        return calendar_day_end(period, start, cal)
    found = cal.to_local(plain_deadline(period, start, cal, argument="start", given=start))
    return day_end(found, cal) if ends_at_midnight(target, period) else found


@overload
def due_many(  # type: ignore[overload-overlap]  # a list gives a list
    starts: list[_dt.datetime],
    target: Target,
    *,
    calendar: WorkCalendar | None = ...,
    special: bool = ...,
    promised: Period | str | None = ...,
) -> list[_dt.datetime]: ...
@overload
def due_many(
    starts: NDArray[Any],
    target: Target,
    *,
    calendar: WorkCalendar | None = ...,
    special: bool = ...,
    promised: Period | str | None = ...,
) -> NDArray[Any]: ...
@overload
def due_many(
    starts: Iterable[_dt.datetime],
    target: Target,
    *,
    calendar: WorkCalendar | None = ...,
    special: bool = ...,
    promised: Period | str | None = ...,
) -> tuple[_dt.datetime, ...]: ...
@overload
def due_many(
    starts: Any,
    target: Target,
    *,
    calendar: WorkCalendar | None = ...,
    special: bool = ...,
    promised: Period | str | None = ...,
) -> Any: ...
@fitted_call
def due_many(
    starts: Iterable[_dt.datetime] | Any,
    target: Target,
    *,
    calendar: WorkCalendar | None = None,
    special: bool = False,
    promised: Period | str | None = None,
) -> list[_dt.datetime] | tuple[_dt.datetime, ...] | Any:
    """The deadline of ``target`` for each start, as if its clock runs without a pause: the
    bulk form of :func:`due`.

    Exactly ``Clock.start(s, target, calendar=..., special=..., promised=...).status(at=s).due_at``
    for every ``s`` in ``starts`` (in order, in the calendar's zone), but much faster: a
    day-level deadline is computed once per local date (arts. 201–203; docs/sla.md).
    A list of aware datetimes gives a list, a numpy array of ``datetime`` objects a
    numpy array of objects (a ``datetime64`` array, which holds no zone, is refused,
    saying how to give one), a tuple or any other iterable a tuple (the container given, as
    :mod:`custops.vector` gives it); a pandas ``Series`` (recognised without
    importing pandas) gives a ``Series`` with the same index and name, in the calendar's
    zone, as :func:`custops.vector.deadline_many` returns; a pyarrow ``Array`` or
    ``ChunkedArray`` of zoned timestamps (read as :mod:`custops.vector` reads one, pyarrow
    imported only by the caller who has it) gives the same kind of arrow column of
    ``timestamp[us]`` in the calendar's zone.  Every start must be present: a
    due time is that of a clock, and a clock needs its start, so a missing one (``None``,
    ``NaT`` or a float ``NaN``, read as missing as :mod:`custops.vector` reads them) is
    refused naming its row (``starts[1]: is missing …``), as ``vector.status_many``
    refuses it; ``vector.deadline_many(..., on_missing="keep")`` is the call that leaves a
    missing due time in such a row.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> sh = ZoneInfo("Asia/Shanghai")
    >>> starts = [dt.datetime(2025, 9, 30, h, 0, tzinfo=sh) for h in (9, 16, 23)]
    >>> resolve = Target("resolve", "3个工作日", special_period="7个工作日")
    >>> [d.isoformat() for d in due_many(starts, resolve)]
    ['2025-10-11T18:00:00+08:00', '2025-10-11T18:00:00+08:00', '2025-10-11T18:00:00+08:00']
    """
    require_type("target", target, Target, "a Target")
    require_bool("special", special)
    period = target.period_for(special=special, promised=promised)  # before any start
    midnight = ends_at_midnight(target, period)  # counted row by row, then to 24:00
    rows_only = target.calendar_days or midnight
    if is_arrow(starts):  # an arrow column of zoned timestamps: pyarrow is imported then
        from custops._series import due_arrow

        cal = calendar_or_china(calendar)

        def by_rows(rows: list[_dt.datetime | None]) -> tuple[_dt.datetime, ...]:
            return _due_many(
                rows, period, cal, calendar_days=target.calendar_days, midnight=midnight
            )

        return due_arrow(starts, period, cal, by_rows, columns=not rows_only)
    np: Any = sys.modules.get("numpy")
    if np is not None and isinstance(starts, np.ndarray) and starts.dtype != object:
        from custops._series import refuse_instants  # a datetime64 holds no zone

        refuse_instants(starts, "starts", calendar_or_china(calendar).zone)
    series = series_type()
    is_series = series is not None and isinstance(starts, series)
    given = starts
    if is_series:  # a column of instants: counted as columns where it can be
        from custops._series import datetimes, due_series

        if not rows_only:
            found = due_series(starts, period, calendar_or_china(calendar))
            if found is not None:
                return found
        given = datetimes(starts, calendar_or_china(calendar).zone)  # else read once
    with rows_by_label(starts, starts=starts):
        result = _due_many(
            given, period, calendar, calendar_days=target.calendar_days, midnight=midnight
        )
    if not is_series:
        return _in_container(result, starts)
    from custops._series import series_of

    return series_of(result, starts, calendar_or_china(calendar).zone)


def _hashable(row: Any) -> Any:
    """A ticket row (a mapping or its pairs) as a hashable key of what it holds, each
    value with its type (``TypeError`` or ``ValueError`` when it is no such row)."""
    items = row.items() if isinstance(row, Mapping) else row
    return tuple((a, type(v), v) for a, v in items)


def _column_items(value: Any, argument: str) -> list[Any] | None:
    """The items of a column (a list, a tuple, a numpy array, a pandas Series, a pyarrow
    array) as a list, or ``None`` when ``value`` is one value, not a column."""
    if isinstance(value, (list, tuple)):
        return list(value)
    series = series_type()
    if series is not None and isinstance(value, series):
        return list(value.tolist())
    if is_arrow(value):
        return list(value.to_pylist())
    np: Any = sys.modules.get("numpy")
    if np is not None and isinstance(value, np.ndarray):
        if value.ndim != 1:
            problem = "must be one column (a 1-D array)"
            raise InvalidInput.for_argument(argument, value.shape, problem)
        return list(value.tolist())
    return None


def _case_columns(
    attributes: Any, keywords: Mapping[str, Any], n: int | None
) -> tuple[dict[str, list[Any]], list[Any] | None, int, Any]:
    """The attribute columns of :meth:`SlaPolicy.select_many` (a keyword given one value
    repeated on every row), the ticket rows of ``attributes`` (or ``None``), their length
    (``n`` when given: the rows of ``received_at``) and the column whose container the
    answer takes (``attributes``, else the first keyword column)."""
    given: list[tuple[str, Any, list[Any]]] = []
    if attributes is not None:
        items = _column_items(attributes, "attributes")
        if items is None:
            problem = "must be a column of ticket rows (mappings), one per case"
            raise InvalidInput.for_argument("attributes", attributes, problem)
        given.append(("attributes", attributes, items))
    ones: dict[str, Any] = {}
    for name, value in keywords.items():
        items = _column_items(value, name)
        if items is None:
            ones[name] = value
        else:
            given.append((name, value, items))
    given_n = n is not None
    if n is None:
        if not given:
            problem = "no column given: pass the cases' attributes as columns (channel=[…])"
            raise InvalidInput.for_argument("attributes", attributes, problem)
        n = len(given[0][2])
    rows_of = "received_at" if given_n else given[0][0]
    for name, _value, items in given:
        if len(items) != n:
            problem = f"must have a row per case, as {rows_of} has: {n} rows"
            raise InvalidInput.for_argument(name, len(items), problem)
    columns = {name: items for name, _value, items in given if name != "attributes"}
    columns.update((name, [value] * n) for name, value in ones.items())
    rows = given[0][2] if attributes is not None else None
    return columns, rows, n, (given[0][1] if given else None)


def _labelled(attributes: Any, keywords: Mapping[str, Any]) -> dict[str, Any]:
    """The columns a refusal may name, by argument (for ``rows_by_label``)."""
    return {"attributes": attributes, **keywords}


def _instants_column(value: Any, cal: WorkCalendar) -> tuple[list[Any], Any]:
    """``received_at`` of :meth:`SlaPolicy.schedule_many` as a list of its instants (a
    numpy ``datetime64`` array refused: it holds no zone), and the column whose container
    the answer takes."""
    np: Any = sys.modules.get("numpy")
    if np is not None and isinstance(value, np.ndarray) and value.dtype != object:
        from custops._series import refuse_instants

        refuse_instants(value, "received_at", cal.zone)
    _not_arrow("received_at", value, "Schedule")
    items = _column_items(value, "received_at")
    if items is None:
        items = list(require_items("received_at", value, "a column of aware datetimes"))
    return items, value


def _not_arrow(argument: str, value: Any, answer: str) -> None:
    """Refuse an arrow column as the column whose container the answer takes: arrow
    holds no Python values (``answer``, the class of each row's answer)."""
    if is_arrow(value):
        problem = (
            "must be a list, a tuple, a numpy array or a pandas Series: the answer is a "
            f"column of {answer} values, which an arrow column cannot hold (to_pandas() "
            "gives a Series)"
        )
        raise InvalidType.for_argument(argument, type(value).__name__, problem)


def _check_received(i: int, value: Any) -> None:
    """Refuse row ``i`` of ``received_at`` when it is missing: a schedule counts from
    receipt."""
    if is_missing(value):
        problem = "is missing: a schedule counts from the case's receipt"
        raise InvalidInput.for_argument(f"received_at[{i}]", value, problem)


def _at_row(exc: CustopsError, i: int) -> CustopsError:
    """``exc``, raised by a scalar call of row ``i``, naming that row: ``<argument>[i]``
    for an argument of the row (an attribute, ``received_at``), the row added to the
    problem for an option of every row (``promised_periods['reply']``)."""
    argument = exc.argument or ""
    if argument.endswith(f"[{i}]"):
        return exc
    if argument.startswith("promised_periods") or argument == "calendar":
        return type(exc).for_argument(argument, exc.value, f"in row {i}: {exc.problem}")
    return type(exc).for_argument(f"{argument}[{i}]", exc.value, exc.problem or "")


def _like_column(found: list[Any], container: Any) -> Any:
    """The answers ``found`` in the container of ``container``: a list, a tuple, a numpy
    array of objects, a pandas Series with its index and name (arrow is refused before),
    else a tuple."""
    if isinstance(container, list) or container is None:
        return found
    series = series_type()
    if series is not None and isinstance(container, series):
        return series(found, index=container.index, name=container.name, dtype=object)
    np: Any = sys.modules.get("numpy")
    if np is not None and isinstance(container, np.ndarray):
        out = np.empty(len(found), dtype=object)  # one value per row
        out[:] = found
        return out
    return tuple(found)


def _in_container(result: tuple[_dt.datetime, ...], starts: Any) -> Any:
    """The due times ``result`` of :func:`due_many` in the container of ``starts``: a
    list of a list, a numpy array (of objects) of a numpy array, else a tuple."""
    if isinstance(starts, list):
        return list(result)
    np: Any = sys.modules.get("numpy")
    if np is not None and isinstance(starts, np.ndarray):
        out = np.empty(len(result), dtype=object)  # one datetime per row
        out[:] = result
        return out
    return result


def _check_start(i: int, s: Any) -> None:
    """Refuse row ``i`` of ``due_many``'s starts unless it is an aware datetime; a missing
    start (``None``, ``NaT``, a float ``NaN``: what custops.vector reads as missing) is
    named as missing."""
    if is_missing(s):
        raise InvalidInput.for_argument(f"starts[{i}]", s, "is missing: a clock needs its start")
    require_aware(f"starts[{i}]", s)


def _due_many(
    starts: Any,
    period: Period,
    calendar: Any,
    *,
    calendar_days: bool = False,
    midnight: bool = False,
) -> tuple[_dt.datetime, ...]:
    """:func:`due_many` of the starts (an iterable): a start the calendar cannot count
    from is refused naming its row, ``starts[i]``, with the caller's item there; with
    ``midnight`` (a ``cutoff="midnight"`` target), each deadline at 24:00 of its day."""
    cal = calendar_or_china(calendar)
    starts = require_items("starts", starts, "an iterable of aware datetimes")
    out: list[_dt.datetime] = []
    try:
        _due_rows(starts, period, cal, calendar_days, out)
    except (OverflowError, ValueError) as e:
        row = len(out)  # the rows before it were answered
        start = starts[row]
        problem = "is past the range of dates the calendar can count"
        inside = isinstance(start, _dt.datetime) and start.year in cal.supported_years
        # as custops.vector.deadline_many words it: a start outside the calendar's years is
        # outside the calendar; one inside them leads past them
        counting = "is outside the calendar"
        if inside:
            counting = f"{period_text(period)} cannot be counted from it"
        raise range_error(e, f"starts[{row}]", start, problem, counting=counting) from None
    if midnight:
        return tuple(day_end(d, cal) for d in out)
    return tuple(out)


def _due_rows(
    starts: Any, period: Period, cal: WorkCalendar, calendar_days: bool, out: list[_dt.datetime]
) -> None:
    """Append the deadline of each start to ``out``, in order."""
    zone = cal.zone
    unit = period.unit
    append = out.append
    dt_type = _dt.datetime
    # The loops convert zones themselves: every row was checked aware just before, and
    # WorkCalendar.to_local would check it again per row (due_many is the bulk path).
    if calendar_days:  # 24:00 of a calendar day, rest day or not (R-SLA-04)
        for i, s in enumerate(starts):
            if type(s) is not dt_type or s.tzinfo is None:
                _check_start(i, s)
            append(calendar_day_end(period, s, cal))
    elif unit.is_wall_clock:
        delta = period.as_timedelta()
        for i, s in enumerate(starts):
            if type(s) is not dt_type or s.tzinfo is None:
                _check_start(i, s)
            append((utc(s, argument="starts") + delta).astimezone(zone))
    elif unit is Unit.WORKING_HOURS:
        delta = period.as_timedelta()
        for i, s in enumerate(starts):
            if type(s) is not dt_type or s.tzinfo is None:
                _check_start(i, s)
            if out:
                append(cal.add_working_time(s, delta))
            else:  # the first through the single path, for its checks (no business hours)
                append(deadline(s, period, calendar=cal))
    else:
        cache: dict[_dt.date, _dt.datetime] = {}
        midnight = MIDNIGHT
        for i, s in enumerate(starts):
            if type(s) is not dt_type or s.tzinfo is None:
                _check_start(i, s)
            local = s.astimezone(zone)
            day = local.date()
            due = cache.get(day)
            if due is None:
                due = deadline(dt_type.combine(day, midnight, zone), period, calendar=cal)
                cache[day] = due
            if due < local:  # a zero period begun after its day's close
                due = deadline(local, period, calendar=cal)
            append(due)
