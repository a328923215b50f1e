"""The ``custops`` command: a thin shell over the library.

This is the only module of custops that prints, reads the clock or exits.  Bad
input prints a one-line ``custops: error: …`` on stderr and exits with status 2;
there is never a traceback for a user mistake.

Subcommands::

    custops demo                    a tour of the library on a built-in example
    custops uppercase AMOUNT        the Chinese capital amount (大写) of AMOUNT
    custops workdays add DATE N     the N-th working day after DATE (调休 included)
    custops workdays between A B    working days in (A, B]
    custops workdays check DATE     the kind of DATE (工作日, 调休上班, 法定节假日…) and its holiday
    custops deadline START PERIOD   when PERIOD counted from START ends, and why
    custops deadline START --preset NAME --channel X --kind Y   every SLA target's due time
    custops secrecy default-level KIND   the default secrecy level of a kind of matter
    custops secrecy kinds           every kind of matter with its default level
    custops refund --peak P --balance B --announced DATE   a deposit's refund schedule
    custops vip quote LINE...       price a basket for a VIP (best single benefit per line)
    custops vip qualify DATE=AMOUNT...   does a customer qualify for a VIP card
    custops vip report-due MONTH    when a month's registration forms are due
    custops classify TEXT           kind, category, department and evidence of a complaint text
    custops check-reply TEXT        forbidden service phrases (服务忌语) in TEXT, with suggestions
    custops change --received R --due D   the change and the words 收您××元,找您××元
    custops archive-due DATE        last day to create a customer archive (one week, R-SLA-14)
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from custops import __version__, complaints
from custops.archives import archive_due
from custops.calendars import WorkCalendar
from custops.deposits import Claim, DepositPolicy, ExcessClaims, refund_schedule
from custops.errors import CustopsError, InvalidInput, ProvisionalCalendarWarning
from custops.money import allocate, uppercase, yuan
from custops.periods import Period, deadline
from custops.secrecy import (
    HQ,
    Level,
    LevelRequired,
    MatterKind,
    Person,
    can_copy,
    can_know,
    classify,
    default_level,
)
from custops.service import cash_announcement, check_reply
from custops.sla import presets
from custops.vip import (
    Card,
    Holder,
    Ledger,
    Line,
    Purchase,
    StackingRule,
    VipPolicy,
    qualification,
    quote,
    registration_report_due,
)

__all__ = ["build_parser", "main"]

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, like custops' own errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _cmd_uppercase(args: argparse.Namespace) -> int:
    if args.mark_negative:
        print(uppercase(args.amount, negative="mark", argument="AMOUNT"))
    else:
        print(uppercase(args.amount, argument="AMOUNT"))
    return 0


# --- workdays ------------------------------------------------------------------------------

_WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


def _parse_day(argument: str, text: str) -> _dt.date:
    """A YYYY-MM-DD date argument; anything else is an InvalidInput naming the argument."""
    try:
        return _dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput.for_argument(
            argument, text, "is not a date such as 2025-09-30"
        ) from None


def _parse_count(argument: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInput.for_argument(
            argument, text, "is not a whole number such as 3 or -2"
        ) from None


def _parse_year(text: str) -> int:
    return _parse_count("--final-year", text)


def _workdays_calendar(args: argparse.Namespace) -> WorkCalendar:
    return WorkCalendar(
        args.country,
        args.subdiv,
        closures=[_parse_day("--closure", t) for t in args.closure],
        extra_workdays=[_parse_day("--extra-workday", t) for t in args.extra_workday],
        final_years=[_parse_year(t) for t in args.final_year],
        strict=args.strict,
    )


def _workdays_answer(args: argparse.Namespace, cal: WorkCalendar) -> str:
    if args.action == "add":
        day = _parse_day("DATE", args.first)
        n = _parse_count("N", args.second)
        return cal.add_workdays(day, n).isoformat()
    if args.action == "between":
        a = _parse_day("A", args.first)
        b = _parse_day("B", args.second)
        return str(cal.workdays_between(a, b))
    if args.second is not None:
        raise InvalidInput.for_argument("check", args.second, "takes one DATE only")
    day = _parse_day("DATE", args.first)
    info = cal.describe(day)
    parts = [day.isoformat(), _WEEKDAYS_ZH[day.weekday()], info.kind.label]
    if info.holiday_name:
        parts.append(info.holiday_name)
    line = " ".join(parts) + (" — working day" if info.is_workday else " — rest day")
    if info.provisional:
        line += f" (provisional: the {day.year} arrangement is not published)"
    return line


def _cmd_workdays(args: argparse.Namespace) -> int:
    if args.action in ("add", "between") and args.second is None:
        raise InvalidInput.for_argument(
            args.action, args.first, "needs two arguments (DATE N, or A B)"
        )
    cal = _workdays_calendar(args)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ProvisionalCalendarWarning)
        answer = _workdays_answer(args, cal)
    print(answer)
    for warning in caught:
        if issubclass(warning.category, ProvisionalCalendarWarning):
            print(f"custops: note: {warning.message}", file=sys.stderr)
    return 0


def add_workdays_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """``custops workdays add DATE N | between A B | check DATE``."""
    p = sub.add_parser(
        "workdays",
        help="working days with 调休: add N, count between two dates, check a day",
        description=(
            "Working-day arithmetic on the official calendar (default: mainland China, "
            "调休 makeup days included). "
            "'add DATE N': the N-th working day after DATE (DATE not counted; N < 0 counts back). "
            "'between A B': working days in (A, B], negative when B < A. "
            "'check DATE': the kind of DATE and its holiday name."
        ),
    )
    p.add_argument("action", choices=("add", "between", "check"), help="what to compute")
    p.add_argument("first", metavar="DATE", help="a date, YYYY-MM-DD")
    p.add_argument(
        "second", metavar="N|B", nargs="?", default=None, help="N for add, B for between"
    )
    p.add_argument("--country", default="CN", help="ISO country code known to holidays (CN)")
    p.add_argument("--subdiv", default=None, help="subdivision code, e.g. CA for --country US")
    p.add_argument(
        "--closure", action="append", default=[], metavar="DATE", help="a company rest day"
    )
    p.add_argument(
        "--extra-workday",
        action="append",
        default=[],
        metavar="DATE",
        help="a company working day",
    )
    p.add_argument(
        "--final-year",
        action="append",
        default=[],
        metavar="YEAR",
        help="treat YEAR's statutory calendar as final (no provisional note)",
    )
    p.add_argument(
        "--strict", action="store_true", help="refuse a year whose arrangement is not published"
    )
    p.set_defaults(handler=_cmd_workdays)


# --- deadline ------------------------------------------------------------------------------

#: The zone a START without one is taken in (the command's choice; the library never guesses).
CLI_ZONE = "Asia/Shanghai"

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_start(text: str) -> _dt.datetime | _dt.date:
    """START as an aware datetime (no zone: Asia/Shanghai) or, for a bare date, a date."""
    cleaned = text.strip()
    if _DATE_ONLY.fullmatch(cleaned):
        try:
            return _dt.date.fromisoformat(cleaned)
        except ValueError:
            raise InvalidInput.for_argument("START", text, "is not a valid date") from None
    if cleaned[-1:] in ("Z", "z"):  # Python 3.10's fromisoformat does not read "Z"
        cleaned = cleaned[:-1] + "+00:00"
    try:
        moment = _dt.datetime.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput.for_argument(
            "START",
            text,
            "is not a date or a date-time; write e.g. 2025-09-30T16:00, "
            "2025-09-30T16:00+08:00 or 2025-09-30",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(CLI_ZONE))
    return moment


def _deadline_period(args: argparse.Namespace) -> Period | str:
    """The period to count (only without ``--preset``)."""
    period: str | None = args.period
    if period is None:
        raise InvalidInput.for_argument(
            "PERIOD", None, "is required unless --preset names a desk (e.g. --preset winery)"
        )
    return period


def _format_due(due: _dt.datetime | _dt.date) -> str:
    if isinstance(due, _dt.datetime):
        return f"{due.isoformat(sep=' ', timespec='minutes')} ({due:%a})"
    return f"{due.isoformat()} ({due:%a})"


_CASE_OPTIONS = ("channel", "kind", "category", "severity")


def add_deadline_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Register ``custops deadline START [PERIOD] [--preset NAME ...]``."""
    p = sub.add_parser(
        "deadline",
        help="when a period counted from START ends, or every SLA target of a desk (--preset)",
        description=(
            "Count PERIOD from START as the PRC Civil Code does (arts. 200-204) on the "
            "mainland-China working-day calendar, and say how the deadline was reached; or, "
            "with --preset, print when every SLA target of one of the seed's desks is due "
            "for a case received at START, and which rule picked the targets. "
            "A START without a zone is taken in Asia/Shanghai; a bare date gives the last day."
        ),
    )
    p.add_argument(
        "start",
        metavar="START",
        help="2025-09-30T16:00, 2025-09-30T16:00+08:00 or a date 2025-09-30",
    )
    p.add_argument(
        "period",
        metavar="PERIOD",
        nargs="?",
        default=None,
        help="e.g. 3个工作日, 24小时, 一周, 四个月, 半年, '3 working days' (not with --preset)",
    )
    p.add_argument(
        "--cutoff",
        choices=("close_of_business", "midnight"),
        default="close_of_business",
        help="when the last day ends (default: its close of business, art. 203)",
    )
    p.add_argument(
        "--working-time",
        action="store_true",
        help="count working days as a budget of business hours (Jira/Zendesk convention)",
    )
    p.add_argument("--brief", action="store_true", help="print only the deadline(s)")
    desk = p.add_argument_group("SLA desks (custops.sla.presets)")
    desk.add_argument(
        "--preset",
        metavar="NAME",
        help="dealer (D1), quality (D5), winery (D10), tobacco (D14); Chinese names work too",
    )
    desk.add_argument(
        "--channel", help="phone, written, in_person, forwarded, online (电话, 书面…)"
    )
    desk.add_argument("--kind", help="consultation, suggestion, complaint (咨询, 建议, 投诉)")
    desk.add_argument("--category", help="product_quality, service_quality, … (产品质量…)")
    desk.add_argument("--severity", help="general or major (一般, 重大)")
    desk.add_argument(
        "--special", action="store_true", help="a special case: the longer periods (R-SLA-09)"
    )
    desk.add_argument(
        "--promised",
        metavar="PERIOD",
        help="the period promised to the customer, for targets without one (R-SLA-12)",
    )
    p.set_defaults(handler=_cmd_deadline)


