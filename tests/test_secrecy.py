"""custops.secrecy: levels, default classification, terms, access / copy / lend decisions (D12).

Example tests cite the rule they check (R-SEC-01 … R-SEC-07); the Hypothesis properties
at the end check the invariants of issue 8: deny by default, monotone in roles,
declassification only opens and only at the term's end, copies never weaker than their
original, determinism, every denial names a rule, and the batch forms agree with can_know.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.decisions import Decision
from custops.errors import (
    AccessDenied,
    CustopsError,
    InvalidInput,
    InvalidType,
    PolicyError,
    Refused,
)
from custops.i18n import language as in_language
from custops.i18n import stray_words
from custops.secrecy import (
    HQ,
    AccessDecision,
    Extension,
    Level,
    LevelDecision,
    LevelRequired,
    Matter,
    MatterKind,
    Openness,
    Person,
    Position,
    SecrecyPolicy,
    access_report,
    can_copy,
    can_know,
    can_lend,
    classify_matter,
    copy_of,
    default_level,
    effective_level,
    extend,
    report_leak,
    who_may_know,
)
from custops.testing import dates, persons, secrecy_groups
from custops.testing import matters as matter_strategy
from custops.testing import people as people_strategy

D = dt.date
SEED = SecrecyPolicy()
EAST, SOUTH = "华东公司", "华南公司"
JAN1, MID, DEC31, NEXT = D(2025, 1, 1), D(2025, 6, 1), D(2025, 12, 31), D(2026, 1, 1)
RULE = re.compile(r"^R-SEC-0[1-7]$")

# --- a realistic group: HQ and two subsidiaries ---------------------------------------
WANG = Person("wang", company=HQ, positions={Position.HQ_GM})
ZHANG = Person("zhang", company=HQ, positions={Position.HQ_DEPUTY_GM})
HE = Person("he", company=HQ, positions={Position.DEPARTMENT_MANAGER})
CHEN = Person("chen", company=HQ, positions={Position.STAFF})
GM_E = Person("gm_e", company=EAST, positions={Position.SUBSIDIARY_GM})
DM_E = Person("dm_e", company=EAST, positions={Position.DEPARTMENT_MANAGER})
SUP_E = Person("sup_e", company=EAST, positions={Position.SUPERVISOR})
LI = Person("li", company=EAST, positions={Position.STAFF})
ZHOU = Person("zhou", company=EAST, positions={Position.STAFF})
GM_S = Person("gm_s", company=SOUTH, positions={Position.SUBSIDIARY_GM})
DM_S = Person("dm_s", company=SOUTH, positions={Position.DEPARTMENT_MANAGER})
SUN = Person("sun", company=SOUTH, positions={Position.STAFF})
EVERYONE = (WANG, ZHANG, HE, CHEN, GM_E, DM_E, SUP_E, LI, ZHOU, GM_S, DM_S, SUN)

TOP = Matter(
    "T-1",
    Level.TOP_SECRET,
    MatterKind.MAJOR_DECISION,
    owner=HQ,
    classified_on=JAN1,
    ends_on=DEC31,
    supervisor_id="he",
    person_ids={"chen"},
)
PLAN = Matter(
    "C-1",
    Level.CONFIDENTIAL,
    MatterKind.ANNUAL_PLAN,
    owner=EAST,
    classified_on=JAN1,
    ends_on=DEC31,
    supervisor_id="sup_e",
    person_ids={"li"},
)
CONTRACT = Matter(
    "S-1",
    Level.SECRET,
    MatterKind.CONTRACT,
    owner=EAST,
    classified_on=JAN1,
    ends_on=DEC31,
    supervisor_id="dm_e",
    person_ids={"zhou"},
)
LICENCE = Matter(
    "L-1",
    Level.SECRET,
    MatterKind.BUSINESS_LICENCE,
    owner=EAST,
    classified_on=JAN1,
    ends_on=None,
    person_ids={"li"},
)
TAX = attrs.evolve(LICENCE, id="L-2", kind=MatterKind.TAX_REGISTRATION_CERTIFICATE)
NOTICE = Matter(
    "N-1", Level.UNCLASSIFIED, MatterKind.NOTICE, owner=EAST, classified_on=JAN1, ends_on=None
)


# --- R-SEC-01: levels ------------------------------------------------------------------


def as_given(decision: AccessDecision) -> AccessDecision:
    """``decision`` with its reason as worded now, given as text: comparable with a
    decision built with the reason expected."""
    return AccessDecision(decision.allowed, decision.rule, decision.reason)


def test_R_SEC_01_levels_are_ordered_with_chinese_labels() -> None:
    assert Level.UNCLASSIFIED < Level.SECRET < Level.CONFIDENTIAL < Level.TOP_SECRET
    assert [lv.label for lv in Level] == ["非密", "秘密", "机密", "绝密"]
    assert [lv.classified for lv in Level] == [False, True, True, True]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("绝密", Level.TOP_SECRET),
        ("绝密级", Level.TOP_SECRET),
        ("top_secret", Level.TOP_SECRET),
        ("TOP SECRET", Level.TOP_SECRET),
        ("Top-Secret", Level.TOP_SECRET),
        ("机密", Level.CONFIDENTIAL),
        ("机密级", Level.CONFIDENTIAL),
        ("confidential", Level.CONFIDENTIAL),
        ("秘密", Level.SECRET),
        (" SECRET ", Level.SECRET),
        ("非密", Level.UNCLASSIFIED),
        ("not classified", Level.UNCLASSIFIED),
        ("unclassified", Level.UNCLASSIFIED),
        (Level.SECRET, Level.SECRET),
    ],
)
def test_R_SEC_01_level_parse(text: str | Level, level: Level) -> None:
    assert Level.parse(text) is level


@pytest.mark.parametrize("text", ["", "internal", "公开", "secret!", "级"])
def test_R_SEC_01_unknown_level_is_invalid_input_naming_the_text(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"level: is not a known Level") as info:
        Level.parse(text, argument="level")
    assert info.value.value == text


def test_R_SEC_01_level_parse_refuses_other_types() -> None:
    with pytest.raises(InvalidType, match="level: must be a Level or a str, not an int"):
        Level.parse(2, argument="level")


@pytest.mark.parametrize(
    "kind",
    [
        MatterKind.GENERAL_DECISION,
        MatterKind.RESOLUTION,
        MatterKind.ANNOUNCEMENT,
        MatterKind.NOTICE,
        MatterKind.ADMINISTRATIVE_PAPER,
    ],
)
def test_R_SEC_01_general_papers_are_not_classified(kind: MatterKind) -> None:
    assert default_level(kind) is Level.UNCLASSIFIED


# --- R-SEC-02: default level by kind -----------------------------------------------------

SEED_DEFAULTS = {
    "重大决策": Level.TOP_SECRET,
    "年度规划": Level.CONFIDENTIAL,
    "财务报表": Level.CONFIDENTIAL,
    "统计资料": Level.CONFIDENTIAL,
    "重要会议记录": Level.CONFIDENTIAL,
    "经营情况": Level.CONFIDENTIAL,
    "厂家技术资料": Level.CONFIDENTIAL,
    "合同": Level.SECRET,
    "协议": Level.SECRET,
    "人事档案": Level.SECRET,
    "工资": Level.SECRET,
    "奖金": Level.SECRET,
    "尚未公开的信息": Level.SECRET,
    "营业执照": Level.SECRET,
    "组织机构代码证": Level.SECRET,
    "税务登记证": Level.SECRET,
    "相关证件": Level.SECRET,
}


@pytest.mark.parametrize(("kind", "level"), sorted(SEED_DEFAULTS.items()))
def test_R_SEC_02_default_levels_of_the_seed(kind: str, level: Level) -> None:
    assert default_level(kind) is level


def test_R_SEC_02_a_level_below_the_kinds_default_is_refused() -> None:
    """R-SEC-02 (D12 三 3, 三 4): 重大决策 are 绝密; marking one 秘密 is refused naming level."""
    with pytest.raises(
        InvalidInput,
        match=r"^level: major decision may not be classified below top secret: .*'秘密'",
    ):
        classify_matter(
            "Y", "重大决策", owner=EAST, classified_on=JAN1, ends_on=None, level="秘密",
            person_ids={"li"},
        )  # fmt: skip
    with pytest.raises(
        InvalidInput, match=r"^level: financial statement may not be classified below confidential"
    ):
        classify_matter("F", "财务报表", owner=EAST, classified_on=JAN1, ends_on=None, level="秘密")


def test_R_SEC_02_a_level_above_the_kinds_default_is_allowed() -> None:
    """R-SEC-02: a contract (秘密 by default) may be marked 机密 or 绝密."""
    higher = classify_matter(
        "S", "合同", owner=EAST, classified_on=JAN1, ends_on=None, level="绝密"
    )
    assert higher.level is Level.TOP_SECRET


def test_R_SEC_02_a_matter_built_or_loaded_below_its_kinds_default_is_refused() -> None:
    """R-SEC-02: the floor holds for Matter itself and for a stored document loaded back."""
    with pytest.raises(
        InvalidInput, match=r"^level: major decision may not be classified below top secret"
    ):
        Matter("Y", "秘密", "重大决策", owner=HQ, classified_on=JAN1, ends_on=None)
    doc = serial.to_dict(
        Matter("Y", "绝密", "重大决策", owner=HQ, classified_on=JAN1, ends_on=None)
    )
    doc["value"]["level"] = "secret"
    with pytest.raises(InvalidInput, match="major decision may not be classified below top secret"):
        serial.from_dict(doc)


def test_R_SEC_02_a_policy_may_raise_a_default_never_lower_one() -> None:
    """R-SEC-02: D12 三 3's levels are a floor of the policy too."""
    levels: dict[MatterKind | str, Level | str] = dict(SEED.default_levels)
    with pytest.raises(
        PolicyError, match=r"^default_levels: major decision may not be classified below top secret"
    ):
        SecrecyPolicy(default_levels={**levels, "重大决策": "机密"})
    with pytest.raises(
        PolicyError, match=r"^out_of_scope: contract is secret by D12 part 3, item 3"
    ):
        SecrecyPolicy(default_levels={}, out_of_scope={"合同"})
    strict = SecrecyPolicy(default_levels={**levels, "合同": "机密"})
    with pytest.raises(
        InvalidInput, match=r"^level: contract may not be classified below confidential"
    ):
        classify_matter(
            "S", "合同", owner=EAST, classified_on=JAN1, ends_on=None, level="秘密", policy=strict
        )
    without = SecrecyPolicy(default_levels={})  # every kind classified explicitly
    with pytest.raises(
        InvalidInput, match=r"^level: major decision may not be classified below top secret"
    ):
        classify_matter(
            "Y", "重大决策", owner=HQ, classified_on=JAN1, ends_on=None, level="机密",
            policy=without,
        )  # fmt: skip


@given(kind=st.sampled_from(MatterKind), level=st.sampled_from(Level))
def test_property_R_SEC_02_a_given_level_is_taken_iff_not_below_the_default(
    kind: MatterKind, level: Level
) -> None:
    """R-SEC-02: classify_matter and Matter take a level iff it is at or above the kind's
    default (a kind without one: any of the three levels; out of scope: 非密 only)."""
    try:
        floor = default_level(kind)
    except LevelRequired:
        floor = Level.SECRET
    fits = level >= floor and level.classified is (kind not in SEED.out_of_scope)

    def classify() -> Matter:
        return classify_matter(
            "X", kind, owner=EAST, classified_on=JAN1, ends_on=None, level=level,
            supervisor_id="sup",
        )  # fmt: skip

    if fits:
        assert classify().level is level
    else:
        with pytest.raises(InvalidInput) as refused:
            classify()
        assert refused.value.argument == "level"
    if level < floor and kind not in NO_DEFAULT:
        with pytest.raises(InvalidInput, match=r"^level: .* may not be classified below "):
            Matter("X", level, kind, owner=EAST, classified_on=JAN1, ends_on=None)


NO_DEFAULT = [
    MatterKind.BUSINESS_STRATEGY,
    MatterKind.OPINION,
    MatterKind.FEASIBILITY_REPORT,
    MatterKind.BUDGET_REPORT,
    MatterKind.AUDIT_REPORT,
    MatterKind.MANAGEMENT_STRATEGY,
    MatterKind.CUSTOMER_INFORMATION,
    MatterKind.SOURCING_INTELLIGENCE,
    MatterKind.PRODUCTION_SALES_STRATEGY,
    MatterKind.TECHNICAL_INFORMATION,
    MatterKind.PRODUCT_TRENDS,
    MatterKind.OTHER_CONFIRMED,
]


@pytest.mark.parametrize("kind", NO_DEFAULT)
def test_R_SEC_02_in_scope_kind_without_default_needs_an_explicit_level(kind: MatterKind) -> None:
    with pytest.raises(LevelRequired, match=r"has no default level \(R-SEC-02\); classify it"):
        default_level(kind)
    with pytest.raises(LevelRequired):
        classify_matter("X", kind, owner=EAST, classified_on=JAN1, ends_on=None)
    explicit = classify_matter(
        "X", kind, owner=EAST, classified_on=JAN1, ends_on=None, level="秘密"
    )
    assert explicit.level is Level.SECRET


def test_R_SEC_02_every_kind_has_a_default_or_needs_one_never_silently() -> None:
    for kind in MatterKind:
        if kind in NO_DEFAULT:
            with pytest.raises(LevelRequired):
                default_level(kind)
        else:
            assert isinstance(default_level(kind), Level)


def test_R_SEC_02_level_required_is_invalid_input() -> None:
    assert issubclass(LevelRequired, InvalidInput)
    assert issubclass(LevelRequired, CustopsError)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("营业执照", MatterKind.BUSINESS_LICENCE),
        ("business license", MatterKind.BUSINESS_LICENCE),
        ("BUSINESS_LICENCE", MatterKind.BUSINESS_LICENCE),
        ("Organization code certificate", MatterKind.ORGANISATION_CODE_CERTIFICATE),
        ("客户信息", MatterKind.CUSTOMER_INFORMATION),
        ("customer information", MatterKind.CUSTOMER_INFORMATION),
        ("技术潜力", MatterKind.TECHNICAL_INFORMATION),
        ("通知", MatterKind.NOTICE),
        # office wordings D12 settles: the kind, so the level, is the same whatever the
        # paper is called
        ("放假通知", MatterKind.NOTICE),
        ("會議通知", MatterKind.NOTICE),
        ("公告", MatterKind.ANNOUNCEMENT),
        ("工资表", MatterKind.WAGES),
        ("工資條", MatterKind.WAGES),
        ("payroll", MatterKind.WAGES),
        ("绩效奖金", MatterKind.BONUSES),
        ("劳动合同", MatterKind.CONTRACT),
        ("勞動合同", MatterKind.CONTRACT),
        ("employment contract", MatterKind.CONTRACT),
        ("保密协议", MatterKind.AGREEMENT),
        ("资产负债表", MatterKind.FINANCIAL_STATEMENT),
        ("資產負債表", MatterKind.FINANCIAL_STATEMENT),
        ("预算报告", MatterKind.BUDGET_REPORT),
        ("重要会议纪要", MatterKind.MEETING_MINUTES),
        ("客户名单", MatterKind.CUSTOMER_INFORMATION),
        ("员工档案", MatterKind.PERSONNEL_FILE),
        ("营业执照副本", MatterKind.BUSINESS_LICENCE),
    ],
)
def test_R_SEC_02_kind_parse(text: str, kind: MatterKind) -> None:
    assert MatterKind.parse(text) is kind


