"""Counted messages (``custops.i18n.ngettext``): English has a singular for a count of 1 and
a plural for every other count, Chinese one form whatever the count (its text as before);
the catalogues hold them as gettext plural entries, compiled like every other message."""

from __future__ import annotations

import datetime as dt
import gettext
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import test_i18n
from custops import _po, secrecy
from custops._text import span
from custops.complaints import classify, score_deduction
from custops.complaints.retention import RetentionPolicy, keep_record
from custops.errors import InvalidType
from custops.exchange import inspection_status
from custops.i18n import language, ngettext
from custops.moveout import MoveOutCase, MoveOutPolicy, notice_given
from custops.service import phone_check
from custops.vip import Card, Holder, Ledger, Line, quote

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "src" / "custops" / "locale"
FORMS = {"zh_CN": "nplurals=1; plural=0;", "en_US": "nplurals=2; plural=(n != 1);"}


def _tool() -> Any:
    """tools/i18n.py, loaded as test_i18n loads it."""
    return test_i18n._tool()


def _entries(code: str) -> list[_po.Entry]:
    entries: list[_po.Entry] = []
    for path in sorted((LOCALE / code).glob("*.po")):
        entries.extend(_po.parse(path.read_text(encoding="utf-8")))
    return entries


def _plural_entries(code: str) -> dict[str, _po.Entry]:
    return {e.msgid: e for e in _entries(code) if e.plural}


#: Every counted message of the source: ``(singular, plural)``.
COUNTED = sorted(_tool().plurals().items())
ENGLISH = _plural_entries("en_US")
CHINESE = _plural_entries("zh_CN")


# ----------------------------------------------------------------------------- the function


@pytest.mark.parametrize(
    ("n", "english", "chinese"),
    [
        (0, "0 complaints", "投诉 0 次"),
        (1, "1 complaint", "投诉 1 次"),
        (2, "2 complaints", "投诉 2 次"),
        (11, "11 complaints", "投诉 11 次"),
        (1_000_001, "1000001 complaints", "投诉 1000001 次"),
        (-1, "-1 complaints", "投诉 -1 次"),
    ],
)
def test_ngettext_chooses_the_form_by_the_count(n: int, english: str, chinese: str) -> None:
    with language("en_US"):
        assert ngettext("{count} complaint", "{count} complaints", n, count=n) == english
    with language("zh_CN"):
        assert ngettext("{count} complaint", "{count} complaints", n, count=n) == chinese


def test_ngettext_writes_fields_as_underscore_does_and_without_fields_gives_the_template() -> None:
    with language("en_US"):
        assert ngettext("{count} customer", "{count} customers", 1, count="一") == '"一" customer'
        assert ngettext("{count} customer", "{count} customers", 3) == "{count} customers"
    with language("zh_CN"):
        assert ngettext("{count} customer", "{count} customers", 3) == "{count} 位客户"


def test_ngettext_falls_back_to_the_english_source_of_an_unknown_message() -> None:
    for code in FORMS:
        with language(code):
            words = [ngettext("{n} widget", "{n} widgets", n, n=n) for n in (0, 1, 2)]
        assert words == ["0 widgets", "1 widget", "2 widgets"]


@pytest.mark.parametrize("n", [1.0, "1", True, None])
def test_ngettext_needs_a_whole_count(n: Any) -> None:
    with pytest.raises(InvalidType, match=r"^count: must be an int"):
        ngettext("{count} complaint", "{count} complaints", n, count=n)


# --------------------------------------------------------------- real messages, public API


def test_R_MEM_03_days_left_of_the_inspection_window() -> None:
    """The last day of the window is "1 day left"; in Chinese the same words as before."""
    said = {d: inspection_status(on=dt.date(2026, 8, d)).reason for d in (29, 30, 31)}
    assert said[31].endswith("is open: 1 day left")
    assert said[30].endswith("is open: 2 days left")
    assert said[29].endswith("is open: 3 days left")
    with language("zh_CN"):
        assert inspection_status(on=dt.date(2026, 8, 31)).reason.endswith("进行中，尚余 1 天")
        assert inspection_status(on=dt.date(2026, 8, 30)).reason.endswith("进行中，尚余 2 天")
    before = inspection_status(on=dt.date(2026, 6, 30)).reason  # about 2025's inspection
    assert "day left" not in before
    assert "2025-07-01" in before


