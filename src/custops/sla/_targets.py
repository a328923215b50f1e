"""Targets and case attributes of the SLA engine (private; see :mod:`custops.sla`)."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from custops._dates import MIDNIGHT, ONE_DAY
from custops._enums import enum_field, fold, read_yes_no
from custops._text import english, examples, moment_text, verdict_word, word_list
from custops._validate import (
    BOOL,
    LABEL,
    OPTIONAL_QUOTED,
    QUOTED,
    derived_converter,
    entry,
    field_converter,
    fitted_call,
    optional_check,
    require_bool,
    require_distinct,
    require_fraction,
    require_items,
    require_label,
    require_mapping,
    require_rule_id,
    require_str,
    retyped,
    stripped_text,
    utc,
    within,
)
from custops.calendars import WorkCalendar
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, PolicyError
from custops.i18n import CJK_RUN, _
from custops.periods import (
    CIVIL_CODE_RULE,
    WORKING_TIME_RULE,
    Cutoff,
    Period,
    Unit,
    period_check,
    period_text,
)

__all__ = ["ATTRIBUTES", "DEFAULT_WARNINGS", "CaseAttribute", "Measure", "Recurrence", "Target"]

#: The case attributes a selection rule may test (R-CMP-01 kind, R-CMP-02/03 category,
#: R-CMP-04 channel, R-CMP-07 severity, R-SLA-09 special case).
ATTRIBUTES: tuple[str, ...] = ("channel", "kind", "category", "severity", "special")

#: ServiceNow's default warning thresholds: half and three quarters of the allowed time.
DEFAULT_WARNINGS: tuple[Decimal, ...] = (Decimal("0.5"), Decimal("0.75"))


class Measure(LabelledEnum):
    """How a target measures time: wall-clock time, or working (business) time.

    >>> Measure.parse("工作时间") is Measure.parse("working") is Measure.WORKING
    True
    """

    WALL = ("wall", "自然时间", "wall time")
    WORKING = ("working", "工作时间", "working time")


# The package's explanations are worded here, in the active language (custops.i18n):
# names, durations and case attributes read the same in every sentence that shows them.

#: The Chinese names of the built-in case attributes (their keys are English).
ATTRIBUTE_LABELS = {
    "channel": "渠道",
    "kind": "类型",
    "category": "类别",
    "severity": "严重程度",
    "special": "特殊案件",
}


def named(name: str, label: str = "") -> str:
    """A target's, desk's or attribute's name in the active language: the name in
    English, in words (``quality reply`` for ``quality_reply``; quoted
    as it is when it holds Chinese), the Chinese ``label`` in Chinese, else the name in 「」.

    >>> named("reply", "答复客户"), named("reply")
    ('答复客户', '「reply」')
    """
    if english():
        return f'"{name}"' if CJK_RUN.search(name) else name.replace("_", " ")
    return label or f"「{name}」"


def quoted(name: str, label: str = "") -> str:
    """A rule's name, quoted for the active language: its Chinese ``label`` (else the
    name) in 「…」 in Chinese, the name in '…' in English ("…" when it holds Chinese).

    >>> quoted("phone complaint", "电话投诉"), quoted("phone complaint")
    ('「电话投诉」', '「phone complaint」')
    """
    if english():
        return f"'{name}'" if not CJK_RUN.search(name) else named(name)
    return f"「{label or name}」"


def value_label(attribute: str, key: str, extra: CaseAttribute | None = None) -> str:
    """The value ``key`` of a case attribute in the active language: the key in English;
    in Chinese the enumeration's label (电话, 投诉), 是/否 for ``special``, else 「key」."""
    return key if english() else chinese_label(attribute, key, extra)


def chinese_label(attribute: str, key: str, extra: CaseAttribute | None = None) -> str:
    """The value ``key`` of a case attribute in Chinese whatever the active language (a
    stored label, as a preset's rule keeps it): the enumeration's label (电话, 投诉), 是/否
    for ``special``, else 「key」."""
    if attribute == "special":
        return "是" if key == "true" else "否"
    enum_type = _complaint_enums().get(attribute) if extra is None else None
    if extra is not None and not isinstance(extra.values, tuple):
        enum_type = extra.values
    if enum_type is not None:
        return enum_type.parse(key).label
    return f"「{key}」"