def test_R_SEC_02_an_unknown_kind_is_refused_naming_the_callers_argument() -> None:
    """R-SEC-02: 征信报告 is no kind D12 lists.  ``MatterKind.parse`` names its own argument,
    ``text``, as every enumeration's parse does; each function or policy that takes a kind
    names its own argument (docs/enums.md)."""
    with pytest.raises(InvalidInput, match=r"^text: is not a known MatterKind; nearest"):
        MatterKind.parse("征信报告")
    with pytest.raises(InvalidInput, match=r"^kind: is not a known MatterKind"):
        MatterKind.parse("征信报告", argument="kind")
    with pytest.raises(InvalidInput, match=r"^kind: is not a known MatterKind"):
        default_level("征信报告")
    with pytest.raises(InvalidInput, match=r"^kind: is not a known MatterKind"):
        classify_matter(
            "M-1", "征信报告", owner="华东公司", classified_on=dt.date(2025, 1, 2), ends_on=None
        )
    for field in ("out_of_scope", "certificate_kinds", "manager_copyable"):
        kinds: dict[str, Any] = {field: {"征信报告"}}
        with pytest.raises(InvalidInput, match=rf"^{field}: is not a known MatterKind"):
            SecrecyPolicy(**kinds)
    with pytest.raises(InvalidInput, match=r"^default_levels: is not a known MatterKind"):
        SecrecyPolicy(default_levels={"征信报告": Level.SECRET})


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("会议纪要", "meeting_minutes", "administrative_paper"),
        ("會議紀要", "meeting_minutes", "administrative_paper"),
        ("会议记录", "meeting_minutes", "administrative_paper"),
        ("board minutes", "meeting_minutes", "administrative_paper"),
        ("技术图纸", "manufacturer_materials", "technical_information"),
        ("决定", "major_decision", "general_decision"),
        ("报表", "financial_statement", "statistics"),
        ("档案", "personnel_file", "customer_information"),
    ],
)
def test_R_SEC_01_02_a_wording_of_two_kinds_is_refused_naming_both(
    text: str, first: str, second: str
) -> None:
    """R-SEC-01/02: minutes are 机密 only when the meeting is important (重要会议记录), else
    an internal paper outside the scope: a wording D12 does not settle is refused naming the
    two kinds, never mapped to either (all minutes would be 机密, or none)."""
    with pytest.raises(InvalidInput) as info:
        classify_matter(
            "M-1", text, owner="华东公司", classified_on=dt.date(2025, 1, 2), ends_on=None
        )
    assert str(info.value) == (
        f"kind: may name {first} or {second}: give the MatterKind meant (got {text!r})"
    )


def test_R_SEC_02_no_ambiguous_wording_is_also_a_spelling() -> None:
    """Each wording refused as ambiguous names kinds that exist and is no spelling of a kind
    (it would be refused all the same, and the spelling would be dead)."""
    from custops._enums import fold, names_of
    from custops.secrecy import _AMBIGUOUS_KINDS

    spellings = {fold(n) for k in MatterKind for n in names_of(k)}
    for word, kinds in _AMBIGUOUS_KINDS.items():
        assert word not in spellings, word
        assert len(kinds) == 2
        assert all(MatterKind[name] for name in kinds)


def test_R_SEC_02_unknown_kind_is_an_error() -> None:
    """An unknown kind: the argument, the value and where the 34 kinds are listed, in one
    short line (not every kind)."""
    with pytest.raises(InvalidInput) as info:
        default_level("菜单")
    assert str(info.value) == (
        "kind: is not a known MatterKind; MatterKind.choices() or `custops secrecy kinds` "
        "lists all 34 (got '菜单')"
    )
    with pytest.raises(InvalidInput) as info:
        default_level("工资清单")  # near 工资 and its spellings
    assert str(info.value).startswith("kind: is not a known MatterKind; nearest: wages; ")
    assert len(str(info.value)) < 200
    with in_language("zh_CN"), pytest.raises(InvalidInput, match=r"nearest: wages \(工资\);"):
        default_level("工资清单")
    with pytest.raises(InvalidType, match="kind: must be a MatterKind or a str"):
        default_level(3)  # type: ignore[call-overload]


def test_R_SEC_02_classify_uses_the_default_and_allows_an_explicit_level() -> None:
    m = classify_matter("M", "合同", owner=EAST, classified_on=JAN1, ends_on=DEC31)
    assert m.level is Level.SECRET
    higher = classify_matter(
        "M",
        "合同",
        owner=EAST,
        classified_on=JAN1,
        ends_on=DEC31,
        level="机密",
        supervisor_id="zhao",
    )
    assert higher.level is Level.CONFIDENTIAL


@pytest.mark.parametrize("level", [None, "机密"])
def test_R_SEC_04_a_confidential_matter_needs_its_responsible_supervisor(
    level: str | None,
) -> None:
    """R-SEC-04 (D12 四 1 3) 机密级只限负责该项工作的主管人员以及该主管人员认为必须知道的人员
    知晓): a 机密 matter, by default (年度规划) or by choice, is refused without the supervisor
    responsible for it, naming ``supervisor_id``; 秘密 and 绝密 need none (绝密's people are
    designated by the HQ (deputy) GM, an office)."""
    kind = "年度规划" if level is None else "合同"
    with pytest.raises(
        InvalidInput, match=r"^supervisor_id: a confidential matter is known only"
    ) as exc:
        classify_matter("C-9", kind, owner=EAST, classified_on=JAN1, ends_on=DEC31, level=level)
    assert exc.value.argument == "supervisor_id"
    assert exc.value.value is None
    made = classify_matter(
        "C-9",
        kind,
        owner=EAST,
        classified_on=JAN1,
        ends_on=DEC31,
        level=level,
        supervisor_id="zhao",
    )
    assert made.level is Level.CONFIDENTIAL
    assert made.supervisor_id == "zhao"
    for other in ("秘密", "绝密"):
        plain = classify_matter(
            "C-8", "合同", owner=EAST, classified_on=JAN1, ends_on=DEC31, level=other
        )
        assert plain.supervisor_id is None


def test_R_SEC_04_access_reason_is_true_without_a_supervisor() -> None:
    """R-SEC-04: on a 机密 ``Matter`` built without a supervisor, a cleared person is allowed
    as cleared on the matter, and the reason does not say a supervisor named them; with a
    supervisor, the reason says so."""
    clerk = Person("li", company=EAST, positions={"员工"})
    bare = Matter(
        "C-9", "机密", "年度规划", owner=EAST, classified_on=JAN1, ends_on=DEC31, person_ids={"li"}
    )
    allowed = can_know(clerk, bare, on=dt.date(2025, 6, 1))
    assert allowed.allowed
    assert allowed.rule == "R-SEC-04"
    assert (
        allowed.reason
        == "confidential (机密): cleared on the matter, which records no responsible supervisor"
    )
    assert "named" not in allowed.reason
    with in_language("zh_CN"):
        said = str(can_know(clerk, bare, on=dt.date(2025, 6, 1)))
    assert said == "允许（R-SEC-04）：机密：为该事项登记的知晓人员（该事项未登记负责主管）"
    supervised = attrs.evolve(bare, supervisor_id="zhao")
    assert can_know(clerk, supervised, on=dt.date(2025, 6, 1)).reason == (
        "confidential (机密): the responsible supervisor or a person they named"
    )
    boss = Person("zhao", company=EAST, positions={"主管"})
    assert can_know(boss, supervised, on=dt.date(2025, 6, 1)).allowed
    assert not can_know(boss, bare, on=dt.date(2025, 6, 1)).allowed


def test_R_SEC_02_policy_can_give_a_default_to_customer_information() -> None:
    levels: dict[MatterKind | str, Level | str] = dict(SEED.default_levels)
    levels["客户信息"] = "机密"
    policy = SecrecyPolicy(default_levels=levels)
    assert default_level("客户信息", policy=policy) is Level.CONFIDENTIAL


# --- roles and people --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("总公司总经理", Position.HQ_GM),
        ("hq gm", Position.HQ_GM),
        ("总公司副总经理", Position.HQ_DEPUTY_GM),
        ("HQ_DEPUTY_GM", Position.HQ_DEPUTY_GM),
        ("子公司总经理", Position.SUBSIDIARY_GM),
        ("部门经理", Position.DEPARTMENT_MANAGER),
        ("department manager", Position.DEPARTMENT_MANAGER),
        ("主管", Position.SUPERVISOR),
        ("员工", Position.STAFF),
        ("staff", Position.STAFF),
    ],
)
def test_R_SEC_04_role_parse(text: str, role: Position) -> None:
    assert Position.parse(text) is role


@pytest.mark.parametrize("text", ["总经理", "boss", "经理", "CEO"])
def test_R_SEC_04_unknown_or_ambiguous_role_is_an_error(text: str) -> None:
    with pytest.raises(InvalidInput, match="is not a known Position"):
        Person("p", company=EAST, positions={text})


def test_R_SEC_04_role_rank_orders_authority() -> None:
    ranked = sorted(Position, key=lambda r: r.rank)
    assert ranked == [
        Position.STAFF,
        Position.SUPERVISOR,
        Position.DEPARTMENT_MANAGER,
        Position.SUBSIDIARY_GM,
        Position.HQ_DEPUTY_GM,
        Position.HQ_GM,
    ]


def test_person_hq_aliases_and_role_placement() -> None:
    """A Person keeps its company as typed (总公司, hq read as HQ); a subsidiary GM at HQ is
    refused at once, an HQ position elsewhere by the decision, whose policy says which
    names are HQ's (SecrecyPolicy.hq_names)."""
    assert Person("a", company="总公司").company == HQ
    assert Person("a", company="hq").company == HQ
    with pytest.raises(InvalidInput, match="subsidiary general manager is held at a subsidiary"):
        Person("a", company=HQ, positions={"子公司总经理"})
    misplaced = Person("a", company=EAST, positions={"总公司总经理"})
    assert misplaced.company == EAST
    with pytest.raises(InvalidInput) as info:
        can_know(misplaced, PLAN, on=MID)
    assert info.value.argument == "person"
    assert info.value.problem == (
        f"HQ general manager is held only at HQ, not at {EAST!r} "
        "(SecrecyPolicy.hq_names gives HQ's own names)"
    )
    with pytest.raises(InvalidInput, match=r"^people\[1\]: HQ general manager is held only"):
        who_may_know([LI, misplaced], PLAN, on=MID)
    with pytest.raises(InvalidInput, match=r"^people\[0\]: HQ general manager is held only"):
        access_report([misplaced], [PLAN], on=MID)
    with pytest.raises(InvalidInput, match=r"^approval: HQ general manager is held only"):
        can_copy(LI, PLAN, on=MID, approval=misplaced)


def test_R_SEC_04_a_banks_head_office_is_hq_built_in() -> None:
    """R-SEC-04: 总行, a bank's head office, is HQ as 总公司 and 总部 are, with no
    ``hq_names``: its general manager holds the HQ position, and a matter it owns is HQ's."""
    assert Person("a", company="总行").company == HQ
    assert Person("a", company=" 總行 ").company == HQ  # Traditional, trimmed
    gm = Person("s01", company="总行", positions={"总公司总经理"})
    known = can_know(gm, PLAN, on=MID)
    assert (known.allowed, known.rule) == (True, "R-SEC-04")
    paper = Matter("B-1", "秘密", "合同", owner="总行", classified_on=JAN1, ends_on=None)
    assert paper.owner == HQ
    assert Person("b", company="总行营业部").company == "总行营业部"  # a branch is not HQ


HQ_NAMED = SecrecyPolicy(hq_names={"华信科技总公司", " 华信集团 "})


def test_R_SEC_04_hq_names_of_the_policy_are_hq() -> None:
    """HQ under its own name: the policy's hq_names are HQ for every decision (positions,
    owning company, approvals), the person and the matter keep the name as typed."""
    gm = Person("s01", company="华信科技总公司", positions={"总公司总经理"})
    assert gm.company == "华信科技总公司"
    assert HQ_NAMED.hq_names == {"华信科技总公司", "华信集团"}
    known = can_know(gm, PLAN, on=MID, policy=HQ_NAMED)
    assert (known.allowed, known.rule) == (True, "R-SEC-04")
    # 总公司 (HQ) and 华信集团 are one company under the policy: a declassified matter of HQ
    # is open to the staff of the owning company, whatever HQ is called
    old = Matter("H-1", "秘密", "合同", owner="总公司", classified_on=JAN1, ends_on=MID)
    clerk = Person("s09", company=" 华信集团")
    open_to = SecrecyPolicy(hq_names={"华信集团"}, declassified_open_to="owning_company")
    assert can_know(clerk, old, on=NEXT, policy=open_to).allowed
    assert not can_know(clerk, old, on=NEXT).allowed  # the seed's policy: another company
    assert who_may_know([clerk, LI], old, on=NEXT, policy=open_to) == (clerk,)
    report = access_report([clerk, LI], [old], on=NEXT, policy=open_to)
    assert report.for_matter("H-1").open_to_ids == {"s09"}
    # an HQ-owned 机密 copy: HQ's (deputy) GM approves, under HQ's own name too
    secret = Matter(
        "H-2",
        "机密",
        "财务报表",
        owner="华信科技总公司",
        classified_on=JAN1,
        ends_on=None,
        supervisor_id="s09",
        person_ids={"s09"},
    )
    staff = Person("s09", company="华信科技总公司")
    copy = can_copy(staff, secret, on=MID, approval=gm, policy=HQ_NAMED)
    assert (copy.allowed, copy.rule) == (True, "R-SEC-05")
    # a subsidiary GM cannot be at a company the policy reads as HQ
    odd = Person("x", company="华信科技总公司", positions={"子公司总经理"})
    with pytest.raises(InvalidInput, match=r"^person: subsidiary general manager is held at a"):
        can_know(odd, PLAN, on=MID, policy=HQ_NAMED)


def test_R_SEC_04_hq_names_are_company_names() -> None:
    """hq_names: a collection of company names, each trimmed; a bad one names the field."""
    assert SecrecyPolicy().hq_names == frozenset()
    assert SecrecyPolicy(hq_names=["总公司"]).hq_names == frozenset()  # already HQ
    with pytest.raises(InvalidType, match=r"^hq_names: must be a collection"):
        SecrecyPolicy(hq_names="华信科技总公司")
    with pytest.raises(InvalidInput, match=r"^hq_names\[0\]: must not be empty"):
        SecrecyPolicy(hq_names=[" "])


@settings(max_examples=50, deadline=None)
@given(
    st.sampled_from(
        ["华信科技总公司", "华信科技总公司\u3000", " 华信科技总公司 ", "ＨＸ总部", "hx总部"]
    )
)
def test_R_SEC_04_a_person_at_an_hq_name_is_as_at_hq_property(name: str) -> None:
    """Property: under a policy naming HQ so, a person at that name decides as one at HQ."""
    policy = SecrecyPolicy(hq_names={"华信科技总公司", "HX总部"})
    for positions in ({"总公司总经理"}, {"总公司副总经理"}, {"员工"}):
        there = Person("p", company=name, positions=positions)
        at_hq = Person("p", company=HQ, positions=positions)
        for matter in (
            PLAN,
            Matter("N", "非密", "通知", owner=HQ, classified_on=JAN1, ends_on=None),
        ):
            assert can_know(there, matter, on=MID, policy=policy) == can_know(
                at_hq, matter, on=MID, policy=policy
            )


def test_person_refuses_bad_values() -> None:
    with pytest.raises(InvalidType, match="positions: must be a collection of Position, not a str"):
        Person("a", company=EAST, positions="员工")
    with pytest.raises(InvalidInput, match="id: must not be empty"):
        Person(" ", company=EAST)
    with pytest.raises(InvalidType, match="company: must be a str"):
        Person("a", company=None)  # type: ignore[arg-type]


def test_with_role_adds_a_role() -> None:
    assert LI.with_position("主管").positions == {Position.STAFF, Position.SUPERVISOR}


# --- R-SEC-03: terms, declassification, extension ---------------------------------------


def test_R_SEC_03_classified_through_the_term_end_day_declassified_the_next_day() -> None:
    assert effective_level(PLAN, on=JAN1) is Level.CONFIDENTIAL
    assert effective_level(PLAN, on=DEC31) is Level.CONFIDENTIAL
    assert effective_level(PLAN, on=NEXT) is Level.UNCLASSIFIED
    assert can_know(ZHOU, PLAN, on=DEC31).allowed is False
    assert as_given(can_know(ZHOU, PLAN, on=NEXT)) == AccessDecision(
        True, "R-SEC-03", "declassified at the end of its term; open to staff of the owning company"
    )


