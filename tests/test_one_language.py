"""Every explanation is in one language (issue 15, target "0 mixed-language explanations").

For every strategy of :mod:`custops.testing` whose values explain themselves, and for the
answers the library gives on strategy-drawn values (a drawn day's ``day_info``, a drawn
clock's status, a drawn holder's qualification, a drawn matter's access checks, drawn
texts' classification, a drawn deposit's refund schedule, …), each test gathers every
explanation a result carries — ``str()`` of a decision, ``reason``, ``explain()``,
``describe()``, ``steps``, ``notes``, recursively through the values a result holds — and
checks it with :func:`custops.i18n.stray_words`: in ``zh_CN`` no English words besides
rule IDs and units, in ``en_US`` Chinese only as quoted labels.

The values are drawn *inside* the language being checked, since an answer is worded in
the language active when it is made.  Text for the customer (refund notices, cashier
words, ``tell_customer``, suggested replies) is always Chinese and is not gathered; nor
is a value's own spelling (``str(Period)`` is what ``Period.parse`` reads back).  One
test per area of the catalogues, so a failure names the area to fix.
"""

from __future__ import annotations

import datetime as dt
import inspect
import warnings
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, cast

import attrs
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from custops import archives, exchange, moveout, purchasing, service
from custops.complaints import Category as CaseCategory
from custops.complaints import (
    Cause,
    Defect,
    HandlingClass,
    Kind,
    assess_fine,
    assess_penalty,
    assess_severity,
    assess_validity,
    classify,
    handling_decision,
    retention_until,
    return_decision,
    score_deduction,
    statistics,
)
from custops.complaints import Channel as CaseChannel
from custops.complaints import Severity as CaseSeverity
from custops.decisions import Decision, Explained
from custops.deposits import peak_deposit, refund_schedule
from custops.errors import CustopsError, ProvisionalCalendarWarning
from custops.i18n import language, stray_words
from custops.periods import Period, deadline, due_date
from custops.secrecy import access_report, can_copy, can_know, can_lend
from custops.sla import presets
from custops.testing import (
    amounts,
    aware_datetimes,
    calendars,
    cards,
    cases,
    claims,
    clocks,
    complaint_texts,
    complaints,
    dates,
    ledgers,
    lines,
    matters,
    periods,
    purchases,
    secrecy_groups,
    targets,
)
from custops.vip import Ledger, qualify, quote

LANGUAGES = ("zh_CN", "en_US")
#: The last day drawn where an answer reads the official calendar (published years only).
PUBLISHED = dt.date(2026, 12, 31)
#: Values whose ``str()`` is their own spelling, read back by a parser: not an explanation.
_SPELLINGS: tuple[type, ...] = (Period,)
_LISTS = ("steps", "reasoning", "notes", "warnings")
#: Settings, not answers: a policy's rules and numbers explain nothing by themselves.
_NOT_RESULTS = ("Policy", "WorkCalendar")
_METHODS = ("explain", "describe")

#: No shrinking: a failure lists every stray word of the example found, and the file stays
#: fast while an area still fails.
_PHASES = (Phase.explicit, Phase.reuse, Phase.generate)

Results = Callable[[st.DataObject], Iterable[object]]


def _callable_without_arguments(method: Any) -> bool:
    try:
        parameters = inspect.signature(method).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(
        p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        for p in parameters
    )


def _is_result(item: object) -> bool:
    """A custops value whose ``str()`` is an explanation: a decision, an explained result,
    or a value with its own ``str()`` that is no spelling (a ``Period`` prints itself)."""
    own_str = type(item).__str__ is not object.__str__
    return isinstance(item, (Decision, Explained)) or (own_str and not isinstance(item, _SPELLINGS))


def _is_setting(item: object) -> bool:
    """A policy or a calendar: settings, not answers (their texts explain nothing)."""
    return type(item).__name__.endswith(_NOT_RESULTS)


