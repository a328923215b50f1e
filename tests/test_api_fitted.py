"""House rule 2 (CONTRIBUTING): a call that does not fit a public callable's signature is
refused as InvalidType naming the argument and quoting the value given for it
(``custops._validate.fitted_call``), never Python's bare TypeError nor another argument's
value: every public function and method with keyword-only parameters (the moment,
``calendar``, ``policy``, options) is fitted, and each kind of misfit (an unknown keyword,
an argument given twice, a keyword-only argument given by position, one missing) quotes
what the caller gave for the argument it names."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from custops.errors import InvalidType
from test_api_conventions import _FITTED_CODE, CALLABLES, Member, _own_params

KEYWORD = inspect.Parameter.KEYWORD_ONLY
BY_PLACE = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


class Given:
    """A value a test passes for one argument, shown by the argument's name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<given for {self.name}>"


def _fitted(member: Member) -> bool:
    return getattr(member.fn, "__code__", None) is _FITTED_CODE


FITTED = [m for m in CALLABLES if not m.hypothesis and _fitted(m)]


def _caller(member: Member) -> Callable[..., Any]:
    """``member`` called as a caller calls it: a method on some object (a call that does
    not fit fails before the method's body runs), a classmethod on its class."""
    if member.kind == "method":
        return lambda *args, **kwargs: member.fn(object(), *args, **kwargs)
    if member.kind == "classmethod":
        return lambda *args, **kwargs: member.fn(member.owner, *args, **kwargs)
    return member.fn


def _refusal(member: Member, *args: Any, **kwargs: Any) -> InvalidType:
    with pytest.raises(InvalidType) as caught:
        _caller(member)(*args, **kwargs)
    return caught.value


