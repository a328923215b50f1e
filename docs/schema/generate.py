"""Write the JSON Schema of every stored custops document into this directory.

Run ``python docs/schema/generate.py`` after a change to a stored class;
``tests/test_serial.py`` checks that the files are current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TAGS = (
    "calendars.WorkCalendar",
    "complaints.Case",
    "complaints.CaseEvent",
    "complaints.CasePolicy",
    "complaints.Classification",
    "complaints.Complaint",
    "deposits.Claim",
    "deposits.DepositPolicy",
    "deposits.PeakDeposit",
    "deposits.RefundSchedule",
    "periods.Period",
    "secrecy.Matter",
    "secrecy.Person",
    "secrecy.SecrecyPolicy",
    "sla.Clock",
    "sla.ClockEvent",
    "sla.SlaPolicy",
    "sla.Target",
    "vip.Card",
    "vip.Holder",
    "vip.Ledger",
    "vip.VipPolicy",
)


def main() -> int:
    from custops import serial

    here = Path(__file__).resolve().parent
    for tag in TAGS:
        cls = serial._class_of(tag)
        if cls is None:
            print(f"unknown tag {tag}", file=sys.stderr)
            return 1
        text = json.dumps(serial.json_schema(cls), ensure_ascii=False, indent=2) + "\n"
        (here / f"{tag}.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
