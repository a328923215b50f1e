"""A caller's text that a result's one-line reason quotes holds no rule ID (issue 12, house
rule 4: a reason holds no rule ID; ``custops._validate.require_label``), and a target's,
a selection's or a review period's label is read the same way (R-SLA targets' labels)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from custops._validate import (
    RULE_AREAS,
    RULE_ID_IN_TEXT,
    half_width,
    label_text,
    require_id,
    require_label,
    require_name,
    rule_id_spans,
)
from custops.complaints import DEFAULT_CLASSIFIER_POLICY, ReviewPeriod, Rule, classify
from custops.decisions import Decision
from custops.errors import InvalidInput
from custops.sla import Target

_TEXT = st.text(st.characters(categories=("Lo", "Ll", "Nd", "Zs")), min_size=1, max_size=12)
#: a rule ID of the catalogue's areas (``R-VIP-05``, ``R-SLA-04a``)
_RULE_ID = st.builds(
    "R-{}-{:02d}{}".format,
    st.sampled_from(RULE_AREAS),
    st.integers(0, 99),
    st.sampled_from(["", "a", "b"]),
)
#: an id shaped like a rule ID outside the catalogue's areas (a card number, a ticket)
_ID_LIKE = st.builds(
    "R-{}-{}".format,
    st.from_regex(r"[A-Z]{1,6}", fullmatch=True).filter(lambda area: area not in RULE_AREAS),
    st.from_regex(r"\d{1,4}", fullmatch=True),
)


@given(_TEXT, _RULE_ID, _TEXT)
def test_a_rule_id_inside_a_quoted_text_is_refused(before: str, rule: str, after: str) -> None:
    text = f"{before}{rule}{after}"
    assume(RULE_ID_IN_TEXT.search(text))  # (letters or digits around it make it no rule ID)
    with pytest.raises(InvalidInput, match="must not hold a rule ID") as refused:
        require_label("gift", text)
    assert refused.value.argument == "gift"
    assert refused.value.value == text


@given(_TEXT.filter(lambda t: t.strip() != ""))
def test_a_text_without_a_rule_id_is_kept_trimmed(text: str) -> None:
    assert not RULE_ID_IN_TEXT.search(text)
    assert require_label("gift", f" {text} ") == text.strip()


def test_labels_of_targets_and_review_periods_refuse_a_rule_id() -> None:
    assert label_text("label", None) == ""
    assert Target("reply", "3天", label=" 答复 ").label == "答复"
    with pytest.raises(InvalidInput, match=r"^label: must not hold a rule ID"):
        Target("reply", "3天", label="R-SLA-05答复")
    with pytest.raises(InvalidInput, match=r"^label: must not hold a rule ID"):
        ReviewPeriod(dt.date(2025, 1, 1), dt.date(2025, 1, 7), label="R-CMP-14周")


@given(_RULE_ID, st.sampled_from(["", "VIP-", "C "]))
def test_an_id_holding_a_rule_id_is_refused(rule: str, before: str) -> None:
    """An id (a card number, a ref, a company) is quoted in reasons: no rule ID inside."""
    text = f"{before}{rule}"
    assume(RULE_ID_IN_TEXT.search(text))
    with pytest.raises(InvalidInput, match="must not hold a rule ID") as refused:
        require_id("number", f" {text} ")
    assert refused.value.argument == "number"
    assert require_id("number", " VIP-0001 ") == "VIP-0001"


@given(_ID_LIKE, st.sampled_from(["", "VIP-", "卡"]))
def test_an_id_shaped_like_a_rule_id_outside_the_catalogue_is_kept(rule: str, before: str) -> None:
    """A card number ``R-SH-001`` or a ticket ``R-VIPX-12`` is an id, not a rule ID: only the
    catalogue's areas (docs/rules.md) are refused."""
    text = f"{before}{rule}"
    assert require_id("number", f" {text} ") == text
    assert require_label("gift", text) == text


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@given(_RULE_ID, st.sampled_from(["", "见", "按 "]))
def test_a_rule_id_in_full_width_letters_is_one_everywhere(rule: str, before: str) -> None:
    """House rule 4 in any width: a label, an id and a decision's reason refuse
    ``Ｒ－ＶＩＰ－０５`` as they refuse ``R-VIP-05``, and a classification's reason, which
    quotes the customer's words, elides it (one search: ``rule_id_spans``)."""
    wide = before + _full_width(rule)
    assert half_width(wide) == before + rule
    assert [wide[s:e] for s, e in rule_id_spans(wide)] == [_full_width(rule)]
    for check in (require_label, require_id):
        with pytest.raises(InvalidInput, match="must not hold a rule ID") as refused:
            check("gift", wide)
        assert refused.value.value == wide
    with pytest.raises(InvalidInput, match="must not hold a rule ID"):
        Decision(True, "R-SEC-05", wide)
    quoting = DEFAULT_CLASSIFIER_POLICY.extended(
        Rule("acme.quote", kind="投诉", patterns=(r"按\S{0,12}处理",))
    )
    reason = classify(f"按{_full_width(rule)}处理", policy=quoting).reason
    assert "按…处理" in reason, reason
    assert not rule_id_spans(reason)