def _cmd_deadline(args: argparse.Namespace) -> int:
    if args.preset is not None:
        return _cmd_deadline_preset(args)
    for option in (*_CASE_OPTIONS, "promised"):
        value = getattr(args, option)
        if value is not None:
            raise InvalidInput.for_argument(f"--{option}", value, "needs --preset NAME")
    if args.special:
        raise InvalidInput.for_argument("--special", True, "needs --preset NAME")
    start = _parse_start(args.start)
    period = _deadline_period(args)
    with warnings.catch_warnings():
        # The explanation itself says when a year is provisional.
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        result = deadline(
            start,
            period,
            cutoff="midnight" if args.cutoff == "midnight" else "close_of_business",
            convention="working_time" if args.working_time else "civil_code",
            explain=True,
        )
    print(_format_due(result.due))
    if not args.brief:
        print(f"  {result.period} from {_format_due(result.start)}  [{result.rule}]")
        for step in result.steps:
            print(f"  - {step}")
    return 0


def _cmd_deadline_preset(args: argparse.Namespace) -> int:
    """Every target of the preset's selection for a case received at START."""
    if args.period is not None:
        raise InvalidInput.for_argument(
            "PERIOD", args.period, "give either PERIOD or --preset, not both"
        )
    if args.cutoff != "close_of_business" or args.working_time:
        raise InvalidInput.for_argument(
            "--cutoff/--working-time",
            args.cutoff,
            "apply to PERIOD only; a preset's targets carry their own rules",
        )
    start = _parse_start(args.start)
    if not isinstance(start, _dt.datetime):
        raise InvalidInput.for_argument(
            "START", args.start, "must be a date-time for --preset (e.g. 2025-09-30T16:00)"
        )
    policy = presets.get(args.preset)
    case: dict[str, Any] = {
        name: getattr(args, name) for name in _CASE_OPTIONS if getattr(args, name) is not None
    }
    if args.special:
        case["special"] = True
    promised = None
    if args.promised is not None:
        period = Period.parse(args.promised)
        promised = {t.name: period for t in policy.targets if t.period is None}
        if not promised:
            raise InvalidInput.for_argument(
                "--promised", args.promised, f"preset {policy.name!r} has no promised target"
            )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ProvisionalCalendarWarning)
        schedule = policy.schedule(start, case, promised=promised)
    if args.brief:
        for step in schedule.steps:
            due = step.due.isoformat(sep=" ", timespec="minutes") if step.due else "-"
            print(f"{step.target.name}\t{due}")
    else:
        label = f" {policy.label}" if policy.label else ""
        print(f"{policy.name} ({policy.source}{label}), case received {_format_due(start)}")
        for line in schedule.lines():
            print(line)
    return 0 if schedule.selection.matched is not None else 1


