"""custops.i18n: the active language, the catalogues and the way fields are written (issue 15)."""

from __future__ import annotations

import asyncio
import datetime as dt
import gettext
import importlib.util
import io
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import _po
from custops.calendars import DayKind
from custops.decisions import Decision
from custops.deposits import refund_schedule
from custops.errors import InvalidInput, InvalidType
from custops.i18n import (
    _,
    available_languages,
    current_language,
    language,
    ngettext,
    set_language,
    stray_words,
)

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("custops_i18n_tool", ROOT / "tools/i18n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_catalogues_are_complete_and_consistent() -> None:
    """Every message has both translations, no fuzzy entry, the same {fields} (the CI check)."""
    problems = _tool().problems()  # type: ignore[attr-defined]
    assert problems == []


def test_tests_run_in_english_and_the_default_is_chinese() -> None:
    assert current_language() == "en_US"
    seen: list[str] = []
    thread = threading.Thread(target=lambda: seen.append(current_language()))
    thread.start()
    thread.join()
    assert seen == ["zh_CN"]  # a new thread starts with the default


def test_language_block_restores_and_accepts_spellings() -> None:
    for spelling, code in [
        ("zh", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("EN-us", "en_US"),
        ("en", "en_US"),
    ]:
        with language(spelling) as active:
            assert active == code == current_language()
        assert current_language() == "en_US"
    assert available_languages() == ("zh_CN", "en_US")


def test_set_language_refuses_unknown_codes_and_changes_nothing() -> None:
    with pytest.raises(InvalidInput, match=r"code: .*got 'fr_FR'") as caught:
        set_language("fr_FR")
    assert caught.value.argument == "code"
    assert caught.value.value == "fr_FR"
    with pytest.raises(InvalidType, match="code"):
        set_language(None)  # type: ignore[arg-type]
    assert current_language() == "en_US"


def test_a_language_block_is_per_asyncio_task() -> None:
    async def speak(code: str) -> str:
        with language(code):
            await asyncio.sleep(0)
            return current_language()

    async def both() -> list[str]:
        return list(await asyncio.gather(speak("zh_CN"), speak("en_US")))

    assert asyncio.run(both()) == ["zh_CN", "en_US"]
    assert current_language() == "en_US"


@pytest.fixture
def default_language() -> Iterator[None]:
    """The process-wide default is restored after a test that sets it."""
    try:
        yield
    finally:
        set_language("zh_CN")


def _english_reason() -> tuple[str, str]:
    """What a worker sees: the active language and a reason worded in it."""
    schedule = refund_schedule(peak="1000", balance="1000", announced_on=dt.date(2024, 1, 15))
    return current_language(), schedule.tranche_lines[0].reason


def test_set_language_is_the_default_of_every_thread(default_language: None) -> None:
    """docs/i18n.md: a language set once at startup reaches thread pool workers, threads,
    asyncio's executor and asyncio.to_thread; the tests' own ``with language`` block
    (conftest.py) still wins in the thread that opened it."""
    with language("en_US"):
        english = _english_reason()
    with language("zh_CN"):
        chinese = _english_reason()
    assert english[0] == "en_US"
    assert english[1] != chinese[1]
    set_language("en_US")
    with ThreadPoolExecutor(2) as pool:
        assert pool.submit(_english_reason).result() == english
    seen: list[tuple[str, str]] = []
    thread = threading.Thread(target=lambda: seen.append(_english_reason()))
    thread.start()
    thread.join()
    assert seen == [english]

    async def in_executor() -> list[tuple[str, str]]:
        loop = asyncio.get_running_loop()
        return [
            await loop.run_in_executor(None, _english_reason),
            await asyncio.to_thread(_english_reason),
        ]

    assert asyncio.run(in_executor()) == [english, english]
    set_language("zh_CN")
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(_english_reason).result() == chinese
    assert current_language() == "en_US"  # this thread's block, opened before either call


def test_a_language_block_wins_over_the_default_in_its_context_only(
    default_language: None,
) -> None:
    set_language("en_US")
    with ThreadPoolExecutor(1) as pool:

        def in_block() -> tuple[str, str]:
            with language("zh_CN"):
                inside = current_language()
            return inside, current_language()

        assert pool.submit(in_block).result() == ("zh_CN", "en_US")
        with language("zh_CN"):
            assert pool.submit(current_language).result() == "en_US"
            set_language("zh_CN")  # the default changes, the block still holds
            with language("en_US"):
                assert current_language() == "en_US"
            assert pool.submit(current_language).result() == "zh_CN"


@settings(max_examples=20)
@given(
    default=st.sampled_from(["zh_CN", "en_US"]),
    codes=st.lists(
        st.sampled_from(["zh", "zh_CN", "en", "en_US", "en-GB"]), min_size=2, max_size=5
    ),
)
def test_a_block_in_one_thread_never_reaches_another(default: str, codes: list[str]) -> None:
    """Threads whose blocks overlap in time (a barrier holds each inside its block until all
    are in) each see their own language, and the default again after their block; the
    thread that started them keeps its own."""
    before = current_language()
    set_language(default)
    try:
        barrier = threading.Barrier(len(codes))

        def speak(code: str) -> tuple[str, str, str]:
            with language(code) as chosen:
                barrier.wait(timeout=30)
                inside = current_language()
                barrier.wait(timeout=30)
            return chosen, inside, current_language()

        with ThreadPoolExecutor(len(codes)) as pool:
            results = list(pool.map(speak, codes))
    finally:
        set_language("zh_CN")
    expected = ["en_US" if code.startswith("en") else "zh_CN" for code in codes]
    assert [chosen for chosen, _inside, _after in results] == expected
    assert [inside for _chosen, inside, _after in results] == expected
    assert [after for _chosen, _inside, after in results] == [default] * len(codes)
    assert current_language() == before


def test_decision_headline_in_each_language() -> None:
    refusal = Decision(False, "R-SEC-05", "x")
    assert str(refusal) == "refused (R-SEC-05): x"
    with language("zh_CN"):
        assert str(refusal) == "拒绝（R-SEC-05）：x"
        assert str(Decision(True, "R-SEC-05", "x")) == "允许（R-SEC-05）：x"


def test_fields_are_written_for_the_language() -> None:
    with language("en_US"):
        assert (
            _("{a} and {b}", a=DayKind.HOLIDAY, b="国庆节")
            == 'public holiday (法定节假日) and "国庆节"'
        )
        assert (
            _("{a}", a=(DayKind.HOLIDAY, DayKind.WORKDAY))
            == "public holiday (法定节假日), working day"
        )
        assert _("{a}", a="plain") == "plain"
    with language("zh_CN"):
        assert _("{a}", a=(DayKind.HOLIDAY, DayKind.WORKDAY)) == "法定节假日、工作日"


_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)


@given(st.dictionaries(_text.filter(bool), _text.filter(bool), max_size=8))
def test_po_text_compiles_to_what_gettext_reads(catalogue: dict[str, str]) -> None:
    """Writing entries as .po, reading them back and compiling gives gettext the same pairs."""
    text = "".join("\n" + _po.format_entry(k, v) for k, v in catalogue.items())
    entries = _po.parse(text)
    assert {e.msgid: e.msgstr for e in entries} == catalogue
    compiled = gettext.GNUTranslations(io.BytesIO(_po.compile_mo(entries)))
    for key, value in catalogue.items():
        assert compiled.gettext(key) == value


def test_po_reader_names_the_line_of_a_syntax_error() -> None:
    with pytest.raises(ValueError, match="line 2"):
        _po.parse('msgid "a"\nmsgstr a\n')
    with pytest.raises(ValueError, match="line 1"):
        _po.parse('msgid "a"\n\n')


def test_fuzzy_entries_are_left_out_of_the_compiled_catalogue() -> None:
    entries = _po.parse('#, fuzzy\nmsgid "a"\nmsgstr "甲"\n\nmsgid "b"\nmsgstr "乙"\n')
    compiled = gettext.GNUTranslations(io.BytesIO(_po.compile_mo(entries)))
    assert (compiled.gettext("a"), compiled.gettext("b")) == ("a", "乙")


def test_stray_words_takes_the_language_by_keyword() -> None:
    """``stray_words(text, *, code=None)``, the option keyword-only."""
    from custops.i18n import stray_words

    assert stray_words("已超时 breached", code="zh_CN") == ("breached",)
    assert stray_words("机密: only the holder may know it", code="en_US") == ("机密",)
    with language("en_US"):
        assert stray_words("机密 matters") == ("机密",)
    with pytest.raises(TypeError):
        stray_words("已超时 breached", "zh_CN")  # type: ignore[call-arg]
    with pytest.raises(InvalidInput, match=r"^code: is not a language"):
        stray_words("x", code="fr")


@pytest.mark.parametrize("text", [None, 3, ["机密"], dt.date(2025, 1, 1)])
def test_stray_words_refuse_what_is_not_text(text: object) -> None:
    with pytest.raises(InvalidType, match=r"^text: must be a str"):
        stray_words(text, code="en_US")  # type: ignore[arg-type]


def test_ngettext_refuses_a_message_that_is_not_text_and_a_missing_field() -> None:
    with pytest.raises(InvalidType, match=r"^singular: must be a str"):
        ngettext(None, "{count} days", 2)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"^plural: must be a str"):
        ngettext("{count} day", 3, 2)  # type: ignore[arg-type]
    with language("en_US"), pytest.raises(InvalidInput) as info:
        ngettext("{count} day in {place}", "{count} days in {place}", 2, count=2)
    assert str(info.value) == (
        "fields: the message names 'place', which is not given (got ['count'])"
    )
    with language("zh_CN"), pytest.raises(InvalidInput, match=r"^fields: .*'place'"):
        _("{count} days in {place}", count=2)


