"""Reproduce the fourth batch of new ``dev`` texts (issue 13, data4; deterministic).

Run:  python benchmarks/realtexts_dev4.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used.

- ``Rollbear-bot/HelloNLP-TopicC-in-TipDMCup2020``: ``resources/full_dataset/
  full_dataset_sheet_3.xlsx`` and ``full_dataset_sheet_4.xlsx``, the full attachments 3
  and 4 of the 2020 TipDM Cup (泰迪杯) C problem: messages from citizens to a provincial
  government's online message board (留言编号, 留言用户, 留言主题, 留言时间, 留言详情, and
  the likes or the official reply). The text is ``留言详情`` (column E) with its
  whitespace runs collapsed; only messages about a consumer matter are candidates
  (``CONSUMER`` cue: property management, developers, shops, fees, refunds, training,
  hospitals, transport operators, utilities, ...).
- ``veujs/snownlp_test``: ``jd_comments.csv`` (no header: product, comment, score,
  time), JD reviews of second-hand iPhones sold by a third-party shop, 2019.
- ``van233aa/jd-comment``: ``京东评论.csv`` (``id``, ``location``, ``productColor``,
  ``productSize``, ``contents``), JD reviews of one phone, 2023; the file holds its rows
  twice, the second copy (the same ``id``) is skipped.

Rule:
1. Candidates: texts of 4-400 characters after stripping (HTML entities such as
   ``&hellip;`` decoded); 400 rather than 300 so that the complaint-board messages,
   which are long, are not all lost. JD's placeholder "此用户未填写评价内容" is dropped.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text with the same normalised form drawn already, or sharing half of its
   3-grams with a text drawn already, either way: JD reviews are often pasted templates.
3. Strata: the board messages by a topic cue (``TOPICS``: housing, transport,
   education, health, utilities, commerce, other; the first that matches);
   the second-hand iPhone reviews by their ``score`` column (1 or 3); the phone reviews
   one stratum.
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``).
Standard library only.
"""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

import realtexts_batch
from realtexts_batch import Batch, Candidate, record, show

SEED = 20261204

GOV = (
    "Rollbear-bot/HelloNLP-TopicC-in-TipDMCup2020",
    "505edf120966fe65039395e3a7f5fa9848359274",
)
GOV_FILES = (
    "resources/full_dataset/full_dataset_sheet_3.xlsx",
    "resources/full_dataset/full_dataset_sheet_4.xlsx",
)
USED = ("veujs/snownlp_test", "241863066024d64bf30754223cd108bd07b220ba")
PHONE = ("van233aa/jd-comment", "da600aacbe21f78430976c45254f525de467b4d4")
LICENCE = {
    GOV[0]: (
        "none stated (no LICENSE file; the 2020 TipDM Cup's competition data, messages "
        "posted by citizens on a government message board)"
    ),
    USED[0]: "none stated (no LICENSE file; JD reviews scraped by the repository's author)",
    PHONE[0]: "none stated (no LICENSE file; JD reviews scraped by the repository's author)",
}
QUOTAS = {
    "gov:housing": 55,
    "gov:commerce": 70,
    "gov:transport": 35,
    "gov:education": 30,
    "gov:health": 30,
    "gov:utilities": 30,
    "gov:other": 10,
    "jd-used:1": 45,
    "jd-used:3": 125,
    "jd-phone": 70,
}
CONSUMER = re.compile(
    "物业|开发商|商家|商场|超市|商店|门店|店铺|店家|公司|消费|退款|退费|收费|乱收|价格|涨价|"
    "快递|银行|保险|培训|机构|医院|药店|诊所|4S|出租车|的士|网约车|滴滴|公交|航空|机票|酒店|"
    "旅行社|景区|门票|燃气|天然气|水费|电费|宽带|移动|联通|电信|装修|中介|租房|押金|会员|充值|"
    "健身|驾校|餐馆|饭店|外卖|售后|合同|退房|购房|车位|停车费"
)
#: the topic of a board message, for stratifying only (the first that matches)
TOPICS = (
    ("housing", re.compile("物业|业主|小区|开发商|购房|交房|车位|停车费|装修")),
    ("transport", re.compile("出租车|的士|网约车|滴滴|公交|地铁|航空|机票|火车|高铁|驾校|停车")),
    ("education", re.compile("学校|培训|幼儿园|学生|老师|教育|补课")),
    ("health", re.compile("医院|医生|药店|诊所|医保|看病")),
    ("utilities", re.compile("燃气|天然气|水费|电费|供水|供电|宽带|移动|联通|电信|有线电视")),
    (
        "commerce",
        re.compile(
            "商家|商场|超市|商店|门店|店|消费|退款|退费|价格|快递|银行|保险|酒店|旅行社|"
            "景区|门票|会员|充值|健身|餐馆|饭店|外卖|售后"
        ),
    ),
)
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PLACEHOLDER = "此用户未填写评价内容"


