"""The classifier's faster paths (issue 13, speed): the same matches as the plain code.

* a long text's pattern with a rare character in every match is searched only around
  those characters (``_scan.windowed``, with ``_scan.width``), the same spans as
  ``finditer``;
* a pattern with required pairs is searched only where one of them occurs
  (``_scan.pairs``): every match holds one;
* the terms are found by looking up each pair of characters (``Index.scan``), the same
  matches as trying every term at every position;
* boundary words are found once per text and looked up by bisection
  (``_rules._Occurrences``), the same answer as ``_Words.straddled``;
* a negation window is read only when a cue stands near (``Rule._negation``);
* clause and sentence breaks are found with one split (``_scan._positions``);
* the learned layer looks each n-gram of a text up once (``_ngram.predict``), the same
  scores as adding the rows of its distinct known n-grams; it rounds its probabilities as
  ``round(p, 3)`` does (``_ngram._round3``), and sorts the n-grams it cites as evidence in
  C, in the order of the plain sort;
* the rules' features for the model are read once per distinct vote
  (``classifier.rule_features``); learned evidence is merged into the counted evidence
  by bisection (``classifier._with_learned``), the order a stable sort gives; a reason
  reads the customer's words only until it has enough to quote (``custops._text.quoted_words``,
  tested in tests/test_text.py);
* a rule with nothing to negate keeps its matches in one loop, or in C when none
  overlaps the one before (``Index.scan``), the matches the plain loop keeps;
* a short text's rule words are found once for the learned layer's evidence
  (``classifier._word_spans``), the spans the pairs near each edge give
  (``classifier._widen_by_pairs``); a run of letters or digits is found in C
  (``classifier._run_start``); scores are put in enum order without a sort;
* classify_many makes only its columns (``classifier._classify`` with a row), what
  :func:`classify` gives; a match's negation windows are searched for all its cues at
  once (``_rules._any_cue``); a short text checks a gated pattern only for the sets of
  characters its gate did not vouch for (``Index.short_split``), the long path's
  matches; words are quoted with the language looked up once (``_text.quoted_list``),
  a short list's first distinct words read at once, a plural form chosen once per
  message and count (``i18n.ngettext``).

No timing here: ``benchmarks/bench_classifier.py`` shows the speed.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import i18n
from custops._text import first_distinct, quote_word, quoted_list, quoted_words, word_list
from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    Classification,
    ClassifierPolicy,
    Evidence,
    Rule,
    _ngram,
    _rules,
    _scan,
    classify,
    classify_many,
    find_matches,
    normalise,
)
from custops.complaints._rules import CLAUSE_BREAKS, _needs, _Occurrences, _Words
from custops.complaints.classifier import (
    _COLUMNS,
    _DIGITS,
    _NUMBERS,
    _VOTE,
    _find,
    _first_of_each_vote,
    _in_enum_order,
    _run_start,
    _whole_words,
    _widen_by_pairs,
    _widen_to_words,
    _with_learned,
    rule_features,
)
from custops.complaints.model import Category, Kind
from custops.errors import InvalidType
from custops.i18n import current_language, language, ngettext

DATA = Path(__file__).parent / "data" / "complaints_labelled.jsonl"
PATTERNS = sorted({p for rule in DEFAULT_CLASSIFIER_POLICY.rules for p in rule.patterns})
BOUNDED = [p for p in PATTERNS if _scan.width(p) is not None]


def _texts() -> list[str]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


LETTER = "".join(_texts())


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if m.start() < m.end()]


def _windowed(pattern: str, text: str, chars: frozenset[str]) -> list[tuple[int, int]]:
    size = _scan.width(pattern)
    assert size is not None
    candidates = [i for i, ch in enumerate(text) if ch in chars]
    return _scan.windowed(re.compile(pattern), text, candidates, size)


# ---- width ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "size"),
    [
        ("退货", (2, 0)),
        (r"(很|比较)?一般(般)?", (5, 0)),
        (r"\S{0,2}款", (3, 0)),
        (r"x{3}y{,2}", (5, 0)),
        (r"(?<!不)满意(?!吗)", (2, 1)),
        (r"满意(?=$|[。,])", (2, 2)),
        (r"\b好\B", (1, 1)),
        (r"^请问", (2, 0)),
        (r"[^,。]{0,6}不", (7, 0)),
        (r"(?:退|换)\?", (2, 0)),
    ],
)
def test_width_examples(pattern: str, size: tuple[int, int]) -> None:
    """The widest match and the reach past it, of plain patterns."""
    assert _scan.width(pattern) == size


@pytest.mark.parametrize(
    "pattern", [r"\d+天", r"好*", r"!{2,}", r"(?i)ab", r"(?P<x>a)", r"(a)\1", r"\u6b21"]
)
def test_width_gives_up_when_unbounded_or_not_plain(pattern: str) -> None:
    assert _scan.width(pattern) is None


@pytest.mark.parametrize("pattern", BOUNDED)
def test_width_is_at_least_the_engines(pattern: str) -> None:
    """Every match of a built-in pattern on real texts is at most ``width`` long, and
    ``width`` is at least what the regular-expression parser computes."""
    widest, _reach = _scan.width(pattern) or (0, 0)
    assert all(end - start <= widest for start, end in _spans(re.compile(pattern), LETTER))
    parser = pytest.importorskip("re._parser")
    assert widest >= parser.parse(pattern).getwidth()[1]


# ---- windowed search -----------------------------------------------------------------


@pytest.mark.parametrize("pattern", BOUNDED)
def test_windowed_finds_what_finditer_finds(pattern: str) -> None:
    """R-CMP-02: around each set of characters every match holds, the same matches."""
    text = LETTER + "。" + re.sub(r"[\W_]+", "", LETTER)
    for chars in _needs(pattern):
        assert _windowed(pattern, text, chars) == _spans(re.compile(pattern), text)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([p for p in BOUNDED if _needs(p)]), st.data())
def test_windowed_agrees_on_any_text(pattern: str, data: st.DataObject) -> None:
    """On any text made of the pattern's own characters, searching around the
    characters of any of its needs finds exactly the matches of ``finditer``."""
    alphabet = sorted(set(pattern) - set("\\()[]?*+{}|^$") | set("。,?不没多"))
    text = data.draw(st.text(alphabet=alphabet, max_size=80))
    chars = data.draw(st.sampled_from(_needs(pattern)))
    assert _windowed(pattern, text, chars) == _spans(re.compile(pattern), text)


def test_windowed_clusters_near_candidates_into_one_search() -> None:
    rx = re.compile(r"(?<!不)满意(?=[。,]|$)")
    text = "满意。" * 50 + "不满意," + "x" * 500 + "满意"
    chars = frozenset("意")
    assert _windowed(rx.pattern, text, chars) == _spans(rx, text)
    assert len(_spans(rx, text)) == 51


def test_every_long_pattern_windowed_gives_the_same_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R-CMP-01, R-CMP-03: with every bounded pattern searched in windows, a long text's
    classification and matches are those of whole-text searches."""
    text = "\n".join(_texts()[:80]) + re.sub(r"[\W_]+", "", LETTER[:3000])
    before = repr(classify(text)), repr(find_matches(text))
    monkeypatch.setattr(_rules, "_RARE", 1)
    monkeypatch.setattr(_rules, "_SAMPLE", 1)
    assert (repr(classify(text)), repr(find_matches(text))) == before
    monkeypatch.setattr(_rules, "_RARE", 10**9)
    assert (repr(classify(text)), repr(find_matches(text))) == before


