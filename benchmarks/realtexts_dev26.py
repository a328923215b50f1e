"""Reproduce the twenty-sixth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev26.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quota, seed and rule.

Source: one public repository that no earlier batch (and no weak set) used. It was sought
for the kinds of customer text the corpus has fewest of — couriers and logistics, retail,
utilities, telecom operators, insurance, banks, airlines, property management, education,
second-hand platforms and games — and for texts with many complaints. Searched (the code
corpus by meaning, the repository index by name and by data-file path, and exact strings):
complaint platforms (黑猫投诉 crawlers and repositories named ``tousu``, ``heimao``,
``blackcat``, ``12315``, ``complain``; data files named ``投诉.csv``, ``tousu.csv``,
``data/complaints.csv``: crawlers without output, complaint-management systems with invented
rows, English consumer-complaint sets); couriers ("快递员态度", "快递太慢了，"), insurance
("理赔太慢"), telecom ("流量套餐", "营业厅的工作人员", the China Mobile customer-service
dialogues of the SereTOD challenge, whose repository holds two example dialogues), banks,
airlines, hospitals, property management and education (LLM prompts, intent examples, test
sentences, policy pages, news articles); games (TapTap, Bilibili and Steam review crawlers,
most without their output). The batch takes the one source found with its data and many
complaints:

- ``Lionelbug/Outils-de-Traitement-de-Corpus``: ``data/raw/steam_reviews.csv`` at ``097547a``
  (a header and five fields, 2,343 records; no LICENSE file), players' Steam reviews, in
  simplified Chinese, of 22 PC games (a 4X game, strategy and city builders, shooters,
  sports and racing games, action RPGs, a party game, a MOBA, a poker game; 2017-2025, most
  of them 2023-2025), that the repository's author crawled (110 reviews a game, 33 of one)
  for a course on corpus processing. The fourth field is the review (``column``
  ``Content``); the first (``Tag``: 推荐 or 不推荐, ``Recommended`` or ``Not Recommended``)
  is used only to stratify, the third (``Date``) only to strip it from the review; the hours
  played and the game's id are not read. The repository's newest commit changed the file
  and its copy is absent from the mirror; this commit, which added it, is read. ``row`` is
  the 1-based record after the header as the csv module reads it. A game review is a
  customer's verdict on a product bought (the game, its price, its servers and its
  publisher), here mostly complaints.

Rule:
1. Candidates: reviews of 4-300 characters after the crawler's prefix is removed and
   whitespace runs are collapsed, with at least two CJK characters, each text once (the
   first record holding it). The prefix is the review's date (the ``Date`` field, which the
   ``Content`` field repeats at its start) and the lines Steam shows above a review and the
   crawler kept, 抢先体验版本评测, 免费获取的产品 and 产品已退款 (:func:`review_text`).
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way.
3. Strata (for the draw only): ``st:down`` for the reviews tagged 不推荐 or ``Not
   Recommended``, ``st:up`` for the others.
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 50 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, cjk, clean, record, show

SEED = 20270801

STEAM = ("Lionelbug/Outils-de-Traitement-de-Corpus", "097547a6b5096bc44a1386d406f97d16f1e62567")
STEAM_PATH = "data/raw/steam_reviews.csv"
LICENCE = {
    STEAM[0]: (
        "none stated (no LICENSE file; Steam users' reviews crawled by the repository's "
        "author for a course on corpus processing)"
    ),
}
QUOTAS = {
    "st:down": 150,
    "st:up": 90,
}
#: the lines Steam shows above a review, which the crawler kept at its start
BADGES = ("抢先体验版本评测", "免费获取的产品", "产品已退款")


def review_text(content: str, date: str) -> str:
    """The review without the date the crawler put before it and Steam's badge lines.

    >>> review_text("发布于：2 月 6 日\\n\\t\\t产品已退款\\n 太贵了 ", "发布于：2 月 6 日")
    '太贵了'
    >>> review_text("发布于：2 月 6 日\\n好玩", "发布于：3 月 1 日")
    '发布于：2 月 6 日 好玩'
    """
    if date and content.startswith(date):
        content = content[len(date) :]
    lines = [line.strip() for line in content.splitlines()]
    while lines and (not lines[0] or lines[0] in BADGES):
        lines.pop(0)
    return clean("\n".join(lines))


def steam_stratum(tag: str) -> str:
    """The review's stratum from its ``Tag`` field.

    >>> steam_stratum("不推荐"), steam_stratum("Not Recommended"), steam_stratum("推荐")
    ('st:down', 'st:down', 'st:up')
    """
    return "st:down" if tag.strip() in ("不推荐", "Not Recommended") else "st:up"


def steam_reviews() -> Iterator[Candidate]:
    """(id, stratum, text, source) for the first record of every Chinese review text."""
    repo, commit = STEAM
    data = show(repo, commit, STEAM_PATH).decode("utf-8-sig")
    seen: set[str] = set()
    for row, fields in enumerate(csv.DictReader(io.StringIO(data)), start=1):
        text = review_text(fields.get("Content") or "", fields.get("Date") or "")
        if cjk(text) < 2 or text in seen:
            continue
        seen.add(text)
        yield (
            f"stlb-{row}",
            steam_stratum(fields.get("Tag") or ""),
            text,
            record(repo, commit, STEAM_PATH, row, "Content"),
        )


BATCH = Batch(
    SEED,
    (steam_reviews,),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=50,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
