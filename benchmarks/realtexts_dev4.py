"""Reproduce the fourth batch of new ``dev`` texts (issue 13, data4; deterministic).

Run:  python benchmarks/realtexts_dev4.py [--write OUTDIR] [--kappa FILE]

Prints the counts and the drawn ids in labelling order; ``--write OUTDIR`` also writes
``order.jsonl`` (``n``, ``id``, ``text``: what the labeller reads), ``strata.jsonl``
(``id``, ``stratum``, ``source``, ``licence``: kept apart from the labelling) and
``kappa.jsonl`` (the 100 texts for a second, blind labelling); ``--kappa FILE`` writes
the kappa sample to FILE as well.

Sources: three public repositories that no earlier batch (and no weak set) used. Bring
each to ``/work/.mirror/<owner>+<name>`` with the search tool's ``fetch`` (or ``git
clone`` it there); the script reads the files at the commits below with ``git show``.

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
2. Exclusions (counted and printed):
   a. the normalised form (letters, digits and CJK only, lower case) equals a labelled
      text's (``labels.jsonl``, both splits, without this batch's own rows; texts from
      ``$CUSTOPS_REALTEXTS`` or ``/work/realtexts/texts.jsonl``);
   b. near a ``test`` text: it shares at least half of its character 3-grams with one,
      or holds at least half of one's (test texts are read for this check only);
   c. duplicates (the same normalised form drawn already, or sharing half of its
      3-grams with a text drawn already: JD reviews are often pasted templates).
3. Strata: the board messages by a topic cue (``TOPICS``: housing, transport,
   education, health, utilities, commerce, other; the first that matches);
   the second-hand iPhone reviews by their ``score`` column (1 or 3); the phone reviews
   one stratum. Each stratum is sorted by id, shuffled with
   ``random.Random(f"{SEED}:{stratum}")`` and taken in order up to its quota.
4. All drawn texts are shuffled with ``random.Random(SEED)`` into the labelling order;
   the kappa sample is ``random.Random(SEED + 1).sample`` of 100 drawn ids.
Standard library only.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import random
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

SEED = 20261204
MIRRORS = Path("/work/.mirror")
ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "realtexts" / "labels.jsonl"
TEXTS = Path(os.environ.get("CUSTOPS_REALTEXTS", "/work/realtexts/texts.jsonl"))

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
KAPPA = 100
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
PLACEHOLDER = "此用户未填写评价内容"


def show(repo: str, commit: str, path: str) -> bytes:
    """The bytes of ``path`` at ``commit`` in the fetched mirror of ``repo``."""
    base = MIRRORS / repo.replace("/", "+") / "repo"
    git = base / ".git" if (base / ".git").exists() else base
    done = subprocess.run(
        ["git", "--git-dir", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True
    )
    return done.stdout


def key(text: str) -> str:
    """The normalised form: letters, digits and CJK characters, lower case."""
    return "".join(ch.lower() for ch in text if ch.isalnum())


def grams(k: str) -> set[str]:
    return {k[i : i + 3] for i in range(len(k) - 2)} or {k}


def clean(text: str) -> str:
    """HTML entities decoded, whitespace runs collapsed to one space, ends stripped."""
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def record(repo: str, commit: str, path: str, row: int, column: str) -> dict[str, object]:
    return {"repo": repo, "path": path, "row": row, "column": column, "commit": commit}


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


def gov() -> Iterator[tuple[str, str, str, dict[str, object]]]:
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


def jd_used() -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, stratum, text, source) for every review of the second-hand iPhone file."""
    repo, commit = USED
    path = "jd_comments.csv"
    table = csv.reader(io.StringIO(show(repo, commit, path).decode("utf-8")))
    for row, cells in enumerate(table, start=1):
        text = clean(cells[1])
        if text == PLACEHOLDER:
            continue
        yield f"jdu-{row}", f"jd-used:{cells[2]}", text, record(repo, commit, path, row, "2")


def jd_phone() -> Iterator[tuple[str, str, str, dict[str, object]]]:
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