# ---- required pairs gate the patterns -------------------------------------------------

PAIRED = [(p, found) for p in PATTERNS if (found := _scan.pairs(p)) is not None]
_SYNTAX = frozenset("\\()[]?*+{}|^$")


def _pieces(pattern: str) -> list[str]:
    """What a text that may match ``pattern`` is built of: the pattern's literal runs, its
    characters one by one, and breaks and negations the patterns look around for."""
    plain = re.sub(r"\\.", " ", pattern)  # an escape is no literal character
    runs = [run for run in re.split(r"[\\()\[\]?*+{}|^$\s]+", plain) if run]
    return sorted(set(runs) | set(plain) - _SYNTAX - {" "} | set("。,?!不没很0123"))


def _unpaired(pattern: str, found: frozenset[str], text: str) -> list[str]:
    """The matches of ``pattern`` in ``text`` that hold none of its pairs ``found``."""
    return [
        m.group()
        for m in re.finditer(pattern, text)
        if not any(pair in m.group() for pair in found)
    ]


def test_most_patterns_have_required_pairs() -> None:
    """The gate is worth having: most built-in patterns are searched only where one of
    their pairs occurs (``_scan.pairs``; the others keep their character gates)."""
    assert len(PAIRED) * 2 > len(PATTERNS)