# --- secrecy -------------------------------------------------------------------------------


def _level_text(level: Level) -> str:
    if level is Level.UNCLASSIFIED:
        return f"not classified ({level.label})"
    return f"{level.label} ({level.name.lower()})"


def _cmd_secrecy_default_level(args: argparse.Namespace) -> int:
    kind = MatterKind.parse(args.kind, argument="KIND")
    level = default_level(kind)  # LevelRequired (a CustopsError) -> exit 2, one line
    rule = "R-SEC-02" if level.classified else "R-SEC-01"
    print(f"{kind.label} ({kind.name.lower()}): {_level_text(level)} [{rule}]")
    return 0


def _cmd_secrecy_kinds(args: argparse.Namespace) -> int:
    for kind in MatterKind:
        try:
            text = _level_text(default_level(kind))
        except LevelRequired:
            text = "no default: classify explicitly"
        print(f"{kind.label}\t{kind.name.lower()}\t{text}")
    return 0


def add_secrecy_parser(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "secrecy",
        help="secrecy levels of the company secrecy policy (D12)",
        description="Secrecy levels of D12: the default level of a kind of matter.",
    )
    secrecy_sub = p.add_subparsers(dest="secrecy_command", metavar="SECRECY_COMMAND")
    secrecy_sub.required = True
    d = secrecy_sub.add_parser(
        "default-level",
        help="the default secrecy level of a kind of matter (R-SEC-02)",
        description=(
            "Print the default level of KIND (e.g. 合同, 财务报表, business licence). "
            "A kind in the secrecy scope without a default level (客户信息, 管理策略, …) "
            "is an error: it must be classified explicitly."
        ),
    )
    d.add_argument("kind", metavar="KIND", help="kind of matter, Chinese or English")
    d.set_defaults(handler=_cmd_secrecy_default_level)
    k = secrecy_sub.add_parser(
        "kinds",
        help="every kind of matter with its default level",
        description="List every kind of matter (label, English name, default level).",
    )
    k.set_defaults(handler=_cmd_secrecy_kinds)


