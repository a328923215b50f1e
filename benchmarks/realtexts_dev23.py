"""Reproduce the twenty-third batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev23.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quotas, seed and rule.

Source: one public repository that no earlier batch (and no weak set) used. It was sought
for the kinds of customer text the corpus has fewest of — couriers, ride-hailing, telecom,
utilities, property management, insurance, airlines and the railway, local services and
app reviews. Searched (the code corpus and the stored pages by meaning, the repository
index by name, and exact strings): couriers (快递员态度, 顺丰快递员: tracking tools, demo
data and prompts, no customers' words); ride-hailing (滴滴客服, 司机绕路, 司机师傅态度: the
firms' own code, rating forms and demo posts); telecom (联通客服, 中国移动 complaint work
orders: operators' code and invented examples); property management and city hotlines
(物业不作为, 市民来电反映: invented examples and the code of dispatch systems whose data stay
private); airlines (航班延误了: phrase books); insurance (``chatopera/insuranceqa-corpus-zh``:
translated from English and behind a licence key); app-store and review spiders (names
containing ``app_review``, ``comment_spider``, ``dianping``, ``waimai``, ``heimao``:
code without their output, or shopping reviews of kinds the corpus holds many of). What
was found with its data is a crawl of Meituan's reviews of one restaurant: a local service
reviewed on a local-services platform, with complaints, praise and suggestions mixed.

- ``yuhui7pm/meituan_comments_keywords_abstract``: ``output_file/comments.csv`` (a header
  and nine fields, 8,970 records; no licence stated): the reviews that Meituan users left
  (2019) for one buffet barbecue and hot-pot restaurant in Shantou, crawled page by page by
  the repository's author, so that most reviews appear on several pages. The seventh field
  is the review (``column`` ``user-comment``); the sixth (the stars, ``10`` to ``50``) is
  used only to stratify; the shop, page, user name, avatar, time and likes are not read.
  ``row`` is the 1-based data record after the header. The repository's other files (shop
  lists, tags, proxies) are not read; its ``shop_comments.csv`` is too large to be
  mirrored.

Rule:
1. Candidates: reviews of 4-300 characters after whitespace runs are collapsed, each text
   once (the first record holding it).
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way.
3. Strata (for the draw only): ``mt:low`` when the stars are 30 or fewer; ``mt:high`` for
   the rest.
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

SEED = 20270501

MEITUAN = (
    "yuhui7pm/meituan_comments_keywords_abstract",
    "8f4d9a0021b892660b0f98a46cdd8856bc230838",
)
PATH = "output_file/comments.csv"
LICENCE = {
    MEITUAN[0]: (
        "none stated (the repository has no LICENSE file and its README names no terms; "
        "Meituan users' reviews of one restaurant crawled by the repository's author)"
    ),
}
QUOTAS = {
    "mt:low": 160,
    "mt:high": 140,
}


def stratum(stars: str) -> str:
    """The review's stratum from its stars (``10`` to ``50``).

    >>> stratum("10"), stratum("30"), stratum("40"), stratum("50")
    ('mt:low', 'mt:low', 'mt:high', 'mt:high')
    """
    return "mt:low" if int(stars) <= 30 else "mt:high"


def reviews() -> Iterator[Candidate]:
    """(id, stratum, text, source) for the first record of every review text."""
    repo, commit = MEITUAN
    data = show(repo, commit, PATH).decode("utf-8-sig")
    seen: set[str] = set()
    for row, fields in enumerate(csv.DictReader(io.StringIO(data)), start=1):
        text = clean(fields.get("user-comment") or "")
        stars = (fields.get("stars") or "").strip()
        if not stars.isdigit() or text in seen:
            continue
        seen.add(text)
        yield (
            f"meituan-{row}",
            stratum(stars),
            text,
            record(repo, commit, PATH, row, "user-comment"),
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