def test_every_match_in_the_labelled_texts_holds_a_required_pair() -> None:
    """R-CMP-02: on the labelled texts (normalised, as the rules see them), every match of
    every built-in pattern with pairs holds one of them, so gating it loses no match."""
    text = normalise("\n".join(_texts()))[0]
    assert {p: _unpaired(p, found, text) for p, found in PAIRED if _unpaired(p, found, text)} == {}


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PAIRED), st.data())
def test_every_match_holds_a_required_pair(
    paired: tuple[str, frozenset[str]], data: st.DataObject
) -> None:
    """R-CMP-02: on any text built from a built-in pattern's own pieces, every match of
    the pattern holds one of its required pairs (``_scan.pairs``), so a pattern searched
    only where one of its pairs occurs finds every match ``finditer`` finds."""
    pattern, found = paired
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(pattern)), max_size=12)))
    assert _unpaired(pattern, found, text) == []


# ---- terms by pairs of characters ----------------------------------------------------


def _reference_matches(rule: Rule, text: str) -> list[tuple[int, int, str]]:
    """Every occurrence of every term, leftmost then longest, then the first term in
    sorted order, without overlaps: what ``Rule.matches`` promises for terms."""
    found = []
    for order, (term, source) in enumerate(sorted({(t, t) for t in rule.terms})):
        at = text.find(term)
        while at >= 0:
            found.append((at, -at - len(term), order, source))
            at = text.find(term, at + 1)
    out, end_of_last = [], -1
    for start, minus_end, _order, source in sorted(found):
        if start >= end_of_last:
            out.append((start, -minus_end, source))
            end_of_last = -minus_end
    return out


TERMS = ("退货", "退货款", "货款", "退", "款", "不退", "退退退")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="退货款不,。", max_size=40))
def test_terms_by_pairs_are_every_occurrence(text: str) -> None:
    """R-CMP-02: terms of one, two and more characters, overlapping and nested, are
    found wherever they occur (terms are plain lower-case text, their own matching form)."""
    rule = Rule("t.terms", kind="投诉", terms=TERMS)
    expected = [(s, e, source, "") for s, e, source in _reference_matches(rule, text)]
    assert list(rule.matches(text)) == expected


def test_terms_at_the_last_character() -> None:
    rule = Rule("t.terms", kind="投诉", terms=TERMS)
    assert rule.matches("好退") == ((1, 2, "退", ""),)
    assert rule.matches("好退货") == ((1, 3, "退货", ""),)
    assert rule.matches("") == ()


# ---- boundary words by bisection -----------------------------------------------------

WORDS = ("公交车", "度假", "交车", "车上", "假酒店", "公", "酒店")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="公交车度假酒店上", max_size=30), st.data())
def test_occurrences_cut_what_words_cut(text: str, data: st.DataObject) -> None:
    """A span cuts the same first boundary word by bisection as by the walk over
    the text (``公交车`` holds no ``交车``)."""
    words = _Words(WORDS)
    found = sorted(
        (low, word)
        for word in words.sorted
        for low in range(len(text))
        if text.startswith(word, low)
    )
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _Occurrences(found, words.longest).straddled(start, end) == words.straddled(
        text, start, end
    )


def test_boundary_words_found_with_the_terms() -> None:
    """R-CMP-02: 公交车 holds no 交车; a one-character boundary word lies inside any match
    it touches, so it cuts none."""
    policy = DEFAULT_CLASSIFIER_POLICY.extended(Rule("t.car", kind="投诉", terms=("交车",)))
    counted, suppressed = find_matches("公交车上人太多", policy=policy)
    assert ("t.car", "公交车") in [(e.rule_id, e.negated_by) for e in suppressed]
    assert "t.car" not in [e.rule_id for e in counted]
    single = attrs.evolve(policy, words=("车",))
    counted, suppressed = find_matches("公交车上人太多", policy=single)
    assert "t.car" in [e.rule_id for e in counted]


# ---- negation windows ----------------------------------------------------------------


