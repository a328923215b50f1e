"""Reproduce the eleventh batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev11.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used, chosen for
businesses and writing styles the corpus lacked or had few texts of (patients writing to
doctors on an online-consultation site; tourists' reviews on a travel community site;
restaurant owners reviewing a wholesale food-supply app), kept unseen like the sixth to
tenth batches (an unseen-source measure, not trained on).

- ``xmxoxo/Disease_class``: ``code/data/data_test.csv`` (one column, ``content``): the test
  file of the iFLYTEK 2022 triage challenge, patients' requests on the online-consultation
  site 好大夫在线 (haodf.com), anonymised by the organisers; the repository's author joined each
  request's fields with ``;`` in the order age group, complaint (主诉), condition, title and
  help wanted. ``row`` is the 1-based data row after the header (``column`` ``content``).
  The text drops the age group and any field that is ``nan``, empty or equal to a field
  kept before it, and joins the rest with ``；``. The training file (which carries the
  challenge's department labels) and the model outputs are not read.
- ``Craneagehu/mafengwo``: ``评论.csv`` (UTF-8 with a byte-order mark; ``评论内容``, the
  review; ``评分星级``, ``s-star1`` to ``s-star5``, is used only to stratify): tourists'
  reviews of Hangzhou's scenic spots (West Lake and others) on the travel site Mafengwo,
  crawled by the repository's author (2018-2019). ``row`` is the 1-based CSV record after
  the header.
- ``xiaohengdai/publicOpinionSystem``: ``data/rating.csv`` (no header; each line a star
  rating and a review, both written as Python dict literals; the ``label`` of the second
  is the review, of the first the stars, used only to stratify): App Store reviews of
  美团快驴, Meituan's app that sells food supplies to restaurants, written by the
  restaurants' buyers and owners, crawled by the repository's author (2022). ``row`` is
  the 1-based line (``column`` ``2``).

Rule:
1. Candidates: texts of 4-150 characters after collapsing whitespace.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (travel reviews
   repeat guidebook sentences, consultation requests repeat their title as the help
   wanted).
3. Strata (for the draw only): the consultation requests by a cue for earlier care
   (``CARE``: failed or ineffective treatment, several hospitals, fees: ``hdf:care``) or
   none (``hdf:other``); the travel reviews by stars (``mfw:low`` 1-3, ``mfw:high`` 4-5);
   the app reviews (``kl``, one stratum: 50 of its 52 candidates).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import ast
import csv
import io
import re
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show

SEED = 20261224

CONSULT = ("xmxoxo/Disease_class", "54e89f64417d709b8c3967cbb164f76b03bbd794")
CONSULT_FILE = "code/data/data_test.csv"
#: a request that mentions earlier care that failed, several hospitals, or fees
CARE = re.compile(
    "没效果|无效|效果不|不见好|没好|治不好|没治好|误诊|查不出|检查不出|没查出|好几家|多家医院|"
    "几个医院|很多医院|费用|多少钱|花了|贵"
)
TRAVEL = ("Craneagehu/mafengwo", "dbbf9c95f84b4bde369efa67a770d12bb92b1803")
TRAVEL_FILE = "评论.csv"
SUPPLY = ("xiaohengdai/publicOpinionSystem", "657f911502a36a1e94951df958e35848292ba1cd")
SUPPLY_FILE = "data/rating.csv"
LICENCE = {
    CONSULT[0]: (
        "none stated (no LICENSE file; the iFLYTEK 2022 triage challenge's test data, "
        "patients' requests on haodf.com, re-hosted by a participant)"
    ),
    TRAVEL[0]: (
        "none stated (no LICENSE file; tourists' reviews crawled from Mafengwo by the "
        "repository's author)"
    ),
    SUPPLY[0]: (
        "none stated (no LICENSE file; App Store reviews of a food-supply app crawled by "
        "the repository's author)"
    ),
}
QUOTAS = {
    "hdf:care": 45,
    "hdf:other": 75,
    "mfw:low": 50,
    "mfw:high": 80,
    "kl": 50,
}


def consult() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every request of the challenge's test file."""
    repo, commit = CONSULT
    table = csv.DictReader(io.StringIO(show(repo, commit, CONSULT_FILE).decode("utf-8")))
    for row, cells in enumerate(table, start=1):
        kept: list[str] = []
        for field in (cells["content"] or "").split(";")[1:]:  # the age group dropped
            field = clean(field)
            if field and field != "nan" and field not in kept:
                kept.append(field)
        text = "；".join(kept)
        stratum = "hdf:care" if CARE.search(text) else "hdf:other"
        yield (f"hdf-{row}", stratum, text, record(repo, commit, CONSULT_FILE, row, "content"))


def travel() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the travel site's file."""
    repo, commit = TRAVEL
    table = csv.DictReader(io.StringIO(show(repo, commit, TRAVEL_FILE).decode("utf-8-sig")))
    for row, cells in enumerate(table, start=1):
        stars = int((cells["评分星级"] or "s-star0").rsplit("star", 1)[-1] or 0)
        stratum = "mfw:high" if stars >= 4 else "mfw:low"
        yield (
            f"mfw-{row}",
            stratum,
            clean(cells["评论内容"] or ""),
            record(repo, commit, TRAVEL_FILE, row, "评论内容"),
        )


def supply() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review line of the app's rating file."""
    repo, commit = SUPPLY
    lines = show(repo, commit, SUPPLY_FILE).decode("utf-8").splitlines()
    for row, line in enumerate(lines, start=1):
        fields = next(csv.reader([line]))
        if len(fields) < 2:
            continue
        review = ast.literal_eval(fields[1])
        text = clean(str(review.get("label", ""))) if isinstance(review, dict) else ""
        yield (f"kl-{row}", "kl", text, record(repo, commit, SUPPLY_FILE, row, "2"))


BATCH = Batch(
    SEED,
    (consult, travel, supply),
    QUOTAS,
    LICENCE,
    max_chars=150,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
