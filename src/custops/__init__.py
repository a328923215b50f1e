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

from custops.calendars import BusinessHours, WorkCalendar, china
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
)
from custops.money import allocate, uppercase, yuan
from custops.periods import Period, deadline, due_date

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
    "Period",
    "PolicyError",
    "ProvisionalCalendarWarning",
    "WorkCalendar",
    "__version__",
    "allocate",
    "china",
    "deadline",
    "due_date",
    "uppercase",
    "yuan",
]
