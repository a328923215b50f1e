"""Forbidden phrases written in Traditional characters or inside longer words, and the
explained website reply deadline (R-SVC-01, R-SLA-21; audit-records F1, F7, F14)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from custops.complaints._hanzi import TABLE
from custops.errors import InvalidInput, InvalidType, PolicyError
from custops.i18n import language
from custops.periods import Deadline
from custops.service import (
    DEFAULT_FORBIDDEN_PHRASES,
    ForbiddenPhrase,
    PhraseKind,
    ReplyCheck,
    ServicePolicy,
    _Squeezed,  # the text the phrases are looked for in
    check_reply,
    website_reply_due,
)

SH = ZoneInfo("Asia/Shanghai")

# The seed's 服务忌语 (D13 第十五章 1–3) as a Hong Kong or Taiwan typist writes them.
TRADITIONAL = [
    ("餵，幹什麼？", "喂,干什么", (0, 5)),
    ("神經病", "神经病", (0, 3)),
    ("老頭", "老头", (0, 2)),
    ("叫什麼，等一會兒", "叫什么,等一会儿", (0, 8)),
    ("老太婆", "老太婆", (0, 3)),
]


@pytest.mark.parametrize(("text", "phrase", "span"), TRADITIONAL)
def test_R_SVC_01_traditional_phrases_are_found(
    text: str, phrase: str, span: tuple[int, int]
) -> None:
    """R-SVC-01: each seed phrase in Traditional characters is refused, the evidence points
    at the customer's own characters, and the suggestion replaces them."""
    check = check_reply(text)
    assert check.allowed is False
    [finding] = check.findings
    assert (finding.span, finding.phrase) == (span, phrase)
    assert finding.text == text[span[0] : span[1]]
    assert check.suggested_text.startswith(finding.suggestion)


def test_R_SVC_01_traditional_positions_in_a_longer_reply() -> None:
    """R-SVC-01: positions index the original (Traditional) text, separators included."""
    check = check_reply("您好！餵 ， 幹什麼？叫你的老頭兒來")
    assert [(f.span, f.text) for f in check.findings] == [
        ((3, 10), "餵 ， 幹什麼"),
        ((14, 17), "老頭兒"),
    ]
    assert check.suggested_text == "您好！您好,请把您的需求告知我？叫你的老伯來"


def test_R_SVC_01_cli_refuses_traditional(capsys: pytest.CaptureFixture[str]) -> None:
    """R-SVC-01: ``custops check-reply 餵，幹什麼？`` exits 1 instead of printing 合格."""
    from custops.cli import main

    assert main(["check-reply", "餵，幹什麼？"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "0-5\t餵，幹什麼\tbrusque\t-> 您好,请把您的需求告知我"  # the kind for staff


@pytest.mark.parametrize(
    "text",
    [
        "这是老头乐",
        "给爸爸买件老头衫",
        "老头鞋很舒服",
        "老头鱼炖豆腐",
        "神经病学",
        "糖尿病神经病变",
    ],
)
def test_R_SVC_01_no_match_inside_a_longer_word(text: str) -> None:
    """R-SVC-01: a word that merely contains a phrase (the phrase's exceptions) passes and
    is not rewritten (老头乐 stays 老头乐, not 老伯乐)."""
    check = check_reply(text)
    assert check.allowed is True
    assert check.findings == ()
    assert check.suggested_text == text


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("老头儿", "老伯"),
        ("那个老头子", "那个老伯"),
        ("老頭兒", "老伯"),
        ("老头，儿子呢", "老伯，儿子呢"),
    ],
)
def test_R_SVC_01_suffix_is_replaced_with_the_phrase(text: str, suggested: str) -> None:
    """R-SVC-01: 老头儿 / 老头子 are the phrase itself and are replaced whole; a suffix
    after a separator is a new word (老头，儿子 keeps 儿子)."""
    check = check_reply(text)
    assert check.allowed is False
    assert check.suggested_text == suggested


def test_R_SVC_01_exception_across_a_separator_is_no_exception() -> None:
    """R-SVC-01: 老头，乐… is the phrase followed by another word, not 老头乐."""
    assert check_reply("老头，乐什么").allowed is False
    assert check_reply("老头乐什么").allowed is True  # read as the word 老头乐 (no segmentation)


def test_R_SVC_01_exceptions_and_suffixes_are_checked() -> None:
    """R-SVC-01: an exception must be a longer word containing the phrase."""
    kind = PhraseKind.CONTEMPTUOUS_ADDRESS
    with pytest.raises(InvalidInput, match=r"exceptions\[0\]: must be a longer word"):
        ForbiddenPhrase("老头", kind, "老伯", exceptions=["老伯"])
    with pytest.raises(InvalidInput, match=r"exceptions\[0\]: must be a longer word"):
        ForbiddenPhrase("老头", kind, "老伯", exceptions=["老頭"])
    with pytest.raises(InvalidInput, match=r"suffixes\[0\]: must contain a word"):
        ForbiddenPhrase("老头", kind, "老伯", suffixes=["，"])
    with pytest.raises(InvalidType, match="exceptions: must be a sequence of str"):
        ForbiddenPhrase("老头", kind, "老伯", exceptions="老头乐")
    phrase = ForbiddenPhrase("老头", kind, "老伯", exceptions=["老頭樂"], suffixes=["兒"])
    assert phrase.spans("老头乐、老头儿") == ((4, 7),)


def test_R_SVC_01_policy_refuses_a_phrase_listed_twice_in_two_scripts() -> None:
    """R-SVC-01: 老頭 and 老头 are one phrase, so a policy listing both contradicts itself."""
    twice = (*DEFAULT_FORBIDDEN_PHRASES, ForbiddenPhrase("老頭", "contemptuous_address", "老伯"))
    with pytest.raises(PolicyError, match="forbidden: is listed twice"):
        ServicePolicy(forbidden=twice)


BROKEN = ["老\n头", "老\t头", "老\x00头", "老\u2028头", "老\u0085头", "R-SVC-01", "老头R-SVC-01"]


@pytest.mark.parametrize("text", BROKEN)
@pytest.mark.parametrize("field", ["phrase", "suggestion", "exceptions", "suffixes"])
def test_R_SVC_01_a_phrase_is_one_line_with_no_rule_id(field: str, text: str) -> None:
    """R-SVC-01, house rule 4: a finding's reason quotes the phrase and the reply its
    suggestion, so each field is one line with no rule ID, refused when the phrase is built
    and naming the field (docs/service.md) — never later by check_reply naming ``reason``."""
    kind = PhraseKind.CONTEMPTUOUS_ADDRESS
    fields = {"phrase": "老头", "suggestion": "老伯"}
    many = field in ("exceptions", "suffixes")
    fields[field] = (text,) if many else text  # type: ignore[assignment]
    phrase, suggestion = fields.pop("phrase"), fields.pop("suggestion")
    with pytest.raises(InvalidInput) as info:
        ForbiddenPhrase(phrase, kind, suggestion, **fields)  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == (f"{field}[0]" if many else field, text)
    assert info.value.problem.startswith("must not ")


