"""Shared test configuration (tests, module doctests and docs pages): Hypothesis profiles.

``ci`` (the default) is derandomised, so a run is reproducible and CI never
flakes on a new random example; ``dev`` explores more, with fresh randomness
(``pytest --hypothesis-profile=dev``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=100,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=500, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