@pytest.mark.parametrize(
    ("rings", "english", "chinese"),
    [
        (0, "answered after 0 rings, within 2", "响铃 0 声后接听，未超过 2 声"),
        (1, "answered after 1 ring, within 2", "响铃 1 声后接听，未超过 2 声"),
        (2, "answered after 2 rings, within 2", "响铃 2 声后接听，未超过 2 声"),
        (3, "answered after 3 rings; the standard is by ring 2", "响铃 3 声后才接听；"),
    ],
)
def test_R_SLA_19_rings_are_counted(rings: int, english: str, chinese: str) -> None:
    assert phone_check(rings).reason == english
    with language("zh_CN"):
        assert phone_check(rings).reason.startswith(chinese)


@pytest.mark.parametrize(
    ("count", "english", "chinese"),
    [
        (0, "0 complaints × 1 point = 0 points deducted", "投诉 0 次 × 每次 1 分，共扣 0 分"),
        (1, "1 complaint × 1 point = 1 point deducted", "投诉 1 次 × 每次 1 分，共扣 1 分"),
        (2, "2 complaints × 1 point = 2 points deducted", "投诉 2 次 × 每次 1 分，共扣 2 分"),
    ],
)
def test_R_CMP_score_deduction_counts_complaints_and_points(
    count: int, english: str, chinese: str
) -> None:
    assert score_deduction(count).reason == english
    with language("zh_CN"):
        assert score_deduction(count).reason == chinese


def test_working_time_spans_count_hours_and_minutes() -> None:
    moments = [(1, 0), (2, 0), (0, 1), (0, 2), (1, 5), (2, 5)]
    spans = [dt.timedelta(hours=h, minutes=m) for h, m in moments]
    assert [span(d, working=True) for d in spans] == [
        "1 working hour",
        "2 working hours",
        "1 working minute",
        "2 working minutes",
        "1 working hour 5 min",
        "2 working hours 5 min",
    ]
    with language("zh_CN"):
        assert [span(d, working=True) for d in spans] == [
            "1 工作小时",
            "2 工作小时",
            "1 工作分钟",
            "2 工作分钟",
            "1 工作小时 5 分钟",
            "2 工作小时 5 分钟",
        ]


def test_R_CMP_retention_of_one_year() -> None:
    one = RetentionPolicy(ordinary_years=1)
    kept = keep_record(dt.date(2025, 1, 1), important=False, policy=one).reason
    assert kept == "an ordinary record, closed 2025-01-01: kept 1 year, until 2026-01-01"
    with language("zh_CN"):
        kept = keep_record(dt.date(2025, 1, 1), important=False, policy=one).reason
    assert kept == "一般资料，2025-01-01 结案：保存期限 1 年，至 2026-01-01"


def test_R_MOV_01_one_day_of_notice() -> None:
    policy = MoveOutPolicy(notice_days=1)
    on = dt.date(2025, 6, 3)
    case = MoveOutCase.open(
        "A-1",
        "T",
        on=on,
        lease_ends_on=dt.date(2025, 6, 4),
        policy=policy,
        issued_pass_count=1,
        issued_key_count=1,
    )
    unknown = MoveOutCase.open(
        "A-1", "T", on=on, policy=policy, issued_pass_count=1, issued_key_count=1
    )
    assert notice_given(case).reason == (
        "applied 1 day before the lease ends on 2025-06-04; 1 day's notice required"
    )
    assert notice_given(unknown).reason == (
        "the lease end is not recorded: 1 day's notice cannot be checked"
    )
    with language("zh_CN"):
        assert notice_given(case).reason == "于租约到期日 2025-06-04 前 1 天申请退租，须提前 1 天"
        assert notice_given(unknown).reason == "未登记租约到期日，无法核对须提前 1 天申请"


def test_R_VIP_04_a_quote_of_one_line() -> None:
    holder = Holder("C001", "王芳", born_on=dt.date(1990, 6, 1))
    card = Card.issue("VIP-0001", holder, on=dt.date(2024, 3, 15))
    day = dt.date(2024, 5, 1)
    one = quote([Line("100")], card, on=day, ledger=Ledger(card)).reason
    two = quote([Line("100"), Line("50")], card, on=day, ledger=Ledger(card)).reason
    assert one.startswith("VIP rate on 1 line; each line gets its single best benefit: ")
    assert one.endswith(", 0 points earned")
    assert two.startswith("VIP rate on 2 lines; each line gets its single best benefit: ")
    assert two.endswith(", 1 point earned")
    with language("zh_CN"):
        zh = quote([Line("100"), Line("50")], card, on=day, ledger=Ledger(card)).reason
    assert zh.startswith("会员折扣 2 行；每行择优适用单一优惠")


