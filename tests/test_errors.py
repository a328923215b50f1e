"""The error hierarchy of custops.errors (DESIGN: principle 5)."""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import errors
from custops.enums import LabelledEnum
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
from custops.i18n import language


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


@given(st.text(min_size=0, max_size=2000))
@settings(max_examples=60, deadline=None)
def test_a_long_value_is_shown_by_its_head_and_tail_and_kept_whole(value: str) -> None:
    # a policy with many rules or a long text: the message stays readable, the error keeps
    # the whole value
    error = PolicyError.for_argument("policy", value, "is refused")
    shown = str(error).removeprefix("policy: is refused (got ").removesuffix(")")
    whole = repr(value)
    assert error.value == value
    assert len(shown) <= 300
    if len(whole) <= 300:
        assert shown == whole
    else:
        assert shown.startswith(whole[:200])
        assert shown.endswith(whole[-50:])
        assert " … " in shown


def test_problem_is_the_reason_alone_wherever_the_error_is_built() -> None:
    """``problem`` is the message less its argument and value, whether the error was built
    by ``for_argument``, re-raised by a policy's converter, renamed for a row of a column,
    or refuses an event; ``Refused`` carries its decision's reason."""
    import datetime as dt

    from custops.decisions import Decision
    from custops.deposits import DepositPolicy
    from custops.money import from_fen
    from custops.sla import Clock, Target

    built = InvalidInput.for_argument("peak", "-5", "must not be negative")
    assert built.problem == "must not be negative"
    with pytest.raises(PolicyError) as policy:
        DepositPolicy(reserve_rate="1.5")
    assert str(policy.value) == f"reserve_rate: {policy.value.problem} (got '1.5')"
    with pytest.raises(InvalidInput) as fen:
        from_fen(10**40)
    assert fen.value.argument == "fen"
    assert "fen" not in fen.value.problem
    assert str(fen.value) == f"fen: {fen.value.problem} (got {10**40})"
    start = dt.datetime(2025, 9, 30, 9, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    clock = Clock.start(start, Target("reply", "2小时"))
    with pytest.raises(IllegalTransition) as twice:
        clock.resume(start)
    assert twice.value.problem
    assert twice.value.problem in str(twice.value)
    assert not twice.value.problem.startswith("resume")
    refused = Decision(False, "R-X-01", "not designated")
    with pytest.raises(errors.Refused) as denied:
        refused.require()
    assert denied.value.problem == "not designated"


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


def _raised(cls: type[BaseException]) -> BaseException:
    """One instance of ``cls`` as custops builds it, with every keyword of its own."""
    from custops.decisions import Decision

    if issubclass(cls, errors.Refused):
        no = Decision(False, "R-SEC-05", "not named by the holder")
        return cls("refused (R-SEC-05): not named", rule="R-SEC-05", reason="no", decision=no)
    if cls is ProvisionalCalendarWarning:
        return cls("2031 is provisional", year=2031, country="CN")
    if cls is CalendarNotPublished:
        return CalendarNotPublished.for_argument("year", 2031, "is not published", year=2031)
    if cls is InsufficientPoints:
        return InsufficientPoints.for_argument(
            "points", 30, "exceeds the valid balance", points_requested=30, points_available=12
        )
    if cls is IllegalTransition:
        return IllegalTransition.for_argument(
            "event", "resume", "not while running", state_name="running", event_name="resume"
        )
    assert issubclass(cls, CustopsError)
    return cls.for_argument("paid", "abc", "is not an amount of money")


_ERROR_CLASSES = sorted(
    (
        value
        for value in vars(errors).values()
        if isinstance(value, type)
        and issubclass(value, BaseException)
        and value.__module__ == errors.__name__
    ),
    key=lambda cls: cls.__name__,
)


def _same(back: BaseException, error: BaseException) -> None:
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert back.args == error.args
    assert vars(back) == vars(error)


def test_every_error_class_is_checked_for_copies() -> None:
    names = {cls.__name__ for cls in _ERROR_CLASSES}
    assert names >= set(errors.__all__) - {"CustopsError"}
    assert "_ArgumentError" in names


@pytest.mark.parametrize("cls", _ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_an_error_survives_pickle_and_copy_whole(cls: type[BaseException]) -> None:
    """A worker's error reaches its caller with its message, argument, value and details."""
    error = _raised(cls)
    for back in (
        pickle.loads(pickle.dumps(error)),
        copy.copy(error),
        copy.deepcopy(error),
    ):
        _same(back, error)
        if isinstance(error, CustopsError):
            assert isinstance(back, CustopsError)
            assert (back.argument, back.value, back.problem) == (
                error.argument,
                error.value,
                error.problem,
            )


def _period_in_a_worker(period: str) -> object:
    from custops.periods import deadline

    return deadline(dt.date(2025, 1, 1), period)


def test_a_refusal_in_a_process_pool_worker_reaches_the_caller() -> None:
    """R-PER-01: a period that is not one is refused, in a worker as in the caller."""
    with ProcessPoolExecutor(1) as pool:
        future = pool.submit(_period_in_a_worker, "xyz")
        with pytest.raises(InvalidInput) as caught:
            future.result(timeout=120)
    assert (caught.value.argument, caught.value.value) == ("period", "xyz")
    assert caught.value.problem.startswith("is not a period")


def _shape_holds(error: CustopsError) -> bool:
    """The message is ``<argument>: <problem> (got <value!r>)``: the value shown once."""
    return str(error) == f"{error.argument}: {error.problem} (got {error.value!r})"


def test_the_reason_alone_where_errors_are_re_raised() -> None:
    """``problem`` holds neither the argument nor the value wherever custops re-raises a
    refusal: a document's fault, a strict calendar's year, a policy's condition value, a
    part of a (month, day) pair, points a ledger lacks."""
    import datetime as dt

    from custops import serial
    from custops.calendars import WorkCalendar
    from custops.exchange import ExchangePolicy
    from custops.sla import CaseAttribute, SelectionRule, SlaPolicy, Target
    from custops.vip import Card, Holder, Ledger

    document = '{"custops":1,"type":"periods.Period","value":{"count":"x","unit":"days"}}'
    with pytest.raises(InvalidInput) as fault:
        serial.from_json(document)
    assert fault.value.problem == "value.count: int: must be an integer, not a string"
    assert _shape_holds(fault.value)
    with pytest.raises(CalendarNotPublished) as strict:
        WorkCalendar(strict=True).is_workday(dt.date(2027, 10, 1))
    assert _shape_holds(strict.value)
    assert strict.value.problem.startswith("its official CN holiday arrangement is not")
    with pytest.raises(PolicyError) as condition:
        SlaPolicy(
            "d",
            (Target("a", "1天"),),
            (SelectionRule("r", ("a",), conditions={"prio": "zzz"}),),
            extra_attributes=(CaseAttribute("prio", ("low", "high")),),
        )
    assert (condition.value.argument, condition.value.value) == ("conditions['prio']", "zzz")
    assert _shape_holds(condition.value)
    with pytest.raises(PolicyError) as month:
        ExchangePolicy(inspection_start=(13, 1))
    assert str(month.value) == "inspection_start: its month must be at most 12 (got (13, 1))"
    holder = Holder("C001", "王芳", born_on=dt.date(1990, 6, 1))
    card = Card.issue("VIP-1", holder, on=dt.date(2025, 4, 1))
    ledger = Ledger(card).earn(dt.date(2025, 4, 1), "100", "S1")
    with pytest.raises(InsufficientPoints) as short:
        ledger.redeem(dt.date(2025, 4, 2), 99_999, "gift")
    assert _shape_holds(short.value)
    assert "99999" not in short.value.problem


def test_a_bare_tally_is_refused_by_serial_as_a_custops_error() -> None:
    """A ``Tally`` alone cannot say its key type in a document: refused, naming the value;
    inside its ``CaseStatistics`` it is stored (docs/serial.md)."""
    from custops import serial
    from custops.complaints import Kind, Tally

    with pytest.raises(InvalidType, match=r"^value: is a Tally of an unstated item type"):
        serial.to_json(Tally(((Kind.COMPLAINT, 2),)))
    with pytest.raises(InvalidInput, match="is not a known type tag"):
        serial.from_json('{"custops":1,"type":"complaints.Tally","value":{"counts":[]}}')


# --- an English message holds no Chinese but the value it refuses (docs/i18n.md) ---------

#: Chinese or full-width characters (ideographs, CJK punctuation, full-width forms)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_DAY = dt.date(2024, 1, 1)


def _refusals() -> list[tuple[str, Callable[[], object]]]:
    from custops.calendars import Roll
    from custops.complaints import Kind
    from custops.deposits import Claim, refund_schedule
    from custops.money import yuan
    from custops.periods import Period, period_check
    from custops.secrecy import Level, MatterKind, Person, can_know, classify_matter, copy_of
    from custops.vip import Line, Purchase

    contract = classify_matter(
        "M-1", MatterKind.CONTRACT, owner="HQ", classified_on=_DAY, ends_on=None
    )
    return [
        ("empty amount", lambda: Purchase(_DAY, "")),
        ("words for an amount", lambda: Purchase(_DAY, "一千元整")),
        ("European decimals", lambda: Purchase(_DAY, "1.000,00")),
        ("two marks", lambda: yuan("¥100元人民币", argument="paid")),
        ("another currency", lambda: Purchase(_DAY, "USD 100")),
        ("another currency in Chinese", lambda: yuan("100美元", argument="paid")),
        ("a line's price", lambda: Line("abc")),
        ("a claim's kind", lambda: Claim("1000", "x", on=_DAY, kind="fee")),
        ("a claim's kind in Chinese", lambda: Claim("1000", "x", on=_DAY, kind="罚金")),
        ("a deposit's peak", lambda: refund_schedule(peak="十万", balance="1", announced_on=_DAY)),
        ("a complaint kind", lambda: Kind.parse("吐槽", argument="kind")),
        ("a roll", lambda: Roll.parse("sideways", argument="roll")),
        ("a level", lambda: Level.parse("最高机密", argument="level")),
        ("a period", lambda: Period.parse("three fortnights", argument="window")),
        ("a period in Chinese", lambda: Period.parse("三个礼拜天", argument="window")),
        ("a period's type", lambda: period_check("window", 3)),
        ("a position held", lambda: Person("wu", company="HQ", positions={"子公司总经理"})),
        (
            "a position held, as the decision finds it",
            lambda: can_know(
                Person("wu", company="East", positions={"总公司总经理"}),
                classify_matter("M-3", "contract", owner="HQ", classified_on=_DAY, ends_on=None),
                on=_DAY,
            ),
        ),
        (
            "a scope kind unclassified",
            lambda: classify_matter(
                "M-2", "contract", owner="HQ", classified_on=_DAY, ends_on=None, level="非密"
            ),
        ),
        ("a copy labelled lower", lambda: copy_of(contract, "C-1", level="unclassified")),
        ("a supervisor on a copy", lambda: copy_of(contract, "C-1", supervisor_id="li")),
    ]


@pytest.mark.parametrize(("case", "call"), _refusals(), ids=[c for c, _call in _refusals()])
def test_an_english_refusal_holds_no_chinese_but_the_value_refused(
    case: str, call: Callable[[], object]
) -> None:
    """Under en_US a bad input's message is English through and through: its argument and
    its problem hold no Chinese; only the value refused, quoted after "got", may."""
    with language("en_US"), pytest.raises(CustopsError) as info:
        call()
    error = info.value
    assert error.argument is not None, case
    assert error.problem is not None, case
    assert not _CJK.search(error.argument), (case, str(error))
    assert not _CJK.search(error.problem), (case, str(error))
    assert str(error) == f"{error.argument}: {error.problem} (got {error.value!r})"


@settings(max_examples=60)
@given(text=st.text(max_size=12), index=st.integers(min_value=0))
def test_an_english_enum_refusal_lists_keys_only(text: str, index: int) -> None:
    """Any enumeration's refusal under en_US lists the keys, never the Chinese labels (in
    zh_CN it lists each key with its label, a spelling the reader may type)."""
    enums = _labelled_enums()
    cls = enums[index % len(enums)]
    with language("en_US"):
        english = _refusal(cls, text)
    with language("zh_CN"):
        chinese = _refusal(cls, text)
    assert (english is None) == (chinese is None)
    if english is not None and chinese is not None:
        assert english.problem is not None
        assert chinese.problem is not None
        assert not _CJK.search(english.problem), str(english)
        if len(cls) <= 10:  # a short enumeration is listed whole
            assert all(m.value in english.problem for m in cls)
            assert all(f"{m.value} ({m.label})" in chinese.problem for m in cls)
        else:  # a long one: the nearest few and where the whole list is
            assert f"{cls.__name__}.choices() " in english.problem
            assert english.problem.endswith(f" lists all {len(cls)}")
            assert len(english.problem) < 300, english.problem
            for m in cls:
                assert (m.value in english.problem) == (f"{m.value} ({m.label})" in chinese.problem)


def _refusal(cls: type[LabelledEnum], text: str) -> InvalidInput | None:
    """The refusal of ``text`` as a member of ``cls``, or None when it names one."""
    try:
        cls.parse(text, argument="choice")
    except InvalidInput as error:
        return error
    return None


def _labelled_enums() -> list[type[LabelledEnum]]:
    import custops.complaints
    import custops.deposits
    import custops.secrecy
    import custops.vip

    return [
        value
        for module in (custops.complaints, custops.deposits, custops.secrecy, custops.vip)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, LabelledEnum) and len(value) > 0
    ]