def explanations(
    value: object,
    *,
    shows_str: Callable[[object], bool] = _is_result,
    skip: Callable[[object], bool] = _is_setting,
    top_text: Callable[[str], bool] | None = None,
    lenient: bool = False,
) -> list[str]:
    """Every explanation ``value`` carries, and those of the custops values it holds: the
    ``str()`` of those ``shows_str`` picks, every ``reason``, what ``explain()`` and
    ``describe()`` answer, the lines of ``steps``, ``reasoning``, ``notes`` and ``warnings``;
    values ``skip`` picks are not entered.  ``top_text``: whether ``value`` itself, a
    ``str``, is an explanation; ``lenient``: a method that raises gives nothing."""
    found: list[str] = []
    seen: set[int] = set()

    def visit(item: object, depth: int) -> None:
        if isinstance(item, str):
            if depth == 0 and top_text is not None and top_text(item):
                found.append(item)
            return
        if isinstance(item, (tuple, list, frozenset)):
            for element in item:
                visit(element, depth)
            return
        if depth > 4 or id(item) in seen or not attrs.has(type(item)) or skip(item):
            return
        seen.add(id(item))
        if shows_str(item):
            found.append(str(item))
        reason = getattr(item, "reason", None)
        if isinstance(reason, str):
            found.append(reason)
        for name in _METHODS:
            method = getattr(item, name, None)
            if callable(method) and _callable_without_arguments(method):
                try:
                    text = method()
                except Exception:
                    if not lenient:
                        raise
                    continue
                if isinstance(text, str):
                    found.append(text)
        for name in _LISTS:
            texts = getattr(item, name, None)
            if isinstance(texts, tuple):
                found.extend(text for text in texts if isinstance(text, str))
        for field in attrs.fields(cast(Any, type(item))):
            visit(getattr(item, field.name, None), depth + 1)

    visit(value, 0)
    return found


def attempt(make: Callable[[], object]) -> list[object]:
    """``[make()]``, or ``[]`` when the drawn values are a combination the call refuses."""
    try:
        return [make()]
    except CustopsError:  # refused with an (English) exception: not an explanation
        return []


def assert_one_language(data: st.DataObject, results: Results) -> None:
    """Draw and answer in each language; every explanation is in that language alone."""
    for code in LANGUAGES:
        with language(code), warnings.catch_warnings():
            warnings.simplefilter("ignore", ProvisionalCalendarWarning)
            texts = [text for result in results(data) for text in explanations(result)]
        assert texts, "the results drawn carry no explanation to check"
        stray = {text: stray_words(text, code=code) for text in texts}
        assert {text: words for text, words in stray.items() if words} == {}, code


def _after(moment: dt.datetime, data: st.DataObject) -> dt.datetime:
    return moment + dt.timedelta(minutes=data.draw(st.integers(0, 60 * 24 * 12)))


def _money(data: st.DataObject, low: str = "0", high: str = "100000") -> Decimal:
    return data.draw(amounts(min_value=low, max_value=high))


# ---------------------------------------------------------------------------- calendars


def _calendar_results(data: st.DataObject) -> list[object]:
    """``calendars()`` and ``dates()``: the drawn day's ``day_info`` (R-SLA-08 calendar)."""
    calendar = data.draw(calendars())
    return [calendar.day_info(data.draw(dates())) for _ in range(3)]


@settings(max_examples=20, deadline=None, phases=_PHASES)
@given(st.data())
def test_calendars_explain_days_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _calendar_results)


# ------------------------------------------------------------------------------ periods