def test_R_SEC_04_access_report_counts_people_and_matters() -> None:
    person = secrecy.Person("wang", company=secrecy.HQ, positions={"总公司总经理"})
    matter = secrecy.classify_matter(
        "S-1", "合同", owner="华东公司", classified_on=dt.date(2025, 1, 1), ends_on=None
    )
    on = dt.date(2025, 6, 3)
    report = secrecy.access_report([person], [matter], on=on)
    assert report.reason == (
        "on 2025-06-03, 1 of 1 person × matter check allowed (1 person, 1 matter)"
    )
    with language("zh_CN"):  # the same report, worded when read
        assert report.reason == "2025-06-03 人员 × 事项核查 1 项，允许知悉 1 项（1 人，1 个事项）"


# ------------------------------------------------------------------------ the property


@given(n=st.integers(min_value=-(10**9), max_value=10**9), message=st.sampled_from(COUNTED))
def test_property_english_singular_iff_one_and_chinese_the_same_for_every_count(
    n: int, message: tuple[str, str]
) -> None:
    """For every counted message and any count: English says the singular exactly when the
    count is 1, Chinese says the same words whatever the count."""
    singular, plural = message
    english = ENGLISH[singular].forms
    with language("en_US"):
        said = ngettext(singular, plural, n)
    assert said == (english[0] if n == 1 else english[1])
    assert (said == english[0]) is (n == 1)
    with language("zh_CN"):
        assert ngettext(singular, plural, n) == CHINESE[singular].forms[0]


# ----------------------------------------------------------------------- the catalogues


def test_every_counted_message_is_a_plural_entry_of_both_languages() -> None:
    """The completeness check covers counted messages: each is a plural entry with the
    source's plural, one form per plural form of the language, none empty; the English forms
    are the source's singular and plural; every file declares its language's Plural-Forms."""
    assert len(COUNTED) >= 40
    for code, entries in (("en_US", ENGLISH), ("zh_CN", CHINESE)):
        for singular, plural in COUNTED:
            entry = entries[singular]
            assert entry.plural == plural
            assert len(entry.forms) == _po.nplurals(FORMS[code])
            assert all(entry.forms)
        assert set(entries) == {singular for singular, _ in COUNTED}
        for path in sorted((LOCALE / code).glob("*.po")):
            header = _po.parse(path.read_text(encoding="utf-8"))[0]
            assert header.msgid == ""
            assert _po.plural_forms(header.msgstr) == FORMS[code], path.name
    assert all(ENGLISH[s].forms == (s, p) for s, p in COUNTED)


def test_the_check_reports_a_broken_plural_entry() -> None:
    tool = _tool()
    good = _po.Entry("{n} day", "", (), 3, "{n} days", ("{n} day", "{n} days"))
    assert tool._translation_problems(good, "x.po:3", 2) == []
    broken = {
        "forms": good._replace(forms=("{n} day",)),
        "no translation": good._replace(forms=("{n} day", "")),
        "fields differ": good._replace(forms=("{n} day", "{m} days")),
    }
    for what, entry in broken.items():
        found = tool._translation_problems(entry, "x.po:3", 2)
        assert len(found) == 1
        assert what in found[0]
    chinese = _po.Entry("{n} day", "", (), 3, "{n} days", ("{n} 天",))
    assert tool._translation_problems(chinese, "x.po:3", 1) == []


def test_the_collector_reads_ngettext_calls(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        'a = _("plain {x}", x=1)\n'
        'b = ngettext("{n} day left", "{n} days left", n, n=n)\n'
        "c = ngettext(singular, plural, n)\n",
        encoding="utf-8",
    )
    assert sorted(_tool().messages_in(source)) == [
        ("plain {x}", "", 1),
        ("{n} day left", "{n} days left", 2),
    ]