def _reference_negation(rule: Rule, text: str, start: int, end: int) -> str:
    """The negation cue of a match, read character by character (the plain walk)."""
    low = start
    while low > 0 and start - low < rule.window_chars and text[low - 1] not in CLAUSE_BREAKS:
        low -= 1
    before = rule._blank_exceptions(text, low, start)
    for cue in rule._cues_before:
        if cue in before:
            return cue
    high = end
    while high < len(text) and high - end < rule.window_chars and text[high] not in CLAUSE_BREAKS:
        high += 1
    after = rule._blank_exceptions(text, end, high)
    for cue in rule._cues_after:
        if cue in after:
            return cue
    return ""


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="不是没有好,。问题", max_size=24), st.integers(0, 5), st.data())
def test_negation_read_only_near_a_cue_is_the_walk(
    text: str, window: int, data: st.DataObject
) -> None:
    """R-CMP-02: looking at the window only when a cue stands within ``window_chars``
    finds the same cue as the character-by-character walk."""
    rule = Rule(
        "t.neg",
        kind="投诉",
        terms=("问题",),
        negations=("不", "没有"),
        negations_after=("没", "不是"),
        not_negations=("是不是",),
        window_chars=window,
    )
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert rule._negation(text, start, end) == _reference_negation(rule, text, start, end)


# ---- breaks by one split -------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="好的,。?吗", max_size=40))
def test_positions_are_every_break(text: str) -> None:
    chars = frozenset(",。?")
    expected = [i for i, ch in enumerate(text) if ch in chars]
    assert _scan._positions(text, chars) == expected
    assert _scan._positions(text, frozenset()) == []


def test_long_texts_keep_their_answers() -> None:
    """R-CMP-01, R-CMP-03: a long letter's evidence cites the original text, span by
    span, in text order."""
    text = "\n".join(_texts())
    result = classify(text)
    assert len(text) > _scan.LONG
    assert all(text[slice(*e.span)] == e.text for e in result.evidence + result.suppressed)
    starts = [e.span[0] for e in result.evidence]
    assert starts == sorted(starts)


def test_an_overriding_match_counts_before_a_cut_word() -> None:
    """R-CMP-02: for a rule another rule overrides, the covering match is named first
    and a cut boundary word second, as before the words were looked up early."""
    policy = ClassifierPolicy(
        rules=(
            Rule("t.points", kind="咨询", terms=("积分会过期",), overrides=("t.expire",)),
            Rule("t.expire", category="产品质量", kind="投诉", terms=("过期",)),
            Rule("t.other", category="产品质量", kind="投诉", terms=("会过",)),
        ),
        words=("会过",),
        contrasts=(),
    )
    _counted, suppressed = find_matches("积分会过期，酒会过期", policy=policy)
    assert [(e.rule_id, e.negated_by) for e in suppressed] == [
        ("t.expire", "积分会过期"),
        ("t.expire", "会过"),
    ]


# --- the learned layer and the answer's assembly (speed3) ---------------------------


def _reference_prediction(normalised: str, extra: frozenset[str]) -> tuple[list[int], set[str]]:
    """The model's class scores the plain way: each known n-gram's row of weights added."""
    model = _ngram._load()
    found = (_ngram.features(normalised) | extra) & model.grams.keys()
    if model.tails:
        found |= _ngram.tail_features(normalised) & model.grams.keys()
    scores = list(model.bias)
    for gram in found:
        scores = [s + w for s, w in zip(scores, model.grams[gram], strict=True)]
    return scores, found


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="送餐很快太慢了态度好差,。!?退货12345678", max_size=60),
    st.frozensets(st.sampled_from(["@complaint", "@praise", "@pr.general:praise", "@x"])),
)
def test_prediction_is_the_plain_sum_of_known_ngrams(text: str, extra: frozenset[str]) -> None:
    normalised = normalise(text)[0]
    scores, found = _reference_prediction(normalised, extra)
    model = _ngram._load()
    n = len(model.kinds)
    prediction = _ngram.predict(normalised, extra)
    assert set(prediction.found) == found
    assert prediction.kinds == tuple(
        zip(model.kind_classes, _ngram._softmax(scores[:n], model.scale), strict=True)
    )
    assert prediction.categories == tuple(
        zip(model.category_classes, _ngram._softmax(scores[n:], model.scale), strict=True)
    )


