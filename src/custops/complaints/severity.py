"""Whether a complaint is general or major, and which criterion made it so (R-CMP-07).

The seed has a separate flow for major complaints (D1 第四条; D13 第十四章 六: report at
once) but never says what "major" is: the criteria are a policy, :class:`SeverityPolicy`,
with the library's defaults (none is in the seed), listed in ``docs/classification.md``.
The text criteria are read by the classifier's ``sig.*`` rules (negations included).

A police report (报警, 报案, 110, 派出所: :attr:`Signal.POLICE`) is a criterion of its own,
apart from legal action (律师, 起诉, 法院: :attr:`Signal.LEGAL`).  D1 第四条 names the major
flow only by its steps — 「对重大客户投诉，本制度规定投诉处理的主要步骤如下：…客户关系经理将投诉
内容迅速传递给责任部门经理、总经理，并立即召紧急会议」 — and lists no criterion, so the default
criteria keep a police report major (the safe side: a complaint read as major is escalated
at once, one read as general is not); a desk whose customers are told to call the police
as a matter of course (a bank's card fraud, 盗刷) leaves :attr:`Signal.POLICE` out of
``SeverityPolicy.enabled`` and keeps the courts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from custops._enums import fold, holds_folded, members_field
from custops._text import block, count_repr, policy_repr
from custops._validate import (
    POLICY_POSITIVE_INT,
    fitted_call,
    policy_converter,
    policy_field,
    policy_or_default,
    require_distinct,
    require_int,
    require_items,
    require_label,
    require_pair,
    require_pairs,
    require_str,
    require_strings,
    require_type,
)
from custops.complaints._rules import normalise, without_rule_ids
from custops.complaints.classifier import (
    DEFAULT_CLASSIFIER_POLICY,
    ClassifierPolicy,
    Evidence,
    heard_matches,
)
from custops.complaints.model import (
    REGULATOR_WORDS,
    Complaint,
    Severity,
    Signal,
    Unstated,
)
from custops.complaints.rules_data import regulator_rule
from custops.decisions import (
    W_,
    Explained,
    Wn_,
    Wording,
    check_said,
    kept_wording,
    worded_clauses,
    worded_colon,
    worded_quoted,
)
from custops.errors import InvalidInput
from custops.i18n import N_, _
from custops.money import POLICY_MONEY, require_money

__all__ = [
    "CRITERIA",
    "SeverityAssessment",
    "SeverityPolicy",
    "assess_severity",
    "grounds_reason",
]

#: Why a complaint forwarded by a regulator is major, and the verdict word of a severity
#: assessment (R-CMP-07; their entries are in the complaints catalogue).
_FORWARDED_BY = N_("forwarded by {forwarder}")
_SEVERITY = N_("severity")

#: Every criterion (a :class:`~custops.complaints.Signal`), in the order results list them.
CRITERIA: tuple[Signal, ...] = (
    Signal.LOSS,
    Signal.SAFETY,
    Signal.MEDIA,
    Signal.REGULATOR,
    Signal.LEGAL,
    Signal.POLICE,
    Signal.REPEAT,
    Signal.COLLECTIVE,
)

#: Each criterion in words, for reasons.
_NAMES = {
    Signal.LOSS: N_("claimed loss"),
    Signal.SAFETY: N_("safety"),
    Signal.MEDIA: N_("media exposure"),
    Signal.REGULATOR: N_("regulator"),
    Signal.LEGAL: N_("legal action"),
    Signal.POLICE: N_("police report"),
    Signal.REPEAT: N_("repeat complaint"),
    Signal.COLLECTIVE: N_("several customers"),
}
#: The criteria the classifier's ``sig.*`` rules read in the text (every one but the loss,
#: a figure of the complaint).
_TEXT_CRITERIA = frozenset(CRITERIA) - {Signal.LOSS}


if TYPE_CHECKING:

    def _SEVERAL(value: int) -> int: ...  # noqa: N802

else:
    _SEVERAL = policy_field(
        partial(require_int, low=2), takes="int"
    )  # several customers: at least 2

#: One criterion that fired, as data (R-CMP-07): the criterion, the words of the text that
#: fired it, and its figures — the loss claimed and the threshold it reached (``loss``), who
#: forwarded the complaint (``regulator``), the earlier complaints (``repeat``), the
#: customers (``collective``); for the press or a regulator the words alone fired, how the
#: text tells the involvement (:data:`THREATENED` or :data:`REPORTED`, when it tells one);
#: none for another criterion the words alone fired.
Ground = tuple[Signal, tuple[tuple[str, ...], tuple[Any, ...]]]

#: How a text tells the press's or a regulator's involvement (R-CMP-07), the one figure of
#: such a ground its words alone fired: threatened (再不解决我就去工信部, 我要打12300) or done
#: (已向工信部申诉, 已经上了微博热搜).  Either is major — a threat is taken on the safe side
#: — but the reason says which.
THREATENED = "threatened"
REPORTED = "reported"
_STANCES = (THREATENED, REPORTED)
#: The criteria a stance is told of.
_INVOLVEMENT = (Signal.MEDIA, Signal.REGULATOR)
# A threat told before the words in their clause (我就去, 我要打, 再不…就, 如果…, "I will").
_THREAT = re.compile(
    r"要(?!求)|会|就|将|准备|打算|否则|不然|如果|要是|扬言|威胁|等着|"
    r"(?i:\b(?:will|shall|gonna|going to|if|otherwise|unless|threaten\w*)\b|'ll\b)"
)
# Done told around the words in their clause (已, 已经, 曾, …了, …过; "already", "have").
_DONE = re.compile(
    r"已|曾|了|过|(?i:\b(?:already|have|has|had|did|went|called|contacted|reported|posted|"
    r"complained|filed|wrote|told)\b)"
)
#: A clause ends at a punctuation mark or where a speaker's turn begins (客服：, 客户：): the
#: stance of a hint is read from the words of the one who names it, never across a turn.
_CLAUSE_END = re.compile(
    r"[，,。.！!？?；;\n\r]|(?:客服|客户|顾客|坐席|用户|(?i:agent|customer))\s*[：:]"
)


def _stance(figure: str, argument: str) -> str:
    if figure not in _STANCES:
        raise InvalidInput.for_argument(
            argument, figure, f"is not a stance; one of {', '.join(_STANCES)}"
        )
    return figure


def _regulator_figure(argument: str, value: Any) -> str:
    """A regulator ground's figure: a stance (:data:`THREATENED`, :data:`REPORTED`) or who
    forwarded the complaint (a label)."""
    if value in _STANCES:
        return str(value)
    return require_label(argument, value)


#: A criterion told as threatened or as done, in words, for reasons.
_STANCE_NAMES = {
    (Signal.MEDIA, THREATENED): N_("threatened to go to the media"),
    (Signal.MEDIA, REPORTED): N_("went to the media"),
    (Signal.REGULATOR, THREATENED): N_("threatened to complain to a regulator"),
    (Signal.REGULATOR, REPORTED): N_("complained to a regulator"),
}
#: The regulator criterion when its words name only a complaint platform or a platform asked
#: to step in (黑猫投诉, 消费保, 投诉到平台, 申请京东介入), no authority: the labelling guide
#: counts such a platform with the regulators, but the reason does not call it one (R-CMP-07)
_PLATFORM_NAMES = {
    None: N_("complaint to a platform"),
    THREATENED: N_("threatened to complain to a platform"),
    REPORTED: N_("complained to a platform"),
}
# A platform's words (黑猫, 消费保, 平台, 介入) — a platform's only when they hold no word of
# REGULATOR_WORDS (12315平台, 工信部申诉平台 are the regulator's own)
_PLATFORM = re.compile(r"黑猫|黑貓|消费保|消費保|平台|介入|platform", re.IGNORECASE)


def _platform_only(found: Iterable[str]) -> bool:
    """Whether the words ``found`` for the regulator criterion all name a platform and no
    authority (黑猫投诉, 投诉到平台; not 12315平台, 向消协), R-CMP-07."""
    words = [w for w in found if w.strip()]
    return bool(words) and all(
        _PLATFORM.search(w) is not None and not holds_folded(w, REGULATOR_WORDS) for w in words
    )


#: The figures each criterion may carry, each with its check (the figures of a ground are
#: none, or all of these).
_FIGURES: dict[Signal, tuple[Any, ...]] = {
    Signal.LOSS: (require_money, require_money),
    Signal.MEDIA: (lambda argument, value: _stance(value, argument),),
    Signal.REGULATOR: (_regulator_figure,),
    Signal.REPEAT: (partial(require_int, low=1),),
    Signal.COLLECTIVE: (partial(require_int, low=1),),
}


def _told_stance(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """How ``text`` tells the involvement its words at ``spans`` name (R-CMP-07):
    :data:`REPORTED` when one of them is told as done (已, 已经, 了, 过 in its clause),
    else :data:`THREATENED` when one is told as a threat before it in its clause (要, 会,
    就, 再不…就, 如果), else ``""`` (neither told: 找记者曝光).

    >>> _told_stance("再不给办我就去工信部投诉", [(7, 11)])
    'threatened'
    >>> _told_stance("我已经在工信部网站申诉了", [(3, 11)])
    'reported'
    """
    found = ""
    for start, end in spans:
        low = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
        stop = _CLAUSE_END.search(text, end)
        high = len(text) if stop is None else stop.start()
        before, after = text[low:start], text[end:high]
        if _THREAT.search(before):
            found = found or THREATENED
        elif _DONE.search(before) or _DONE.search(after):
            return REPORTED
    return found


if TYPE_CHECKING:

    def _CLASSIFIER_POLICY(value: ClassifierPolicy | None) -> ClassifierPolicy: ...  # noqa: N802
    def _SIGNALS(value: Iterable[Signal | str]) -> frozenset[Signal]: ...  # noqa: N802
    def _REGULATORS(value: Iterable[str]) -> tuple[str, ...]: ...  # noqa: N802

else:
    _CLASSIFIER_POLICY = policy_converter(ClassifierPolicy)
    _SIGNALS = members_field(Signal)
    # the words that make a forwarder a regulator: non-blank str, policy data
    _REGULATORS = policy_field(require_strings, takes="Iterable[str]")


@attrs.frozen(kw_only=True)
class SeverityPolicy:
    """What makes a complaint major (R-CMP-07) — a policy, every number a default.

    ``loss_threshold`` (yuan, inclusive: a claimed loss of at least it fires, as every
    ``*_threshold`` of a custops policy reaches its bound: 满 1000元, 5万元以上),
    ``min_prior_complaint_count`` (the least ``prior_complaint_count`` of
    :func:`assess_severity` that makes a repeat complaint), ``min_complainant_count`` (the
    least ``Complaint.complainant_count`` that makes a collective one), ``enabled`` (the
    criteria in force, :class:`~custops.complaints.Signal` members in any spelling
    ``Signal.parse`` reads: ``{"loss", "媒体曝光"}``) and ``classifier_policy`` (the
    classifier's rule set, whose ``sig.*`` rules read the text; ``None``: the built-in
    :data:`~custops.complaints.classifier.DEFAULT_CLASSIFIER_POLICY`, as every policy field
    takes it).  ``regulators`` are the words that make a forwarded complaint's
    ``forwarded_by`` a regulator, each read case-, width- and space-insensitively as part
    of it (by default :data:`~custops.complaints.REGULATOR_WORDS`: 12315, 12345, market
    regulation, the consumer association, petitions and the sector regulators, 12300 and
    工信部 among them); a desk adds its own forwarding bodies to them.  The list is one for
    the forwarder and the text: :func:`assess_severity` reads a word the desk added in the
    text as the built-in regulator rule reads a bureau (向国资委投诉, 国资委举报, a hotline's
    number on its own), and no longer counts a built-in one the desk left out (打了12345
    for a desk without 12345).  The classifier alone (``classify``, its ``signals``) has no
    severity policy and reads the built-in list; ``Complaint.via_regulator`` too.  A rule
    set with a desk's own words is compiled once per policy, when first used.

    >>> SeverityPolicy().loss_threshold
    Decimal('10000.00')
    >>> SeverityPolicy(regulators=(*REGULATOR_WORDS, "国资委")).regulators[-1]
    '国资委'
    """

    loss_threshold: Decimal = attrs.field(default=Decimal("10000"), converter=POLICY_MONEY)
    # a repeat needs at least 1 earlier complaint, several customers are at least 2
    min_prior_complaint_count: int = attrs.field(default=1, converter=POLICY_POSITIVE_INT)
    min_complainant_count: int = attrs.field(default=3, converter=_SEVERAL)
    enabled: frozenset[Signal] = attrs.field(
        default=frozenset(CRITERIA),
        converter=_SIGNALS,
    )
    classifier_policy: ClassifierPolicy = attrs.field(
        default=DEFAULT_CLASSIFIER_POLICY,
        converter=_CLASSIFIER_POLICY,
        repr=policy_repr,
    )
    regulators: tuple[str, ...] = attrs.field(
        default=REGULATOR_WORDS, converter=_REGULATORS, repr=count_repr
    )
    # how the text is read for the regulator criterion under ``regulators`` (built when
    # first needed: the rule set, the built-in words left out, the words in force)
    _reading: _Reading | None = attrs.field(init=False, default=None, eq=False, repr=False)

    def __reduce__(self) -> tuple[Any, ...]:
        # The built-in rule set travels by name, not by value: a pickled case (which
        # holds its criteria) stays a few kilobytes instead of fifty.
        rules = (
            None if self.classifier_policy is DEFAULT_CLASSIFIER_POLICY else self.classifier_policy
        )
        fields = (self.loss_threshold, self.min_prior_complaint_count, self.min_complainant_count)
        return (_criteria, (rules, *fields, self.enabled, self.regulators))


#: How a policy reads its regulators in a text: the rule set, the built-in regulator words
#: it leaves out, and its own words (all folded).
_Reading = tuple[ClassifierPolicy, frozenset[str], frozenset[str]]
_BUILT_IN = frozenset(fold(word) for word in REGULATOR_WORDS)


def _regulator_reading(criteria: SeverityPolicy) -> _Reading:
    """How ``criteria`` read the regulator criterion in a text (R-CMP-07), one list for the
    text and for ``forwarded_by``: its classifier rules, with :func:`regulator_rule` for
    the words of ``regulators`` the built-in rules do not read (a desk's 网信办 or 国资委),
    and the built-in words it leaves out (a desk that does not count 12345 drops 打了12345
    from the text as from the forwarder)."""
    cached = criteria._reading
    if cached is not None:
        return cached
    own = frozenset(fold(word) for word in criteria.regulators)
    rules = criteria.classifier_policy
    extra = sorted(own - _BUILT_IN)
    if extra and Signal.REGULATOR in criteria.enabled:
        words = tuple(dict.fromkeys(normalise(word)[0] for word in extra))
        rules = rules.extended(regulator_rule(words))
    reading = (rules, _BUILT_IN - own, own)
    object.__setattr__(criteria, "_reading", reading)
    return reading


def _left_out(found: str, reading: _Reading) -> bool:
    """Whether the words ``found`` by a regulator rule name only built-in regulators the
    policy leaves out (打12345 for a desk that does not count 12345)."""
    _rules, dropped, own = reading
    folded = fold(found)
    return any(w in folded for w in dropped) and not any(w in folded for w in own)


def _criteria(rules: ClassifierPolicy | None, *fields: Any) -> SeverityPolicy:
    """Unpickle :class:`SeverityPolicy` (``None``: the built-in rule set)."""
    loss, repeat, collective, enabled, *regulators = fields
    policy = SeverityPolicy(
        loss_threshold=loss,
        min_prior_complaint_count=repeat,
        min_complainant_count=collective,
        enabled=enabled,
        regulators=regulators[0] if regulators else REGULATOR_WORDS,
    )
    return policy if rules is None else attrs.evolve(policy, classifier_policy=rules)


@kept_wording
@attrs.frozen
class SeverityAssessment(Explained):
    """The level, every criterion that fired (``criteria``: :class:`Signal` members, in
    :data:`CRITERIA` order), the evidence (R-CMP-07).  Not a yes/no answer: test
    ``assessment.severity is Severity.MAJOR`` (the major-complaint flow, D1 第四条).

    ``severity_grounds`` are the fired criteria as data — each with the words of the text that fired
    it and its figures — from which :func:`grounds_reason` words the ``reason`` in the
    language active when it is called: what a case keeps of its classification, so its
    status explains a major complaint in the reader's language, not the classifier's.  The
    assessment's own ``reason`` is worded when read too (a ``reason`` given as text is kept
    as given).

    ``pending`` are the criteria in force that could not be judged yet: the loss, when the
    complaint's loss is not known yet (``Complaint.loss`` ``None``: ``claimed_loss`` ``None``,
    or not stated while the text names a loss or a claim for compensation,
    ``Complaint.loss_words``).  A loss not known fires
    nothing, so a general complaint with a criterion pending is general only for now
    (:attr:`provisional`, and the reason says the loss is still to be assessed); a major
    one stays major whatever the loss turns out to be.
    """

    _answer: ClassVar[str] = "severity"  # what bool() tells a caller to test
    severity: Severity
    criteria: tuple[Signal, ...]
    evidence: tuple[Evidence, ...]
    said: str | Wording = attrs.field(alias="reason", validator=check_said)
    rule: str = "R-CMP-07"
    severity_grounds: tuple[Ground, ...] = ()
    pending: tuple[Signal, ...] = ()
    reason: str = attrs.field(init=False, eq=False, repr=False, hash=False)

    @property
    def provisional(self) -> bool:
        """Whether the level may still change: general with a criterion ``pending`` (a loss
        not known yet may reach ``SeverityPolicy.loss_threshold`` once it is assessed)."""
        return self.severity is Severity.GENERAL and bool(self.pending)

    def _verdict(self) -> str:
        return _(_SEVERITY)

    def explain(self) -> str:
        """The assessment, then each piece of text evidence on its own line."""
        return block(str(self), self.evidence)


#: What :func:`assess_severity` takes, said as its refusal of anything else says it.
_A_COMPLAINT = (
    "a Complaint (from a message's text: Complaint(received_at=..., channel=..., "
    "content=text, complainant=...); a classification holds the text's labels, not the "
    "complaint's loss, complainants or channel)"
)


@fitted_call
def assess_severity(
    complaint: Complaint, *, policy: SeverityPolicy | None = None, prior_complaint_count: int = 0
) -> SeverityAssessment:
    """General or major by ``policy`` (R-CMP-07), with every criterion that fired.

    ``prior_complaint_count`` is the number of earlier complaints on the same matter from
    the same customer (the case history knows it; the text alone may not).  Adding a
    criterion never lowers the level: the level is major as soon as one fires.  A loss not
    known yet (``Complaint.loss`` ``None``: ``claimed_loss`` ``None``, or not stated while
    the text names a loss, quoted in the reason) fires nothing by itself: it is ``pending``,
    and a complaint general on every other criterion is general for now (``provisional``),
    the reason saying the claimed loss is still to be assessed.  A loss not stated whose text
    names none is no loss.

    >>> import datetime as dt
    >>> from zoneinfo import ZoneInfo
    >>> c = Complaint(received_at=dt.datetime(2024, 5, 6, tzinfo=ZoneInfo("Asia/Shanghai")),
    ...               channel="phone", content="保养后机油灯又亮了", complainant="刘",
    ...               claimed_loss="12000")
    >>> assess_severity(c).criteria
    (<Signal.LOSS: 'loss'>,)
    >>> lenient = SeverityPolicy(loss_threshold="20000")
    >>> assess_severity(c, policy=lenient, prior_complaint_count=2).reason
    '重大：重复投诉（此前已投诉 2 次）'
    """
    # a Classification (classify(text)) holds the text's labels, not the complaint's facts
    # (its loss, complainants, channel): the refusal says how to build one
    require_type("complaint", complaint, Complaint, _A_COMPLAINT)
    criteria = policy_or_default(policy, SeverityPolicy)
    prior_complaint_count = require_int("prior_complaint_count", prior_complaint_count, low=0)

    # what the text says, not what it only asks about (如果电梯困人打哪个电话？); the
    # regulators the policy counts, read as it reads a forwarder (R-CMP-07)
    reading = _regulator_reading(criteria)
    counted = heard_matches(complaint.text, reading[0])
    evidence: list[Evidence] = []
    words: dict[Signal, list[str]] = {name: [] for name in CRITERIA}
    spans: dict[Signal, list[tuple[int, int]]] = {name: [] for name in CRITERIA}
    for e in counted:
        name = e.signal
        if name is Signal.REGULATOR and reading[1] and _left_out(e.text, reading):
            continue
        if name in _TEXT_CRITERIA and name in criteria.enabled:
            evidence.append(e)
            words[name].append(e.text)
            spans[name].append(e.span)
    figures: dict[Signal, tuple[Any, ...]] = {}  # the figures, after the words
    for name in _INVOLVEMENT:  # threatened or done, as the text tells it
        stance = _told_stance(complaint.text, spans[name]) if spans[name] else ""
        if stance:
            figures[name] = (stance,)
    loss = complaint.loss  # None: not known yet, so it cannot fire (pending)
    if loss is not None and loss >= criteria.loss_threshold:  # a threshold reached: inclusive
        figures[Signal.LOSS] = (loss, criteria.loss_threshold)
    if holds_folded(complaint.forwarded_by, criteria.regulators):  # 12315, 12300, 消协… (R-CMP-07)
        figures[Signal.REGULATOR] = (complaint.forwarded_by,)
    if prior_complaint_count >= criteria.min_prior_complaint_count:
        figures[Signal.REPEAT] = (prior_complaint_count,)
    if complaint.complainant_count >= criteria.min_complainant_count:
        figures[Signal.COLLECTIVE] = (complaint.complainant_count,)
    found_grounds = tuple(
        (name, (_distinct(words[name]), figures.get(name, ())))
        for name in CRITERIA
        if (words[name] or name in figures) and name in criteria.enabled
    )
    fired = tuple(name for name, _detail in found_grounds)
    severity = Severity.MAJOR if fired else Severity.GENERAL
    pending = (Signal.LOSS,) if loss is None and Signal.LOSS in criteria.enabled else ()
    reason = _grounds_wording(found_grounds)
    if pending and not fired:  # general for now: the loss may still make it major
        # not stated, the text naming a loss or a claim: its words quoted
        named = complaint.loss_words if complaint.claimed_loss is Unstated.LOSS else ()
        note = W_(_LOSS_NAMED, words=worded_quoted(named)) if named else W_(_LOSS_PENDING)
        reason = worded_clauses([reason, note], strong=True)
    return SeverityAssessment(
        severity=severity,
        criteria=fired,
        evidence=tuple(evidence),
        reason=reason,
        severity_grounds=found_grounds,
        pending=pending,
    )


def loss_pending() -> str:
    """Why a complaint whose loss is not known yet is general only for now (R-CMP-07), in
    the language active when it is called."""
    return _(_LOSS_PENDING)


_LOSS_PENDING = N_("the claimed loss is still to be assessed, so the severity is provisional")
_LOSS_NAMED = N_(
    "the text names a loss or a claim ({words}): the claimed loss is still to be assessed, "
    "so the severity is provisional"
)


def _distinct(words: list[str]) -> tuple[str, ...]:
    """The distinct non-blank ``words``, in order (as a reason quotes them)."""
    return tuple(dict.fromkeys(filter(str.strip, words)))


def grounds_reason(severity_grounds: tuple[Ground, ...]) -> str:
    """Why a complaint is major, worded from its ``severity_grounds``
    (:attr:`SeverityAssessment.severity_grounds`, which a case's classification keeps) in
    the language active when it is called (R-CMP-07): each criterion with the words that
    fired it quoted, then its figures; no grounds, a general complaint.  A pattern's match
    may quote a rule ID: the reason holds none.

    >>> from custops.complaints import Signal
    >>> grounds_reason(((Signal.SAFETY, (("刹车失灵",), ())),))
    '重大：人身安全（「刹车失灵」）'
    >>> from custops.i18n import language
    >>> with language("en_US"):
    ...     grounds_reason(((Signal.SAFETY, (("刹车失灵",), ())),))
    'major: safety ("刹车失灵")'
    """
    return str(_grounds_wording(read_grounds("severity_grounds", severity_grounds)))


def _grounds_wording(read: tuple[Ground, ...]) -> Wording:
    """:func:`grounds_reason` of grounds already read, kept as catalogue messages and the
    facts they name, worded when read.  A rule ID in the words or figures quoted is elided
    (:func:`~custops.complaints._rules.without_rule_ids`)."""
    if not read:
        return W_("general: no major-complaint criterion fired")
    notes = []
    for name, (found, numbers) in read:
        if (
            name is Signal.REGULATOR
            and (not numbers or numbers[0] in _STANCES)
            and _platform_only(found)
        ):
            # a platform, no authority: not called a regulator (黑猫投诉)
            criterion = W_(_PLATFORM_NAMES[numbers[0] if numbers else None])
            numbers = ()
        elif name in _INVOLVEMENT and numbers and numbers[0] in _STANCES:
            # threatened or done: said by the criterion's name, no figure of its own
            criterion = W_(_STANCE_NAMES[name, numbers[0]])
            numbers = ()
        else:
            criterion = W_(_NAMES[name])
        words = worded_quoted(without_rule_ids(word) for word in _distinct(list(found)))
        if found and numbers:
            note = W_(
                "{criterion} ({words}; {figures})",
                criterion=criterion,
                words=words,
                figures=_figures(name, numbers),
            )
        elif found:
            note = W_("{criterion} ({words})", criterion=criterion, words=words)
        else:
            figures = _figures(name, numbers)
            note = W_("{criterion} ({figures})", criterion=criterion, figures=figures)
        notes.append(note)
    return worded_colon(W_("major"), worded_clauses(notes, strong=True))


def _figures(name: Signal, numbers: tuple[Any, ...]) -> Wording:
    """The figures of the criterion ``name`` in words, worded when read."""
    if name is Signal.LOSS:
        loss, threshold = numbers
        return W_("{loss} yuan claimed, at least {threshold} yuan", loss=loss, threshold=threshold)
    if name is Signal.REGULATOR:
        return W_(_FORWARDED_BY, forwarder=without_rule_ids(str(numbers[0])))

    count = numbers[0]
    if name is Signal.REPEAT:
        return Wn_("{count} earlier complaint", "{count} earlier complaints", count, count=count)
    return Wn_("{count} customer", "{count} customers", count, count=count)


def read_grounds(argument: str, value: Any) -> tuple[Ground, ...]:
    """``value`` read as the grounds of a major complaint (:data:`Ground`), each criterion
    once: pairs ``(criterion, (words, figures))`` — a criterion in any spelling
    ``Signal.parse`` reads, its words non-blank ``str``, its figures none or those of the
    criterion (the loss and its threshold, money; who forwarded it; a count), and at least
    one of the two; a refusal names the pair by its place (``severity_grounds[1]``)."""
    out: list[Ground] = []
    for i, (key, detail) in enumerate(
        require_pairs(argument, value, "a sequence of (criterion, (words, figures)) pairs")
    ):
        place = f"{argument}[{i}]"
        name = Signal.parse(key, argument=place)
        found, numbers = require_pair(place, detail, "(words, figures)")
        found = require_items(place, found, "a sequence of words", each=require_str)
        numbers = require_items(place, numbers, "a sequence of figures")
        checks = _FIGURES.get(name, ())
        if numbers and len(numbers) != len(checks):
            problem = f"{name.value} takes {len(checks)} figures, not {len(numbers)}"
            raise InvalidInput.for_argument(place, detail, problem)
        if not found and not numbers:
            raise InvalidInput.for_argument(place, detail, "names no word and no figure")
        numbers = tuple(check(place, n) for check, n in zip(checks, numbers, strict=False))
        if not found and numbers[0] in _STANCES:  # how words told it, without the words
            raise InvalidInput.for_argument(place, detail, "tells a stance but names no word")
        out.append((name, (found, numbers)))
    problem = "names a criterion twice ({twice.value})"
    require_distinct(argument, [name for name, _detail in out], problem, twice=True)
    return tuple(out)