def test_update_adds_a_counted_message_as_a_plural_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool()
    found = {"demo": {"{n} day left": ["src/custops/demo.py:1"], "plain": ["x:2"]}}
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "LOCALE", tmp_path)
    monkeypatch.setattr(tool, "_extract", lambda: (found, {"{n} day left": "{n} days left"}))
    assert tool.update(["demo"]) == 4
    english = _po.parse((tmp_path / "en_US/demo.po").read_text(encoding="utf-8"))
    chinese = _po.parse((tmp_path / "zh_CN/demo.po").read_text(encoding="utf-8"))
    assert _po.plural_forms(english[0].msgstr) == FORMS["en_US"]
    assert _po.plural_forms(chinese[0].msgstr) == FORMS["zh_CN"]
    assert english[1].forms == ("{n} day left", "{n} days left")
    assert chinese[1].forms == ("",)  # to be translated by hand
    assert (english[2].msgstr, chinese[2].msgstr) == ("plain", "")


# ----------------------------------------------------------------- reading and compiling


_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=20)


@given(
    st.dictionaries(
        _text.filter(bool), st.tuples(_text.filter(bool), _text.filter(bool)), max_size=6
    )
)
def test_po_plural_entries_round_trip_and_compile(catalogue: dict[str, tuple[str, str]]) -> None:
    header = 'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
    text = header + "".join(
        "\n" + _po.format_entry(k, "", plural=k + "s", forms=v) for k, v in catalogue.items()
    )
    entries = _po.parse(text)
    assert {e.msgid: (e.plural, e.forms) for e in entries[1:]} == {
        k: (k + "s", v) for k, v in catalogue.items()
    }
    compiled = gettext.GNUTranslations(io.BytesIO(_po.compile_mo(entries)))
    for key, (one, other) in catalogue.items():
        assert compiled.ngettext(key, key + "s", 1) == one
        assert compiled.ngettext(key, key + "s", 0) == other


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('msgid "a"\nmsgid_plural "b"\nmsgstr[1] "x"\n', "line 3"),  # msgstr[0] first
        ('msgid "a"\nmsgid_plural "b"\n', "line 1"),  # no form
        ('msgid "a"\nmsgstr "x"\nmsgid_plural "b"\n', "line 3"),  # after msgstr
        ('msgid "a"\nmsgid_plural "b"\nmsgstr "x"\n', "line 3"),  # msgstr, not msgstr[0]
        ('msgid_plural "b"\n', "line 1"),  # no msgid
    ],
)
def test_po_reader_refuses_a_broken_plural_entry(text: str, line: str) -> None:
    with pytest.raises(_po.PoSyntaxError, match=line):
        _po.parse(text)


def test_compiling_needs_one_plural_forms_and_that_many_forms() -> None:
    entry = 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "甲"\n'
    with pytest.raises(_po.PoSyntaxError, match="no header has Plural-Forms"):
        _po.compile_mo(_po.parse(entry))
    english = 'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    chinese = 'msgid ""\nmsgstr "Plural-Forms: nplurals=1; plural=0;\\n"\n\n'
    with pytest.raises(_po.PoSyntaxError, match="nplurals=2"):
        _po.compile_mo(_po.parse(english + entry))
    with pytest.raises(_po.PoSyntaxError, match="different Plural-Forms"):
        _po.compile_mo(_po.parse(english) + _po.parse(chinese + entry))
    with pytest.raises(_po.PoSyntaxError, match="without nplurals"):
        _po.nplurals("plural=0;")


@pytest.mark.parametrize("code", sorted(FORMS))
def test_the_compiled_catalogue_carries_plural_forms_and_entries(code: str) -> None:
    """What the wheel's build hook compiles (the same compiler, the same sources) holds the
    header's Plural-Forms and every form of every counted message."""
    compiled = gettext.GNUTranslations(io.BytesIO(_po.compile_mo(_entries(code))))
    assert compiled.info()["plural-forms"] == FORMS[code]
    entries = ENGLISH if code == "en_US" else CHINESE
    for singular, plural in COUNTED:
        forms = entries[singular].forms
        for n in (0, 1, 2, 5):
            assert compiled.ngettext(singular, plural, n) == forms[min(n != 1, len(forms) - 1)]


def test_a_classification_reason_agrees_with_the_number_of_words_quoted() -> None:
    """R-CMP-01: the English reason of a kind says "shows" for one quoted word, "show" for
    more; the Chinese reason is the same whatever the number."""
    with language("en"):
        one = classify("太差了").reason
        several = classify("太慢了，而且态度很差，菜也凉了").reason
    assert one.startswith('complaint: "太差" shows dissatisfaction')
    assert " show dissatisfaction" in several
    assert " shows " not in several
    with language("zh"):
        assert classify("太差了").reason.startswith("投诉：「太差」表明不满")
