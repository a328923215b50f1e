"""VIP membership (D7): qualification, non-stacking discounts, an exact points ledger, cards.

The package has one module per unit: :mod:`~custops.vip.policy` (:class:`VipPolicy` and
its choices), :mod:`~custops.vip.qualification`, :mod:`~custops.vip.cards`,
:mod:`~custops.vip.ledger` and :mod:`~custops.vip.pricing`; every public name is also
exported here.

Rules R-VIP-01 … R-VIP-12 of the catalogue (D7, 客户公司管理制度7).  Every number of the
seed is a field of :class:`VipPolicy`; the logic holds none of them.

- :func:`qualification` — one purchase of ≥ 1000 yuan paid, or ≥ 2000 yuan paid within
  half a year (R-VIP-01);
- :func:`quote` — the price of a basket with the best *single* benefit per line (R-VIP-03,
  R-VIP-04, R-VIP-06, R-VIP-07), exact to the fen, and the points it will earn;
- :class:`Ledger` — an immutable, append-only points ledger per card: earn (R-VIP-05),
  redeem first-expiring-first (R-VIP-08), reverse a returned purchase, expire (R-VIP-10);
- :class:`Card` — issue, renew (a new, empty ledger: R-VIP-10), replace a lost card (the
  balance follows: R-VIP-12), never transfer (R-VIP-09);
- :func:`registration_report_due` — the 2nd of the next month (R-VIP-11, R-SLA-16).

>>> from datetime import date
>>> wang = Holder("C001", "王芳", born_on=date(1990, 6, 1))
>>> card = Card.issue("VIP-0001", wang, on=date(2024, 3, 15))
>>> card.last_valid_on
datetime.date(2026, 3, 15)
>>> ledger = Ledger(card).earn(date(2024, 3, 15), "1234.50", "S1")
>>> ledger.balance(date(2024, 3, 15)), ledger.carry
(12, Decimal('34.50'))
>>> q = quote([Line("100")], card, on=date(2024, 3, 16), ledger=ledger)
>>> q.total, q.lines[0].benefit.label
(Decimal('90.00'), '会员折扣')
"""

from custops.vip.cards import (
    Card,
    CardCheck,
    CardStatus,
    Holder,
    is_birthday,
    registration_report_due,
)
from custops.vip.ledger import EntryKind, Ledger, LedgerEntry, Reversal, ReversalOutcome
from custops.vip.policy import (
    Feb29Rule,
    RemainderRule,
    ShortfallRule,
    StackingRule,
    TierBasis,
    VipPolicy,
)
from custops.vip.pricing import Benefit, Line, Quote, QuoteLine, quote
from custops.vip.qualification import (
    Purchase,
    Qualification,
    QualifyBasis,
    qualification,
    qualification_window,
)

__all__ = [
    "Benefit",
    "Card",
    "CardCheck",
    "CardStatus",
    "EntryKind",
    "Feb29Rule",
    "Holder",
    "Ledger",
    "LedgerEntry",
    "Line",
    "Purchase",
    "Qualification",
    "QualifyBasis",
    "Quote",
    "QuoteLine",
    "RemainderRule",
    "Reversal",
    "ReversalOutcome",
    "ShortfallRule",
    "StackingRule",
    "TierBasis",
    "VipPolicy",
    "is_birthday",
    "qualification",
    "qualification_window",
    "quote",
    "registration_report_due",
]