# --- refund --------------------------------------------------------------------------------


def _claim(index: int, text: str) -> Claim:
    parts = text.split(":", 3)
    if len(parts) < 3:
        raise InvalidInput.for_argument(
            f"--claim[{index}]",
            text,
            "must be AMOUNT:DATE:REASON[:KIND], e.g. 1200:2026-01-05:管理费",
        )
    amount, day, reason = parts[0], parts[1], parts[2]
    kind = parts[3] if len(parts) == 4 else "other"
    return Claim(amount, _parse_day(f"--claim[{index}]", day), reason, kind=kind)


def _cmd_refund(args: argparse.Namespace) -> int:
    policy = DepositPolicy(
        roll_to_workday=not args.no_roll,
        excess_claims=ExcessClaims.REFUSE if args.refuse_excess else ExcessClaims.OWED,
    )
    schedule = refund_schedule(
        peak=args.peak,
        balance=args.balance,
        announced_on=_parse_day("--announced", args.announced),
        claims=[_claim(i, text) for i, text in enumerate(args.claim)],
        policy=policy,
    )
    print(schedule.render())
    return 0


def add_refund_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Register ``custops refund``."""
    p = sub.add_parser(
        "refund",
        help="the refund schedule of a terminated exchange member's deposit (20%% / 40%% / 60%%)",
        description=(
            "Print the refund schedule of a terminated member's deposit (D8, R-DEP-01..03): "
            "20% of the peak is kept as a risk reserve, the rest of the balance is refunded "
            "at the announcement, 40% of the reserve 4 months and the remaining 60% 6 months "
            "after it (on the next working day if that is a rest day)."
        ),
    )
    p.add_argument("--peak", required=True, help="the deposit's peak (最大峰值), yuan")
    p.add_argument("--balance", required=True, help="the deposit balance held, yuan")
    p.add_argument(
        "--announced", required=True, metavar="DATE", help="day of the announcement, YYYY-MM-DD"
    )
    p.add_argument(
        "--claim",
        action="append",
        default=[],
        metavar="AMOUNT:DATE:REASON[:KIND]",
        help="a claim against the reserve (repeatable); KIND e.g. 未缴费用, loss, fine",
    )
    p.add_argument("--no-roll", action="store_true", help="keep due days that fall on rest days")
    p.add_argument(
        "--refuse-excess",
        action="store_true",
        help="refuse a claim the reserve cannot cover (default: record it as owed)",
    )
    p.set_defaults(handler=_cmd_refund)


# --- vip -----------------------------------------------------------------------------------


_VIP_LINE = re.compile(
    r"(?P<price>[^x:]+?)(?:\s*[x×*]\s*(?P<qty>\d+))?"
    r"(?::(?P<kind>promo|promotion|special|coupon)=(?P<value>.+))?"
)


def _vip_date(text: str | None, argument: str) -> _dt.date:
    """A date argument; none given means today (the command reads the clock, the library never)."""
    return _dt.date.today() if text is None else _parse_day(argument, text)


def _vip_line(text: str) -> Line:
    """A LINE argument; the prices go to ``Line`` as text, which checks them (whole fen)."""
    match = _VIP_LINE.fullmatch(text.strip())
    if match is None:
        raise InvalidInput.for_argument(
            "LINE", text, "must look like 199, 199x2, 100:promo=80, 120:special=99 or 50:coupon=10"
        )
    price, qty = match["price"].strip(), int(match["qty"]) if match["qty"] else 1
    kind, value = match["kind"], match["value"]
    if kind is None:
        return Line(price, qty)
    if kind in ("promo", "promotion"):
        return Line(price, qty, promotion_price=value)
    if kind == "special":
        return Line(price, qty, special_price=value)
    return Line(price, qty, coupon=value)


def _cmd_vip_quote(args: argparse.Namespace) -> int:
    on = _vip_date(args.on, "--on")
    policy = VipPolicy(
        stacking=StackingRule.PROMOTION_WINS
        if args.promotion_wins
        else StackingRule.BEST_FOR_CUSTOMER
    )
    lines = [_vip_line(text) for text in args.lines]
    card = ledger = None
    if args.card or args.points is not None or args.birthday or args.issued:
        birthday = _vip_date(args.birthday, "--birthday") if args.birthday else None
        holder = Holder(args.holder, "card holder", birthday=birthday)
        issued = _vip_date(args.issued, "--issued") if args.issued else on
        card = Card.issue("CLI", holder, issued, policy=policy)
        ledger = Ledger(card, policy)
        points = args.points or 0
        if points < 0:
            raise InvalidInput.for_argument("--points", points, "must not be negative")
        if points:
            ledger = ledger.earn(yuan(points) * policy.yuan_per_point, issued, "opening balance")
    result = quote(
        lines,
        card,
        on=on,
        id_verified=args.id_verified,
        ledger=ledger,
        customer=args.customer,
        coupon=args.coupon,
        policy=None if ledger is not None else policy,
    )
    print(f"card: {result.card.status.label} — {result.card.reason}")
    for number, ql in enumerate(result.lines, 1):
        qty = f" x{ql.line.quantity}" if ql.line.quantity != 1 else ""
        print(
            f"{number}. {ql.line.list_price}{qty}: list {ql.list_amount} -> {ql.amount} "
            f"[{ql.benefit.label}] {ql.reason}"
        )
    print(
        f"total {result.total} (list {result.list_total}, saving {result.saving}); "
        f"points earned: {result.points}"
    )
    for note in result.notes:
        print(f"note: {note}")
    return 0


def _cmd_vip_qualify(args: argparse.Namespace) -> int:
    on = _vip_date(args.on, "--on")
    purchases = []
    for text in args.purchases:
        day, sep, amount = text.partition("=")
        if not sep:
            raise InvalidInput.for_argument("PURCHASE", text, "must look like 2024-05-01=1200")
        purchases.append(Purchase(_vip_date(day, "PURCHASE"), yuan(amount, argument="PURCHASE")))
    result = qualification(purchases, on)
    verdict = "qualified" if result.qualified else "not qualified"
    print(f"{verdict} [{result.basis.label}] ({result.rule}): {result.reason}")
    print(f"window {result.window_start.isoformat()} … {result.on.isoformat()}")
    return 0 if result.qualified else 1


def _cmd_vip_report_due(args: argparse.Namespace) -> int:
    print(registration_report_due(args.month).isoformat())
    return 0


def add_vip_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """``custops vip quote|qualify|report-due``."""
    vip = sub.add_parser(
        "vip",
        help="VIP prices, qualification and registration-report dates (D7)",
        description="VIP membership (D7): price a basket, check qualification, report dates.",
    )
    vip_sub = vip.add_subparsers(dest="vip_command", metavar="VIP_COMMAND", required=True)

    q = vip_sub.add_parser(
        "quote",
        help="price a basket with the best single benefit per line",
        description=(
            "Price LINEs (PRICE[xQTY][:promo=P|:special=P|:coupon=C]) for a VIP card holder: "
            "9折, 8.5折 with 30+ points, 6折 on the birthday with ID; one benefit per line."
        ),
    )
    q.add_argument("lines", nargs="+", metavar="LINE", help="e.g. 199x2, 100:promo=80")
    q.add_argument("--on", metavar="DATE", help="the day of purchase (default: today)")
    q.add_argument("--card", action="store_true", help="a VIP card is presented")
    q.add_argument("--issued", metavar="DATE", help="the card's issue date (default: --on)")
    q.add_argument("--points", type=int, metavar="N", help="the card's valid points balance")
    q.add_argument("--birthday", metavar="DATE", help="the holder's date of birth")
    q.add_argument("--id-verified", action="store_true", help="the original ID card was shown")
    q.add_argument("--holder", default="holder", metavar="ID", help="the card holder's id")
    q.add_argument("--customer", metavar="ID", help="who presents the card (default: the holder)")
    q.add_argument("--coupon", metavar="AMOUNT", help="an order coupon split over the lines")
    q.add_argument(
        "--promotion-wins", action="store_true", help="a line's promotion always beats the VIP rate"
    )
    q.set_defaults(handler=_cmd_vip_quote)

    qual = vip_sub.add_parser(
        "qualify",
        help="does a customer qualify for a VIP card (exit 1 if not)",
        description="Purchases as DATE=AMOUNT (amount actually paid), e.g. 2024-05-01=1200.",
    )
    qual.add_argument("purchases", nargs="*", metavar="PURCHASE", help="DATE=AMOUNT")
    qual.add_argument("--on", metavar="DATE", help="the day of the question (default: today)")
    qual.set_defaults(handler=_cmd_vip_qualify)

    due = vip_sub.add_parser(
        "report-due",
        help="when a month's registration forms are due (次月2日)",
        description="The day MONTH's VIP registration forms must be mailed (R-VIP-11).",
    )
    due.add_argument("month", metavar="MONTH", help="e.g. 2024-12")
    due.set_defaults(handler=_cmd_vip_report_due)


# --- classify ------------------------------------------------------------------------------


def add_classify_parser(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser(
        "classify",
        help="classify a customer's text: kind, category, department, with the evidence",
        description=(
            "Classify TEXT (Chinese or plain English) as a consultation, suggestion or "
            "complaint, find its category and the department to handle it, and print "
            "every rule that fired, on which words, at which positions."
        ),
    )
    p.add_argument("text", metavar="TEXT", help="the customer's words, e.g. 酒里有沉淀，我要退货")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=_cmd_classify)


def _cmd_classify(args: argparse.Namespace) -> int:
    result = complaints.classify(args.text)
    if args.json:
        evidence = [
            {
                "rule": e.rule,
                "start": e.start,
                "end": e.end,
                "text": e.text,
                "source": e.source,
                "weight": e.weight,
                "votes": [t.value for t in (e.kind, e.category, e.signal) if t is not None],
                "negated_by": e.negated_by or None,
            }
            for e in result.evidence + result.suppressed
        ]
        print(
            json.dumps(
                {
                    "kind": result.kind.value,
                    "category": result.category.value,
                    "topic": result.topic.value if result.topic else None,
                    "department": result.department.value,
                    "kind_rule": result.kind_rule,
                    "category_rule": result.category_rule,
                    "confidence": result.confidence,
                    "matched": result.matched,
                    "signals": sorted(s.value for s in result.signals),
                    "reason": result.reason,
                    "evidence": evidence,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"kind:       {result.kind.label} ({result.kind.value}; rule {result.kind_rule})")
    print(
        f"category:   {result.category.label} ({result.category.value};"
        f" rule {result.category_rule})"
    )
    print(f"department: {result.department.label} ({result.department.value})")
    print(f"confidence: {result.confidence}")
    signals = sorted(result.signals, key=lambda s: s.value)
    hints = ", ".join(f"{s.label} ({s.value})" for s in signals) or "none"
    print(f"severity hints: {hints}")
    print(f"reason:     {result.reason}")
    if result.evidence or result.suppressed:
        print("evidence:")
        for e in result.evidence:
            print(f"  {e}")
        for e in result.suppressed:
            print(f"  suppressed: {e}")
    return 0


# --- service and archives ------------------------------------------------------------------


def _cmd_check_reply(args: argparse.Namespace) -> int:
    check = check_reply(args.text)
    if check.ok:
        print(f"ok: {check.reason} [{check.rule}]")
        return 0
    for f in check.findings:
        print(f"{f.start}-{f.end}\t{f.text}\t{f.kind.label}\t-> {f.suggestion}")
    print(f"suggested: {check.suggested_text}")
    return 1


def _cmd_change(args: argparse.Namespace) -> int:
    announcement = cash_announcement(args.received, args.due)
    print(announcement.uppercase_words if args.uppercase else announcement.words)
    print(f"change: {announcement.change}")
    return 0


def _cmd_archive_due(args: argparse.Namespace) -> int:
    first = _parse_day("DATE", args.date)
    if args.explain:
        print(archive_due(first, explain=True).explain())
    else:
        print(archive_due(first).isoformat())
    return 0


def add_service_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add ``check-reply``, ``change`` and ``archive-due`` to the ``custops`` command."""
    p = sub.add_parser(
        "check-reply",
        help="find forbidden service phrases (服务忌语) in a reply",
        description=(
            "Find the forbidden phrases of D13 第十五章 in TEXT (R-SVC-01) and suggest "
            "approved ones. Exits 1 when a phrase is found."
        ),
    )
    p.add_argument("text", metavar="TEXT", help="what was said or written, e.g. '喂,干什么'")
    p.set_defaults(handler=_cmd_check_reply)

    p = sub.add_parser(
        "change",
        help="the change and the cashier's words 收您××元,找您××元",
        description="Announce a cash payment (R-SVC-02): RECEIVED taken, DUE owed, the change.",
    )
    p.add_argument("--received", required=True, metavar="AMOUNT", help="cash taken, e.g. 100")
    p.add_argument("--due", required=True, metavar="AMOUNT", help="amount due, e.g. 87.50")
    p.add_argument("--uppercase", action="store_true", help="say the amounts in 大写")
    p.set_defaults(handler=_cmd_change)

    p = sub.add_parser(
        "archive-due",
        help="last day to create a customer archive (within one week)",
        description=(
            "The last day to create the archive of a customer first contacted on DATE "
            "(one week, Civil Code counting, rest days skipped; R-SLA-14)."
        ),
    )
    p.add_argument("date", metavar="DATE", help="day of first contact, YYYY-MM-DD")
    p.add_argument("--explain", action="store_true", help="show how the day was counted")
    p.set_defaults(handler=_cmd_archive_due)


