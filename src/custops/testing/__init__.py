"""Hypothesis strategies for custops values: property-test your own code with them.

The optional part of custops that imports `Hypothesis <https://hypothesis.readthedocs.io/>`_
(``pip install 'custops[testing]'``).  Every strategy produces only values the library
accepts, shrinks to something readable and keeps to the library's invariants; docs/testing.md
has examples and the table of strategies.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401  (the optional dependency, checked before anything else)
except ImportError as _exc:  # pragma: no cover - exercised by a test that hides hypothesis
    raise ImportError(
        "custops.testing needs Hypothesis, an optional dependency of custops: "
        "pip install 'custops[testing]'"
    ) from _exc

from custops.testing._calendars import ZONES, aware_datetimes, business_hours, calendars, dates
from custops.testing._checks import MAX_DATE, MIN_DATE
from custops.testing._complaints import (
    case_events,
    cases,
    complaint_texts,
    complaints,
    labelled_complaint_texts,
)
from custops.testing._deposits import claims
from custops.testing._money import amounts, weights
from custops.testing._periods import (
    REALISTIC_MAX,
    chinese_numeral,
    period_texts,
    periods,
    spelled_periods,
)
from custops.testing._secrecy import COMPANIES, matters, people, persons, secrecy_groups
from custops.testing._sla import clocks, targets
from custops.testing._vip import cards, holders, ledgers, lines, purchases, vip_policies

__all__ = [
    "COMPANIES",
    "MAX_DATE",
    "MIN_DATE",
    "REALISTIC_MAX",
    "ZONES",
    "amounts",
    "aware_datetimes",
    "business_hours",
    "calendars",
    "cards",
    "case_events",
    "cases",
    "chinese_numeral",
    "claims",
    "clocks",
    "complaint_texts",
    "complaints",
    "dates",
    "holders",
    "labelled_complaint_texts",
    "ledgers",
    "lines",
    "matters",
    "people",
    "period_texts",
    "periods",
    "persons",
    "purchases",
    "secrecy_groups",
    "spelled_periods",
    "targets",
    "vip_policies",
    "weights",
]
