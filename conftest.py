"""Shared test configuration (tests, module doctests and docs pages): Hypothesis profiles
and the language of explanations.

``ci`` (the default) is derandomised, so a run is reproducible and CI never
flakes on a new random example; ``dev`` explores more, with fresh randomness
(``pytest --hypothesis-profile=dev``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from custops.i18n import language

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


_TESTS = Path(__file__).resolve().parent / "tests"
# A developer's CUSTOPS_LANG must not change what the command-line tests and examples see.
os.environ.pop("CUSTOPS_LANG", None)


@pytest.fixture(autouse=True, scope="module")
def _language_of_the_examples(request: pytest.FixtureRequest) -> Iterator[None]:
    """The tests under ``tests/`` read explanations in English; doctests in the default.

    The example tests were written against the English source sentences of the
    catalogues, so each module under ``tests/`` runs with ``en_US`` active (module scope,
    so Hypothesis tests share it).  Doctests in ``src/``, ``docs/`` and the README run in
    the default language, ``zh_CN``, and show what a user sees.
    """
    if _TESTS in Path(str(request.node.path)).resolve().parents:
        with language("en_US"):
            yield
    else:
        yield