def conditions_text(
    pairs: Iterable[tuple[str, Iterable[str]]], extra: Mapping[str, CaseAttribute]
) -> str:
    """Attribute conditions in one phrase: ``channel=phone, kind=complaint`` in English,
    ``渠道为电话、类型为投诉`` in Chinese (alternatives ``/``, 或)."""
    en = english()
    parts = []
    for attribute, keys in pairs:
        found = extra.get(attribute)
        if en:
            name = attribute
        elif found is not None:
            name = named(attribute, found.label)
        else:
            name = ATTRIBUTE_LABELS.get(attribute) or f"「{attribute}」"
        values = sorted(value_label(attribute, k, found) for k in keys)
        parts.append(
            _("{attribute}={values}", attribute=name, values=word_list(values, either=True))
        )
    return word_list(parts)


#: Reserved keyword names of ``select``/``schedule``: no declared attribute may use them.
_RESERVED = frozenset({"received_at", "calendar", "promised_periods", "attributes"})


def read_special(argument: str, value: Any) -> bool:
    """A special case's flag (R-SLA-09), a ``bool`` or yes/no as
    :func:`~custops._enums.read_yes_no` reads it; the concept's own name is a yes in both
    languages (特殊 / special), its opposite a no (一般 / general)."""
    return read_yes_no(argument, value, yes=("特殊", "special"), no=("一般", "general"))


period_or_none = optional_check(period_check)
#: The converter of a period field: a Period, its text, or None.
if TYPE_CHECKING:

    def PERIOD(value: Period | str | None) -> Period | None: ...  # noqa: N802

else:
    PERIOD = field_converter(period_or_none, takes="Period | str | None")


def no_period(target: str, give: str) -> str:
    """The refusal of a target without a period asked for one: what to ``give`` instead."""
    return (
        f"target {target!r} has no period of its own (R-SLA-12: the deadline is promised "
        f"case by case); give {give}"
    )


def no_special_period(target: Target, period: Period) -> str:
    """The refusal of a special flag on a target without a special period (R-SLA-09): the
    flag would change nothing, so a special case would keep the ordinary period silently."""
    return (
        f"target {target.name!r} has no special_period, so a special case would keep its "
        f"ordinary period {period_text(period)} (R-SLA-09: a special case has its own, "
        'longer period); give the target one (special_period="7 working days") or use a '
        'preset\'s target (presets.WINERY.target_named("resolve"))'
    )


def special_for(target: Target, special: bool) -> bool:
    """A case's special flag as it reaches one of its targets (R-SLA-09): a desk's target
    without a special period keeps its period in a special case; a flag given for one
    target alone (:meth:`Target.period_for`, :class:`~custops.sla.Clock`) is refused there."""
    return special and target.special_period is not None


def read_promised_periods(value: Any, known: Iterable[str] | None = None) -> dict[str, Period]:
    """A ``promised_periods`` mapping (target name → period or its text) checked item by item;
    with ``known``, a name not among them is refused (not ignored silently)."""
    if value is None:
        return {}
    names = None if known is None else frozenset(known)
    out: dict[str, Period] = {}
    given_map = require_mapping("promised_periods", value, "map target names to periods")
    for name, chosen in given_map.items():
        require_str("promised_periods", name)
        if names is not None and name not in names:
            raise InvalidInput.for_argument(
                "promised_periods",
                name,
                f"is not a target; one of: {', '.join(sorted(names)) or 'none'}",
            )
        given = period_or_none(entry("promised_periods", name), chosen)
        if given is not None:
            out[name] = given
    return out


def tuple_field(item: type) -> Any:
    """An attrs converter: a tuple of ``item`` values, errors naming the field."""
    what = f"a sequence of {item.__name__}"
    return field_converter(
        lambda argument, value: require_items(argument, value, what, holding=item),
        takes=f"Iterable[{item.__name__}]",
    )


