"""Build the weakly-labelled training texts of the classifier's learned kind layer.

Run:  python benchmarks/weak_corpus.py [--out PATH]

The public sentiment corpora the real texts were drawn from (``SophonPlus/ChineseNlpCorpus``
@ ``a0b781d``: ``waimai_10k``, ``ChnSentiCorp_htl_all``, ``online_shopping_10_cats``; no
licence stated; and the CCF BDCI 2018 car-forum posts of ``shawnco411/ccf_bigdata`` @
``0f9018f``, GPL-3.0; see ``tests/data/realtexts/README.md``) hold tens of thousands of
further texts, each with the source's own sentiment label.  A positive review is read
as praise, a negative one as a complaint, an all-neutral forum post as nothing to
handle: *weak* labels (some positive reviews are chit-chat, some negative posts talk
about a third party), used only to train the kind model (``train_classifier.py
--weak-weight``), never to measure.

Excluded: every text of the labelled corpus (``tests/data/realtexts/labels.jsonl``, dev
*and* test) by id, by normalised text (Chinese characters, letters and digits only), and
its near-duplicates (a weak text sharing half of its 6-character shingles with a
labelled text, or holding half of a labelled text's).  The output stays outside the
repository (default ``/work/realtexts/weak.jsonl``): one JSON line per text with ``id``,
``domain``, ``label`` (``praise`` or ``complaint``), ``source`` (repository, path, row,
column, commit), ``licence`` and ``text``.  Needs a git snapshot of the corpus under
``/work/.mirror/SophonPlus+ChineseNlpCorpus/repo`` (or ``--mirror``).  Standard library
only.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realtexts import load

REPO = "SophonPlus/ChineseNlpCorpus"
COMMIT = "a0b781d72158bde242c0626c9e354d2b328865ff"
MIRROR = Path("/work/.mirror/SophonPlus+ChineseNlpCorpus/repo")
OUT = Path("/work/realtexts/weak.jsonl")
SHINGLE = 6
CCF_MIRROR = "shawnco411+ccf_bigdata/repo"
CCF_COMMIT = "0f9018f190771542c6bb694cd9a6d75ac57ef8d6"
CCF_PATH = "venv/train.csv"
CCF_SOURCE = (
    "shawnco411/ccf_bigdata",
    CCF_COMMIT,
    "content",
    "GPL-3.0 (the repository's LICENSE file; the data are the CCF BDCI 2018 competition's, "
    "whose own terms are not stated)",
)
#: the source's label → the weak kind
LABELS = {
    "0": "complaint",
    "1": "praise",
    "ccf-1": "complaint",
    "ccf0": "no_action",
    "ccf1": "praise",
}
#: online_shopping_10_cats category → domain (all ten: the hotel reviews are hotels too)
DOMAINS = {
    "书籍": "books",
    "平板": "electronics",
    "手机": "electronics",
    "计算机": "electronics",
    "衣服": "clothing",
    "水果": "groceries",
    "蒙牛": "groceries",
    "洗发水": "personal_care",
    "热水器": "appliances",
    "酒店": "hotel",
}


def key(text: str) -> str:
    """The normalised text: Chinese characters, letters and digits, lower case."""
    return "".join(ch.lower() for ch in text if ch.isalnum())


def shingles(k: str) -> set[str]:
    return {k[i : i + SHINGLE] for i in range(len(k) - SHINGLE + 1)}


def show(mirror: Path, path: str, commit: str = COMMIT) -> bytes:
    git = mirror / ".git" if (mirror / ".git").exists() else mirror
    done = subprocess.run(
        ["git", "--git-dir", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True
    )
    return done.stdout


def rows(mirror: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    def add(
        prefix: str,
        domain: str,
        path: str,
        row: int,
        text: str,
        label: str,
        group: str,
        source: tuple[str, str, str, str] = (REPO, COMMIT, "review", "none stated"),
    ) -> None:
        text = text.replace("\ufeff", "").strip()
        if not 4 <= len(text) <= 300 or label not in LABELS:
            return
        repo, commit, column, licence = source
        out.append(
            {
                "id": f"{prefix}-{row}",
                "domain": domain,
                "group": group,
                "label": LABELS[label],
                "source": {
                    "repo": repo,
                    "path": path,
                    "row": row,
                    "column": column,
                    "commit": commit,
                },
                "licence": licence,
                "text": text,
            }
        )

    p = "datasets/waimai_10k/waimai_10k.csv"
    for i, r in enumerate(csv.DictReader(io.StringIO(show(mirror, p).decode("utf-8"))), 1):
        add("wm", "food_delivery", p, i, r["review"] or "", r["label"], "waimai")
    p = "datasets/ChnSentiCorp_htl_all/ChnSentiCorp_htl_all.csv"
    for i, r in enumerate(csv.DictReader(io.StringIO(show(mirror, p).decode("utf-8"))), 1):
        add("htl", "hotel", p, i, r["review"] or "", r["label"], "hotel")
    p = "datasets/online_shopping_10_cats/online_shopping_10_cats.zip"
    inner = "online_shopping_10_cats.csv"
    z = zipfile.ZipFile(io.BytesIO(show(mirror, p)))
    reader = csv.DictReader(io.StringIO(z.read(inner).decode("utf-8")))
    for i, r in enumerate(reader, 1):
        if r["cat"] in DOMAINS:
            text, label = r["review"] or "", r["label"]
            add("os", DOMAINS[r["cat"]], f"{p}:{inner}", i, text, label, r["cat"])
    # CCF BDCI 2018 car-forum posts: one per distinct content (its first row), labelled
    # by its aspects' sentiments: any negative → complaint, else any positive → praise,
    # else (all neutral: forum talk addressed to no company) → nothing to handle
    first: dict[str, int] = {}
    sentiments: dict[str, set[str]] = {}
    ccf_mirror = mirror.parent.parent / CCF_MIRROR
    text = show(ccf_mirror, CCF_PATH, CCF_COMMIT).decode("utf-8")
    for i, r in enumerate(csv.DictReader(io.StringIO(text)), 1):
        first.setdefault(r["content"], i)
        sentiments.setdefault(r["content"], set()).add(r["sentiment_value"])
    for content, i in first.items():
        s = sentiments[content]
        label = "-1" if "-1" in s else ("1" if "1" in s else "0")
        add("ccf", "cars", CCF_PATH, i, content, "ccf" + label, "ccf", CCF_SOURCE)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    args = parser.parse_args()
    labelled = load()  # dev and test: none of them, nor a near-copy, may be trained on
    ids = {r["id"] for r in labelled}
    keys = {key(r["text"]) for r in labelled}
    owner: dict[str, set[int]] = {}
    sizes: list[int] = []
    for n, r in enumerate(labelled):
        sh = shingles(key(r["text"]))
        sizes.append(len(sh))
        for s in sh:
            owner.setdefault(s, set()).add(n)
    dropped: Counter[str] = Counter()
    seen: set[str] = set()
    kept = []
    for r in rows(args.mirror):
        k = key(str(r["text"]))
        if r["id"] in ids:
            dropped["labelled id"] += 1
            continue
        if len(k) < 2 or k in keys:
            dropped["labelled text" if k in keys else "empty"] += 1
            continue
        if k in seen:
            dropped["duplicate"] += 1
            continue
        sh = shingles(k)
        shared: Counter[int] = Counter()
        for s in sh:
            for n in owner.get(s, ()):
                shared[n] += 1
        if any(c * 2 >= len(sh) or c * 2 >= sizes[n] for n, c in shared.items()):
            dropped["near-duplicate"] += 1
            continue
        seen.add(k)
        kept.append(r)
    with args.out.open("w", encoding="utf-8") as f:
        for r in kept:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter((str(r["group"]), str(r["label"])) for r in kept)
    print(f"wrote {args.out}: {len(kept)} texts; dropped {dict(dropped)}")
    for (domain, label), n in sorted(by.items()):
        print(f"  {domain:14} {label:9} {n:6d}")


if __name__ == "__main__":
    main()
