"""Rebuild the texts file of the real-text corpus from its sources (issue 13; deterministic).

Run:  python benchmarks/realtexts_texts.py [--out PATH]

``tests/data/realtexts/labels.jsonl`` carries a text only where the source's licence allows
redistribution; every other record names the row it came from (``source``: repository,
path, row, column, commit).  This script reads each such row from the fetched sources and
writes the texts file, one ``{"id", "text"}`` JSON line per record without a text, in the
order of ``labels.jsonl`` (default ``$CUSTOPS_REALTEXTS``, else
``/work/realtexts/texts.jsonl``).  It prints the texts per source repository, every record
it could not rebuild with the reason (and then exits with status 1), and the sha256 of the
file written.

The sources are read with ``realtexts_batch.show`` from ``/work/.mirror/<owner>+<name>``:
bring each repository there with the search tool's ``fetch`` (or ``git clone`` it there);
the files are read at the commits ``labels.jsonl`` names (``Meituan-Dianping/asap`` is not
needed: its texts are in ``labels.jsonl``).  A source that cannot be read is reported and
the others are still written.  The text of a row is built as
``tests/data/realtexts/README.md`` ("Rebuilding the texts file") says:

- the first two batches' sources (``SophonPlus/ChineseNlpCorpus``, ``shawnco411/ccf_bigdata``,
  ``David-YYJ/DataEngine``, ``Alucardmini/atec.github.io``): data row ``row`` (1-based,
  after the header; for the ATEC file, the row whose first field is ``row``), column
  ``column`` (for ATEC ``s1`` = the 2nd field, ``s2`` = the 3rd), byte-order marks removed
  and whitespace stripped (:func:`clean`);
- the third and later batches' sources: the text their builders (the ``BATCH`` of every
  ``realtexts_dev*.py`` script beside this one: ``realtexts_dev3.py``,
  ``realtexts_dev4.py``, ``realtexts_dev5.py``, ... ``realtexts_dev26.py``) yield for the
  row, found by its ``source`` record, whose id must be the record's.

For the 4,580 records of the first five batches it writes 4,457 texts, sha256
``185b600a…``; for the 6,180 records of the first ten, 6,057 texts, sha256 ``afa3b49e…``;
for the 6,480 records of the first eleven, 6,357 texts, sha256 ``a2a019ac…``; for the
6,780 records of the first twelve, 6,657 texts, sha256 ``0a2cb5c6…``; for the 7,080
records of the first thirteen, 6,957 texts, sha256 ``7e9a2ae1…``; for the 7,380 records of
the first fourteen, 7,257 texts, sha256 ``f4eeb516…``; for the 7,680 records of the first
fifteen, 7,557 texts, sha256 ``72bace73…``; for the 7,980 records of the first sixteen,
7,857 texts, sha256 ``191bcae6…``; for the 8,280 records of the first seventeen, 8,157
texts, sha256 ``42183473…``; for the 8,580 records of the first eighteen, 8,457 texts,
sha256 ``9ae63e94…``; for the 8,880 records of the first nineteen, 8,757 texts, sha256
``ca683d63…``; for the 9,180 records of the first twenty, 9,057 texts, sha256
``2b4eea5e…``; for the 9,480 records of the first twenty-one, 9,357 texts, sha256
``b121e802…``; for the 9,780 records of the first twenty-two, 9,657 texts, sha256
``912836b1…``; for the 10,080 records of the first twenty-three, 9,957 texts, sha256
``73f4c090…``; for the 10,320 records of the first twenty-four, 10,197 texts, sha256
``c725b7a9…``; for the 10,491 records of the first twenty-five, 10,368 texts, sha256
``24f0609e…``; for the 10,731 records of the first twenty-six, 10,608 texts, sha256
``3cd6692a…``; the checks behind those figures are in the README.

>>> clean("\\ufeff 很好的平板 ")
'很好的平板'

Standard library only; nothing here runs the classifier.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import importlib
import io
import json
import os
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the batch scripts

from realtexts_batch import LABELS, MIRRORS, Batch, Candidate, Source, show, write_jsonl

HERE = Path(__file__).resolve().parent
OUT = Path(os.environ.get("CUSTOPS_REALTEXTS") or "/work/realtexts/texts.jsonl")

#: where a text comes from: (repository, path, row, column)
Where = tuple[str, str, int, str]
#: (id the source gives the row, text) by where it comes from
Table = dict[Where, tuple[str, str]]

SOPHON = "SophonPlus/ChineseNlpCorpus"
#: the CSV files of the first two batches: (repository, path, id prefix, column, encoding)
CSV_FILES = (
    (SOPHON, "datasets/waimai_10k/waimai_10k.csv", "wm", "review", "utf-8"),
    (SOPHON, "datasets/ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv", "htl", "review", "utf-8"),
    (
        SOPHON,
        "datasets/online_shopping_10_cats/online_shopping_10_cats.zip:online_shopping_10_cats.csv",
        "os",
        "review",
        "utf-8",
    ),
    ("shawnco411/ccf_bigdata", "venv/train.csv", "ccf", "content", "utf-8"),
    ("David-YYJ/DataEngine", "car_complain.csv", "czw", "desc", "gbk"),
)
ATEC = ("Alucardmini/atec.github.io", "atec_nlp_sim_train copy.csv")


def batches(here: Path = HERE) -> tuple[Batch, ...]:
    """The ``BATCH`` of every batch script (``realtexts_dev*.py``) beside this one, by name."""
    found: list[Batch] = []
    for script in sorted(here.glob("realtexts_dev*.py")):
        batch = getattr(importlib.import_module(script.stem), "BATCH", None)
        if isinstance(batch, Batch):
            found.append(batch)
    return tuple(found)


#: the batch builders whose sources yield the texts of the third and later batches
BATCHES = batches()


def clean(text: str) -> str:
    """Byte-order marks removed, whitespace stripped."""
    return text.replace("\ufeff", "").strip()


def read(repo: str, commit: str, path: str) -> bytes:
    """The bytes of ``path`` at ``commit`` (``archive.zip:member`` names a zip member)."""
    archive, _, member = path.partition(".zip:")
    if not member:
        return show(repo, commit, path)
    return zipfile.ZipFile(io.BytesIO(show(repo, commit, f"{archive}.zip"))).read(member)


def csv_rows(repo: str, commit: str) -> Iterator[tuple[Where, tuple[str, str]]]:
    """Every data row of the first batches' CSV files of ``repo``: where, and (id, text)."""
    for name, path, prefix, column, encoding in CSV_FILES:
        if name != repo:
            continue
        table = csv.DictReader(io.StringIO(read(repo, commit, path).decode(encoding)))
        for row, cells in enumerate(table, start=1):
            yield (repo, path, row, column), (f"{prefix}-{row}", clean(cells[column] or ""))