@pytest.mark.parametrize("text", BROKEN)
def test_R_SVC_01_an_approved_phrase_is_one_line_with_no_rule_id(text: str) -> None:
    """R-SVC-01: an approved phrase is policy data a reply quotes: one line, no rule ID."""
    with pytest.raises(PolicyError) as info:
        ServicePolicy(approved=("您好", text))
    assert (info.value.argument, info.value.value) == ("approved[1]", text)


def test_R_SVC_01_a_phrase_policy_lists_no_word_twice() -> None:
    """R-SVC-01, house rule 7: an approved phrase, an exception or a suffix listed twice is
    refused as a forbidden phrase listed twice is (in either script: one word)."""
    kind = PhraseKind.CONTEMPTUOUS_ADDRESS
    with pytest.raises(PolicyError, match=r"^approved: is listed twice \(got '老伯'\)$"):
        ServicePolicy(approved=("老伯", "您好", "老伯"))
    with pytest.raises(PolicyError, match=r"^approved: is listed twice \(got '请 坐'\)$"):
        ServicePolicy(approved=("请坐", "请 坐"))
    with pytest.raises(InvalidInput, match=r"^exceptions: is listed twice \(got '老太婆子'\)$"):
        ForbiddenPhrase("老太婆", kind, "大妈", exceptions=("老太婆子", "老太婆子"))
    with pytest.raises(InvalidInput, match=r"^exceptions: is listed twice \(got '老頭樂'\)$"):
        ForbiddenPhrase("老头", kind, "老伯", exceptions=("老头乐", "老頭樂"))
    with pytest.raises(InvalidInput, match=r"^suffixes: is listed twice \(got '子'\)$"):
        ForbiddenPhrase("老太婆", kind, "大妈", suffixes=("子", "子"))
    assert len(set(ServicePolicy().approved)) == len(ServicePolicy().approved)


@settings(max_examples=60)
@given(st.lists(st.sampled_from(["老伯", "大妈", "您好", "請坐", "请坐", "同志"]), max_size=5))
def test_property_approved_phrases_are_distinct_or_refused(words: list[str]) -> None:
    """R-SVC-01: a policy's approved phrases are accepted exactly when no two are one word."""
    folded = [_Squeezed.of(word).text for word in words]
    if len(set(folded)) < len(folded):
        with pytest.raises(PolicyError, match=r"^approved: is listed twice"):
            ServicePolicy(approved=words)
    else:
        assert ServicePolicy(approved=words).approved == tuple(words)


def test_R_SVC_01_exception_word_in_an_approved_phrase_is_allowed() -> None:
    """R-SVC-01: an approved phrase may hold an exception word (老头衫), not the phrase."""
    policy = ServicePolicy(approved=("欢迎选购老头衫",))
    assert check_reply("欢迎选购老头衫", policy=policy).allowed is True
    with pytest.raises(PolicyError, match="contains the forbidden phrase '老头'"):
        ServicePolicy(approved=("您好老頭",))


# Simplified → Traditional for the characters of the default phrases (the inverse of the
# classifier's table, one character for one), to write any text in Traditional.
_TO_TRADITIONAL = {
    simplified: chr(code)
    for code, simplified in TABLE.items()
    if simplified in "".join(p.phrase + "".join(p.exceptions) for p in DEFAULT_FORBIDDEN_PHRASES)
}
_PIECES = [
    *(p.phrase for p in DEFAULT_FORBIDDEN_PHRASES),
    *(e for p in DEFAULT_FORBIDDEN_PHRASES for e in p.exceptions),
    "儿",
    "子",
    "您好",
    "，",
    " ",
    "请稍等",
    "的",
]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.lists(st.booleans(), min_size=64))
def test_R_SVC_01_traditional_text_gives_the_same_findings(
    pieces: list[str], flips: list[bool]
) -> None:
    """R-SVC-01 invariant: writing any characters of a reply in Traditional changes neither
    the verdict nor where the findings are (one character for one)."""
    text = "".join(pieces)
    mixed = "".join(
        _TO_TRADITIONAL.get(c, c) if flip else c for c, flip in zip(text, flips, strict=False)
    )
    plain, traditional = check_reply(text), check_reply(mixed)
    assert plain.allowed == traditional.allowed
    assert [(f.span, f.phrase) for f in plain.findings] == [
        (f.span, f.phrase) for f in traditional.findings
    ]
    for f in traditional.findings:
        assert f.text == mixed[slice(*f.span)]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_R_SVC_01_exception_words_never_produce_findings(pieces: list[str]) -> None:
    """R-SVC-01 invariant: a reply made only of exception words and polite words passes and
    is left as it is."""
    words = [p for p in pieces if p not in {q.phrase for q in DEFAULT_FORBIDDEN_PHRASES}]
    words = [w for w in words if w not in ("儿", "子")]
    text = "，".join(words)
    check = check_reply(text)
    assert check.allowed is True
    assert check.suggested_text == text


# --------------------------------------------------------------------------- R-SLA-21


def test_R_SLA_21_website_reply_due_explains_itself() -> None:
    """R-SLA-21: ``explain=True`` gives a Deadline with the rule ID and the same due."""
    received = dt.datetime(2025, 3, 7, 15, 10, tzinfo=dt.timezone.utc)  # 23:10 in Shanghai
    d = website_reply_due(received, explain=True)
    assert isinstance(d, Deadline)
    assert d.due_at == website_reply_due(received) == dt.datetime(2025, 3, 8, tzinfo=SH)
    assert d.rule == "R-SLA-21"
    assert d.ends_on == dt.date(2025, 3, 7)
    assert d.start == received
    with language("en_US"):
        text = website_reply_due(received, explain=True).explain()
    assert text.splitlines()[0] == (
        "deadline (R-SLA-21): received 2025-03-07 23:10+08:00, answered the same day: "
        "by 2025-03-08 00:00+08:00"
    )
    assert "当天回复" in text


def test_R_SLA_21_website_reply_due_explain_must_be_a_bool() -> None:
    """R-SLA-21: ``explain`` is checked like every other argument."""
    received = dt.datetime(2025, 3, 7, 9, tzinfo=SH)
    with pytest.raises(InvalidType, match="explain: must be a bool"):
        website_reply_due(received, explain="yes")  # type: ignore[call-overload]


@settings(max_examples=40)
@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2090, 1, 1)))
def test_R_SLA_21_explained_due_equals_the_plain_due(moment: dt.datetime) -> None:
    """R-SLA-21 invariant: the explained deadline has the plain answer as ``due``, the
    received day as ``ends_on``, and the due is midnight after the received moment."""
    received = moment.replace(tzinfo=SH)
    d = website_reply_due(received, explain=True)
    assert d.due_at == website_reply_due(received)
    assert d.ends_on == received.date()
    assert dt.timedelta(0) < d.due_at - received <= dt.timedelta(days=1)


def test_forbidden_phrase_fields_round_trip_through_evolve() -> None:
    """The new keyword fields behave as attrs fields (evolve keeps the derived keys right)."""
    old = DEFAULT_FORBIDDEN_PHRASES[1]
    bare = attrs.evolve(old, exceptions=(), suffixes=())
    assert bare.spans("老头乐") == ((0, 2),)
    assert old.spans("老头乐") == ()