def _near_tie(k: int, ulps: int) -> float:
    """A float a few units in the last place from the half-thousandth ``(k + 0.5) / 1000``."""
    x = (k + 0.5) / 1000
    for _ in range(abs(ulps)):
        x = math.nextafter(x, 2.0 if ulps > 0 else -1.0)
    return x


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(st.floats(0.0, 1.0), st.builds(_near_tie, st.integers(0, 999), st.integers(-4, 4)))
)
def test_probabilities_are_rounded_as_round_rounds(x: float) -> None:
    assert _ngram._round3(x) == round(x, 3)


@pytest.mark.parametrize("text", _texts()[:120])
def test_learned_evidence_is_the_plain_sort(text: str) -> None:
    """The n-grams pushing most towards each class: heaviest first, ties by the n-gram."""
    normalised = normalise(text)[0]
    prediction = _ngram.predict(normalised)
    model = _ngram._load()
    for label in model.classes:
        index = model.classes.index(label)
        weights = {g: model.grams[g][index] for g in prediction.found & model.telling}
        plain = sorted((-w, g) for g, w in weights.items() if w > 0)
        for top in (1, 3, 5):
            words: dict[str, int] = {}  # a tagged n-gram (after a contrast) is the same words
            for w, g in plain:
                words.setdefault(g.removeprefix(_ngram.TAIL), w)
                if len(words) == top:
                    break
            expected = tuple((g, max(1, round(-10 * w / model.scale))) for g, w in words.items())
            assert prediction.evidence(label, top) == expected


def _reference_rule_features(evidence: tuple[Evidence, ...]) -> frozenset[str]:
    out = set()
    for e in evidence:
        if e.rule_id == "learned":
            continue
        vote = e.kind.value if e.kind is not None else "-"
        mark = ("!" if e.flipped_by else "") + (">" if e.stressed else "")
        out.add(f"@{e.rule_id}:{vote}{mark}")
        if e.kind is not None:
            out.add(f"@{vote}{mark}")
    return frozenset(out)


@pytest.mark.parametrize("text", [*_texts()[:80], LETTER[:20_000]])
def test_rule_features_read_each_vote_once(text: str) -> None:
    counted, suppressed = find_matches(text)
    evidence = counted + suppressed + classify(text).evidence
    assert rule_features(evidence) == _reference_rule_features(evidence)


def _piece(rule_id: str, start: int) -> Evidence:
    return Evidence(rule_id, (start, start + 1), "x", "x", 1)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 12), st.sampled_from(DEFAULT_CLASSIFIER_POLICY.rules[:6])),
        max_size=12,
    ),
    st.lists(st.integers(0, 14), max_size=6),
)
def test_learned_evidence_merged_as_a_stable_sort(
    rules: list[tuple[int, Rule]], learned_starts: list[int]
) -> None:
    order = DEFAULT_CLASSIFIER_POLICY._order
    counted = tuple(sorted((_piece(r.id, s) for s, r in rules), key=lambda e: e.span[0]))
    counted = tuple(sorted(counted, key=lambda e: (e.span[0], order[e.rule_id])))
    learned = [_piece("learned", s) for s in learned_starts]
    expected = sorted(counted + tuple(learned), key=lambda e: (e.span[0], order[e.rule_id]))
    merged = _with_learned(counted, learned, order)
    assert list(map(id, merged)) == list(map(id, expected))


# --- many matches, evidence widened to words (speed4) -------------------------------


_THANKS = ("谢谢", "哈哈", "在吗", "谢谢谢", "吗在")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="谢哈在吗,", max_size=80))
def test_a_rule_with_nothing_to_negate_keeps_the_plain_matches(text: str) -> None:
    """A rule without negation cues keeps its matches in one loop, or (none overlapping
    the one before) in C: the matches the plain loop keeps, reading a cue that never
    occurs for each match."""
    bare = Rule("t.thanks", kind="表扬", terms=_THANKS)
    cued = Rule("t.thanks", kind="表扬", terms=_THANKS, negations=("zz",))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_rules, "_FEW_CUED", 10**12)  # the cue is looked for at each match
        plain = _rules.Index((cued,)).scan(text)
    assert _rules.Index((bare,)).scan(text) == plain


def test_many_matches_none_overlapping_are_kept_in_text_order() -> None:
    rule = Rule("t.thanks", kind="表扬", terms=("谢谢",))
    assert rule.matches("谢谢" * 20) == tuple((i, i + 2, "谢谢", "") for i in range(0, 40, 2))
    assert rule.matches("谢" * 41) == tuple((i, i + 2, "谢谢", "") for i in range(0, 40, 2))