def _period_results(data: st.DataObject) -> list[object]:
    """``periods()`` counted from ``aware_datetimes()`` on a drawn calendar (arts. 200-204)."""
    calendar = data.draw(calendars())
    start = data.draw(aware_datetimes(max_value=dt.date(2029, 12, 31)))
    period = data.draw(periods(max_count=40))
    midnight = data.draw(st.booleans())
    found = attempt(
        lambda: deadline(
            start,
            period,
            calendar=calendar,
            cutoff="midnight" if midnight else "close_of_business",
            explain=True,
        )
    )
    found += attempt(lambda: due_date(start.date(), period, calendar=calendar, explain=True))
    day_period = data.draw(periods(["days", "workdays", "weeks", "months"], max_count=40))
    found.append(due_date(start.date(), day_period, calendar=calendar, explain=True))
    return found


@settings(max_examples=20, deadline=None, phases=_PHASES)
@given(st.data())
def test_periods_explain_deadlines_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _period_results)


# ---------------------------------------------------------------------------------- sla


def _sla_results(data: st.DataObject) -> list[object]:
    """``clocks()``' status at a drawn moment, ``targets()``, and every preset's schedule."""
    clock = data.draw(clocks(max_value=dt.date(2029, 12, 31)))
    moments = [event.at for event in clock.events]
    at = _after(max(moments), data) if moments else data.draw(aware_datetimes())
    found: list[object] = [clock.status(at=at), data.draw(targets())]
    desk = presets.get(data.draw(st.sampled_from(presets.names())))
    case = {
        "channel": data.draw(st.sampled_from(CaseChannel)),
        "kind": data.draw(st.sampled_from(Kind)),
        "category": data.draw(st.sampled_from(CaseCategory)),
        "severity": data.draw(st.sampled_from(CaseSeverity)),
    }
    received = data.draw(aware_datetimes(max_value=PUBLISHED))
    found += [desk.select(case), desk.schedule(case, received_at=received)]
    return found


@settings(max_examples=25, deadline=None, phases=_PHASES)
@given(st.data())
def test_sla_explains_clocks_and_schedules_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _sla_results)


# --------------------------------------------------------------------------- classifier


def _classifier_results(data: st.DataObject) -> list[object]:
    """``complaint_texts()`` classified; ``complaints()``' severity (R-CMP-01..03)."""
    texts = data.draw(st.lists(complaint_texts(), min_size=1, max_size=3))
    found: list[object] = [classify(text) for text in texts]
    found.append(assess_severity(data.draw(complaints(max_value=PUBLISHED))))
    return found


@settings(max_examples=25, deadline=None, phases=_PHASES)
@given(st.data())
def test_classifier_explains_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _classifier_results)


# --------------------------------------------------------------------------- complaints


def _complaint_results(data: st.DataObject) -> list[object]:
    """``cases()`` with their events, status, retention and statistics; the case rules'
    decisions on drawn facts."""
    case = data.draw(cases(max_events=8))
    at = _after(case.last_event_at, data)
    found: list[object] = [case, case.status(at=at)]
    found += attempt(lambda: retention_until(case))
    found += attempt(lambda: statistics([case], at=at))
    found.append(
        assess_validity(
            grounds_sufficient=data.draw(st.booleans()), demand_reasonable=data.draw(st.booleans())
        )
    )
    found.append(handling_decision(data.draw(st.sampled_from(HandlingClass))))
    outbound = data.draw(dates(max_value=PUBLISHED))
    found += attempt(
        lambda: return_decision(
            data.draw(st.sampled_from(Defect)),
            cause=data.draw(st.sampled_from(Cause)),
            outbound_on=outbound,
            found_on=outbound + dt.timedelta(days=data.draw(st.integers(0, 400))),
            outbound_confirmed=data.draw(st.booleans()),
        )
    )
    found.append(assess_penalty(_money(data), approval_delayed=data.draw(st.booleans())))
    found.append(score_deduction(data.draw(st.integers(0, 30))))
    found.append(assess_fine(_money(data), responsibility_assigned=data.draw(st.booleans())))
    return found


@settings(max_examples=20, deadline=None, phases=_PHASES)
@given(st.data())
def test_complaint_cases_explain_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _complaint_results)


