"""custops — customer-operations domain logic for companies in China.

VIP tiers and points, business-day SLA deadlines (调休 make-up days included),
complaint classification and case handling, deposit-refund schedules and
secrecy-level access checks, from fifteen real company policies.  Every decision
explains itself, money is exact, and bad input raises a clear
:class:`~custops.errors.CustopsError`.

>>> import custops
>>> custops.uppercase(custops.yuan("1000"))
'壹仟元整'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from custops._lazy import lazy_names
from custops.errors import (
    AccessDenied,
    CalendarNotPublished,
    CustopsError,
    IllegalTransition,
    InsufficientPoints,
    InvalidInput,
    InvalidType,
    PolicyError,
    ProvisionalCalendarWarning,
    Refused,
)

if TYPE_CHECKING:  # pragma: no cover
    from custops.calendars import BusinessHours, WorkCalendar, china
    from custops.money import NegativeAmount, allocate, uppercase, yuan
    from custops.periods import Period, deadline, due_date

# The names of the other modules are loaded on first use (PEP 562), so that importing one
# module (``custops.calendars``) costs only what that module needs.
_LAZY = {
    **dict.fromkeys(("BusinessHours", "WorkCalendar", "china"), "custops.calendars"),
    **dict.fromkeys(("NegativeAmount", "allocate", "uppercase", "yuan"), "custops.money"),
    **dict.fromkeys(("Period", "deadline", "due_date"), "custops.periods"),
}
__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())

__version__ = "0.1.0"

__all__ = [
    "AccessDenied",
    "BusinessHours",
    "CalendarNotPublished",
    "CustopsError",
    "IllegalTransition",
    "InsufficientPoints",
    "InvalidInput",
    "InvalidType",
    "NegativeAmount",
    "Period",
    "PolicyError",
    "ProvisionalCalendarWarning",
    "Refused",
    "WorkCalendar",
    "__version__",
    "allocate",
    "china",
    "deadline",
    "due_date",
    "uppercase",
    "yuan",
]
