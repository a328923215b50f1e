"""VIP membership (D7, 客户公司管理制度7; R-VIP-01 … R-VIP-12; docs/vip.md), one module per
unit, every public name also exported here: :mod:`~custops.vip.policy` (every number of the
seed), :mod:`~custops.vip.qualification` (R-VIP-01), :mod:`~custops.vip.cards` (R-VIP-09 …
R-VIP-12), :mod:`~custops.vip.ledger` (an exact, append-only points ledger: R-VIP-05, R-VIP-08,
R-VIP-10), :mod:`~custops.vip.pricing` (the best *single* benefit per line: R-VIP-03/04/06/07).
"""

from __future__ import annotations

from custops.vip import cards, ledger, policy, pricing, qualification
from custops.vip.cards import *  # noqa: F403
from custops.vip.ledger import *  # noqa: F403
from custops.vip.policy import *  # noqa: F403
from custops.vip.pricing import *  # noqa: F403
from custops.vip.qualification import *  # noqa: F403

# the package exports what its modules export (each module's ``__all__``)
__all__ = [
    *cards.__all__,
    *ledger.__all__,
    *policy.__all__,
    *pricing.__all__,
    *qualification.__all__,
]