_WIDEN = "等了两个小时物流太慢的手机解决服务员态度好差ab12"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_WIDEN, min_size=1, max_size=40), st.data())
def test_words_found_once_widen_as_the_pairs_do(text: str, data: st.DataObject) -> None:
    """A short text's rule words are found once (``classifier._word_spans``), and an
    n-gram's span widened by them is the span the pairs near its edges give."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert _widen_to_words(text, start, end, DEFAULT_CLASSIFIER_POLICY) == _widen_by_pairs(
        text, start, end, DEFAULT_CLASSIFIER_POLICY
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab19好,", min_size=1, max_size=40), st.data())
def test_a_run_of_letters_and_digits_starts_where_the_walk_stops(
    text: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(text) - 1))
    walked = at
    while walked > 0 and re.fullmatch("[0-9a-z]", text[walked - 1]):
        walked -= 1
    if re.fullmatch("[0-9a-z]", text[at]):
        assert _run_start(text, at) == walked


def test_a_long_latin_run_is_cited_whole() -> None:
    """R-CMP-01: an n-gram inside ``okok…`` cites the whole run (in C, however long)."""
    text = "好" + "ok" * 3000 + "好"
    assert _whole_words(text, 3, 5, DEFAULT_CLASSIFIER_POLICY) == (1, 6001)
    assert _run_start(text, 4000) == 1


@pytest.mark.parametrize(
    "scores",
    [
        {},
        {Kind.PRAISE: 3, Kind.COMPLAINT: 4, Kind.CONSULTATION: 1},
        {Category.OTHER: 1, Category.PRODUCT_QUALITY: 2, Category.SERVICE_QUALITY: 5},
    ],
)
def test_scores_in_enum_order_are_the_sort(scores: dict[Any, int]) -> None:
    assert _in_enum_order(scores) == tuple(
        sorted(scores.items(), key=lambda item: item[0].position)
    )


def _votes_of(evidence: list[Evidence]) -> tuple[dict[Any, Evidence], dict[str, Evidence]]:
    """The loop of ``classify``: per rule and kind, and per rule, its first heaviest match."""
    kind_votes: dict[Any, Evidence] = {}
    category_votes: dict[str, Evidence] = {}
    for e in evidence:
        if e.kind is not None:
            key = (e.rule_id, e.kind)
            if key not in kind_votes or e.weight > kind_votes[key].weight:
                kind_votes[key] = e
        if e.category is not None and (
            e.rule_id not in category_votes or e.weight > category_votes[e.rule_id].weight
        ):
            category_votes[e.rule_id] = e
    return kind_votes, category_votes


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.sampled_from([None, Kind.COMPLAINT, Kind.PRAISE]),
            st.sampled_from([None, Category.OTHER]),
            st.integers(1, 3),
            st.sampled_from(["", "不"]),
        ),
        max_size=150,
    )
)
def test_votes_read_once_per_distinct_vote_are_the_votes(
    pieces: list[tuple[str, Kind | None, Category | None, int, str]],
) -> None:
    """``classifier._first_of_each_vote`` drops only pieces that change no vote: the
    votes, and which piece casts each, are those of every piece."""
    evidence = [
        Evidence(rule, (i, i + 1), "x", "x", weight, kind, category, None, "", flipped)
        for i, (rule, kind, category, weight, flipped) in enumerate(pieces)
    ]
    kinds, categories = _votes_of(_first_of_each_vote(evidence))
    plain_kinds, plain_categories = _votes_of(evidence)
    assert list(kinds.items()) == list(plain_kinds.items())
    assert all(kinds[k] is plain_kinds[k] for k in kinds)
    assert list(categories.items()) == list(plain_categories.items())
    assert all(categories[k] is plain_categories[k] for k in categories)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(["谢谢", "哈哈", " ", "", "在吗", "太慢"]), max_size=300),
    st.sampled_from([None, -1, 0, 1, 2, 4, 7]),
)
def test_quoted_words_read_a_piece_at_a_time_are_the_first_distinct(
    words: list[str], limit: int | None
) -> None:
    """A reason's words are read a growing piece at a time (``_text.quoted_words``): the
    first ``limit`` distinct non-blank words, in the order first met."""
    expected = list(dict.fromkeys(w for w in words if w.strip()))[:limit]
    assert quoted_words(iter(words), limit=limit) == quoted_words(expected, limit=None)


def test_quoted_words_of_one_word_repeated_then_another() -> None:
    words = ["谢谢"] * 100_000 + ["太慢", "谢谢", "凉了"]
    assert quoted_words(words) == quoted_words(["谢谢", "太慢", "凉了"])


# ---- the pairs of a short text, the contrast, the numbers, the votes -----------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="谢谢在吗好的,。ab1", max_size=40))
def test_pairs_of_a_text_are_its_two_character_strings(text: str) -> None:
    """A short text's pairs are made once (``_scan.pairs_of``) for the terms, the rule
    words and the n-grams: each ``text[i:i + 2]``, the same list when asked again."""
    expected = [text[i : i + 2] for i in range(len(text) - 1)]
    first = _scan.pairs_of(text)
    assert first == expected
    assert _scan.pairs_of(text) is first
    assert _scan.pairs_of(text + "x") == [*expected, *([text[-1] + "x"] if text else [])]


def test_pairs_of_a_long_text_are_not_kept() -> None:
    text = "谢谢" * _scan.LONG
    assert _scan.pairs_of(text) == [text[i : i + 2] for i in range(len(text) - 1)]
    assert _scan.pairs_of(text) is not _scan.pairs_of(text)


_CONTRAST_TEXTS = st.text(alphabet="但是不过就只可惜唯一的缺点再最好,。butheowr ", max_size=40)


def _same_first_contrast(texts: list[str]) -> None:
    plain = _rules.compile_any("contrasts", DEFAULT_CLASSIFIER_POLICY.contrasts)
    quick = DEFAULT_CLASSIFIER_POLICY._contrast
    assert plain is not None
    assert quick is not None
    assert quick.pattern != plain.pattern
    for text in texts:
        normalised = normalise(text)[0]
        m, n = plain.search(normalised), quick.search(normalised)
        assert (m and m.span()) == (n and n.span())


@settings(max_examples=300, deadline=None)
@given(_CONTRAST_TEXTS)
def test_a_contrast_tried_at_its_first_characters_is_the_first_contrast(text: str) -> None:
    """The contrasts are tried only at a character one can start with
    (``ClassifierPolicy._contrast``): the same first match as the plain pattern."""
    _same_first_contrast([text])


def test_the_first_contrast_of_the_labelled_texts() -> None:
    _same_first_contrast([*_texts(), LETTER])


def test_a_contrast_not_plain_to_see_is_searched_as_it_is() -> None:
    policy = ClassifierPolicy(contrasts=("但是", r"\w+然"))
    assert policy._contrast is not None
    assert policy._contrast.pattern == "(?P<a0>但是)|(?P<a1>\\w+然)"
    assert ClassifierPolicy(contrasts=())._contrast is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789٣-。 a好", max_size=30))
def test_seven_digits_are_where_a_number_is(text: str) -> None:
    """``_is_short`` looks for seven digits in a row before it takes numbers out: where
    the number pattern matches, and only there."""
    assert bool(_DIGITS(text)) == bool(_NUMBERS.search(text))


def test_the_pieces_that_vote_are_one_per_vote() -> None:
    """``_find`` gives, beside every counted piece, the pieces that vote (of a rule whose
    every match counts as it is, the first): the same votes, each cast by the same
    first piece, in the same order, as every piece gives."""
    texts = [
        *_texts(),
        LETTER,
        "谢谢" * 3000,
        "在吗," * 2000 + "质量太差了",
        "不好吃" * 50 + "但是" + "很好" * 100,
    ]
    rules = DEFAULT_CLASSIFIER_POLICY
    for text in texts:
        normalised, where = _rules.normalise_fast(text)
        counted, _suppressed, _asked, voting = _find(
            text, normalised, where, rules.rules, rules.words, rules._contrast
        )
        keys = list(dict.fromkeys(map(_VOTE, counted)))
        assert list(dict.fromkeys(map(_VOTE, voting))) == keys
        first: dict[tuple[Any, ...], Evidence] = {}
        for e in counted:
            first.setdefault(_VOTE(e), e)
        first_voting: dict[tuple[Any, ...], Evidence] = {}
        for e in voting:
            first_voting.setdefault(_VOTE(e), e)
        assert all(first_voting[key] is e for key, e in first.items())
        assert {id(e) for e in voting} <= {id(e) for e in counted}


# ---- classify_many's columns, the cues at once, a short text's gates, the wording ------


_EDGE_TEXTS = ["", " ", "。", "123456", "ｘｙｚ", "hello", "请问几点开门？", "好的"]


def _row(r: Classification) -> tuple[object, ...]:
    """The columns of :func:`classify_many` of ``r``, read from the public API."""
    topic = None if r.topic is None else r.topic.value
    return (
        r.kind.value,
        r.category.value,
        topic,
        r.department.value,
        r.confidence,
        r.rule,
        r.matched,
        r.quiet,
        tuple(sorted(signal.value for signal in r.signals)),
        r.reason,
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
@pytest.mark.parametrize("learned", [True, False])
def test_classify_many_columns_are_classifys(lang: str, learned: bool) -> None:
    """R-CMP-01: classify_many makes only its columns (``classifier._classify`` with a
    row), the columns :func:`classify`'s full answer gives, in either language."""
    policy = (
        DEFAULT_CLASSIFIER_POLICY if learned else attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0)
    )
    texts = [*_texts(), *_EDGE_TEXTS, "\n".join(_texts()[:80])]
    with language(lang):
        columns = classify_many(texts, policy=policy)
        rows = [_row(classify(text, policy=policy)) for text in texts]
    assert columns == {name: [row[i] for row in rows] for i, name in enumerate(_COLUMNS)}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="不是没有好.?", min_size=1, max_size=3), max_size=4),
    st.text(alphabet="不是没有好.?,", max_size=16),
    st.integers(0, 18),
    st.integers(0, 18),
)
def test_any_cue_searched_at_once_is_any_cue_in_the_window(
    cues: list[str], text: str, low: int, high: int
) -> None:
    """R-CMP-02: a match's windows are searched for all its rule's cues at once
    (``_rules._any_cue``, before ``Rule._negation``): found exactly when one is there."""
    search = _rules._any_cue(tuple(cues))
    if not cues:
        assert search is None
        return
    assert search is not None
    assert (search(text, low, high) is not None) == any(c in text[low:high] for c in cues)