@given(
    code=st.sampled_from(["zh_CN", "zh", "zh-CN", "en_US", "en", "en_GB"]),
    codeset=st.sampled_from(["", ".UTF-8", ".utf8", ".GB18030", "@euro", ".UTF-8@latin"]),
)
def test_a_posix_locale_s_codeset_and_modifier_choose_no_language(code: str, codeset: str) -> None:
    """``zh_CN.UTF-8`` is zh_CN, as a POSIX locale (``$LANG``) writes it."""
    with language(code) as plain, language(code + codeset) as written:
        assert written == plain


@given(code=st.one_of(st.none(), st.integers(), st.floats(), st.binary()))
def test_a_language_code_that_is_not_a_str_is_invalid_type_and_changes_nothing(
    code: object,
) -> None:
    """As the docstring says: InvalidType for a value that is not a str, naming ``code``
    and showing it as given; the active language stays."""
    before = current_language()
    with pytest.raises(InvalidType, match=r"^code: must be a language code") as info:
        set_language(code)  # type: ignore[arg-type]
    assert info.value.value is code
    assert current_language() == before


def test_a_container_passed_as_a_language_code_is_invalid_type_not_compared() -> None:
    """A numpy array or pandas Series passed by mistake is refused as InvalidType naming
    ``code``, like any value that is not a str, not with numpy's "truth value is
    ambiguous" error from comparing it with the known codes; nothing changes."""
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    before = current_language()
    for code in (
        np.array(["zh_CN", "en_US"]),
        np.array(["zh_CN"]),
        pd.Series(["en_US", "zh_CN"]),
        np.str_("zh_CN").reshape(1),
    ):
        with pytest.raises(InvalidType, match=r"^code: must be a language code") as info:
            set_language(code)
        assert info.value.value is code
        with pytest.raises(InvalidType, match=r"^code: must be a language code"), language(code):
            pass  # pragma: no cover - never entered
    assert current_language() == before


