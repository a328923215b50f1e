"""``custops moveout settle`` (R-MOV-02): the settlement lines and the sum that adds up."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.cli import main
from custops.i18n import stray_words

EXAMPLE = [
    "moveout",
    "settle",
    "--deposit",
    "装修押金=20000",
    "--deposit",
    "租赁押金=36000",
    "--damage",
    "会议室玻璃门=1200",
    "--arrears",
    "六月物业费=4200",
]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_R_MOV_02_settle_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02: deposits refunded less damages and arrears; each line, then the sum."""
    status, out, err = run(EXAMPLE, capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        '  +20,000.00  deposit: "装修押金"',
        '  +36,000.00  deposit: "租赁押金"',
        '   -1,200.00  damage: "会议室玻璃门"',
        '   -4,200.00  arrears: "六月物业费"',
        "=  50,600.00  refunded to the tenant",
        "result (R-MOV-02): deposits 56,000.00 − damages 1,200.00 − arrears 4,200.00 = "
        "50,600.00 refunded",
    ]


def test_R_MOV_02_settle_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02: the same settlement in Chinese, one language per line."""
    status, out, _ = run(["--lang", "zh_CN", *EXAMPLE], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines == [
        "  +20,000.00  押金：装修押金",
        "  +36,000.00  押金：租赁押金",
        "   -1,200.00  赔偿：会议室玻璃门",
        "   -4,200.00  欠费：六月物业费",
        "=  50,600.00  退还租户",
        "结果（R-MOV-02）：押金 56,000.00 元 − 赔偿 1,200.00 元 − 欠费 4,200.00 元 = "
        "退还 50,600.00 元",
    ]
    assert all(not stray_words(line, code="zh_CN") for line in lines)


def test_R_MOV_02_tenant_owes(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02: damages and arrears beyond the deposits are owed; bare amounts need no label."""
    argv = ["moveout", "settle", "--deposit", "3000", "--damage", "门锁=500", "--arrears", "4000"]
    status, out, _ = run(argv, capsys)
    assert status == 0
    assert out.splitlines() == [
        "  +3,000.00  deposit",
        '    -500.00  damage: "门锁"',
        "  -4,000.00  arrears",
        "= -1,500.00  owed by the tenant",
        "result (R-MOV-02): deposits 3,000.00 − damages 500.00 − arrears 4,000.00: "
        "the customer owes 1,500.00",
    ]
    status, out, _ = run(["--lang", "zh_CN", *argv], capsys)
    assert out.splitlines()[3] == "= -1,500.00  租户尚欠"


