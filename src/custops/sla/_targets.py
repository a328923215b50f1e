"""Targets and case attributes of the SLA engine (private; see :mod:`custops.sla`)."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from custops._validate import require_bool, require_fraction, require_str, type_name
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.periods import Period, Unit

__all__ = [
    "ATTRIBUTES",
    "DEFAULT_WARNINGS",
    "Measure",
    "Target",
    "normalise_value",
]

T = TypeVar("T")

#: The case attributes a selection rule may test (R-CMP-01 kind, R-CMP-02/03 category,
#: R-CMP-04 channel, R-CMP-07 severity, R-SLA-09 special case).
ATTRIBUTES: tuple[str, ...] = ("channel", "kind", "category", "severity", "special")

#: ServiceNow's default warning thresholds: half and three quarters of the allowed time.
DEFAULT_WARNINGS: tuple[Decimal, ...] = (Decimal("0.5"), Decimal("0.75"))


class Measure(LabelledEnum):
    """How a target measures time: wall-clock time, or working (business) time.

    >>> Measure.WALL.label, Measure.WORKING.label
    ('自然时间', '工作时间')
    >>> Measure.parse("工作时间") is Measure.parse("working") is Measure.WORKING
    True
    """

    WALL = ("wall", "自然时间", "wall time")
    WORKING = ("working", "工作时间", "working time")


# --------------------------------------------------------------------------- attribute values

# Chinese words (and a few English variants) for the values complaints carry, mapped to
# the lower-case English member names of custops.complaints' enumerations.
_ALIASES: dict[str, str] = {
    # channel (R-CMP-04)
    "电话": "phone",
    "电话投诉": "phone",
    "telephone": "phone",
    "call": "phone",
    "书面": "written",
    "书面投诉": "written",
    "letter": "written",
    "当面": "in_person",
    "现场": "in_person",
    "口头": "in_person",
    "当面口头": "in_person",
    "on_site": "in_person",
    "onsite": "in_person",
    "oral": "in_person",
    "visit": "in_person",
    "转交": "forwarded",
    "转交投诉": "forwarded",
    "forward": "forwarded",
    "网上": "online",
    "网络": "online",
    "在线": "online",
    "web": "online",
    # kind (R-CMP-01)
    "咨询": "consultation",
    "建议": "suggestion",
    "推荐": "suggestion",
    "投诉": "complaint",
    # category (R-CMP-02, R-CMP-03)
    "产品质量": "product_quality",
    "quality": "product_quality",
    "销售合同": "sales_contract",
    "维修质量": "repair_quality",
    "服务质量": "service_quality",
    "退货": "return_exchange",
    "退换货": "return_exchange",
    "提案建议批评意见": "proposal_criticism",
    "提案": "proposal_criticism",
    "批评": "proposal_criticism",
    "proposal": "proposal_criticism",
    "其他": "other",
    "其它": "other",
    # severity (R-CMP-07)
    "一般": "general",
    "重大": "major",
    # special (R-SLA-09)
    "是": "true",
    "yes": "true",
    "特殊": "true",
    "否": "false",
    "no": "false",
}


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    return "_".join(folded.replace("-", " ").replace("_", " ").split())


def normalise_value(argument: str, value: Any) -> str:
    """The canonical text of a case attribute value, as selection rules compare it.

    An :class:`enum.Enum` member becomes its lower-case name; a ``bool`` ``"true"`` or
    ``"false"``; a ``str`` is folded (NFKC, lower case, spaces and hyphens as ``_``) and
    a Chinese label is mapped to the English name (电话 → ``phone``, 产品质量 →
    ``product_quality``, 重大 → ``major``).  Text the library has never heard of stays
    as it is: it simply matches no rule.

    >>> import enum
    >>> class Channel(enum.Enum):
    ...     PHONE = "phone"
    >>> normalise_value("channel", Channel.PHONE), normalise_value("channel", " 电话 ")
    ('phone', 'phone')
    >>> normalise_value("category", "Product Quality"), normalise_value("special", True)
    ('product_quality', 'true')
    >>> normalise_value("kind", 3)
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: kind: must be a str, an Enum or a bool, not a int (got 3)
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return value.name.lower()
    if isinstance(value, str):
        key = _key(value)
        if not key:
            raise InvalidInput.for_argument(argument, value, "must not be empty")
        return _ALIASES.get(key, key)
    raise InvalidType.for_argument(
        argument, value, f"must be a str, an Enum or a bool, not a {type_name(value)}"
    )


