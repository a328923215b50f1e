"""Reproduce the thirteenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev13.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used, chosen for
businesses and writing styles the corpus lacked or had few texts of (patients and their
families reviewing hospitals, in traditional Chinese; subscribers of a recipe app reviewing
it, in traditional Chinese; buyers of phones on JD.com in 2024-2025, with many one-star
reviews about price protection, heat and the shop's service), kept unseen like the sixth to
twelfth batches (an unseen-source measure, not trained on).

- ``spolo0501/LDA_hospital``: ``data/raw/taiwan/<n>_<hospital>_<count>.xlsx`` (26
  workbooks, one per hospital, ``n`` 0-25; ``2_TSGH_3511.xlsx`` has no rows; the two
  ``lda_*`` workbooks are model outputs and not read): Google Maps reviews of 25 Taiwanese
  hospitals, crawled by the repository's author (2025); ``review_text``, the review;
  ``rating`` 1-5, used only to stratify; a review Google translated (``is_translated`` 1)
  or without a CJK character is not a candidate; the owner's reply is not read. The
  workbooks are read with the standard library (``zipfile`` and ``xml.etree``). ``row`` is
  the 1-based record after the header (the sheet row less one).
- ``chiajung0001/App_reviews_crawler``: ``icook_reviews.csv`` (``review_text``; ``rating``
  1-5, used only to stratify): Google Play reviews of the Taiwanese recipe app iCook
  (愛料理), whose VIP tier is a paid subscription, crawled by the repository's author
  (2018-2019). ``row`` is the 1-based CSV record after the header.
- ``weifengchenchen/jd-phone-analysis``: five files ``Data/<phone>.csv`` (``评论内容``, the
  review; ``评分`` 1-5, used only to stratify; ``RedmiK80.csv`` and ``vivo iQOO Neo10.csv``
  are GB18030, the others UTF-8): JD.com reviews of five phones (Huawei Pura 70 Pro+, Redmi
  K80, iPhone 16 Pro Max, vivo iQOO Neo10, OnePlus Ace 5), crawled by the repository's
  author (2024-2025). JD's placeholder for a buyer who wrote nothing
  (``此用户未及时填写评价内容，系统默认评价！``) is not a candidate. ``row`` is the 1-based
  CSV record after the header.

Rule:
1. Candidates: texts of 4-300 characters after collapsing whitespace.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (JD buyers paste
   the same praise under several phones; app reviewers repeat short verdicts).
   Counts at the draw: 21,610 candidates; 17 equal to a labelled text, 608 near a ``test``
   text (most of them JD praise pasted from elsewhere), 10 duplicates skipped.
3. Strata (for the draw only): each source by stars, low 1-2 and high 3-5 for the
   hospitals (``hs:low``, ``hs:high``) and the phones (``jd:low``, ``jd:high``), low 1-3
   and high 4-5 for the recipe app (``ic:low``, ``ic:high``; three stars are few there).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

import realtexts_batch
from realtexts_batch import MIRRORS, Batch, Candidate, clean, record, show

SEED = 20261226

HOSPITALS = ("spolo0501/LDA_hospital", "d96532e3d767d885582453ba2154038f4785729a")
HOSPITALS_DIR = "data/raw/taiwan"
RECIPES = ("chiajung0001/App_reviews_crawler", "5c79a79c0ca696058acc6d2daf11911c124be31b")
RECIPES_FILE = "icook_reviews.csv"
PHONES = ("weifengchenchen/jd-phone-analysis", "3eac17d8c3c7539990ab104d9e845ae705146c52")
PHONES_FILES = {
    "hw": "Data/HUAWEI Pura 70 Pro+.csv",
    "rk": "Data/RedmiK80.csv",
    "ip": "Data/iPhone 16 Pro Max.csv",
    "iq": "Data/vivo iQOO Neo10.csv",
    "op": "Data/一加 Ace 5.csv",
}
LICENCE = {
    HOSPITALS[0]: (
        "none stated (no LICENSE file; Google Maps reviews of Taiwanese hospitals crawled by "
        "the repository's author)"
    ),
    RECIPES[0]: (
        "none stated (no LICENSE file; Google Play reviews of a recipe app crawled by the "
        "repository's author)"
    ),
    PHONES[0]: (
        "none stated (no LICENSE file; JD.com reviews of phones crawled by the repository's author)"
    ),
}
QUOTAS = {
    "hs:low": 70,
    "hs:high": 40,
    "ic:low": 45,
    "ic:high": 45,
    "jd:low": 60,
    "jd:high": 40,
}
PLACEHOLDER = "此用户未及时填写评价内容，系统默认评价！"
CJK = re.compile(r"[\u4e00-\u9fff]")
SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def stars(cell: str | None) -> int:
    """A star rating cell as an integer (0 when it is not one)."""
    cell = (cell or "").strip()
    return int(float(cell)) if re.fullmatch(r"\d(\.0)?", cell) else 0


def sheet_rows(data: bytes) -> Iterator[tuple[int, dict[str, str]]]:
    """(sheet row, {column letter: text}) for every row of an xlsx workbook's first sheet."""
    book = zipfile.ZipFile(io.BytesIO(data))
    shared: list[str] = []
    if "xl/sharedStrings.xml" in book.namelist():
        for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(SHEET + "si"):
            shared.append("".join(t.text or "" for t in item.iter(SHEET + "t")))
    sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    for row in sheet.iter(SHEET + "row"):
        cells: dict[str, str] = {}
        for cell in row.iter(SHEET + "c"):
            column = re.sub(r"\d", "", cell.get("r", ""))
            value = cell.find(SHEET + "v")
            if cell.get("t") == "s" and value is not None and value.text is not None:
                cells[column] = shared[int(value.text)]
            elif cell.get("t") == "inlineStr":
                cells[column] = "".join(t.text or "" for t in cell.iter(SHEET + "t"))
            else:
                cells[column] = value.text or "" if value is not None else ""
        yield int(row.get("r", "0")), cells