def _moment(param: inspect.Parameter) -> Any:
    """What a caller gives for ``param``: a date for ``on``, an aware instant for ``at``
    (what a misplaced moment is), a marked value for any other."""
    if param.name == "on":
        return dt.date(2025, 10, 13)
    if param.name == "at":
        return dt.datetime(2025, 10, 13, 9, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return Given(param.name)


def _parts(member: Member) -> tuple[list[inspect.Parameter], list[inspect.Parameter]]:
    params = _own_params(member)
    places = [p for p in params if p.kind in BY_PLACE]
    keywords = [p for p in params if p.kind is KEYWORD]
    return places, keywords


def _takes(member: Member, kind: inspect._ParameterKind) -> bool:
    return any(p.kind is kind for p in _own_params(member))


def _required(keywords: list[inspect.Parameter], but: str = "") -> dict[str, Any]:
    return {
        p.name: Given(p.name)
        for p in keywords
        if p.default is inspect.Parameter.empty and p.name != but
    }


def test_every_public_callable_with_keyword_only_parameters_is_fitted() -> None:
    """A caller who gives the moment, ``calendar`` or ``policy`` by position, or
    misspells a keyword, gets InvalidType naming it (issue 12)."""
    unfitted = [
        m.where
        for m in CALLABLES
        if not m.hypothesis and any(p.kind is KEYWORD for p in _own_params(m)) and not _fitted(m)
    ]
    assert unfitted == []
    names = {m.where for m in FITTED}
    assert {"custops:deadline", "custops.sla:due", "custops.vip:quote"} <= names


def test_a_fitted_callable_keeps_its_signature_and_help() -> None:
    """``inspect.signature``, ``help()`` and the docstring are the callable's own."""
    for m in FITTED:
        inner = inspect.unwrap(m.fn)
        assert inner is not m.fn
        assert inspect.signature(m.fn) == inspect.signature(inner), m.where
        assert m.fn.__doc__ == inner.__doc__, m.where


@pytest.mark.parametrize("member", FITTED, ids=lambda m: m.where)
def test_an_unknown_keyword_is_named_with_its_value(member: Member) -> None:
    if _takes(member, inspect.Parameter.VAR_KEYWORD):
        pytest.skip("takes any keyword (a step's data)")
    places, keywords = _parts(member)
    wrong = Given("nonesuch")
    error = _refusal(
        member, *(Given(p.name) for p in places), nonesuch=wrong, **_required(keywords)
    )
    assert error.argument == "nonesuch"
    assert error.value is wrong
    assert "is not a parameter" in error.message


@pytest.mark.parametrize("member", FITTED, ids=lambda m: m.where)
def test_an_argument_given_twice_quotes_the_value_given_by_name(member: Member) -> None:
    """``ledger.earn(paid, ref, on=day)`` names ``on`` and quotes ``day``, the value given
    as ``on=``, not the amount that took its place."""
    places, keywords = _parts(member)
    if not places or _takes(member, inspect.Parameter.VAR_KEYWORD):
        pytest.skip("no argument taken by position, or any keyword")
    for param in places:
        by_name = _moment(param)
        error = _refusal(
            member,
            *(Given(p.name) for p in places),
            **{param.name: by_name},
            **_required(keywords),
        )
        assert error.argument == param.name
        assert error.value is by_name
        assert f"given both by position (<given for {param.name}>" in error.message


@pytest.mark.parametrize("member", FITTED, ids=lambda m: m.where)
def test_a_keyword_only_argument_by_position_quotes_its_value(member: Member) -> None:
    """``card.replace(day, "C003")`` names ``on`` and quotes ``day``, first or last; a
    value of no telling type is quoted with every value given by position, by place."""
    places, keywords = _parts(member)
    if not keywords or _takes(member, inspect.Parameter.VAR_POSITIONAL):
        pytest.skip("no keyword-only parameter, or any number by position")
    subjects = [Given(p.name) for p in places]
    for param in keywords:
        value = _moment(param)
        others = _required(keywords, but=param.name)
        for given in ((value, *subjects), (*subjects, value)):
            error = _refusal(member, *given, **others)
            # another keyword-only date or instant not given could be the one meant: then
            # every value given by position is quoted, each by its place
            rivals = [
                p
                for p in keywords
                if p.name not in (param.name, *others) and "date" in str(p.annotation)
            ]
            if isinstance(value, Given) or (rivals and error.value == given):
                assert error.value == given
                assert error.argument in {p.name for p in keywords}
                assert f"given {len(given)}: 1st: {repr(given[0])[:40]}" in error.message
                assert all(repr(v)[:40] in error.message for v in given)
            else:
                assert error.argument == param.name
                assert error.value is value
            assert "is keyword-only, not given by position" in error.message


@pytest.mark.parametrize("member", FITTED, ids=lambda m: m.where)
def test_a_missing_argument_is_named(member: Member) -> None:
    places, keywords = _parts(member)
    required = [p for p in (*places, *keywords) if p.default is inspect.Parameter.empty]
    if not required:
        pytest.skip("no required argument")
    for param in required:
        given = [Given(p.name) for p in places if p is not param]
        named = {p.name: Given(p.name) for p in required if p.kind is KEYWORD}
        named.pop(param.name, None)
        if param.kind in BY_PLACE:  # the places after it by name, so none shifts
            after = places[places.index(param) + 1 :]
            given = given[: places.index(param)]
            named |= {p.name: Given(p.name) for p in after}
        error = _refusal(member, *given, **named)
        assert error.argument == param.name
        assert error.value is None
        assert "is missing" in error.message


def test_the_reported_card_replace_names_the_date() -> None:
    """Issue 12: ``card.replace(day, "C003")`` quoted ``'C003'`` for ``on``."""
    from custops.vip import Card, Holder

    card = Card.issue("VIP-1", Holder("C1", "王芳"), on=dt.date(2024, 1, 1))
    day = dt.date(2024, 2, 1)
    with pytest.raises(InvalidType, match=r"^on: is keyword-only") as caught:
        card.replace(day, "C003")  # type: ignore[arg-type, call-arg]
    assert caught.value.value == day
    assert "(got datetime.date(2024, 2, 1))" in caught.value.message
