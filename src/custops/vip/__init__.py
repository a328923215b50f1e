"""VIP membership (D7, 客户公司管理制度7; R-VIP-01 … R-VIP-12; docs/vip.md).

One module per unit, every public name also exported here: :mod:`~custops.vip.policy`
(:class:`VipPolicy`, which holds every number of the seed), :mod:`~custops.vip.qualification`
(R-VIP-01), :mod:`~custops.vip.cards` (R-VIP-09 … R-VIP-12), :mod:`~custops.vip.ledger`
(an exact, append-only points ledger: R-VIP-05, R-VIP-08, R-VIP-10) and
:mod:`~custops.vip.pricing` (the best *single* benefit per line: R-VIP-03/04/06/07).

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
