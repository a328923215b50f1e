"""Reproduce the sixth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev6.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used, chosen
for sources the classifier has never seen (an unseen-source measure, not trained on).

- ``linkfqy/Comment-View-Extraction``: ``data/train_data_public.csv`` (``id``, ``text``,
  ``BIO_anno``, ``class``) and ``data/test_public.csv`` (``id``, ``text``), the CCF BDCI
  2021 bank-product review data (中原银行): posts and replies about banks, credit cards
  and loans from public forums; ``class`` is the source's sentiment (0 negative,
  1 positive, 2 neutral). Some texts end in ``...``: the source cut them.
- ``CCChenhao997/House-BEKE``: ``data/train/train.query.tsv`` and
  ``data/test/test.query.tsv`` (tab-separated query id and text, no header), the CCF BDCI
  2020 real-estate chat data (贝壳): house buyers' messages to an agent. The agents'
  replies (``*.reply.tsv``) are not read.
- ``pengxunW/o2o_food_safety_review``: ``data/train.csv`` (tab-separated ``label``,
  ``comment``) and ``data/test_new.csv`` (``id``, ``comment``), the CCF BDCI 2020 O2O
  shop food-safety data (Meituan reviews of restaurants and take-away shops); ``label``
  1 marks a review the source judged food-safety related.

Rule:
1. Candidates: texts of 4-400 characters after collapsing whitespace.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the chat data
   repeat the platform's quick questions many times).
3. Strata (for the draw only): the bank posts by ``class`` (``neg``, ``pos``,
   ``neutral``) and the test file's posts (``test``); the house-buyer messages by a
   question cue or not; the O2O reviews by ``label`` 1 (``safety``), ``label`` 0 with a
   negative cue (``neg``) or without (``other``), and the test file's reviews (``test``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``).
Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show

SEED = 20261207

BANK = ("linkfqy/Comment-View-Extraction", "dc57a47b67c90b293a29cd73aedcca85e4dbbbf9")
BANK_FILES = ("data/train_data_public.csv", "data/test_public.csv")
BEKE = ("CCChenhao997/House-BEKE", "fa8e7d8b1d5eac06036aa6cefab189f492af0b41")
BEKE_FILES = ("data/train/train.query.tsv", "data/test/test.query.tsv")
O2O = ("pengxunW/o2o_food_safety_review", "0947faa29324270fdb8705654a1e819c554ba782")
O2O_FILES = ("data/train.csv", "data/test_new.csv")
LICENCE = {
    BANK[0]: (
        "none stated (no LICENSE file; the CCF BDCI 2021 bank-product review competition's "
        "data, forum posts, re-hosted by a third party)"
    ),
    BEKE[0]: (
        "MIT (the repository's LICENSE file, for its code); the data are the CCF BDCI 2020 "
        "real-estate chat competition's, whose own terms are not stated"
    ),
    O2O[0]: (
        "none stated (no LICENSE file; the CCF BDCI 2020 O2O food-safety competition's "
        "Meituan reviews, re-hosted by a third party)"
    ),
}
QUOTAS = {
    "bank:neg": 55,
    "bank:neutral": 35,
    "bank:pos": 25,
    "bank:test": 25,
    "beke:other": 45,
    "beke:question": 55,
    "o2o:neg": 50,
    "o2o:other": 30,
    "o2o:safety": 60,
    "o2o:test": 20,
}
QUESTION = re.compile(
    "[?？]|吗|么|嘛|多少|什么|啥|哪|怎么|怎样|如何|几|能不能|可不可以|是不是|有没有"
)
NEGATIVE = re.compile("差|难吃|慢|少|没有|没给|不|坑|失望|冷|退|漏|错|贵|咸|硬|骗|垃圾")


def bank() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every post of the bank-product data."""
    repo, commit = BANK
    for path in BANK_FILES:
        table = csv.reader(io.StringIO(show(repo, commit, path).decode("utf-8")))
        header = next(table)
        test = "class" not in header
        for row, cells in enumerate(table, start=1):
            if test:
                stratum, id_ = "bank:test", f"bankt-{cells[0]}"
            else:
                band = {"0": "neg", "1": "pos", "2": "neutral"}[cells[3]]
                stratum, id_ = f"bank:{band}", f"bank-{cells[0]}"
            yield id_, stratum, clean(cells[1]), record(repo, commit, path, row, "text")


def beke() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every house buyer's message of the chat data."""
    repo, commit = BEKE
    for path in BEKE_FILES:
        prefix = "beket" if "test" in path else "beke"
        lines = show(repo, commit, path).decode("utf-8").splitlines()
        for row, line in enumerate(lines, start=1):
            qid, _, query = line.partition("\t")
            text = clean(query)
            cue = "question" if QUESTION.search(text) else "other"
            yield (
                f"{prefix}-{qid.strip()}",
                f"beke:{cue}",
                text,
                record(repo, commit, path, row, "2"),
            )


def o2o() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the O2O food-safety data."""
    repo, commit = O2O
    train, test = O2O_FILES
    lines = show(repo, commit, train).decode("utf-8").splitlines()
    for row, line in enumerate(lines[1:], start=1):
        label, _, comment = line.partition("\t")
        text = clean(comment)
        cue = "safety" if label == "1" else "neg" if NEGATIVE.search(text) else "other"
        yield f"o2o-{row}", f"o2o:{cue}", text, record(repo, commit, train, row, "comment")
    table = csv.reader(io.StringIO(show(repo, commit, test).decode("utf-8")))
    next(table)
    for row, cells in enumerate(table, start=1):
        yield f"o2ot-{row}", "o2o:test", clean(cells[1]), record(repo, commit, test, row, "comment")


BATCH = Batch(SEED, (bank, beke, o2o), QUOTAS, LICENCE, max_chars=400, near_duplicates=True)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