def test_R_SEC_03_days_before_classification_count_as_classified() -> None:
    assert effective_level(PLAN, on=D(2024, 1, 1)) is Level.CONFIDENTIAL


def test_R_SEC_03_no_term_means_never_declassified_automatically() -> None:
    assert effective_level(LICENCE, on=D(2099, 1, 1)) is Level.SECRET


def test_R_SEC_03_extension_keeps_the_matter_classified() -> None:
    longer = extend(PLAN, ends_on=D(2026, 6, 30), decided_on=D(2025, 12, 31))
    assert longer.last_classified_on == D(2026, 6, 30)
    assert effective_level(longer, on=NEXT) is Level.CONFIDENTIAL
    assert effective_level(longer, on=D(2026, 7, 1)) is Level.UNCLASSIFIED
    assert PLAN.last_classified_on == DEC31  # the original is unchanged
    twice = extend(longer, ends_on=D(2027, 1, 1), decided_on=D(2026, 6, 1))
    assert twice.extensions == (
        Extension(decided_on=D(2025, 12, 31), ends_on=D(2026, 6, 30)),
        Extension(decided_on=D(2026, 6, 1), ends_on=D(2027, 1, 1)),
    )


def test_R_SEC_03_extension_after_declassification_is_refused() -> None:
    """R-SEC-03: refused naming ``decided_on``, the caller's argument, with its day."""
    with pytest.raises(InvalidInput, match="not re-classified by extension") as caught:
        extend(PLAN, ends_on=D(2026, 6, 30), decided_on=NEXT)
    assert (caught.value.argument, caught.value.value) == ("decided_on", NEXT)


def test_R_SEC_03_extension_must_move_the_end_later() -> None:
    """R-SEC-03: refused naming ``ends_on`` with its day (not an Extension never built)."""
    with pytest.raises(InvalidInput, match="must be after the current term end 2025-12-31") as c:
        extend(PLAN, ends_on=DEC31, decided_on=MID)
    assert (c.value.argument, c.value.value) == ("ends_on", DEC31)


def test_R_SEC_03_extension_of_unclassified_or_termless_matter_is_refused() -> None:
    with pytest.raises(InvalidInput, match="is not classified; nothing to extend"):
        extend(NOTICE, ends_on=DEC31, decided_on=MID)
    with pytest.raises(InvalidInput, match="without a term cannot be extended") as caught:
        extend(LICENCE, ends_on=DEC31, decided_on=MID)
    assert (caught.value.argument, caught.value.value) == ("matter", LICENCE.id)


def test_R_SEC_03_matter_validation() -> None:
    with pytest.raises(InvalidInput, match="ends_on: must not be before classified_on"):
        Matter("X", "秘密", "合同", owner=EAST, classified_on=MID, ends_on=JAN1)
    with pytest.raises(InvalidType, match=r"classified_on: must be a datetime\.date"):
        Matter(
            "X",
            "秘密",
            "合同",
            owner=EAST,
            classified_on=dt.datetime(2025, 1, 1),
            ends_on=None,
        )
    with pytest.raises(InvalidType, match="person_ids: must be a collection of person ids"):
        Matter("X", "秘密", "合同", owner=EAST, classified_on=JAN1, ends_on=None, person_ids="li")
    with pytest.raises(InvalidInput, match="level: is not a known Level"):
        Matter("X", "内部", "合同", owner=EAST, classified_on=JAN1, ends_on=None)


def test_R_SEC_03_effective_level_refuses_a_datetime() -> None:
    with pytest.raises(InvalidType, match=r"on: must be a datetime\.date, not a datetime"):
        effective_level(PLAN, on=dt.datetime(2025, 6, 1, tzinfo=ZoneInfo("Asia/Shanghai")))


# --- R-SEC-04: who may know ------------------------------------------------------------


@pytest.mark.parametrize("leader", [WANG, ZHANG])
@pytest.mark.parametrize("matter", [TOP, PLAN, CONTRACT, LICENCE, NOTICE])
def test_R_SEC_04_hq_gm_and_deputies_know_everything(leader: Person, matter: Matter) -> None:
    decision = can_know(leader, matter, on=MID)
    assert decision.allowed
    assert decision.rule == "R-SEC-04"
    assert "may know every matter" in decision.reason


def test_R_SEC_04_top_secret_only_designated_people() -> None:
    assert as_given(can_know(CHEN, TOP, on=MID)) == AccessDecision(
        True, "R-SEC-04", "top secret (绝密): designated by the HQ (deputy) GM"
    )
    for person in (HE, GM_E, DM_E, SUP_E, LI, GM_S):  # HE is even its supervisor
        decision = can_know(person, TOP, on=MID)
        assert decision.allowed is False
        assert decision.rule == "R-SEC-04"
        assert decision.reason.startswith("top secret (绝密): only people designated")


def test_R_SEC_04_confidential_supervisor_and_the_people_they_named() -> None:
    assert can_know(SUP_E, PLAN, on=MID).allowed
    assert can_know(LI, PLAN, on=MID).allowed
    for person in (GM_E, DM_E, ZHOU, HE, GM_S):  # a subsidiary GM is not cleared by rank
        assert can_know(person, PLAN, on=MID).allowed is False
    assert can_know(GM_E, PLAN, on=MID).reason.startswith(
        "confidential (机密): only the responsible supervisor"
    )


def test_R_SEC_04_secret_related_staff_only() -> None:
    assert can_know(ZHOU, CONTRACT, on=MID).reason == "secret (秘密): related staff of the matter"
    assert can_know(DM_E, CONTRACT, on=MID).allowed  # the responsible supervisor is related
    for person in (LI, SUP_E, GM_E, SUN, HE):
        assert as_given(can_know(person, CONTRACT, on=MID)) == AccessDecision(
            False, "R-SEC-04", "secret (秘密): only related staff may know it"
        )


def test_R_SEC_01_unclassified_paper_is_open_to_every_staff_member_by_default() -> None:
    """R-SEC-01 (D12 三 2: 通知 and the like are internal papers outside the secrecy scope;
    D12 二: the policy covers 总公司及直属公司全体员工): by default a paper never classified
    is open to every staff member of the group; ``unclassified_open_to`` limits it to the
    owning company, and the refusal names both companies (matched by name as written)."""
    for person in (ZHOU, SUN, HE):
        decision = can_know(person, NOTICE, on=MID)
        assert decision.allowed
        assert decision.rule == "R-SEC-01"
        assert decision.reason.endswith("open to every staff member")
    own = SecrecyPolicy(unclassified_open_to=Openness.OWNING_COMPANY)
    assert can_know(ZHOU, NOTICE, on=MID, policy=own).allowed
    assert can_know(HE, NOTICE, on=MID, policy=own).allowed is False
    refused = can_know(SUN, NOTICE, on=MID, policy=own)
    assert refused.allowed is False
    assert refused.rule == "R-SEC-01"
    assert '"华东公司"' in refused.reason
    assert '"华南公司"' in refused.reason
    assert "matched by name as written" in refused.reason
    drift = Person("s18", company="华东子公司", positions={Position.STAFF})
    assert can_know(drift, NOTICE, on=MID).allowed
    assert '"华东子公司"' in can_know(drift, NOTICE, on=MID, policy=own).reason


def test_R_SEC_01_the_two_openness_fields_are_independent() -> None:
    """R-SEC-01 / R-SEC-03: ``unclassified_open_to`` governs papers never classified,
    ``declassified_open_to`` those declassified at the end of their term."""
    assert SecrecyPolicy().unclassified_open_to is Openness.EVERYONE
    assert SecrecyPolicy().declassified_open_to is Openness.OWNING_COMPANY
    assert can_know(SUN, CONTRACT, on=NEXT).allowed is False  # declassified, another company
    opened = SecrecyPolicy(declassified_open_to="everyone", unclassified_open_to="company")
    assert can_know(SUN, CONTRACT, on=NEXT, policy=opened).allowed
    assert can_know(SUN, NOTICE, on=MID, policy=opened).allowed is False


def test_R_SEC_03_declassified_matter_open_to_company_and_to_whoever_was_cleared() -> None:
    outsider = Person("x", company=SOUTH, positions={Position.STAFF})
    cleared_elsewhere = attrs.evolve(PLAN, person_ids={"sun"})
    assert can_know(ZHOU, PLAN, on=NEXT).allowed
    assert can_know(outsider, PLAN, on=NEXT).allowed is False
    assert can_know(outsider, PLAN, on=NEXT).rule == "R-SEC-03"
    assert can_know(SUN, cleared_elsewhere, on=NEXT).reason == (
        "declassified at the end of its term; was cleared while classified"
    )


def test_R_SEC_03_policy_may_open_declassified_matters_to_everyone() -> None:
    policy = SecrecyPolicy(declassified_open_to=Openness.EVERYONE)
    assert can_know(SUN, PLAN, on=NEXT, policy=policy).allowed
    assert can_know(SUN, NOTICE, on=MID, policy=policy).allowed
    assert can_know(SUN, PLAN, on=MID, policy=policy).allowed is False


def test_R_SEC_04_require_raises_access_denied_with_rule_and_reason() -> None:
    with pytest.raises(AccessDenied) as info:
        can_know(LI, TOP, on=MID).require()
    assert info.value.rule == "R-SEC-04"
    assert info.value.reason.startswith("top secret (绝密)")
    assert str(info.value).startswith("refused (R-SEC-04): top secret (绝密)")
    allowed = can_know(CHEN, TOP, on=MID)
    assert allowed.require() is allowed


def test_decision_is_truthy_only_when_allowed() -> None:
    assert bool(can_know(CHEN, TOP, on=MID)) is True
    assert bool(can_know(LI, TOP, on=MID)) is False


def test_access_decision_is_the_one_decision_shape() -> None:
    """R-SEC-04: an access decision is a custops Decision; require() raises AccessDenied."""
    refused = can_know(LI, TOP, on=MID)
    assert isinstance(refused, Decision)
    assert str(refused) == f"refused (R-SEC-04): {refused.reason}"
    assert refused.explain() == str(refused)
    with pytest.raises(Refused) as info:
        refused.require()
    assert isinstance(info.value, AccessDenied)
    assert info.value.decision is refused
    assert "R-SEC" not in refused.reason