def test_R_MOV_02_settle_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02: --json keeps stable keys in every language, the library's names: the
    ``deposits``, ``damages`` and ``arrears`` given to ``settle`` (a damage's ``location``),
    then the settlement; the deposits less the damages and arrears are the net."""
    documents = []
    for code in ("zh_CN", "en_US"):
        status, out, _ = run(["--lang", code, *EXAMPLE, "--json"], capsys)
        assert status == 0
        documents.append(json.loads(out))
    chinese, english = documents
    assert chinese.keys() == english.keys()
    given = ("deposits", "damages", "arrears")
    assert [chinese[name] for name in given] == [english[name] for name in given]
    assert english["damages"][0] == {"location": "会议室玻璃门", "amount": "1200.00"}
    sums = [sum(Decimal(item["amount"]) for item in english[name]) for name in given]
    assert sums[0] - sums[1] - sums[2] == Decimal(english["net"])
    assert [str(total) for total in sums] == [english[f"{name}_total"] for name in given]
    assert (english["refund"], english["owed"], english["rule"]) == ("50600.00", "0.00", "R-MOV-02")
    status, out, _ = run(
        ["moveout", "settle", "--deposit", "3000", "--damage", "500", "--json"], capsys
    )
    bare = json.loads(out)  # an amount typed without a label: the library's "-" (a str)
    assert (bare["deposits"], bare["damages"], bare["arrears"]) == (
        [{"label": "-", "amount": "3000.00"}],
        [{"location": "-", "amount": "500.00"}],
        [],
    )
    status, out, _ = run(["moveout", "settle", "--arrears", "100", "--json"], capsys)
    assert json.loads(out)["arrears"] == [{"label": "-", "amount": "100.00"}]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--deposit", "12x"], "--deposit[0]: is not an amount of money"),
        (["--deposit", "1", "--deposit", "押金=-5"], "--deposit[1]: must not be negative"),
        (["--damage", "门锁=1.005"], "--damage[0]: has a fraction of a fen"),
        (["--arrears", "电费="], "--arrears[0]: must look like [LABEL=]AMOUNT (got '电费=')"),
        (["--arrears", "=5"], "--arrears[0]: must look like [LABEL=]AMOUNT"),
        ([], "--deposit/--damage/--fee/--arrears: give at least one amount to settle"),
    ],
)
def test_settle_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(["moveout", "settle", *argv], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("custops: error: ")
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "shape"),
    [
        (["--deposit", "=5"], "--deposit[0]: must look like [LABEL=]AMOUNT (got '=5')"),
        (["--deposit", "a="], "--deposit[0]: must look like [LABEL=]AMOUNT (got 'a=')"),
        (["--damage", "=5"], "--damage[0]: must look like [LOCATION=]AMOUNT (got '=5')"),
        (["--arrears", " = "], "--arrears[0]: must look like [LABEL=]AMOUNT (got ' = ')"),
    ],
)
def test_settle_malformed_line_asks_for_the_usage_shape(
    capsys: pytest.CaptureFixture[str], argv: list[str], shape: str
) -> None:
    """R-MOV-02: a malformed ``--deposit``/``--damage``/``--arrears`` asks for the shape the
    usage shows for that option (its metavar), not a ``NAME=VALUE`` that ``--help`` never
    mentions."""
    status, out, err = run(["--lang", "en_US", "moveout", "settle", *argv], capsys)
    assert (status, out) == (2, "")
    assert err == f"custops: error: {shape}\n"
    with pytest.raises(SystemExit):
        main(["--lang", "en_US", "moveout", "settle", "--help"])
    usage = capsys.readouterr().out
    assert shape.split("must look like ")[1].split(" (got")[0] in usage
    assert "NAME=VALUE" not in usage


def test_settle_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["moveout", "settle", "--deduction", "5"])
    assert info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_settle_help_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["moveout", "settle", "--help"])
    assert "[LABEL=]AMOUNT" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "moveout", "settle", "--help"])
    assert "与财务部结算迁出" in capsys.readouterr().out


_AMOUNTS = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False)
_DAMAGE_AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=10**7, places=2)  # > 0


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_AMOUNTS, max_size=3),
    st.lists(_DAMAGE_AMOUNTS, max_size=3),
    st.lists(_AMOUNTS, max_size=3),
)
def test_R_MOV_02_printed_lines_add_up(
    deposits: list[Decimal], damages: list[Decimal], arrears: list[Decimal]
) -> None:
    """Property (R-MOV-02): the printed signed lines add up to the printed total, exactly,
    and the total is refund − owed of the library's settlement."""
    argv = ["moveout", "settle"]
    for option, amounts in (("--deposit", deposits), ("--damage", damages), ("--arrears", arrears)):
        for amount in amounts:
            argv += [option, f"{amount:.2f}"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(argv)
    if not (deposits or damages or arrears):
        assert status == 2
        return
    assert status == 0
    lines = out.getvalue().splitlines()
    figures = [Decimal(line.split()[0].replace(",", "")) for line in lines[:-2]]
    total = Decimal(lines[-2].split()[1].replace(",", ""))
    assert all(not line.split()[0].startswith("-0.00") for line in lines[:-1])  # no -0.00
    assert sum(figures, Decimal(0)) == total == sum(deposits) - sum(damages) - sum(arrears)
    assert "R-MOV-02" in lines[-1]


def test_R_MOV_02_amounts_are_grouped_as_the_refund_notice_groups_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-MOV-02: the till prints money as ``custops refund`` does (``1,000.00``), and an
    arrear of 0 as ``0.00``, never ``-0.00``."""
    argv = ["moveout", "settle", "--deposit", "押金=1000", "--arrears", "租金=0"]
    status, out, _ = run(["--lang", "zh_CN", *argv], capsys)
    assert status == 0
    assert out.splitlines()[:3] == [
        "  +1,000.00  押金：押金",
        "       0.00  欠费：租金",
        "=  1,000.00  退还租户",
    ]
    assert "-0.00" not in out


def test_R_MOV_02_a_damage_of_zero_is_refused_naming_the_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-MOV-02: a damage is more than 0, as a claim is; the refusal names --damage[0] and
    shows what was typed."""
    status, out, err = run(
        ["moveout", "settle", "--deposit", "押金=1000", "--damage", "门=0"], capsys
    )
    assert (status, out) == (2, "")
    assert err == "custops: error: --damage[0]: must be more than 0 (got '门=0')\n"


# Fees (扣费) and the day the refund is due (R-MOV-02 4, counted as R-PER-01 counts).

FEES = [
    "moveout",
    "settle",
    "--deposit",
    "押金=3200",
    "--damage",
    "门锁=150",
    "--fee",
    "保洁费=200",
    "--fee",
    "换锁费=80",
    "--arrears",
    "水电=86.40",
]
PROMISED = ["--refund-period", "7个工作日", "--on", "2026-03-06"]


def test_R_MOV_02_fees_are_lines_of_their_own(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02: each --fee is a deduction of its own kind (扣费), printed between the
    damages and the arrears as the reason orders them, and the lines add up to the net."""
    status, out, err = run(["--lang", "zh_CN", *FEES], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "  +3,200.00  押金：押金",
        "    -150.00  赔偿：门锁",
        "    -200.00  扣费：保洁费",
        "     -80.00  扣费：换锁费",
        "     -86.40  欠费：水电",
        "=  2,683.60  退还租户",
        "结果（R-MOV-02）：押金 3,200.00 元 − 赔偿 150.00 元 − 扣费 280.00 元 − 欠费 86.40 元 = "
        "退还 2,683.60 元",
    ]
    status, out, _ = run(["--lang", "en_US", *FEES], capsys)
    lines = out.splitlines()
    assert lines[2:4] == ['    -200.00  fee: "保洁费"', '     -80.00  fee: "换锁费"']
    assert lines[-1] == (
        "result (R-MOV-02): deposits 3,200.00 − damages 150.00 − fees 280.00 − arrears 86.40 "
        "= 2,683.60 refunded"
    )
    status, out, _ = run(["--lang", "zh_CN", "moveout", "settle", "--fee", "200"], capsys)
    assert (status, out.splitlines()[:2]) == (0, ["  -200.00  扣费", "= -200.00  租户尚欠"])


@pytest.mark.parametrize(
    "period", ["7个工作日", "七个工作日", "7个工作日内", "7 working days", "7 business days"]
)
def test_R_MOV_02_refund_due_after_the_refund_period(
    capsys: pytest.CaptureFixture[str], period: str
) -> None:
    """R-MOV-02, R-PER-01: with --refund-period the refund is due that period after the
    day of the settlement (--on, in any spelling a date is read in), the day itself not
    counted and the weekends skipped: 2026-03-06 + 7 working days is 2026-03-17."""
    argv = [*FEES, "--refund-period", period, "--on", "2026/3/6"]
    status, out, err = run(["--lang", "zh_CN", *argv], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines()[-1].endswith("= 退还 2,683.60 元，最迟 2026-03-17 退还")
    status, out, err = run(["--lang", "en_US", *argv], capsys)
    assert out.splitlines()[-1].endswith("= 2,683.60 refunded; refund due by 2026-03-17")


def test_R_MOV_02_refund_due_on_the_calendar_options(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02, R-PER-01: the calendar options count as in every command: a company rest
    day (--closure) is skipped, a company working day (--extra-workday) counted, and so is
    a make-up working day (调休) of the year's notice."""
    argv = [*FEES, *PROMISED, "--json"]
    status, out, _ = run([*argv, "--closure", "2026-03-09"], capsys)
    due = json.loads(out)["refund_due"]
    assert (status, due["ends_on"]) == (0, "2026-03-18")
    assert "2026-03-09" in " ".join(due["reasoning"])
    status, out, _ = run([*argv, "--extra-workday", "2026-03-07"], capsys)  # a Saturday
    assert (status, json.loads(out)["refund_due"]["ends_on"]) == (0, "2026-03-16")
    # the 2026 notice: National Day 10-01..10-07, Saturday 10-10 worked (调休)
    on = ["--refund-period", "2个工作日", "--on", "2026-10-08"]
    status, out, _ = run([*FEES, *on, "--json"], capsys)
    due = json.loads(out)["refund_due"]
    assert (status, due["ends_on"], due["provisional"]) == (0, "2026-10-10", False)


def test_R_MOV_02_refund_due_through_an_unpublished_year_is_provisional(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-MOV-02, R-PER-01: a due day counted through a year whose holiday notice is not
    published is marked provisional (暂定), with one note on stderr saying how to type the
    notice in; --strict refuses the year; --final-year takes the statutory days as final."""
    argv = [*FEES, "--refund-period", "7个工作日", "--on", "2026-12-28"]
    status, out, err = run(["--lang", "zh_CN", *argv], capsys)
    assert status == 0
    assert out.splitlines()[-1].endswith("最迟 2027-01-07 退还（暂定）")
    assert err.count("\n") == 1
    assert err.startswith("custops: 提示：CN 2027 年的放假安排尚未公布")
    status, out, err = run(["--lang", "en_US", *argv], capsys)
    assert out.splitlines()[-1].endswith("refund due by 2027-01-07 (provisional)")
    assert "2027" in err
    assert "--holiday" in err
    status, out, err = run([*argv, "--json"], capsys)
    due = json.loads(out)["refund_due"]
    assert (due["ends_on"], due["provisional"], err) == ("2027-01-07", True, "")
    status, out, err = run([*argv, "--strict"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: --strict: the official CN holiday arrangement for 2027")
    status, out, err = run(["--lang", "zh_CN", *argv, "--final-year", "2027"], capsys)
    assert (status, err) == (0, "")
    assert out.splitlines()[-1].endswith("最迟 2027-01-07 退还")


def test_R_MOV_02_no_refund_no_due_day(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02: a settlement that refunds nothing has no due day, period or not; without
    a period (D6 names none) no day is due and none is counted."""
    owing = ["moveout", "settle", "--deposit", "100", "--fee", "保洁费=200", *PROMISED]
    status, out, _ = run([*owing, "--json"], capsys)
    document = json.loads(out)
    assert (status, document["refund_due"], document["owed"]) == (0, None, "100.00")
    assert (document["on"], document["refund_period"]) == ("2026-03-06", "7个工作日")
    status, out, _ = run([*FEES, "--json"], capsys)
    document = json.loads(out)
    assert (document["refund_due"], document["on"], document["refund_period"]) == (None,) * 3
    assert document["rule_ids"] == ["R-MOV-02"]


def test_R_MOV_02_fees_and_refund_due_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02: --json gives the fees as given to ``settle`` (``fees``, ``fees_total``),
    the period and the day as given, and ``refund_due`` as ``custops deadline --json``
    gives a deadline; the keys are the same in every language and the net is the deposits
    less the damages, fees and arrears."""
    documents = []
    for code in ("zh_CN", "en_US"):
        status, out, _ = run(["--lang", code, *FEES, *PROMISED, "--json"], capsys)
        assert status == 0
        documents.append(json.loads(out))
    chinese, english = documents
    assert chinese.keys() == english.keys()
    assert english["fees"] == [
        {"label": "保洁费", "amount": "200.00"},
        {"label": "换锁费", "amount": "80.00"},
    ]
    assert english["fees_total"] == "280.00"
    assert (english["on"], english["refund_period"]) == ("2026-03-06", "7个工作日")
    due = english["refund_due"]
    assert due["rule"] == "R-PER-01"
    assert (due["ends_on"], due["provisional"]) == ("2026-03-17", False)
    assert due["reason"] == "2026-03-06 + 7 working days → 2026-03-17 (working days)"
    assert chinese["refund_due"]["reason"] == "2026-03-06 + 7个工作日 → 2026-03-17（按工作日计算）"
    assert english["rule_ids"] == ["R-MOV-02", "R-PER-01"]
    given = ("deposits", "damages", "fees", "arrears")
    sums = [sum(Decimal(item["amount"]) for item in english[name]) for name in given]
    assert sums[0] - sums[1] - sums[2] - sums[3] == Decimal(english["net"])
    assert Decimal(english["refund"]) - Decimal(english["owed"]) == Decimal(english["net"])


def test_R_MOV_02_explain_lists_fees_and_the_count(capsys: pytest.CaptureFixture[str]) -> None:
    """R-MOV-02, R-PER-01: --explain prints the library's ``explain()``: a line per fee and
    how the refund's due day was counted."""
    status, out, _ = run(["--lang", "zh_CN", *FEES, *PROMISED, "--explain"], capsys)
    assert status == 0
    lines = out.splitlines()
    assert lines[7:11] == [
        "  - 扣费：保洁费 200.00 元",
        "  - 扣费：换锁费 80.00 元",
        "  - 退还期限（R-PER-01）：2026-03-06 + 7个工作日 → 2026-03-17（按工作日计算）",
        "    - 《民法典》第201条第1款：开始当日 2026-03-06 不计入",
    ]
    assert lines[-1] == "    - 不计入的休息日：2026-03-07、2026-03-08、2026-03-14、2026-03-15"


def test_R_MOV_02_refund_period_counts_from_today_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-MOV-02: a refund period without --on counts from today, the day of the question
    as in every command (the command reads the clock, the library never does)."""
    before = date.today()
    status, out, _ = run([*FEES, "--refund-period", "0天", "--json"], capsys)
    after = date.today()
    document = json.loads(out)
    assert status == 0
    assert document["on"] in (before.isoformat(), after.isoformat())
    assert document["refund_due"]["ends_on"] >= document["on"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--fee", "保洁费=12x"], "--fee[0]: is not an amount of money"),
        (["--fee", "1", "--fee", "=5"], "--fee[1]: must look like [LABEL=]AMOUNT (got '=5')"),
        (["--fee", "保洁费=-5"], "--fee[0]: must not be negative"),
        (
            ["--deposit", "1", "--refund-period", "48小时", "--on", "2026-03-06"],
            "--refund-period: must be counted in days, working days, weeks, months or years",
        ),
        (
            ["--deposit", "1", "--refund-period", "abc", "--on", "2026-03-06"],
            "--refund-period: is not a period",
        ),
        (["--deposit", "1", "--refund-period", "-3天"], "--refund-period: a period cannot be"),
        (["--deposit", "1", "--refund-period", "半个月"], "(got '半个月')"),
        (
            ["--deposit", "1", "--refund-period", "7个工作日", "--on", "2026-02-30"],
            "--on: is not a date",
        ),
        (["--deposit", "1", "--refund-period", "7天", "--closure", "x"], "--closure: is not"),
    ],
)
def test_R_MOV_02_fee_and_period_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """R-MOV-02: a bad --fee, --refund-period or --on is refused naming the option and
    showing what was typed, one line, exit 2 (a period refused as policy data included)."""
    status, out, err = run(["--lang", "en_US", "moveout", "settle", *argv], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("custops: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_R_MOV_02_help_names_fees_and_the_refund_period(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-MOV-02: --help shows --fee, --refund-period, --on and the calendar options, in
    both languages."""
    with pytest.raises(SystemExit):
        main(["--lang", "en_US", "moveout", "settle", "--help"])
    usage = capsys.readouterr().out
    for shown in ("--fee [LABEL=]AMOUNT", "--refund-period PERIOD", "--on DATE", "--closure"):
        assert shown in usage
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "moveout", "settle", "--help"])
    usage = capsys.readouterr().out
    assert "既非赔偿也非欠费" in usage
    assert "结算后多久退还押金" in usage


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_AMOUNTS, max_size=2),
    st.lists(_DAMAGE_AMOUNTS, max_size=2),
    st.lists(_AMOUNTS, max_size=3),
    st.lists(_AMOUNTS, max_size=2),
    st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 20)),
)
def test_R_MOV_02_printed_net_is_deposits_less_damages_fees_and_arrears(
    deposits: list[Decimal],
    damages: list[Decimal],
    fees: list[Decimal],
    arrears: list[Decimal],
    on: date,
) -> None:
    """Property (R-MOV-02): with fees and a refund period, the printed signed lines add up
    to the printed net, which is deposits − damages − fees − arrears exactly, as the JSON's
    net is; a refund due day is given exactly when something is refunded, and it is not
    before the day of the settlement."""
    argv = ["moveout", "settle", "--refund-period", "7个工作日", "--on", on.isoformat()]
    for option, amounts in (
        ("--deposit", deposits),
        ("--damage", damages),
        ("--fee", fees),
        ("--arrears", arrears),
    ):
        for amount in amounts:
            argv += [option, f"{amount:.2f}"]
    expected = sum(deposits) - sum(damages) - sum(fees) - sum(arrears)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = main(argv)
        if not (deposits or damages or fees or arrears):
            assert status == 2
            return
        assert status == 0
        lines = out.getvalue().splitlines()
        out.seek(0)
        out.truncate()
        assert main([*argv, "--json"]) == 0
    document = json.loads(out.getvalue())
    figures = [Decimal(line.split()[0].replace(",", "")) for line in lines[:-2]]
    net = Decimal(lines[-2].split()[1].replace(",", ""))
    assert sum(figures, Decimal(0)) == net == expected == Decimal(document["net"])
    assert len(figures) == len(deposits) + len(damages) + len(fees) + len(arrears)
    due = document["refund_due"]
    assert (due is not None) == (expected > 0)
    if due is not None:
        assert due["ends_on"] > on.isoformat()
        assert f"refund due by {due['ends_on']}" in lines[-1]
    assert "R-MOV-02" in lines[-1]
