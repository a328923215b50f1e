"""Severity signals read plain English as they read Chinese (R-CMP-07).

R-CMP-07: "major" is defined by explicit, configurable criteria, each found by a ``sig.*``
rule of the rule set.  A message written in English that tells the police were called, a
lawyer or a court, the press, 12315 or the consumer association, an injury or a stay in
hospital, food poisoning or several customers harmed fires the same signal its Chinese
twin does; a question about it, a denial of it, or the word used of a product does not.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import (
    Complaint,
    Kind,
    Severity,
    SeverityPolicy,
    Signal,
    assess_severity,
    classify,
)
from custops.complaints.severity import CRITERIA

SH = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2025, 10, 13, 9, tzinfo=SH)

#: A bank's criteria: every one but the police report (R-CMP-07).
BANK = SeverityPolicy(enabled=set(CRITERIA) - {Signal.POLICE})


def make(text: str) -> Complaint:
    return Complaint(received_at=AT, channel="电话", content=text, complainant="A")


FIRES = [
    # the police (Signal.POLICE), as 报警, 报案, 打了110, 警察来了
    ("I called the police", Signal.POLICE),
    ("I reported it to the police", Signal.POLICE),
    ("I filed a police report", Signal.POLICE),
    ("the police came", Signal.POLICE),
    ("The police were called and took a statement", Signal.POLICE),
    ("I have called 110", Signal.POLICE),
    ("If this is not fixed I'm going to call the cops", Signal.POLICE),
    ("I reported him to the local police", Signal.POLICE),
    # a lawyer, a lawsuit, a court (Signal.LEGAL)
    ("I will call my lawyer", Signal.LEGAL),
    ("I will sue you", Signal.LEGAL),
    ("I am suing you", Signal.LEGAL),
    ("see you in court", Signal.LEGAL),
    ("I will take legal action", Signal.LEGAL),
    # the press (Signal.MEDIA)
    ("I will contact the media", Signal.MEDIA),
    ("I told a journalist about this", Signal.MEDIA),
    ("I will expose you on social media", Signal.MEDIA),
    # a regulator (Signal.REGULATOR)
    ("I complained to 12315", Signal.REGULATOR),
    ("I will report you to the consumer association", Signal.REGULATOR),
    ("I contacted trading standards", Signal.REGULATOR),
    # harm (Signal.SAFETY)
    ("my son was injured by the door", Signal.SAFETY),
    ("I ended up in hospital", Signal.SAFETY),
    ("my mother was taken to the hospital", Signal.SAFETY),
    ("the charger caught fire", Signal.SAFETY),
    ("I got food poisoning from your restaurant", Signal.SAFETY),
    ("we got sick after eating there", Signal.SAFETY),
    # several customers (Signal.COLLECTIVE)
    ("several customers had the same problem", Signal.COLLECTIVE),
    ("my neighbours all have the same problem", Signal.COLLECTIVE),
    ("many other customers complained too", Signal.COLLECTIVE),
    # whole words, past tense and a verb before ill still fire
    ("I sued a shop once and I will sue you as well", Signal.LEGAL),
    ("several guests fell ill after the dinner", Signal.COLLECTIVE),
    ("several guests fell ill after the dinner", Signal.SAFETY),
    ("my whole family felt ill after eating your dumplings", Signal.SAFETY),
    ("I will expose your company on weibo", Signal.MEDIA),
]


@pytest.mark.parametrize(("text", "signal"), FIRES)
def test_R_CMP_07_english_fires_the_signal(text: str, signal: Signal) -> None:
    assert signal in classify(text).signals
    assert signal in assess_severity(make(text)).criteria


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # asked about: a question, no report
        ("should I call the police?", Signal.POLICE),
        ("is it the police who handle this?", Signal.POLICE),
        ("do I need a lawyer?", Signal.LEGAL),
        # denied
        ("I won't sue", Signal.LEGAL),
        ("I won’t sue you", Signal.LEGAL),
        ("I will not call the police", Signal.POLICE),
        ("I didn't call the police", Signal.POLICE),
        ("no one was injured", Signal.SAFETY),
        ("I didn't go to the hospital", Signal.SAFETY),
        # the word of a product or another sense
        ("I bought a police officer's uniform as a costume", Signal.POLICE),
        ("the police officer's uniform was the wrong size", Signal.POLICE),
        ("I want to return the toy police car", Signal.POLICE),
        ("I was fired from my job", Signal.SAFETY),
        ("I went to the hospital to visit my friend", Signal.SAFETY),
        ("many customers love this shop", Signal.COLLECTIVE),
        ("I know my consumer rights", Signal.REGULATOR),
    ],
)
def test_R_CMP_07_english_near_misses_fire_nothing(text: str, signal: Signal) -> None:
    assert signal not in classify(text).signals
    assert signal not in assess_severity(make(text)).criteria


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        # a word inside a longer word: sue in ensuing, issue or suede; ill in illustrate,
        # still or will; exposed of a thing
        ("The ensuing wait made me miss my train.", Signal.LEGAL),
        ("Do you have the issue from last month?", Signal.LEGAL),
        ("Do you sell suede boots in brown?", Signal.LEGAL),
        ("Lots of users illustrate their posts with your stickers, great app.", Signal.COLLECTIVE),
        ("I was still hungry after eating the small portion.", Signal.SAFETY),
        ("The lamp has exposed wires, please send a new one.", Signal.MEDIA),
        # denied, or said not to be needed
        ("I'm not suing you, I only want to know the delivery date.", Signal.LEGAL),
        ("There is no need for legal action, your staff fixed it fast.", Signal.LEGAL),
        ("We don't need a lawyer, just refund the fee.", Signal.LEGAL),
        ("No need to get the police involved, just send my money back.", Signal.POLICE),
        ("I'm not calling the police, I just want the parcel.", Signal.POLICE),
        ("Without involving the police, can you find my bag?", Signal.POLICE),
        ("There's no need to contact the media, just repair it.", Signal.MEDIA),
        ("No one got sick after eating, the dishes were lovely.", Signal.SAFETY),
        # a view or a shared order, no group harmed
        ("Lots of customers complain about the fee but I find it fair.", Signal.COLLECTIVE),
        ("Our table all had the same thing and it was delicious.", Signal.COLLECTIVE),
        # asked about
        ("Has anyone ever been injured by this heater?", Signal.SAFETY),
        ("Have other customers had the same problem?", Signal.COLLECTIVE),
    ],
)
def test_R_CMP_07_english_words_denials_and_questions_fire_nothing(
    text: str, signal: Signal
) -> None:
    assert signal not in classify(text).signals
    assert signal not in assess_severity(make(text)).criteria


def test_R_CMP_07_english_police_report_is_major_and_a_bank_may_leave_it_out() -> None:
    assessed = assess_severity(make("Someone used my card, so I called the police"))
    assert assessed.criteria == (Signal.POLICE,)
    assert assessed.reason.startswith("major: police report")
    assert assessed.severity is Severity.MAJOR
    banked = assess_severity(make("Someone used my card, so I called the police"), policy=BANK)
    assert banked.criteria == ()
    assert banked.severity is Severity.GENERAL


def test_R_CMP_07_english_police_is_no_court() -> None:
    assert Signal.LEGAL not in classify("I filed a police report").signals
    assert Signal.POLICE not in classify("I will sue you").signals


def test_R_CMP_07_english_threat_is_a_complaint() -> None:
    """As in Chinese, a threat to call the police is a weak complaint vote of its own."""
    assert classify("I called the police").kind is Kind.COMPLAINT


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([t for t, s in FIRES if s is Signal.POLICE]),
    st.sampled_from(["", "Hello. ", "My order 123 never came. "]),
)
def test_property_R_CMP_07_police_fires_after_any_opening(text: str, opening: str) -> None:
    """Invariant (R-CMP-07): a police report told after another sentence still fires."""
    assert Signal.POLICE in classify(opening + text).signals
