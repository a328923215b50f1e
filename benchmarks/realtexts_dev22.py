"""Reproduce the twenty-second batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev22.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quotas, seed and rule.

Source: one public repository that no earlier batch (and no weak set) used. It was sought
for the kinds of customer text the corpus has fewest of — couriers and express delivery,
ride-hailing and taxis, insurance, airlines and the railway (12306), telecom operators,
utilities and property management, hospitals and clinics, education, local services, and
app-store reviews of such firms' apps. Searched (the code corpus by meaning, the repository
index by name and by path, and exact strings): couriers (快递员态度, 顺丰/圆通/中通 review
sets, repositories named ``kuaidi``: tracking tools, no reviews); ride-hailing (滴滴 and
网约车 review sets, repositories named ``didi``: the firm's own code); the railway and
airlines (12306 review scrapes, 抢不到票, 退票手续费, 航班延误: booking tools and TripAdvisor
crawlers of China Southern without their output); telecom (携号转网, 流量卡, China Mobile
complaint work orders: operators' code and advertisements, no customers' words); app-store
scrapes of Chinese apps (app-store-scraper and Qimai crawlers: code, no review files);
Heimao crawls with the text in the repository (``Wpandios/HeimaoData``: three example
complaints about a lender); property management (业主投诉: management-system code). What
was found with its data is a crawl of patients' reviews of doctors on 好大夫在线 (haodf.com):
hospitals and clinics, among the kinds of customer text the corpus has fewest of.

- ``Xremold/HaodfSpider``: ``data_process/final_data/letter.csv`` (no header, ten fields,
  4,879 records; MIT licence): the reviews (``看病经验``/thank-you letters) that patients and
  their families left (2017-2019) for 368 doctors of one Beijing hospital (中日友好医院), crawled
  by the repository's author. The tenth field is the review (``column`` ``10``); the sixth
  (the outcome the patient gave: 有好转, 痊愈, 未见好转, 加重, …) and the eighth and ninth (the
  two satisfaction ratings: 很满意, 满意, 一般, …) are used only to stratify; the doctor,
  department, date, illness and cost are not read. ``row`` is the 1-based record. The
  repository's other files (doctors, hospitals, the spiders' copies) are not read.

Rule:
1. Candidates: reviews of 4-300 characters after whitespace runs are collapsed.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way.
3. Strata (for the draw only): ``hd:poor`` when the outcome is 未见好转 or 加重 or either
   satisfaction rating is given and is not 很满意; ``hd:other`` for the rest.
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show

SEED = 20270401

HAODF = ("Xremold/HaodfSpider", "0a0bd2c741b866d7e582dcca00b46c3a388b3f15")
PATH = "data_process/final_data/letter.csv"
LICENCE = {
    HAODF[0]: (
        "MIT (the repository's LICENSE, Copyright (c) 2019 Xremold; patients' reviews of "
        "doctors on haodf.com crawled by the repository's author)"
    ),
}
QUOTAS = {
    "hd:poor": 180,
    "hd:other": 120,
}


def stratum(outcome: str, attitude: str, effect: str) -> str:
    """The review's stratum from the outcome and the two satisfaction ratings.

    >>> stratum("有好转", "很满意", "很满意"), stratum("痊愈", "", "")
    ('hd:other', 'hd:other')
    >>> stratum("未见好转", "", ""), stratum("有好转", "满意", "很满意")
    ('hd:poor', 'hd:poor')
    """
    poor = outcome in ("未见好转", "加重") or any(
        rating not in ("", "很满意") for rating in (attitude, effect)
    )
    return "hd:poor" if poor else "hd:other"


def reviews() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review."""
    repo, commit = HAODF
    data = show(repo, commit, PATH).decode("utf-8")
    for row, fields in enumerate(csv.reader(io.StringIO(data)), start=1):
        if len(fields) != 10:
            continue
        yield (
            f"haodf-{row}",
            stratum(fields[5].strip(), fields[7].strip(), fields[8].strip()),
            clean(fields[9]),
            record(repo, commit, PATH, row, "10"),
        )


BATCH = Batch(
    SEED,
    (reviews,),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