def _inside_an_exception(text: str, phrase: ForbiddenPhrase) -> list[tuple[int, int]]:
    """Reference: the phrase's key found where no unbroken exception holds it, by testing
    every exception (the quadratic reading ``_find`` replaces)."""
    squeezed = _Squeezed.of(text)
    t, key = squeezed.text, phrase._key
    excepted = [
        (at, at + len(w))
        for w in phrase._exception_keys
        for at in range(len(t))
        if t.startswith(w, at) and squeezed.unbroken(at, at + len(w))
    ]
    return [
        (i, i + len(key))
        for i in range(len(t))
        if t.startswith(key, i)
        and not any(low <= i and i + len(key) <= high for low, high in excepted)
    ]


@given(st.text(alphabet="老头乐儿，x ", max_size=40))
def test_r_svc_01_a_phrase_is_found_wherever_no_exception_holds_it(text: str) -> None:
    # the bisection over the exceptions finds what testing every exception finds
    phrase = ForbiddenPhrase("老头", "contemptuous_address", "老伯", exceptions=("老头乐",))
    squeezed = _Squeezed.of(text)
    starts = [squeezed.where(i) for i, _ in _inside_an_exception(text, phrase)]
    assert [start for start, _end in phrase._find(squeezed)] == starts


def test_r_svc_01_many_exceptions_in_a_long_text_take_linear_time() -> None:
    # 20,000 occurrences of the exception 老头乐 and one of the phrase itself: one finding
    text = "你好老头乐出发" * 20_000 + "叫你的老头来"
    findings = check_reply(text).findings
    assert [(f.text, f.suggestion) for f in findings] == [("老头", "老伯")]
    assert findings[0].span == (len(text) - 3, len(text) - 1)


# --- R-SVC-01: a short gap between the parts of a two-part phrase --------------


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("喂，你干什么", "喂,干什么", (0, 6)),
        ("喂，您干什么？", "喂,干什么", (0, 6)),
        ("喂！你们到底干什么", "喂,干什么", (0, 9)),
        ("喂，你到底在干什么", "喂,干什么", (0, 9)),
        ("喂你干什么", "喂,干什么", (0, 5)),
        ("叫什么呀，等一会儿", "叫什么,等一会儿", (0, 9)),
        ("叫什么啊你，等一会儿！", "叫什么,等一会儿", (0, 10)),
        ("叫什么，你等一会儿", "叫什么,等一会儿", (0, 9)),
        ("餵，你幹什麼", "喂,干什么", (0, 6)),
    ],
)
def test_R_SVC_01_a_pronoun_or_particle_between_the_parts_is_still_the_phrase(
    text: str, phrase: str, span: tuple[int, int]
) -> None:
    """R-SVC-01 (D13 第十五章 服务忌语 「喂,干什么」「叫什么,等一会儿」): a pronoun, a particle
    or an intensifier between the two parts, within the gap, does not let the reply pass."""
    check = check_reply(text)
    assert not check.allowed
    assert [(f.phrase, f.span) for f in check.findings] == [(phrase, span)]


@pytest.mark.parametrize(
    "text",
    [
        "喂，您好，天竺工坊",  # 喂 alone
        "请问您叫什么名字",  # 叫什么 alone
        "叫什么名字？等一会儿我帮您查",  # another word between the parts
        "喂，老师干什么去了",  # a noun, not a gap word
        "喂，您好，请问您想干什么",  # more than the gap words
        "喂，你你你你你干什么",  # five characters: beyond max_gap_chars
    ],
)
def test_R_SVC_01_either_part_alone_or_a_real_word_between_is_no_finding(text: str) -> None:
    """R-SVC-01, docs/service.md: either part alone is not flagged, nor are the two parts
    kept apart by more than the gap words allow."""
    assert check_reply(text).allowed


def test_R_SVC_01_gap_fields_are_checked() -> None:
    """R-SVC-01: a gap needs two parts and gap words; gap words need room; each is a word."""
    kind = "brusque"
    with pytest.raises(InvalidInput, match=r"^max_gap_chars: a gap stands between parts"):
        ForbiddenPhrase("老头", kind, "老伯", gap_words=["你"], max_gap_chars=1)
    with pytest.raises(InvalidInput, match=r"^max_gap_chars: a gap holds only gap_words"):
        ForbiddenPhrase("喂,滚", kind, "您好", max_gap_chars=1)
    with pytest.raises(InvalidInput, match=r"^gap_words: have no room"):
        ForbiddenPhrase("喂,滚", kind, "您好", gap_words=["你"])
    with pytest.raises(InvalidInput, match=r"^gap_words\[1\]: must contain a word"):
        ForbiddenPhrase("喂,滚", kind, "您好", gap_words=["你", "，"], max_gap_chars=1)
    with pytest.raises(InvalidInput, match=r"^max_gap_chars: "):
        ForbiddenPhrase("喂,滚", kind, "您好", gap_words=["你"], max_gap_chars=-1)
    phrase = DEFAULT_FORBIDDEN_PHRASES[3]
    assert phrase.max_gap_chars == 4
    assert "你" in phrase.gap_words
    assert "呀" in phrase.gap_words


_TWO_PARTS = [p for p in DEFAULT_FORBIDDEN_PHRASES if "," in p.phrase]


@settings(max_examples=150)
@given(
    st.sampled_from(_TWO_PARTS),
    st.sampled_from(["", "，", "！", " ", "？"]),
    st.lists(st.sampled_from(DEFAULT_FORBIDDEN_PHRASES[3].gap_words), max_size=3),
    st.text(alphabet="您好请问天竺工坊的。，", max_size=6),
    st.text(alphabet="您好请问天竺工坊的。，", max_size=6),
    st.sampled_from(["before", "gap", "after"]),
)
def test_property_R_SVC_01_inserting_a_particle_never_turns_a_caught_phrase_into_a_pass(
    phrase: ForbiddenPhrase,
    separator: str,
    particles: list[str],
    prefix: str,
    suffix: str,
    where: str,
) -> None:
    """R-SVC-01 invariant: a reply that holds a two-part phrase (its clauses by themselves:
    other words stand in clauses of their own) is refused, and inserting gap words
    (pronouns, particles) before the phrase, between its parts (up to max_gap_chars) or
    after it keeps it refused."""
    first, second = phrase.phrase.split(",")
    prefix, suffix = prefix and prefix + "。", suffix and "。" + suffix
    text = prefix + first + separator + second + suffix
    assert not check_reply(text).allowed
    inserted = ""
    for word in particles:  # whole gap words, within max_gap_chars
        if len(inserted + word) <= phrase.max_gap_chars:
            inserted += word
    if where == "before":
        varied = prefix + inserted + first + separator + second + suffix
    elif where == "gap":
        varied = prefix + first + separator + inserted + second + suffix
    else:
        varied = prefix + first + separator + second + inserted + suffix
    check = check_reply(varied)
    assert not check.allowed
    assert phrase.phrase in [f.phrase for f in check.findings]


# --- R-SVC-01: suggestions replace whole clauses; items 2 and 3 said part by part ---------------


