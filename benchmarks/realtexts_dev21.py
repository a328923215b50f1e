"""Reproduce the twenty-first batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev21.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quotas, seed and rule.

Source: one public repository that no earlier batch (and no weak set) used. It was sought
for the kinds of customer text the corpus has fewest of — couriers, insurance, ride-hailing
and taxis, car rental, retail stores and supermarkets, utilities and property management,
telecom customer-service chats, banks' complaints, local services, and customers'
consultations and suggestions. Searched (the code and pages corpora by meaning, the
repository index by name, by path and by exact strings): couriers' and express firms'
complaints and reviews (快递不送货上门, 放驿站也不, 快递员态度恶劣, 网点不派送, 顺丰小哥, files
named 快递评论.csv, 物流评论.csv, 顺丰.csv); ride-hailing and taxis (司机绕路, 司机态度很差,
滴滴司机, 打车软件, 网约车.csv, 滴滴.csv); car rental (神州租车); insurance claims
(理赔一直拖, 理赔款); property management (物业不作为, 物业费交了); supermarkets and shops
(收银员态度, Dianping exports named dianping.csv, which hold shop names and prices but no
review); complaint platforms' crawls (涉诉金额, 投诉无门, ts.21cn.com, xfb315, heimao.csv,
投诉数据.csv, whose one hit holds power users' consumption figures, not texts); government
message boards (liuyan.people.com.cn, zh12345.gov.cn); the Baidu Zhidao telecom and bank
question sets (anhuidianxinzhidao, liantongzhidao, nonghangzhidao: named by scripts, their
files not in any indexed repository); China Mobile's customer-service logs (MobileCS, SereTOD,
FutureDial: released on application, not in the repositories); Taobao customer-service
chats (MHCH: word ids, not words); telecom complaint work orders (a notebook whose data
files are not in its repository); Taiwanese securities and banks' app reviews (a repository
with no snapshot here). What was found with its data is Hong Kong's virtual banks' app
reviews: customers of eight banks licensed in Hong Kong (ZA Bank, Mox, WeLab, livi, PAO, Ant
Bank, Airstar, Fusion) reviewing the banks' apps — account opening, identity checks,
transfers, cards, rebates, interest and customer service — in Cantonese, traditional and
simplified Chinese; banks' complaints and customers' suggestions and questions, thin kinds
above.

- ``yutsang/review-sentiment``:
  ``output/combined_data_20250805_104554/FINAL_COMPREHENSIVE_DATABASE.xlsx`` (the first
  sheet, read with the standard library; 3,639 records): the Apple App Store and Google Play
  reviews of the eight banks' apps (2020-2025) that the repository's author scraped and
  merged. ``title`` (App Store reviews only) and ``content`` are the review; ``rating``
  (1-5 stars) is used only to stratify; ``bank`` and ``platform`` are not read for the draw;
  the author's model outputs (``ai_sentiment``, ``ai_category``, ``ai_category_name``,
  ``is_english``) and machine translation (``translated_content``) are not read. ``row`` is
  the 1-based record after the header (the sheet row less one; ``column`` ``title+content``).
  The repository's other workbooks (per-bank raw, translated and enhanced scrapes, earlier
  merges, analyses) are not read.

A review is a candidate when its ``content`` has at least two CJK characters (most of the
file's reviews are in English). The text is the review's title and content joined by one
space, or the content alone when the title's normalised form is part of the content's (the
eighth batch's rule for app-store reviews), whitespace runs collapsed to one space.

Rule:
1. Candidates: texts of 4-300 characters after the joining above.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the merged file
   holds some reviews twice under two ids; referral codes are posted in one template).
3. Strata (for the draw only): the review's stars, low 1-2 (``hk:low``) and high 3-5
   (``hk:high``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, cjk, clean, key, record, show
from realtexts_dev13 import sheet_rows, stars

SEED = 20270301

HKBANKS = ("yutsang/review-sentiment", "76f1cc4978c5fa216ca760aa304f90bfd4d7387a")
PATH = "output/combined_data_20250805_104554/FINAL_COMPREHENSIVE_DATABASE.xlsx"
LICENCE = {
    HKBANKS[0]: (
        "none stated (no LICENSE file; App Store and Google Play reviews of Hong Kong's "
        "virtual banks' apps scraped by the repository's author)"
    ),
}
QUOTAS = {
    "hk:low": 180,
    "hk:high": 120,
}


def review_text(title: str, content: str) -> str:
    """The title and the content joined by a space, or the content when it holds the title.

    >>> review_text("轉數", "登記受款戶轉額度太低")
    '轉數 登記受款戶轉額度太低'
    >>> review_text("垃圾", "垃圾")
    '垃圾'
    >>> review_text("", "快靚正")
    '快靚正'
    """
    title, content = clean(title), clean(content)
    if not title or key(title) in key(content):
        return content
    return clean(f"{title} {content}")


def stratum(rating: str) -> str:
    """The review's stratum from its stars.

    >>> stratum("2"), stratum("3"), stratum("5")
    ('hk:low', 'hk:high', 'hk:high')
    """
    return "hk:low" if stars(rating) <= 2 else "hk:high"


def reviews() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review whose content is Chinese."""
    repo, commit = HKBANKS
    rows = sheet_rows(show(repo, commit, PATH))
    first = next(rows, None)
    if first is None:  # an empty workbook
        return
    column = {name: letter for letter, name in first[1].items()}
    for sheet_row, cells in rows:
        content = cells.get(column["content"], "")
        if cjk(content) < 2:
            continue
        text = review_text(cells.get(column["title"], ""), content)
        row = sheet_row - 1
        yield (
            f"hkvb-{row}",
            stratum(cells.get(column["rating"], "")),
            text,
            record(repo, commit, PATH, row, "title+content"),
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