def test_can_know_refuses_malformed_questions() -> None:
    with pytest.raises(InvalidType, match="person: must be a Person, not a str"):
        can_know("li", PLAN, on=MID)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="matter: must be a Matter, not a str"):
        can_know(LI, "C-1", on=MID)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match=r"on: must be a datetime\.date, not a str"):
        can_know(LI, PLAN, on="2025-06-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="policy: must be a SecrecyPolicy"):
        can_know(LI, PLAN, on=MID, policy={})  # type: ignore[arg-type]


# --- R-SEC-05: copying ------------------------------------------------------------------


def test_R_SEC_05_top_secret_copy_needs_hq_leader_approval() -> None:
    assert as_given(can_copy(CHEN, TOP, on=MID, approval=ZHANG)) == AccessDecision(
        True,
        "R-SEC-05",
        "copying a top secret (绝密) matter of HQ: approved by zhang as HQ deputy general manager",
    )
    assert can_copy(CHEN, TOP, on=MID, approval=WANG).allowed
    denied = can_copy(CHEN, TOP, on=MID, approval=GM_E)
    assert denied.allowed is False
    assert denied.rule == "R-SEC-05"
    assert 'gm_e (subsidiary general manager, "华东公司") has no such authority' in denied.reason
    assert can_copy(CHEN, TOP, on=MID).reason == (
        "copying a top secret (绝密) matter of HQ: needs the approval of HQ general manager, "
        "HQ deputy general manager; "
        "none given"
    )


@pytest.mark.parametrize("matter", [PLAN, CONTRACT])
def test_R_SEC_05_confidential_and_secret_copy_need_the_owning_subsidiary_gm(
    matter: Matter,
) -> None:
    reader = LI if matter is PLAN else ZHOU
    assert can_copy(reader, matter, on=MID, approval=GM_E).allowed
    other = can_copy(reader, matter, on=MID, approval=GM_S)
    assert other.allowed is False
    assert 'gm_s (subsidiary general manager, "华南公司") has no such authority' in other.reason
    assert can_copy(reader, matter, on=MID, approval=DM_E).allowed is False
    assert can_copy(reader, matter, on=MID).allowed is False
    assert "none given" in can_copy(reader, matter, on=MID).reason


def test_R_SEC_05_a_subsidiarys_copies_are_approved_by_its_own_gm() -> None:
    """R-SEC-05 (D12 四 2 2), issue 17: "机密级、秘密级资料需经子公司总经理批准后,方可摘抄或
    复制" — the owning subsidiary's GM approves by default; the HQ (deputy) GM only by policy."""
    for matter, reader in ((PLAN, LI), (CONTRACT, ZHOU)):
        assert can_copy(reader, matter, on=MID, approval=GM_E).allowed
        for hq_leader in (WANG, ZHANG):
            refused = can_copy(reader, matter, on=MID, approval=hq_leader)
            assert refused.allowed is False
            needed = (
                'of "华东公司": needs the approval of subsidiary general manager of "华东公司";'
            )
            assert refused.reason.startswith(
                f"copying a {matter.level.english_words} ({matter.level.label}) matter {needed}"
            )
    assert SEED.hq_approves is False
    hq = SecrecyPolicy(hq_approves=True)
    assert can_copy(LI, PLAN, on=MID, approval=WANG, policy=hq).allowed
    assert can_copy(LI, PLAN, on=MID, approval=GM_E, policy=hq).allowed
    assert can_copy(LI, PLAN, on=MID, approval=GM_S, policy=hq).allowed is False


def test_R_SEC_06_a_subsidiarys_certificates_are_approved_by_its_own_gm() -> None:
    """R-SEC-06 (D12 四 2 4), issue 17: "各公司保管的公司证件需经子公司总经理批准后,方可复印
    或借出" — copying a certificate and lending it need the subsidiary's GM by default."""
    assert can_lend(LI, TAX, on=MID, approval=GM_E).allowed
    assert can_copy(LI, TAX, on=MID, approval=GM_E).allowed
    for action in (can_copy, can_lend):
        assert action(LI, TAX, on=MID, approval=ZHANG).allowed is False
        assert action(LI, TAX, on=MID, approval=ZHANG, policy=SecrecyPolicy(hq_approves=True))


def test_R_SEC_05_hq_leaders_approve_for_hq_and_for_a_gms_own_request() -> None:
    """R-SEC-05/06: HQ has no subsidiary GM, so the HQ (deputy) GM approves HQ's own 机密/
    秘密 copies; a subsidiary GM's own request goes to them as the GM's superior."""
    hq_plan = attrs.evolve(PLAN, owner=HQ, person_ids={"chen"})
    assert as_given(can_copy(CHEN, hq_plan, on=MID, approval=ZHANG)) == AccessDecision(
        True,
        "R-SEC-05",
        "copying a confidential (机密) matter of HQ: approved by zhang as HQ deputy general "
        "manager",
    )
    assert can_copy(CHEN, hq_plan, on=MID, approval=GM_E).allowed is False
    own = attrs.evolve(CONTRACT, person_ids={"gm_e"})
    assert can_copy(GM_E, own, on=MID, approval=WANG).allowed


def test_R_SEC_05_copier_must_be_allowed_to_know() -> None:
    denied = can_copy(ZHOU, PLAN, on=MID, approval=GM_E)
    assert denied.allowed is False
    assert denied.rule == "R-SEC-05"
    assert denied.reason.startswith("the copier may not know it: confidential (机密)")


def test_R_SEC_05_self_approval_is_refused_by_default() -> None:
    """R-SEC-05: 经子公司总经理批准 is a second person's control; a GM asks an HQ leader."""
    own = Matter(
        "S-9", "秘密", "合同", owner=EAST, classified_on=JAN1, ends_on=DEC31, person_ids={"gm_e"}
    )
    refused = can_copy(GM_E, own, on=MID, approval=GM_E)
    assert refused.allowed is False
    assert refused.rule == "R-SEC-05"
    assert refused.reason.endswith(
        "other than the person asking; gm_e may not approve their own request"
    )
    assert can_copy(GM_E, own, on=MID, approval=ZHANG).allowed
    # another Person value with the same id is the same person
    assert can_copy(GM_E, own, on=MID, approval=attrs.evolve(GM_E)).allowed is False
    lenient = SecrecyPolicy(allow_self_approval=True)
    assert can_copy(GM_E, own, on=MID, approval=GM_E, policy=lenient).reason == (
        'copying a secret (秘密) matter of "华东公司": approved by themselves as subsidiary '
        "general manager"
    )


def test_R_SEC_05_hq_gm_copying_top_secret_needs_a_deputy() -> None:
    """R-SEC-05: even the HQ GM does not approve their own 绝密 copy by default."""
    assert can_copy(WANG, TOP, on=MID, approval=WANG).allowed is False
    assert can_copy(WANG, TOP, on=MID, approval=ZHANG).allowed
    assert can_copy(ZHANG, TOP, on=MID, approval=WANG).allowed


def test_R_SEC_06_self_approval_of_certificates_is_refused_by_default() -> None:
    """R-SEC-06: a department manager does not approve their own licence copy, nor a
    subsidiary GM their own loan."""
    lic = attrs.evolve(LICENCE, person_ids={"dm_e", "gm_e"})
    assert can_copy(DM_E, lic, on=MID, approval=DM_E).allowed is False
    assert can_copy(DM_E, lic, on=MID, approval=GM_E).allowed
    assert can_lend(GM_E, lic, on=MID, approval=GM_E).allowed is False
    assert can_lend(GM_E, lic, on=MID, approval=ZHANG).allowed


def test_R_SEC_05_the_seed_reading_is_the_default() -> None:
    strict = SecrecyPolicy(
        copy_approvers={
            "绝密": {"总公司总经理", "总公司副总经理"},
            "机密": {"子公司总经理"},
            "秘密": {"子公司总经理"},
        }
    )
    assert can_copy(LI, PLAN, on=MID, approval=WANG, policy=strict).allowed is False
    assert can_copy(LI, PLAN, on=MID, approval=GM_E, policy=strict).allowed
    assert strict == SEED


def test_R_SEC_05_declassified_matter_needs_no_copy_approval() -> None:
    assert as_given(can_copy(ZHOU, PLAN, on=NEXT)) == AccessDecision(
        True, "R-SEC-05", "not classified on that day; no approval needed to copy"
    )


def test_R_SEC_05_copy_is_handled_as_the_original() -> None:
    copy = copy_of(PLAN, "C-1/1")
    assert copy.original_id == "C-1"
    assert copy.is_copy
    assert not PLAN.is_copy
    assert (
        copy.level,
        copy.last_classified_on,
        copy.supervisor_id,
        copy.person_ids,
        copy.owner,
    ) == (
        PLAN.level,
        PLAN.last_classified_on,
        PLAN.supervisor_id,
        PLAN.person_ids,
        PLAN.owner,
    )
    for person in EVERYONE:
        assert can_know(person, copy, on=MID) == can_know(person, PLAN, on=MID)


def test_R_SEC_05_copy_may_be_labelled_higher_never_lower() -> None:
    assert copy_of(CONTRACT, "S-1/1", level="机密").level is Level.CONFIDENTIAL
    with pytest.raises(
        InvalidInput, match="may not be labelled lower than its original confidential"
    ):
        copy_of(PLAN, "C-1/1", level=Level.SECRET)
    # the caller's argument is named, with the value as passed
    with pytest.raises(InvalidInput, match=r"^copy_id: is the original's id 'C-1'") as caught:
        copy_of(PLAN, " C-1\n")
    assert caught.value.argument == "copy_id"
    assert caught.value.value == " C-1\n"


def test_R_SEC_04_a_copy_labelled_confidential_names_its_supervisor() -> None:
    """R-SEC-04, R-SEC-05: a 秘密 matter copied as 机密 needs the responsible supervisor, as
    classify_matter does: the original's, or ``supervisor_id`` when it names
    none; the refusal names ``supervisor_id`` with classify_matter's words."""
    bare = attrs.evolve(CONTRACT, supervisor_id=None)
    with pytest.raises(
        InvalidInput, match=r"^supervisor_id: a confidential matter is known only"
    ) as caught:
        copy_of(bare, "S-1/1", level="机密")
    assert (caught.value.argument, caught.value.value) == ("supervisor_id", None)
    with pytest.raises(
        InvalidInput, match=r"^supervisor_id: a confidential matter is known only"
    ) as same:
        classify_matter("K-1", "合同", owner=EAST, classified_on=JAN1, ends_on=None, level="机密")
    assert str(same.value) == str(caught.value)
    named = copy_of(bare, "S-1/1", level="机密", supervisor_id=" zhao ")
    assert (named.level, named.supervisor_id, named.original_id) == (
        Level.CONFIDENTIAL,
        "zhao",
        "S-1",
    )
    # the original's supervisor is the copy's; 绝密 and 秘密 copies need none
    assert copy_of(CONTRACT, "S-1/1", level="机密").supervisor_id == "dm_e"
    assert copy_of(CONTRACT, "S-1/1", level="机密", supervisor_id="dm_e").supervisor_id == "dm_e"
    assert copy_of(bare, "S-1/1", level="绝密").supervisor_id is None
    assert copy_of(bare, "S-1/1").supervisor_id is None
    with pytest.raises(InvalidInput, match=r"^supervisor_id: a copy keeps its original's"):
        copy_of(CONTRACT, "S-1/1", level="机密", supervisor_id="zhao")
    with pytest.raises(InvalidInput, match=r"^supervisor_id: only a copy labelled confidential"):
        copy_of(bare, "S-1/1", supervisor_id="zhao")
    with pytest.raises(InvalidInput, match=r"^supervisor_id: must not be empty"):
        copy_of(bare, "S-1/1", level="机密", supervisor_id="")
    with pytest.raises(InvalidType):
        copy_of(bare, "S-1/1", level="机密", supervisor_id=3)  # type: ignore[arg-type]
    # a 机密 Matter built without one (a value that knows no policy) is copied as it is
    plain = attrs.evolve(PLAN, supervisor_id=None)
    assert copy_of(plain, "C-1/1").supervisor_id is None


def test_R_SEC_05_bad_approval_type_is_an_error() -> None:
    with pytest.raises(InvalidType, match="approval: must be a Person, not a str"):
        can_copy(LI, PLAN, on=MID, approval="gm_e")  # type: ignore[arg-type]


# --- R-SEC-06: certificates ----------------------------------------------------------------


def test_R_SEC_06_licence_may_be_copied_with_a_department_managers_approval() -> None:
    decision = can_copy(LI, LICENCE, on=MID, approval=DM_E)
    assert as_given(decision) == AccessDecision(
        True,
        "R-SEC-06",
        'copying the "营业执照" of "华东公司": approved by dm_e as department manager',
    )
    org = attrs.evolve(LICENCE, kind=MatterKind.ORGANISATION_CODE_CERTIFICATE)
    assert can_copy(LI, org, on=MID, approval=DM_E).allowed
    assert can_copy(LI, LICENCE, on=MID, approval=DM_S).allowed is False  # another company's


def test_R_SEC_06_licence_is_not_lent_on_a_department_managers_approval() -> None:
    decision = can_lend(LI, LICENCE, on=MID, approval=DM_E)
    assert decision.allowed is False
    assert decision.rule == "R-SEC-06"
    assert 'dm_e (department manager, "华东公司") has no such authority' in decision.reason
    assert as_given(can_lend(LI, LICENCE, on=MID, approval=GM_E)) == AccessDecision(
        True,
        "R-SEC-06",
        'lending the "营业执照" of "华东公司": approved by gm_e as subsidiary general manager',
    )


def test_R_SEC_06_other_certificates_need_the_subsidiary_gm_for_copy_and_loan() -> None:
    assert can_copy(LI, TAX, on=MID, approval=DM_E).allowed is False
    assert can_copy(LI, TAX, on=MID, approval=GM_E).allowed
    assert can_lend(LI, TAX, on=MID, approval=GM_E).allowed
    assert can_lend(LI, TAX, on=MID, approval=GM_S).allowed is False
    assert can_lend(LI, TAX, on=MID).reason.endswith("none given")


def test_R_SEC_06_only_certificates_are_lent() -> None:
    decision = can_lend(SUP_E, PLAN, on=MID, approval=GM_E)
    assert as_given(decision) == AccessDecision(
        False,
        "R-SEC-06",
        'D12 sets a lending rule for company certificates only; "年度规划" is not one, '
        "so it is not lent by default",
    )


# A records room's own lending rule (D12 sets none beyond certificates): 机密 matters lent
# with the approval of the owning subsidiary's GM.
ROOMS = SecrecyPolicy(lend_approvers={"机密": {"子公司总经理"}})
OWN_RULE = "under the company's own lending rule"


def test_R_SEC_06_a_company_lending_rule_lends_what_d12_does_not() -> None:
    """R-SEC-06: the seed lends no drawing; the company's rule does, and says it is its own."""
    assert can_lend(LI, PLAN, on=MID, approval=GM_E).allowed is False
    assert SEED.lend_approvers == ()
    decision = can_lend(LI, PLAN, on=MID, approval=GM_E, policy=ROOMS)
    assert as_given(decision) == AccessDecision(
        True,
        "R-SEC-06",
        'lending the confidential (机密) "年度规划" of "华东公司" under the company\'s own '
        "lending rule: approved by gm_e as subsidiary general manager",
    )
    drawing = classify_matter(
        "SY-TZ-118",
        "厂家技术资料",
        level="机密",
        owner=EAST,
        classified_on=JAN1,
        ends_on=D(2030, 12, 31),
        supervisor_id="sup_e",
        person_ids={"li"},
    )
    assert can_lend(LI, drawing, on=MID, approval=GM_E).allowed is False
    assert can_lend(LI, drawing, on=MID, approval=GM_E, policy=ROOMS).allowed


def test_R_SEC_06_a_company_lending_rule_keeps_every_other_check() -> None:
    """R-SEC-06 with R-SEC-04: the borrower may know it, the approver is of the owning
    company and holds a position the rule names, and does not approve their own loan."""
    refused = can_lend(ZHOU, PLAN, on=MID, approval=GM_E, policy=ROOMS)
    assert refused.allowed is False
    assert refused.reason.startswith("the borrower may not know it: confidential (机密)")
    other = can_lend(LI, PLAN, on=MID, approval=GM_S, policy=ROOMS)
    assert other.allowed is False
    assert 'gm_s (subsidiary general manager, "华南公司") has no such authority' in other.reason
    assert OWN_RULE in other.reason
    assert can_lend(LI, PLAN, on=MID, approval=DM_E, policy=ROOMS).allowed is False
    assert can_lend(LI, PLAN, on=MID, policy=ROOMS).reason.endswith("none given")
    # HQ's leaders approve a subsidiary's loan only as the policy says (hq_approves)
    assert can_lend(LI, PLAN, on=MID, approval=ZHANG, policy=ROOMS).allowed is False
    hq_too = attrs.evolve(ROOMS, hq_approves=True)
    assert can_lend(LI, PLAN, on=MID, approval=ZHANG, policy=hq_too).allowed
    # the responsible supervisor may approve under this rule, but not their own loan
    supervisors = SecrecyPolicy(lend_approvers={"机密": {"主管"}})
    own = can_lend(SUP_E, PLAN, on=MID, approval=SUP_E, policy=supervisors)
    assert own.allowed is False
    assert "may not approve their own request" in own.reason
    lenient = attrs.evolve(supervisors, allow_self_approval=True)
    assert can_lend(SUP_E, PLAN, on=MID, approval=SUP_E, policy=lenient).allowed
    assert can_lend(LI, PLAN, on=MID, approval=SUP_E, policy=supervisors).allowed


def test_R_SEC_06_a_level_the_company_rule_leaves_out_is_not_lent() -> None:
    """R-SEC-06: the rule lends the levels it names and those below them, on the day's
    level (R-SEC-03); a level above every level it names is not lent."""
    low = SecrecyPolicy(lend_approvers={"非密": {"子公司总经理"}})
    decision = can_lend(ZHOU, CONTRACT, on=MID, approval=GM_E, policy=low)
    assert as_given(decision) == AccessDecision(
        False,
        "R-SEC-06",
        '"合同" is not a company certificate, and the company\'s own lending rule names no '
        "approver for the level secret (秘密), so it is not lent",
    )
    assert can_lend(LI, PLAN, on=NEXT, approval=GM_E, policy=ROOMS).allowed
    assert can_lend(LI, PLAN, on=NEXT, approval=DM_E, policy=ROOMS).allowed is False
    both = SecrecyPolicy(lend_approvers={"机密": {"子公司总经理"}, "非密": {"部门经理"}})
    assert can_lend(LI, PLAN, on=NEXT, approval=DM_E, policy=both).allowed
    assert can_lend(LI, PLAN, on=MID, approval=DM_E, policy=both).allowed is False
    top = SecrecyPolicy(lend_approvers={"绝密": {"总公司总经理"}})
    assert can_lend(CHEN, TOP, on=MID, approval=WANG, policy=top).allowed
    assert can_lend(CHEN, TOP, on=MID, approval=ZHANG, policy=top).allowed is False


def test_R_SEC_06_a_copy_is_lent_under_its_original() -> None:
    """R-SEC-06 with R-SEC-05: a copy made before its original was extended is lent at the
    original's level when given with it (复印件应视同原件管理)."""
    copy = copy_of(PLAN, "C-1/copy-1")
    extended = extend(PLAN, ends_on=D(2026, 6, 30), decided_on=D(2025, 12, 1))
    rule = SecrecyPolicy(lend_approvers={"机密": {"子公司总经理"}, "非密": {"部门经理"}})
    alone = can_lend(ZHOU, copy, on=NEXT, approval=DM_E, policy=rule)
    assert alone.allowed  # the copy's own term has ended: 非密 to its company's staff
    read = can_lend(ZHOU, copy, on=NEXT, approval=DM_E, original=extended, policy=rule)
    assert read.allowed is False
    assert read.reason.startswith("the borrower may not know it")
    lent = can_lend(LI, copy, on=NEXT, approval=GM_E, original=extended, policy=rule)
    assert lent.allowed
    assert "confidential (机密)" in lent.reason
    assert (
        can_lend(LI, copy, on=NEXT, approval=DM_E, original=extended, policy=rule).allowed is False
    )


def test_R_SEC_06_certificates_keep_d12s_rule_whatever_the_company_rule() -> None:
    """R-SEC-06: lend_approvers is for what D12 sets no rule for; certificates keep D12 四 2 4)."""
    managers = SecrecyPolicy(lend_approvers={"秘密": {"部门经理"}})
    assert can_lend(LI, LICENCE, on=MID, approval=DM_E, policy=managers).allowed is False
    assert as_given(can_lend(LI, LICENCE, on=MID, approval=GM_E, policy=managers)) == as_given(
        can_lend(LI, LICENCE, on=MID, approval=GM_E)
    )
    assert can_lend(ZHOU, CONTRACT, on=MID, approval=DM_E, policy=managers).allowed


def test_R_SEC_06_lend_approvers_reads_any_spelling_and_refuses_bad_ones() -> None:
    spelled = SecrecyPolicy(lend_approvers=[("confidential", ["subsidiary_gm"])])
    assert spelled.lend_approvers == ((Level.CONFIDENTIAL, frozenset({Position.SUBSIDIARY_GM})),)
    assert spelled == ROOMS
    with pytest.raises(InvalidInput, match="lend_approvers: is not a known Level"):
        SecrecyPolicy(lend_approvers={"内部": {"子公司总经理"}})
    with pytest.raises(InvalidInput, match="lend_approvers: is not a known Position"):
        SecrecyPolicy(lend_approvers={"机密": {"科员"}})
    with pytest.raises(InvalidType, match="lend_approvers"):
        SecrecyPolicy(lend_approvers="机密")  # type: ignore[arg-type]
    assert serial.from_json(serial.to_json(ROOMS)) == ROOMS


def test_R_SEC_06_borrower_must_be_allowed_to_know_it() -> None:
    decision = can_lend(ZHOU, LICENCE, on=MID, approval=GM_E)
    assert decision.allowed is False
    assert decision.reason.startswith("the borrower may not know it: secret (秘密)")


def test_R_SEC_06_certificate_classified_above_secret_follows_R_SEC_05() -> None:
    top_licence = attrs.evolve(LICENCE, level=Level.TOP_SECRET)
    assert can_copy(LI, top_licence, on=MID, approval=DM_E).rule == "R-SEC-05"
    assert can_copy(LI, top_licence, on=MID, approval=DM_E).allowed is False
    assert can_copy(LI, top_licence, on=MID, approval=ZHANG).allowed
    assert can_lend(LI, top_licence, on=MID, approval=GM_E).allowed is False
    assert can_lend(LI, top_licence, on=MID, approval=ZHANG).allowed


def test_R_SEC_06_declassified_certificate_still_needs_approval() -> None:
    dated = attrs.evolve(TAX, ends_on=DEC31)
    assert can_copy(ZHOU, dated, on=NEXT).allowed is False
    assert can_copy(ZHOU, dated, on=NEXT, approval=GM_E).allowed


# --- policy -----------------------------------------------------------------------------


def test_policy_defaults_are_the_seed() -> None:
    p = SecrecyPolicy()
    assert p.know_all == {Position.HQ_GM, Position.HQ_DEPUTY_GM}
    assert dict(p.copy_approvers)[Level.TOP_SECRET] == {Position.HQ_GM, Position.HQ_DEPUTY_GM}
    assert p.manager_copyable == {
        MatterKind.BUSINESS_LICENCE,
        MatterKind.ORGANISATION_CODE_CERTIFICATE,
    }
    assert p == SEED
    assert hash(p) == hash(SEED)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"know_all": {Position.HQ_DEPUTY_GM}},
            "HQ general manager outranks HQ deputy general manager",
        ),
        ({"know_all": set()}, "know_all: must not be empty"),
        ({"company_bound": {Position.SUBSIDIARY_GM}}, "must be company-bound too"),
        ({"out_of_scope": {MatterKind.CONTRACT}}, "both have a default level"),
        ({"default_levels": {"合同": "非密"}}, "use out_of_scope"),
        ({"copy_approvers": {"绝密": {"总公司总经理"}}}, "every classified level needs"),
        (
            {"copy_approvers": (*SEED.copy_approvers, ("非密", {"员工"}))},
            "need no copy approval",
        ),
        ({"manager_copyable": {MatterKind.CONTRACT}}, "must be certificates"),
        ({"lend_approvers": {"机密": set()}}, "leave it out to lend none"),
    ],
)
def test_self_contradicting_policy_raises_policy_error(
    changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(PolicyError, match=message):
        attrs.evolve(SEED, **changes)


def test_policy_refuses_bad_types() -> None:
    with pytest.raises(InvalidType, match="know_all: must be a collection of Position"):
        SecrecyPolicy(know_all="总公司总经理")
    with pytest.raises(InvalidInput, match="default_levels: is not a known Level"):
        SecrecyPolicy(default_levels={"合同": "内部"})


# --- R-SEC-07: leaks -------------------------------------------------------------------

SH = ZoneInfo("Asia/Shanghai")


def test_R_SEC_07_leak_record_is_data() -> None:
    found = dt.datetime(2025, 6, 2, 9, 30, tzinfo=SH)
    record = report_leak(
        PLAN,
        what="annual plan sent to a supplier",
        found_at=found,
        found_by=ZHOU,
        remedy="supplier asked to delete; access reviewed",
        occurred_at=dt.datetime(2025, 6, 1, 17, 0, tzinfo=SH),
        caused_by_ids=["li"],
    )
    assert record.rule == "R-SEC-07"
    assert record.report_to_positions == {Position.HQ_GM, Position.HQ_DEPUTY_GM}
    assert (record.matter_id, record.level, record.found_by_id) == (
        "C-1",
        Level.CONFIDENTIAL,
        "zhou",
    )
    assert record.caused_by_ids == {"li"}
    assert pickle.loads(pickle.dumps(record)) == record


def test_R_SEC_07_leak_records_the_level_on_the_day_it_was_found() -> None:
    """R-SEC-07 with R-SEC-03: a leak found after the term ended records the matter as it
    then was, declassified (非密), not the level it once had."""
    found = dt.datetime(2026, 1, 1, 9, 0, tzinfo=SH)  # PLAN's term ended on 2025-12-31
    record = report_leak(PLAN, what="old plan posted", found_at=found, found_by="li", remedy="-")
    assert record.level is Level.UNCLASSIFIED
    still = report_leak(
        PLAN, what="plan posted", found_at=found.replace(year=2025), found_by="li", remedy="-"
    )
    assert still.level is Level.CONFIDENTIAL


def test_R_SEC_07_leak_record_validates() -> None:
    found = dt.datetime(2025, 6, 2, 9, 30, tzinfo=SH)
    with pytest.raises(InvalidInput, match="found_at: must be timezone-aware"):
        report_leak(
            PLAN,
            what="x",
            found_at=dt.datetime(2025, 6, 2),
            found_by="zhou",
            remedy="y",
        )
    with pytest.raises(InvalidInput, match="occurred_at: must not be after found_at"):
        report_leak(
            PLAN,
            what="x",
            found_at=found,
            found_by="zhou",
            remedy="y",
            occurred_at=found + dt.timedelta(hours=1),
        )
    with pytest.raises(InvalidInput, match="remedy: must not be empty"):
        report_leak(PLAN, what="x", found_at=found, found_by="zhou", remedy="")


@pytest.mark.parametrize(
    ("argument", "text", "bad"),
    [
        ("what", "合同被拍照\n发到群里", "\n"),
        ("remedy", "已撤回\r\n已通知对方", "\r"),
        ("what", "x\x00", "\x00"),
    ],
)
def test_R_SEC_07_leak_record_fields_are_one_line(argument: str, text: str, bad: str) -> None:
    """R-SEC-07, house rule 4: a result's text fields are one line (multi-line text only from
    explain()): ``what`` and ``remedy`` refuse a control character, as a claim's description
    does, in the call and when a stored record is loaded; the record itself is unchanged."""
    found = dt.datetime(2025, 6, 2, 9, 30, tzinfo=SH)
    given: dict[str, Any] = {"what": "plan posted", "remedy": "post removed", argument: text}
    with pytest.raises(InvalidInput) as info:
        report_leak(PLAN, found_at=found, found_by="zhou", **given)
    problem = f"must not contain the control character {bad!r}"
    assert (info.value.argument, info.value.value, info.value.problem) == (argument, text, problem)
    assert str(info.value) == f"{argument}: {problem} (got {text!r})"
    record = report_leak(PLAN, what=" plan posted ", found_at=found, found_by="zhou", remedy="-")
    assert record.what == "plan posted"  # trimmed, as a name
    snapshot = pickle.dumps(record)
    with pytest.raises(InvalidInput, match=f"^{argument}: must not contain"):
        attrs.evolve(record, **{k: v for k, v in given.items() if k == argument})
    assert pickle.dumps(record) == snapshot
    document = serial.to_dict(record)
    document["value"][argument] = text
    with pytest.raises(InvalidInput, match=f"{argument}: must not contain the control character"):
        serial.from_dict(document)


# --- batch forms ----------------------------------------------------------------------


def test_R_SEC_04_who_may_know_lists_the_allowed_in_order() -> None:
    assert [p.id for p in who_may_know(EVERYONE, PLAN, on=MID)] == ["wang", "zhang", "sup_e", "li"]
    assert [p.id for p in who_may_know(EVERYONE, TOP, on=MID)] == ["wang", "zhang", "chen"]
    after = [p.id for p in who_may_know(EVERYONE, PLAN, on=NEXT)]
    assert after == ["wang", "zhang", "gm_e", "dm_e", "sup_e", "li", "zhou"]


def test_R_SEC_04_access_report_groups_by_reason() -> None:
    matters = [TOP, PLAN, CONTRACT, LICENCE, NOTICE]
    report = access_report(EVERYONE, matters, on=MID)
    assert report.check_count == len(EVERYONE) * len(matters)
    assert report.people_count == len(EVERYONE)  # counts say so
    assert not hasattr(report, "checks")
    assert not hasattr(report, "people")
    row = report.for_matter("S-1")
    assert row.leader_ids == {"wang", "zhang"}
    assert row.cleared_ids == {"zhou", "dm_e"}
    assert row.open_to_ids == frozenset()
    assert row.level is Level.SECRET
    notice = report.for_matter("N-1")  # R-SEC-01: open to every staff member by default
    assert notice.open_to_ids == {p.id for p in EVERYONE} - row.leader_ids
    own = SecrecyPolicy(unclassified_open_to=Openness.OWNING_COMPANY)
    limited = access_report(EVERYONE, matters, on=MID, policy=own).for_matter("N-1")
    assert limited.open_to_ids == {"gm_e", "dm_e", "sup_e", "li", "zhou"}
    assert report.allowed_count == sum(
        can_know(p, m, on=MID).allowed for p in EVERYONE for m in matters
    )
    with pytest.raises(InvalidInput, match="matter_id: is not in this report"):
        report.for_matter("nope")
    # debt fix (issue 12): the audit is an Explained result of R-SEC-04, one line per matter.
    assert report.rule == "R-SEC-04"
    assert "\n" not in report.reason
    assert "R-SEC" not in report.reason
    assert f" {report.allowed_count} " in report.reason
    assert f" {report.check_count} " in report.reason
    lines = report.explain().splitlines()
    assert lines[0] == str(report)
    assert len(lines) == 1 + len(matters)
    assert lines[1].startswith(f"  {report.rows[0].matter_id}")


def test_R_SEC_04_access_report_counts_a_matter_given_twice_once() -> None:
    """R-SEC-04: one MatterAccess per matter (docs/secrecy.md, "Audits"): the same matter
    given twice has one row, where first given, as the same person given twice counts once;
    two different matters sharing an id are still refused, naming the second."""
    once = access_report([LI], [PLAN], on=MID)
    twice = access_report([LI], [PLAN, PLAN], on=MID)
    assert len(twice.rows) == 1
    assert (twice.check_count, twice.allowed_count) == (1, 1)
    assert twice == once
    assert twice.reason == once.reason
    both = access_report([LI, LI, ZHOU], [PLAN, TOP, PLAN], on=MID)
    assert [row.matter_id for row in both.rows] == [PLAN.id, TOP.id]
    assert both == access_report([LI, ZHOU], [PLAN, TOP], on=MID)
    other = attrs.evolve(PLAN, owner=SOUTH)
    with pytest.raises(InvalidInput) as info:
        access_report([LI], [PLAN, TOP, other], on=MID)
    assert (info.value.argument, info.value.value) == ("matters[2]", PLAN.id)


@settings(max_examples=40)
@given(
    group=secrecy_groups(max_people=6, max_matters=4),
    on=dates(D(2024, 1, 1), D(2028, 12, 31)),
    data=st.data(),
)
def test_property_repeating_people_or_matters_never_changes_the_report(
    group: tuple[tuple[Person, ...], tuple[Matter, ...]], on: dt.date, data: st.DataObject
) -> None:
    """R-SEC-04: a person or a matter given again (anywhere in the lists) changes neither
    the rows nor the counts of an audit, nor its reason."""
    staff, matters_ = group
    report = access_report(staff, matters_, on=on)
    more_people = data.draw(st.permutations([*staff, *data.draw(st.lists(st.sampled_from(staff)))]))
    repeated = data.draw(st.lists(st.sampled_from(matters_), max_size=4)) if matters_ else []
    more_matters = [*matters_, *repeated]
    again = access_report(more_people, more_matters, on=on)
    assert again.people_count == report.people_count == len({p.id for p in staff})
    assert again.check_count == report.check_count
    assert again.allowed_count == report.allowed_count
    assert again.rows == report.rows
    assert again.reason == report.reason


def test_batch_refuses_bad_input() -> None:
    # the refusal names both rows: people[1] clashes with people[0]
    clash = r"people\[1\]: shares the id 'li' with people\[0\], a different person"
    with pytest.raises(InvalidInput, match=clash):
        who_may_know([LI, attrs.evolve(LI, company=SOUTH)], PLAN, on=MID)
    with pytest.raises(InvalidType, match="people: must be a collection of Person"):
        who_may_know(LI, PLAN, on=MID)  # type: ignore[arg-type]
    with pytest.raises(InvalidType, match="matters: must be a collection of Matter"):
        access_report(EVERYONE, PLAN, on=MID)  # type: ignore[arg-type]


def test_values_pickle_and_keep_their_decisions() -> None:
    for matter in (TOP, PLAN, CONTRACT, LICENCE, NOTICE):
        back = pickle.loads(pickle.dumps(matter))
        assert back == matter
        for person in EVERYONE:
            assert can_know(person, back, on=MID) == can_know(person, matter, on=MID)
    assert pickle.loads(pickle.dumps(SEED)) == SEED


# --- Hypothesis properties ----------------------------------------------------------------

COMPANIES = (HQ, "A", "B")
NON_HQ_ROLES = (
    Position.SUBSIDIARY_GM,
    Position.DEPARTMENT_MANAGER,
    Position.SUPERVISOR,
    Position.STAFF,
)
HQ_ROLES = (
    Position.HQ_GM,
    Position.HQ_DEPUTY_GM,
    Position.DEPARTMENT_MANAGER,
    Position.SUPERVISOR,
    Position.STAFF,
)
CERTIFICATES = tuple(sorted(SEED.certificate_kinds, key=lambda k: k.name))
days_lo, days_hi = D(2024, 1, 1), D(2028, 12, 31)
days = dates(days_lo, days_hi)


def roles_for(company: str) -> tuple[Position, ...]:
    return HQ_ROLES if company == HQ else NON_HQ_ROLES


# The project's own strategies (custops.testing): people of COMPANIES with up to two roles
# their company holds, and matters whose supervisor and cleared people are ids those
# people have. ``levels=Level`` draws any level whatever the kind (not only the default).
def people() -> st.SearchStrategy[Person]:
    return persons(COMPANIES)


def matters() -> st.SearchStrategy[Matter]:
    return st.one_of(
        matter_strategy(companies=COMPANIES, levels=Level, min_value=days_lo, max_value=days_hi),
        # certificates drawn more often: the R-SEC-06 rules are theirs
        matter_strategy(
            companies=COMPANIES,
            kinds=CERTIFICATES,
            levels=Level,
            min_value=days_lo,
            max_value=days_hi,
        ),
    )


approvals = st.one_of(st.none(), people())


def decisions(
    person: Person, matter: Matter, on: dt.date, approval: Person | None
) -> tuple[AccessDecision, AccessDecision, AccessDecision]:
    return (
        can_know(person, matter, on=on),
        can_copy(person, matter, on=on, approval=approval),
        can_lend(person, matter, on=on, approval=approval),
    )


@given(matter=matters(), on=days, approval=approvals, data=st.data())
def test_property_deny_by_default(
    matter: Matter, on: dt.date, approval: Person | None, data: st.DataObject
) -> None:
    """A person with no role and no relation to the matter is never allowed anything it
    does not open to every staff member: a matter in the secrecy scope (classified, or
    declassified and open to its company), or any matter when the policy opens
    unclassified papers to the owning company only (R-SEC-01, R-SEC-04)."""
    company = data.draw(st.sampled_from([c for c in COMPANIES if c != matter.owner]))
    stranger = Person("stranger", company=company, positions=())
    own = SecrecyPolicy(unclassified_open_to=Openness.OWNING_COMPANY)
    for policy in (None, own):
        if policy is None and matter.level is Level.UNCLASSIFIED:
            assert can_know(stranger, matter, on=on).allowed  # R-SEC-01: outside the scope
            continue
        found = (
            can_know(stranger, matter, on=on, policy=policy),
            can_copy(stranger, matter, on=on, approval=approval, policy=policy),
            can_lend(stranger, matter, on=on, approval=approval, policy=policy),
        )
        for decision in found:
            assert decision.allowed is False
            assert RULE.match(decision.rule)


@given(person=people(), matter=matters(), on=days, approval=approvals, data=st.data())
def test_property_adding_a_role_never_removes_access(
    person: Person, matter: Matter, on: dt.date, approval: Person | None, data: st.DataObject
) -> None:
    """Raising someone's role (adding one) never turns an allow into a denial — for the
    person asking and for the approver."""
    role = data.draw(st.sampled_from(roles_for(person.company)))
    raised = person.with_position(role)
    for before, after in zip(
        decisions(person, matter, on, approval),
        decisions(raised, matter, on, approval),
        strict=True,
    ):
        assert not before.allowed or after.allowed
    if approval is not None:
        boss = approval.with_position(data.draw(st.sampled_from(roles_for(approval.company))))
        for before, after in zip(
            decisions(person, matter, on, approval),
            decisions(person, matter, on, boss),
            strict=True,
        ):
            assert not before.allowed or after.allowed


@given(person=people(), matter=matters(), d1=days, d2=days)
def test_property_declassification_only_opens_and_only_at_the_term_end(
    person: Person, matter: Matter, d1: dt.date, d2: dt.date
) -> None:
    early, late = min(d1, d2), max(d1, d2)
    end = matter.last_classified_on
    for day in (early, late):
        classified = end is None or day <= end
        expected = matter.level if classified else Level.UNCLASSIFIED
        assert effective_level(matter, on=day) is expected
    before, after = can_know(person, matter, on=early), can_know(person, matter, on=late)
    assert not before.allowed or after.allowed
    same_side = end is None or (late <= end) or (early > end)
    if same_side:
        assert before == after


@given(matter=matters(), up=st.sampled_from(Level), person=people(), on=days)
def test_property_copy_never_lower_level_nor_different_term(
    matter: Matter, up: Level, person: Person, on: dt.date
) -> None:
    if up < matter.level:
        with pytest.raises(InvalidInput):
            copy_of(matter, "copy", level=up)
        return
    raised = up is Level.CONFIDENTIAL and up is not matter.level
    if raised and matter.supervisor_id is None:  # R-SEC-04: 机密 names its supervisor
        with pytest.raises(InvalidInput, match=r"^supervisor_id: a confidential matter") as caught:
            copy_of(matter, "copy", level=up)
        assert caught.value.argument == "supervisor_id"
        copy = copy_of(matter, "copy", level=up, supervisor_id="sup")
    else:
        copy = copy_of(matter, "copy", level=up)
    assert copy.level >= matter.level
    assert copy.last_classified_on == matter.last_classified_on
    # R-SEC-04: a copy labelled 机密 above its original always names its supervisor
    assert not raised or copy.supervisor_id is not None
    assert matter.supervisor_id is None or copy.supervisor_id == matter.supervisor_id
    for day in (on, on + dt.timedelta(days=365)):
        assert effective_level(copy, on=day) >= effective_level(matter, on=day)
    if up == matter.level:
        assert can_know(person, copy, on=on) == can_know(person, matter, on=on)


@given(person=people(), matter=matters(), on=days, approval=approvals)
def test_property_decisions_are_deterministic_and_every_denial_names_a_rule(
    person: Person, matter: Matter, on: dt.date, approval: Person | None
) -> None:
    first = decisions(person, matter, on, approval)
    rebuilt = decisions(
        attrs.evolve(person),
        pickle.loads(pickle.dumps(matter)),
        on,
        attrs.evolve(approval) if approval is not None else None,
    )
    assert first == rebuilt == decisions(person, matter, on, approval)
    for decision in first:
        assert RULE.match(decision.rule)
        assert decision.reason.strip()
        if not decision.allowed:
            with pytest.raises(AccessDenied) as info:
                decision.require()
            assert info.value.rule == decision.rule


@given(
    crowd=people_strategy(COMPANIES, min_size=0, max_size=12),
    batch=st.lists(matters(), max_size=4),
    on=days,
    everyone=st.booleans(),
)
def test_property_batch_forms_agree_with_can_know(
    crowd: tuple[Person, ...], batch: list[Matter], on: dt.date, everyone: bool
) -> None:
    unique = list({p.id: p for p in crowd}.values())
    policy = SecrecyPolicy(
        declassified_open_to=Openness.EVERYONE if everyone else Openness.OWNING_COMPANY
    )
    batch = [
        attrs.evolve(m, id=f"m{i}", person_ids=m.person_ids | {"li", "zhang"})
        for i, m in enumerate(batch)
    ]
    report = access_report(unique, batch, on=on, policy=policy)
    for matter in batch:
        row = report.for_matter(matter.id)
        assert row.level is effective_level(matter, on=on)
        allowed = who_may_know(unique, matter, on=on, policy=policy)
        expected = [p for p in unique if can_know(p, matter, on=on, policy=policy).allowed]
        assert list(allowed) == expected
        assert row.reader_ids == {p.id for p in expected}


def test_R_SEC_03_openness_parses_labels_and_names() -> None:
    assert Openness.parse("全体员工") is Openness.EVERYONE
    assert SecrecyPolicy(declassified_open_to="everyone").declassified_open_to is Openness.EVERYONE
    assert Openness.OWNING_COMPANY.label == "本公司员工"
    with pytest.raises(InvalidInput, match="declassified_open_to: is not a known Openness"):
        SecrecyPolicy(declassified_open_to="friends")


# --- review: deny-by-default edges, copies of copies, the role lattice -------------------


def test_R_SEC_04_empty_roles_deny_unless_related() -> None:
    """R-SEC-04: a person with no role at all is refused every classified matter they are
    not named on — of their own company too — and allowed the ones they are named on."""
    nobody = Person("nobody", company=EAST, positions=())
    for matter in (TOP, PLAN, CONTRACT, LICENCE):
        decision = can_know(nobody, matter, on=MID)
        assert decision.allowed is False
        assert decision.rule == "R-SEC-04"
        named = attrs.evolve(matter, person_ids=matter.person_ids | {"nobody"})
        assert can_know(nobody, named, on=MID).allowed
    assert can_know(nobody, NOTICE, on=MID).allowed  # R-SEC-01: own company's internal paper


def test_R_SEC_03_another_companys_manager_gains_nothing_from_declassification() -> None:
    """R-SEC-01/03: neither rank nor declassification opens another company's matter (a
    paper never classified too, when the policy limits it to the owning company)."""
    own = SecrecyPolicy(unclassified_open_to=Openness.OWNING_COMPANY)
    for person in (GM_S, DM_S, SUN):
        for matter, day in ((PLAN, NEXT), (CONTRACT, NEXT), (NOTICE, MID)):
            decision = can_know(person, matter, on=day, policy=own)
            assert decision.allowed is False
            assert decision.rule in ("R-SEC-01", "R-SEC-03")
            assert can_copy(person, matter, on=day, approval=GM_E, policy=own).allowed is False


def test_R_SEC_05_copies_of_copies_stay_as_strict_as_the_first_original() -> None:
    """R-SEC-05: a copy of a copy keeps the level (or the higher label), the term, the
    extensions and the cleared person ids; `original` names the copy it was made from."""
    longer = extend(CONTRACT, ends_on=D(2026, 6, 30), decided_on=MID)
    first = copy_of(longer, "S-1/1", level="机密")
    second = copy_of(first, "S-1/1/1")
    assert (second.original_id, second.level, second.last_classified_on) == (
        "S-1/1",
        Level.CONFIDENTIAL,
        D(2026, 6, 30),
    )
    assert second.extensions == longer.extensions
    with pytest.raises(InvalidInput, match="lower than its original confidential"):
        copy_of(first, "S-1/1/2", level="秘密")
    for person in EVERYONE:
        for day in (MID, NEXT, D(2026, 7, 1)):
            assert can_know(person, second, on=day) == can_know(person, first, on=day)
    # the supervisor dm_e, related to the 秘密 contract, is not designated for a 绝密 copy
    top = copy_of(second, "S-1/1/1/1", level="绝密")
    assert can_know(DM_E, second, on=MID).allowed
    assert can_know(DM_E, top, on=MID).allowed is False


def test_R_SEC_05_copy_made_after_the_term_is_declassified_like_its_original() -> None:
    late = copy_of(PLAN, "C-1/late")
    assert effective_level(late, on=NEXT) is Level.UNCLASSIFIED
    assert can_copy(ZHOU, late, on=NEXT).allowed


def test_R_SEC_03_term_end_edge_for_every_decision() -> None:
    """R-SEC-03: on the term-end day everything is still refused to an uncleared colleague;
    the next day knowing and copying open (certificates keep R-SEC-06)."""
    assert can_know(ZHOU, PLAN, on=DEC31).allowed is False
    assert can_copy(ZHOU, PLAN, on=DEC31, approval=GM_E).allowed is False
    assert can_know(ZHOU, PLAN, on=NEXT).allowed
    assert can_copy(ZHOU, PLAN, on=NEXT).allowed
    dated = attrs.evolve(LICENCE, ends_on=DEC31)
    assert can_lend(ZHOU, dated, on=DEC31, approval=GM_E).allowed is False
    assert can_lend(ZHOU, dated, on=NEXT, approval=GM_E).allowed
    assert can_lend(ZHOU, dated, on=NEXT).allowed is False  # still needs the approval


# The role lattice, exhaustively: every subset of the roles a company can hold, every single
# role added to it, over levels × kinds × owners × relations × days × approvals.  A rule that
# took access away from a more senior (or more titled) person would show up here.

LATTICE_COMPANIES = (HQ, "A", "B")
LATTICE_KINDS = (
    MatterKind.CONTRACT,
    MatterKind.BUSINESS_LICENCE,
    MatterKind.TAX_REGISTRATION_CERTIFICATE,
    MatterKind.NOTICE,  # the unclassified level: the others are never below 秘密 (R-SEC-02)
)


def _subsets(roles: tuple[Position, ...]) -> list[frozenset[Position]]:
    return [
        frozenset(r for i, r in enumerate(roles) if mask >> i & 1)
        for mask in range(1 << len(roles))
    ]


def _lattice_matters(who: str) -> list[Matter]:
    out = []
    for level in Level:
        for kind in LATTICE_KINDS:
            if level < default_level(kind):
                continue  # refused (R-SEC-02)
            for owner in (HQ, "A"):
                for relation in ("none", "people", "supervisor"):
                    out.append(
                        Matter(
                            "m",
                            level,
                            kind,
                            owner=owner,
                            classified_on=JAN1,
                            ends_on=DEC31,
                            supervisor_id=who if relation == "supervisor" else "s",
                            person_ids={who} if relation == "people" else {"x"},
                        )
                    )
    return out


def _check_lattice(outcomes: dict[tuple[str, frozenset[Position]], tuple[bool, ...]]) -> int:
    compared = 0
    for (company, roles), before in outcomes.items():
        for role in roles_for(company):
            after = outcomes[(company, roles | {role})]
            assert all(a or not b for b, a in zip(before, after, strict=True)), (
                company,
                sorted(r.name for r in roles),
                role.name,
            )
            compared += sum(before)
    return compared


def test_R_SEC_04_05_06_raising_a_role_never_removes_access_exhaustively() -> None:
    """R-SEC-04..06: monotone in the roles of the person asking and of the approver."""
    matters = _lattice_matters("p")
    approvals = (
        None,
        Person("ga", company="A", positions={Position.SUBSIDIARY_GM}),
        Person("da", company="A", positions={Position.DEPARTMENT_MANAGER}),
        Person("hz", company=HQ, positions={Position.HQ_DEPUTY_GM}),
    )
    asking: dict[tuple[str, frozenset[Position]], tuple[bool, ...]] = {}
    approving: dict[tuple[str, frozenset[Position]], tuple[bool, ...]] = {}
    requesters = (Person("p", company="A"), Person("p", company=HQ))
    for company in LATTICE_COMPANIES:
        for roles in _subsets(roles_for(company)):
            person = Person("p", company=company, positions=roles)
            approver = Person("a", company=company, positions=roles)
            asking[(company, roles)] = tuple(
                d.allowed
                for m in matters
                for day in (MID, NEXT)
                for ap in approvals
                for d in decisions(person, m, day, ap)
            )
            approving[(company, roles)] = tuple(
                d.allowed
                for m in matters
                for day in (MID, NEXT)
                for r in requesters
                for d in (
                    can_copy(r, m, on=day, approval=approver),
                    can_lend(r, m, on=day, approval=approver),
                )
            )
    # the comparison is not vacuous: thousands of allowed decisions are re-checked
    assert _check_lattice(asking) > 1000
    assert _check_lattice(approving) > 1000


@given(person=people(), matter=matters(), on=days, data=st.data())
def test_property_self_approval_never_grants_by_default(
    person: Person, matter: Matter, on: dt.date, data: st.DataObject
) -> None:
    """R-SEC-05/06: under the seed policy, approving one's own request is never what allows
    it: the decision equals the one with no approval at all."""
    self_ = Person(
        person.id,
        company=person.company,
        positions=data.draw(st.sampled_from([frozenset(), frozenset(roles_for(person.company))])),
    )
    for action in (can_copy, can_lend):
        assert (
            action(person, matter, on=on, approval=self_).allowed
            == action(person, matter, on=on).allowed
        )


@given(person=people(), matter=matters(), on=days, data=st.data())
def test_property_another_companys_approver_never_grants(
    person: Person, matter: Matter, on: dt.date, data: st.DataObject
) -> None:
    """R-SEC-05/06: a subsidiary GM or department manager approves for their own company
    only; with their approval a copy or loan is allowed exactly when it needs none."""
    others = [c for c in COMPANIES if c not in (HQ, matter.owner)]
    company = data.draw(st.sampled_from(others))
    role = data.draw(st.sampled_from(NON_HQ_ROLES))
    approver = Person("outsider-approver", company=company, positions={role})
    for action in (can_copy, can_lend):
        assert (
            action(person, matter, on=on, approval=approver).allowed
            == action(person, matter, on=on).allowed
        )


lend_rules = st.dictionaries(
    st.sampled_from(list(Level)),
    st.frozensets(st.sampled_from(list(Position)), min_size=1),
    max_size=len(Level),
)


@given(person=people(), matter=matters(), on=days, approval=approvals)
def test_property_R_SEC_06_an_empty_lending_rule_is_the_seeds_refusal(
    person: Person, matter: Matter, on: dt.date, approval: Person | None
) -> None:
    """R-SEC-06: with no lending rule of the company's own (the default), whatever is not a
    company certificate is refused, for its kind, whoever asks and approves; a certificate
    is decided as D12 says."""
    decision = can_lend(person, matter, on=on, approval=approval, policy=SecrecyPolicy())
    if matter.kind in SEED.certificate_kinds:
        assert OWN_RULE not in decision.reason
        return
    assert as_given(decision) == AccessDecision(
        False,
        "R-SEC-06",
        f'D12 sets a lending rule for company certificates only; "{matter.kind.label}" is not '
        "one, so it is not lent by default",
    )


def lending_case(
    data: st.DataObject, matter: Matter, on: dt.date
) -> tuple[Person, Person | None, dict[Level, frozenset[Position]]]:
    """A borrower, an approval and a company lending rule for ``matter`` on ``on``, drawn so
    that loans are often allowed: a borrower cleared on it or of its company, an approver of
    its company, a rule naming the day's level."""
    cleared = sorted(matter.person_ids | {matter.supervisor_id or "nobody"})
    borrower = data.draw(
        st.one_of(
            people(),
            st.builds(Person, st.sampled_from(cleared), company=st.just(matter.owner)),
        )
    )
    approver = st.builds(
        Person,
        st.sampled_from(["approver", borrower.id]),
        company=st.just(matter.owner),
        positions=st.frozensets(st.sampled_from(roles_for(matter.owner)), min_size=1),
    )
    approval = data.draw(st.one_of(approvals, approver))
    rule = data.draw(lend_rules)
    if data.draw(st.booleans()):
        named = data.draw(st.frozensets(st.sampled_from(list(Position)), min_size=1))
        rule[effective_level(matter, on=on)] = named
    return borrower, approval, rule


@settings(max_examples=80)
@given(matter=matters(), on=days, lenient=st.booleans(), data=st.data())
def test_property_R_SEC_06_a_lending_rule_never_lends_to_who_may_not_know(
    matter: Matter, on: dt.date, lenient: bool, data: st.DataObject
) -> None:
    """R-SEC-06 with R-SEC-04: whatever approvers a company's lending rule names, a loan is
    allowed only to a borrower who may know the matter, with an approval holding one of the
    positions the rule names for the day's level or a level above it, of the owning company
    where the position is company-bound, never their own unless the policy allows it; naming
    more approvers never takes a loan away; a certificate is decided by D12's rule, unchanged."""
    person, approval, rule = lending_case(data, matter, on)
    policy = SecrecyPolicy(lend_approvers=rule, hq_approves=lenient, allow_self_approval=lenient)
    seed = SecrecyPolicy(hq_approves=lenient, allow_self_approval=lenient)
    decision = can_lend(person, matter, on=on, approval=approval, policy=policy)
    assert decision.rule == "R-SEC-06"
    if matter.kind in SEED.certificate_kinds:
        same = can_lend(person, matter, on=on, approval=approval, policy=seed)
        assert as_given(decision) == as_given(same)
        return
    level = effective_level(matter, on=on)
    more = {**rule, level: rule.get(level, frozenset()) | {Position.DEPARTMENT_MANAGER}}
    wider = attrs.evolve(policy, lend_approvers=more)
    if not decision.allowed:
        return
    assert can_lend(person, matter, on=on, approval=approval, policy=wider).allowed
    assert can_know(person, matter, on=on, policy=policy).allowed
    assert approval is not None
    # the approvers a rule names for a level approve every level below it too
    named = frozenset().union(*(ps for lv, ps in rule.items() if lv >= level))
    own = any(
        p in named and (p not in SEED.company_bound or approval.company == matter.owner)
        for p in approval.positions
    )
    leaders = {Position.HQ_GM, Position.HQ_DEPUTY_GM}
    above = Position.SUBSIDIARY_GM in named and not approval.positions.isdisjoint(leaders)
    assert own or above
    assert OWN_RULE in decision.reason
    assert lenient or approval.id != person.id


@given(matter=matters(), on=days)
def test_property_deny_by_default_within_the_company_while_classified(
    matter: Matter, on: dt.date
) -> None:
    """R-SEC-04: while a matter is classified, a colleague of the owning company with no
    role and no relation to it may neither know, copy nor borrow it."""
    if not effective_level(matter, on=on).classified:
        return
    colleague = Person("colleague", company=matter.owner, positions=())
    for decision in decisions(colleague, matter, on, None):
        assert decision.allowed is False
        assert RULE.match(decision.rule)


@given(person=people(), matter=matters(), on=days, data=st.data())
def test_property_hq_leaders_approve_a_subsidiarys_matters_only_by_policy(
    person: Person, matter: Matter, on: dt.date, data: st.DataObject
) -> None:
    """R-SEC-05/06, issue 17 (D12 四 2: 机密级、秘密级资料需经子公司总经理批准后,方可摘抄或复制;
    各公司保管的公司证件需经子公司总经理批准后,方可复印或借出): under the seed policy an HQ
    leader's approval of a subsidiary's 机密/秘密 copy or certificate, asked by anyone but
    that subsidiary's GM, allows exactly what no approval allows; ``hq_approves=True``
    never takes an answer away."""
    position = data.draw(st.sampled_from([Position.HQ_GM, Position.HQ_DEPUTY_GM]))
    leader = Person("hq-approver", company=HQ, positions={position})
    own_gm = Position.SUBSIDIARY_GM in person.positions and person.company == matter.owner
    lenient = SecrecyPolicy(hq_approves=True)
    for action in (can_copy, can_lend):
        seed = action(person, matter, on=on, approval=leader)
        below_top = effective_level(matter, on=on) <= Level.CONFIDENTIAL
        if matter.owner != HQ and not own_gm and below_top:
            assert seed.allowed == action(person, matter, on=on).allowed
        assert (
            seed.allowed <= action(person, matter, on=on, approval=leader, policy=lenient).allowed
        )


# --- issue 14: junk and extremes ---------------------------------------------------------

BIG = "密" * (1 << 20)
HUGE = 10**100
UTC = ZoneInfo("UTC")
_FAR = Matter(
    "F", "秘密", "合同", owner=EAST, classified_on=D.min, ends_on=D.max, person_ids={"li"}
)
EXTREMES: dict[str, Callable[[], object]] = {
    "Person 1 MB": lambda: Person(BIG, company=BIG, positions=[BIG]),
    "Person huge id": lambda: Person(HUGE, company=EAST),  # type: ignore[arg-type]
    "Matter date.max": lambda: Matter(
        "M", "秘密", "合同", owner=EAST, classified_on=D.max, ends_on=D.max
    ),
    "Matter date.min": lambda: Matter(
        "M", "秘密", "合同", owner=EAST, classified_on=D.min, ends_on=D.min
    ),
    "Matter huge level": lambda: Matter(
        "M",
        HUGE,  # type: ignore[arg-type]
        "合同",
        owner=EAST,
        classified_on=D.min,
        ends_on=None,
    ),
    "extend to date.max": lambda: extend(
        attrs.evolve(_FAR, ends_on=D(2000, 1, 1)), ends_on=D.max, decided_on=D.min
    ),
    "effective_level date.max": lambda: effective_level(_FAR, on=D.max),
    "can_know date.max": lambda: can_know(LI, _FAR, on=D.max),
    "can_know date.min": lambda: can_know(LI, CONTRACT, on=D.min),
    "can_copy date.max": lambda: can_copy(LI, _FAR, on=D.max, approval=GM_E),
    "can_lend date.min": lambda: can_lend(LI, LICENCE, on=D.min, approval=GM_E),
    "who_may_know date.max": lambda: who_may_know(EVERYONE, _FAR, on=D.max),
    "access_report date.max": lambda: access_report(EVERYONE, [_FAR, PLAN], on=D.max),
    "default_level huge": lambda: default_level(HUGE),  # type: ignore[call-overload]
    "default_level 1 MB": lambda: default_level(BIG),
    "Level 1 MB": lambda: Level.parse(BIG),
    "classify_matter 1 MB": lambda: classify_matter(
        BIG,
        "合同",
        owner=BIG,
        classified_on=D.min,
        ends_on=D.max,
        supervisor_id=BIG,
        person_ids=[BIG],
    ),
    "copy_of 1 MB": lambda: copy_of(PLAN, BIG),
    "report_leak extremes": lambda: report_leak(
        CONTRACT,
        what=BIG,
        found_at=dt.datetime.max.replace(tzinfo=UTC),
        found_by=BIG,
        remedy=BIG,
        occurred_at=dt.datetime.min.replace(tzinfo=UTC),
    ),
    "policy huge levels": lambda: SecrecyPolicy(default_levels={HUGE: HUGE}),  # type: ignore[arg-type]
    "policy huge pair": lambda: SecrecyPolicy(copy_approvers=[(HUGE,)]),  # type: ignore[list-item]
    "policy huge bool": lambda: SecrecyPolicy(hq_approves=HUGE),  # type: ignore[arg-type]
    "for_matter 1 MB": lambda: access_report([LI], [PLAN], on=MID).for_matter(BIG),
    "with_position huge": lambda: LI.with_position(HUGE),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("name", sorted(EXTREMES))
def test_junk_and_extremes_return_or_raise_a_custops_error(name: str) -> None:
    """Issue 14 item 5: date.max/min, huge ints and 1 MB strings never escape as a crash."""
    outcome: object
    try:
        outcome = EXTREMES[name]()
    except CustopsError as exc:
        outcome = exc
    if isinstance(outcome, CustopsError):
        assert outcome.argument  # the error names the argument
    else:
        assert outcome is not None


# --- ids: the one id check (custops._validate.require_id) ----------------


@pytest.mark.parametrize("bad", ["l\u2028i", "li\u2029x", "l\u200bi", "li\x00", "\tl\ni"], ids=repr)
def test_R_SEC_04_an_id_with_a_control_or_separator_character_is_refused(bad: str) -> None:
    """Ids of people (R-SEC-04's cleared people) refuse control, format and line or
    paragraph separator characters, as every custops id does."""
    with pytest.raises(InvalidInput, match=r"^id: must not contain the control character"):
        Person(bad, company=EAST)
    with pytest.raises(  # a set has no place: named by the argument alone
        InvalidInput, match=r"^person_ids: must not contain the control character"
    ):
        attrs.evolve(PLAN, person_ids={bad})
    with pytest.raises(
        InvalidInput, match=r"^person_ids\[1\]: must not contain the control character"
    ):
        attrs.evolve(PLAN, person_ids=["li", bad])


def test_R_SEC_05_a_copy_id_is_trimmed_and_must_differ_from_the_original() -> None:
    copy = copy_of(PLAN, " C-1/2\n")
    assert (copy.id, copy.original_id) == ("C-1/2", "C-1")
    with pytest.raises(InvalidInput, match=r"^copy_id: must not be empty \(got ' '\)"):
        copy_of(PLAN, " ")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=" \t\n\u3000", max_size=3), st.text(alphabet=" \t\n", max_size=3))