@pytest.mark.parametrize(
    ("text", "phrases", "suggested"),
    [
        # a suggestion that is a sentence replaces the clause, never spliced into it
        ("你神经病啊", ["神经病"], "我理解您的心情"),
        ("你神经病啊！我们不卖", ["神经病"], "我理解您的心情！我们不卖"),
        # the vulgar name of a mental hospital, said to a customer, is the sneer itself
        ("我们不是神经病医院", ["神经病"], "我理解您的心情"),
        # a quoted or negated use still puts the word before the customer
        ("您不是神经病", ["神经病"], "我理解您的心情"),
        ("他说“神经病”", ["神经病"], "我理解您的心情"),
        # a form of address stands in the place of a form of address
        ("叫你的老头来", ["老头"], "叫你的老伯来"),
        ("你这老太婆神经病啊", ["老太婆", "神经病"], "我理解您的心情"),
        # D13 第十五章 服务忌语 3: each part said as a clause by itself
        ("等一会儿", ["等一会儿"], "请稍等"),
        ("叫什么", ["叫什么"], "请不要焦急"),
        ("你等一会儿啊！我去拿", ["等一会儿"], "请稍等！我去拿"),
        ("叫什么？等一会儿！", ["叫什么,等一会儿"], "请不要焦急,请稍等！"),  # one utterance
        ("等一会儿，叫什么", ["等一会儿", "叫什么"], "请稍等，请不要焦急"),
        ("叫什么,等一会儿", ["叫什么,等一会儿"], "请不要焦急,请稍等"),
        # item 2 likewise, but 喂 alone is how a call is answered
        ("你干什么！", ["干什么"], "请把您的需求告知我！"),
    ],
)
def test_R_SVC_01_suggestions_replace_the_clause_and_parts_alone_are_found(
    text: str, phrases: list[str], suggested: str
) -> None:
    """R-SVC-01 (D13 第十五章 服务忌语): the suggested text never splices a sentence into the
    staff's words (你我理解您的心情啊); 叫什么 and 等一会儿 (and 干什么) said as a clause of
    their own are forbidden, each with its own approved phrase, and the two together are
    one finding, not three."""
    check = check_reply(text)
    assert not check.allowed
    assert [f.phrase for f in check.findings] == phrases
    assert check.suggested_text == suggested
    assert check_reply(check.suggested_text).allowed


@pytest.mark.parametrize(
    "text",
    [
        "请等一会儿",  # 请: the approved request
        "您等一会儿",  # 您: polite
        "你要等一会儿",  # a statement, not an order
        "等一会儿我帮您查",  # a part of a longer clause
        "请问您叫什么名字",
        "这个产品叫什么？",
        "请问您想干什么",
        "喂？您好",  # how a call is answered
        "喂，您好，天竺工坊",
        "神经病理性疼痛",  # neuropathic pain: a medical word
        "糖尿病神经病变",
    ],
)
def test_R_SVC_01_a_part_inside_a_longer_clause_or_a_medical_word_passes(text: str) -> None:
    """R-SVC-01: a part of item 2 or 3 that is not a clause by itself, or said with 您 or
    请, and 神经病 inside a medical word, are no finding."""
    check = check_reply(text)
    assert check.allowed
    assert check.suggested_text == text


_NEUTRAL = st.text(alphabet="您好请问坐谢的人商品abc", max_size=5)


@st.composite
def _clauses(draw: st.DrawFn) -> tuple[str, str]:
    """A clause and what the suggested text makes of it: itself when it holds no phrase,
    the phrase's suggestion in the phrase's place when it is ``in_place``, else the
    suggestion alone."""
    phrase = draw(st.one_of(st.none(), st.sampled_from(DEFAULT_FORBIDDEN_PHRASES)))
    before, after = draw(_NEUTRAL), draw(_NEUTRAL)
    if phrase is None:
        return before + after, before + after
    if phrase.whole_clause:
        return phrase.phrase, phrase.suggestion
    if phrase.in_place:
        return before + phrase.phrase + after, before + phrase.suggestion + after
    return before + phrase.phrase + after, phrase.suggestion


@settings(max_examples=200)
@given(st.lists(_clauses(), min_size=1, max_size=5), st.sampled_from(["。", "！", "，", " "]))
def test_R_SVC_01_property_a_suggestion_is_a_clause_or_a_form_of_address(
    clauses: list[tuple[str, str]], mark: str
) -> None:
    """R-SVC-01 invariant: a clause without a phrase is kept as written; a clause with one
    becomes the phrase's suggestion (a sentence, whole) or, for a form of address, the same
    clause with the polite form in its place; the marks between clauses stay; and the
    suggested text passes the check."""
    text = mark.join(said for said, _suggested in clauses)
    assume(f"叫什么{mark}等一会儿" not in text)  # two clauses that are item 3 said whole
    check = check_reply(text)
    assert check.suggested_text == mark.join(suggested for _said, suggested in clauses)
    assert check.allowed is (text == check.suggested_text)
    assert check_reply(check.suggested_text).allowed


# --- R-SVC-01: findings never overlap; the same phrase said another way -------------------------

# a two-part phrase followed by what a speaker says after it (a particle, a pronoun): one finding
PARTICLE_AFTER = [
    ("喂，干什么呢？不买别摸", "喂,干什么", "喂，干什么呢", "您好,请把您的需求告知我？不买别摸"),
    ("喂，干什么啊", "喂,干什么", "喂，干什么啊", "您好,请把您的需求告知我"),
    ("喂，你干什么呢你", "喂,干什么", "喂，你干什么呢你", "您好,请把您的需求告知我"),
    ("叫什么，等一会儿呀", "叫什么,等一会儿", "叫什么，等一会儿呀", "请不要焦急,请稍等"),
    ("你们叫什么，等一会儿", "叫什么,等一会儿", "你们叫什么，等一会儿", "请不要焦急,请稍等"),
]


# D13 第十五章 服务忌语 2 and 3 in the words staff say them: the same phrase, reported as listed
VARIANTS = [
    ("叫什么叫！", "叫什么", "叫什么叫", "请不要焦急！"),
    ("叫什么呀叫", "叫什么", "叫什么呀叫", "请不要焦急"),
    ("你叫什么叫啊", "叫什么", "你叫什么叫啊", "请不要焦急"),
    ("喂！干嘛呢", "喂,干什么", "喂！干嘛呢", "您好,请把您的需求告知我"),
    ("喂，干啥", "喂,干什么", "喂，干啥", "您好,请把您的需求告知我"),
    ("干嘛？", "干什么", "干嘛", "请把您的需求告知我？"),
    ("你等会儿", "等一会儿", "你等会儿", "请稍等"),
    ("等一下！", "等一会儿", "等一下", "请稍等！"),
    ("叫什么，等会儿", "叫什么,等一会儿", "叫什么，等会儿", "请不要焦急,请稍等"),
    ("叫什么呀，等一下", "叫什么,等一会儿", "叫什么呀，等一下", "请不要焦急,请稍等"),
]