# --- demo ----------------------------------------------------------------------------------


def _demo_money() -> list[str]:
    amount = yuan("6007.14")
    parts = allocate(yuan("100"), [1, 1, 1])
    return [
        "Money (custops.money): exact Decimal yuan, 大写 for bills",
        f"  uppercase({amount}) = {uppercase(amount)}",
        f"  allocate(100.00, [1, 1, 1]) = {', '.join(str(p) for p in parts)} (sum {sum(parts)})",
    ]


def _demo_deadline() -> list[str]:
    start = _dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo(CLI_ZONE))
    result = deadline(start, "3个工作日", explain=True)
    return [
        "Deadlines (custops.periods): Civil Code arts. 200-204 on the 调休 calendar",
        f"  a complaint received {_format_due(start)}, handled within 3个工作日:",
        f"  due {_format_due(result.due)}",
        *(f"    - {step}" for step in result.steps),
    ]


def _demo_complaint() -> list[str]:
    text = "你们的酒里有很多沉淀，喝起来还发酸，我要退货！"
    result = complaints.classify(text)
    start = _dt.datetime(2025, 9, 30, 16, 0, tzinfo=ZoneInfo(CLI_ZONE))
    schedule = presets.get("winery").schedule(
        start, {"channel": "phone", "kind": result.kind, "category": result.category}
    )
    return [
        "Complaints and SLA (custops.complaints, custops.sla): classify, then each due time",
        f"  {text}",
        f"  -> {result.kind.label} / {result.category.label} / {result.department.label}"
        f" (confidence {result.confidence}; {result.reason})",
        *(f"  {line}" for line in schedule.lines()),
    ]