def labelled() -> tuple[set[str], list[set[str]], set[str]]:
    """Normalised forms of every labelled text, 3-gram sets of the test texts, and ids."""
    texts: dict[str, str] = {}
    if TEXTS.exists():
        for line in TEXTS.read_text(encoding="utf-8").splitlines():
            t = json.loads(line)
            texts[t["id"]] = t["text"]
    forms: set[str] = set()
    test: list[set[str]] = []
    ids: set[str] = set()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["source"]["repo"] in LICENCE:  # this batch's own rows, added after the draw
            continue
        ids.add(r["id"])
        text = r.get("text") or texts.get(r["id"])
        if text is None:
            continue
        forms.add(key(text))
        if r["split"] == "test":
            test.append(grams(key(text)))
    return forms, test, ids


def near(g: set[str], owner: dict[str, set[int]], sizes: list[int]) -> bool:
    shared: dict[int, int] = {}
    for s in g:
        for n in owner.get(s, ()):
            shared[n] = shared.get(n, 0) + 1
    return any(c * 2 >= len(g) or c * 2 >= sizes[n] for n, c in shared.items())


def draw() -> tuple[list[dict[str, object]], dict[str, int]]:
    forms, test, ids = labelled()
    owner: dict[str, set[int]] = {}
    for n, g in enumerate(test):
        for s in g:
            owner.setdefault(s, set()).add(n)
    sizes = [len(g) for g in test]
    counts = {"candidates": 0, "labelled_id": 0, "equal_labelled": 0, "near_test": 0}
    strata: dict[str, list[tuple[str, str, dict[str, object]]]] = {}
    for source in (gov, jd_used, jd_phone):
        for id_, stratum, text, src in source():
            if not 4 <= len(text) <= 400:
                continue
            counts["candidates"] += 1
            k = key(text)
            if id_ in ids:
                counts["labelled_id"] += 1
            elif k in forms:
                counts["equal_labelled"] += 1
            elif near(grams(k), owner, sizes):
                counts["near_test"] += 1
            else:
                strata.setdefault(stratum, []).append((id_, text, src))
    drawn: list[dict[str, object]] = []
    taken_owner: dict[str, set[int]] = {}
    taken_sizes: list[int] = []
    counts["duplicates_skipped"] = 0
    for stratum in sorted(QUOTAS):
        members = sorted(strata.get(stratum, []), key=lambda m: m[0])
        random.Random(f"{SEED}:{stratum}").shuffle(members)
        taken = 0
        for id_, text, src in members:
            if taken == QUOTAS[stratum]:
                break
            g = grams(key(text))
            if near(g, taken_owner, taken_sizes):
                counts["duplicates_skipped"] += 1
                continue
            for s in g:
                taken_owner.setdefault(s, set()).add(len(taken_sizes))
            taken_sizes.append(len(g))
            taken += 1
            repo = str(src["repo"])
            drawn.append(
                {
                    "id": id_,
                    "text": text,
                    "stratum": stratum,
                    "source": src,
                    "licence": LICENCE[repo],
                }
            )
        counts[f"drawn {stratum}"] = taken
    random.Random(SEED).shuffle(drawn)
    return drawn, counts


def kappa_sample(drawn: list[dict[str, object]]) -> list[dict[str, str]]:
    """The 100 texts for the blind second labelling (``{"id", "text"}``)."""
    sample = random.Random(SEED + 1).sample([str(d["id"]) for d in drawn], KAPPA)
    text = {str(d["id"]): str(d["text"]) for d in drawn}
    return [{"id": id_, "text": text[id_]} for id_ in sample]


def main() -> None:
    drawn, counts = draw()
    for name, n in counts.items():
        print(f"{name}: {n}", file=sys.stderr)
    print(f"drawn: {len(drawn)}", file=sys.stderr)
    for d in drawn:
        print(d["id"])
    kappa = kappa_sample(drawn)
    if "--kappa" in sys.argv:
        target = Path(sys.argv[sys.argv.index("--kappa") + 1])
        with target.open("w", encoding="utf-8") as f:
            for row in kappa:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "--write" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--write") + 1])
        out.mkdir(parents=True, exist_ok=True)
        with (out / "order.jsonl").open("w", encoding="utf-8") as f:
            for n, d in enumerate(drawn, start=1):
                f.write(json.dumps({"n": n, "id": d["id"], "text": d["text"]}, ensure_ascii=False))
                f.write("\n")
        with (out / "strata.jsonl").open("w", encoding="utf-8") as f:
            for d in drawn:
                meta = {k: d[k] for k in ("id", "stratum", "source", "licence")}
                f.write(json.dumps(meta, ensure_ascii=False) + "\n")
        with (out / "kappa.jsonl").open("w", encoding="utf-8") as f:
            for row in kappa:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