@pytest.mark.parametrize(("text", "phrase", "said", "suggested"), PARTICLE_AFTER + VARIANTS)
def test_R_SVC_01_one_finding_for_the_listed_phrase_as_said(
    text: str, phrase: str, said: str, suggested: str
) -> None:
    """R-SVC-01: the second part said with a particle is part of the two-part phrase, not a
    second finding over the same characters; 干嘛/干啥 (干什么), 等会儿/等一下 (等一会儿) and
    叫什么叫 (叫什么) are found as the phrase they are said for, which the finding and the
    reason name; the suggestion is given once."""
    check = check_reply(text)
    assert check.rule == "R-SVC-01"
    [finding] = check.findings
    assert (finding.phrase, finding.text) == (phrase, said)
    assert text[slice(*finding.span)] == said
    assert check.suggested_text == suggested
    assert check.reason == 'forbidden phrases used: "' + phrase + '"'


@pytest.mark.parametrize(
    "text",
    ["干嘛不买", "等一下我帮您查", "您等一下", "请等一下", "稍等一下", "这个叫什么？叫我吗"],
)
def test_R_SVC_01_variants_keep_the_innocent_uses(text: str) -> None:
    """R-SVC-01: as the listed wordings, a variant inside a longer clause, after 请 or with
    the polite 您 is no finding."""
    assert check_reply(text).allowed


def test_R_SVC_01_two_findings_in_two_clauses_and_only_chinese() -> None:
    """R-SVC-01: 叫什么叫 and 等一会儿 in two clauses are two findings, each replaced once;
    a reply in English is not checked."""
    check = check_reply("叫什么叫，等一会儿！")
    assert [f.phrase for f in check.findings] == ["叫什么", "等一会儿"]
    assert check.suggested_text == "请不要焦急，请稍等！"
    english = check_reply("Hey, what do you want?")
    assert english.allowed
    assert english.reason == "no forbidden phrase found"


def test_R_SVC_01_a_company_phrase_with_variants() -> None:
    """R-SVC-01: a phrase's variants are one line each, distinct and not the phrase; an
    exception may contain a variant."""
    mine = ForbiddenPhrase(
        "不归我管",
        "brusque",
        "我帮您联系负责的同事",
        variants=["不关我事"],
        exceptions=["不关我事儿"],
    )
    assert mine.spans("这不关我事") == ((1, 5),)
    assert mine.spans("这不关我事儿") == ()
    with pytest.raises(InvalidInput, match=r"^variants: is listed twice, or is the phrase"):
        ForbiddenPhrase("不归我管", "brusque", "您好", variants=["不归 我管"])
    with pytest.raises(InvalidInput, match=r"^exceptions\[0\]: .* or one of its variants"):
        ForbiddenPhrase("不归我管", "brusque", "您好", variants=["不关我事"], exceptions=["我管"])
    with pytest.raises(InvalidInput, match=r"^variants\[0\]: must contain a word"):
        ForbiddenPhrase("不归我管", "brusque", "您好", variants=["，"])


_ALL_PARTS = (
    "喂",
    "干什么",
    "干嘛",
    "叫什么",
    "叫",
    "等一会儿",
    "等会儿",
    "等一下",
    "老头",
    "神经病",
)


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ALL_PARTS),
            st.sampled_from(DEFAULT_FORBIDDEN_PHRASES[3].gap_words),
            st.sampled_from(["，", "！", "？", " ", "请", "您", "我帮您查", "儿", "乐"]),
        ),
        max_size=10,
    )
)
def test_property_R_SVC_01_findings_never_overlap(pieces: list[str]) -> None:
    """R-SVC-01 invariant: whatever the words, findings are sorted and never overlap, each
    is the text at its span, and no replacement is given twice for one finding: the
    suggested text holds a suggestion no more often than the text and the findings'
    suggestions together do."""
    text = "".join(pieces)
    check = check_reply(text)
    ends = [0]
    for finding in check.findings:
        start, end = finding.span
        assert start >= ends[-1]
        assert text[start:end] == finding.text
        ends.append(end)
    for suggestion in {f.suggestion for f in check.findings}:
        given_for = sum(f.suggestion.count(suggestion) for f in check.findings)
        assert check.suggested_text.count(suggestion) <= text.count(suggestion) + given_for


@settings(max_examples=200)
@given(
    st.sampled_from([p for p in DEFAULT_FORBIDDEN_PHRASES if "," in p.phrase]),
    st.sampled_from(["", "，", "！", " "]),
    st.lists(st.sampled_from(["呢", "啊", "呀", "你", "吧"]), min_size=1, max_size=2),
    st.sampled_from(["", "？", "！不买别摸", "，您好"]),
)
def test_property_R_SVC_01_a_two_part_phrase_with_particles_is_one_finding(
    phrase: ForbiddenPhrase, separator: str, particles: list[str], after: str
) -> None:
    """R-SVC-01 invariant: a two-part phrase (or a variant of it) followed by particles is
    one finding of the phrase, and its suggestion stands once in the suggested text."""
    for wording in (phrase.phrase, *phrase.variants):
        first, second = wording.split(",")
        text = first + separator + second + "".join(particles) + after
        check = check_reply(text)
        [finding] = check.findings
        assert finding.phrase == phrase.phrase
        assert check.suggested_text.count(phrase.suggestion) == 1


# --- R-SVC-01: a silver shop's product names, clauses of the two-part phrases, repeats ------


@pytest.mark.parametrize(
    "text", ["这款寿星老头吊坠是足银的", "寿星老头儿摆件还有货", "壽星老頭擺件", "寿星老头笑眯眯"]
)
def test_R_SVC_01_the_longevity_figure_is_a_product_not_an_address(text: str) -> None:
    """R-SVC-01 (D13 第十五章 服务忌语 1 forbids contemptuous *address*): 寿星老头, the god of
    longevity a silverware shop sells every day, is a default exception of 老头, so neither
    the check nor its suggested text touches the product's name."""
    check = check_reply(text)
    assert check.allowed
    assert check.suggested_text == text


def test_R_SVC_01_a_little_old_man_stays_an_address_unless_the_shop_says_so() -> None:
    """R-SVC-01: 小老头 is said of a person (你这个小老头) and stays a finding by default; a
    shop whose catalogue names a design so adds the exception to the default phrase."""
    assert not check_reply("你这个小老头").allowed
    assert not check_reply("这个小老头吊坠是泰银的").allowed
    default = ServicePolicy()
    forbidden = tuple(
        attrs.evolve(p, exceptions=(*p.exceptions, "小老头")) if p.phrase == "老头" else p
        for p in default.forbidden
    )
    shop = attrs.evolve(default, forbidden=forbidden)
    assert check_reply("这个小老头吊坠是泰银的", policy=shop).allowed
    assert not check_reply("叫你的老头来", policy=shop).allowed


# A two-part phrase is its clauses by themselves: a part inside a longer clause is no part of
# it, and what the clause says besides is kept (D13 第十五章 服务忌语 2, 3)
CLAUSES_OF_TWO_PARTS = [
    ("叫什么，等一会儿我帮您查", [("叫什么", "叫什么")], "请不要焦急，等一会儿我帮您查"),
    ("喂，干什么都行", [], "喂，干什么都行"),
    ("喂，干什么用的？", [], "喂，干什么用的？"),
    ("这个叫什么，等一会儿", [("等一会儿", "等一会儿")], "这个叫什么，请稍等"),
    ("请问您叫什么，等一会儿我帮您查", [], "请问您叫什么，等一会儿我帮您查"),
    ("喂，干嘛呢", [("喂，干嘛呢", "喂,干什么")], "您好,请把您的需求告知我"),
    ("叫什么，等一会儿！", [("叫什么，等一会儿", "叫什么,等一会儿")], "请不要焦急,请稍等！"),
    # what follows the last part does not make the phrase polite: "what are you here for?";
    # the finding ends with the part, the clause is replaced whole
    (
        "喂？干什么的？你是哪个批发商？",
        [("喂？干什么", "喂,干什么")],
        "您好,请把您的需求告知我？你是哪个批发商？",
    ),
    ("这个是干什么的？", [], "这个是干什么的？"),
]


