"""Tests of ``custops vip`` (R-VIP-01, R-VIP-03, R-VIP-04, R-VIP-06, R-VIP-07, R-VIP-11)."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings

import attrs
import pytest

from custops.cli import main
from custops.errors import ProvisionalCalendarWarning
from custops.i18n import language
from custops.vip import (
    CardCheck,
    Line,
    Purchase,
    Qualification,
    Quote,
    QuoteLine,
    registration_report_due,
)
from custops.vip import qualify as qualify_library


def test_vip_quote_base_rate_and_promotion(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-03 9折 and R-VIP-04 best single benefit per line."""
    code = main(
        ["vip", "quote", "--on", "2024-05-10", "--valid-points", "12", "199x2", "100:promo=80"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "card: valid — " in out
    assert "1. 199.00 x2: list 398.00 -> 358.20 [VIP rate]" in out
    assert "2. 100.00 x1: list 100.00 -> 80.00 [promotion price]" in out
    assert "total 438.20 (list 498.00, saving 59.80); points earned: 4" in out


def test_vip_quote_points_tier_and_birthday(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-06 8.5折 from 30 points; R-VIP-07 6折 on the birthday with the ID card."""
    assert main(["vip", "quote", "--on", "2024-05-10", "--valid-points", "30", "100"]) == 0
    assert "-> 85.00 [points-tier rate]" in capsys.readouterr().out
    args = ["vip", "quote", "--on", "2024-06-01", "--valid-points", "30", "--born-on", "1990-06-01"]
    assert main([*args, "--id-verified", "100"]) == 0
    assert "-> 60.00 [birthday rate]" in capsys.readouterr().out
    assert main([*args, "100"]) == 0
    out = capsys.readouterr().out
    assert "-> 85.00 [points-tier rate]" in out
    notes = [line for line in out.splitlines() if line.startswith("note: ")]
    assert any("ID card was not verified" in line for line in notes)


def test_R_VIP_05_R_VIP_06_the_balance_typed_opens_the_ledger(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-VIP-05, R-VIP-06: ``--valid-points`` and ``--carry`` are the ledger's opening
    balance, not a purchase of the points times 100 yuan: a balance beyond what money can
    pay still gives the points tier, and the carry completes the next point."""
    points = str(10**27)
    assert main(["vip", "quote", "--on", "2024-05-10", "--valid-points", points, "100"]) == 0
    assert "-> 85.00 [points-tier rate]" in capsys.readouterr().out
    argv = ["vip", "quote", "--on", "2024-05-10", "--valid-points", "30", "--carry", "99.99"]
    assert main([*argv, "--json", "1"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["total"], answer["points"], answer["carry_after"]) == ("0.85", 1, "0.84")


def test_vip_quote_someone_elses_or_expired_card(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-09, R-VIP-10: no VIP benefit."""
    assert (
        main(
            [
                "vip",
                "quote",
                "--on",
                "2024-05-10",
                "--valid-points",
                "0",
                "--presented-by",
                "C9",
                "100",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "card: not holder — " in out
    assert "-> 100.00 [no benefit]" in out
    argv = ["vip", "quote", "--on", "2026-05-10", "--issued-on", "2024-05-01"]
    assert main([*argv, "--valid-points", "0", "100"]) == 0
    assert "card: expired — " in capsys.readouterr().out


def test_vip_quote_without_card(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vip", "quote", "--on", "2024-05-10", "50:coupon=10"]) == 0
    out = capsys.readouterr().out
    assert "card: no VIP card presented" in out
    assert "-> 40.00 [coupon]" in out
    assert "points earned: 0" in out


def test_vip_quote_no_card_refuses_the_options_of_a_card(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-VIP-07, R-VIP-09: ``--no-card`` beside an option that describes a card is a
    contradiction, not a card quietly built; without both, a card option implies ``--card``."""
    argv = ["vip", "quote", "--on", "2024-05-10", "--no-card", "--born-on", "1990-05-10", "100"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--no-card: contradicts --born-on, which describes a card" in err
    assert main(["vip", "quote", "--on", "2024-05-10", "--no-card", "100"]) == 0
    assert "card: no VIP card presented" in capsys.readouterr().out
    argv = ["vip", "quote", "--on", "2024-05-10", "--born-on", "1990-05-10", "--valid-points", "0"]
    assert main([*argv, "100"]) == 0
    assert "card: no VIP card presented" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["vip", "quote", "--on", "2024-05-10", "abc"],
            "LINE: its price is not an amount of money",
        ),
        (
            ["vip", "quote", "--on", "2024-05-10", "0.125x1000"],
            "LINE: its price has a fraction of a fen",
        ),
        (["vip", "quote", "--on", "2024-05-10", "1.5:foo=1"], "LINE: "),
        (
            ["vip", "quote", "--on", "2024-05-10", "--", "-10"],
            "LINE: its price must not be negative (got '-10')",
        ),
        (
            ["vip", "quote", "--on", "2024-05-10", "100x0"],
            "LINE: its quantity must be at least 1 (got '100x0')",
        ),
        (  # a digit of another script is no quantity, as it is no amount (R-VIP-04)
            ["vip", "quote", "--on", "2024-05-10", "100x٣"],
            "LINE: its quantity is not a number: write digits 0-9 with at most one point, "
            "e.g. '2' (got '100x٣')",
        ),
        (
            ["vip", "quote", "--on", "2024-05-10", "100:special=x"],
            "LINE: its special price is not an amount",
        ),
        (
            ["vip", "quote", "--on", "2024-05-10", "100:coupon=-1"],
            "LINE: its coupon must not be negative",
        ),
        (["vip", "quote", "--on", "10 May", "100"], "--on: is not a date"),
        (
            ["vip", "quote", "--on", "2024-05-10", "100:promo=120"],
            "LINE: its promo price must not exceed the price",
        ),
        (
            ["vip", "quote", "--on", "2024-05-10", "--valid-points", "-3", "1"],
            "--valid-points: must be at least 0",
        ),
        (  # the example of a typo is a value the option takes, not -2
            ["vip", "quote", "--on", "2024-05-10", "--valid-points", "30.5", "1"],
            "--valid-points: is not a whole number of at least 0, such as 3 (got '30.5')",
        ),
        (["vip", "report-due", "--on", "2024-13-01"], "--on: is not a date"),
        (["vip", "report-due", "--on", "9999-12-31"], "--on: +1 months falls outside the calendar"),
        (["vip", "qualify", "2024-01-01"], "PURCHASE: must look like"),
        (  # one = too many: the form is wrong, not the date; the whole PURCHASE is shown
            ["vip", "qualify", "2024-05-01=100=3"],
            "PURCHASE: must look like DATE=AMOUNT, e.g. 2024-05-01=1200 (got '2024-05-01=100=3')",
        ),
    ],
)
def test_vip_bad_input_is_one_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("custops: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_vip_qualify(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-01: 1000 at once, or 2000 within half a year; exit 1 when not qualified."""
    assert main(["vip", "qualify", "--on", "2024-07-15", "2024-01-15=900", "2024-07-15=1100"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("qualified [single purchase] (R-VIP-01): ")
    assert main(["vip", "qualify", "--on", "2024-07-16", "2024-01-15=900", "2024-07-15=999"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("not qualified")
    assert "window 2024-01-16 … 2024-07-16" in out


def test_vip_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: R-VIP-01 and R-VIP-03 answers in the language chosen by --lang."""
    argv = ["--lang", "zh_CN", "vip", "qualify", "--on", "2024-07-16", "2024-07-15=999"]
    assert main(argv) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("不符合资格【未达标准】（R-VIP-01）：")
    assert out[1] == "统计期间 2024-01-16 至 2024-07-16"
    argv = ["--lang", "zh_CN", "vip", "quote", "--on", "2024-05-10", "--valid-points", "0", "199x2"]
    assert main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("会员卡：有效 — ")
    assert out[1].startswith("1. 199.00 ×2：原价 398.00 → 358.20【会员折扣】")
    assert out[2] == "合计 358.20（原价 398.00，优惠 39.80）；获得积分：3"


def test_vip_report_due(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-11, R-SLA-16: the 2nd of the month after the month of ``--on`` (CONTRIBUTING
    item 9: the moment is ``--on DATE``, never a positional MONTH)."""
    assert main(["vip", "report-due", "--on", "2024-12-01"]) == 0
    assert capsys.readouterr().out.strip() == "2025-01-02"
    assert main(["vip", "report-due", "--on", "2024-12-31"]) == 0
    assert capsys.readouterr().out.strip() == "2025-01-02"
    assert main(["vip", "report-due", "--on", "2024-02-29"]) == 0
    assert capsys.readouterr().out.strip() == "2024-03-04"  # 03-02 a Saturday (art. 203)
    assert main(["vip", "report-due", "--on", "2100-11-30"]) == 0
    assert (
        capsys.readouterr().out.strip()
        == "2100-12-02 (provisional: the 2100 arrangement is not published)"
    )


def test_R_VIP_11_report_due_is_the_day_due_in_month_gives(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-VIP-11, R-SLA-16: ``vip report-due`` answers D7's 于次月2日 as ``due_in_month`` does
    (国庆节 2025-10-02 moves it to 2025-10-09), prints the library's Deadline as ``archive
    due`` does (``--explain``, and ``reasoning`` in ``--json``), and takes the calendar's
    options (item 3): a company closure on the day moves it on."""
    assert main(["vip", "report-due", "--on", "2025-09-15"]) == 0
    assert capsys.readouterr().out.strip() == "2025-10-09"
    assert main(["vip", "report-due", "--on", "2025-09-15", "--closure", "2025-10-09"]) == 0
    assert capsys.readouterr().out.strip() == "2025-10-10"
    assert main(["vip", "report-due", "--on", "2025-09-15", "--explain"]) == 0
    explained = registration_report_due(on=dt.date(2025, 9, 15), explain=True)
    assert capsys.readouterr().out.rstrip("\n") == explained.explain()
    assert main(["vip", "report-due", "--on", "2025-09-15", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reasoning"] == list(explained.reasoning)
    assert main(["vip", "report-due", "--on", "2025-09-15", "--closure", "10-09"]) == 2
    message = (
        "--closure: is not a date; give a date such as 2025-09-30, 2025/9/30 or "
        "2025.9.30 (got '10-09')"
    )
    assert message in capsys.readouterr().err


def test_vip_report_due_takes_no_positional_month() -> None:
    """CONTRIBUTING item 9: the old ``report-due MONTH`` is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as info:
        main(["vip", "report-due", "2024-12"])
    assert info.value.code == 2


def test_vip_report_due_defaults_to_today(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-11: without ``--on`` the day of the question is today, as in every command."""
    before = dt.date.today()
    assert main(["vip", "report-due"]) == 0
    printed = capsys.readouterr().out.strip()
    days = {before, dt.date.today()}  # the clock may pass midnight meanwhile
    with warnings.catch_warnings():  # a year not yet published: the CLI marks it instead
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        dues = {registration_report_due(on=day).isoformat() for day in days}
    assert printed.split(" ")[0] in dues


def test_vip_quote_holder_is_an_option_of_the_card(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-09: ``--holder`` describes the card's holder, so it implies ``--card`` (the
    holder's id is the card's) and ``--no-card`` beside it is refused."""
    argv = ["vip", "quote", "--on", "2024-05-10", "--holder", "C0009", "--valid-points", "0"]
    assert main([*argv, "--json", "100"]) == 0
    assert json.loads(capsys.readouterr().out)["card_check"]["card_status"] == "valid"
    argv = ["vip", "quote", "--on", "2024-05-10", "--no-card", "--holder", "C0009", "100"]
    assert main(argv) == 2
    assert "--no-card: contradicts --holder, which describes a card" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--holder", "--born-on", "--issued-on"])
def test_vip_quote_an_empty_card_option_is_refused(
    capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """An empty value of a card's option is refused, naming the option, not ignored."""
    assert main(["vip", "quote", "--on", "2024-05-10", option, "", "100"]) == 2
    assert capsys.readouterr().err.startswith(f"custops: error: {option}: ")


def _fields(cls: type) -> set[str]:
    # (a decision whose reason is worded from its fields is given no reason: the ``said``
    # it inherits is neither an argument nor an answer)
    return {field.name for field in attrs.fields(cls) if field.name != "said" or field.init}


def test_vip_json_holds_every_field_of_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-01, R-VIP-04, house rule 9: ``vip quote --json`` and ``vip qualify --json`` hold
    every field of the result (``Quote``, its ``CardCheck`` and ``QuoteLine``s with their
    ``Line`` in place; ``Qualification`` and its ``counted`` purchases), under the library's
    names, so a script reads what is missing (``needed``) without parsing the reason."""
    argv = ["vip", "quote", "--on", "2024-03-01", "--valid-points", "30", "--json"]
    assert main([*argv, "100:promo=95", "50"]) == 0
    quote = json.loads(capsys.readouterr().out)
    assert _fields(Quote) <= quote.keys()
    assert (quote["vip_benefit"], quote["vip_rate"]) == ("points_tier", "0.85")
    assert _fields(CardCheck) <= quote["card_check"].keys()
    assert quote["card_check"]["allowed"] is True
    line = quote["lines"][0]
    assert (_fields(QuoteLine) - {"line"}) | _fields(Line) <= line.keys()
    assert line["rate"] == "0.85"
    assert line["options"] == [
        {"benefit": "promotion", "amount": "95.00"},
        {"benefit": "points_tier", "amount": "85.00"},
    ]
    argv = ["vip", "qualify", "--on", "2024-08-31", "--json", "2024-03-01=600"]
    assert main(argv) == 1
    qualification = json.loads(capsys.readouterr().out)
    assert _fields(Qualification) <= qualification.keys()
    assert (qualification["needed"], qualification["window_total"]) == ("1000.00", "600.00")
    assert qualification["amount"] == "600.00"
    assert qualification["counted"] == [
        {
            "on": "2024-03-01",
            "paid": "600.00",
            "ref": None,
            "refunded": "0.00",
            "refunded_on": None,
            "net": "600.00",
        }
    ]
    assert _fields(Purchase) <= qualification["counted"][0].keys()


def test_R_VIP_05_vip_quote_carry(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-05: --carry is the card's carried remainder; a card carrying 70.00
    earns a point on 35.00 (31.50 paid), and the note says what carries on; a carry of a
    whole point or more is refused naming --carry."""
    card = ["vip", "quote", "--on", "2025-03-01", "--valid-points", "0"]
    code = main([*card, "--carry", "70", "35"])
    out = capsys.readouterr().out
    assert code == 0
    assert "points earned: 1" in out
    assert "note: 70.00 carried from earlier purchases counted; 1.50 carried to the next" in out
    code = main([*card, "35"])
    out = capsys.readouterr().out
    assert "points earned: 0" in out
    # no --carry: the card's balance was typed, so its carry is 0.00
    assert "0.00 carried from earlier purchases counted; 31.50 carried" in out
    code = main([*card, "--carry", "70", "--json", "35"])
    assert json.loads(capsys.readouterr().out)["points"] == 1
    for typed, message in (("100", "--carry: must lie in [0, 100.00)"), ("-1", "--carry: must")):
        assert main([*card, "--carry", typed, "35"]) == 2
        assert capsys.readouterr().err.startswith(f"custops: error: {message}")
    assert main(["vip", "quote", "--on", "2025-03-01", "--no-card", "--carry", "1", "35"]) == 2
    assert "--no-card: contradicts --carry" in capsys.readouterr().err


def test_R_VIP_05_vip_quote_json_gives_the_carry(capsys: pytest.CaptureFixture[str]) -> None:
    """R-VIP-05: ``vip quote --json`` gives the carry counted (``carry``) and
    the carry left to the next purchase (``carry_after``), amounts as strings, so that a
    script reads them without parsing a note; ``null`` without a card."""
    argv = ["vip", "quote", "150", "--on", "2025-03-01", "--valid-points", "0", "--carry", "70"]
    assert main([*argv, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got["carry"], got["carry_after"], got["points"]) == ("70.00", "5.00", 2)
    assert main(["vip", "quote", "150", "--on", "2025-03-01", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got["carry"], got["carry_after"]) == (None, None)
    argv = ["vip", "quote", "150", "--on", "2025-03-01", "--no-card", "--carry", "70"]
    assert main(argv) == 2
    assert "--no-card: contradicts --carry, which describes a card" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "rule", "why"),
    [
        (
            ["--on", "2026-05-10", "--issued-on", "2024-05-01", "--valid-points", "0"],
            "R-VIP-10",
            "expired after",
        ),
        (
            ["--on", "2024-05-10", "--valid-points", "0", "--presented-by", "C9"],
            "R-VIP-09",
            "presented by C9",
        ),
    ],
)
def test_vip_quote_without_benefit_names_the_card_rule(
    capsys: pytest.CaptureFixture[str], argv: list[str], rule: str, why: str
) -> None:
    """R-VIP-09, R-VIP-10: ``vip quote`` for an expired or someone else's card says why first,
    as the library's quote does: the card line, and under ``--json`` the quote's ``rule`` (the
    card check's) and a ``reason`` that starts with the card check's reason."""
    assert main(["vip", "quote", *argv, "100"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("card: ")
    assert why in first
    assert main(["vip", "quote", *argv, "--json", "100"]) == 0
    document = json.loads(capsys.readouterr().out)
    check = document["card_check"]
    assert (document["rule"], check["rule"], check["allowed"]) == (rule, rule, False)
    assert document["rule_ids"] == [rule, "R-VIP-04"]
    assert document["reason"].startswith(f"no VIP benefit: {check['reason']}; 1 line without")
    assert why in document["reason"]
    assert document["total"] == "100.00"
    assert document["points"] == 0


def test_R_VIP_04_vip_quote_names_the_part_of_a_line_above_the_cap(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-VIP-04: a LINE above the line cap is refused saying which part — its
    price, or its quantity times the price — and the cap, showing the LINE typed."""
    big = "9" * 25
    assert main(["vip", "quote", "--on", "2025-01-02", big]) == 2
    assert capsys.readouterr().err.strip() == (
        "custops: error: LINE: its price is too large: a quote line's list amount (list price "
        f"× quantity) must be below 10**24 yuan (got '{big}')"
    )
    line = "9" * 23 + "x100"
    assert main(["vip", "quote", "--on", "2025-01-02", line]) == 2
    assert capsys.readouterr().err.strip() == (
        f"custops: error: LINE: its quantity times the price {'9' * 23}.00 makes a list amount "
        f"of {'9' * 23}00.00, too large: a quote line's list amount (list price × quantity) "
        f"must be below 10**24 yuan (got '{line}')"
    )


def test_vip_qualify_takes_refunds_from_their_day_R_VIP_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-VIP-01: only the net paid counts, and a refund from the day of the return: the
    command gives ``Purchase(refunded=…, refunded_on=…)`` as the library takes it."""
    argv = ["vip", "qualify", "2025-03-01=1200", "2025-03-05=500", "--refund", "1:300:2025-05-01"]
    assert main([*argv, "--on", "2025-04-01"]) == 0  # before the return: 1200 at once
    assert capsys.readouterr().out.startswith("qualified [single purchase] (R-VIP-01)")
    assert main([*argv, "--on", "2025-05-01", "--json"]) == 1  # 900 + 500 < 2000
    answer = json.loads(capsys.readouterr().out)
    first = answer["counted"][0]
    assert (first["refunded"], first["refunded_on"], first["net"]) == (
        "300.00",
        "2025-05-01",
        "900.00",
    )
    assert answer["counted"][1]["refunded"] == "0.00"
    library = qualify_library(
        [
            Purchase(dt.date(2025, 3, 1), "1200", refunded="300", refunded_on=dt.date(2025, 5, 1)),
            Purchase(dt.date(2025, 3, 5), "500"),
        ],
        on=dt.date(2025, 5, 1),
    )
    assert answer["reason"] == library.reason
    # without a day, the refund counts on every day
    assert (
        main(["vip", "qualify", "2025-03-01=1200", "--refund", "1:300", "--on", "2025-04-01"]) == 1
    )


@pytest.mark.parametrize(
    ("refunds", "problem"),
    [
        (["2:300"], r"must name a purchase by its place, 1 to 1"),
        (["0:300"], r"must name a purchase by its place"),
        (["²:300"], r"must name a purchase by its place"),  # a digit, yet no decimal one
        (["1"], r"must look like PURCHASE:AMOUNT\[:ON\]"),
        (["1:300:2025-02-01"], r"must not be before the purchase's day 2025-03-01"),
        (["1:1300"], r"must not exceed paid 1200.00"),
        (["1:3.5元x"], r"is not an amount of money"),
        (["1:300", "1:100"], r"refunds the purchase --refund\[0\] refunds: give it once"),
    ],
)
def test_vip_qualify_refuses_a_bad_refund_naming_it_R_VIP_01(
    refunds: list[str], problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["vip", "qualify", "2025-03-01=1200", "--on", "2025-04-01"]
    for refund in refunds:
        argv += ["--refund", refund]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert re.search(rf"--refund\[{len(refunds) - 1}\]: {problem}", err), err
    assert f"(got '{refunds[-1]}')" in err


def test_R_VIP_06_vip_quote_with_a_card_requires_valid_points(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-VIP-06 (D7 权限3 「累计积分满30分,即可享受8、5折优惠」): a card's rate depends on its
    points, so ``vip quote`` with a card and no --valid-points is refused naming
    --valid-points, as the library refuses a card without its ledger: a quote never guesses
    9折 for a member in the points tier.  --valid-points 0 is a card with no points yet;
    --valid-points 40 gives the 8.5折."""
    argv = ["vip", "quote", "1280:promo=1180", "--on", "2025-11-11", "--card"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("custops: error: --valid-points: is required with a card")
    assert "(R-VIP-06: 30 points give 0.85)" in err
    with language("zh_CN"):
        assert main([*argv, "--valid-points", "0"]) == 0
        out = capsys.readouterr().out
    assert "积分 0 分 < 30 分，不享积分折扣" in out
    assert "未核查积分折扣" not in out
    assert main([*argv, "--valid-points", "40"]) == 0
    assert "1088.00 [points-tier rate]" in capsys.readouterr().out
