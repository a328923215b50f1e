"""Strategies for :mod:`custops.deposits`: claims against a deposit's reserve."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops.deposits import Claim, ClaimKind
from custops.testing._calendars import dates
from custops.testing._checks import MAX_DATE, MIN_DATE, fen_bound
from custops.testing._money import amounts

_CLAIM_REASONS: Final = {
    ClaimKind.UNPAID_FEES: ("会员管理费欠款", "交易手续费欠款"),
    ClaimKind.LOSS: ("交割违约损失", "仓储损失"),
    ClaimKind.FINE: ("违规赔偿金",),
    ClaimKind.TERMINATION_COST: ("终止处理费用", "清算费用"),
    ClaimKind.OTHER: ("其他应付款项",),
}


@st.composite
def _claims(
    draw: st.DrawFn, days: SearchStrategy[_dt.date], amount: SearchStrategy[Decimal]
) -> Claim:
    kind = draw(st.sampled_from(ClaimKind))
    return Claim(
        draw(amount), draw(st.sampled_from(_CLAIM_REASONS[kind])), on=draw(days), kind=kind
    )


def claims(
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    max_amount: Decimal | int | str = 500_000,
) -> SearchStrategy[Claim]:
    """Deposit :class:`~custops.deposits.Claim` values (R-DEP-03): more than 0 and up to
    ``max_amount``, arising on a day of the range, of any kind with a matching reason."""
    fen_bound("max_amount", max_amount, positive=True)
    return _claims(dates(min_value, max_value), amounts(min_value="0.01", max_value=max_amount))
