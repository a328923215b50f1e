"""Whether a complaint is established (R-CMP-05; D1 第四条 2, D5 第条 2), and how a complaint
about staff or service is handled (R-CMP-09; D14 四(三), D10 二 3.3–3.4)."""

from __future__ import annotations

import attrs

from custops._validate import require_bool
from custops.complaints.model import Department, HandlingClass, Role, Validity
from custops.decisions import Decision, Explained
from custops.i18n import N_, _

__all__ = ["HandlingDecision", "ValidityDecision", "assess_validity", "handling_decision"]


@attrs.frozen
class ValidityDecision(Decision):
    """Whether the complaint is established (``allowed``), with the rule ``"R-CMP-05"``,
    a one-line reason, the :class:`Validity`, the two judgements and the next step."""

    _verdict_words = (N_("established"), N_("not established"))

    validity: Validity = Validity.NOT_ESTABLISHED
    grounds_sufficient: bool = False
    demand_reasonable: bool = False
    next_step: str = ""


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
        reason = _("established: the grounds are sufficient and the demand reasonable")
        step = _("fill in the complaint form and assign the handling department")
    else:
        failures = _(_FAILURES[grounds, demand])
        reason = _("not established: {failures}; answer tactfully and close", failures=failures)
        step = _("answer tactfully, seek the customer's understanding, close")
    validity = Validity.ESTABLISHED if established else Validity.NOT_ESTABLISHED
    return ValidityDecision(established, "R-CMP-05", reason, validity, grounds, demand, step)


#: What fails, by (grounds sufficient, demand reasonable).
_FAILURES = {
    (False, False): N_("the grounds are not sufficient and the demand is not reasonable"),
    (False, True): N_("the grounds are not sufficient"),
    (True, False): N_("the demand is not reasonable"),
}


@attrs.frozen
class HandlingDecision(Explained):
    """How a complaint about staff or service is handled (R-CMP-09).

    ``next_step`` what to do next, in words (as :attr:`ValidityDecision.next_step`);
    ``report_to`` who is told (or ``None``); ``corrective_plan`` whether a corrective plan
    (整改方案) is required; ``criticism_notice`` whether the person is criticised by notice
    and the result fed back to the customer (D10 二 3.3).
    """

    outcome: HandlingClass
    next_step: str
    report_to: Role | None
    corrective_plan: bool
    criticism_notice: bool
    department: Department
    reason: str
    rule: str = "R-CMP-09"


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
    return HandlingDecision(handling, _(action), report_to, plan, notice, where, _(why))