def atec_rows(commit: str) -> Iterator[tuple[Where, tuple[str, str]]]:
    """Both questions of every ATEC pair (no header; the first field is the row number)."""
    repo, path = ATEC
    for line in read(repo, commit, path).decode("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        row = int(clean(fields[0]))
        for column, text in (("s1", fields[1]), ("s2", fields[2])):
            yield (repo, path, row, column), (f"atec-{row}-{column}", clean(text))


@functools.cache
def yielded(source: Source) -> tuple[Candidate, ...]:
    """Everything a batch builder's source yields (read once); nothing if it cannot be read."""
    try:
        return tuple(source())
    except subprocess.CalledProcessError as e:  # report, go on with the other sources
        name = getattr(source, "__name__", "a source")
        print(f"{name}: not read: {e.stderr.decode().strip()}", file=sys.stderr)
        return ()


def batch_rows(repo: str, commit: str) -> Iterator[tuple[Where, tuple[str, str]]]:
    """What the third to fifth batches' builders yield for ``repo``: where, and (id, text)."""
    for batch in BATCHES:
        if repo not in batch.licence:
            continue
        for source in batch.sources:
            for id_, _stratum, text, src in yielded(source):
                if src["repo"] == repo and src["commit"] == commit:
                    where = (repo, str(src["path"]), int(str(src["row"])), str(src["column"]))
                    yield where, (id_, text)


def known(repo: str) -> bool:
    """Whether this script can read ``repo`` (from the first batches or a batch script)."""
    return (
        repo == ATEC[0]
        or any(repo == name for name, *_ in CSV_FILES)
        or any(repo in batch.licence for batch in BATCHES)
    )


def table(repo: str, commit: str) -> Table:
    """Every row ``repo`` at ``commit`` yields, by where it comes from."""
    if repo == ATEC[0]:
        rows = atec_rows(commit)
    elif any(repo == name for name, *_ in CSV_FILES):
        rows = csv_rows(repo, commit)
    else:
        rows = batch_rows(repo, commit)
    out: Table = {}
    for where, found in rows:
        out.setdefault(where, found)  # the first row wins (ATEC row numbers are unique)
    return out


def rebuild(
    labels: Path = LABELS,
) -> tuple[list[dict[str, object]], Counter[str], list[tuple[str, str]]]:
    """The texts (``{"id", "text"}``, labels' order), the count per repository, the misses.

    A miss is ``(id, reason)``: no reader for the repository, the mirror or file absent, the
    source row absent, or it yields another id or an empty text.
    """
    records = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines()]
    tables: dict[tuple[str, str], Table] = {}
    texts: list[dict[str, object]] = []
    per_repo: Counter[str] = Counter()
    missing: list[tuple[str, str]] = []
    unread: set[tuple[str, str]] = set()
    for r in records:
        if r.get("text"):
            continue
        s = r["source"]
        repo, commit = str(s["repo"]), str(s["commit"])
        if not known(repo):
            missing.append((r["id"], f"no reader for {repo} (no batch script names it)"))
            continue
        if not (MIRRORS / repo.replace("/", "+") / "repo").exists():
            missing.append((r["id"], f"no mirror of {repo} (fetch it)"))
            continue
        if (repo, commit) not in tables:
            try:
                tables[repo, commit] = table(repo, commit)
            except subprocess.CalledProcessError as e:  # report, go on with the other sources
                why = e.stderr.decode().strip()
                print(f"{repo}@{commit[:7]}: not read: {why}", file=sys.stderr)
                unread.add((repo, commit))
                tables[repo, commit] = {}
        found = tables[repo, commit].get((repo, str(s["path"]), int(s["row"]), str(s["column"])))
        if (repo, commit) in unread:
            missing.append((r["id"], f"{repo} not read at {commit[:7]} (fetch its mirror)"))
        elif found is None:
            missing.append((r["id"], f"no row {s['row']} column {s['column']} in {s['path']}"))
        elif found[0] != r["id"]:
            missing.append((r["id"], f"the source row is {found[0]}"))
        elif not found[1]:
            missing.append((r["id"], "empty text"))
        else:
            texts.append({"id": r["id"], "text": found[1]})
            per_repo[repo] += 1
    return texts, per_repo, missing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"texts file (default {OUT})")
    args = parser.parse_args()
    texts, per_repo, missing = rebuild()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out, texts)
    for repo, n in sorted(per_repo.items()):
        print(f"  {repo:46} {n:5d}")
    print(f"missing: {len(missing)}")
    for id_, reason in missing:
        print(f"  {id_}: {reason}")
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"wrote {args.out}: {len(texts)} texts, sha256 {digest}")
    if missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
