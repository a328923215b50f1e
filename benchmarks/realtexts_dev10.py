"""Reproduce the tenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev10.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used, chosen for
businesses and writing styles the corpus lacked or had few texts of (a bank's mobile app;
a city's 12345 government hotline; a mobile game), kept unseen like the sixth to ninth
batches (an unseen-source measure, not trained on).

- ``DongminZhao/bankapp_criticism_analysis``: ``crawler/raw_data/Apple/Apple_工商银行.txt``
  and ``crawler/raw_data/360/360_工商银行.txt`` (one review a line, line breaks inside a
  review removed by the crawler): users' reviews of the Industrial and Commercial Bank of
  China's mobile banking app, crawled by the repository's author from the Chinese App Store
  and the 360 Android market (2019-2020). ``row`` is the 1-based line (``column`` ``1``).
  The empty Xiaomi file and the author's merged and selected files are not read.
- ``timeofmei/work``: ``data/content_suqiu.json`` (a JSON object of columns; only
  ``投诉件内容``, the message, is read; ``标题``, the title, and ``回复1``, the government's
  answer, are not): citizens' messages to the Fuzhou 12345 hotline's website (complaints,
  requests for help, questions and reports, most about the city's rivers, sewage works,
  roadworks and bus lines), crawled by the repository's author with the search word 黑臭.
  ``row`` is the 1-based position in the column; the id is ``fz-<序列号>`` (the file's own
  serial number). The other files (newspaper and Weibo posts, the author's scores) are not
  read.
- ``cosolo622/taptap_analyzer``: ``output/reviews_for_analysis.json`` (a JSON list; the
  ``content`` field; ``rating``, ``1星`` to ``5星``, is used only to stratify): players'
  reviews of the mobile game 鹅鸭杀 (Goose Goose Duck) on TapTap, 2026, crawled by the
  repository's author (its ``prepare_reviews.py`` exported them from the crawl's sheet).
  ``row`` is the 1-based position in the list (the ``id`` field); ``mock_data.py``, the
  repository's generated demonstration reviews, and the ``analysis_batch_*.json`` and
  ``batch_*.json`` files (a language model's analyses, and the reviews split for it) are
  not read.

Rule:
1. Candidates: texts of 4-150 characters after collapsing whitespace.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (app reviews repeat
   phrasings, the game's reviews hold reposts).
3. Strata (for the draw only): the App Store reviews by a problem cue (``BANK_PROBLEM``:
   ``apple-cue``) or none (``apple-other``), the 360 reviews (``360``); the hotline messages
   (one stratum); the game reviews by rating (``low`` 1-3 stars, ``high`` 4-5).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show

SEED = 20261223

BANK = (
    "DongminZhao/bankapp_criticism_analysis",
    "ab76a9d139e5b11eaec68a86f26eded023f62a50",
)
#: (path, id prefix, store) of the bank app's reviews
BANK_FILES = (
    ("crawler/raw_data/Apple/Apple_工商银行.txt", "icbca", "apple"),
    ("crawler/raw_data/360/360_工商银行.txt", "icbc3", "360"),
)
BANK_PROBLEM = re.compile(
    "垃圾|差|烂|打不开|登不|登录不|登陆不|闪退|卡|不能|无法|不了|失败|为什么|为啥|怎么|bug|"
    "问题|异常|麻烦|更新"
)
HOTLINE = ("timeofmei/work", "8fbab3f2371ef3200bf9668deb06927156dee089")
HOTLINE_FILE = "data/content_suqiu.json"
HOTLINE_COLUMN = "投诉件内容"
GAME = ("cosolo622/taptap_analyzer", "b886cbadf4a417308c4aee58948e46d8a605af1b")
GAME_FILE = "output/reviews_for_analysis.json"
CJK = re.compile("[\u4e00-\u9fff]")
LICENCE = {
    BANK[0]: (
        "none stated (no LICENSE file; users' reviews of a bank's mobile app crawled from "
        "app stores by the repository's author)"
    ),
    HOTLINE[0]: (
        "none stated (no LICENSE file; citizens' messages to a city's 12345 hotline website, "
        "crawled by the repository's author)"
    ),
    GAME[0]: (
        "none stated (no LICENSE file; players' game reviews crawled from TapTap by the "
        "repository's author)"
    ),
}
QUOTAS = {
    "icbc:apple-cue": 50,
    "icbc:apple-other": 50,
    "icbc:360": 30,
    "fz12345": 100,
    "game:low": 28,
    "game:high": 42,
}


def bank() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every line of the two review files with Chinese in it."""
    repo, commit = BANK
    for path, prefix, store in BANK_FILES:
        lines = show(repo, commit, path).decode("utf-8").splitlines()
        for row, line in enumerate(lines, start=1):
            text = clean(line)
            if not CJK.search(text):  # emoji-only and empty lines
                continue
            if store == "apple":
                stratum = "icbc:apple-cue" if BANK_PROBLEM.search(text) else "icbc:apple-other"
            else:
                stratum = "icbc:360"
            yield (f"{prefix}-{row}", stratum, text, record(repo, commit, path, row, "1"))


def hotline() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every message of the hotline file."""
    repo, commit = HOTLINE
    table = json.loads(show(repo, commit, HOTLINE_FILE).decode("utf-8"))
    for row, (serial, message) in enumerate(
        zip(table["序列号"], table[HOTLINE_COLUMN], strict=True), start=1
    ):
        if not isinstance(message, str):
            continue
        yield (
            f"fz-{int(serial)}",
            "fz12345",
            clean(message),
            record(repo, commit, HOTLINE_FILE, row, HOTLINE_COLUMN),
        )


def game() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the game's review file."""
    repo, commit = GAME
    reviews = json.loads(show(repo, commit, GAME_FILE).decode("utf-8"))
    for row, review in enumerate(reviews, start=1):
        content = review.get("content")
        if not isinstance(content, str):
            continue
        stars = int(str(review.get("rating", "0")).rstrip("星") or 0)
        stratum = "game:high" if stars >= 4 else "game:low"
        yield (
            f"ggd-{review['id']}",
            stratum,
            clean(content),
            record(repo, commit, GAME_FILE, row, "content"),
        )


BATCH = Batch(
    SEED, (bank, hotline, game), QUOTAS, LICENCE, max_chars=150, near_duplicates=True, kappa=60
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