def _demo_vip() -> list[str]:
    day = _dt.date(2025, 6, 1)
    holder = Holder("C001", "王芳", birthday=_dt.date(1990, 6, 1))
    bought = [Purchase(_dt.date(2025, 1, 20), "900"), Purchase(_dt.date(2025, 3, 10), "1200")]
    qualified = qualification(bought, on=_dt.date(2025, 3, 10))
    card = Card.issue("VIP-0001", holder, _dt.date(2025, 3, 10), qualification=qualified)
    basket = [Line("299", 2), Line("129", promotion_price="99")]
    result = quote(basket, card, on=day, id_verified=True)
    lines = [
        "VIP (custops.vip): qualification, one benefit per line, exact points",
        f"  {qualified.reason}",
        f"  on {day} (the holder's birthday, ID shown):",
    ]
    for ql in result.lines:
        lines.append(
            f"    {ql.line.list_price} x{ql.line.quantity} -> {ql.amount} [{ql.benefit.label}]"
        )
    lines.append(f"  total {result.total} (saving {result.saving}), points earned {result.points}")
    return lines


def _demo_refund() -> list[str]:
    schedule = refund_schedule(
        peak="1000000", balance="800000", announced_on=_dt.date(2025, 10, 31)
    )
    return [
        "Deposit refund (custops.deposits): 20% reserve, 40% after 4 months, 60% after 6",
        *(f"  {line}" for line in schedule.render().splitlines()),
    ]


