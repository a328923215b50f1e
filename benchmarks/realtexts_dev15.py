"""Reproduce the fifteenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev15.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used, chosen for
two businesses the corpus had few texts of: games (players' Steam reviews, in simplified
Chinese, of four PC games: an extraction shooter, a party brawler, an action RPG and a
visual novel) and employment (employees' short accounts of their employers' overtime, pay
and leave on a public blacklist).

- ``NoMatter-98/steam_reviews_collect_analysis``: ``GINKA_steam_reviews_all.csv``
  (``review_text``, the review; ``language``, only ``schinese`` and ``tchinese`` rows are
  candidates; ``recommand_or_not``, Steam's recommended or not, used only to stratify):
  Steam reviews of the visual novel GINKA collected through Steam's review API by the
  repository's author (2025). ``row`` is the 1-based CSV record after the header. The
  repository's other data file (300 reviews of another game, most in English) is not read.
- ``WSZDD/steam_review_radar``: ``steam_cache.db`` (an SQLite file, read with the standard
  library's ``sqlite3`` from a temporary copy): the cache of the repository's review
  analyser, one table ``reviews_<appid>`` per game with 100 Steam reviews each
  (``content``, the review; ``voted_up``, used only to stratify), fetched through Steam's
  review API by the repository's author (2025) for Escape from Duckov (3167020), Party
  Animals (1260320) and Black Myth: Wukong (2358720). ``row`` is the review's 1-based
  ``rowid`` in its table; the column is named ``reviews_<appid>.content``.
- ``996icu/996.ICU``: ``blacklist/README.md``, the table after the heading ``名单列表``
  (the list of companies employees report for illegal overtime; the table of companies
  taken off the list before it is not read): ``制度描述``, the 4th cell of a row, the
  contributor's description of the working hours and pay; a ``<br>`` tag is read as a
  space. ``row`` is the 1-based record of the table after its header and rule lines. The
  company, city and evidence cells are not read.

Rule:
1. Candidates: texts of 4-300 characters after collapsing whitespace, with at least two CJK
   characters (a blacklist cell that only gives a schedule code such as ``996/9106`` and an
   English review are not candidates).
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (blacklist cells
   repeat "大小周、加班"; players paste jingles). Counts at the draw: 2,126 candidates;
   none equal to a labelled text, 48 near a ``test`` text, 39 duplicates skipped.
3. Strata (for the draw only): the blacklist cells (``icu:list``); the GINKA reviews by
   Steam's recommendation (``gnk:up``, ``gnk:down``); the other three games' reviews by
   the same (``stm:up``, ``stm:down``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import realtexts_batch
from realtexts_batch import Batch, Candidate, cjk, clean, record, show

SEED = 20261228

GINKA = ("NoMatter-98/steam_reviews_collect_analysis", "19074c032ead22b4d7633f48b4cb2684a2e70acc")
GINKA_FILE = "GINKA_steam_reviews_all.csv"
RADAR = ("WSZDD/steam_review_radar", "beaebee4bc2792c1144234187f01083370595ae0")
RADAR_FILE = "steam_cache.db"
#: the games of the radar's cache, by Steam app id, in the order their tables are read
RADAR_GAMES = (3167020, 1260320, 2358720)
ICU = ("996icu/996.ICU", "f5e35f48d769bf92ed885888bfe911d3e5b5a63d")
ICU_FILE = "blacklist/README.md"
LICENCE = {
    GINKA[0]: (
        "MIT (the repository's LICENSE file, for its code); the reviews are Steam users' "
        "texts collected through Steam's review API by the repository's author"
    ),
    RADAR[0]: (
        "none stated (no LICENSE file; Steam users' reviews cached by the repository's review "
        "analyser)"
    ),
    ICU[0]: (
        "Anti-996 License 1.0 (the repository's LICENSE file, for the licensed work); the "
        "blacklist's descriptions are contributors' reports of their employers' working hours"
    ),
}
QUOTAS = {
    "icu:list": 70,
    "gnk:up": 50,
    "gnk:down": 50,
    "stm:up": 60,
    "stm:down": 70,
}


def ginka() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every Chinese review of the GINKA file."""
    repo, commit = GINKA
    table = csv.DictReader(io.StringIO(show(repo, commit, GINKA_FILE).decode("utf-8")))
    for row, cells in enumerate(table, start=1):
        if cells["language"] not in ("schinese", "tchinese"):
            continue
        text = clean(cells["review_text"] or "")
        if cjk(text) < 2:
            continue
        stratum = "gnk:up" if cells["recommand_or_not"] == "Recommended" else "gnk:down"
        yield f"gnk-{row}", stratum, text, record(repo, commit, GINKA_FILE, row, "review_text")


def radar() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every cached review of the radar's three games."""
    repo, commit = RADAR
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.db"
        path.write_bytes(show(repo, commit, RADAR_FILE))
        db = sqlite3.connect(path)
        try:
            rows = [
                (appid, row, content, up)
                for appid in RADAR_GAMES
                for row, content, up in db.execute(
                    f"SELECT rowid, content, voted_up FROM reviews_{appid} ORDER BY rowid"
                )
            ]
        finally:
            db.close()
    for appid, row, content, up in rows:
        text = clean(content or "")
        if cjk(text) < 2:
            continue
        column = f"reviews_{appid}.content"
        stratum = "stm:up" if up else "stm:down"
        yield f"stm-{appid}-{row}", stratum, text, record(repo, commit, RADAR_FILE, row, column)


def blacklist() -> Iterator[Candidate]:
    """(id, stratum, text, source) for the description of every company on the blacklist."""
    repo, commit = ICU
    lines = show(repo, commit, ICU_FILE).decode("utf-8").splitlines()
    start = lines.index("名单列表")
    rows = [line for line in lines[start:] if line.startswith("|")][2:]  # header, rule
    for row, line in enumerate(rows, start=1):
        cells = line.strip().strip("|").split("|")
        if len(cells) < 4:
            continue
        text = clean(re.sub(r"<br\s*/?>", " ", cells[3]))
        if cjk(text) < 2:
            continue
        yield f"icu-{row}", "icu:list", text, record(repo, commit, ICU_FILE, row, "制度描述")


BATCH = Batch(
    SEED,
    (ginka, radar, blacklist),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