def test_R_SEC_05_the_original_id_padded_any_way_is_refused_as_copy_id_property(
    left: str, right: str
) -> None:
    """Whatever whitespace surrounds the original's id, copying it onto itself is refused
    naming ``copy_id`` with the value as given, and nothing is built (R-SEC-05)."""
    given_id = f"{left}C-1{right}"
    with pytest.raises(InvalidInput) as caught:
        copy_of(PLAN, given_id)
    assert caught.value.argument == "copy_id"
    assert caught.value.value == given_id
    assert str(caught.value).count("(got ") == 1


# --- issue 12: one API ----------------------------------------


def test_R_SEC_07_leak_report_explains_itself() -> None:
    """a leak record has a one-line reason (no rule ID in it), ``str()`` and
    ``explain()``, and no truth value; 6.22: who is told is a set of positions."""
    found = dt.datetime(2025, 6, 2, 9, 30, tzinfo=SH)
    record = report_leak(PLAN, what="x", found_at=found, found_by="zhou", remedy="y")
    assert record.reason == (
        "confidential (机密) matter C-1 leaked, found at 2025-06-02 09:30+08:00 by zhou: report "
        "to HQ leaders at once"
    )
    assert str(record) == f"confidential (R-SEC-07): {record.reason}"
    assert record.explain() == str(record)
    with pytest.raises(InvalidType, match="has no truth value"):
        bool(record)
    assert record.report_to_positions == {Position.HQ_GM, Position.HQ_DEPUTY_GM}
    assert all(p.hq_only for p in record.report_to_positions)
    assert not hasattr(record, "report_to")
    with pytest.raises(InvalidInput):
        attrs.evolve(record, report_to_positions={"总公司领导"})


