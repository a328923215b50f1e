"""How long a complaint record is kept (R-SLA-23; D10 四 2, D14 四(五))."""

from __future__ import annotations

import datetime as _dt
import functools
from typing import TYPE_CHECKING

import attrs

from custops._dates import add_months
from custops._validate import (
    BOOL,
    fitted_call,
    optional_check,
    policy_field,
    policy_or_default,
    require_bool,
    require_date,
    require_int,
    within,
)
from custops.decisions import W_, Explained, Wn_, Wording, check_said, kept_wording
from custops.errors import PolicyError
from custops.i18n import N_, _

__all__ = ["Retention", "RetentionPolicy", "record_retention"]


#: The longest term a policy keeps a record, in years: from a case's close (a calendar's
#: years end in 2200) it stays inside the calendar (years 1-9999); longer is long-term (None).
_MAX_YEARS = 1000
_YEARS = functools.partial(require_int, low=1, high=_MAX_YEARS)
_SOME_YEARS = optional_check(_YEARS)  # None: long-term


if TYPE_CHECKING:

    def _IMPORTANT_YEARS(value: int | None) -> int | None: ...  # noqa: N802
    def _ORDINARY_YEARS(value: int) -> int: ...  # noqa: N802

else:
    _IMPORTANT_YEARS = policy_field(_SOME_YEARS, takes="int | None")
    _ORDINARY_YEARS = policy_field(_YEARS, takes="int")


@attrs.frozen(kw_only=True)
class RetentionPolicy:
    """How long complaint records are kept (R-SLA-23; D10 四 2, D14 四(五)).

    ``ordinary_years``: ordinary records, counted from the closing date (default 1,
    资料保存一年); ``important_years``: important records, ``None`` for long-term
    (长期保存, the default); ``major_is_important``: whether a major case is
    important (default true — the seed does not say which records are important).  A
    term is 1 to 1000 years, else
    :class:`~custops.errors.PolicyError` when the policy is built.

    >>> RetentionPolicy(ordinary_years=2).important_years is None
    True
    """

    ordinary_years: int = attrs.field(default=1, converter=_ORDINARY_YEARS)
    important_years: int | None = attrs.field(default=None, converter=_IMPORTANT_YEARS)
    major_is_important: bool = attrs.field(default=True, converter=BOOL)

    def __attrs_post_init__(self) -> None:
        if self.important_years is not None:
            problem = (
                "important records must be kept at least as long as ordinary ones "
                f"({self.ordinary_years} year{'s' * (self.ordinary_years > 1)})"
            )
            important = self.important_years
            within(
                "important_years",
                important,
                important,
                low=self.ordinary_years,
                error=PolicyError,
                problem=problem,
            )


@kept_wording
@attrs.frozen
class Retention(Explained):
    """How long a case's record is kept (R-SLA-23).

    ``kept_until_on`` the last day it must be kept (``None`` while the case is open, or
    when it is kept long-term); ``long_term`` whether it is kept without end (长期保存);
    ``important`` whether it counted as important; ``closed_on`` the closing date.  Its
    reason is worded when read, from the facts it keeps (a ``reason`` given as text is
    kept as given).
    """

    important: bool
    closed_on: _dt.date | None
    kept_until_on: _dt.date | None
    long_term: bool
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    rule: str = "R-SLA-23"
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    def _verdict(self) -> str:
        return _("record retention")


def keep_record(
    closed_on: _dt.date | None,
    *,
    important: bool,
    why: str | Wording = "",
    policy: RetentionPolicy | None = None,
) -> Retention:
    """The retention of a record closed on ``closed_on`` (``None``: still open) (R-SLA-23):
    by default one year from the closing date (the corresponding day, 29 February → 28
    February), important records long-term (长期保存).

    ``why`` says why the record counts as important or not: the caller's own text, or a
    :class:`~custops.decisions.Wording` worded when read.

    >>> keep_record(_dt.date(2024, 2, 29), important=False).kept_until_on
    datetime.date(2025, 2, 28)
    >>> keep_record(_dt.date(2024, 2, 29), important=True).long_term
    True
    """
    rules = policy_or_default(policy, RetentionPolicy)
    important = require_bool("important", important)
    why = why or (W_("an important record") if important else W_("an ordinary record"))
    years = rules.important_years if important else rules.ordinary_years
    if years is None:
        keep = W_("long-term")
    else:
        keep = Wn_("{years} year", "{years} years", years, years=years)
    if closed_on is None:
        said = N_("{why}, open: kept while open, then {keep} after closing")
        reason = W_(said, why=why, keep=keep)
        return Retention(important, None, None, False, reason)
    if years is None:
        reason = W_("{why}, closed {closed}: kept long-term", why=why, closed=closed_on)
        return Retention(important, closed_on, None, True, reason)
    until = add_months(closed_on, 12 * years, argument="closed_on")
    reason = W_(
        "{why}, closed {closed}: kept {keep}, until {until}",
        why=why,
        closed=closed_on,
        keep=keep,
        until=until,
    )
    return Retention(important, closed_on, until, False, reason)


@fitted_call
def record_retention(
    closed_on: _dt.date, *, important: bool, policy: RetentionPolicy | None = None
) -> Retention:
    """How long a complaint record closed on ``closed_on`` is kept (R-SLA-23; D10 四 2, D14
    四(五)), from its closing date alone: for a record without a
    :class:`~custops.complaints.Case` (one migrated from another system, a paper file).
    The same count as :func:`~custops.complaints.retention_until` of a case, which gives
    the case's local closing day and importance to it: ``important`` records are kept
    ``policy.important_years`` (``None``, the seed: long-term, 长期保存), the others
    ``policy.ordinary_years`` (one year: the corresponding day, 29 February → 28 February).
    ``important`` has no default: a record's destruction waits on the caller saying which
    it is.  ``kept_until_on`` is the last day the record is kept; it may be destroyed from
    the day after.

    >>> import datetime as dt
    >>> r = record_retention(dt.date(2026, 2, 28), important=False)
    >>> r.kept_until_on, r.long_term, r.rule
    (datetime.date(2027, 2, 28), False, 'R-SLA-23')
    >>> print(r.reason)
    一般资料，2026-02-28 结案：保存期限 1 年，至 2027-02-28
    >>> record_retention(dt.date(2026, 2, 28), important=True).long_term
    True
    """
    day = require_date("closed_on", closed_on)
    return keep_record(day, important=important, policy=policy)
