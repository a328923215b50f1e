"""``custops moveout settle`` (R-MOV-02): the settlement lines and the sum that adds up."""

from __future__ import annotations

import contextlib
import io
import json
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
        ([], "--deposit/--damage/--arrears: give at least one amount to settle"),
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
        main(["moveout", "settle", "--refund", "5"])
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