def _demo_secrecy() -> list[str]:

    day = _dt.date(2025, 7, 1)
    supervisor = Person("sup", company="华东公司", roles={"主管"})
    clerk = Person("li", company="华东公司", roles={"员工"})
    gm = Person("gm", company="华东公司", roles={"子公司总经理"})
    boss = Person("wang", company=HQ, roles={"总公司总经理"})
    plan = classify(
        "2025年度规划",
        "年度规划",
        owner="华东公司",
        classified_on=_dt.date(2025, 1, 2),
        term_end=_dt.date(2027, 12, 31),
        supervisor="sup",
    )
    checks = [
        ("wang (HQ GM) may know", can_know(boss, plan, day)),
        ("li (staff) may know", can_know(clerk, plan, day)),
        ("sup may copy it with the subsidiary GM's approval", can_copy(supervisor, plan, day, gm)),
        ("sup may copy it without approval", can_copy(supervisor, plan, day)),
    ]
    lines = [
        "Secrecy (custops.secrecy): deny by default, every decision explained",
        f"  {plan.id}: {plan.level.label}, owned by 华东公司, supervisor sup",
    ]
    for question, decision in checks:
        verdict = "yes" if decision.allowed else "no"
        lines.append(f"  {question}? {verdict} [{decision.rule}] {decision.reason}")
    return lines


