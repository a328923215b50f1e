"""A rule silenced by a cue anywhere in the text (``Rule.silencers``, issue 13).

A weak vote for a neutral description (a car's specifications, a place told as a guidebook
tells it) must stay silent when a verdict or a fault stands anywhere in the text, and a wish
to mend a problem when the writer's own proposal does (R-CMP-01).  Negation cues are bound
to a clause; ``silencers`` is not: found anywhere, it suppresses every match of the rule,
whose evidence stays the term itself, and the cue is named as the match's ``negated_by``
(R-CMP-02: every piece of evidence says why it counted or not).
"""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY
from custops.complaints import (
    DEFAULT_CLASSIFIER_POLICY,
    ClassifierPolicy,
    Evidence,
    Kind,
    Rule,
    classify,
    find_matches,
)
from custops.complaints._rules import Index
from custops.errors import InvalidInput

#: a weak description rule of the caller's own, silenced by a verdict
TOLD = Rule(
    "acme.told",
    kind="no_action",
    weight=9,
    terms=("油耗",),
    silencers=("费油", r"太(差|贵)"),
)
MINE = RULES_ONLY.extended(TOLD)


def _of(
    text: str, rule_id: str, policy: ClassifierPolicy = MINE
) -> tuple[list[Evidence], list[Evidence]]:
    """The counted and suppressed evidence of ``rule_id`` in ``text``."""
    counted, suppressed = find_matches(text, policy=policy)
    return (
        [e for e in counted if e.rule_id == rule_id],
        [e for e in suppressed if e.rule_id == rule_id],
    )


# ---- the evidence is the term itself -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule_id", "words"),
    [
        ("这台车是2019年款的，百公里油耗7个，动力够用", "kind.car-talk", ["百公里", "油耗"]),
        ("古镇位于运河边，始建于宋代", "kind.place-told", ["位于", "始建于"]),
        ("希望能改善航班延误的问题", "kind.fix-the-problem", ["希望能改善航班延误的问题"]),
    ],
)
def test_the_evidence_is_the_term_not_the_text_before_it_R_CMP_02(
    text: str, rule_id: str, words: list[str]
) -> None:
    """R-CMP-02: the evidence an explanation quotes is the term that matched (百公里), not
    the text from its start to the term."""
    counted, suppressed = _of(text, rule_id, RULES_ONLY)
    assert [e.text for e in counted] == words
    assert not suppressed
    assert all(e.span[1] - e.span[0] == len(e.text) for e in counted)


def test_the_evidence_of_a_long_review_is_short_R_CMP_02() -> None:
    """R-CMP-02: in a long review the term alone is quoted, however far into it."""
    text = "我们一家人周末开车出去玩，" * 30 + "百公里油耗7个"
    counted, _ = _of(text, "kind.car-talk", RULES_ONLY)
    assert [e.text for e in counted] == ["百公里", "油耗"]


# ---- silenced wherever the cue stands ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "太费油了，油耗12个",  # before, in the same sentence
        "油耗12个，太费油了",  # after
        "油耗12个。" + "路上风景不错，" * 60 + "就是有点费油",  # far away
        "油耗12个。说实话，服务太差",  # in another sentence
        "费油！油耗12个，油耗真高",  # before two matches
    ],
)
def test_a_cue_anywhere_silences_every_match_R_CMP_01(text: str) -> None:
    """R-CMP-01: a cue found anywhere in the text suppresses every match of the rule; each
    names the cue (the words it matched) as its ``negated_by``; the rule adds nothing."""
    counted, suppressed = _of(text, "acme.told")
    assert counted == []
    assert suppressed
    assert {e.negated_by for e in suppressed} <= {"费油", "太差"}
    assert [e.text for e in suppressed] == ["油耗"] * len(suppressed)
    assert "acme.told" not in classify(text, policy=MINE).fired


@pytest.mark.parametrize(
    "text",
    ["油耗12个，动力够用", "油耗不高，省油", "油耗7个，太好了", "油耗7个，差不多"],
)
def test_without_a_cue_the_rule_votes_R_CMP_01(text: str) -> None:
    """R-CMP-01: with no cue in the text (省油, 太好, 差 alone are none) every match counts."""
    counted, suppressed = _of(text, "acme.told")
    assert [e.text for e in counted] == ["油耗"]
    assert suppressed == []
    assert classify(text, policy=MINE).kind is Kind.NO_ACTION


def test_a_silenced_match_is_shown_with_its_cue_R_CMP_02() -> None:
    """R-CMP-02: the explanation shows the silenced match and the cue that silenced it."""
    explained = classify("油耗12个，太费油了", policy=MINE).explain()
    line = next(line for line in explained.splitlines() if "acme.told" in line)
    assert "[0:2]" in line  # the term alone
    assert "油耗" in line
    assert "费油" in line


def test_rule_matches_names_the_cue_R_CMP_02() -> None:
    """R-CMP-02: ``Rule.matches`` gives the cue as each match's ``negated_by``."""
    assert TOLD.matches("油耗12个,太费油了") == ((0, 2, "油耗", "费油"),)
    assert TOLD.matches("油耗12个") == ((0, 2, "油耗", ""),)


