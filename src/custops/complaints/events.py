"""The events of a complaint case: what was done, when, by which role, with what data."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from custops._enums import enum_field, member_check, parse_members
from custops._text import joined, moment_text, one_line
from custops._validate import (
    AWARE,
    label_text,
    optional_text,
    pairs_mapping,
    require_bool,
    require_label,
    require_str,
    retyped,
)
from custops.complaints.flow import CaseAction
from custops.complaints.model import Category, Department, Kind, Role, Severity
from custops.complaints.severity import grounds_reason, read_grounds
from custops.errors import CustopsError, InvalidInput
from custops.i18n import N_, _
from custops.money import require_money
from custops.periods import period_check

__all__ = ["CaseEvent"]

_A = CaseAction


#: The names of the data fields, as a description shows them.
_NAMES = {
    "kind": N_("kind"),
    "category": N_("category"),
    "severity": N_("severity"),
    "grounds_sufficient": N_("grounds sufficient"),
    "demand_reasonable": N_("demand reasonable"),
    "special": N_("special case"),
    "department": N_("department"),
    "handler": N_("handler"),
    "period": N_("period"),
    "satisfied": N_("satisfied"),
    "told": N_("told"),
    "emergency_meeting": N_("emergency meeting"),
    "reason": N_("waiting for"),
    "loss": N_("loss"),
}


_Field = tuple[Callable[[str, Any], Any], bool, Any]


def _told(argument: str, value: Any) -> tuple[Role, ...]:
    """The roles an escalation told (R-CMP-07, D1 第四条; D13 第十四章 六), in declaration
    order (one role, or a collection of them, as any spelling :meth:`Role.parse` reads)."""
    chosen = parse_members(Role, value, argument=argument, lone=True)
    return tuple(r for r in Role if r in chosen)


#: What each kind of event carries in ``data``: name -> (converter, required, default);
#: a value that is absent or ``None`` takes the default.
SCHEMA: dict[CaseAction, dict[str, _Field]] = {
    _A.CLASSIFY: {
        "kind": (member_check(Kind), True, None),
        "category": (member_check(Category), True, None),
        "severity": (member_check(Severity), False, Severity.GENERAL),
        "grounds_sufficient": (require_bool, False, None),
        "demand_reasonable": (require_bool, False, None),
        "special": (require_bool, False, False),
        "department": (member_check(Department), False, None),
        "severity_grounds": (read_grounds, False, None),
    },
    _A.ASSIGN: {
        "department": (member_check(Department), True, None),
        "handler": (optional_text, False, ""),
    },
    _A.COMMEND: {"department": (member_check(Department), True, None)},
    # who answers a complaint not established (D10 二 3.4 营管办负责人; R-CMP-05, R-CMP-14)
    _A.EXPLAIN: {"department": (member_check(Department), False, None)},
    _A.ESCALATE: {
        "department": (member_check(Department), False, None),
        "told": (_told, False, None),
        "emergency_meeting": (require_bool, False, None),
    },
    _A.PROMISE: {"period": (period_check, True, None)},
    _A.SURVEY: {"satisfied": (require_bool, True, None)},
    # what the case waits on the customer for (one line, no rule ID: a status quotes it)
    _A.PAUSE: {"reason": (require_label, True, None)},
    # the loss the complaint caused, once assessed (yuan, exact; R-CMP-07, R-CMP-13)
    _A.ASSESS_LOSS: {"loss": (require_money, True, None)},
}


def _note(value: Any, event: Any) -> str:
    """An event's ``note``: free text (stripped), but a classification's is one line with
    no rule ID (:func:`~custops._validate.label_text`), as a major complaint's status
    quotes it in its one-line reason (R-CMP-07; CONTRIBUTING item 4); a refusal names
    ``note`` and shows it as given."""
    if getattr(event, "action", None) is _A.CLASSIFY:
        return label_text("note", value)
    return optional_text("note", value)


if TYPE_CHECKING:

    def _NOTE(value: str) -> str: ...  # noqa: N802

else:
    _NOTE = attrs.Converter(retyped(_note, "str"), takes_self=True)


def _raw_data(value: Any) -> Any:
    if value is None:
        return {}
    return pairs_mapping("data", value, "a mapping name -> value", "(name, value)")


def _check_classification(out: dict[str, Any], raw: Mapping[str, Any]) -> None:
    """A classification's data hold together (R-CMP-05); a refusal names the argument the
    caller passed (``grounds_sufficient`` …) and its value, not the event's ``data``.

    Only a complaint has a severity (R-CMP-07): a contact of another kind keeps none (its
    ``severity`` is ``None``), and only a major complaint the grounds that made it so
    (``severity_grounds``: the criteria with their words and figures, as
    :func:`~custops.complaints.severity.grounds_reason` words them when read).  Only a
    complaint or a suggestion is special (R-SLA-09: D14
    四(四) bounds the handling of 客户投诉, its umbrella of 咨询、推荐、投诉, by 3 working days,
    7 in a special case; a consultation's bound is its 24 hours, 四(一)).  Only praise names
    a department at classification, the one it is routed to for commendation (R-CMP-01,
    R-CMP-03); a complaint's is assigned.
    """
    kind, severity = out["kind"], out["severity"]
    if out["severity_grounds"] is not None and (
        kind is not Kind.COMPLAINT or severity is not Severity.MAJOR
    ):
        raise InvalidInput.for_argument(
            "severity_grounds",
            raw.get("severity_grounds"),
            "only a major complaint's classification keeps the grounds of its severity (R-CMP-07)",
        )
    validity = ("grounds_sufficient", "demand_reasonable")
    judged = [name for name in validity if out[name] is not None]
    if out["department"] is not None and kind is not Kind.PRAISE:
        raise InvalidInput.for_argument(
            "department",
            raw.get("department"),
            f"only praise is routed when classified, not a {kind.value}; "
            "a complaint's department is assigned (assign)",
        )
    if kind is not Kind.COMPLAINT:
        # a severity given, even "general", is a complaint's judgement (the default is not);
        # a suggestion may be special too (D14 四(四): its handling is bounded as a
        # complaint's, 特殊状况 7个工作日, R-SLA-09)
        special = out["special"] and kind is not Kind.SUGGESTION
        present = {"severity": raw.get("severity") is not None, "special": special}
        wrong = [name for name, given in present.items() if given] + judged
        if wrong:
            name = wrong[0]
            who = "a complaint or a suggestion" if name == "special" else "a complaint"
            raise InvalidInput.for_argument(
                name, raw.get(name, out[name]), f"only {who} has it, not a {kind.value}"
            )
        out["severity"] = None
    elif len(judged) == 1:
        missing = next(name for name in validity if name not in judged)
        raise InvalidInput.for_argument(
            missing,
            None,
            f"must be judged too: {judged[0]} was given, and validity needs both "
            "grounds_sufficient and demand_reasonable (R-CMP-05)",
        )
    elif severity is Severity.GENERAL and not judged:
        raise InvalidInput.for_argument(
            "grounds_sufficient",
            None,
            "a general complaint needs its validity judged: give grounds_sufficient and "
            "demand_reasonable (R-CMP-05)",
        )


def step_data_error(action: CaseAction, data: Mapping[str, Any], exc: CustopsError) -> CustopsError:
    """``exc``, an event's refusal of its ``data``, said of the step's own keyword
    (``case.assign(at, role, None)``: ``department: the assign step needs it (got None)``),
    for a case step, whose caller passed the keywords and no ``data``: a keyword the step
    does not take, then a required one missing or ``None``; else ``exc`` itself."""
    schema = SCHEMA.get(action, {})
    for name, value in data.items():
        if name not in schema:
            takes = ", ".join(schema) or "no data"
            problem = (
                f"is not data of the {action.value} step, which takes {takes} "
                "(its free text is note=)"
            )
            return InvalidInput.for_argument(name, value, problem)
    for name, (_convert, required, _default) in schema.items():
        if required and data.get(name) is None:
            problem = f"the {action.value} step needs it"
            return InvalidInput.for_argument(name, data.get(name), problem)
    return exc


if TYPE_CHECKING:

    def _ROLE(value: Role | str) -> Role: ...  # noqa: N802
    def _ACTION(value: CaseAction | str) -> CaseAction: ...  # noqa: N802
    def _DATA(  # noqa: N802
        value: Mapping[str, Any] | Sequence[tuple[str, Any]] | None,
    ) -> dict[str, Any]: ...

else:
    _ROLE = enum_field(Role)
    _ACTION = enum_field(CaseAction)
    _DATA = retyped(_raw_data, "Mapping[str, Any] | Sequence[tuple[str, Any]] | None")


@attrs.frozen
class CaseEvent:
    """One event of a case: when (``at``), which step (``action``), by which role, a note, data
    (R-CMP-06: every step records its time and role).

    ``data`` is checked and normalised by step (:data:`SCHEMA`; a general complaint's
    classification needs its validity judged, R-CMP-05) and stored as sorted pairs.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> e = CaseEvent(dt.datetime(2025, 10, 9, 9, tzinfo=ZoneInfo("Asia/Shanghai")), "定性",
    ...               "客户关系经理", data={"kind": "投诉", "category": "服务质量",
    ...               "grounds_sufficient": True, "demand_reasonable": True})
    >>> e.action, e.role.label, e.get("category"), e.get("severity")
    (<CaseAction.CLASSIFY: 'classify'>, '客户关系经理', <Category.SERVICE_QUALITY: \
'service_quality'>, <Severity.GENERAL: 'general'>)
    """

    at: _dt.datetime = attrs.field(converter=AWARE)
    action: CaseAction = attrs.field(converter=_ACTION)
    role: Role = attrs.field(converter=_ROLE)
    note: str = attrs.field(default="", converter=_NOTE)
    data: tuple[tuple[str, Any], ...] = attrs.field(default=(), converter=_DATA)

    def __attrs_post_init__(self) -> None:
        raw: dict[str, Any] = self.data  # type: ignore[assignment]
        schema = SCHEMA.get(self.action, {})
        unknown = sorted(k for k in raw if k not in schema)
        if unknown:
            known = ", ".join(schema) or "nothing"
            raise InvalidInput.for_argument(
                "data", raw, f"{self.action.value} takes {known}; unknown: {', '.join(unknown)}"
            )
        out: dict[str, Any] = {}
        for name, (convert, required, default) in schema.items():
            if raw.get(name) is None:
                if required:
                    raise InvalidInput.for_argument(
                        "data", raw, f"{self.action.value} needs {name!r}"
                    )
                out[name] = default
            else:
                out[name] = convert(name, raw[name])
        if self.action is _A.CLASSIFY:
            _check_classification(out, raw)
        object.__setattr__(self, "data", tuple(sorted(out.items())))

    def get(self, name: str, default: object = None) -> Any:
        """The data value called ``name`` (``default`` when absent)."""
        require_str("name", name)
        return dict(self.data).get(name, default)

    @property
    def severity_reason(self) -> str:
        """Why a classification found the complaint major (R-CMP-07), worded from the
        grounds it keeps in the language active when it is read (a case classified in
        Chinese reads in English in English); ``""`` for any other event, and for a
        classification whose severity was given rather than assessed."""
        kept = self.get("severity_grounds")
        return "" if kept is None else grounds_reason(kept)

    def describe(self) -> str:
        """One line in the active language: time, step, role, data and note (the caller's
        note as given; a major complaint's grounds worded when described)."""
        data = [
            _(
                "{name}: {value}",
                name=_(_NAMES[k]),
                value=(_("yes") if v else _("no")) if isinstance(v, bool) else v,
            )
            for k, v in self.data
            if v is not None and v != "" and k in _NAMES
        ]
        line = _("{at} {step} by {role}", at=moment_text(self.at), step=self.action, role=self.role)
        line += f" [{joined(data, strong=True)}]" if data else ""
        reason = self.severity_reason
        if self.note and reason:
            line += _(" — {note}; {reason}", note=self.note, reason=reason)
        elif self.note or reason:
            line += _(" — {note}", note=self.note or reason)
        # a note or a handler may hold line breaks: described, the event stays one line
        return one_line(line)
