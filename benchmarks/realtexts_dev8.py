"""Reproduce the eighth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev8.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: two public repositories that no earlier batch (and no weak set) used, chosen for
forms the corpus lacked (app-store reviews; questions typed to a mobile operator's customer
service), kept unseen like the sixth and seventh batches (an unseen-source measure, not
trained on).

- ``HumanAutomationInteractionLab-HAIL/appstoreCrawl``: the review exports
  ``CutOnly/Comments/CommentsOf<app>.xlsx`` of five apps (小米商城, the Xiaomi online shop;
  米家, 华为智能家居, 海尔智家 and 美居, the smart-home apps of Xiaomi, Huawei, Haier and
  Midea): reviews posted on the Chinese Apple App Store up to October 2019, exported from
  the Qimai (七麦) app-data site. The sheet's first two rows are the export's title and
  note, the third the header (日期, 用户名, 评级, 标题, 内容); ``row`` is the 1-based data row
  after the header. The text is the review's title (``标题``) and body (``内容``) joined by
  one space, or the body alone when the title's normalised form is part of the body's
  (``column`` ``标题+内容``); the developer's reply that the store appends to some bodies
  (a run of dashes, then ``开发者回复：``) is cut off (:func:`customer_part`). The other
  apps' files of the folder (three with 18 to 36 reviews) and
  ``SentimentAnalysis/Comments.xlsx`` (a copy of the Haier file) are not read.
- ``HUSTHY/mutil_label_calssification_ccks_2021``: ``data/train.xlsx`` and ``data/dev.xlsx``
  (column A, ``用户问题``; the other columns are the task's own annotation and are not
  read): China Mobile customers' questions about tariffs, data packages, broadband and
  memberships, from the CCKS 2021 operator knowledge-graph question-answering task.
  ``row`` is the 1-based data row after the header.

Rule:
1. Candidates: texts of 4-400 characters after collapsing whitespace; a review the site
   marks as deleted (``该条评论已经被删除``) is not a candidate.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the operator
   questions repeat a few phrasings; stock reviews such as "垃圾" recur).
3. Strata (for the draw only): the app × the review's stars (``neg`` 1-2, ``mid`` 3,
   ``pos`` 4-5); the operator questions by a problem cue (``PROBLEM``: ``problem``) or
   none (``other``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, key, record, show
from realtexts_dev4 import xlsx_rows

SEED = 20261215

APPSTORE = (
    "HumanAutomationInteractionLab-HAIL/appstoreCrawl",
    "5405ab08ecf83189591eb6473fd1dc6431f736f4",
)
#: (app name in the file's name, id prefix, stratum prefix)
APPS = (
    ("小米商城", "asxm", "xmshop"),
    ("米家", "asmj", "mijia"),
    ("华为智能家居", "ashw", "huawei"),
    ("海尔智家", "ashe", "haier"),
    ("美居", "asmd", "midea"),
)
DELETED = "该条评论已经被删除"
#: where the store's appended developer reply begins
REPLY = re.compile(r"-{5,}\s*开发者回复[:：]")
CCKS = ("HUSTHY/mutil_label_calssification_ccks_2021", "8d3c4bb4e19ccccbe8a6212a59ca6b15ba43caf6")
#: (path, id prefix) of the operator questions
CCKS_FILES = (("data/train.xlsx", "cktr"), ("data/dev.xlsx", "ckdv"))
PROBLEM = re.compile(
    "失败|不能|无法|不了|为什么|为啥|怎么还|怎么没|没有|没到|扣|投诉|不对|错|乱|不给|不让|多收|收费|坑|骗|差"
)
LICENCE = {
    APPSTORE[0]: (
        "none stated (no LICENSE file; Apple App Store reviews exported from the Qimai "
        "app-data site, re-hosted by a third party)"
    ),
    CCKS[0]: (
        "none stated (no LICENSE file; the CCKS 2021 task's data, China Mobile customers' "
        "questions, re-hosted by a third party)"
    ),
}
QUOTAS = {
    "xmshop:neg": 38,
    "xmshop:mid": 12,
    "xmshop:pos": 25,
    "mijia:neg": 28,
    "mijia:mid": 12,
    "mijia:pos": 15,
    "huawei:neg": 24,
    "huawei:mid": 8,
    "huawei:pos": 8,
    "haier:neg": 20,
    "haier:mid": 6,
    "haier:pos": 14,
    "midea:neg": 15,
    "midea:mid": 6,
    "midea:pos": 9,
    "cmcc:problem": 25,
    "cmcc:other": 35,
}
STARS = {"1": "neg", "2": "neg", "3": "mid", "4": "pos", "5": "pos"}


def customer_part(body: str) -> str:
    """The body without the developer's reply the store appends to it.

    >>> customer_part("连不上 ------ 开发者回复：感谢您的反馈。")
    '连不上 '
    """
    return REPLY.split(body, maxsplit=1)[0]


def review_text(title: str, body: str) -> str:
    """The title and the body joined by a space, or the body when it holds the title."""
    title, body = clean(title), clean(customer_part(body))
    if not title or key(title) in key(body):
        return body
    return clean(f"{title} {body}")


def appstore() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the five apps' files."""
    repo, commit = APPSTORE
    for app, prefix, name in APPS:
        path = f"CutOnly/Comments/CommentsOf{app}.xlsx"
        rows = xlsx_rows(show(repo, commit, path))
        for _ in range(3):  # the export's title, its note and the header
            next(rows)
        for row, cells in enumerate(rows, start=1):
            stars = STARS.get(cells.get("D", "").strip())
            body = cells.get("F", "")
            if stars is None or DELETED in body:
                continue
            text = review_text(cells.get("E", ""), body)
            yield (
                f"{prefix}-{row}",
                f"{name}:{stars}",
                text,
                record(repo, commit, path, row, "标题+内容"),
            )


def ccks() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every customer question of the two task files."""
    repo, commit = CCKS
    for path, prefix in CCKS_FILES:
        rows = xlsx_rows(show(repo, commit, path))
        next(rows)  # the header
        for row, cells in enumerate(rows, start=1):
            text = clean(cells.get("A", ""))
            cue = "problem" if PROBLEM.search(text) else "other"
            yield (
                f"{prefix}-{row}",
                f"cmcc:{cue}",
                text,
                record(repo, commit, path, row, "用户问题"),
            )


BATCH = Batch(
    SEED, (appstore, ccks), QUOTAS, LICENCE, max_chars=400, near_duplicates=True, kappa=60
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
