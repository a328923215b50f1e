"""Whether a complaint is established (R-CMP-05; D1 第四条 2, D5 第条 2), and how a complaint
about staff or service is handled (R-CMP-09; D14 四(三), D10 二 3.3–3.4)."""

from __future__ import annotations

import attrs

from custops._validate import fitted_call, require_bool
from custops.complaints.model import Department, HandlingClass, Role, Validity
from custops.decisions import W_, Decision, Explained, Wording, check_said, kept_wording
from custops.i18n import N_

__all__ = ["HandlingDecision", "ValidityDecision", "assess_validity", "handling_decision"]


@kept_wording
@attrs.frozen
class ValidityDecision(Decision):
    """Whether the complaint is established (``allowed``), with the rule ``"R-CMP-05"``,
    a one-line reason, the :class:`Validity`, the two judgements and the next step.  The
    reason and the next step are worded when read, in the active language (each given as
    text is kept as given)."""

    _verdict_words = (N_("established"), N_("not established"))

    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    validity: Validity = Validity.NOT_ESTABLISHED
    grounds_sufficient: bool = False
    demand_reasonable: bool = False
    said_step: str | Wording = attrs.field(default="", alias="next_step")
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def next_step(self) -> str:
        """What to do next, worded in the active language."""
        return str(self.said_step)


@fitted_call
def assess_validity(*, grounds_sufficient: bool, demand_reasonable: bool) -> ValidityDecision:
    """Established only when the grounds are sufficient and the demand reasonable (R-CMP-05).

    Both are the handler's judgement after the initial investigation, as ``bool``, and
    keywords: two yes/no facts a caller could swap unnoticed.

    >>> d = assess_validity(grounds_sufficient=False, demand_reasonable=False)
    >>> d.validity.label, d.rule, bool(d)
    ('不成立', 'R-CMP-05', False)
    """
    grounds = require_bool("grounds_sufficient", grounds_sufficient)
    demand = require_bool("demand_reasonable", demand_reasonable)
    established = grounds and demand
    if established:
        reason = W_("established: the grounds are sufficient and the demand reasonable")
        step = W_("fill in the complaint form and assign the handling department")
    else:
        failures = W_(_FAILURES[grounds, demand])
        reason = W_("not established: {failures}; answer tactfully and close", failures=failures)
        step = W_("answer tactfully, seek the customer's understanding, close")
    validity = Validity.ESTABLISHED if established else Validity.NOT_ESTABLISHED
    return ValidityDecision(established, "R-CMP-05", reason, validity, grounds, demand, step)


#: What fails, by (grounds sufficient, demand reasonable).
_FAILURES = {
    (False, False): N_("the grounds are not sufficient and the demand is not reasonable"),
    (False, True): N_("the grounds are not sufficient"),
    (True, False): N_("the demand is not reasonable"),
}


@kept_wording
@attrs.frozen
class HandlingDecision(Explained):
    """How a complaint about staff or service is handled (R-CMP-09).

    ``next_step`` what to do next, in words (as :attr:`ValidityDecision.next_step`, and as
    the reason worded when read, in the active language);
    ``report_to`` who is told (or ``None``); ``corrective_plan`` whether a corrective plan
    (整改方案) is required; ``criticism_notice`` whether the person is criticised by notice
    and the result fed back to the customer (D10 二 3.3).
    """

    outcome: HandlingClass
    said_step: str | Wording = attrs.field(alias="next_step")
    report_to: Role | None
    corrective_plan: bool
    criticism_notice: bool
    department: Department
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    rule: str = "R-CMP-09"
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def next_step(self) -> str:
        """What to do next, worded in the active language."""
        return str(self.said_step)


_HANDLING = {
    HandlingClass.VIOLATION: (
        N_("report to the department head and handle by the organisation's procedure"),
        Role.DEPARTMENT_MANAGER,
        False,
        True,
        N_("a violation or dereliction of duty is reported up and handled by procedure"),
    ),
    HandlingClass.ORDINARY_MISTAKE: (
        N_("handle under the unit's rules, correct at once and draw up a corrective plan"),
        None,
        True,
        True,
        N_("an ordinary mistake or service shortfall is corrected at once, with a plan"),
    ),
    HandlingClass.CUSTOMER_MISUNDERSTANDING: (
        N_("explain to the customer and remove the misunderstanding"),
        None,
        False,
        False,
        N_("the customer's own problem or misunderstanding is explained"),
    ),
}


@fitted_call
def handling_decision(
    handling_class: HandlingClass | str,
    *,
    department: Department | str = Department.MARKETING_OFFICE,
) -> HandlingDecision:
    """The handling of a staff or service complaint of ``handling_class`` (R-CMP-09, R-CMP-03).

    ``department`` is who handles it (D10 二 3.3–3.4: the marketing office, 营管办).  A
    corrective plan (整改方案) is asked only for an ordinary mistake (D14 四(三)).

    >>> d = handling_decision(HandlingClass.VIOLATION)
    >>> d.outcome, d.report_to, d.corrective_plan, d.rule
    (<HandlingClass.VIOLATION: 'violation'>, <Role.DEPARTMENT_MANAGER: 'department_manager'>, \
False, 'R-CMP-09')
    """
    handling = HandlingClass.parse(handling_class, argument="handling_class")
    where = Department.parse(department, argument="department")
    action, report_to, plan, notice, why = _HANDLING[handling]
    return HandlingDecision(handling, W_(action), report_to, plan, notice, where, W_(why))