def test_the_default_policy_is_the_shared_seed_policy() -> None:
    """L7-L9: ``policy=None`` is ``_validate.policy_or_default`` (the seed's values, one
    shared instance); anything else but a SecrecyPolicy is refused by name."""
    from custops._validate import policy_or_default

    assert policy_or_default(None, SecrecyPolicy) == SecrecyPolicy()
    assert default_level("合同") is default_level("合同", policy=SecrecyPolicy())
    assert can_know(LI, PLAN, on=MID) == can_know(LI, PLAN, on=MID, policy=SecrecyPolicy())
    with pytest.raises(InvalidType, match=r"^policy: must be a SecrecyPolicy or None"):
        can_know(LI, PLAN, on=MID, policy="strict")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- explain=True


def test_R_SEC_02_default_level_explained_cites_the_default() -> None:
    """R-SEC-02: a kind with a default level of the policy."""
    result = default_level("重大决策", explain=True)
    assert isinstance(result, LevelDecision)
    assert (result.outcome, result.rule) == (Level.TOP_SECRET, "R-SEC-02")
    assert result.reason == '"重大决策" is top secret (绝密) by default'
    assert str(result) == 'top secret (R-SEC-02): "重大决策" is top secret (绝密) by default'
    assert stray_words(result.reason) == ()


