"""A small complaint desk and VIP points service on SQLite, built on custops.serial.

Cases and ledgers live in JSON columns holding ``custops.serial`` documents; the open SLA
deadlines of every case sit in a table of their own, so one SQL query lists what is
overdue. The service is a plain class around one ``sqlite3`` connection: close it, start
a new process, open the same file, and every case and ledger carries on where it was —
its clocks included, because a loaded case *is* the case (``from_json(to_json(c)) == c``).

Run the two days of the demo in two processes::

    python examples/ticket_desk.py desk.db day1
    python examples/ticket_desk.py desk.db day2

Needs ``pip install 'custops[serial]'``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from custops import serial
from custops.complaints import Case, CasePolicy, Complaint, Kind, Stage
from custops.sla import State
from custops.vip import Card, Holder, Ledger

UTC = dt.timezone.utc
SH = ZoneInfo("Asia/Shanghai")


def _choices_check(column: str, choices: Sequence[tuple[str, str]]) -> str:
    """A CHECK constraint from Django-style ``choices()``: only the stable keys are stored."""
    keys = ", ".join(f"'{key}'" for key, _ in choices)
    return f"CHECK ({column} IN ({keys}))"


def _schema() -> str:
    return f"""
    CREATE TABLE IF NOT EXISTS cases (
        id TEXT PRIMARY KEY,
        stage TEXT NOT NULL {_choices_check("stage", Stage.choices())},
        kind TEXT {_choices_check("kind", Kind.choices())},
        doc TEXT NOT NULL CHECK (json_valid(doc))
    );
    CREATE TABLE IF NOT EXISTS deadlines (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        due_at TEXT NOT NULL,          -- UTC, ISO 8601: sorts as text
        rule TEXT NOT NULL,
        PRIMARY KEY (case_id, target)
    );
    CREATE TABLE IF NOT EXISTS kinds (key TEXT PRIMARY KEY, label TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS ledgers (
        card TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        doc TEXT NOT NULL CHECK (json_valid(doc))
    );
    """


def _key(member: Kind | None) -> str | None:
    return None if member is None else member.value


def _utc(at: dt.datetime) -> str:
    return at.astimezone(UTC).isoformat()


class TicketDesk:
    """Complaint cases and VIP ledgers of one store, kept in an SQLite file."""

    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.executescript(_schema())
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO kinds VALUES (?, ?)", Kind.choices())

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self.db:
            yield self.db

    # -- cases ---------------------------------------------------------------------------

    def open_case(
        self, case_id: str, complaint: Complaint, role: str, *, policy: CasePolicy | str
    ) -> Case:
        """Record a new case (its clocks start at receipt)."""
        case = Case.open(complaint, role, policy=policy)
        with self._transaction():
            self.db.execute(
                "INSERT INTO cases (id, stage, kind, doc) VALUES (?, ?, ?, ?)",
                (case_id, case.stage.value, _key(case.kind), serial.to_json(case)),
            )
            self._save_deadlines(case_id, case)
        return case

    def case(self, case_id: str) -> Case:
        """The case as stored: rebuilt through its constructor, every event checked again."""
        row = self.db.execute("SELECT doc FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise KeyError(case_id)
        text: str = row[0]
        return serial.from_json(text, expect=Case)

    def step(
        self, case_id: str, action: str, at: dt.datetime, role: str, *args: Any, **kw: Any
    ) -> Case:
        """Take one step of a stored case (``"classify"``, ``"reply"``, ...) and store it.

        A refused step raises and leaves the stored case as it was.
        """
        with self._transaction():
            case: Case = getattr(self.case(case_id), action)(at, role, *args, **kw)
            self.db.execute(
                "UPDATE cases SET stage = ?, kind = ?, doc = ? WHERE id = ?",
                (case.stage.value, _key(case.kind), serial.to_json(case), case_id),
            )
            self._save_deadlines(case_id, case)
        return case

    def _save_deadlines(self, case_id: str, case: Case) -> None:
        """The deadlines of the case's running clocks, as of its last event.

        A running clock's deadline does not move until the next event; a paused clock has
        none until it resumes; a stopped one is done.
        """
        status = case.status(at=case.events[-1].at)
        self.db.execute("DELETE FROM deadlines WHERE case_id = ?", (case_id,))
        self.db.executemany(
            "INSERT INTO deadlines VALUES (?, ?, ?, ?)",
            [
                (case_id, s.target_name, _utc(s.due_at), s.rule)
                for s in status.statuses
                if s.stopped_at is None and s.state is not State.PAUSED
            ],
        )

    def overdue(self, at: dt.datetime) -> list[dict[str, Any]]:
        """Every open deadline passed at ``at``: one query, oldest first."""
        rows = self.db.execute(
            """
            SELECT d.case_id, d.target, d.due_at, d.rule, c.stage,
                   json_extract(c.doc, '$.value.complaint.complainant'),
                   k.label
            FROM deadlines d
            JOIN cases c ON c.id = d.case_id
            LEFT JOIN kinds k ON k.key = c.kind
            WHERE d.due_at < ?
            ORDER BY d.due_at, d.case_id, d.target
            """,
            (_utc(at),),
        ).fetchall()
        keys = ("case", "target", "due_at", "rule", "stage", "complainant", "kind")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    # -- VIP ledgers ---------------------------------------------------------------------

    def issue_card(self, number: str, holder: Holder, *, on: dt.date) -> Ledger:
        ledger = Ledger(Card.issue(number, holder, on=on))
        with self._transaction():
            self.db.execute(
                "INSERT INTO ledgers VALUES (?, ?, ?)",
                (number, holder.customer_id, serial.to_json(ledger)),
            )
        return ledger

    def ledger(self, number: str) -> Ledger:
        row = self.db.execute("SELECT doc FROM ledgers WHERE card = ?", (number,)).fetchone()
        if row is None:
            raise KeyError(number)
        text: str = row[0]
        return serial.from_json(text, expect=Ledger)

    def points(self, number: str, operation: str, on: dt.date, *args: Any) -> Ledger:
        """``earn``/``redeem``/``expire`` on a stored ledger, stored again."""
        with self._transaction():
            ledger: Ledger = getattr(self.ledger(number), operation)(on, *args)
            self.db.execute(
                "UPDATE ledgers SET doc = ? WHERE card = ?", (serial.to_json(ledger), number)
            )
        return ledger


# --------------------------------------------------------------------------- the demo


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=SH)


def day1(desk: TicketDesk) -> dict[str, Any]:
    """30 September 2025: two contacts and a new VIP card; the desk closes for the holiday."""
    wine = Complaint(
        received_at=at(2025, 9, 30, 16, 0),
        channel="电话",
        content="上周买的酒有怪味，口感不对",
        complainant="王先生",
        claimed_loss="760",
        demand="换货",
    )
    desk.open_case("C-1", wine, "客户关系顾问", policy="winery")
    desk.step(
        "C-1",
        "classify",
        at(2025, 9, 30, 16, 40),
        "客户关系经理",
        kind="投诉",
        category="产品质量",
        grounds_sufficient=True,
        demand_reasonable=True,
    )
    question = Complaint(
        received_at=at(2025, 9, 30, 17, 0),
        channel="电话",
        content="请问会员卡怎么办理？",
        complainant="李女士",
    )
    desk.open_case("C-2", question, "客户关系顾问", policy="winery")
    desk.step(
        "C-2", "classify", at(2025, 9, 30, 17, 5), "客户关系经理", kind="咨询", category="其他"
    )
    desk.step("C-2", "answer", at(2025, 9, 30, 17, 10), "客户关系顾问", note="带身份证到服务台办理")
    desk.issue_card("VIP-1", Holder("C001", "王先生"), on=dt.date(2025, 9, 30))
    desk.points("VIP-1", "earn", dt.date(2025, 9, 30), Decimal("1268.50"), "S-0930-1")
    return {
        "cases": [desk.case(c).stage.value for c in ("C-1", "C-2")],
        "balance": desk.ledger("VIP-1").valid_points(on=dt.date(2025, 9, 30)),
    }


def day2(desk: TicketDesk) -> dict[str, Any]:
    """A new process after the holiday: reload, report what is overdue, carry on."""
    report = desk.overdue(at(2025, 10, 10, 9, 0))
    desk.step("C-1", "reply", at(2025, 10, 10, 9, 30), "客户关系顾问", note="质量部已取样")
    desk.step("C-1", "assign", at(2025, 10, 10, 10, 0), "客户关系经理", "质量部", handler="张工")
    ledger = desk.points("VIP-1", "redeem", dt.date(2025, 10, 10), 10, "保温杯")
    case = desk.case("C-1")
    return {
        "overdue": report,
        "stage": case.stage.value,
        "resolve_due": case.status(at=at(2025, 10, 10, 10, 0))["resolve"].due_at.isoformat(),
        "overdue_after": desk.overdue(at(2025, 10, 10, 10, 0)),
        "overdue_later": desk.overdue(at(2025, 10, 13, 9, 0)),
        "balance": ledger.valid_points(on=dt.date(2025, 10, 10)),
        "kinds": [label for _, label in Kind.choices()],
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or args[1] not in ("day1", "day2"):
        print("usage: ticket_desk.py DATABASE day1|day2", file=sys.stderr)
        return 2
    desk = TicketDesk(args[0])
    try:
        result = day1(desk) if args[1] == "day1" else day2(desk)
    finally:
        desk.close()
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