def hospital_files() -> list[str]:
    """The hospital workbooks at the batch's commit, by their leading number."""
    repo, commit = HOSPITALS
    base = MIRRORS / repo.replace("/", "+") / "repo"
    git = base / ".git" if (base / ".git").exists() else base
    listed = subprocess.run(
        ["git", "--git-dir", str(git), "ls-tree", "--name-only", commit, HOSPITALS_DIR + "/"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split()
    names = [p for p in listed if re.match(r".*/\d+_.*\.xlsx$", p)]
    return sorted(names, key=lambda p: int(p.rsplit("/", 1)[1].split("_")[0]))


def hospitals() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every untranslated review of the hospital workbooks."""
    repo, commit = HOSPITALS
    for path in hospital_files():
        n = path.rsplit("/", 1)[1].split("_")[0]
        rows = sheet_rows(show(repo, commit, path))
        first = next(rows, None)
        if first is None:  # an empty workbook
            continue
        column = {name: letter for letter, name in first[1].items()}
        for sheet_row, cells in rows:
            if cells.get(column["is_translated"], "0").strip() == "1":
                continue
            text = clean(cells.get(column["review_text"], ""))
            if not CJK.search(text):
                continue
            stratum = "hs:low" if stars(cells.get(column["rating"])) <= 2 else "hs:high"
            row = sheet_row - 1
            yield f"hs-{n}-{row}", stratum, text, record(repo, commit, path, row, "review_text")


def recipes() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the recipe app's file."""
    repo, commit = RECIPES
    table = csv.DictReader(io.StringIO(show(repo, commit, RECIPES_FILE).decode("utf-8-sig")))
    for row, cells in enumerate(table, start=1):
        stratum = "ic:low" if stars(cells["rating"]) <= 3 else "ic:high"
        yield (
            f"ic-{row}",
            stratum,
            clean(cells["review_text"] or ""),
            record(repo, commit, RECIPES_FILE, row, "review_text"),
        )


def phones() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the five phone files."""
    repo, commit = PHONES
    for key, path in PHONES_FILES.items():
        data = show(repo, commit, path)
        try:
            lines = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            lines = data.decode("gb18030")
        table = csv.reader(io.StringIO(lines))
        next(table)  # the header
        for row, cells in enumerate(table, start=1):
            if len(cells) < 2:
                continue
            text = clean(cells[1])
            if text == PLACEHOLDER:
                continue
            stratum = "jd:low" if stars(cells[0]) <= 2 else "jd:high"
            yield f"jd-{key}-{row}", stratum, text, record(repo, commit, path, row, "评论内容")


BATCH = Batch(
    SEED,
    (hospitals, recipes, phones),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
