"""The winery's product-return rules (R-CMP-10, R-SLA-22; D10 二 3.2), explained in
``docs/complaints.md``: what the seed leaves open is answered ``VERIFY``, never guessed."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from custops._enums import own_names
from custops._text import table_repr
from custops._validate import (
    BOOL,
    POLICY_POSITIVE_INT,
    field_converter,
    fitted_call,
    optional_check,
    policy_or_default,
    require_bool,
    require_date,
    require_items,
    within,
)
from custops.complaints.policy import company_label
from custops.decisions import W_, Explained, Wn_, Wording, check_said, kept_wording, worded_joined
from custops.enums import LabelledEnum
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import N_

__all__ = ["Cause", "Defect", "ReturnDecision", "ReturnOutcome", "ReturnPolicy", "return_decision"]


class Defect(LabelledEnum):
    """The defects D10 二 3.2 names: 「沉淀,较大悬浮物」 go back through the return process
    (R-CMP-10).  Only *large* suspended matter is named: ``SUSPENDED_MATTER`` (悬浮物, its size
    not given) is a defect of its own, answered 待核实 until its size is known."""

    SEDIMENT = ("sediment", "沉淀", "沉淀物")
    LARGE_SUSPENDED_MATTER = (
        "large_suspended_matter",
        "较大悬浮物",
        "较大的悬浮物",
        "大悬浮物",
        "large suspended matter",
    )
    SUSPENDED_MATTER = ("suspended_matter", "悬浮物", "suspended matter")
    MOULD = ("mould", "发霉", "霉变", "包装发霉", "mold")
    TWISTED_CAP = ("twisted_cap", "瓶盖扭断", "瓶盖断", "扭断", "cap")
    LEAK = ("leak", "渗漏", "漏酒", "leakage")


class Cause(LabelledEnum):
    """What the quality department found caused the defect."""

    IMPROPER_STORAGE = ("improper_storage", "仓储不当", "客户仓储不当", "storage")
    PRODUCT = ("product", "产品质量", "质量事故", "quality")
    UNKNOWN = ("unknown", "未查明", "不明", "待查")


class ReturnOutcome(LabelledEnum):
    """What happens to the goods."""

    RETURN = ("return", "按退货流程退货", "退货")
    UNCONDITIONAL_RETURN = ("unconditional_return", "无条件退货")
    NO_RETURN = ("no_return", "不予退货", "不退货")
    VERIFY = ("verify", "待核实", "核实")


def _defects(argument: str, value: Any) -> frozenset[Defect]:
    found = require_items(argument, value, "a set of Defect")
    return frozenset(Defect.parse(d, argument=argument) for d in found)


if TYPE_CHECKING:

    def _DEFECTS(value: Iterable[Defect | str]) -> frozenset[Defect]: ...  # noqa: N802

else:
    _DEFECTS = field_converter(_defects, takes="Iterable[Defect | str]")

#: How a refusal of a defect says to map a company's own defect name.
DEFECT_HINT = (
    "map a company's own defect name to one of these with ReturnPolicy(defect_names={name: defect})"
)


def _defect_names(argument: str, value: Any) -> tuple[tuple[str, Defect], ...]:
    """``defect_names``: the company's own defect words (沉淀悬浮, 酒液浑浊), each read as
    one of the seed's :class:`Defect` s, as ``CasePolicy.department_names`` reads
    departments."""
    return own_names(argument, value, Defect, "defect")


if TYPE_CHECKING:

    def _DEFECT_NAMES(  # noqa: N802
        value: Mapping[str, Defect | str] | Sequence[tuple[str, Defect | str]],
    ) -> tuple[tuple[str, Defect], ...]: ...

else:
    _DEFECT_NAMES = field_converter(
        _defect_names,
        takes="Mapping[str, Defect | str] | Sequence[tuple[str, Defect | str]]",
    )

_date = optional_check(require_date)
_RETURNABLE = frozenset({Defect.SEDIMENT, Defect.LARGE_SUSPENDED_MATTER})
_STORAGE_CAUSED = frozenset({Defect.MOULD, Defect.TWISTED_CAP, Defect.LEAK})
_IN_WINDOW = frozenset({Defect.MOULD})
_BOTH = "a defect cannot be both returnable and a storage defect"
_NO_WINDOW = "a returnable defect needs no window"


@attrs.frozen(kw_only=True)
class ReturnPolicy:
    """The numbers and sets of D10 二 3.2 (R-CMP-10), as a policy.

    ``mould_window_days`` (15) after the outbound day, not counted (``outbound_day_counted``,
    Civil Code art. 201); the defect sets as listed in docs/complaints.md;
    ``defect_names`` maps a company's own defect words to the seed's :class:`Defect` s
    (a return decided with ``"沉淀悬浮"`` is decided as the defect it maps to; an unknown
    word is refused saying how to map it).

    >>> ReturnPolicy(outbound_day_counted=True).window_end(_dt.date(2024, 5, 1))
    datetime.date(2024, 5, 15)
    """

    mould_window_days: int = attrs.field(default=15, converter=POLICY_POSITIVE_INT)
    outbound_day_counted: bool = attrs.field(default=False, converter=BOOL)
    returnable_defects: frozenset[Defect] = attrs.field(default=_RETURNABLE, converter=_DEFECTS)
    storage_defects: frozenset[Defect] = attrs.field(default=_STORAGE_CAUSED, converter=_DEFECTS)
    window_defects: frozenset[Defect] = attrs.field(default=_IN_WINDOW, converter=_DEFECTS)
    defect_names: tuple[tuple[str, Defect], ...] = attrs.field(
        default=(), converter=_DEFECT_NAMES, repr=table_repr
    )

    def __attrs_post_init__(self) -> None:
        for argument, overlap, problem in (
            ("returnable_defects", self.returnable_defects & self.storage_defects, _BOTH),
            ("window_defects", self.window_defects & self.returnable_defects, _NO_WINDOW),
        ):
            if overlap:
                raise PolicyError.for_argument(argument, sorted(d.value for d in overlap), problem)

    def window_end(self, outbound_on: _dt.date) -> _dt.date:
        """The last day on which a window defect found still counts (R-SLA-22)."""
        outbound_on = require_date("outbound_on", outbound_on)
        days = self.mould_window_days - (1 if self.outbound_day_counted else 0)
        if outbound_on > _dt.date.max - _dt.timedelta(days=days):
            raise InvalidInput.for_argument(
                "outbound_on", outbound_on, "its window runs past date.max"
            )
        return outbound_on + _dt.timedelta(days=days)


@kept_wording
@attrs.frozen
class ReturnDecision(Explained):
    """The outcome for the goods, the rule (``"R-CMP-10"``), the clause and the reason.

    ``clause`` quotes the part of D10 二 3.2 that decided; ``window_ends_on`` is the last
    day of the mould window when an outbound date was given.  The reason is worded when
    read, from the facts it keeps (a ``reason`` given as text is kept as given).
    """

    outcome: ReturnOutcome
    defect: Defect
    clause: str
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    window_ends_on: _dt.date | None = None
    rule: str = "R-CMP-10"
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)


_PROCESS = "产品出现沉淀,较大悬浮物 … 按退货的流程办理"
_STORAGE = "因客户仓储不当导致的包装发霉,瓶盖扭断,渗漏等现象不属于质量事故不给于退货"
_WINDOW = "在出库15天内发霉 … 根据销售出库审核表进行审核 … 无条件退货"


def _defect(value: Any, policy: ReturnPolicy) -> Defect:
    """The seed's defect ``value`` names: a company's own word of the policy's
    ``defect_names`` as the defect it maps to, else read as a :class:`Defect` (a refusal
    says how to map a company's word)."""
    return company_label(value, policy.defect_names, Defect, DEFECT_HINT)


@fitted_call
def return_decision(
    defect: Defect | str,
    *,
    cause: Cause | str = Cause.UNKNOWN,
    outbound_on: _dt.date | None = None,
    found_on: _dt.date | None = None,
    outbound_confirmed: bool = False,
    policy: ReturnPolicy | None = None,
) -> ReturnDecision:
    """Whether goods with ``defect`` go back, by D10 二 3.2 (R-CMP-10, R-SLA-22).

    ``cause`` is what the investigation found (default: not yet known, ``Cause.UNKNOWN``;
    ``None`` is refused saying so, the default being a value, CONTRIBUTING item 3);
    ``outbound_confirmed`` whether the sales outbound record (销售出库审核表) confirms
    ``outbound_on``; ``found_on`` before ``outbound_on`` is an error.  Suspended matter
    whose size is not given (``"悬浮物"``) is ``VERIFY``: D10 returns only *large*
    suspended matter (较大悬浮物), so its size is checked first (unless the policy's
    ``returnable_defects`` names it).

    >>> return_decision("沉淀").outcome
    <ReturnOutcome.RETURN: 'return'>
    >>> return_decision("瓶盖扭断", cause="仓储不当").reason
    '因客户仓储不当导致瓶盖扭断，不属于质量事故：不予退货'
    >>> return_decision("悬浮物").outcome.label, return_decision("较大悬浮物").outcome.label
    ('待核实', '按退货流程退货')
    """
    policy = policy_or_default(policy, ReturnPolicy)
    defect = _defect(defect, policy)
    given: object = cause  # typed as the signature says; an export's empty cause is None
    if given is None:  # said how to say "not known yet"
        problem = (
            "must be a Cause or a str, not None; leave it out (its default is "
            "Cause.UNKNOWN) when the cause is not known yet"
        )
        raise InvalidType.for_argument("cause", cause, problem)
    cause = Cause.parse(cause, argument="cause")
    outbound_on = _date("outbound_on", outbound_on)
    found_on = _date("found_on", found_on)
    confirmed = require_bool("outbound_confirmed", outbound_confirmed)
    if outbound_on is not None and found_on is not None:
        problem = f"is before outbound_on {outbound_on.isoformat()}"
        within("found_on", found_on, found_on, low=outbound_on, problem=problem)
    window_ends = policy.window_end(outbound_on) if outbound_on is not None else None
    fields = {
        "defect": defect,
        "days": policy.mould_window_days,
        "found": found_on,
        "outbound": outbound_on,
        "end": window_ends,
        "record": "销售出库审核表",
        "large": Defect.LARGE_SUSPENDED_MATTER,
    }

    def decide(outcome: ReturnOutcome, clause: str, *reasons: str) -> ReturnDecision:
        reason = _reason(reasons[0], fields)
        for key in reasons[1:]:
            reason = worded_joined(reason, _reason(key, fields))
        return ReturnDecision(outcome, defect, clause, reason, window_ends_on=window_ends)

    if defect in policy.returnable_defects:
        return decide(ReturnOutcome.RETURN, _PROCESS, "process")
    dated = outbound_on is not None and found_on is not None
    windowed = defect in policy.window_defects
    if windowed and found_on is not None and window_ends is not None and found_on <= window_ends:
        if confirmed:
            return decide(ReturnOutcome.UNCONDITIONAL_RETURN, _WINDOW, "within", "confirmed")
        return decide(ReturnOutcome.VERIFY, _WINDOW, "within", "check")
    if defect in policy.storage_defects:
        if cause is Cause.IMPROPER_STORAGE and windowed and not dated:
            return decide(ReturnOutcome.VERIFY, _WINDOW, "storage_undated")
        if cause is Cause.IMPROPER_STORAGE:
            return decide(ReturnOutcome.NO_RETURN, _STORAGE, "storage")
        if cause is Cause.PRODUCT:
            return decide(ReturnOutcome.RETURN, _STORAGE, "product")
        more = ("investigate", "undated") if windowed and not dated else ("investigate",)
        return decide(ReturnOutcome.VERIFY, _STORAGE, *more)
    if defect is Defect.SUSPENDED_MATTER:  # 较大悬浮物 only: the size decides
        return decide(ReturnOutcome.VERIFY, _PROCESS, "unsized")
    return decide(ReturnOutcome.VERIFY, "", "uncovered")


def _reason(key: str, fields: dict[str, Any]) -> Wording:
    """A piece of the reason of :func:`return_decision`: two are counted in days."""
    days = fields["days"]
    if key == "within":
        return Wn_(
            "{defect} found {found}, within {days} day of leaving the warehouse on"
            " {outbound} (window ends {end})",
            "{defect} found {found}, within {days} days of leaving the warehouse on"
            " {outbound} (window ends {end})",
            days,
            **fields,
        )
    if key == "storage_undated":
        return Wn_(
            "{defect} caused by improper storage: no return, unless it was found within"
            " {days} day of leaving the warehouse (unconditional return); give"
            " outbound_on and found_on",
            "{defect} caused by improper storage: no return, unless it was found within"
            " {days} days of leaving the warehouse (unconditional return); give"
            " outbound_on and found_on",
            days,
            **fields,
        )
    return W_(_REASONS[key], **fields)


#: The other pieces of the reason of :func:`return_decision` (a reason joins one or two).
_REASONS = {
    "process": N_(
        "{defect}: returned through the return process once the quality department"
        " confirms the facts"
    ),
    "confirmed": N_(", confirmed by the outbound record: unconditional return"),
    "check": N_(
        ": check the sales outbound record ({record}); if it confirms, unconditional return"
    ),
    "storage": N_("{defect} caused by improper storage is not a quality accident: no return"),
    "product": N_(
        "{defect} not caused by storage is a quality accident: returned through the return process"
    ),
    "investigate": N_("{defect}: investigate the cause; no return if improper storage caused it"),
    "undated": N_(
        ", unconditional return if found within the window (give outbound_on and found_on)"
    ),
    "unsized": N_(
        "{defect} of a size not given: only large suspended matter ({large}) goes back"
        " through the return process; the quality department checks its size first"
    ),
    "uncovered": N_("{defect}: not covered by this return policy; refer to the quality department"),
}