def clean(text: str) -> str:
    """HTML entities decoded, whitespace runs collapsed to one space, ends stripped."""
    return realtexts_batch.clean(html.unescape(text))


def xlsx_rows(data: bytes) -> Iterator[dict[str, str]]:
    """The cells of the first sheet of an .xlsx file, one dict (column letter → text) a row."""
    book = zipfile.ZipFile(io.BytesIO(data))
    shared: list[str] = []
    if "xl/sharedStrings.xml" in book.namelist():
        for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{NS}si"):
            shared.append("".join(t.text or "" for t in si.iter(f"{NS}t")))
    sheet = sorted(n for n in book.namelist() if n.startswith("xl/worksheets/sheet"))[0]
    for row in ElementTree.fromstring(book.read(sheet)).iter(f"{NS}row"):
        cells: dict[str, str] = {}
        for c in row.iter(f"{NS}c"):
            column = re.sub(r"\d", "", c.get("r", ""))
            value = c.find(f"{NS}v")
            if c.get("t") == "s" and value is not None and value.text is not None:
                cells[column] = shared[int(value.text)]
            elif c.get("t") == "inlineStr":
                cells[column] = "".join(t.text or "" for t in c.iter(f"{NS}t"))
            else:
                cells[column] = value.text or "" if value is not None else ""
        yield cells


def gov() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every consumer-matter message of the two sheets."""
    repo, commit = GOV
    for path in GOV_FILES:
        rows = xlsx_rows(show(repo, commit, path))
        next(rows)
        for row, cells in enumerate(rows, start=1):
            if not cells.get("A"):
                continue
            text = clean(cells.get("E", ""))
            if not text or not CONSUMER.search(text):
                continue
            topic = next((name for name, cue in TOPICS if cue.search(text)), "other")
            yield (
                f"gov{path[-6]}-{cells['A']}",
                f"gov:{topic}",
                text,
                record(repo, commit, path, row, "留言详情"),
            )


def jd_used() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the second-hand iPhone file."""
    repo, commit = USED
    path = "jd_comments.csv"
    table = csv.reader(io.StringIO(show(repo, commit, path).decode("utf-8")))
    for row, cells in enumerate(table, start=1):
        text = clean(cells[1])
        if text == PLACEHOLDER:
            continue
        yield f"jdu-{row}", f"jd-used:{cells[2]}", text, record(repo, commit, path, row, "2")


def jd_phone() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the phone file (first copy of an id)."""
    repo, commit = PHONE
    path = "京东评论.csv"
    table = csv.reader(io.StringIO(show(repo, commit, path).decode("utf-8")))
    next(table)
    seen: set[str] = set()
    for row, cells in enumerate(table, start=1):
        if cells[0] == "id" or cells[0] in seen:
            continue
        seen.add(cells[0])
        text = clean(cells[4])
        yield f"jdp-{cells[0]}", "jd-phone", text, record(repo, commit, path, row, "contents")


BATCH = Batch(SEED, (gov, jd_used, jd_phone), QUOTAS, LICENCE, max_chars=400, near_duplicates=True)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