@pytest.mark.parametrize("text", ["\u200b", " \u200b\u3000", "\u2060\ufeff"])
def test_a_name_of_invisible_characters_is_empty(text: str) -> None:
    """A name, a label or a reason made only of invisible format characters is empty; one
    holding them between letters is kept (李\u200d明)."""
    for check in (require_name, require_label):
        with pytest.raises(InvalidInput, match=r"^who: must not be empty") as refused:
            check("who", text)
        assert refused.value.value == text
    with pytest.raises(InvalidInput, match=r"^reason: must not be empty"):
        Decision(True, "R-SEC-05", text)
    assert require_name("who", " 李\u200d明 ") == "李\u200d明"


def test_the_areas_are_the_catalogues() -> None:
    """``RULE_AREAS`` lists every area of docs/rules.md's rule IDs, and no other."""
    rules = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text("utf-8")
    assert set(re.findall(r"\bR-([A-Z]+)-\d{2}", rules)) == set(RULE_AREAS)
    assert RULE_ID_IN_TEXT.fullmatch("R-VIP-04a")
    assert not RULE_ID_IN_TEXT.search("R-SH-001")


def _refusals() -> list[tuple[str, Callable[[], object]]]:
    """Every field found quoting a caller's text in a reason, given one holding a rule ID."""
    from zoneinfo import ZoneInfo

    from custops.archives import LoanRequest
    from custops.calendars import Arrangement
    from custops.complaints import CasePolicy, Complaint
    from custops.deposits import Claim
    from custops.exchange import StaffMember
    from custops.secrecy import Matter, Person
    from custops.sla import SelectionRule, SlaPolicy
    from custops.vip import Card, Holder

    t = dt.datetime(2024, 5, 6, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    day = dt.date(2025, 1, 1)
    return [
        ("description", lambda: Claim("700", "费R-VIP-05", on=day)),
        ("name", lambda: StaffMember("base", 0, name="王R-VIP-05")),
        (
            "borrower_id",
            lambda: LoanRequest("李R-VIP-05", "相关业务人员", "核对", on=day, due_back_on=day),
        ),
        ("company", lambda: Person("li", company="华东R-VIP-05")),
        ("id", lambda: Person("R-VIP-05", company="华东公司")),
        ("number", lambda: Card.issue("R-VIP-05", Holder("C001", "王芳"), on=day)),
        (
            "forwarded_by",
            lambda: Complaint(
                received_at=t,
                channel="转交",
                content="x",
                complainant="王",
                forwarded_by="12315 R-VIP-05",
            ),
        ),
        ("holidays[2027-01-01]", lambda: Arrangement(2027, {dt.date(2027, 1, 1): "元旦R-VIP-05"})),
        (
            "restart_on_reopen[0]",
            lambda: CasePolicy(sla_policy="dealer", restart_on_reopen=["R-VIP-05"]),
        ),
        (
            "name",
            lambda: SlaPolicy(
                "柜台R-VIP-05", (Target("reply", "24小时"),), (SelectionRule("any", ("reply",)),)
            ),
        ),
        (
            "id",
            lambda: Matter(
                "R-VIP-05", "秘密", "合同", owner="华东公司", classified_on=day, ends_on=None
            ),
        ),
    ]


@pytest.mark.parametrize("index", range(len(_refusals())))
def test_every_text_a_reason_quotes_refuses_a_rule_id(index: int) -> None:
    """A reason holds no rule ID: a caller's text it quotes is refused when given, naming the
    field, not later naming ``reason`` (an argument the caller never gave)."""
    argument, build = _refusals()[index]
    with pytest.raises(InvalidInput, match="must not hold a rule ID") as refused:
        build()
    assert refused.value.argument == argument


def test_a_major_complaints_classify_note_is_one_line_and_a_month_day_is_quoted_as_read() -> None:
    """The case's status quotes a major complaint's classify note (one line, no rule ID);
    ``due_in_month`` quotes its text as it read it, whitespace inside dropped."""
    from zoneinfo import ZoneInfo

    from custops.complaints import Case, Complaint
    from custops.periods import due_in_month

    t = dt.datetime(2024, 5, 6, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    c = Complaint(
        received_at=t, channel="转交", content="白酒有异味", complainant="王", forwarded_by="12315"
    )
    case = Case.open(c, "客户关系顾问", policy="dealer")
    for note in ("第一行\n第二行", "见R-VIP-05"):
        with pytest.raises(InvalidInput) as refused:
            case.classify(t, "客户关系经理", kind="投诉", category="产品质量", note=note)
        assert refused.value.argument == "note"
    done = case.classify(t, "客户关系经理", kind="投诉", category="产品质量", note=" 一行 ")
    assert "一行" in done.status(at=t + dt.timedelta(hours=1)).reason
    d = due_in_month(dt.date(2025, 9, 15), "次月\n2日", explain=True)
    assert "次月2日" in d.reason
    assert "\n" not in d.reason