def test_R_SEC_01_default_level_explained_outside_the_scope() -> None:
    """R-SEC-01: a kind outside the secrecy scope is not classified."""
    result = default_level(MatterKind.NOTICE, explain=True)
    assert (result.outcome, result.rule) == (Level.UNCLASSIFIED, "R-SEC-01")
    assert result.reason == '"通知" is outside the secrecy scope: not classified'
    assert result.explain() == str(result)


def test_R_SEC_02_explained_default_level_still_refuses_a_kind_without_default() -> None:
    """R-SEC-02: ``explain=True`` gives no silent default either."""
    with pytest.raises(LevelRequired, match="customer_information"):
        default_level("客户信息", explain=True)


@pytest.mark.parametrize("explain", [1, "yes", None])
def test_default_level_refuses_a_non_bool_explain(explain: Any) -> None:
    with pytest.raises(InvalidType, match="explain"):
        default_level("合同", explain=explain)


@settings(max_examples=30)
@given(st.sampled_from(MatterKind))
def test_R_SEC_01_R_SEC_02_explained_level_is_the_plain_level(kind: MatterKind) -> None:
    """Invariant: ``explain=True`` changes the shape, never the answer; R-SEC-02 exactly when
    the level is a classified one."""
    try:
        plain = default_level(kind)
    except LevelRequired:
        with pytest.raises(LevelRequired):
            default_level(kind, explain=True)
        return
    result = default_level(kind, explain=True)
    assert result.outcome is plain
    assert result.rule == ("R-SEC-02" if plain.classified else "R-SEC-01")
    assert "\n" not in result.reason
    with pytest.raises(InvalidType):
        bool(result)


def test_R_SEC_03_effective_level_explained_cites_the_term() -> None:
    """R-SEC-03: ``explain=True`` gives the level with the term that decides it."""
    result = effective_level(PLAN, on=MID, explain=True)
    assert isinstance(result, LevelDecision)
    assert (result.outcome, result.rule) == (Level.CONFIDENTIAL, "R-SEC-03")
    assert result.reason == "C-1 is confidential (机密) through 2025-12-31"
    assert str(result) == "confidential (R-SEC-03): C-1 is confidential (机密) through 2025-12-31"
    assert stray_words(result.reason) == ()


def test_R_SEC_03_effective_level_explained_after_the_term_end() -> None:
    """R-SEC-03: declassified the day after the term end."""
    result = effective_level(PLAN, on=NEXT, explain=True)
    assert (result.outcome, result.rule) == (Level.UNCLASSIFIED, "R-SEC-03")
    assert result.reason == "C-1's secrecy term ended on 2025-12-31: declassified"


def test_R_SEC_03_effective_level_explained_extension_no_term_and_fail_closed() -> None:
    """R-SEC-03: an extension, no term, and the days before ``classified_on``."""
    longer = extend(PLAN, ends_on=D(2026, 6, 30), decided_on=D(2025, 12, 31))
    assert effective_level(longer, on=NEXT, explain=True).reason == (
        "C-1 is confidential (机密) through 2026-06-30, as extended on 2025-12-31"
    )
    assert effective_level(LICENCE, on=D(2099, 1, 1), explain=True).reason == (
        "L-1 is secret (秘密) without a secrecy term"
    )
    early = effective_level(PLAN, on=D(2024, 1, 1), explain=True)
    assert early.outcome is Level.CONFIDENTIAL
    assert early.reason == (
        "C-1 is treated as confidential (机密) before it was classified on 2025-01-01 (fail closed)"
    )
    assert effective_level(NOTICE, on=MID, explain=True).reason == "N-1 is not classified"