#: The rule of an SLA selection that names none and selects no target with a rule of its
#: own: the general complaint flow (R-CMP-06).
GENERAL_RULE = "R-CMP-06"
#: The rule of a target whose deadline is promised to the customer case by case (R-SLA-12).
PROMISED_RULE = "R-SLA-12"


def rule_ids(argument: str, value: Any) -> tuple[str, ...]:
    """A sequence of rule IDs (each as :func:`~custops._validate.require_rule_id` reads it),
    none twice."""
    ids = require_items(argument, value, "a sequence of rule IDs", each=require_rule_id)
    require_distinct(argument, ids, "names a rule twice", error=PolicyError)
    return ids


#: The converters of a single rule ID field and of a rule-ID tuple field.
if TYPE_CHECKING:

    def RULE(value: str) -> str: ...  # noqa: N802
    def RULE_IDS(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802

else:
    RULE = field_converter(require_rule_id, takes="str")
    RULE_IDS = field_converter(rule_ids, takes="Iterable[str]")


def counting_rule(period: Period | None) -> str:
    """The rule a target stands on when it names none: R-SLA-12 for a deadline promised
    case by case, else the rule its period is counted by (:data:`custops.periods.
    WORKING_TIME_RULE` for working hours, :data:`~custops.periods.CIVIL_CODE_RULE`
    otherwise), as :func:`custops.periods.deadline` reports it.

    >>> hours, working_hours = Period.parse("24小时"), Period.parse("8工作小时")
    >>> counting_rule(None), counting_rule(hours), counting_rule(working_hours)
    ('R-SLA-12', 'R-PER-01', 'R-PER-02')
    """
    if period is None:
        return PROMISED_RULE
    return WORKING_TIME_RULE if period.unit is Unit.WORKING_HOURS else CIVIL_CODE_RULE


@functools.cache
def _complaint_enums() -> dict[str, type[LabelledEnum]]:
    """The enumerations that read the built-in attributes, imported on first use
    (:mod:`custops.complaints` imports this package, and is slower to import)."""
    from custops.complaints.model import Category, Channel, Kind, Severity

    return {"channel": Channel, "kind": Kind, "category": Category, "severity": Severity}


def read_builtin(attribute: str, value: Any, *, argument: str | None = None) -> str:
    """The key of a built-in attribute's value: ``Channel/Kind/Category/Severity.parse``
    (any spelling they accept: 热线 is ``phone``), or for ``special`` a ``bool`` or
    yes/no (是/否, 特殊/一般, special/general); an unknown value is
    :class:`~custops.errors.InvalidInput` naming ``argument`` (by default the attribute, as
    :meth:`SlaPolicy.select` takes it).

    >>> read_builtin("channel", "热线"), read_builtin("category", "质量")
    ('phone', 'product_quality')
    >>> read_builtin("special", "是"), read_builtin("special", False)
    ('true', 'false')
    >>> read_builtin("special", "Special"), read_builtin("special", "一般")
    ('true', 'false')
    >>> read_builtin("kind", "enquiry"), read_builtin("kind", "客户投诉类")
    ('consultation', 'complaint')
    """
    named = attribute if argument is None else argument
    if attribute == "special":
        return "true" if read_special(named, value) else "false"
    key: str = _complaint_enums()[attribute].parse(value, argument=named).value
    return key


def _attribute_name(argument: str, value: Any) -> str:
    key = stripped_text(argument, value)
    if not key.isidentifier() or key in ATTRIBUTES or key in _RESERVED:
        raise PolicyError.for_argument(
            argument,
            value,
            "must be a Python identifier other than the built-in attributes "
            f"({', '.join(ATTRIBUTES)}) and {', '.join(sorted(_RESERVED))}",
        )
    return key


def _attribute_values(value: Any) -> tuple[str, ...] | type[LabelledEnum]:
    if isinstance(value, type) and issubclass(value, LabelledEnum):
        return value
    # each value a name (trimmed, no control character, no rule ID): a selection's reason
    # shows it
    keys = require_items("values", value, "a sequence of values", each=require_label)
    problem = "must list distinct values"
    if not keys:
        raise PolicyError.for_argument("values", value, problem)
    require_distinct("values", [fold(k) for k in keys], problem, shown=value, error=PolicyError)
    return keys


if TYPE_CHECKING:

    def _ATTRIBUTE_NAME(value: str) -> str: ...  # noqa: N802
    def _ATTRIBUTE_VALUES(  # noqa: N802
        value: Iterable[str] | type[LabelledEnum],
    ) -> tuple[str, ...] | type[LabelledEnum]: ...

else:
    _ATTRIBUTE_NAME = field_converter(_attribute_name, takes="str")
    _ATTRIBUTE_VALUES = retyped(_attribute_values, "Iterable[str] | type[LabelledEnum]")


@attrs.frozen
class CaseAttribute:
    """An extra case attribute a desk selects on (issue 17): a priority, a tier, a region…

    ``values`` lists the accepted values (read case- and separator-insensitively) or is
    a :class:`~custops.enums.LabelledEnum` subclass whose ``parse`` reads them.

    >>> priority = CaseAttribute("priority", ("low", "normal", "urgent"), label="优先级")
    >>> priority.read(" URGENT "), priority.accepted
    ('urgent', ('low', 'normal', 'urgent'))
    """

    name: str = attrs.field(converter=_ATTRIBUTE_NAME)
    values: tuple[str, ...] | type[LabelledEnum] = attrs.field(converter=_ATTRIBUTE_VALUES)
    label: str = attrs.field(default="", converter=LABEL, kw_only=True)

    @property
    def accepted(self) -> tuple[str, ...]:
        """The keys of the accepted values."""
        values = self.values
        return values if isinstance(values, tuple) else tuple(m.value for m in values)

    def read(self, value: LabelledEnum | str) -> str:
        """The key ``value`` names, or :class:`~custops.errors.InvalidInput` listing them."""
        values = self.values
        if not isinstance(values, tuple):
            key: str = values.parse(value, argument=self.name).value
            return key
        folded = fold(require_str(self.name, value))
        for key in values:
            if fold(key) == folded:
                return key
        raise InvalidInput.for_argument(
            self.name, value, f"is not a known {self.name}; one of: {', '.join(values)}"
        )


class Recurrence(LabelledEnum):
    """Whether a target is met once (a reopened case restarts it, R-CMP-08), on every
    update ("update the customer every N": :meth:`Clock.renew`), or once per customer
    message ("next reply": :meth:`Clock.restart`) — issue 17, the 跟踪/反馈 duties."""

    ONCE = ("once", "一次", "one off")
    EVERY = ("every", "定期跟踪", "跟踪", "periodic update", "update every")
    NEXT_REPLY = ("next_reply", "每次回复", "next response")


def _warnings(value: Any) -> tuple[Decimal, ...]:
    fraction = functools.partial(
        require_fraction, low=0, high=1, low_open=True, high_open=True, error=PolicyError
    )
    numbers = require_items("warnings", value, "a sequence of fractions", each=fraction)
    require_distinct("warnings", numbers, "lists a threshold twice", shown=value, error=PolicyError)
    return tuple(sorted(numbers))


def _special_period(value: Any, target: Any) -> Period | None:
    """A target's ``special_period`` (R-SLA-09), held to its ``period`` (read before it):
    it is in the period's unit and not shorter, so that it is never shorter whatever the
    start (across units a period's length depends on the start and the calendar: ``24小时``
    can end before or after ``1个工作日``), and a target promised case by case has none;
    a refusal shows the period as given (``'三个工作日'``), not as custops writes it."""
    special = period_or_none("special_period", value)
    period = getattr(target, "period", None)
    if special is None:
        return None
    if period is None:
        problem = "is set but the period is promised case by case (period=None)"
        raise PolicyError.for_argument("special_period", value, problem)
    if period.unit is not special.unit:
        shown = period_text(period)
        problem = f"must be in the unit of the period {shown}" + examples(
            "", f" ({period.unit.label})"
        )
        raise PolicyError.for_argument("special_period", value, problem)
    shorter = f"is shorter than the period {period_text(period)}"
    within(
        "special_period",
        value,
        special.count,
        low=period.count,
        error=PolicyError,
        problem=shorter,
    )
    return special


if TYPE_CHECKING:

    def _SPECIAL_PERIOD(value: Period | str | None) -> Period | None: ...  # noqa: N802

else:
    _SPECIAL_PERIOD = attrs.Converter(
        retyped(_special_period, "Period | str | None"), takes_self=True
    )

#: ``rule``: a rule ID given, or (``None``) the rule its period is counted by.
if TYPE_CHECKING:

    def _TARGET_RULE(value: str | None) -> str: ...  # noqa: N802
    def _RECURRENCE(value: Recurrence | str) -> Recurrence: ...  # noqa: N802
    def _WARNINGS(value: Iterable[Decimal | int | str]) -> tuple[Decimal, ...]: ...  # noqa: N802
    def _TARGET_CUTOFF(value: Cutoff | str) -> Cutoff: ...  # noqa: N802

else:
    _TARGET_RULE = derived_converter(
        lambda target: counting_rule(target.period), require_rule_id, takes="str | None"
    )
    _RECURRENCE = enum_field(Recurrence)
    _WARNINGS = retyped(_warnings, "Iterable[Decimal | int | str]")
    _TARGET_CUTOFF = enum_field(Cutoff)


@attrs.frozen
class Target:
    """One service-level target: a name, the time allowed, and when to warn.

    ``period`` is a :class:`~custops.periods.Period` of any unit, or ``None``: promised to
    the customer case by case (R-SLA-12).  ``special_period`` is the longer period of
    special cases (R-SLA-09), in the unit of ``period``.  ``warnings`` are fractions of the
    allowed time, strictly between 0 and 1.  ``starts_after`` names the target whose *stop*
    starts this one (the follow-up call, R-SLA-04; the feedback form, R-SLA-10); ``label``
    is a Chinese name.  ``from_assignment``: the clock starts when the case is assigned to
    its handler, not at receipt (D1 第四条 3: the 投诉受理责任人 proposes a solution within one
    working day, R-SLA-01); :class:`~custops.complaints.Case` starts it at its first
    ``assign`` step, a schedule counts it as if assigned on receipt (the earliest).
    ``limited_by`` (a promised target only) names the target whose deadline a promise may
    not pass (D14 四(四): 客户投诉, consultations and suggestions included, are handled within
    3 working days, 7 in a special case, so a suggestion's promised reply is bounded by
    ``resolve``, R-SLA-09, R-SLA-12): a longer promise is refused (:func:`promise_problem`).
    ``calendar_days``: whole calendar days to 24:00, rest days included, in wall time
    (:func:`calendar_day_end`; D5 在处理完当天, R-SLA-04).
    ``cutoff`` (a :class:`~custops.periods.Cutoff` or its spelling) ends the last day of a
    period in days (working days included) at the calendar's close of business (the
    default, Civil Code art. 203 ¶2, R-PER-01) or, with ``"midnight"``, at 24:00 of that
    day, as :func:`custops.periods.deadline` does: the days are still counted as working
    days and a pause still moves the deadline by working time, to 24:00 of the day the
    allowance runs out (docs/sla.md, "Ending at 24:00 rather than at the close of
    business"); refused for a period counted to the minute and for ``calendar_days``.
    Hours and minutes are wall-clock time ("24 hours" is elapsed time), every other unit
    working time (:attr:`measure`).  ``rule`` is the one rule ID the target implements; by
    default (``None``) derived from ``period``: the rule its deadline stands on
    (:func:`counting_rule`: R-SLA-12 when promised case by case, else how its period is
    counted, R-PER-01 or R-PER-02), never empty.

    >>> t = Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09")
    >>> str(t.period), str(t.special_period), t.warnings, t.measure
    ('3个工作日', '7个工作日', (Decimal('0.5'), Decimal('0.75')), <Measure.WORKING: 'working'>)
    """

    name: str = attrs.field(converter=QUOTED)
    period: Period | None = attrs.field(converter=PERIOD)
    special_period: Period | None = attrs.field(
        default=None,
        converter=_SPECIAL_PERIOD,
        kw_only=True,
    )
    warnings: tuple[Decimal, ...] = attrs.field(
        default=DEFAULT_WARNINGS, converter=_WARNINGS, kw_only=True
    )
    starts_after: str | None = attrs.field(
        default=None,
        converter=OPTIONAL_QUOTED,
        kw_only=True,
    )
    rule: str = attrs.field(
        default=None,
        converter=_TARGET_RULE,
        kw_only=True,
    )
    label: str = attrs.field(default="", converter=LABEL, kw_only=True)
    recurrence: Recurrence = attrs.field(
        default=Recurrence.ONCE,
        converter=_RECURRENCE,
        kw_only=True,
    )
    calendar_days: bool = attrs.field(default=False, converter=BOOL, kw_only=True)
    cutoff: Cutoff = attrs.field(
        default=Cutoff.CLOSE_OF_BUSINESS, converter=_TARGET_CUTOFF, kw_only=True
    )
    from_assignment: bool = attrs.field(default=False, converter=BOOL, kw_only=True)
    limited_by: str | None = attrs.field(
        default=None,
        converter=OPTIONAL_QUOTED,
        kw_only=True,
    )

    def __attrs_post_init__(self) -> None:
        if self.starts_after == self.name:
            raise PolicyError.for_argument(
                "starts_after", self.starts_after, "names the target itself"
            )
        period = self.period
        if self.calendar_days and (period is None or period.unit not in _CALENDAR_DAY_UNITS):
            given = "promised case by case" if period is None else period_text(period)
            problem = (
                "counts whole calendar days to 24:00; the period must be in days or weeks, "
                f"not {given}"
            )
            raise PolicyError.for_argument("calendar_days", self.calendar_days, problem)
        if self.cutoff is Cutoff.MIDNIGHT and (
            self.calendar_days or (period is not None and period.unit.is_time_level)
        ):
            if self.calendar_days:
                problem = "is redundant: a calendar_days target ends at 24:00 already"
            else:
                problem = (
                    f"ends the last day of a period in days; {period_text(period)} "  # type: ignore[arg-type]
                    "is counted to the minute"
                )
            raise PolicyError.for_argument("cutoff", self.cutoff.value, problem)
        if self.limited_by is not None and (
            self.period is not None or self.limited_by == self.name
        ):
            problem = "bounds a period promised case by case (period=None) by another target"
            raise PolicyError.for_argument("limited_by", self.limited_by, problem)
        if self.from_assignment and self.starts_after is not None:
            problem = f"the target starts after {self.starts_after!r}, not at the assignment"
            raise PolicyError.for_argument("from_assignment", self.from_assignment, problem)

    @property
    def measure(self) -> Measure:
        """Wall time for minutes, hours and :attr:`calendar_days`, else (and for a promised
        target) working time.

        >>> Target("reply", "24小时").measure
        <Measure.WALL: 'wall'>
        """
        return Measure.WALL if self.calendar_days else measure_of(self.period)

    @fitted_call
    def period_for(self, *, special: bool = False, promised: Period | str | None = None) -> Period:
        """The period that applies: the promised one, the special one, or :attr:`period`.

        >>> t = Target("resolve", "3个工作日", special_period="7个工作日")
        >>> str(t.period_for()), str(t.period_for(special=True))
        ('3个工作日', '7个工作日')
        """
        require_bool("special", special)
        given = period_or_none("promised", promised)
        if given is not None:
            if special and self.special_period is None:  # (R-SLA-09: never ignored)
                problem = (
                    f"target {self.name!r} has no special_period: its period is the one "
                    "promised to the customer, which a special case does not lengthen; give "
                    "the promise the special case needs instead"
                )
                raise InvalidInput.for_argument("special", special, problem)
            if self.period is not None:
                raise InvalidInput.for_argument(
                    "promised",
                    promised,
                    f"target {self.name!r} has its own period {period_text(self.period)}; "
                    "a promised period is only for targets without one",
                )
            return given
        if self.period is None:
            problem = no_period(self.name, "promised=…")
            raise InvalidInput.for_argument("promised", promised, problem)
        if special:
            if self.special_period is None:  # never the ordinary period silently (R-SLA-09)
                raise InvalidInput.for_argument(
                    "special", special, no_special_period(self, self.period)
                )
            return self.special_period
        return self.period

    def __str__(self) -> str:
        name = named(self.name, self.label)
        if self.period is None:
            text = _("{target}: promised case by case", target=name)
        else:
            text = _("{target}: {period}", target=name, period=self.period)
        if self.special_period is not None:
            text += _(" (special {period})", period=self.special_period)
        if self.starts_after:
            text += _(" after {target}", target=named(self.starts_after))
        if self.recurrence is not Recurrence.ONCE:
            text += _(", {recurrence}", recurrence=verdict_word(self.recurrence))
        if self.calendar_days:
            text += _(", calendar days to 24:00")
        if self.cutoff is Cutoff.MIDNIGHT:
            text += _(", the last day to 24:00")
        return text


def ends_at_midnight(target: Target, period: Period) -> bool:
    """Whether ``target``'s deadline of ``period`` (the period that applies) ends at 24:00
    of its last day: ``cutoff="midnight"`` and a period in days, weeks or longer (R-PER-01,
    Civil Code art. 203 ¶2 with the end of the calendar day as the cutoff)."""
    return target.cutoff is Cutoff.MIDNIGHT and not period.unit.is_time_level


def day_end(due: _dt.datetime, cal: WorkCalendar) -> _dt.datetime:
    """24:00 of the local day of ``due`` in ``cal``'s zone: the deadline of a
    ``cutoff="midnight"`` target whose allowance runs out at ``due`` (a deadline already at
    24:00, 00:00 of the next day, stays), as :func:`custops.periods.deadline` ends the
    last day with ``cutoff="midnight"``."""
    local = cal.to_local(due)
    if local.time() == MIDNIGHT:
        return local
    day = local.date() + ONE_DAY
    return cal.to_local(utc(_dt.datetime.combine(day, MIDNIGHT, cal.zone)))


#: The units a :attr:`Target.calendar_days` target may count (whole calendar days).
_CALENDAR_DAY_UNITS = frozenset({Unit.DAYS, Unit.WEEKS})


def calendar_day_end(period: Period, start: _dt.datetime, cal: WorkCalendar) -> _dt.datetime:
    """The deadline of a :attr:`Target.calendar_days` target started at ``start``: 24:00 of
    the calendar day ``period`` after ``start``'s day in ``cal``'s zone, rest day or not
    (``当天``: the end of the start's own day — D5 第六条 3 在处理完当天打电话, R-SLA-04, as
    the website's 当天回复 of R-SLA-21).  Not the Civil Code count of
    :func:`custops.periods.deadline`, which ends a day at its close of business and moves
    a rest day to the next working day (art. 203)."""
    day = cal.to_local(start).date() + period.as_timedelta() + ONE_DAY
    return cal.to_local(utc(_dt.datetime.combine(day, MIDNIGHT, cal.zone)))


def promise_problem(
    target: Target, due: _dt.datetime, limit: Target, limit_due: _dt.datetime
) -> str | None:
    """Why the promise that makes ``target`` due at ``due`` is refused: it ends after
    ``limit_due``, the deadline of the target ``limit`` it is :attr:`Target.limited_by`
    (R-SLA-09, R-SLA-12; D14 四(四)); ``None`` when it does not."""
    if utc(due) <= utc(limit_due):
        return None
    return (
        f"ends {moment_text(due)}, after the deadline of "
        f"{limit.name!r} ({moment_text(limit_due)}; R-SLA-09, "
        f"D14 art. 4(4)): a promise of {target.name!r} may not exceed it; promise a shorter period"
    )


def measure_of(period: Period | None) -> Measure:
    """The measure of a period: wall time for minutes and hours, working time otherwise."""
    if period is not None and period.unit.is_wall_clock:
        return Measure.WALL
    return Measure.WORKING
