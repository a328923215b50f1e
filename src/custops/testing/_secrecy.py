"""Strategies for :mod:`custops.secrecy`: people of a group and classified matters whose
people exist."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from custops._validate import require_items
from custops.errors import InvalidInput
from custops.secrecy import (
    HQ,
    Extension,
    Level,
    LevelRequired,
    Matter,
    MatterKind,
    Person,
    Position,
    require_company,
)
from custops.secrecy import default_level as _default_level
from custops.testing._calendars import dates
from custops.testing._checks import MAX_DATE, MIN_DATE, collection, members, size, sizes

#: The companies of a group in :func:`people` and :func:`matters`: HQ and two subsidiaries.
COMPANIES: Final = (HQ, "华东公司", "华南公司")

_IDS: Final = ("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu")


def _roles_for(company: str) -> tuple[Position, ...]:
    if company == HQ:
        return tuple(r for r in Position if r is not Position.SUBSIDIARY_GM)
    return tuple(r for r in Position if not r.hq_only)


def _companies(value: Any) -> tuple[str, ...]:
    """Distinct company names, as :class:`~custops.secrecy.Person` writes them; a bad one is
    refused naming ``companies``."""
    check = functools.partial(require_company, "companies")
    return collection("companies", value, "company names", check)


@st.composite
def _person(draw: st.DrawFn, person_id: str, companies: tuple[str, ...]) -> Person:
    company = draw(st.sampled_from(companies))
    roles = draw(st.frozensets(st.sampled_from(_roles_for(company)), max_size=2))
    return Person(person_id, company=company, positions=roles)


def persons(companies: Iterable[str] = COMPANIES) -> SearchStrategy[Person]:
    """One secrecy :class:`~custops.secrecy.Person` of ``companies`` with up to two roles
    that the company can hold (HQ roles only at HQ, 子公司总经理 only at a subsidiary)."""
    chosen = _companies(companies)
    return st.sampled_from(_IDS).flatmap(lambda pid: _person(pid, chosen))


@st.composite
def _people(draw: st.DrawFn, companies: tuple[str, ...], lo: int, hi: int) -> tuple[Person, ...]:
    count = draw(st.integers(lo, hi))
    return tuple(
        draw(_person(f"{_IDS[i % len(_IDS)]}{i // len(_IDS) or ''}", companies))
        for i in range(count)
    )


def people(
    companies: Iterable[str] = COMPANIES, *, min_size: int = 1, max_size: int = 10
) -> SearchStrategy[tuple[Person, ...]]:
    """A group's people: a tuple of :class:`~custops.secrecy.Person` with distinct ids
    (``wang``, ``li``, … then ``wang1``…), each of one of ``companies`` (:data:`COMPANIES`)."""
    lo, hi = sizes(min_size, max_size)
    return _people(_companies(companies), lo, hi)


_CLASSIFIED: Final = tuple(level for level in Level if level.classified)


def _days_left(day: _dt.date) -> int:
    """The days from ``day`` to the last date Python holds."""
    return (_dt.date.max - day).days


def _fitting(kind: MatterKind, levels: tuple[Level, ...]) -> tuple[Level, ...]:
    """The ``levels`` a matter of ``kind`` may have: its default level or higher (R-SEC-02)."""
    try:
        floor = _default_level(kind)
    except LevelRequired:
        return levels
    return tuple(level for level in levels if level >= floor)


@st.composite
def _matter(
    draw: st.DrawFn,
    matter_id: str,
    ids: tuple[str, ...],
    owners: tuple[str, ...],
    days: SearchStrategy[_dt.date],
    kinds: tuple[MatterKind, ...],
    levels: tuple[Level, ...] | None = None,
) -> Matter:
    kind = draw(st.sampled_from(kinds))
    if levels is not None:  # a level at or above the kind's default, never below (R-SEC-02)
        level = draw(st.sampled_from(_fitting(kind, levels)))
    else:
        try:
            level = _default_level(kind)
        except LevelRequired:
            level = draw(st.sampled_from(_CLASSIFIED))
    start = draw(days)
    # a term and its extensions end by the last date Python holds (date.max)
    term = draw(st.one_of(st.none(), st.integers(0, min(1500, _days_left(start)))))
    end = None if term is None else start + _dt.timedelta(days=term)
    extensions: list[Extension] = []
    if end is not None and (level.classified or levels is not None):
        current = end
        for _ in range(draw(st.integers(0, 2))):
            if _days_left(current) < 1:
                break
            decided = start + _dt.timedelta(days=draw(st.integers(0, (current - start).days)))
            longer = draw(st.integers(1, min(730, _days_left(current))))
            current = current + _dt.timedelta(days=longer)
            extensions.append(Extension(decided_on=decided, ends_on=current))
    return Matter(
        matter_id,
        level,
        kind,
        owner=draw(st.sampled_from(owners)),
        classified_on=start,
        ends_on=end,
        supervisor_id=draw(st.one_of(st.none(), st.sampled_from(ids))),
        person_ids=draw(st.frozensets(st.sampled_from(ids), max_size=4)),
        extensions=extensions,
    )


def matters(
    people: Sequence[Person] | None = None,
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    companies: Iterable[str] | None = None,
    kinds: Iterable[MatterKind | str] | None = None,
    levels: Iterable[Level | str] | None = None,
) -> SearchStrategy[Matter]:
    """Secrecy :class:`~custops.secrecy.Matter` values whose supervisor and cleared people are
    ids of ``people`` (default: the ids :func:`people` uses), classified between
    ``min_value`` and ``max_value`` (positional after ``people``, as ``st.lists(elements,
    min_size, max_size)``), owned by one of ``companies`` (default: those of ``people``, or
    :data:`COMPANIES`), at the kind's default level (R-SEC-02; any classified level for a
    kind without one) or one of ``levels`` at or above it (a level below a kind's default is
    refused: a kind none of ``levels`` fits is not drawn); the term is open or up to about
    four years, with up to two extensions (R-SEC-03).
    """
    if people is not None:
        # a lone Person is refused, and so are sets and mappings: their order, and so the
        # ids drawn, would change from run to run
        refused = (Person, AbstractSet, Mapping)
        staff = require_items("people", people, "a sequence of Person", *refused, holding=Person)
        if not staff:
            raise InvalidInput.for_argument("people", people, "must not be empty")
        ids = tuple(dict.fromkeys(p.id for p in staff))
        default_owners = tuple(dict.fromkeys(p.company for p in staff))
    else:
        ids, default_owners = _IDS, COMPANIES
    owners = default_owners if companies is None else _companies(companies)
    days = dates(min_value, max_value)
    chosen = tuple(MatterKind) if kinds is None else members("kinds", kinds, MatterKind)
    explicit = None if levels is None else members("levels", levels, Level)
    if explicit is not None:
        chosen = tuple(kind for kind in chosen if _fitting(kind, explicit))
        if not chosen:
            problem = "no level given is at or above the default level of a kind given (R-SEC-02)"
            raise InvalidInput.for_argument("levels", levels, problem)
    return st.integers(1, 9999).flatmap(
        lambda n: _matter(f"M-{n:04d}", ids, owners, days, chosen, explicit)
    )


def secrecy_groups(
    companies: Iterable[str] = COMPANIES,
    min_value: _dt.date = MIN_DATE,
    max_value: _dt.date = MAX_DATE,
    *,
    max_people: int = 10,
    max_matters: int = 6,
) -> SearchStrategy[tuple[tuple[Person, ...], tuple[Matter, ...]]]:
    """``(people, matters)`` of one group: matters with distinct ids (``M-1``…) owned by
    ``companies`` whose supervisors and cleared people are among ``people``, classified
    between ``min_value`` and ``max_value`` (positional after ``companies``)."""
    chosen = _companies(companies)
    most_people = size("max_people", max_people, minimum=1)
    most_matters = size("max_matters", max_matters)
    days = dates(min_value, max_value)

    @st.composite
    def group(draw: st.DrawFn) -> tuple[tuple[Person, ...], tuple[Matter, ...]]:
        staff = draw(_people(chosen, 1, most_people))
        ids = tuple(p.id for p in staff)
        kinds = tuple(MatterKind)
        count = draw(st.integers(0, most_matters))
        return staff, tuple(
            draw(_matter(f"M-{i + 1}", ids, chosen, days, kinds)) for i in range(count)
        )

    return group()