class _EqualToAnything:
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = None  # type: ignore[assignment]


def test_a_value_equal_to_a_code_but_not_a_str_is_invalid_type() -> None:
    """The type is checked before the value: an object whose == says True to everything is
    still not a language code."""
    code = _EqualToAnything()
    with pytest.raises(InvalidType, match=r"^code: must be a language code"):
        set_language(code)  # type: ignore[arg-type]


def test_english_quotes_chinese_once() -> None:
    """docs/i18n.md: in English a field holding Chinese is quoted whole, unless
    its Chinese is quoted already ('"部门经理" of HQ' stays as it is, not '""部门经理" of HQ"')."""
    with language("en_US"):
        assert _("by {who}", who="department manager of HQ") == "by department manager of HQ"
        assert _("by {who}", who="部门经理 of HQ") == 'by "部门经理 of HQ"'
        assert _("by {who}", who="HQ") == "by HQ"


def test_every_unit_is_a_word_stray_words_would_otherwise_report() -> None:
    """i18n.UNITS holds no dead entry: each is a word ``stray_words`` reads (two letters or
    more), so each one is consulted; a single letter is never a word."""
    from custops import i18n

    for unit in i18n.UNITS:
        assert i18n._WORD.fullmatch(unit), unit
        assert stray_words(f"已用 30 {unit}", code="zh_CN") == ()
        assert stray_words(f"已用 30 {unit}x", code="zh_CN") == (f"{unit}x",)
    assert stray_words("已用 30 h，2 x", code="zh_CN") == ()


@pytest.mark.parametrize(
    "code",
    [
        "en_SG",
        "en-SG",
        "en_sg",
        "en-sg",
        "en_AU",
        "en-AU",
        "en_GB",
        "en-IN",
        "en-Latn-SG",
        "en-Latn",
        "en-150",
        "en-GB-oxendict",
        "en-US-x-crm",
        "en_SG.UTF-8",
        "EN-au",
        " en-SG ",
    ],
)
def test_english_in_any_region_or_form_is_en_US(code: str) -> None:
    """A browser's ``Accept-Language`` (``en-SG``), Django's ``LANGUAGE_CODE`` (``en-sg``),
    a POSIX or Java locale (``en_SG.UTF-8``, ``en_AU``) and a full BCP 47 tag
    (``en-Latn-SG``): English, read as en_US by ``language()`` and ``set_language()``."""
    with language("zh_CN"), language(code) as active:
        assert active == current_language() == "en_US"
    set_language(code)
    try:
        with ThreadPoolExecutor(1) as pool:
            assert pool.submit(current_language).result() == "en_US"
    finally:
        set_language("zh_CN")


