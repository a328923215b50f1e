"""Reproduce the twelfth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev12.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used, chosen for
businesses and writing styles the corpus lacked or had few texts of (complaints about many
kinds of firms on a consumer-complaint platform, beyond the seventh batch's banks and
lenders; moviegoers' comments on a ticketing app; a home-furnishing retailer's shopping app
reviewed in traditional Chinese), kept unseen like the sixth to eleventh batches (an
unseen-source measure, not trained on).

- ``Chi-Tian/Spider``: ``heimao.csv`` (a header line, then the header again, then one record
  per complaint: ``投诉标题``, ``投诉详情``, ``投诉对象``, ``投诉问题``, ``投诉要求``):
  complaints posted on the consumer-complaint platform 黑猫投诉 (Heimao) about online shops,
  platforms, education companies, airlines, lenders and others, crawled by the repository's
  author (2020). Most fields were stored as UTF-8 read as Latin-1 and written again as
  UTF-8; a field is mended by encoding it as Latin-1 and decoding it as UTF-8 where that
  works, and kept as it is otherwise. Every complaint appears three times in the file (the
  duplicates are skipped by the draw). The text is the title and the complaint joined with
  ``；`` (``column`` ``投诉标题+投诉详情``); the object, the issue and the demand, which the
  platform's form asks for, are not in the text (the demand is used only to stratify).
  ``row`` is the 1-based CSV record after the first header line.
- ``ShenYuCN/WorkspacePython``: ``web_spider/maoyan_movie/done/maoyan.csv`` (UTF-8 with a
  byte-order mark; ``评论``, the comment; ``评分``, 0-5 stars in halves, used only to
  stratify): moviegoers' comments on the film 悲伤逆流成河 on the ticketing app 猫眼电影
  (Maoyan), crawled by the repository's author (2018). ``row`` is the 1-based CSV record
  after the header.
- ``chienchitung/app-reviews-ai_v2``: ``app_reviews.csv`` (UTF-8 with a byte-order mark;
  ``review``; ``rating`` 1-5, used only to stratify; ``developerResponse``, the company's
  reply, is not read): Google Play and App Store reviews of IKEA Taiwan's shopping app, in
  traditional Chinese, crawled by the repository's author (2024). ``row`` is the 1-based
  CSV record after the header.

Rule:
1. Candidates: texts of 4-400 characters after collapsing whitespace.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the complaint
   file repeats every complaint; moviegoers repeat short verdicts).
3. Strata (for the draw only): the complaints by whether the demand asks for money back
   (``退款``, ``赔偿``, ``退``: ``hm:money``) or not (``hm:other``); the comments by stars
   (``my:low`` 0-3, ``my:high`` 3.5-5); the app reviews by stars (``ik:low`` 1-2,
   ``ik:high`` 3-5). The complaint strata take every complaint left after duplicates (73
   and 14); ``ik:high`` takes 45 of its 55 candidates.
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

SEED = 20261225

COMPLAINTS = ("Chi-Tian/Spider", "24a8fae57fb79e4b886535db2c15a53b4f12ce98")
COMPLAINTS_FILE = "heimao.csv"
MOVIE = ("ShenYuCN/WorkspacePython", "627cbaead53b289582081982ffb1ea588baf75db")
MOVIE_FILE = "web_spider/maoyan_movie/done/maoyan.csv"
APP = ("chienchitung/app-reviews-ai_v2", "0fcaa1554b614e7e01fa9656b0ec4257831e4e87")
APP_FILE = "app_reviews.csv"
LICENCE = {
    COMPLAINTS[0]: (
        "none stated (no LICENSE file; complaints posted on the Heimao consumer-complaint "
        "platform, crawled by the repository's author)"
    ),
    MOVIE[0]: (
        "none stated (no LICENSE file for the data; moviegoers' comments crawled from the "
        "Maoyan ticketing app by the repository's author)"
    ),
    APP[0]: (
        "none stated (no LICENSE file; Google Play and App Store reviews of a shopping app "
        "crawled by the repository's author)"
    ),
}
QUOTAS = {
    "hm:money": 73,
    "hm:other": 14,
    "my:low": 45,
    "my:high": 55,
    "ik:low": 68,
    "ik:high": 45,
}
HEADER = "投诉标题"


def mend(field: str) -> str:
    """A field stored as UTF-8 read as Latin-1, decoded again; others unchanged."""
    try:
        return field.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return field


def complaints() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every complaint record of the crawled file."""
    repo, commit = COMPLAINTS
    lines = show(repo, commit, COMPLAINTS_FILE).decode("utf-8-sig")
    table = csv.reader(io.StringIO(lines))
    next(table)  # the header line
    for row, cells in enumerate(table, start=1):
        fields = [mend(cell) for cell in cells]
        if len(fields) < 5 or fields[0].strip() == HEADER:
            continue
        title, detail = clean(fields[0]), clean(fields[1])
        text = "；".join(part for part in (title, detail) if part)
        demand = fields[4]
        stratum = "hm:money" if any(w in demand for w in ("退款", "赔偿", "退")) else "hm:other"
        yield (
            f"hm-{row}",
            stratum,
            text,
            record(repo, commit, COMPLAINTS_FILE, row, "投诉标题+投诉详情"),
        )


def movie() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every comment of the ticketing app's file."""
    repo, commit = MOVIE
    table = csv.DictReader(io.StringIO(show(repo, commit, MOVIE_FILE).decode("utf-8-sig")))
    for row, cells in enumerate(table, start=1):
        try:
            stars = float(cells["评分"] or 0)
        except ValueError:
            stars = 0.0
        stratum = "my:high" if stars >= 3.5 else "my:low"
        yield (
            f"my-{row}",
            stratum,
            clean(cells["评论"] or ""),
            record(repo, commit, MOVIE_FILE, row, "评论"),
        )


def app() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the shopping app's file."""
    repo, commit = APP
    table = csv.DictReader(io.StringIO(show(repo, commit, APP_FILE).decode("utf-8-sig")))
    for row, cells in enumerate(table, start=1):
        stars = int(cells["rating"] or 0) if (cells["rating"] or "").isdigit() else 0
        stratum = "ik:high" if stars >= 3 else "ik:low"
        yield (
            f"ik-{row}",
            stratum,
            clean(cells["review"] or ""),
            record(repo, commit, APP_FILE, row, "review"),
        )


BATCH = Batch(
    SEED,
    (complaints, movie, app),
    QUOTAS,
    LICENCE,
    max_chars=400,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
