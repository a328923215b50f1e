"""`custops secrecy` subcommands: default levels of kinds of matter (R-SEC-01, R-SEC-02) and
the access decisions know, copy and lend (R-SEC-03 … R-SEC-06)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from custops.cli import main
from custops.i18n import language
from custops.secrecy import (
    HQ,
    Person,
    can_copy,
    can_know,
    can_lend,
    classify_matter,
    default_level,
)


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("合同", 'secret (R-SEC-02): "合同" is secret (秘密) by default'),
        ("财务报表", 'confidential (R-SEC-02): "财务报表" is confidential (机密) by default'),
        ("重大决策", 'top secret (R-SEC-02): "重大决策" is top secret (绝密) by default'),
        ("business license", 'secret (R-SEC-02): "营业执照" is secret (秘密) by default'),
        ("通知", 'unclassified (R-SEC-01): "通知" is outside the secrecy scope: not classified'),
    ],
)
def test_R_SEC_02_default_level(capsys: pytest.CaptureFixture[str], kind: str, line: str) -> None:
    """R-SEC-02: the answer line is the outcome, the rule and the reason (docs/cli.md)."""
    assert main(["secrecy", "default-level", kind]) == 0
    assert capsys.readouterr().out == line + "\n"


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
@pytest.mark.parametrize("kind", ["重大决策", "财务报表", "合同", "营业执照", "通知"])
def test_R_SEC_01_02_default_level_prints_the_librarys_str(
    capsys: pytest.CaptureFixture[str], lang: str, kind: str
) -> None:
    """R-SEC-01/02: the line is ``str(default_level(kind, explain=True))``, in either language."""
    assert main(["--lang", lang, "secrecy", "default-level", kind]) == 0
    with language(lang):
        expected = str(default_level(kind, explain=True))
    assert capsys.readouterr().out == expected + "\n"


def test_R_SEC_02_kind_without_default_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["secrecy", "default-level", "客户信息"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    head = "custops: error: KIND: customer information (customer_information) is in"
    assert captured.err.startswith(head)
    assert "classify it explicitly" in captured.err
    assert "level=" not in captured.err  # a library keyword: no command takes a level
    assert captured.err.count("\n") == 1


def test_unknown_kind_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["secrecy", "default-level", "菜单"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "custops: error: KIND: is not a known MatterKind; MatterKind.choices() or "
        "`custops secrecy kinds` lists all 34 (got '菜单')\n"
    )


def test_R_SEC_02_kinds_lists_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["secrecy", "kinds"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 34
    assert "合同\tcontract\tlevel secret (秘密)" in lines
    assert "客户信息\tcustomer_information\tno default: classify explicitly" in lines
    assert "通知\tnotice\tnot classified (非密)" in lines


def test_R_SEC_01_02_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 15: levels in Chinese; the key column stays what KIND accepts."""
    assert main(["--lang", "zh_CN", "secrecy", "default-level", "合同"]) == 0
    assert capsys.readouterr().out == "秘密（R-SEC-02）：合同默认定为秘密\n"
    assert main(["--lang", "zh_CN", "secrecy", "default-level", "通知"]) == 0
    assert capsys.readouterr().out == "非密（R-SEC-01）：通知不属于保密范围，不定密级\n"
    assert main(["--lang", "zh_CN", "secrecy", "kinds"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "客户信息\tcustomer_information\t无默认密级：须明确定密" in lines


def test_secrecy_needs_a_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["secrecy"])
    assert info.value.code == 2
    assert "custops secrecy: error:" in capsys.readouterr().err


# --------------------------------------------------------------------------- access decisions

JAN1, DEC31, JUNE = dt.date(2025, 1, 1), dt.date(2025, 12, 31), dt.date(2025, 6, 1)
#: A 机密 annual plan of 华东公司, its supervisor sup_e, li cleared on it (docs/secrecy.md).
PLAN_ARGS = [
    *("C-1", "年度规划", "--owner", "华东公司", "--classified-on", "2025-01-01"),
    *("--ends-on", "2025-12-31", "--supervisor-id", "sup_e", "--person-id", "li"),
]
PLAN = classify_matter(
    "C-1",
    "年度规划",
    owner="华东公司",
    classified_on=JAN1,
    ends_on=DEC31,
    supervisor_id="sup_e",
    person_ids={"li"},
)
LICENCE_ARGS = [
    *("L-1", "营业执照", "--owner", "华东公司", "--classified-on", "2025-01-01"),
    *("--person-id", "li"),
]
LICENCE = classify_matter(
    "L-1", "营业执照", owner="华东公司", classified_on=JAN1, ends_on=None, person_ids={"li"}
)
LI = Person("li", company="华东公司", positions={"员工"})
SUN = Person("sun", company="华南公司")
WANG = Person("wang", company=HQ, positions={"总公司总经理"})
GM_E = Person("gm_e", company="华东公司", positions={"子公司总经理"})
GM_S = Person("gm_s", company="华南公司", positions={"子公司总经理"})
DM_E = Person("dm_e", company="华东公司", positions={"部门经理"})


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
@pytest.mark.parametrize(
    ("typed", "person", "on"),
    [
        ("li@华东公司:员工", LI, JUNE),  # cleared on the matter
        ("sun@华南公司", SUN, JUNE),  # not cleared
        ("wang@总公司:总公司总经理", WANG, JUNE),  # knows every matter
        ("sun@华南公司", SUN, dt.date(2026, 1, 1)),  # declassified, open to the owner's staff only
        ("zhou@华东公司", Person("zhou", company="华东公司"), dt.date(2026, 1, 1)),
    ],
)
def test_R_SEC_03_04_know_prints_the_librarys_decision(
    capsys: pytest.CaptureFixture[str], lang: str, typed: str, person: Person, on: dt.date
) -> None:
    """R-SEC-04 (R-SEC-03): the line is ``str(can_know(...))``; exit 0 allowed, 1 refused."""
    status, out, err = _run(
        capsys, ["--lang", lang, "secrecy", "know", typed, *PLAN_ARGS, "--on", on.isoformat()]
    )
    with language(lang):
        decision = can_know(person, PLAN, on=on)
        expected = f"{decision}\n"  # the verdict word is in the language active when printed
    assert (out, err) == (expected, "")
    assert status == (0 if decision.allowed else 1)


def test_R_SEC_04_know_outcomes(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SEC-04: cleared staff may know a 机密 matter, another company's staff may not."""
    assert _run(capsys, ["secrecy", "know", "li@华东公司", *PLAN_ARGS, "--on", "2025-06-01"]) == (
        0,
        "allowed (R-SEC-04): confidential (机密): the responsible supervisor or a person they "
        "named\n",
        "",
    )
    status, out, _err = _run(
        capsys, ["secrecy", "know", "sun@华南公司", *PLAN_ARGS, "--on", "2025-06-01"]
    )
    assert status == 1
    assert out.startswith("refused (R-SEC-04): ")


@pytest.mark.parametrize(
    ("approval", "person"),
    [(None, None), ("gm_e@华东公司:子公司总经理", GM_E), ("gm_s@华南公司:子公司总经理", GM_S)],
)
def test_R_SEC_05_copy_needs_the_owning_subsidiary_gm(
    capsys: pytest.CaptureFixture[str], approval: str | None, person: Person | None
) -> None:
    """R-SEC-05: 机密 is copied with the approval of the GM of the subsidiary that owns it."""
    extra = [] if approval is None else ["--approval", approval]
    status, out, _err = _run(
        capsys, ["secrecy", "copy", "li@华东公司", *PLAN_ARGS, "--on", "2025-06-01", *extra]
    )
    decision = can_copy(LI, PLAN, on=JUNE, approval=person)
    assert out == f"{decision}\n"
    assert status == (0 if person is GM_E else 1)
    assert decision.rule == "R-SEC-05"


@pytest.mark.parametrize(
    ("approval", "allowed"),
    [("dm_e@华东公司:部门经理", False), ("gm_e@华东公司:子公司总经理", True)],
)
def test_R_SEC_06_lend_a_certificate(
    capsys: pytest.CaptureFixture[str], approval: str, allowed: bool
) -> None:
    """R-SEC-06: a department manager may approve copying the licence, never lending it."""
    argv = ["secrecy", "lend", "li@华东公司", *LICENCE_ARGS, "--on", "2025-06-01"]
    status, out, _err = _run(capsys, [*argv, "--approval", approval])
    approver = DM_E if not allowed else GM_E
    assert out == f"{can_lend(LI, LICENCE, on=JUNE, approval=approver)}\n"
    assert out.startswith("allowed (R-SEC-06)" if allowed else "refused (R-SEC-06)")
    assert status == (0 if allowed else 1)
    copy = ["secrecy", "copy", "li@华东公司", *LICENCE_ARGS, "--on", "2025-06-01"]
    assert _run(capsys, [*copy, "--approval", "dm_e@华东公司:部门经理"])[0] == 0


def test_R_SEC_06_only_certificates_are_lent(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["secrecy", "lend", "li@华东公司", *PLAN_ARGS, "--on", "2025-06-01"]
    status, out, _err = _run(capsys, [*argv, "--approval", "gm_e@华东公司:子公司总经理"])
    assert status == 1
    assert out == (
        'refused (R-SEC-06): D12 sets a lending rule for company certificates only; "年度规划" '
        "is not one, so it is not lent by default\n"
    )


def test_R_SEC_04_json(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SEC-04: the decision, the day, the person and the matter as the library holds them."""
    argv = ["secrecy", "know", "li@华东公司:员工,主管", *PLAN_ARGS, "--on", "2025-06-01", "--json"]
    status, out, _err = _run(capsys, argv)
    assert status == 0
    assert json.loads(out) == {
        "rule": "R-SEC-04",
        "allowed": True,
        "on": "2025-06-01",
        "person": {"id": "li", "company": "华东公司", "positions": ["supervisor", "staff"]},
        "matter": {
            "id": "C-1",
            "kind": "annual_plan",
            "level": "confidential",
            "owner": "华东公司",
            "classified_on": "2025-01-01",
            "ends_on": "2025-12-31",
            "supervisor_id": "sup_e",
            "person_ids": ["li"],
        },
        "reason": can_know(LI, PLAN, on=JUNE).reason,
    }


def test_R_SEC_02_level_is_the_kinds_default_unless_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """R-SEC-02: a contract is 秘密 by default, may be marked 机密, never below its default."""
    base = ["secrecy", "know", "li@华东公司", "S-1", "合同", "--owner", "华东公司"]
    base += ["--classified-on", "2025-01-01", "--on", "2025-06-01", "--json"]
    status, out, _err = _run(capsys, base)
    assert (status, json.loads(out)["matter"]["level"]) == (1, "secret")
    status, out, _err = _run(capsys, [*base, "--level", "机密", "--supervisor-id", "li"])
    assert (status, json.loads(out)["matter"]["level"]) == (0, "confidential")
    base[4] = "重大决策"
    status, out, err = _run(capsys, [*base, "--level", "秘密"])
    assert (status, out) == (2, "")
    assert err.startswith(
        "custops: error: --level: major decision may not be classified below top secret"
    )
    assert err.endswith("(got '秘密')\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["know", "li", *PLAN_ARGS],
            "PERSON: must look like ID@COMPANY[:POSITION,…] (got 'li')",
        ),
        (
            ["know", "li@华南公司:总公司总经理", *PLAN_ARGS],
            "PERSON: HQ general manager is held only at HQ, not at '华南公司' "
            "(SecrecyPolicy.hq_names gives HQ's own names) (got 'li@华南公司:总公司总经理')",
        ),
        (
            ["know", "li@华东公司:厨师", *PLAN_ARGS],
            "PERSON: is not a known Position; one of: staff, supervisor, ",
        ),
        (
            ["copy", "li@华东公司", *PLAN_ARGS, "--approval", "@华东公司"],
            "--approval: must look like ID@COMPANY[:POSITION,…] (got '@华东公司')",
        ),
        (
            [
                *("know", "li@华东公司", "C-1", "年度规划"),
                *("--owner", "华东公司", "--classified-on", "2025-01-01"),
            ],
            "--supervisor-id: a confidential matter is known only to the supervisor responsible",
        ),
        (
            ["know", "li@华东公司", *PLAN_ARGS[:-2], "--ends-on", "2024-12-31"],
            "--ends-on: must not be before --classified-on 2025-01-01 (got '2024-12-31')",
        ),
        (
            ["know", "li@华东公司", *PLAN_ARGS, "--on", "20250601"],
            "--on: is not a date;",
        ),
    ],
)
def test_bad_input_is_a_one_line_error_naming_what_was_typed(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = _run(capsys, ["secrecy", *argv])
    assert (status, out) == (2, "")
    assert err.startswith(f"custops: error: {message}")
    assert err.count("\n") == 1


def test_the_matter_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    """A matter has an owner and a day it was classified: no silent default."""
    with pytest.raises(SystemExit) as info:
        main(["secrecy", "know", "li@华东公司", "C-1", "合同", "--classified-on", "2025-01-01"])
    assert info.value.code == 2
    assert "--owner" in capsys.readouterr().err
