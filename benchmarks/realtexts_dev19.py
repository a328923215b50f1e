"""Reproduce the nineteenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev19.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quotas, seed and rules.

Source: one public repository that no earlier batch (and no weak set) used. It was sought
for the kinds of customer text the corpus has fewest of — couriers (5 texts), utilities
(32), retail shops (36), property management and local services. Searched (the code, pages
and docs corpora, the repository index by name and by exact strings): Dianping and Meituan
reviews of renovation, housekeeping, moving, appliance repair, beauty and hair salons, car
repair and supermarkets; courier and express reviews and complaints (快递, 顺丰, 菜鸟, 国家邮政局
申诉) and courier apps' store reviews; property-management complaints; 12345 hotline and
leaders' message boards; utility complaints (电费, 燃气, 自来水, 95598 work orders, the State
Grid app); hospital and doctor reviews; rental-apartment and driving-school complaints;
Heimao (黑猫投诉) crawlers; competition repositories. Most repositories found keep the crawler
and not its output, keep a handful of example rows, keep the data as a Git LFS pointer or
keep synthetic texts; a logistics firm's customer-service corpus exists only as a model card
outside GitHub. What was found with its data is a city's 12345 hotline work orders, which
hold citizens' complaints about their water, power and gas suppliers, their property
managers, their telecom and cable operators and the shops, gyms and repairers they bought
from — the thin kinds above — beside the matters of public bodies. Only the first are taken.

- ``Jincheng-Sun/CFSC``: ``data/4000_testset.csv`` and ``data/4k_testset.csv`` (GB18030;
  4,000 rows each, no ticket in both), work orders of Haikou's 12345 citizens' hotline
  (2017-2018) that the repository's author sampled to test a ticket-routing classifier:
  ticket number, the hotline's four-level classification, ``诉求内容`` (the matter as the
  operator recorded it: "市民来电反映: 其…", in the third person, often with the citizen's
  own phrases) and the body the ticket was sent to. In ``4000_testset.csv`` the header
  names its columns in another order than the rows hold them; the rows are read by
  position (``诉求内容`` is the 9th field there, the 7th in ``4k_testset.csv``). The large
  training files the repository lists are not in the snapshot and are not read.

A ticket is a candidate when it is about a service a citizen buys (``TOPICS``, matched on
the classification and the receiving body, not on the text): water, power and gas supply
(``hk:utilities``), property management (``hk:property``), telecom, broadband and cable
television (``hk:telecom``), and the consumer-protection tickets sent to the market
regulator, about shops, gyms, repairers, dealers and other businesses (``hk:commerce``).
Tickets about public bodies, roads, traffic, taxis and buses, noise and the like are not
candidates. Only a citizen's own first contact is taken: the text starts with "市民"
(tickets opened by grid staff, by a public body or by the hotline are skipped), and a
ticket that quotes an earlier ticket, a body's answer or a repeated call (答复, 回复,
反馈, 处理意见, 工单内容, 工单号, 再次) is skipped, because the body's words are not the
citizen's. A ticket number listed twice is read once (its first row); the id is
``hk-<ticket number>``.

Every text is built by :func:`tidy`: the operator's instructions to the receiving body in
brackets ("（请职能局按规定在30分钟内联系市民，响应处置）") and the closing dispatch line ("请供电局
核实处理，谢谢！") are cut, whitespace runs collapsed to one space; the opening "市民来电反映:"
(how the matter reached the hotline) stays. The same instruction written without brackets at
the end ("请职能局在三十分钟内联系市民，响应处置") is cut too.

Rule:
1. Candidates: texts of 4-400 characters after the cleaning above, with at least two CJK
   characters.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (outages and
   cuts reported by many callers in the same words).
3. Strata (for the draw only): the four topics above.
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, cjk, clean, record, show

SEED = 20270101

HOTLINE = ("Jincheng-Sun/CFSC", "5edf6b9a26c0a2a3cada6c678c55df56fc17cb42")
#: each file, the 0-based position of its text and of its ticket number in a row
FILES = (
    ("data/4000_testset.csv", 8, 3),
    ("data/4k_testset.csv", 6, 1),
)
LICENCE = {
    HOTLINE[0]: (
        "none stated (no LICENSE or README file; Haikou 12345 hotline work orders "
        "sampled by the repository's author)"
    ),
}
#: a ticket's stratum: the first pattern found in its classification and receiving body
TOPICS = (
    ("hk:utilities", r"供电|电力|供水|水务|威立雅|自来水|燃气|煤气"),
    ("hk:property", r"物业"),
    ("hk:telecom", r"电信|移动|联通|铁通|有线电视|广电|宽带|通信"),
    ("hk:commerce", r"工商\(消保\)"),
)
QUOTAS = {
    "hk:utilities": 95,
    "hk:property": 70,
    "hk:telecom": 55,
    "hk:commerce": 80,
}
#: a ticket that holds more than the citizen's first contact
QUOTED = re.compile(r"答复|回复|反馈|处理意见|工单内容|工单号|再次")
INSTRUCTION = re.compile(
    r"[（(][^（()）]*?(按规定|按照规定|分钟|响应处置|响应处理|办件)[^（()）]*?([)）]|$)"
)
#: the same instruction written without brackets, at the end of the text
BARE = re.compile(r"请职能局[^（()）]*?(分钟|响应处置|响应处理)[^（()）]*$")
#: the closing line that sends the ticket to a body ("请供电局核实处理，谢谢！")
DISPATCH = re.compile(
    r"(请|(?<=[。！!？?，,；;]))[^。！!？?，,；;]{0,20}核实[^。！!？?，,]{0,10}[。！!.，,]{0,3}"
    r"\s*(谢谢[！!。.]?)?\s*$"
)


def tidy(text: str) -> str:
    """The operator's instructions and the closing dispatch line cut, whitespace collapsed.

    A comma or semicolon left at the end by the cut goes with it.

    >>> tidy("市民来电反映: 小区停水，请水务核实处理，谢谢！（请职能局按规定在30分钟内处置）")
    '市民来电反映: 小区停水'
    >>> tidy("市民来电反映:没有信号，请有线公司核实处理。(请职能局30分内联系市民，响应处置)")
    '市民来电反映:没有信号'
    >>> tidy("市民来电咨询: 办理手续，请供电局核实处理！请职能局在三十分钟内联系市民，响应处置")
    '市民来电咨询: 办理手续'
    >>> tidy("市民来电反映: 红绿灯脱落。请交警部门核实处理！（30分钟办件）")
    '市民来电反映: 红绿灯脱落。'
    >>> tidy("市民来电反映: 电梯经常坏掉，物业不作为，龙华区政府核实处理！谢谢！")
    '市民来电反映: 电梯经常坏掉，物业不作为'
    >>> tidy("市民来电咨询: 是手写还是打印的？请工商局核实处理")
    '市民来电咨询: 是手写还是打印的？'
    >>> tidy("市民来电咨询:停电原因的问题。 ")
    '市民来电咨询:停电原因的问题。'
    """
    text = BARE.sub("", INSTRUCTION.sub("", text).strip())
    text = DISPATCH.sub("", text.strip())
    return clean(text).rstrip("，,；; ")


def topic(fields: list[str]) -> str | None:
    """The stratum of a ticket from its classification and receiving body, if any.

    >>> topic(["商业服务（事件类）", "电力", "其他", "其他", "海口供电局"])
    'hk:utilities'
    >>> topic(["工商(消保)", "其他", "其他", "其他", "工商局"])
    'hk:commerce'
    >>> topic(["城市管理（事件类）", "交通管理", "出租车", "其他", "市公安局"]) is None
    True
    """
    joined = " ".join(fields)
    for name, pattern in TOPICS:
        if re.search(pattern, joined):
            return name
    return None


def tickets() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every citizen's first contact about a bought service."""
    repo, commit = HOTLINE
    seen: set[str] = set()
    for path, text_at, number_at in FILES:
        rows = list(csv.reader(io.StringIO(show(repo, commit, path).decode("gb18030"))))
        for row_number, row in enumerate(rows[1:], start=1):
            raw = row[text_at]
            fields = [f for n, f in enumerate(row) if n not in (text_at, number_at)]
            stratum = topic(fields)
            if stratum is None or not raw.strip().startswith("市民") or QUOTED.search(raw):
                continue
            number = row[number_at].strip()
            text = tidy(raw)
            if cjk(text) < 2 or number in seen:
                continue
            seen.add(number)
            source = record(repo, commit, path, row_number, "诉求内容")
            yield f"hk-{number}", stratum, text, source


BATCH = Batch(
    SEED,
    (tickets,),
    QUOTAS,
    LICENCE,
    max_chars=400,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
