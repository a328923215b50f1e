"""Reproduce the fourteenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev14.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: two public repositories that no earlier batch (and no weak set) used, chosen for
the texts a customer-operations desk handles and the corpus had few of: citizens' messages
to a provincial government's online message board as a hotline desk receives them (roads,
construction, schools and training fees, wages and social insurance, hospitals, shops,
pollution), and a bank's complaint work orders about its credit and debit cards, cut into
the sentences its staff wrote ("客户反映…", "烦请相关部门尽快核实"), kept unseen like the
seventh and thirteenth batches (an unseen-source measure, not trained on).

- ``694035434/Natural-language-processing-and-text-mining``: ``附件2.xlsx`` (the first
  sheet, read with the standard library, as the thirteenth batch reads its workbooks):
  the messages of attachment 2 of the 2020 TipDM Cup's problem C as the repository's
  author keeps them (495 messages of the 9,210 the competition gave: the citizens'
  messages to a provincial message board that the fourth batch's sheets 3 and 4 come
  from, another attachment). ``留言详情`` (column E), the message; ``一级分类`` (column
  F), the board's first-level class, used only to stratify. The message's title (column
  C) is not read, as in the fourth batch. ``row`` is the 1-based record after the header
  (the sheet row less one; the file's ``留言编号`` repeats once, so the id is the row).
  The repository's other attachments (the class list, and its copies of attachments 3
  and 4) are not read.
- ``wuboyu88/text_classification``: ``datasets/short_sentences_220421分类.xlsx``
  (column A, ``dataset``; ``class1``, column B, the repository's own class of the
  sentence, used only to stratify; ``class2`` is not read): sentences of China
  Construction Bank complaint work orders (ETC credit cards, card cancellation,
  repayment, mobile banking, promotions), one a row, as the repository's author
  collected them (2022). ``row`` is the 1-based record after the header.

Rule:
1. Candidates: texts of 4-300 characters after collapsing whitespace.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (work orders
   repeat stock sentences).
3. Strata (for the draw only): the messages by the board's class (``gov:<class>``, the
   seven classes), the work-order sentences by whether the repository gave them a class
   (``ccb:class``) or marked them ``不明`` (``ccb:unclear``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show
from realtexts_dev13 import sheet_rows

SEED = 20261227

BOARD = (
    "694035434/Natural-language-processing-and-text-mining",
    "b55669f6add2117eac7c924bb6652e215c4516eb",
)
BOARD_FILE = "附件2.xlsx"
BANK = ("wuboyu88/text_classification", "659f7f203b8c62503cefde2a393e9eb749261bf2")
BANK_FILE = "datasets/short_sentences_220421分类.xlsx"
LICENCE = {
    BOARD[0]: (
        "none stated (no LICENSE file; the 2020 TipDM Cup problem C's attachment 2, citizens' "
        "messages to a government message board, re-hosted by a competitor)"
    ),
    BANK[0]: (
        "none stated (no LICENSE file; sentences of a bank's complaint work orders collected "
        "by the repository's author)"
    ),
}
#: the board's seven first-level classes, by the stratum's name
CLASSES = {
    "劳动和社会保障": "labour",
    "教育文体": "education",
    "城乡建设": "construction",
    "卫生计生": "health",
    "交通运输": "transport",
    "商贸旅游": "trade",
    "环境保护": "environment",
}
QUOTAS = {
    "gov:labour": 53,
    "gov:education": 46,
    "gov:construction": 45,
    "gov:health": 30,
    "gov:transport": 30,
    "gov:trade": 25,
    "gov:environment": 11,
    "ccb:class": 30,
    "ccb:unclear": 30,
}


def board() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every message of the board's attachment 2."""
    repo, commit = BOARD
    rows = sheet_rows(show(repo, commit, BOARD_FILE))
    next(rows)  # the header
    for sheet_row, cells in rows:
        text = clean(cells.get("E", ""))
        if not text:
            continue
        stratum = "gov:" + CLASSES.get(cells.get("F", "").strip(), "other")
        row = sheet_row - 1
        yield f"gov2-{row}", stratum, text, record(repo, commit, BOARD_FILE, row, "留言详情")


def bank() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every work-order sentence of the bank's workbook."""
    repo, commit = BANK
    rows = sheet_rows(show(repo, commit, BANK_FILE))
    next(rows)  # the header
    for sheet_row, cells in rows:
        text = clean(cells.get("A", ""))
        if not text:
            continue
        stratum = "ccb:unclear" if cells.get("B", "").strip() in ("", "不明") else "ccb:class"
        row = sheet_row - 1
        yield f"ccb-{row}", stratum, text, record(repo, commit, BANK_FILE, row, "dataset")


BATCH = Batch(
    SEED,
    (board, bank),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