@pytest.mark.parametrize(("text", "found", "suggested"), CLAUSES_OF_TWO_PARTS)
def test_R_SVC_01_a_two_part_phrase_holds_its_clauses_by_themselves(
    text: str, found: list[tuple[str, str]], suggested: str
) -> None:
    """R-SVC-01: the second part of 喂,干什么 or 叫什么,等一会儿 inside a longer clause does not
    complete the phrase (as the first part does not); the single parts said as clauses by
    themselves are still found, and the suggested text keeps the clerk's other words."""
    check = check_reply(text)
    assert [(f.text, f.phrase) for f in check.findings] == found
    assert check.suggested_text == suggested


REPEATS = [
    ("干什么干什么！", "干什么", "请把您的需求告知我！"),
    ("叫什么叫什么", "叫什么", "请不要焦急"),
    ("等一会儿等一会儿！", "等一会儿", "请稍等！"),
    ("干什么呢干什么", "干什么", "请把您的需求告知我"),
    ("干嘛干什么呀", "干什么", "请把您的需求告知我"),
    ("您好，你等一下等一下！", "等一会儿", "您好，请稍等！"),
    # the two-part phrase, its last part said again, in one clause or across two
    ("喂干什么干什么", "喂,干什么", "您好,请把您的需求告知我"),
    ("喂，你干什么干什么！", "喂,干什么", "您好,请把您的需求告知我！"),
    ("叫什么，等一会儿等一会儿", "叫什么,等一会儿", "请不要焦急,请稍等"),
]


@pytest.mark.parametrize(("text", "phrase", "suggested"), REPEATS)
def test_R_SVC_01_a_phrase_said_again_as_its_own_clause_is_found(
    text: str, phrase: str, suggested: str
) -> None:
    """R-SVC-01 (D13 第十五章 服务忌语 2, 3): a clause made only of repeats of a whole-clause
    phrase (and gap words) is the phrase said by itself, more curt, not less."""
    check = check_reply(text)
    [finding] = check.findings
    assert finding.phrase == phrase
    assert check.suggested_text == suggested


@pytest.mark.parametrize(
    "text",
    ["干什么干什么都行", "等一会儿等一会儿我帮您查", "叫什么叫什么名字", "喂，干什么干什么都行"],
)
def test_R_SVC_01_repeats_inside_a_longer_clause_stay_innocent(text: str) -> None:
    """R-SVC-01: repeats are the phrase only as a clause by themselves."""
    assert check_reply(text).allowed


@settings(max_examples=150)
@given(
    st.sampled_from(
        [p for p in DEFAULT_FORBIDDEN_PHRASES if p.whole_clause and "," not in p.phrase]
    ),
    st.integers(min_value=2, max_value=4),
    st.lists(st.sampled_from(["", "呀", "啊", "你", "呢"]), min_size=4, max_size=4),
    st.sampled_from(["", "。", "！", "？"]),
)
def test_property_R_SVC_01_repeating_a_clause_phrase_keeps_it_a_finding(
    phrase: ForbiddenPhrase, times: int, particles: list[str], mark: str
) -> None:
    """R-SVC-01 invariant: a whole-clause phrase said two or more times as one clause, gap
    words between, is one finding covering the clause, replaced by one suggestion."""
    text = "".join(phrase.phrase + p for p in particles[:times]) + mark
    check = check_reply(text)
    [finding] = check.findings
    assert finding.phrase == phrase.phrase
    assert check.suggested_text == phrase.suggestion + mark


# --- R-SVC-01: compatibility characters (NFKC) -----------------------------------------------


COMPATIBLE = [
    ("\u2f7c头", (0, 2), "老头"),  # the Kangxi radical ⽼ (U+2F7C)
    ("叫你的\u2f7c头来", (3, 5), "老头"),
    ("喂，\uff21干什么", None, None),  # a full-width Ａ is the letter A: another word
    ("\u2f7c\u2f7c头乐", None, None),  # ⽼⽼头乐: 老头乐 is an exception in either form
]


@pytest.mark.parametrize(("text", "span", "phrase"), COMPATIBLE)
def test_R_SVC_01_compatibility_characters_read_as_their_nfkc_form(
    text: str, span: tuple[int, int] | None, phrase: str | None
) -> None:
    """R-SVC-01: a compatibility character a PDF or an input method gives (the Kangxi radical
    ⽼ for 老) reads as its NFKC form, one character for one, and the span indexes the text
    as typed."""
    check = check_reply(text)
    if span is None:
        assert check.allowed
        return
    [finding] = check.findings
    assert (finding.span, finding.phrase) == (span, phrase)
    assert finding.text == text[slice(*span)]


_KANGXI = {c: unicodedata.normalize("NFKC", c) for c in map(chr, range(0x2F00, 0x2FD6))}


@settings(max_examples=200)
@given(
    st.text(alphabet="您好请问老头太婆神经病喂干什么叫等一会儿，。！ 寿星乐", max_size=16),
    st.data(),
)
def test_property_R_SVC_01_compatibility_forms_are_found_where_typed(
    text: str, data: st.DataObject
) -> None:
    """R-SVC-01 invariant: writing characters in a compatibility form (a Kangxi radical, a
    full-width letter) changes neither the findings' phrases nor their spans, and each
    finding's text is the typed text at its span."""
    back = {v: k for k, v in _KANGXI.items() if len(v) == 1}
    swapped = "".join(back[c] if c in back and data.draw(st.booleans()) else c for c in text)
    plain, typed = check_reply(text), check_reply(swapped)
    assert [(f.span, f.phrase) for f in typed.findings] == [
        (f.span, f.phrase) for f in plain.findings
    ]
    assert all(swapped[slice(*f.span)] == f.text for f in typed.findings)


def _fold(text: str) -> str:
    """``text`` with each character in its NFKC form where that is one character."""
    return "".join(
        folded if len(folded := unicodedata.normalize("NFKC", c)) == 1 else c for c in text
    )


_BREAKS = frozenset(" \t\n,，、.。!！?？~～…;；:：")
_COMPAT_MARKS = {"！": "﹗︕", "，": "﹐︐", "。": "｡", "？": "﹖︖"}


