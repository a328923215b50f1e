"""Load the real-text corpus: labels from the repository, texts from where the licence allows.

Run:  python benchmarks/realtexts.py [--split dev|test]

``tests/data/realtexts/labels.jsonl`` holds one labelled record per text (see
``docs/labelling.md`` and ``tests/data/realtexts/README.md``).  A record carries its
``text`` only when the source's licence allows redistribution; the other texts are read
from a JSON-lines file of ``{"id", "text"}`` objects named by the environment variable
``CUSTOPS_REALTEXTS`` (default: ``/work/realtexts/texts.jsonl`` when it exists).
:func:`load` merges the two and drops, with a count, the records whose text is missing:

>>> rows, missing = load_with_missing(split="dev", texts_path=Path("/nonexistent"))
>>> all(row["split"] == "dev" for row in rows), missing >= 0
(True, True)

Standard library only; nothing here runs the classifier.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "realtexts" / "labels.jsonl"
DEFAULT_TEXTS = Path("/work/realtexts/texts.jsonl")
ENV = "CUSTOPS_REALTEXTS"
SPLITS = ("dev", "test")


def texts_file() -> Path | None:
    """The texts file named by ``CUSTOPS_REALTEXTS``, else the default if it exists."""
    named = os.environ.get(ENV)
    if named:
        return Path(named)
    return DEFAULT_TEXTS if DEFAULT_TEXTS.exists() else None


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_with_missing(
    split: str | None = None,
    texts_path: Path | None = None,
    labels_path: Path = LABELS,
) -> tuple[list[dict[str, Any]], int]:
    """The records of ``split`` (all if ``None``) that have a text, and how many lack one."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"split: must be one of {SPLITS} or None, got {split!r}")
    records = [r for r in _read_jsonl(labels_path) if split is None or r["split"] == split]
    path = texts_path if texts_path is not None else texts_file()
    texts: dict[str, str] = {}
    if path is not None and path.exists():
        texts = {t["id"]: t["text"] for t in _read_jsonl(path)}
    rows: list[dict[str, Any]] = []
    missing = 0
    for record in records:
        text = record.get("text") or texts.get(record["id"])
        if text is None:
            missing += 1
            continue
        rows.append({**record, "text": text})
    return rows, missing


#: The seventh, fourteenth, twenty-third and twenty-fourth dev batches' sources (Heimao
#: consumer complaints about financial firms, scenic-spot and hotel reviews; citizens'
#: messages to a government message board, a bank's complaint work-order sentences; Meituan
#: reviews of one restaurant; app-store reviews of a browser app, Meituan reviews of
#: Guangzhou restaurants and a river cruise): measures of sources never seen, so never
#: trained on, never scored by ``--loso`` nor used to choose rules (the thirteenth batch's
#: were until the nineteenth round: ``train_classifier.DEV13_SOURCES``)
UNSEEN_SOURCES = (
    "celineyaxin/celine",
    "Alice23333/Text-Analysis-of-Online-Reviews-of-Scenic-Spots-and-Hotels",
    # the fourteenth batch (the 2020 TipDM Cup's attachment 2: citizens' messages to a
    # government message board; sentences of China Construction Bank complaint work orders)
    "694035434/Natural-language-processing-and-text-mining",
    "wuboyu88/text_classification",
    # the twenty-third batch (Meituan users' reviews of one buffet restaurant in Shantou)
    "yuhui7pm/meituan_comments_keywords_abstract",
    # the twenty-fourth batch (Huawei AppGallery users' reviews of the Microsoft Edge app;
    # Meituan users' reviews of Guangzhou restaurants and of the Pearl River night cruise)
    "zhangjinghan/app_comments",
    "NateHomles/meituanspider",
    # the twenty-fifth batch (Dianping users' reviews of one scenic spot, the Wunü Mountain
    # fortress at Huanren)
    "skipmaple/Mitchell",
    # the twenty-sixth batch (Steam users' reviews of 22 PC games, most of them complaints)
    "Lionelbug/Outils-de-Traitement-de-Corpus",
)


def load(split: str | None = None, *, with_unseen: bool = False) -> list[dict[str, Any]]:
    """The labelled records of ``split`` with their texts; reports missing texts on stderr.

    The texts of the sources kept unseen (:data:`UNSEEN_SOURCES`) are left out unless
    ``with_unseen`` is true: what a script reads, prints or lists misses of by default may
    be used to choose rules.  Only a script that reports the unseen figures alone (never
    their texts) or keeps them out itself asks for them.
    """
    rows, missing = load_with_missing(split)
    if not with_unseen:
        rows = seen(rows)
    if missing:
        print(
            f"realtexts: {missing} of {missing + len(rows)} texts missing; set {ENV} to the "
            "texts file (see tests/data/realtexts/README.md)",
            file=sys.stderr,
        )
    return rows


def seen(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` without the texts of the sources kept unseen (:data:`UNSEEN_SOURCES`): what
    may be read, printed, scored per domain or used to choose rules."""
    return [r for r in rows if r["source"]["repo"] not in UNSEEN_SOURCES]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default=None)
    args = parser.parse_args()
    rows = load(args.split)
    print(f"{len(rows)} texts")
    for (domain, kind), n in sorted(Counter((r["domain"], r["kind"]) for r in rows).items()):
        print(f"  {domain:14} {kind:13} {n:4d}")


if __name__ == "__main__":
    main()