# ---------------------------------------------------------------------------------- vip


def _vip_results(data: st.DataObject) -> list[object]:
    """``purchases()`` qualified, ``cards()`` checked, ``lines()`` quoted, ``ledgers()``."""
    on = data.draw(dates(min_value=dt.date(2002, 1, 1)))
    # a ref once: qualify refuses a purchase given twice (R-VIP-01)
    bought = data.draw(
        st.lists(purchases(max_value=on), max_size=4, unique_by=lambda p: p.ref or p)
    )
    card = data.draw(cards(max_value=on))
    presenter = data.draw(st.sampled_from((None, card.holder, "C9999")))
    basket = data.draw(st.lists(lines(), min_size=1, max_size=3))
    found: list[object] = [qualify(bought, on=on), card.check(presenter, on=on)]
    found.append(
        quote(basket, card, on=on, id_verified=data.draw(st.booleans()), ledger=Ledger(card))
    )
    found.append(quote(basket, None, on=on))
    found.append(data.draw(ledgers(max_operations=6)).entries)
    return found


@settings(max_examples=25, deadline=None, phases=_PHASES)
@given(st.data())
def test_vip_explains_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _vip_results)


# ----------------------------------------------------------------------------- deposits


def _deposit_results(data: st.DataObject) -> list[object]:
    """A refund schedule of drawn amounts with ``claims()`` (R-DEP-01..03) and the peak of
    drawn dated balances (R-DEP-01); the schedule's notice for the member is Chinese in
    every language and is not gathered, its lines' reasons are."""
    peak = _money(data, "0.01", "2000000")
    balance = _money(data, "0", str(peak))
    announced = data.draw(dates(max_value=PUBLISHED))
    drawn = data.draw(st.lists(claims(max_value=announced), max_size=3))
    found: list[object] = [refund_schedule(peak=peak, balance=balance, announced_on=announced)]
    found += attempt(
        lambda: refund_schedule(peak=peak, balance=balance, announced_on=announced, claims=drawn)
    )
    days = data.draw(st.lists(dates(max_value=announced), min_size=1, max_size=4, unique=True))
    balances = {day: _money(data, "0", str(peak)) for day in days}
    found += attempt(lambda: peak_deposit(balances, announced_on=announced))
    return found


@settings(max_examples=25, deadline=None, phases=_PHASES)
@given(st.data())
def test_deposits_explain_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _deposit_results)


# ------------------------------------------------------------------------------ secrecy


def _secrecy_results(data: st.DataObject) -> list[object]:
    """``secrecy_groups()``: who may know, copy and lend each drawn matter (R-SEC-03..06)."""
    people, drawn = data.draw(secrecy_groups(max_people=4, max_matters=3))
    group = drawn or (data.draw(matters(people)),)
    on = data.draw(dates())
    found: list[object] = []
    for matter in group:
        for person in people[:3]:
            approval = data.draw(st.sampled_from((None, *people)))
            found.append(can_know(person, matter, on=on))
            found.append(can_copy(person, matter, on=on, approval=approval))
            found.append(can_lend(person, matter, on=on, approval=approval))
    found += attempt(lambda: access_report(people, group, on=on))
    return found


@settings(max_examples=20, deadline=None, phases=_PHASES)
@given(st.data())
def test_secrecy_explains_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _secrecy_results)