#: The sections of ``custops demo``, in order; each returns its lines.
_DEMO_SECTIONS: tuple[Callable[[], list[str]], ...] = (
    _demo_deadline,
    _demo_complaint,
    _demo_vip,
    _demo_refund,
    _demo_secrecy,
    _demo_money,
)


def _cmd_demo(args: argparse.Namespace) -> int:
    print("custops demo: the library on a built-in example")
    for section in _DEMO_SECTIONS:
        print()
        print("\n".join(section()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``custops`` command (exposed for documentation and tests)."""
    parser = _Parser(
        prog="custops",
        description=(
            "Customer-operations rules for companies in China: 大写 amounts, 调休-correct "
            "working days and deadlines, SLA targets, VIP prices, deposit refunds, "
            "complaint classification and secrecy decisions."
        ),
    )
    parser.add_argument("--version", action="version", version=f"custops {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "demo",
        help="a tour of the library on a built-in example",
        description="Run custops on a built-in example and print what each module answers.",
    )
    p.set_defaults(handler=_cmd_demo)

    p = sub.add_parser(
        "uppercase",
        help="write an amount as a Chinese capital amount (大写金额)",
        description="Write AMOUNT (yuan, e.g. 6007.14) as the PBOC capital amount of a bill.",
    )
    p.add_argument("amount", metavar="AMOUNT", help="amount in yuan, e.g. 6007.14 or ¥1,000")
    p.add_argument("--mark-negative", action="store_true", help="write a negative amount with 负")
    p.set_defaults(handler=_cmd_uppercase)

    add_workdays_parser(sub)
    add_deadline_parser(sub)
    add_secrecy_parser(sub)
    add_refund_parser(sub)
    add_vip_parser(sub)
    add_classify_parser(sub)
    add_service_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``custops`` with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return handler(args)
    except CustopsError as exc:
        print(f"custops: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (custops demo | head): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