def test_a_short_texts_scan_is_the_long_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """A short text tries a gated pattern only for the sets of characters its gate did not
    vouch for (``Index.short_split``): the matches the long-text path finds."""
    index = _rules.Index.of(DEFAULT_CLASSIFIER_POLICY.rules, DEFAULT_CLASSIFIER_POLICY.words)
    texts = [normalise(t)[0] for t in [*_texts(), *_EDGE_TEXTS]]

    def matches() -> list[dict[int, tuple[Any, ...]]]:  # (the long path lists rules with none)
        return [{r: found for r, found in index.scan(t).items() if found} for t in texts]

    short = matches()
    monkeypatch.setattr(_scan, "LONG", -1)
    assert matches() == short


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
def test_a_quoted_list_is_the_quoted_words_listed(lang: str) -> None:
    words = ["太慢", '说"好"', "「凉了」", "ok"]
    with language(lang):
        assert quoted_list(words) == word_list(map(quote_word, words))
        assert quoted_list([]) == ""


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["谢谢", "哈哈", " ", "", "在吗", "太慢"]), max_size=12),
    st.integers(-2, 6),
)
def test_first_distinct_of_a_short_list_is_the_pieces(words: list[str], limit: int) -> None:
    """A short list's first distinct words are read at once: what reading an iterator of
    it a piece at a time gives."""
    assert first_distinct(words, limit) == first_distinct(iter(words), limit)


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
def test_a_plural_form_chosen_once_is_gettexts(lang: str) -> None:
    """``i18n.ngettext`` keeps the form chosen for a message and a count: the form
    gettext chooses, asked again or not."""
    singular, plural = "{count} complaint", "{count} complaints"
    with language(lang):
        ngettext(singular, plural, 1, count=1)
        translations = i18n._translations[current_language()]
        for _round in range(2):
            for n in range(-20, 80):
                expected = translations.ngettext(singular, plural, n).format(count=n)
                assert ngettext(singular, plural, n, count=n) == expected
    with pytest.raises(InvalidType):
        ngettext(singular, plural, True)