def _archive_and_exchange_results(data: st.DataObject) -> list[object]:
    """Customer archives (R-SLA-14) and the exchange's member rules on drawn days and facts."""
    calendar = data.draw(calendars())
    on = data.draw(dates(min_value=dt.date(2002, 1, 1)))
    found: list[object] = [archives.archive_due(on, calendar=calendar, explain=True)]
    surveys = data.draw(st.lists(dates(max_value=on), max_size=3))
    found += attempt(lambda: archives.survey_due(surveys, on=on, calendar=calendar))
    archive = archives.Archive(
        "C-1",
        created_on=data.draw(dates(max_value=on)),
        records=data.draw(st.frozensets(st.sampled_from(archives.RecordKind))),
        contents=data.draw(st.frozensets(st.sampled_from(archives.FileContent))),
    )
    found += attempt(lambda: archives.completeness(archive))
    found += attempt(lambda: archives.update_schedule(archive, on=on, calendar=calendar))
    found += attempt(lambda: archives.overdue_updates([archive], on=on, calendar=calendar))
    loan = archives.LoanRequest(
        "li",
        data.draw(st.sampled_from(archives.Relation)),
        "核对合同",
        on=on,
        due_back_on=data.draw(
            st.none() | dates(min_value=on, max_value=on + dt.timedelta(days=30))
        ),
        registered=data.draw(st.booleans()),
        private=data.draw(st.booleans()),
    )
    found.append(archives.can_lend_record(loan))
    passed = data.draw(st.none() | st.booleans())
    found += attempt(lambda: exchange.inspection_status(on=on, passed=passed))
    last_trade = data.draw(dates(max_value=on))
    found.append(
        exchange.revocation_due_to_inactivity(
            last_trade,
            on=on,
            unapproved_other_membership=data.draw(st.none() | st.booleans()),
            good_reason=data.draw(st.booleans()),
        )
    )
    found.append(exchange.consequence(data.draw(st.sampled_from(exchange.InspectionFinding))))
    documents = data.draw(st.sets(st.sampled_from(exchange.Document)))
    found.append(exchange.application_checklist(documents))
    found.append(exchange.litigation_reportable(_money(data, "0", "10000000")))
    applicant = exchange.Applicant(
        registered_capital=_money(data, "0", "100000000"),
        fixed_premises=data.draw(st.booleans()),
        it_adequate=data.draw(st.booleans()),
        governance_sound=data.draw(st.booleans()),
        fees_paid=data.draw(st.booleans()),
    )
    found.append(exchange.eligibility(applicant))
    return found


@settings(max_examples=25, deadline=None, phases=_PHASES)
@given(st.data())
def test_archives_and_exchange_explain_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _archive_and_exchange_results)


# ------------------------------------------------------------------------------ service


def _service_results(data: st.DataObject) -> list[object]:
    """The service rules of D13 (R-SVC-01..): replies, cash, phone, greeting, picking,
    repairs and returns, on drawn texts, amounts and moments."""
    phrases = [p.phrase for p in service.DEFAULT_FORBIDDEN_PHRASES]
    reply = data.draw(complaint_texts() | st.sampled_from(phrases))
    found: list[object] = [service.check_reply(reply)]
    due = _money(data, "0.01", "5000")
    found.append(
        service.cash_announcement(amount_received=due + _money(data, "0", "500"), amount_due=due)
    )
    found.append(
        service.phone_check(data.draw(st.integers(0, 10)), apologised=data.draw(st.booleans()))
    )
    arrived = data.draw(aware_datetimes(max_value=PUBLISHED))
    greeted = data.draw(st.none() | st.just(_after(arrived, data)))
    found += attempt(
        lambda: service.greeting_check(arrived, greeted_at=greeted, at=_after(arrived, data))
    )
    found.append(service.picking_deadline(arrived, item_count=data.draw(st.integers(1, 300))))
    found.append(
        service.repair_intake(
            arrived.date(),
            repairable_in_house=data.draw(st.booleans()),
            thai_silver=data.draw(st.booleans()),
        )
    )
    found += attempt(
        lambda: service.wholesale_return_decision(
            data.draw(st.sampled_from(service.Problem)),
            self_collected=data.draw(st.booleans()),
            remote=data.draw(st.booleans()),
            quality_confirmed=data.draw(st.none() | st.booleans()),
            in_stock=data.draw(st.booleans()),
        )
    )
    purchased = _money(data, "0", "100000")
    found += attempt(
        lambda: service.franchise_return_allowance(
            purchased_amount=purchased,
            ratio=data.draw(st.sampled_from(("0.05", "0.1", "0.2"))),
            requested_amount=_money(data, "0", "20000"),
            returned_amount=_money(data, "0", "5000"),
        )
    )
    return found