def _kept_outside_the_clauses(text: str, check: ReplyCheck) -> None:
    """Every character of ``text`` outside what its findings replace (their clauses, read
    on the folded text, or an in-place phrase alone) stays in ``suggested_text``, in order."""
    folded = _fold(text)
    regions = []
    for f in check.findings:
        start, end = f.span
        if f.suggestion not in ("老伯", "大妈"):  # a sentence: the clause goes
            while start and folded[start - 1] not in _BREAKS:
                start -= 1
            while end < len(text) and folded[end] not in _BREAKS:
                end += 1
        regions.append((start, end))
    at, position = 0, 0
    for start, end in sorted(regions):
        kept = text[position:start] if start > position else ""
        found = check.suggested_text.find(kept, at)
        assert found >= 0, (kept, check.suggested_text)
        at, position = found + len(kept), max(position, end)
    assert check.suggested_text[at:].endswith(text[position:])


# --- R-SVC-01: a run of repeats in one clause is decided once ---------------------------------


def test_r_svc_01_repeats_in_one_long_clause_take_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R-SVC-01: a long run of a phrase said again, followed in its clause by another word
    (a pasted transcript, a test string), is decided once per clause, not once per
    occurrence: the gap searches grow with the text, not with its square."""
    calls = 0
    gap_ends = ForbiddenPhrase._gap_ends

    def counted(self: ForbiddenPhrase, text: str, at: int, limit: int) -> set[int]:
        nonlocal calls
        calls += 1
        return gap_ends(self, text, at, limit)

    monkeypatch.setattr(ForbiddenPhrase, "_gap_ends", counted)
    runs = [
        ("干什么" * 5000 + "都行", []),
        ("叫什么叫" * 3000 + "好", []),
        ("喂干什么" * 3000 + "好", ["喂,干什么"]),
        ("喂，" + "干什么" * 3000 + "好", ["喂,干什么"]),
        ("你的你的干什么" * 5000 + "好", []),
        ("喂喂" * 3000 + "干什么" * 3000 + "都行", []),
    ]
    for text, phrases in runs:
        calls = 0
        assert [f.phrase for f in check_reply(text).findings] == phrases
        assert calls <= 2 * len(text), (text[:12], calls)


# --- R-SVC-01: compatibility marks end a clause for the replacer too --------------------------


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("喂﹐干什么﹗我们不卖", "您好,请把您的需求告知我﹗我们不卖"),
        ("等一会儿﹗我帮您查", "请稍等﹗我帮您查"),
        ("叫什么﹐等一会儿﹗我们在忙", "请不要焦急,请稍等﹗我们在忙"),
        ("喂︐干什么︕不买别摸", "您好,请把您的需求告知我︕不买别摸"),
        ("你神经病啊﹗我们不卖", "我理解您的心情﹗我们不卖"),
        ("好的｡叫你的老头来", "好的｡叫你的老伯来"),
    ],
)
def test_R_SVC_01_a_compatibility_mark_ends_the_replaced_clause(text: str, suggested: str) -> None:
    """R-SVC-01: a small or half-width mark (﹗ ﹐ ｡ ︕) ends a clause for the suggestion as it
    does for the search, so the clerk's words after it are kept."""
    assert check_reply(text).suggested_text == suggested


@settings(max_examples=200)
@given(
    st.text(
        alphabet="您好请问老头太婆神经病喂干什么叫等一会儿，。！？ 寿星乐我们不卖", max_size=20
    ),
    st.data(),
)
def test_property_R_SVC_01_compatibility_marks_change_nothing_but_the_marks(
    text: str, data: st.DataObject
) -> None:
    """R-SVC-01 invariant: writing marks of punctuation in a compatibility form (﹗ ﹐ ｡ ︕)
    changes neither the findings nor the suggestion but for those marks, and the suggestion
    keeps every character outside the replaced clauses."""
    typed = "".join(
        data.draw(st.sampled_from([c, *_COMPAT_MARKS[c]])) if c in _COMPAT_MARKS else c
        for c in text
    )
    plain, check = check_reply(text), check_reply(typed)
    assert [(f.span, f.phrase) for f in check.findings] == [
        (f.span, f.phrase) for f in plain.findings
    ]
    assert _fold(check.suggested_text) == _fold(plain.suggested_text)
    _kept_outside_the_clauses(typed, check)
    _kept_outside_the_clauses(text, plain)


def test_R_SVC_01_the_folding_table_is_bounded() -> None:
    """R-SVC-01: the compatibility table is built once for the characters NFKC changes into
    one other character, and does not grow with the texts checked."""
    from custops.service import _compatible_table

    table = _compatible_table()
    size = len(table)
    check_reply("".join(map(chr, range(0x4E00, 0x5E00))) + "\u2f7c头")
    assert len(_compatible_table()) == size < 5000
    assert table[0x2F7C] == "老"
    assert table[0xFE57] == "!"
    assert 0x2026 not in table  # … is three dots: kept


# --- R-SVC-01: what follows a two-part phrase -----------------------------------------------


BRUSQUE_WITH_MORE = [
    ("喂，干什么呀你这是？", "喂，干什么", "您好,请把您的需求告知我？"),
    ("喂，干嘛呢这是", "喂，干嘛", "您好,请把您的需求告知我"),
    ("喂，干什么乱翻", "喂，干什么", "您好,请把您的需求告知我"),
    ("喂你干嘛呢别乱摸", "喂你干嘛", "您好,请把您的需求告知我"),
    ("喂干什么没看见我在忙吗", "喂干什么", "您好,请把您的需求告知我"),
    ("喂喂喂干什么", "喂喂喂干什么", "您好,请把您的需求告知我"),
    ("喂喂，干什么", "喂喂，干什么", "您好,请把您的需求告知我"),
    ("喂喂喂，干什么？", "喂喂喂，干什么", "您好,请把您的需求告知我？"),
    ("喂喂，你干嘛", "喂喂，你干嘛", "您好,请把您的需求告知我"),
    ("叫什么，等一会儿不行吗？", "叫什么，等一会儿", "请不要焦急,请稍等？"),
    ("叫什么，等一会儿会死啊", "叫什么，等一会儿", "请不要焦急,请稍等"),
    ("叫什么，等一会儿我在忙", "叫什么，等一会儿", "请不要焦急,请稍等"),
    ("叫什么，等一会儿再说", "叫什么，等一会儿", "请不要焦急,请稍等"),
    ("喂？干什么的？", "喂？干什么", "您好,请把您的需求告知我？"),
    ("喂干什么干什么", "喂干什么干什么", "您好,请把您的需求告知我"),
    ("喂，干什么干什么你看", "喂，干什么干什么", "您好,请把您的需求告知我"),
]


@pytest.mark.parametrize(("text", "said", "suggested"), BRUSQUE_WITH_MORE)
def test_R_SVC_01_a_two_part_phrase_stands_whatever_follows_it(
    text: str, said: str, suggested: str
) -> None:
    """R-SVC-01 (D13 第十五章 服务忌语 2, 3): a two-part phrase starts its clause (its first
    part may be said again: 喂喂喂) and stands whatever follows its last part, unpunctuated
    or not, but for the few words that make it harmless; the whole clause is replaced."""
    check = check_reply(text)
    [finding] = check.findings
    assert finding.text == said
    assert check.suggested_text == suggested


