"""Reproduce the seventeenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev17.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: two public repositories that no earlier batch (and no weak set) used, chosen for
a business the corpus had few texts of: household appliances (buyers' JD.com reviews of
one electric water heater, with its delivery, installation, installation fees, trade-in
and after-sales), with buyers' JD.com reviews of a cosmetics gift set, most of them
bought as presents (no public source of couriers', utilities' or property managers'
customer texts could be found that was not already used).

- ``xianull0418/JD_comment_LDA``: ``comments/comments_100104067842_<time>.csv`` for the
  four crawls the repository keeps (``20250101_103255``, ``_103705``, ``_110040``,
  ``_110842``, read in that order): CSV files of the JD.com reviews of one Midea electric
  water heater (product 100104067842), crawled by the repository's author (2025).
  ``content``, the review, is the text; ``score`` (1-5 stars) is used only to stratify;
  ``time`` and ``type`` are not read. The crawls overlap (later ones hold earlier
  reviews again, and a review may be listed twice in one crawl): the duplicates are
  skipped at the draw. JD's placeholder for a buyer who wrote nothing
  (:data:`PLACEHOLDER`) is not a candidate. ``row`` is the 1-based CSV record after the
  header. ``comments/comments.json`` (a copy of 50 of the same reviews) is not read.
- ``Cheng81112/craw_JD_comments-master``: ``口红.txt``: the JD.com reviews of one
  cosmetics gift set (product 100024427082: lipstick, eye shadow, cushion, powder and
  brushes in a box), one review's text a line as the repository's crawler appended them
  (2022). The crawler wrote each review's text as JD gave it, so a review typed over
  several lines yields one text per line (a heading such as "2、花西子玉女桃花轻蜜粉：" or
  "用感：…" is a text of its own). ``row`` is the 1-based line. The repository's other
  file (a product list of pyjamas) is not read.

Every text has HTML character references resolved once (the crawls keep JD's escaped
``&hellip;``, ``&amp;zwj;``) and whitespace runs collapsed to one space.

Rule:
1. Candidates: texts of 4-300 characters after the cleaning above, with at least two CJK
   characters, JD's placeholder left out.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the water
   heater's overlapping crawls; reviews pasted twice). Counts at the draw: 605 candidates
   (352 water-heater reviews, 253 gift-set lines); none equal to a labelled text, 40 near a
   ``test`` text, 156 duplicates skipped.
3. Strata (for the draw only): the water heater's reviews by their stars, one or two
   (``wh:low``) or three to five (``wh:high``), each drawn (nearly) whole; the gift set's
   lines (``gs:line``), to make 300.
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, cjk, clean, record, show

SEED = 20261230

HEATER = ("xianull0418/JD_comment_LDA", "cf3988db36c28fcd108492663116d527dbfc9386")
#: the four crawls of the water heater's reviews, in the order they are read
HEATER_CRAWLS = ("20250101_103255", "20250101_103705", "20250101_110040", "20250101_110842")
HEATER_FILE = "comments/comments_100104067842_{crawl}.csv"
#: JD's text for a buyer who wrote no review
PLACEHOLDER = "此用户未填写评价内容"
GIFT = ("Cheng81112/craw_JD_comments-master", "273e8ed8e79080404f0d170a0e32f0e195c866e9")
GIFT_FILE = "口红.txt"
LICENCE = {
    HEATER[0]: (
        "none stated (no LICENSE file; JD.com buyers' reviews crawled by the repository's author)"
    ),
    GIFT[0]: (
        "none stated (no LICENSE file; JD.com buyers' reviews crawled by the repository's crawler)"
    ),
}
QUOTAS = {
    "wh:low": 84,
    "wh:high": 77,
    "gs:line": 139,
}


def tidy(text: str) -> str:
    """HTML character references resolved once, whitespace collapsed.

    >>> tidy("收到宝贝很喜欢&hellip;.每件都很精致！\\n  下次还会回购的。")
    '收到宝贝很喜欢….每件都很精致！ 下次还会回购的。'
    """
    return clean(html.unescape(text))


def heater() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the water heater's four crawls."""
    repo, commit = HEATER
    for k, crawl in enumerate(HEATER_CRAWLS, start=1):
        path = HEATER_FILE.format(crawl=crawl)
        table = csv.DictReader(io.StringIO(show(repo, commit, path).decode("utf-8-sig")))
        for row, cells in enumerate(table, start=1):
            text = tidy(cells["content"] or "")
            if text == PLACEHOLDER or cjk(text) < 2:
                continue
            stratum = "wh:low" if int(cells["score"]) <= 2 else "wh:high"
            yield f"jdw-{k}-{row}", stratum, text, record(repo, commit, path, row, "content")


def gift() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every line of the gift set's reviews."""
    repo, commit = GIFT
    lines = show(repo, commit, GIFT_FILE).decode("utf-8").split("\n")
    for row, line in enumerate(lines, start=1):
        text = tidy(line)
        if cjk(text) < 2:
            continue
        yield f"hxz-{row}", "gs:line", text, record(repo, commit, GIFT_FILE, row, "line")


BATCH = Batch(
    SEED,
    (heater, gift),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