# --------------------------------------------------------------------------- Target


def _period_or_none(value: Any, argument: str = "period") -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    if isinstance(value, str):
        return Period.parse(value, argument=argument)
    raise InvalidType.for_argument(
        argument,
        value,
        f"must be a Period, a str such as '24小时' or None, not a {type_name(value)}",
    )


def _special_period(value: Any) -> Period | None:
    return _period_or_none(value, "special_period")


def promised_period(value: Any) -> Period | None:
    """Converter of ``promised`` arguments and fields (a period, its text or None)."""
    return _period_or_none(value, "promised")


def promised_periods(value: Any, known: Iterable[str] | None = None) -> dict[str, Period]:
    """A ``promised`` mapping (target name → period or its text) checked item by item.

    With ``known``, a name that is not among them is refused (a misspelt target would
    otherwise be ignored silently).
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidType.for_argument(
            "promised", value, f"must map target names to periods, not a {type_name(value)}"
        )
    names = None if known is None else frozenset(known)
    out: dict[str, Period] = {}
    for name, period in value.items():
        require_str("promised", name)
        if names is not None and name not in names:
            raise InvalidInput.for_argument(
                "promised", name, f"is not a target; one of: {', '.join(sorted(names))}"
            )
        given = _period_or_none(period, f"promised[{name!r}]")
        if given is not None:
            out[name] = given
    return out


def _warnings(value: Any) -> tuple[Decimal, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            "warnings", value, f"must be a sequence of fractions, not a {type_name(value)}"
        )
    numbers = tuple(
        require_fraction("warnings", v, low=0, high=1, low_open=True, high_open=True) for v in value
    )
    if len(set(numbers)) != len(numbers):
        raise PolicyError.for_argument("warnings", value, "lists a threshold twice")
    return tuple(sorted(numbers))


def stripped(argument: str, value: Any, *, nonempty: bool = True) -> str:
    """``value`` as a stripped ``str``; errors name ``argument`` (private helper)."""
    return require_str(argument, value, nonempty=nonempty).strip()


def name_text(value: Any) -> str:
    """Converter of ``name`` fields (a non-empty str)."""
    return stripped("name", value)


def rule_text(value: Any) -> str:
    """Converter of ``rule`` fields (rule IDs, may be empty)."""
    return stripped("rule", value, nonempty=False)


def label_text(value: Any) -> str:
    """Converter of ``label`` fields (a Chinese name, may be empty)."""
    return stripped("label", value, nonempty=False)


def tuple_of(argument: str, value: Any, item: type[T], what: str) -> tuple[T, ...]:
    """``value`` — any iterable but a ``str``, ``bytes`` or a lone ``item`` — as a tuple of
    ``item`` values; anything else is :class:`~custops.errors.InvalidType` naming
    ``argument`` (private helper)."""
    if isinstance(value, (str, bytes, item)) or not isinstance(value, Iterable):
        raise InvalidType.for_argument(
            argument, value, f"must be a sequence of {what}, not a {type_name(value)}"
        )
    items = tuple(value)
    for x in items:
        if not isinstance(x, item):
            raise InvalidType.for_argument(
                argument, x, f"must hold {what} values, not a {type_name(x)}"
            )
    return items


def _starts_after(value: Any) -> str | None:
    if value is None:
        return None
    return require_str("starts_after", value).strip()


@attrs.frozen
class Target:
    """One service-level target: a name, the time allowed, and when to warn.

    * ``name``: ``acknowledge``, ``reply``, ``resolve``, ``feedback``, ``follow_up`` or
      any other name; unique within an :class:`SlaPolicy`.
    * ``period``: the time allowed, a :class:`~custops.periods.Period` of any unit
      (``"24小时"``, ``"3个工作日"``, ``"1周"``, working hours…).  ``None`` means the
      period is promised to the customer case by case (R-SLA-12) and is given when the
      clock starts.
    * ``special_period``: the longer period of special cases (R-SLA-09: 3 working days,
      special cases 7); it may not be shorter than ``period`` when both share a unit.
    * ``warnings``: thresholds as fractions of the allowed time, default 0.5 and 0.75
      (ServiceNow's); each strictly between 0 and 1, no repeats (kept sorted).
    * ``starts_after``: the name of the target whose *stop* starts this one — the
      follow-up call on the day the case is closed (R-SLA-04) or the feedback form within
      24 hours after handling completes (R-SLA-10) start when ``resolve`` stops.
    * ``rule``: the rule ID(s) the target implements; ``label``: a Chinese name.

    A target measures time in its own way (:attr:`measure`): hours and minutes are
    wall-clock time (RULES.md: "24 hours" is elapsed time); working hours, working days
    and calendar days, weeks, months and years are working time of the calendar.

    >>> t = Target("resolve", "3个工作日", special_period="7个工作日", rule="R-SLA-09")
    >>> str(t.period), str(t.special_period), t.warnings, t.measure
    ('3个工作日', '7个工作日', (Decimal('0.5'), Decimal('0.75')), <Measure.WORKING: 'working'>)
    >>> Target("reply", "24小时").measure
    <Measure.WALL: 'wall'>
    >>> Target("resolve", "7个工作日", special_period="3个工作日")
    Traceback (most recent call last):
    ...
    custops.errors.PolicyError: special_period: is shorter than the period 7个工作日 ...
    """

    name: str = attrs.field(converter=name_text)
    period: Period | None = attrs.field(converter=_period_or_none)
    special_period: Period | None = attrs.field(
        default=None, converter=_special_period, kw_only=True
    )
    warnings: tuple[Decimal, ...] = attrs.field(
        default=DEFAULT_WARNINGS, converter=_warnings, kw_only=True
    )
    starts_after: str | None = attrs.field(default=None, converter=_starts_after, kw_only=True)
    rule: str = attrs.field(default="", converter=rule_text, kw_only=True)
    label: str = attrs.field(default="", converter=label_text, kw_only=True)

    def __attrs_post_init__(self) -> None:
        p, s = self.period, self.special_period
        if p is not None and s is not None and p.unit is s.unit and s.amount < p.amount:
            raise PolicyError.for_argument(
                "special_period", str(s), f"is shorter than the period {p}"
            )
        if s is not None and p is None:
            raise PolicyError.for_argument(
                "special_period",
                str(s),
                "is set but the period is promised case by case (period=None)",
            )
        if self.starts_after == self.name:
            raise PolicyError.for_argument(
                "starts_after", self.starts_after, "names the target itself"
            )

    @property
    def measure(self) -> Measure:
        """:attr:`Measure.WALL` for minutes and hours, :attr:`Measure.WORKING` otherwise.

        A promised target (``period=None``) is measured by the period promised; this
        property then answers for a period in days (working time).
        """
        return measure_of(self.period)

    def period_for(self, *, special: bool = False, promised: Period | str | None = None) -> Period:
        """The period that applies: the promised one, the special one, or :attr:`period`.

        >>> t = Target("resolve", "3个工作日", special_period="7个工作日")
        >>> str(t.period_for()), str(t.period_for(special=True))
        ('3个工作日', '7个工作日')
        >>> Target("reply", None, rule="R-SLA-12").period_for()
        Traceback (most recent call last):
        ...
        custops.errors.InvalidInput: period: target 'reply' has no period of its own ... (got None)
        """
        require_bool("special", special)
        given = promised_period(promised)
        if given is not None:
            if self.period is not None:
                raise InvalidInput.for_argument(
                    "promised",
                    str(given),
                    f"target {self.name!r} has its own period {self.period}; "
                    "a promised period is only for targets without one",
                )
            return given
        if self.period is None:
            raise InvalidInput.for_argument(
                "period",
                None,
                f"target {self.name!r} has no period of its own (R-SLA-12: the deadline is "
                "promised case by case); pass the promised period",
            )
        if special and self.special_period is not None:
            return self.special_period
        return self.period

    def __str__(self) -> str:
        period = "promised" if self.period is None else str(self.period)
        if self.special_period is not None:
            period += f" (special {self.special_period})"
        after = f" after {self.starts_after}" if self.starts_after else ""
        return f"{self.name}: {period}{after}"


def find_target(targets: Iterable[Target], name: str, among: str) -> Target:
    """The target called ``name``, or :class:`~custops.errors.InvalidInput` saying it is
    not ``among`` them and listing their names (private helper)."""
    listed = tuple(targets)
    for t in listed:
        if t.name == name:
            return t
    names = ", ".join(t.name for t in listed) or "none"
    raise InvalidInput.for_argument("name", name, f"is not {among}; one of {names}")


def measure_of(period: Period | None) -> Measure:
    """The measure of a period: wall time for minutes and hours, working time otherwise."""
    if period is not None and period.unit in (Unit.MINUTES, Unit.HOURS):
        return Measure.WALL
    return Measure.WORKING