@pytest.mark.parametrize("explain", [1, "yes", None])
def test_effective_level_refuses_a_non_bool_explain(explain: Any) -> None:
    with pytest.raises(InvalidType, match="explain"):
        effective_level(PLAN, on=MID, explain=explain)


@settings(max_examples=60)
@given(
    st.sampled_from([PLAN, CONTRACT, LICENCE, NOTICE]),
    st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 12, 31)),
    st.sampled_from(["zh_CN", "en_US"]),
)
def test_R_SEC_03_explained_effective_level_is_the_plain_level(
    matter: Matter, day: dt.date, language: str
) -> None:
    """Invariant: ``explain=True`` changes the shape, never the answer; one line of one
    language, citing R-SEC-03."""
    with in_language(language):
        result = effective_level(matter, on=day, explain=True)
        assert result.outcome is effective_level(matter, on=day)
        assert result.rule == "R-SEC-03"
        assert "\n" not in result.reason
        assert stray_words(result.reason) == ()


@pytest.mark.parametrize(
    "company", ["hq", "HQ", "ＨＱ", "Head-Quarters", " headquarters ", "总公司", "总部"]
)
def test_headquarters_read_in_any_spelling(company: str) -> None:
    assert Person("p1", company).company == HQ


def test_a_subsidiary_keeps_its_name() -> None:
    assert Person("p1", "Huadong Ltd").company == "Huadong Ltd"


# --- the company's day of a leak, scope of a level, copies of copies ---------

_ZONES = st.sampled_from(
    ["UTC", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"]
)


@settings(max_examples=60)
@given(
    st.datetimes(
        min_value=dt.datetime(2025, 12, 30),
        max_value=dt.datetime(2026, 1, 2),
        timezones=_ZONES.map(ZoneInfo),
    ),
    _ZONES,
)
def test_R_SEC_07_the_leak_level_does_not_depend_on_the_zone_of_found_at(
    found: dt.datetime, zone: str
) -> None:
    """R-SEC-07 with R-SEC-03, house rule 3 (the zone comes from the calendar): one instant
    gives one level and one reason, whatever zone ``found_at`` is written in: the level of
    the company's day (Asia/Shanghai by default)."""
    first = report_leak(PLAN, what="x", found_at=found, found_by="li", remedy="y")
    other = report_leak(
        PLAN, what="x", found_at=found.astimezone(ZoneInfo(zone)), found_by="li", remedy="y"
    )
    assert (first.level, first.reason) == (other.level, other.reason)
    assert first.level is effective_level(PLAN, on=found.astimezone(SH).date())


def test_R_SEC_07_a_leak_is_dated_by_the_company_calendar() -> None:
    """R-SEC-07 with R-SEC-03: 2025-12-31 20:00 UTC is 2026-01-01 in Shanghai, after PLAN's
    term; in a calendar of Los Angeles it is still 2025-12-31."""
    from custops.calendars import WorkCalendar

    found = dt.datetime(2025, 12, 31, 20, 0, tzinfo=dt.timezone.utc)
    record = report_leak(PLAN, what="x", found_at=found, found_by="li", remedy="y")
    assert record.level is Level.UNCLASSIFIED
    assert "2026-01-01 04:00+08:00" in record.reason
    la = WorkCalendar("US", subdiv="CA", zone="America/Los_Angeles")
    there = report_leak(PLAN, what="x", found_at=found, found_by="li", remedy="y", calendar=la)
    assert there.level is Level.CONFIDENTIAL
    assert record.found_at == there.found_at == found  # the instant is kept as given
    with pytest.raises(InvalidType, match=r"^calendar: must be a WorkCalendar or None"):
        report_leak(PLAN, what="x", found_at=found, found_by="li", remedy="y", calendar="CN")  # type: ignore[arg-type]


def test_R_SEC_07_a_matter_not_classified_that_day_is_no_leak_of_a_secret() -> None:
    """R-SEC-07 with R-SEC-01/R-SEC-03 (D12 五 2: 泄露公司秘密): a notice, or a matter
    declassified on the day found, is recorded as 非密 with no one to report to, and its
    reason says that no company secret leaked, not "report to HQ leaders at once"."""
    found = dt.datetime(2025, 6, 2, 9, 30, tzinfo=SH)
    for matter, at in ((NOTICE, found), (PLAN, found.replace(year=2026))):
        record = report_leak(matter, what="posted", found_at=at, found_by="li", remedy="-")
        assert record.level is Level.UNCLASSIFIED
        assert record.report_to_positions == frozenset()
        assert "no company secret leaked" in record.reason
        assert "at once" not in record.reason
        assert not stray_words(record.reason)
        with in_language("zh_CN"):
            assert "无需报告总公司领导" in record.reason  # worded when read
    secret = report_leak(PLAN, what="posted", found_at=found, found_by="li", remedy="-")
    assert secret.report_to_positions == {Position.HQ_GM, Position.HQ_DEPUTY_GM}


@pytest.mark.parametrize(
    ("kind", "level"),
    [("客户信息", "非密"), ("合同", Level.UNCLASSIFIED), ("通知", "秘密"), ("决议", "绝密")],
)
def test_R_SEC_01_02_a_level_given_must_fit_the_kinds_scope(kind: str, level: Any) -> None:
    """R-SEC-01 (notices, general decisions … are not classified), R-SEC-02 (a kind in the
    scope is one of three levels; D7: 顾客的资料一律不得外泄): ``classify_matter`` refuses a
    level that contradicts the policy's scope, naming ``level``, as ``SecrecyPolicy``
    refuses 非密 as a default level."""
    with pytest.raises(InvalidInput) as info:
        classify_matter(kind, kind, owner=EAST, classified_on=JAN1, ends_on=None, level=level)
    assert (info.value.argument, info.value.value) == ("level", level)
    assert "secrecy scope" in info.value.problem


def test_R_SEC_01_02_the_scope_is_the_policys() -> None:
    """R-SEC-01/02: a policy that takes notices into the scope lets them be classified."""
    wider = SecrecyPolicy(out_of_scope={"一般性决定", "决议", "通告", "行政管理资料"})
    notice = classify_matter(
        "N-2", "通知", owner=EAST, classified_on=JAN1, ends_on=None, level="秘密", policy=wider
    )
    assert notice.level is Level.SECRET
    assert (
        classify_matter(
            "N-3", "通知", owner=EAST, classified_on=JAN1, ends_on=None, level="非密"
        ).level
        is Level.UNCLASSIFIED
    )
    assert (
        classify_matter(
            "K-2",
            "客户信息",
            owner=EAST,
            classified_on=JAN1,
            ends_on=None,
            level="机密",
            supervisor_id="zhao",
        ).level
        is Level.CONFIDENTIAL
    )


def test_R_SEC_04_with_position_names_the_position_given() -> None:
    """Error convention: ``with_position`` names its own argument and shows the value given,
    not the field ``positions`` and a sorted list of labels."""
    for person, position in ((CHEN, "子公司总经理"), (CHEN, Position.SUBSIDIARY_GM)):
        with pytest.raises(InvalidInput) as info:
            person.with_position(position)
        assert (info.value.argument, info.value.value) == ("position", position)
        assert info.value.problem.startswith("is held ")


def test_R_SEC_05_a_copy_of_a_copy_does_not_take_the_originals_id() -> None:
    """R-SEC-05: a copy needs its own id, not the id of its original, even through a copy of
    a copy (two matters would share one id: ``access_report`` refuses such a pair)."""
    copy = copy_of(PLAN, "C-1/1")
    with pytest.raises(InvalidInput) as info:
        copy_of(copy, "C-1")
    assert (info.value.argument, info.value.value) == ("copy_id", "C-1")
    assert copy_of(copy, "C-1/2").original_id == "C-1/1"


def test_R_SEC_06_english_names_hq_one_way() -> None:
    """R-SEC-06, docs/i18n.md: an English reason names HQ as ``HQ`` in the action and in the
    approvers alike (only a Chinese company name is quoted)."""
    hq_licence = attrs.evolve(LICENCE, id="L-9", owner=HQ, person_ids={"chen"})
    why = can_copy(CHEN, hq_licence, on=MID, approval=DM_S).reason
    assert 'of "HQ"' not in why
    assert why.startswith('copying the "营业执照" of HQ: needs the approval of ')
    assert why.endswith(
        "HQ deputy general manager, department manager of HQ; "
        'dm_s (department manager, "华南公司") has no such authority'
    )
    assert 'department manager of "华东公司"' in can_copy(LI, LICENCE, on=MID, approval=DM_S).reason


_SET_ERRORS = (
    "import datetime as dt\n"
    "from custops.errors import CustopsError\n"
    "from custops.secrecy import Person, classify_matter\n"
    "calls = [\n"
    "    lambda: classify_matter('M', '合同', owner='华东公司', ends_on=None,\n"
    "        classified_on=dt.date(2025, 1, 1), person_ids={'aa', 'bb', 'R-SEC-01', 'cc', 'dd'}),\n"
    "    lambda: Person('x', company='华东公司', positions={'员工', 'zz', '主管', 'yy', 'xx'}),\n"
    "]\n"
    "for call in calls:\n"
    "    try:\n"
    "        call()\n"
    "    except CustopsError as exc:\n"
    "        print(exc.argument, repr(exc.value))\n"
)


def test_R_SEC_04_a_sets_bad_item_is_named_alike_under_every_hash_seed() -> None:
    """R-SEC-04, house rules 7 and the errors' convention: a set has no place, so an item it
    holds that is refused is named by the argument alone and shown by its value, the first
    in sorted order, so the error is the same under every ``PYTHONHASHSEED`` (not
    ``person_ids[1]`` in one run and ``person_ids[3]`` in the next)."""
    import subprocess
    import sys
    from pathlib import Path

    import custops

    src = str(Path(custops.__file__).resolve().parent.parent)
    seen = set()
    for seed in ("0", "1", "2", "3", "4"):
        env = {"PYTHONHASHSEED": seed, "PYTHONPATH": src, "PATH": "/usr/bin:/bin"}
        done = subprocess.run(
            [sys.executable, "-c", _SET_ERRORS],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            env=env,
        )
        seen.add(done.stdout)
    assert seen == {"person_ids 'R-SEC-01'\npositions 'xx'\n"}


def test_R_SEC_05_an_hq_leader_copying_a_subsidiarys_confidential_matter_needs_its_gm() -> None:
    """R-SEC-05 (D12 四 2 2), literal reading): the subsidiary GM approves a copy of the
    subsidiary's 机密 matter, even for the HQ GM; an HQ deputy GM's approval is refused unless
    the policy says ``hq_approves``."""
    wang = Person("wang", company=HQ, positions={"总公司总经理"})
    zhang = Person("zhang", company=HQ, positions={"总公司副总经理"})
    gm = Person("gm_e", company=EAST, positions={"子公司总经理"})
    plan = classify_matter(
        "C-1", "年度规划", owner=EAST, classified_on=JAN1, ends_on=DEC31, supervisor_id="sup"
    )
    refused = can_copy(wang, plan, on=MID, approval=zhang)
    assert (refused.allowed, refused.rule) == (False, "R-SEC-05")
    assert can_copy(wang, plan, on=MID, approval=gm).allowed
    assert can_copy(wang, plan, on=MID, approval=zhang, policy=SecrecyPolicy(hq_approves=True))


def test_a_lending_approver_for_a_level_approves_the_lower_levels_too() -> None:
    """R-SEC-06: a records room's rule "机密 with the GM's approval" lends 秘密 and
    declassified (非密) matters with the same approval; 绝密, above it, is lent to no one."""
    on = dt.date(2025, 6, 1)
    li = Person("li", company="华东公司")
    gm = Person("gm", company="华东公司", positions={"子公司总经理"})
    rooms = SecrecyPolicy(lend_approvers={"机密": {"子公司总经理"}})

    def plan(level: str) -> Matter:
        return Matter(
            "P-1", level, "合同", owner="华东公司", classified_on=dt.date(2025, 1, 1),
            ends_on=dt.date(2025, 12, 31), supervisor_id="sup", person_ids={"li"},
        )  # fmt: skip

    assert can_lend(li, plan("机密"), on=on, approval=gm, policy=rooms).allowed
    assert can_lend(li, plan("秘密"), on=on, approval=gm, policy=rooms).allowed
    later = can_lend(li, plan("机密"), on=dt.date(2026, 1, 1), approval=gm, policy=rooms)
    assert later.allowed
    assert "unclassified" in later.reason
    top = can_lend(li, plan("绝密"), on=on, approval=gm, policy=rooms)
    assert not top.allowed
    assert "names no approver for the level top secret" in top.reason


@given(
    given_levels=st.dictionaries(
        st.sampled_from(list(Level)),
        st.frozensets(st.sampled_from(list(Position)), min_size=1),
        max_size=4,
    )
)
def test_lending_approvers_only_grow_as_the_level_falls(
    given_levels: dict[Level, frozenset[Position]],
) -> None:
    """R-SEC-06: whoever approves lending a level approves every lower level; a level above
    every level given has no approver."""
    from custops.secrecy import _tables

    table = _tables(SecrecyPolicy(lend_approvers=given_levels)).lend_approvers
    for level in Level:
        expected = frozenset().union(*(p for lv, p in given_levels.items() if lv >= level))
        assert table.get(level, frozenset()) == expected
        for lower in Level:
            if lower <= level and level in table:
                assert table[level] <= table[lower]


def test_lend_and_copy_approvers_read_the_company_s_own_titles() -> None:
    """R-SEC-05/R-SEC-06: ``position_names`` is read by ``lend_approvers`` and
    ``copy_approvers`` as by ``person``; a title that is neither is still refused."""
    own = SecrecyPolicy(
        position_names={"档案室主任": "部门经理", "分公司老总": "子公司总经理"},
        lend_approvers={"机密": {" 档案室主任 "}},
        copy_approvers={"绝密": {"总公司总经理"}, "机密": {"分公司老总"}, "秘密": {"分公司老总"}},
    )
    assert dict(own.lend_approvers) == {Level.CONFIDENTIAL: {Position.DEPARTMENT_MANAGER}}
    assert dict(own.copy_approvers)[Level.SECRET] == {Position.SUBSIDIARY_GM}
    assert own == SecrecyPolicy(
        position_names={"档案室主任": "部门经理", "分公司老总": "子公司总经理"},
        lend_approvers={"机密": {"部门经理"}},
        copy_approvers={
            "绝密": {"总公司总经理"},
            "机密": {"子公司总经理"},
            "秘密": {"子公司总经理"},
        },
    )
    with pytest.raises(InvalidInput, match=r"^lend_approvers: .*got '厨师'"):
        SecrecyPolicy(position_names={"档案室主任": "部门经理"}, lend_approvers={"机密": {"厨师"}})
    with pytest.raises(InvalidInput, match=r"^lend_approvers: .*got '档案室主任'"):
        SecrecyPolicy(lend_approvers={"机密": {"档案室主任"}})


def test_the_self_approval_refusal_lists_approvers_who_are_accepted() -> None:
    """R-SEC-06: on a subsidiary GM's own request the HQ (deputy) GM approves (their
    superior), so the refusal that lists them names approvers who would be accepted."""
    on = dt.date(2025, 6, 1)
    gm = Person("gm", company="华东公司", positions={"子公司总经理"})
    rooms = SecrecyPolicy(lend_approvers={"机密": {"子公司总经理"}})
    drawing = Matter(
        "T-9", "机密", "厂家技术资料", owner="华东公司", classified_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2029, 12, 31), supervisor_id="sup", person_ids={"gm"},
    )  # fmt: skip
    refused = can_lend(gm, drawing, on=on, approval=gm, policy=rooms)
    assert not refused.allowed
    assert "HQ general manager" in refused.reason
    for title in ("总公司总经理", "总公司副总经理"):
        hq = Person("hq", company="总公司", positions={title})
        assert can_lend(gm, drawing, on=on, approval=hq, policy=rooms).allowed
