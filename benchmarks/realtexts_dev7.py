"""Reproduce the seventh batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev7.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: two public repositories that no earlier batch (and no weak set) used, chosen
for forms and domains the corpus lacked (a consumer-complaint platform; tourist reviews
of scenic spots), kept unseen like the sixth batch (an unseen-source measure, not
trained on).

- ``celineyaxin/celine``: ``server/process_category/{train,dev,test}.csv`` (no header;
  two fields, the text and a label 0-5), complaints about banks, lenders, card issuers and
  insurers posted on the Heimao consumer-complaint platform (黑猫投诉), with the
  repository's own label of the process the complaint concerns (0 debt collection,
  1 other, 2 contract terms, 3 pricing and fees, 4 customer service, 5 marketing).
  ``row`` is the 1-based CSV record of the file.
- ``Alice23333/Text-Analysis-of-Online-Reviews-of-Scenic-Spots-and-Hotels``: the
  per-place files ``data/第2问/第2问情感分析结果/A<n>gbk.csv`` (scenic spots) and
  ``H<n>gbk.csv`` (hotels), GB18030, column ``评论内容`` (the tourist's review; the other
  columns are the repository's own analysis and are not read): online reviews of 50
  scenic spots and 50 hotels, names masked as ``A01``-``A50`` and ``H01``-``H50``.
  ``row`` is the 1-based data row after the header.

Rule:
1. Candidates: texts of 4-400 characters after collapsing whitespace.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the review files
   repeat copied reviews).
3. Strata (for the draw only): the complaints by the repository's label
   (``collection``, ``other``, ``contract``, ``fees``, ``service``, ``marketing``); the
   scenic-spot and hotel reviews by a negative cue (``neg``) or not (``other``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import MIRRORS, Batch, Candidate, clean, record, show

SEED = 20261214

HEIMAO = ("celineyaxin/celine", "7cb5174a1789da849d953a302ec8900d1b2967d8")
HEIMAO_FILES = (
    ("server/process_category/train.csv", "hmtr"),
    ("server/process_category/dev.csv", "hmdv"),
    ("server/process_category/test.csv", "hmte"),
)
HEIMAO_LABEL = {
    "0": "collection",
    "1": "other",
    "2": "contract",
    "3": "fees",
    "4": "service",
    "5": "marketing",
}
TOUR = (
    "Alice23333/Text-Analysis-of-Online-Reviews-of-Scenic-Spots-and-Hotels",
    "b36c42e259ec4ba044d7b794a0def5eaaf5e6c1f",
)
TOUR_DIR = "data/第2问/第2问情感分析结果"
LICENCE = {
    HEIMAO[0]: (
        "none stated (no LICENSE file; Heimao (黑猫投诉) consumer complaints about "
        "financial firms, collected by a third party)"
    ),
    TOUR[0]: (
        "none stated (no LICENSE file; online reviews of scenic spots and hotels, "
        "re-hosted by a third party)"
    ),
}
QUOTAS = {
    "heimao:collection": 25,
    "heimao:contract": 25,
    "heimao:fees": 25,
    "heimao:marketing": 25,
    "heimao:other": 25,
    "heimao:service": 25,
    "hotel:neg": 30,
    "hotel:other": 20,
    "scenic:neg": 55,
    "scenic:other": 45,
}
NEGATIVE = re.compile(
    "差|不好|一般|失望|坑|贵|脏|乱|排队|慢|不值|少|没有|不行|垃圾|态度|骗|退|投诉|"
    "不会再|旧|吵|臭|不能|无法|太多|挤|难"
)


def heimao() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every complaint of the Heimao files."""
    repo, commit = HEIMAO
    for path, prefix in HEIMAO_FILES:
        table = csv.reader(io.StringIO(show(repo, commit, path).decode("utf-8")))
        for row, cells in enumerate(table, start=1):
            stratum = f"heimao:{HEIMAO_LABEL[cells[1].strip()]}"
            yield f"{prefix}-{row}", stratum, clean(cells[0]), record(repo, commit, path, row, "1")


def tour_files() -> list[str]:
    """The per-place review files (``A<n>gbk.csv``, ``H<n>gbk.csv``), in name order."""
    repo, commit = TOUR
    base = MIRRORS / repo.replace("/", "+") / "repo"
    git = base / ".git" if (base / ".git").exists() else base
    done = subprocess.run(
        ["git", "--git-dir", str(git), "ls-tree", "-z", "--name-only", f"{commit}:{TOUR_DIR}"],
        capture_output=True,
        check=True,
    )
    names = [n.decode("utf-8") for n in done.stdout.split(b"\0") if n]
    return sorted(f"{TOUR_DIR}/{n}" for n in names if re.fullmatch(r"[AH]\d+gbk\.csv", n))


def tour() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the scenic-spot and hotel files."""
    repo, commit = TOUR
    for path in tour_files():
        table = csv.reader(io.StringIO(show(repo, commit, path).decode("gb18030")))
        header = next(table)
        column = header.index("评论内容")
        kind = "scenic" if path.rsplit("/", 1)[1].startswith("A") else "hotel"
        prefix = "gzs" if kind == "scenic" else "gzh"
        for row, cells in enumerate(table, start=1):
            text = clean(cells[column])
            cue = "neg" if NEGATIVE.search(text) else "other"
            yield (
                f"{prefix}-{cells[0].strip()}-{row}",
                f"{kind}:{cue}",
                text,
                record(repo, commit, path, row, "评论内容"),
            )


BATCH = Batch(SEED, (heimao, tour), QUOTAS, LICENCE, max_chars=400, near_duplicates=True, kappa=60)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
