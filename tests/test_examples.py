"""The example application runs end to end: examples/ticket_desk.py on SQLite (issue 15, item 3).

Two processes share one database file, so the second one only knows what the first
stored: the cases' SLA clocks (R-SLA-05, R-SLA-08, R-SLA-09) and the VIP ledger
(R-VIP-05, R-VIP-08) must carry on exactly as if nothing had been interrupted.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from custops.complaints import Case, Complaint
from custops.errors import CustopsError, IllegalTransition
from custops.vip import Card, Holder, Ledger

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ticket_desk.py"


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ticket_desk", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ticket_desk"] = module
    spec.loader.exec_module(module)
    return module


desk_mod = _load_example()
at = desk_mod.at


def _run(db: Path, day: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), str(db), day],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_two_processes_carry_on(tmp_path: Path) -> None:
    """R-SLA-05/R-SLA-08/R-SLA-09: the second process reports and continues the clocks."""
    db = tmp_path / "desk.db"
    first = _run(db, "day1")
    assert first == {"cases": ["classified", "answered"], "balance": 12}
    second = _run(db, "day2")
    assert [(r["case"], r["target"], r["kind"]) for r in second["overdue"]] == [
        ("C-1", "reply", "投诉")
    ]
    assert second["overdue"][0]["due_at"] == "2025-10-01T08:00:00+00:00"
    assert second["stage"] == "assigned"
    assert second["resolve_due"] == "2025-10-11T18:00:00+08:00"
    assert second["overdue_after"] == []
    assert [r["target"] for r in second["overdue_later"]] == ["quality_reply", "resolve"]
    assert second["balance"] == 2  # R-VIP-08: 12 points, 10 redeemed
    assert second["kinds"][2] == "投诉"


def _oracle() -> tuple[Case, Ledger]:
    """The same story without a database or a restart."""
    wine = Complaint(
        received_at=at(2025, 9, 30, 16, 0),
        channel="电话",
        content="上周买的酒有怪味，口感不对",
        complainant="王先生",
        claimed_loss="760",
        demand="换货",
    )
    case = Case.open(wine, "客户关系顾问", policy="winery").classify(
        at(2025, 9, 30, 16, 40),
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    case = case.reply(at(2025, 10, 10, 9, 30), "客户关系顾问", note="质量部已取样")
    case = case.assign(at(2025, 10, 10, 10, 0), "客户关系经理", "质量部", handler="张工")
    ledger = Ledger(Card.issue("VIP-1", Holder("C001", "王先生"), on=dt.date(2025, 9, 30)))
    ledger = ledger.earn(dt.date(2025, 9, 30), Decimal("1268.50"), "S-0930-1")
    ledger = ledger.redeem(dt.date(2025, 10, 10), 10, "保温杯")
    return case, ledger


def test_reloaded_values_equal_the_uninterrupted_ones(tmp_path: Path) -> None:
    """The stored case and ledger are the very values an uninterrupted run gives."""
    db = str(tmp_path / "desk.db")
    desk = desk_mod.TicketDesk(db)
    desk_mod.day1(desk)
    desk.close()
    desk = desk_mod.TicketDesk(db)  # a new connection: nothing kept in memory
    desk_mod.day2(desk)
    case, ledger = _oracle()
    loaded = desk.case("C-1")
    assert loaded == case
    later = at(2025, 10, 20, 9, 0)
    assert loaded.status(at=later) == case.status(at=later)
    assert desk.ledger("VIP-1") == ledger
    assert desk.ledger("VIP-1").entries == ledger.entries
    # and both go on the same way
    nxt = loaded.propose(at(2025, 10, 20, 10, 0), "质量负责人", solution="换货两箱")
    assert nxt == case.propose(at(2025, 10, 20, 10, 0), "质量负责人", solution="换货两箱")
    desk.close()


def test_refused_step_leaves_the_database_unchanged(tmp_path: Path) -> None:
    """R-CMP-06: only the GM approves; the refusal stores nothing."""
    desk = desk_mod.TicketDesk(str(tmp_path / "desk.db"))
    desk_mod.day1(desk)
    before = desk.db.execute("SELECT doc FROM cases WHERE id = 'C-1'").fetchone()[0]
    with pytest.raises(IllegalTransition):
        desk.step("C-1", "approve", at(2025, 10, 9, 14, 0), "客户关系经理")
    assert desk.db.execute("SELECT doc FROM cases WHERE id = 'C-1'").fetchone()[0] == before
    desk.close()


def test_tampered_row_is_refused(tmp_path: Path) -> None:
    """A document edited behind the library's back is refused, never half-loaded."""
    path = str(tmp_path / "desk.db")
    desk = desk_mod.TicketDesk(path)
    desk_mod.day1(desk)
    with desk.db:
        desk.db.execute(
            "UPDATE ledgers SET doc = json_set(doc, '$.value.purchases[0].points', 999)"
        )
        desk.db.execute(
            "UPDATE cases SET doc = json_set(doc, '$.value.events[1].at', "
            "'2025-09-30T15:00:00+08:00[Asia/Shanghai]') WHERE id = 'C-1'"
        )
    with pytest.raises(CustopsError, match="do not add up"):
        desk.ledger("VIP-1")
    with pytest.raises(CustopsError, match=r"text: value: .*before the previous event"):
        desk.case("C-1")
    desk.close()


def test_stage_column_takes_only_choices(tmp_path: Path) -> None:
    """The CHECK constraint comes from Stage.choices(): an unknown key is refused."""
    desk = desk_mod.TicketDesk(str(tmp_path / "desk.db"))
    desk_mod.day1(desk)
    with pytest.raises(sqlite3.IntegrityError), desk.db:
        desk.db.execute("UPDATE cases SET stage = 'lost' WHERE id = 'C-1'")
    desk.close()


def test_usage_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert desk_mod.main(["only-one-argument"]) == 2
    assert "usage" in capsys.readouterr().err
