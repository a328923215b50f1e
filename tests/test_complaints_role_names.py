"""A company's own role names (客服, 组长, 站长) map to the seed's roles through
``CasePolicy.role_names`` (R-CMP-06: the roles the flow knows decide who takes a step)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops import serial
from custops.complaints import Case, CaseAction, CasePolicy, Complaint, Role
from custops.errors import IllegalTransition, InvalidInput, PolicyError

SH = ZoneInfo("Asia/Shanghai")
AT = dt.datetime(2026, 12, 4, 21, 30, tzinfo=SH)
COURIER = {"客服": "客户关系顾问", "组长": "客户关系经理", "站长": "部门经理"}


def _complaint() -> Complaint:
    return Complaint(received_at=AT, channel="app", complainant="A", content="快递还没到，太慢了")


def _desk() -> CasePolicy:
    return CasePolicy(sla_policy="quality", role_names=COURIER)


def test_a_step_by_a_company_role_is_taken_by_the_role_it_maps_to_R_CMP_06() -> None:
    case = Case.open(_complaint(), "客服", policy=_desk()).classify(
        AT + dt.timedelta(minutes=10), "组长", grounds_sufficient=True, demand_reasonable=True
    )
    assert [e.role for e in case.events] == [
        Role.CUSTOMER_RELATIONS_ADVISER,
        Role.CUSTOMER_RELATIONS_MANAGER,
    ]
    assert serial.from_json(serial.to_json(case)) == case
    assert serial.from_json(serial.to_json(_desk())) == _desk()


def test_a_company_role_may_take_only_what_its_role_may_R_CMP_06() -> None:
    case = Case.open(_complaint(), "客服", policy=_desk())
    with pytest.raises(IllegalTransition):  # classifying is the manager's (D1 第三条)
        case.classify(AT, "客服", grounds_sufficient=True, demand_reasonable=True)


def test_an_unmapped_company_role_is_refused_saying_how_to_map_it_R_CMP_06() -> None:
    with pytest.raises(InvalidInput, match=r"^role: is not a known Role; .*role_names") as info:
        Case.open(_complaint(), "客服", policy="quality")
    assert info.value.value == "客服"
    with pytest.raises(InvalidInput, match=r"^role: .*role_names"):
        Case.open(_complaint(), "骑手", policy=_desk())


@pytest.mark.parametrize(
    ("names", "error", "message"),
    [
        ({"总经理": "客户关系顾问"}, PolicyError, r"^role_names: is already a role's name"),
        ({"客服": "老板"}, InvalidInput, r"^role_names\['客服'\]: is not a known Role"),
        ({" ": "总经理"}, InvalidInput, r"^role_names: must not be empty"),
    ],
)
def test_bad_role_names_are_refused(names: dict[str, str], error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        CasePolicy(sla_policy="quality", role_names=names)


@given(st.sampled_from(sorted(COURIER)), st.sampled_from(list(Role)))
def test_property_a_mapped_name_acts_as_its_role_R_CMP_06(name: str, role: Role) -> None:
    desk = CasePolicy(sla_policy="quality", role_names={name: role})

    def opened(who: str | Role) -> object:
        try:
            return Case.open(_complaint(), who, policy=desk)
        except IllegalTransition as exc:  # a role that may not record: refused alike
            return str(exc)

    assert opened(f" {name} ") == opened(role)
    assert desk.staff_role(name) is role


def _classified(desk: CasePolicy) -> Case:
    content = "快递还没到，太慢了，损失很大，要求赔偿"
    complaint = Complaint(received_at=AT, channel="app", complainant="A", content=content)
    return Case.open(complaint, "客服", policy=desk).classify(
        AT + dt.timedelta(minutes=10), "组长", grounds_sufficient=True, demand_reasonable=True
    )


def test_a_users_buttons_by_a_company_role_name_R_CMP_06() -> None:
    """``allowed_events(role)`` reads a company's own name as the step does: one user's
    buttons for the 组长 are the customer-relations manager's."""
    case = Case.open(_complaint(), "客服", policy=_desk())
    assert case.allowed_events("组长") == case.allowed_events(Role.CUSTOMER_RELATIONS_MANAGER)
    assert case.allowed_events(" 客服 ") == case.allowed_events(Role.CUSTOMER_RELATIONS_ADVISER)
    with pytest.raises(InvalidInput, match=r"^role: is not a known Role; .*role_names") as info:
        case.allowed_events("老板")
    assert info.value.value == "老板"


def test_an_escalation_tells_the_roles_a_company_names_R_CMP_07() -> None:
    """``escalate(told=...)`` reads a company's own names (one, a list or a set) as the
    roles they map to; an unmapped one is refused naming its place in ``told``."""
    case = _classified(_desk())
    later = AT + dt.timedelta(minutes=20)
    for told in (["站长", "总经理"], ("站长", Role.GENERAL_MANAGER), {"站长", "总经理"}):
        escalated = case.escalate(later, "组长", told=told)
        assert set(escalated.events[-1].get("told")) == {
            Role.DEPARTMENT_MANAGER,
            Role.GENERAL_MANAGER,
        }
    lone = case.escalate(later, "组长", told="站长")
    assert lone.events[-1].get("told") == (Role.DEPARTMENT_MANAGER,)
    with pytest.raises(InvalidInput, match=r"^told\[1\]: is not a known Role") as info:
        case.escalate(later, "组长", told=["站长", "老板"])
    assert info.value.value == "老板"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("approvers", ["组长"], {Role.CUSTOMER_RELATIONS_MANAGER}),
        ("escalate_to", ["站长", "总经理"], {Role.DEPARTMENT_MANAGER, Role.GENERAL_MANAGER}),
        ("escalate_to", " 站长 ", {Role.DEPARTMENT_MANAGER}),
        ("roles", {"classify": ["组长"]}, {Role.CUSTOMER_RELATIONS_MANAGER}),
    ],
)
def test_the_policys_own_roles_take_a_companys_names_R_CMP_06(
    field: str, value: object, expected: set[Role]
) -> None:
    """The policy's own fields (``roles``, ``approvers``, ``escalate_to``) read a company's
    own names of ``role_names`` as the roles they map to, and hold those roles."""
    given: dict[str, Any] = {field: value}
    desk = CasePolicy(sla_policy="quality", role_names=COURIER, **given)
    held = dict(desk.roles)[CaseAction.CLASSIFY] if field == "roles" else getattr(desk, field)
    assert held == expected


