"""A hospital's patient-service desk: serious medical harm as the safety signal (a
medication error, a swab left in the body, a second operation, a coma, resuscitation, an
infection after surgery; R-CMP-07), a patient sworn at by the staff as a complaint
(R-CMP-01) and several patients, families or residents as several customers (R-CMP-07),
and thanks for a life saved as praise (R-CMP-01).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given

from classifier_checks import RULES_ONLY, SENTENCES, fires_after_a_sentence, kind_either_way
from custops.complaints import Complaint, Kind, Signal, classify
from custops.complaints.severity import assess_severity

AT = dt.datetime(2026, 2, 13, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def _signals(text: str) -> set[Signal]:
    return set(classify(text).signals)


# ---- serious medical harm is the safety signal (R-CMP-07) ----------------------------------

HARM = [
    "护士给我妈发错了药，现在昏迷不醒",
    "手术后纱布留在肚子里，做了二次手术，要求赔偿",
    "术中把纱布落在我肚子里了，又做了一次手术",
    "手术后纱布遗留在体内，又开了一刀",
    "护士打错针了，孩子现在在抢救",
    "医院给我爸输错了液，人休克了",
    "做完手术伤口感染了，术后感染住了一个月",
    "药房把药拿错了，我爸吃了三天",
    "护士用错了药，孩子全身起疹子",
    # an illness told as the cause, and a medication error beside it: still harm of the care
    "我爸因肺炎住院，护士打错了针，现在昏迷不醒",
]


@pytest.mark.parametrize("text", HARM)
def test_r_cmp_07_serious_medical_harm_is_a_major_safety_complaint(text: str) -> None:
    for policy in (None, RULES_ONLY):
        r = classify(text, policy=policy)
        assert r.kind is Kind.COMPLAINT, (text, policy)
        assert Signal.SAFETY in r.signals, (text, policy)
        assert not r.quiet
    complaint = Complaint(received_at=AT, channel="电话", content=text, complainant="患者家属")
    assert assess_severity(complaint).severity.label == "重大"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("发错了药", "sig.medical-error"),
        ("打错针", "sig.medical-error"),
        ("纱布留在肚子里", "sig.medical-error"),
        ("器械遗留在体内", "sig.medical-error"),
        ("做了二次手术", "sig.medical-harm"),
        ("又开了一刀", "sig.medical-harm"),
        ("现在昏迷不醒", "sig.medical-harm"),
    ],
)
def test_r_cmp_07_each_medical_harm_names_its_rule(text: str, rule: str) -> None:
    assert rule in classify(text, policy=RULES_ONLY).fired


@pytest.mark.parametrize(
    "text",
    [
        "没有发错药，是我看错了",  # denied
        "如果发错药了医院负责吗",  # supposed
        "请问打错针了怎么办？",  # asked about
        "昏迷的病人家属可以探视吗",  # asked about
        "二次手术的费用能报销吗",  # asked about
        "预防术后感染要注意什么",  # guarded against
        "抢救室在几楼",  # a place, asked
        "感谢医生抢救及时，我爸脱离危险了",  # thanks for the treatment
    ],
)
def test_r_cmp_07_medical_harm_denied_supposed_asked_or_thanked_is_no_safety(text: str) -> None:
    assert Signal.SAFETY not in _signals(text)
    assert classify(text).kind is not Kind.COMPLAINT


def test_r_cmp_07_a_coma_from_the_patients_own_illness_is_no_harm_of_the_care() -> None:
    text = "父亲因脑梗死，转院抢救，现昏迷不醒。请问医保什么时候生效？"
    assert not {"sig.medical-harm", "sig.medical-error"} & set(classify(text).fired)
    assert Signal.SAFETY not in _signals(text)


@given(SENTENCES)
def test_r_cmp_07_a_medication_error_is_read_in_its_own_clause(before: str) -> None:
    fires_after_a_sentence("sig.medical-error", "护士发错了药", before)
    fires_after_a_sentence("sig.medical-harm", "又开了一刀", before)


# ---- a patient sworn at by the staff; several patients (R-CMP-01, R-CMP-07) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "我们病房五个病人都被那个护工骂过，态度极其恶劣",
        "我们病房好几个病人都被那个护工骂过",
        "同病房三位患者都被护工骂过",
        "十几户居民都被那个保安吼过",
    ],
)
def test_r_cmp_07_several_patients_sworn_at_are_several_customers(text: str) -> None:
    kind_either_way(text, Kind.COMPLAINT)
    r = classify(text)
    assert Signal.COLLECTIVE in r.signals
    assert not r.quiet
    assert "kind.sworn-at" in r.fired


@pytest.mark.parametrize(
    "text",
    ["我妈住院被护工骂了", "那个护士骂病人，太过分了", "我们被保安吼了一顿", "医生当众辱骂患者"],
)
def test_r_cmp_01_a_patient_sworn_at_by_the_staff_is_a_complaint(text: str) -> None:
    kind_either_way(text, Kind.COMPLAINT)
    assert "kind.sworn-at" in classify(text).fired


@pytest.mark.parametrize(
    "text",
    [
        "我被老公骂了一顿，心情不好",  # no staff
        "护士没有骂人，是我误会了",  # denied
        "如果被护工骂了该找谁",  # supposed
    ],
)
def test_r_cmp_01_a_scolding_not_by_the_staff_or_denied_is_no_sworn_at(text: str) -> None:
    assert "kind.sworn-at" not in classify(text).fired


@pytest.mark.parametrize(
    "text", ["两个病人都被护工骂过", "一个病人都没有", "五个病人都很满意", "有几个病人？"]
)
def test_r_cmp_07_two_patients_one_or_a_group_satisfied_are_no_group(text: str) -> None:
    assert Signal.COLLECTIVE not in _signals(text)


@given(SENTENCES)
def test_r_cmp_07_several_patients_are_read_in_their_own_clause(before: str) -> None:
    fires_after_a_sentence("sig.collective", "三位患者都被骂过", before)


# ---- thanks for a life saved are praise (R-CMP-01) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ICU的医生护士们辛苦了，谢谢你们救了我父亲的命！",
        "谢谢ICU的医生护士救了我父亲的命",
        "感谢李医生把我妈抢救过来了",
        "抢救成功，万分感谢急诊科的医生",
        "感谢医生抢救及时，我爸脱离危险了",
        "您是我们全家的救命恩人",
        "感谢张医生妙手回春，治好了我多年的老毛病",
    ],
)
def test_r_cmp_01_thanks_for_a_life_saved_are_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert not _signals(text)


@pytest.mark.parametrize(
    "text", ["没能救回我父亲的命，谢谢你们尽力了", "最后还是没有抢救过来，谢谢大家"]
)
def test_r_cmp_01_a_life_lost_is_no_praise_of_a_result(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE
