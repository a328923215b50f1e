"""What the ``realtexts_dev3/4/5.py`` batch scripts share (issue 13; deterministic).

Each batch script names its sources, quotas, seed and licences in a :class:`Batch`; this
module does the rest, the same way for every batch. A script's command line
(:func:`main`) is ``[--write OUTDIR] [--kappa FILE]``: it prints the counts (stderr) and the
drawn ids in labelling order (stdout); ``--write OUTDIR`` also writes ``order.jsonl``
(``n``, ``id``, ``text``: what the labeller reads), ``strata.jsonl`` (``id``, ``stratum``,
``source``, ``licence``: kept apart from the labelling) and ``kappa.jsonl`` (the texts for
a second, blind labelling); ``--kappa FILE`` writes the kappa sample to FILE as well.

The sources are read with :func:`show` from ``/work/.mirror/<owner>+<name>``: bring each
there with the search tool's ``fetch`` (or ``git clone`` it there); the files are read at
the commits the script names with ``git show``.

The rule:

1. Candidates: every ``(id, stratum, text, source)`` a source yields whose text has
   ``min_chars`` to ``max_chars`` characters.
2. Exclusions (counted): an id already in ``labels.jsonl``; a normalised form (:func:`key`)
   equal to a labelled text's (both splits, without the batch's own rows, texts from
   ``$CUSTOPS_REALTEXTS`` or ``/work/realtexts/texts.jsonl``); a text :func:`near` a
   ``test`` text (sharing at least half of its character 3-grams with one, or holding at
   least half of one's); and duplicates (the same normalised form drawn already or, with
   ``near_duplicates``, sharing half of the 3-grams of a text drawn already, either way).
3. Each stratum is sorted by id, shuffled with ``random.Random(f"{seed}:{stratum}")`` and
   taken in order up to its quota (strata in sorted order).
4. All drawn texts are shuffled with ``random.Random(seed)`` into the labelling order; the
   kappa sample is ``random.Random(seed + 1).sample`` of ``kappa`` drawn ids.

>>> key("Hello, 世界 42!")
'hello世界42'
>>> sorted(grams("abcd"))
['abc', 'bcd']
>>> clean("  a\\n\\t b  ")
'a b'

Standard library only.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

MIRRORS = Path("/work/.mirror")
ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "realtexts" / "labels.jsonl"
TEXTS = Path(os.environ.get("CUSTOPS_REALTEXTS", "/work/realtexts/texts.jsonl"))

#: (id, stratum, text, source record) for one candidate text
Candidate = tuple[str, str, str, dict[str, object]]
#: a function yielding a batch source's candidates
Source = Callable[[], Iterator[Candidate]]


@dataclass(frozen=True)
class Batch:
    """One batch's own choices: its seed, sources, quotas, licences and length bounds."""

    seed: int
    sources: tuple[Source, ...]
    quotas: Mapping[str, int]
    #: licence wording by source repository; its keys are also the batch's own repositories
    licence: Mapping[str, str]
    max_chars: int
    #: skip a text sharing half of the 3-grams of one drawn already (else only equal forms)
    near_duplicates: bool
    min_chars: int = 4
    kappa: int = 100


def show(repo: str, commit: str, path: str) -> bytes:
    """The bytes of ``path`` at ``commit`` in the fetched mirror of ``repo``."""
    base = MIRRORS / repo.replace("/", "+") / "repo"
    git = base / ".git" if (base / ".git").exists() else base
    done = subprocess.run(
        ["git", "--git-dir", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True
    )
    return done.stdout


def key(text: str) -> str:
    """The normalised form: letters, digits and CJK characters, lower case."""
    return "".join(ch.lower() for ch in text if ch.isalnum())


def grams(k: str) -> set[str]:
    """The character 3-grams of a normalised form (the form itself when shorter)."""
    return {k[i : i + 3] for i in range(len(k) - 2)} or {k}


def clean(text: str) -> str:
    """Whitespace runs collapsed to one space, ends stripped."""
    return re.sub(r"\s+", " ", text).strip()


def cjk(text: str) -> int:
    """The number of CJK characters in ``text`` (a candidate's rule: at least two).

    >>> cjk("996/9106"), cjk("大小周、加班"), cjk("Great flight!"), cjk("服務很好")
    (0, 5, 0, 4)
    """
    return len(re.findall(r"[\u3400-\u9fff]", text))


def record(repo: str, commit: str, path: str, row: int, column: str) -> dict[str, object]:
    """Where a text comes from: repository, path, row, column and commit."""
    return {"repo": repo, "path": path, "row": row, "column": column, "commit": commit}


def labelled(
    own: Mapping[str, object], labels: Path = LABELS, texts_file: Path = TEXTS
) -> tuple[set[str], list[set[str]], set[str]]:
    """Normalised forms of every labelled text, 3-gram sets of the test texts, and ids.

    Rows whose source repository is in ``own`` (the batch's own rows, added after its draw)
    are left out.
    """
    texts: dict[str, str] = {}
    if texts_file.exists():
        for line in texts_file.read_text(encoding="utf-8").splitlines():
            t = json.loads(line)
            texts[t["id"]] = t["text"]
    forms: set[str] = set()
    test: list[set[str]] = []
    ids: set[str] = set()
    for line in labels.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["source"]["repo"] in own:
            continue
        ids.add(r["id"])
        text = r.get("text") or texts.get(r["id"])
        if text is None:
            continue
        forms.add(key(text))
        if r["split"] == "test":
            test.append(grams(key(text)))
    return forms, test, ids


def near(g: set[str], owner: dict[str, set[int]], sizes: list[int]) -> bool:
    """Whether 3-grams ``g`` share at least half of theirs, or of an indexed set's, with one.

    ``owner`` maps a 3-gram to the indexes of the sets holding it, ``sizes`` their sizes.

    >>> near({"abc", "bcd"}, {"abc": {0}}, [4])
    True
    >>> near({"abc", "bcd", "cde"}, {"abc": {0}}, [4])
    False
    """
    shared: dict[int, int] = {}
    for s in g:
        for n in owner.get(s, ()):
            shared[n] = shared.get(n, 0) + 1
    return any(c * 2 >= len(g) or c * 2 >= sizes[n] for n, c in shared.items())


def draw(batch: Batch) -> tuple[list[dict[str, object]], dict[str, int]]:
    """The drawn texts in labelling order and the counts (candidates, exclusions, draws)."""
    forms, test, ids = labelled(batch.licence)
    owner: dict[str, set[int]] = {}
    for n, g in enumerate(test):
        for s in g:
            owner.setdefault(s, set()).add(n)
    sizes = [len(g) for g in test]
    counts = {"candidates": 0, "labelled_id": 0, "equal_labelled": 0, "near_test": 0}
    strata: dict[str, list[tuple[str, str, dict[str, object]]]] = {}
    for source in batch.sources:
        for id_, stratum, text, src in source():
            if not batch.min_chars <= len(text) <= batch.max_chars:
                continue
            counts["candidates"] += 1
            k = key(text)
            if id_ in ids:
                counts["labelled_id"] += 1
            elif k in forms:
                counts["equal_labelled"] += 1
            elif near(grams(k), owner, sizes):
                counts["near_test"] += 1
            else:
                strata.setdefault(stratum, []).append((id_, text, src))
    drawn: list[dict[str, object]] = []
    seen: set[str] = set()
    taken_owner: dict[str, set[int]] = {}
    taken_sizes: list[int] = []
    counts["duplicates_skipped"] = 0
    for stratum in sorted(batch.quotas):
        members = sorted(strata.get(stratum, []), key=lambda m: m[0])
        random.Random(f"{batch.seed}:{stratum}").shuffle(members)
        taken = 0
        for id_, text, src in members:
            if taken == batch.quotas[stratum]:
                break
            if batch.near_duplicates:
                g = grams(key(text))
                if near(g, taken_owner, taken_sizes):
                    counts["duplicates_skipped"] += 1
                    continue
                for s in g:
                    taken_owner.setdefault(s, set()).add(len(taken_sizes))
                taken_sizes.append(len(g))
            else:
                k = key(text)
                if k in seen:
                    counts["duplicates_skipped"] += 1
                    continue
                seen.add(k)
            taken += 1
            drawn.append(
                {
                    "id": id_,
                    "text": text,
                    "stratum": stratum,
                    "source": src,
                    "licence": batch.licence[str(src["repo"])],
                }
            )
        counts[f"drawn {stratum}"] = taken
    random.Random(batch.seed).shuffle(drawn)
    return drawn, counts


def kappa_sample(batch: Batch, drawn: list[dict[str, object]]) -> list[dict[str, object]]:
    """The texts for the blind second labelling (``{"id", "text"}``)."""
    sample = random.Random(batch.seed + 1).sample([str(d["id"]) for d in drawn], batch.kappa)
    text = {str(d["id"]): str(d["text"]) for d in drawn}
    return [{"id": id_, "text": text[id_]} for id_ in sample]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    """Write ``rows`` to ``path``, one JSON object (non-ASCII kept) a line."""
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(batch: Batch, argv: Sequence[str] | None = None) -> None:
    """The batch scripts' command line: ``[--write OUTDIR] [--kappa FILE]``.

    Prints the counts (stderr) and the drawn ids in labelling order (stdout); ``--write``
    writes ``order.jsonl``, ``strata.jsonl`` and ``kappa.jsonl`` to OUTDIR, ``--kappa``
    the kappa sample to FILE as well.
    """
    args = list(sys.argv if argv is None else argv)
    drawn, counts = draw(batch)
    for name, n in counts.items():
        print(f"{name}: {n}", file=sys.stderr)
    print(f"drawn: {len(drawn)}", file=sys.stderr)
    for d in drawn:
        print(d["id"])
    kappa = kappa_sample(batch, drawn)
    if "--kappa" in args:
        write_jsonl(Path(args[args.index("--kappa") + 1]), kappa)
    if "--write" in args:
        out = Path(args[args.index("--write") + 1])
        out.mkdir(parents=True, exist_ok=True)
        order: list[dict[str, object]] = [
            {"n": n, "id": d["id"], "text": d["text"]} for n, d in enumerate(drawn, start=1)
        ]
        write_jsonl(out / "order.jsonl", order)
        write_jsonl(
            out / "strata.jsonl",
            [{k: d[k] for k in ("id", "stratum", "source", "licence")} for d in drawn],
        )
        write_jsonl(out / "kappa.jsonl", kappa)