@pytest.mark.parametrize(
    ("field", "value", "argument"),
    [
        ("approvers", ["组长", "老板"], "approvers[1]"),
        ("escalate_to", ["老板"], "escalate_to[0]"),
        ("escalate_to", "老板", "escalate_to"),
        ("roles", {"classify": ["老板"]}, "roles['classify'][0]"),
    ],
)
def test_a_name_neither_a_role_nor_a_companys_is_refused_naming_the_field_R_CMP_06(
    field: str, value: object, argument: str
) -> None:
    """A name that is neither one of the seed's roles nor one of ``role_names`` is refused,
    naming the field (the item by its place) and the name, saying how to map it."""
    given: dict[str, Any] = {field: value}
    with pytest.raises((PolicyError, InvalidInput)) as info:
        CasePolicy(sla_policy="quality", role_names=COURIER, **given)
    error = info.value
    assert error.argument == argument
    assert error.value == "老板"
    assert str(error).startswith(f"{argument}: is not a known Role")
    assert "CasePolicy(role_names={name: role})" in str(error)


_ROLES = list(Role)


@st.composite
def _desks(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], dict[str, Role]]:
    """The same desk twice: its fields naming roles written with the seed's roles, and with
    a company's own names (those of ``role_names``, a role without one named as itself)."""
    mapped = draw(st.lists(st.sampled_from(_ROLES), unique=True, max_size=len(_ROLES)))
    names = {f"岗位{i}": role for i, role in enumerate(mapped)}
    own = {role: name for name, role in names.items()}
    some = st.lists(st.sampled_from(_ROLES), min_size=1, unique=True)
    classify, approve = draw(some), draw(some)
    approvers = draw(st.lists(st.sampled_from(approve), min_size=1, unique=True))
    told = draw(some)
    seed = {
        "roles": {"classify": classify, "approve": approve},
        "approvers": approvers,
        "escalate_to": told,
    }

    def company(roles: list[Role]) -> list[str | Role]:
        return [own.get(role, role) for role in roles]

    theirs = {
        "roles": {"classify": company(classify), "approve": company(approve)},
        "approvers": company(approvers),
        "escalate_to": company(told),
    }
    return seed, theirs, names


@given(_desks())
def test_property_a_policy_in_a_companys_names_is_the_one_in_the_seeds_roles_R_CMP_06(
    desks: tuple[dict[str, Any], dict[str, Any], dict[str, Role]],
) -> None:
    """A policy written with a company's own role names behaves exactly as the one written
    with the seed's roles: the same value, the same roles for every step, the same
    approvals needed, the same roles told."""
    seed, theirs, names = desks
    ours = CasePolicy(sla_policy="quality", role_names=names, **seed)
    company = CasePolicy(sla_policy="quality", role_names=names, **theirs)
    assert company == ours
    for step in CaseAction:
        assert company.roles_for(step) == ours.roles_for(step)
        assert company.roles_source(step) == ours.roles_source(step)
    assert company.required_approvals == ours.required_approvals
    assert company.escalate_to == ours.escalate_to
    assert serial.to_json(company) == serial.to_json(ours)


def test_a_commendation_names_a_department_not_a_role() -> None:
    """``commend(department=...)`` takes a :class:`Department`: ``role_names`` maps roles
    only, and a company's role name there is refused naming ``department``."""
    praise = Complaint(received_at=AT, channel="app", complainant="A", content="小哥服务很好，表扬")
    case = Case.open(praise, "客服", policy=_desk())
    with pytest.raises(InvalidInput, match=r"^department: is not a known Department") as info:
        case.commend(AT + dt.timedelta(minutes=5), "客服", department="站长")
    assert info.value.value == "站长"


def test_an_identity_line_of_an_exported_table_changes_nothing_R_CMP_06() -> None:
    """An exported role table's lines whose names are already the seed's (部门经理 →
    部门经理) are read as nothing; a seed name mapped to another role is still refused."""
    exported = {**COURIER, "客户关系顾问": "客户关系顾问", "general_manager": "总经理"}
    desk = CasePolicy(sla_policy="quality", role_names=exported)
    assert desk == _desk()
    opened = Case.open(_complaint(), "客户关系顾问", policy=desk)
    assert opened.events[0].role is Role.CUSTOMER_RELATIONS_ADVISER
    assert desk.staff_role("部门经理") is Role.DEPARTMENT_MANAGER
    with pytest.raises(PolicyError, match=r"^role_names: is already a role's name \(depart"):
        CasePolicy(sla_policy="quality", role_names={"部门经理": "总经理"})


@given(st.lists(st.sampled_from(list(Role))), st.booleans())
def test_property_identity_lines_added_to_role_names_change_nothing_R_CMP_06(
    roles: list[Role], by_label: bool
) -> None:
    """Any identity lines added to a valid role mapping give the very same policy."""
    exported: dict[str, Role | str] = dict(COURIER)
    exported.update({(r.label if by_label else r.value): r for r in roles})
    assert CasePolicy(sla_policy="quality", role_names=exported) == _desk()
