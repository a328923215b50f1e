"""SLA engine: targets chosen by rules, clocks that pause, at-risk and breach status.

The seed's desks state deadlines in hours (24小时内答复), working days (三个工作日,
special cases seven), calendar days (1天内, 一周内) and "the same day" (处理完当天回访),
and handle a case again until the customer is satisfied (R-CMP-08).  :class:`SlaPolicy`
selects a case's :class:`Target` s by :class:`SelectionRule` data, a :class:`Clock` per
target records its events and gives its :class:`Status` at any moment, on a calendar
that knows 调休 and counts days the Civil Code's way (R-SLA-01 … R-SLA-12; docs/sla.md);
:mod:`custops.sla.presets` holds the desks D1, D5, D10 and D14 (examples: docs/sla.md).
The bulk forms beside the scalars: :func:`due_many` of :func:`due`, and a desk's
:meth:`SlaPolicy.select_many` and :meth:`SlaPolicy.schedule_many` of ``select`` and
``schedule`` (the cases' attributes as columns, grouped internally).
"""

from __future__ import annotations

from custops.sla import _clock, _policy, _targets, presets
from custops.sla._clock import *  # noqa: F403
from custops.sla._policy import *  # noqa: F403
from custops.sla._targets import *  # noqa: F403

# the package exports what its modules export (each module's ``__all__``), and the module
# ``presets``: ``from custops.sla import presets`` is the documented way in to the seed's
# desks (docs/sla.md, "The seed's desks"), ``presets.get(name)`` a desk by name
__all__ = ["presets"]
__all__ += _clock.__all__
__all__ += _policy.__all__
__all__ += _targets.__all__
