"""Reproduce the twenty-fourth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev24.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rule.

Sources: two public repositories that no earlier batch (and no weak set) used. They were
sought for the kinds of customer text the corpus has fewest of — couriers and logistics
(five texts in the first twenty-three batches), retail, utilities, ride-hailing, telecom,
property management, insurance, banks, airlines and the railway, local services and app
reviews. Searched (the code corpus and the stored pages by meaning, the repository index by
name and by data-file path, and exact strings): couriers (快递员, 派件员, 驿站, 菜鸟裹裹, 顺丰,
黑猫投诉 crawls of express firms, State Post Bureau appeals: tracking tools, demo data,
invented examples and crawlers whose output was not committed); ride-hailing (滴滴, 司机绕路,
网约车 reviews: the firms' own code, rating forms and papers); telecom (10086, 工信部申诉,
营业厅: intent examples and English data); property and rentals (物业, 蛋壳公寓 and 自如 crawls:
listings, or complaint files not committed); utilities and city hotlines (95598, 12345,
留言板: invented examples and private data); insurance (保险评论: a crawler without output);
app stores (names holding ``app_comment``, ``app_review``, ``appstore``, ``yingyongbao``,
``appgallery``, and data files named ``comments.csv``, ``comment.csv``, ``评论.csv``: crawlers,
English or Korean reviews, Bilibili and Xiaohongshu threads). No courier, ride-hailing,
telecom or utility texts with their data were found; the batch takes the best two found:

- ``zhangjinghan/app_comments``: the Huawei AppGallery reviews of the Microsoft Edge
  browser app (July 2022) that the repository's crawler saved as ``edge.csv`` (a header and
  six fields: index, nickname, review, time, phone model, stars ``1`` to ``5``; no licence
  stated). The file changed between commits, so three versions are read, in this order:
  ``edge.csv`` at ``e9ec3b9`` (a merge whose conflict markers were committed: both sides'
  rows are there), ``huawei/edge.csv`` at ``f68b79d`` and ``edge.csv`` at ``2913748``; a
  review is taken from the first file holding it. The third field is the review (``column``
  ``comment``); the sixth (the stars) is used only to stratify; the nickname, time and
  phone model are not read. ``row`` is the 1-based record after the header as the csv module
  reads it (a conflict marker is a record that yields nothing). A mobile-app review is one of
  the kinds the corpus has few of, with complaints (crashes, bugs, ads), questions,
  feature requests and praise mixed.
- ``NateHomles/meituanspider``: ``comment.csv`` (a header and one field, 750 records; no
  licence stated): the reviews that Meituan users left (2021-2022) for Guangzhou
  restaurants — hotel buffets, dim sum, Hunan and Sichuan dishes, a pork-chop café, a
  bubble-tea shop — and, in records 702-750, for the Pearl River night cruise, crawled by
  the repository's author. The only field is the review (``column`` ``comments``); ``row``
  is the 1-based record after the header; ``url.csv`` (the shops' comment URLs) is not
  read. It fills the batch: the app reviews hold only some 130 texts, mostly praise.

Rule:
1. Candidates: reviews of 4-300 characters after whitespace runs are collapsed, each text
   once (the first record holding it, over both sources).
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way.
3. Strata (for the draw only): ``hw:low`` for the app reviews of 3 stars or fewer,
   ``hw:high`` for the other app reviews; ``mt:gz`` for the Meituan reviews.
4. Each stratum is drawn up to its quota (the app strata hold fewer texts than their
   quotas: every app review left after the exclusions is drawn), and the drawn texts are
   put in labelling order and sampled for kappa, as ``realtexts_batch.py`` says (seed
   ``SEED``; 50 for kappa). The Meituan quota makes the batch 240 texts.
Standard library only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show

SEED = 20270601

APP = "zhangjinghan/app_comments"
#: the versions of the app's review file, in reading order: (commit, path)
APP_FILES = (
    ("e9ec3b97fdd494e6ff3502b6bd8fe8c143028ba2", "edge.csv"),
    ("f68b79d61477dacfa542248e8c2bf346198b2409", "huawei/edge.csv"),
    ("291374883ed834a3548387532b44aad20590c6f5", "edge.csv"),
)
MEITUAN = ("NateHomles/meituanspider", "def757ab380ff4dc2a776a30b87c191ba52fdfdb")
MEITUAN_PATH = "comment.csv"
LICENCE = {
    APP: (
        "none stated (the repository has no LICENSE file of its own — those under static/ are "
        "the vendored web libraries' — and its README names no terms; Huawei AppGallery users' "
        "reviews of one app crawled by the repository's authors)"
    ),
    MEITUAN[0]: (
        "none stated (the repository has no LICENSE file and its README names no terms; "
        "Meituan users' reviews of Guangzhou restaurants and of a river cruise crawled by the "
        "repository's author)"
    ),
}
QUOTAS = {
    "hw:low": 60,
    "hw:high": 160,
    "mt:gz": 125,
}


def app_stratum(stars: str) -> str:
    """The app review's stratum from its stars (``1`` to ``5``).

    >>> app_stratum("1"), app_stratum("3"), app_stratum("4"), app_stratum("5")
    ('hw:low', 'hw:low', 'hw:high', 'hw:high')
    """
    return "hw:low" if int(stars) <= 3 else "hw:high"


def app_reviews() -> Iterator[Candidate]:
    """(id, stratum, text, source) for the first record of every app review text."""
    seen: set[str] = set()
    for commit, path in APP_FILES:
        data = show(APP, commit, path).decode("utf-8-sig")
        rows = csv.reader(io.StringIO(data))
        next(rows)  # the header
        for row, fields in enumerate(rows, start=1):
            if len(fields) < 6 or not fields[5].strip().isdigit():
                continue  # a conflict marker
            text = clean(fields[2])
            if text in seen:
                continue
            seen.add(text)
            yield (
                f"hwedge-{commit[:7]}-{row}",
                app_stratum(fields[5].strip()),
                text,
                record(APP, commit, path, row, "comment"),
            )


def meituan_reviews() -> Iterator[Candidate]:
    """(id, stratum, text, source) for the first record of every Meituan review text."""
    repo, commit = MEITUAN
    data = show(repo, commit, MEITUAN_PATH).decode("utf-8-sig")
    seen: set[str] = set()
    for row, fields in enumerate(csv.DictReader(io.StringIO(data)), start=1):
        text = clean(fields.get("comments") or "")
        if text in seen:
            continue
        seen.add(text)
        yield (
            f"mtgz-{row}",
            "mt:gz",
            text,
            record(repo, commit, MEITUAN_PATH, row, "comments"),
        )


BATCH = Batch(
    SEED,
    (app_reviews, meituan_reviews),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=50,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