@pytest.mark.parametrize(
    "code",
    ["zh", "zh-CN", "zh_cn", "zh-Hans", "zh-hans", "zh_SG", "zh-MY", "zh-Hans-CN",
     "zh-Hans-HK", "zh-Hans-TW", "zh-cmn-Hans-CN", "zh_CN.GB18030", "ZH-HANS-SG"],
)  # fmt: skip
def test_simplified_chinese_in_any_form_is_zh_CN(code: str) -> None:
    """Chinese written in Simplified characters: the script Hans, or a region that writes it
    (the mainland, Singapore, Malaysia), or no script or region at all."""
    with language("en_US"), language(code) as active:
        assert active == "zh_CN"


@pytest.mark.parametrize(
    "code",
    ["zh_TW", "zh-TW", "zh_HK", "zh-hk", "zh_MO", "zh-Hant", "zh-hant", "zh-Hant-TW",
     "zh-Hant-CN", "zh_TW.Big5", "zh-cmn-Hant-TW"],
)  # fmt: skip
def test_traditional_chinese_is_refused_saying_what_to_choose(code: str) -> None:
    """custops writes Simplified Chinese only: a Traditional Chinese code is refused naming
    ``code``, saying it is Traditional and which codes to choose, and changes nothing."""
    with pytest.raises(InvalidInput) as caught:
        set_language(code)
    assert caught.value.argument == "code"
    assert caught.value.value == code
    assert str(caught.value) == (
        "code: is Traditional Chinese, which custops does not write: choose zh_CN "
        f"(Simplified Chinese) or en_US (got {code!r})"
    )
    assert current_language() == "en_US"
    with pytest.raises(InvalidInput, match="Traditional Chinese"), language(code):
        pass  # pragma: no cover — never entered


@pytest.mark.parametrize(
    "code",
    ["fr_FR", "ja", "english", "eng", "e", "", "en-", "-en", "en--SG", "en-SG,en;q=0.9",
     "zh-yue", "yue-HK", "en_SG_#Latn", "enx", "zhang"],
)  # fmt: skip
def test_another_language_or_no_tag_is_refused_listing_what_is_read(code: str) -> None:
    """Another language, a whole ``Accept-Language`` header, or text that is no language tag:
    refused naming ``code``, listing the two languages and the forms read as each."""
    with pytest.raises(InvalidInput) as caught:
        set_language(code)
    assert caught.value.argument == "code"
    assert str(caught.value) == (
        "code: is not a language custops speaks; one of: zh_CN, en_US (English in any region "
        "or form reads as en_US: en, en-SG, en_GB, en-Latn-AU; Simplified Chinese as zh_CN: "
        f"zh, zh-Hans, zh_SG) (got {code!r})"
    )
    assert current_language() == "en_US"


_SUBTAG = st.text(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=8
)


def _chinese_reading(subtags: list[str]) -> str:
    """What a ``zh`` tag with ``subtags`` after it reads as, by the rule docs/i18n.md states:
    ``zh_CN``, or the start of its refusal."""
    rest = [tag.lower() for tag in subtags]
    extended = rest.pop(0) if rest and len(rest[0]) == 3 and rest[0].isalpha() else "cmn"
    if extended != "cmn":  # an extended language subtag: another Chinese language
        return "is not a language"
    script = rest.pop(0) if rest and len(rest[0]) == 4 and rest[0].isalpha() else None
    if script == "hant" or (script is None and rest and rest[0] in ("tw", "hk", "mo")):
        return "is Traditional Chinese"
    return "zh_CN"


@given(
    subtags=st.lists(_SUBTAG, max_size=4),
    separators=st.lists(st.sampled_from("-_"), min_size=4, max_size=4),
    codeset=st.sampled_from(["", ".UTF-8", "@euro"]),
)
def test_property_every_english_tag_reads_as_en_US_and_every_zh_tag_answers_one_way(
    subtags: list[str], separators: list[str], codeset: str
) -> None:
    """Any well-formed tag whose language is ``en`` (any case, any subtags after it, ``-`` or
    ``_``) is en_US; one whose language is ``zh`` is zh_CN, or refused as Traditional
    Chinese (script Hant, or no script and the region TW, HK or MO) or as another Chinese
    language (an extended subtag other than cmn) — never another answer."""
    tail = "".join(sep + tag for sep, tag in zip(separators, subtags, strict=False))
    with language("en" + tail + codeset) as english_code:
        assert english_code == "en_US"
    expected = _chinese_reading(subtags)
    if expected == "zh_CN":
        with language("zh" + tail + codeset) as chinese_code:
            assert chinese_code == "zh_CN"
    else:
        with pytest.raises(InvalidInput, match=f"^code: {expected}"):
            set_language("zh" + tail + codeset)
        assert current_language() == "en_US"
