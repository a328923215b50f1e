"""The error hierarchy of custops.errors (DESIGN: principle 5)."""

from __future__ import annotations

import pytest

from custops import errors
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


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (InvalidInput, ValueError),
        (InvalidType, TypeError),
        (PolicyError, ValueError),
        (CalendarNotPublished, LookupError),
        (InsufficientPoints, ValueError),
        (IllegalTransition, ValueError),
        (AccessDenied, PermissionError),
    ],
)
def test_each_error_is_a_custops_error_and_the_fitting_builtin(
    cls: type[CustopsError], builtin: type[Exception]
) -> None:
    assert issubclass(cls, CustopsError)
    assert issubclass(cls, builtin)


def test_for_argument_names_the_argument_and_shows_the_value() -> None:
    error = InvalidInput.for_argument("peak", "-5", "must not be negative")
    assert str(error) == "peak: must not be negative (got '-5')"
    assert error.argument == "peak"
    assert error.value == "-5"
    assert isinstance(error, InvalidInput)


def test_structured_errors_keep_their_details() -> None:
    missing = CalendarNotPublished("2027 is not published", year=2027)
    assert (missing.year, missing.country, missing.argument) == (2027, "CN", "year")
    short = InsufficientPoints("need 30, have 12", points_requested=30, points_available=12)
    assert (short.points_requested, short.points_available) == (30, 12)
    illegal = IllegalTransition(
        "cannot resume a running clock", state_name="running", event_name="resume"
    )
    assert (illegal.state_name, illegal.event_name) == ("running", "resume")
    denied = AccessDenied("denied", rule="R-SEC-04", reason="not designated")
    assert (denied.rule, denied.reason) == ("R-SEC-04", "not designated")


def test_level_required_is_an_invalid_input_and_secrecy_exports_the_same_class() -> None:
    """R-SEC-02: a kind without a default level must be classified explicitly."""
    from custops import secrecy

    assert issubclass(errors.LevelRequired, InvalidInput)
    assert secrecy.LevelRequired is errors.LevelRequired
    with pytest.raises(errors.LevelRequired, match="explicitly"):
        secrecy.default_level("客户信息")


def test_the_provisional_warning_is_a_user_warning() -> None:
    assert issubclass(ProvisionalCalendarWarning, UserWarning)


def test_all_names_are_exported() -> None:
    assert set(errors.__all__) == {
        "AccessDenied",
        "CalendarNotPublished",
        "CustopsError",
        "IllegalTransition",
        "InsufficientPoints",
        "InvalidInput",
        "InvalidType",
        "LevelRequired",
        "PolicyError",
        "ProvisionalCalendarWarning",
        "Refused",
    }


def test_refused_carries_the_decision_and_access_denied_is_one() -> None:
    from custops.decisions import Decision

    no = Decision(False, "R-SEC-05", "not named by the holder")
    with pytest.raises(errors.Refused) as caught:
        no.require()
    assert caught.value.rule == "R-SEC-05"
    assert caught.value.reason == "not named by the holder"
    assert caught.value.decision is no
    assert str(caught.value) == "refused (R-SEC-05): not named by the holder"
    assert issubclass(errors.AccessDenied, errors.Refused)
    assert issubclass(errors.Refused, PermissionError)
    assert Decision(True, "R-SEC-05", "named").require().allowed is True
