"""What a reason or a described event shows stays one line, and a refusal names what the
caller gave (CONTRIBUTING items 4 and 9): names that reasons quote refuse control
characters; a free-text note is described with its line breaks as spaces."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from custops.complaints import Case, CaseEvent, Complaint, assess_penalty
from custops.deposits import Claim
from custops.errors import InvalidInput, InvalidType
from custops.secrecy import Matter, Person, access_report
from custops.sla import presets

SH = ZoneInfo("Asia/Shanghai")
T = dt.datetime(2025, 9, 30, 10, tzinfo=SH)


def test_a_described_event_is_one_line_whatever_its_note_R_CMP_06() -> None:
    """R-CMP-06: every event records its time and role; described, it is one line."""
    event = CaseEvent(T, "reply", "客户关系顾问", "活动\n已结束")
    assert event.note == "活动\n已结束"  # the record keeps the note as written
    described = event.describe()
    assert len(described.splitlines()) == 1
    assert "活动 已结束" in described


@pytest.mark.parametrize(
    ("fields", "argument"),
    [({"complainant": "王\n芳"}, "complainant"), ({"forwarded_by": "12315\n热线"}, "forwarded_by")],
)
def test_names_a_severity_reason_quotes_refuse_control_characters_R_CMP_07(
    fields: dict[str, str], argument: str
) -> None:
    """R-CMP-07: the severity reason quotes the complainant's channel and forwarder."""
    given = {"complainant": "王芳", **fields}
    with pytest.raises(InvalidInput, match="must not contain the control character") as caught:
        Complaint("phone", "酒有怪味", given.pop("complainant"), received_at=T, **given)  # type: ignore[arg-type]
    assert caught.value.argument == argument
    assert (
        Complaint("phone", "酒有怪味", "王芳", received_at=T, forwarded_by=" ").forwarded_by == ""
    )


def test_a_claim_description_refuses_control_characters_R_DEP_03() -> None:
    """R-DEP-03: a claim's description is quoted in its line's reason."""
    with pytest.raises(InvalidInput, match=r"^description: must not contain the control"):
        Claim("100", "a\nb", on=dt.date(2025, 1, 1))
    assert Claim("100", " 门锁损坏 ", on=dt.date(2025, 1, 1)).description == "门锁损坏"


def test_a_delayed_target_name_is_named_by_its_place_R_CMP_13() -> None:
    """R-CMP-13: the penalty reason quotes the delayed targets."""
    with pytest.raises(InvalidInput, match=r"^delayed\[1\]: must not contain the control"):
        assess_penalty(1000, delayed=["reply", "a\nb"])
    assert "reply" in assess_penalty(1000, delayed=[" reply "]).reason


def test_a_survey_refuses_a_satisfied_that_is_no_bool_naming_it_R_CMP_08() -> None:
    """R-CMP-08: ``satisfied`` is the caller's argument (not the event's ``data``)."""
    case = Case.open(
        Complaint("电话", "酒有怪味", "王先生", received_at=T),
        "客户关系顾问",
        policy=presets.get("dealer"),
    )
    with pytest.raises(InvalidType, match=r"^satisfied: must be a bool") as caught:
        case.survey(T, "客户关系顾问", None)  # type: ignore[arg-type]
    assert caught.value.argument == "satisfied"


def test_two_different_matters_sharing_an_id_are_refused_R_SEC_04() -> None:
    """R-SEC-04: an access report reads one matter per id (as one person per id)."""
    kw = {
        "owner": "华东公司",
        "classified_on": dt.date(2025, 1, 1),
        "ends_on": dt.date(2025, 12, 31),
    }
    pay = Matter("m1", "秘密", "工资", **kw)  # type: ignore[arg-type]
    deal = Matter("m1", "机密", "合同", **kw)  # type: ignore[arg-type]
    staff = [Person("li", company="华东公司")]
    with pytest.raises(InvalidInput, match=r"^matters\[1\]: shares the id 'm1' with matters\[0\]"):
        access_report(staff, [pay, deal], on=dt.date(2025, 6, 1))
    assert access_report(staff, [pay], on=dt.date(2025, 6, 1)).check_count == 1


def test_a_numpy_bool_is_named_with_its_package() -> None:
    """A refusal of a type named like a builtin says whose it is ("not a bool" would
    contradict "must be a bool")."""
    np = pytest.importorskip("numpy")
    from custops._validate import require_bool

    with pytest.raises(InvalidType, match=r"^x: must be a bool, not a numpy\.bool "):
        require_bool("x", np.bool_(True))


def test_a_tally_of_members_reads_any_spelling_of_a_key_R_CMP_14() -> None:
    """R-CMP-14: ``statistics().by_kind`` and the other tallies of members take a key as
    the enumeration's ``parse`` reads it; an unknown spelling is refused, not counted 0."""
    from custops.complaints import Channel, Kind, Tally

    tally = Tally(((Kind.CONSULTATION, 1), (Kind.COMPLAINT, 2), (None, 1)))
    for key in (Kind.CONSULTATION, "consultation", "咨询", " Consultation "):
        assert tally[key] == 1
        assert key in tally
    assert tally["praise"] == 0  # a kind never counted
    assert "表扬" not in tally
    with pytest.raises(InvalidInput, match=r"^key: is not a known Kind"):
        tally["xx"]
    channels = Tally(((Channel.PHONE, 3),))
    assert channels["phone"] == channels["电话"] == 3
    assert Tally((("a", 2),))["a"] == 2  # keys that are no members: as they are
