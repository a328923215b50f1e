"""Reproduce the twenty-fifth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev25.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quota, seed and rule.

Source: one public repository that no earlier batch (and no weak set) used. It was sought
for the kinds of customer text the corpus has fewest of — couriers and logistics (five
texts in the first twenty-four batches), retail, utilities, ride-hailing, telecom,
property management, insurance, banks, airlines and the railway, local services and app
reviews. Searched (the code corpus and the stored pages by meaning, the repository index by
name and by data-file path, and exact strings): couriers (快递员态度, 不送货上门, 快递柜, 菜鸟驿站,
黑猫投诉 crawlers and their ``data/`` folders, 快递 and 物流 repository names; tracking
tools, order-status enums, invented examples and crawlers whose output was not committed);
ride-hailing (滴滴司机, 绕路, 司机师傅态度: driver-side code, invented examples); telecom
(中国移动 客服, 营业厅 工单: intent examples, invented tickets); utilities (网上国网, 95598: meter
readers); property (物业 投诉: management systems with sample rows); city hotlines and
message boards (12345, 留言板: crawlers without output); app stores (App Store and
AppGallery crawlers: English reviews or no committed output); the stored pages (news
articles and single posts, no collections of messages). No text of those domains with its
data committed was found; the batch takes the best source found:

- ``skipmaple/Mitchell``: ``doc/query_result.csv`` at ``640a3ee`` (a header and ten
  fields, 200 records; Apache-2.0), the Dianping users' reviews of one scenic spot, the
  Wunü Mountain fortress (五女山山城, Huanren, Liaoning; reviews of 2010-2021), that the
  repository's crawler saved as the demo of its output. The third field is the review
  (``column`` ``comment``); the sixth (``rank_level``, ``1`` or ``2``) is used only to
  stratify; the user name, image URLs, dates and place are not read. ``row`` is the 1-based
  record after the header as the csv module reads it. A review of a scenic spot is a
  customer's verdict on a local service (the tickets, the shuttle buses, the paths, the
  views), mostly praise, with complaints about the climb, the closed lake and the prices.

Rule:
1. Candidates: reviews of 4-300 characters after whitespace runs are collapsed, each text
   once (the first record holding it).
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way.
3. Strata (for the draw only): ``dp:r1`` for the reviews of ``rank_level`` ``1``,
   ``dp:r2`` for the others.
4. Each stratum is drawn up to its quota (both hold fewer texts than their quotas: every
   review left after the exclusions is drawn, so the batch is smaller than 240), and the
   drawn texts are put in labelling order and sampled for kappa, as ``realtexts_batch.py``
   says (seed ``SEED``; 50 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show

SEED = 20270701

DIANPING = ("skipmaple/Mitchell", "640a3ee838923ac7d5920ef48207dbb3a8987573")
DIANPING_PATH = "doc/query_result.csv"
LICENCE = {
    DIANPING[0]: (
        "Apache-2.0 (the repository's root LICENSE file; Dianping users' reviews of one "
        "scenic spot crawled by the repository's author as the demo of the crawler's output)"
    ),
}
QUOTAS = {
    "dp:r1": 220,
    "dp:r2": 20,
}


def dianping_stratum(rank_level: str) -> str:
    """The review's stratum from its ``rank_level`` field.

    >>> dianping_stratum("1"), dianping_stratum("2")
    ('dp:r1', 'dp:r2')
    """
    return "dp:r1" if rank_level.strip() == "1" else "dp:r2"


def dianping_reviews() -> Iterator[Candidate]:
    """(id, stratum, text, source) for the first record of every review text."""
    repo, commit = DIANPING
    data = show(repo, commit, DIANPING_PATH).decode("utf-8-sig")
    seen: set[str] = set()
    for row, fields in enumerate(csv.DictReader(io.StringIO(data)), start=1):
        text = clean(fields.get("comment") or "")
        if text in seen:
            continue
        seen.add(text)
        yield (
            f"dpwns-{row}",
            dianping_stratum(fields.get("rank_level") or ""),
            text,
            record(repo, commit, DIANPING_PATH, row, "comment"),
        )


BATCH = Batch(
    SEED,
    (dianping_reviews,),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=50,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