HARMLESS_AFTER = [
    ("喂，干什么都行", [], "喂，干什么都行"),
    ("喂，干嘛也行", [], "喂，干嘛也行"),
    ("喂，干什么用的？", [], "喂，干什么用的？"),
    ("喂，干什么干什么都行", [], "喂，干什么干什么都行"),
    ("叫什么，等一会儿我帮您查", ["叫什么"], "请不要焦急，等一会儿我帮您查"),
    ("叫什么，等一会儿给您看", ["叫什么"], "请不要焦急，等一会儿给您看"),
    ("叫什么，等一下就好", ["叫什么"], "请不要焦急，等一下就好"),
    ("叫什么，等会儿马上到", ["叫什么"], "请不要焦急，等会儿马上到"),
    # a harmless word after a clause break is another sentence: the curt part stands
    ("叫什么，等一会儿。我帮您查", ["叫什么,等一会儿"], "请不要焦急,请稍等。我帮您查"),
]


@pytest.mark.parametrize(("text", "phrases", "suggested"), HARMLESS_AFTER)
def test_R_SVC_01_a_harmless_word_after_the_last_part_keeps_it_innocent(
    text: str, phrases: list[str], suggested: str
) -> None:
    """R-SVC-01: 干什么 + 都/也 ("whatever"), 干什么用 ("what for"), 等一会儿 + what the clerk
    is about to do for the customer (我帮, 给, 就, 马上) are no two-part phrase; a part said
    as a clause by itself is still found, and the clerk's other words are kept."""
    check = check_reply(text)
    assert [f.phrase for f in check.findings] == phrases
    assert check.suggested_text == suggested


def test_R_SVC_01_harmless_after_is_checked() -> None:
    """R-SVC-01: ``harmless_after`` holds words, once each, and only for a whole-clause
    phrase of two or more parts (whose last part they follow)."""
    ok = ForbiddenPhrase("喂,滚", "brusque", "请", whole_clause=True, harmless_after=["蛋糕"])
    assert ok.harmless_after == ("蛋糕",)
    assert ok.spans("喂，滚出去") == ((0, 3),)
    assert ok.spans("喂，滚蛋糕") == ()
    with pytest.raises(InvalidInput, match="harmless_after"):
        ForbiddenPhrase("喂,滚", "brusque", "请", harmless_after=["蛋"])
    with pytest.raises(InvalidInput, match="harmless_after"):
        ForbiddenPhrase("滚", "brusque", "请", whole_clause=True, harmless_after=["蛋"])
    with pytest.raises(InvalidInput, match="harmless_after: is listed twice"):
        ForbiddenPhrase("喂,滚", "brusque", "请", whole_clause=True, harmless_after=["蛋", "蛋"])
    with pytest.raises(InvalidType):
        ForbiddenPhrase("喂,滚", "brusque", "请", whole_clause=True, harmless_after="蛋")


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(["喂", "你", "干什么", "干嘛", "呀", "，", "！", "这是", "老头"]),
        max_size=10,
    )
)
def test_property_R_SVC_01_adding_dou_xing_after_what_never_creates_a_finding(
    pieces: list[str],
) -> None:
    """R-SVC-01 invariant: saying 都行 ("whatever's fine") after 干什么 never adds a finding
    nor a phrase found."""
    text = "".join(pieces)
    more = "".join(p + "都行" if p in ("干什么", "干嘛") else p for p in pieces)
    plain, check = check_reply(text), check_reply(more)
    assert len(check.findings) <= len(plain.findings)
    assert {f.phrase for f in check.findings} <= {f.phrase for f in plain.findings}


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(["喂", "叫什么"]), min_size=0, max_size=3),
    st.sampled_from(["喂,干什么", "叫什么,等一会儿"]),
    st.sampled_from(["", "呀你这是", "没看见吗", "不行吗"]),
    st.sampled_from(["", "？", "！"]),
)
def test_property_R_SVC_01_a_two_part_phrase_said_with_its_first_part_again_is_one_finding(
    again: list[str], phrase: str, rest: str, mark: str
) -> None:
    """R-SVC-01 invariant: a two-part phrase at the start of its clause, its first part said
    again before it and any non-harmless words after it, is one finding of the phrase from
    the start of the text, and the clause is replaced by its suggestion."""
    first = phrase.split(",")[0]
    text = first * len(again) + phrase.replace(",", "，") + rest + mark
    check = check_reply(text)
    [finding] = check.findings
    assert finding.phrase == phrase
    assert finding.span[0] == 0
    assert check.suggested_text == finding.suggestion + mark


# --- R-SVC-01: 的 only after the phrase -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "她的叫什么呀？",
        "你们的叫什么？",
        "他的叫什么？",
        "你的叫什么？",
        "叫什么的，那个吊坠",
        "你的等一会儿",
        "叫什么的，等一会儿我帮您查",
    ],
)
def test_R_SVC_01_de_before_or_after_a_single_part_makes_a_noun_phrase(text: str) -> None:
    """R-SVC-01: 的 before a part (她的叫什么, what is hers called) or closing a part alone
    (叫什么的, what's-it-called) makes an innocent noun phrase: no gap word there."""
    assert check_reply(text).allowed


def test_R_SVC_01_de_between_the_parts_keeps_them_apart() -> None:
    """R-SVC-01: 的 is no gap word between the parts: 叫什么的，等一会儿 is what's-it-called,
    then a curt 等一会儿 said by itself."""
    check = check_reply("叫什么的，等一会儿")
    assert [(f.text, f.phrase) for f in check.findings] == [("等一会儿", "等一会儿")]
    assert check.suggested_text == "叫什么的，请稍等"


# --- a verb of wanting or coming between the parts (R-SVC-01) -----------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("喂，你想干什么啊，不买就别试戴", "喂，你想干什么啊"),
        ("喂，你们来干什么", "喂，你们来干什么"),
        ("喂，你到底想干嘛", "喂，你到底想干嘛"),
        ("叫什么，你想等一会儿", "叫什么，你想等一会儿"),
    ],
)
def test_R_SVC_01_want_or_come_between_the_parts_is_still_the_phrase(text: str, found: str) -> None:
    """R-SVC-01 (D13 第十五章 2 喂,干什么): 想 and 来 between the parts, within the bound of
    four gap characters, do not make the phrase polite."""
    check = check_reply(text)
    assert not check.allowed
    assert check.rule == "R-SVC-01"
    assert [f.text for f in check.findings] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "有什么可以帮您？",
        "您想看点什么",
        "喂，您想看点什么",
        "喂，你想干什么都行",
        "想等一会儿吗？",
        "这是干什么用的？",
        "喂，你想想办法再干什么",
    ],
)
def test_R_SVC_01_near_misses_of_a_gap_stay_allowed(text: str) -> None:
    """R-SVC-01: no 干什么 (有什么可以帮您？, 您想看点什么), a harmless word after it
    (都), 想 before a part said alone (想等一会儿吗？ asks) and a gap of other words or
    longer than four characters are no finding."""
    assert check_reply(text).allowed


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["你", "想", "来", "到底", "呀"]), min_size=0, max_size=6))
def test_property_R_SVC_01_a_gap_of_gap_words_is_bounded(gap: list[str]) -> None:
    """R-SVC-01: 喂，<gap>干什么 is the phrase exactly when its gap words take at most four
    characters."""
    words = "".join(gap)
    assert check_reply(f"喂，{words}干什么").allowed is (len(words) > 4)