# ---- the three built-in rules, read by the rules alone --------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("这台车是2019年款的，百公里油耗7个，动力够用", Kind.NO_ACTION),
        ("变速箱换挡顿得厉害", Kind.COMPLAINT),
        ("纪念馆里人太多了，挤得要命", Kind.COMPLAINT),
        ("建议在小区门口增加一个公交站，希望有关部门重视这个问题", Kind.SUGGESTION),
    ],
)
def test_the_built_in_rules_R_CMP_01(text: str, kind: Kind) -> None:
    """R-CMP-01: a car's specifications are nothing to handle; beside a verdict (顿得厉害,
    挤得要命) the weak description votes stay silent and the complaint stands; beside the
    writer's own proposal (建议…增加) a wish to mend a problem is no complaint."""
    assert classify(text, policy=RULES_ONLY).kind is kind


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("变速箱换挡顿得厉害", "kind.car-talk"),
        ("纪念馆里人太多了，挤得要命", "kind.place-told"),
        ("建议在小区门口增加一个公交站，希望有关部门重视这个问题", "kind.fix-the-problem"),
    ],
)
def test_the_built_in_rules_are_silenced_not_unmatched_R_CMP_02(text: str, rule_id: str) -> None:
    """R-CMP-02: the silenced rule's match is kept as suppressed evidence, the term alone."""
    counted, suppressed = _of(text, rule_id, RULES_ONLY)
    assert counted == []
    assert [e.negated_by != "" for e in suppressed] == [True] * len(suppressed) != []


# ---- whatever surrounds the cue, a silenced rule adds nothing ----------------------------------

_CHARS = st.sampled_from(list("油耗费太差贵好的了，。！？不没很我车买修退问题有一个是吗"))
_SNIPPETS = st.text(_CHARS, max_size=20)


@settings(max_examples=150, deadline=None)
@given(before=_SNIPPETS, middle=_SNIPPETS, after=_SNIPPETS, cue_first=st.booleans())
def test_a_silenced_rule_never_adds_to_a_score_R_CMP_01(
    before: str, middle: str, after: str, cue_first: bool
) -> None:
    """R-CMP-01: with a cue anywhere in the text, a silenced rule's matches never count:
    every score is what it is without the rule."""
    pieces = ["费油", "油耗"] if cue_first else ["油耗", "费油"]
    text = before + pieces[0] + middle + pieces[1] + after
    mine, without = classify(text, policy=MINE), classify(text, policy=RULES_ONLY)
    assert "acme.told" not in mine.fired
    assert not [e for e in mine.evidence if e.rule_id == "acme.told"]
    assert mine.kind_scores == without.kind_scores
    assert mine.category_scores == without.category_scores
    assert mine.kind == without.kind


# ---- linear cost ---------------------------------------------------------------------------


def test_a_megabyte_of_matches_looks_for_the_cue_once_R_CMP_01(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R-CMP-01: a text of a third of a million matches with the cue at its end is read
    once: the cue is looked for once per text per rule that matched, never per match."""
    calls: list[str] = []
    silenced = Rule._silenced

    def counted(rule: Rule, text: str) -> str:
        calls.append(rule.id)
        return silenced(rule, text)

    monkeypatch.setattr(Rule, "_silenced", counted)
    text = "百公里" * 333_333 + "，太费油了"
    rules = DEFAULT_CLASSIFIER_POLICY.rules
    found = Index.of(rules).scan(text)
    at = [r.id for r in rules].index("kind.car-talk")
    assert len(found[at]) == 333_333
    assert {neg for _s, _e, _source, neg, _flip in found[at]} == {"太"}
    assert calls.count("kind.car-talk") == 1


# ---- the option itself ---------------------------------------------------------------------


@pytest.mark.parametrize(("cues", "at"), [(("费油", "("), 1), (("(?=费油)",), 0), (("^$",), 0)])
def test_a_bad_cue_is_refused_naming_it_R_CMP_02(cues: tuple[str, ...], at: int) -> None:
    """R-CMP-02: a cue that is no regular expression, or takes no character, is refused
    naming ``silencers[i]``, as a rule's pattern is."""
    with pytest.raises(InvalidInput, match=rf"^silencers\[{at}\]: "):
        Rule("acme.told", kind="no_action", terms=("油耗",), silencers=cues)


def test_a_rule_with_cues_pickles_R_CMP_01() -> None:
    """R-CMP-01: a rule and a policy with ``silencers`` travel pickled and read alike."""
    back = pickle.loads(pickle.dumps(TOLD))
    assert back == TOLD
    assert back.silencers == ("费油", "太(差|贵)")
    policy = pickle.loads(pickle.dumps(MINE))
    assert policy == MINE
    for text in ("油耗12个，太费油了", "油耗12个，动力够用"):
        assert classify(text, policy=policy) == classify(text, policy=MINE)