@settings(max_examples=25, deadline=None, phases=_PHASES)
@given(st.data())
def test_service_explains_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _service_results)


def _moveout_and_purchasing_results(data: st.DataObject) -> list[object]:
    """Move-out settlements (R-MOV-) and purchasing decisions on drawn facts."""
    charges = st.builds(moveout.Charge, st.sampled_from(("押金", "水电费", "物业费")), amounts())
    damages = st.builds(moveout.Damage, st.sampled_from(("墙面", "门锁", "地板")), amounts())
    found: list[object] = []
    found += attempt(
        lambda: moveout.settle(
            deposits=data.draw(st.lists(charges, max_size=2)),
            damages=data.draw(st.lists(damages, max_size=2)),
            arrears=data.draw(st.lists(charges, max_size=2)),
        )
    )
    found += attempt(
        lambda: moveout.can_leave(
            moveout.MoveOutCase.open(
                "A-1201",
                "王芳",
                on=data.draw(dates(max_value=PUBLISHED)),
                deposits=data.draw(st.lists(charges, max_size=2)),
                arrears=data.draw(st.lists(charges, max_size=2)),
                issued_pass_count=data.draw(st.integers(0, 3)),
                issued_key_count=data.draw(st.integers(0, 3)),
                parking=data.draw(st.booleans()),
            )
        )
    )
    found.append(
        purchasing.purchasing_mode(
            large=data.draw(st.booleans()),
            branches_scattered=data.draw(st.booleans()),
            needs_differ=data.draw(st.booleans()),
            common_high_value=data.draw(st.booleans()),
        )
    )
    found.append(
        purchasing.purchasing_route(
            common=data.draw(st.booleans()),
            large_amount=data.draw(st.booleans()),
            ad_hoc=data.draw(st.booleans()),
        )
    )
    basis = data.draw(st.sampled_from(list(purchasing.CostBasis)))
    quantities: dict[purchasing.CostBasis, dict[str, Any]] = {
        purchasing.CostBasis.PER_TONNE: {"tonnes": data.draw(st.integers(0, 500))},
        purchasing.CostBasis.PER_HUNDRED_YUAN: {"goods_value": data.draw(amounts())},
        purchasing.CostBasis.MONTHLY_TOTAL: {"task_completed": data.draw(st.booleans())},
    }
    quantity = quantities[basis]
    found += attempt(
        lambda: purchasing.cost_contract(
            purchasing.CostLimit(basis, data.draw(amounts())),
            actual=data.draw(amounts()),
            **quantity,
        )
    )
    return found


@settings(max_examples=25, deadline=None, phases=_PHASES)
@given(st.data())
def test_moveout_and_purchasing_explain_in_one_language(data: st.DataObject) -> None:
    assert_one_language(data, _moveout_and_purchasing_results)


# -------------------------------------------------------------------------- the check


def test_the_gatherer_finds_nested_explanations_and_skips_customer_text() -> None:
    """The check itself: a quote's line reasons are gathered, its customer-facing
    refund notice and a period's own spelling are not."""
    with language("zh_CN"):
        schedule = refund_schedule(peak="1000", balance="800", announced_on=dt.date(2025, 10, 31))
        gathered = explanations(schedule)
        assert gathered
        assert schedule.render() not in gathered
        assert explanations(Period.parse("3个工作日")) == []
        decision = Decision(False, "R-SEC-05", "未获批准")
        assert explanations(decision)[0] == "拒绝（R-SEC-05）：未获批准"
    assert stray_words("拒绝（R-SEC-05）：not approved", code="zh_CN") == ("not", "approved")
