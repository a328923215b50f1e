"""Reproduce the third batch of new ``dev`` texts (issue 13, data3; deterministic).

Run:  python benchmarks/realtexts_dev3.py [--write OUTDIR]

Prints the counts and the drawn ids in labelling order; ``--write OUTDIR`` also writes
``order.jsonl`` (``n``, ``id``, ``text``: what the labeller reads), ``strata.jsonl``
(``id``, ``stratum``, ``source``, ``licence``: kept apart from the labelling) and
``kappa.jsonl`` (the 100 texts for a second, blind labelling).

Sources: three public repositories that no earlier batch used. Bring each to
``/work/.mirror/<owner>+<name>`` with the search tool's ``fetch`` (or ``git clone`` it
there); the script reads the files at the commits below with ``git show``.

- ``SB233/stc3-dataset`` (NTCIR-14 STC-3): Chinese customer-helpdesk dialogues crawled
  from Weibo (``data.zip``, members ``data/train_data_cn.json`` and
  ``data/test_data_cn.json``); every ``customer`` turn is a candidate, its utterances
  joined.
- ``cooelf/DeepUtteranceAggregation`` (E-commerce Dialogue Corpus sample): Taobao
  customer-service sessions (``ECD_sample/{train,valid,test}``: label, context
  utterances, response, tab-separated, words separated by spaces). The response is the
  agent's, so the customer's turns are the last context utterance and every second one
  before it; the text is the utterance with the spaces removed.
- ``wangerjing/wwww`` @ ``99fdce1`` (a copy of the AI Challenger 2018 validation set of
  Dianping restaurant reviews): ``sentiment_analysis_validationset.csv`` (GB18030,
  column ``content``).

Rule:
1. Candidates: texts of 4-300 characters after stripping whitespace (and, for the
   Dianping copy, the quotes the file wraps around each review).
2. Exclusions (counted and printed):
   a. the normalised form (letters, digits and CJK only, lower case) equals a labelled
      text's (``labels.jsonl``, both splits, without this batch's own rows; texts from
      ``$CUSTOPS_REALTEXTS`` or ``/work/realtexts/texts.jsonl``);
   b. near a ``test`` text: it shares at least half of its character 3-grams with one,
      or holds at least half of one's (test texts are read for this check only);
   c. duplicates (the same normalised form drawn already).
3. Strata: STC-3 by the company the dialogue addresses (telecom: 电信/联通/移动/10086/
   10010/宽带 in the first customer turn; other) and by the turn (the first customer turn
   or a later one); ECD one stratum; Dianping one stratum (its only label column,
   ``location_traffic_convenience``, says nothing about the kind of text). Each stratum
   is sorted by id, shuffled with ``random.Random(f"{SEED}:{stratum}")`` and taken in
   order up to its quota.
4. All drawn texts are shuffled with ``random.Random(SEED)`` into the labelling order;
   the kappa sample is ``random.Random(SEED + 1).sample`` of 100 drawn ids.
Standard library only.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

SEED = 20261203
MIRRORS = Path("/work/.mirror")
ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "realtexts" / "labels.jsonl"
TEXTS = Path(os.environ.get("CUSTOPS_REALTEXTS", "/work/realtexts/texts.jsonl"))

STC3 = ("SB233/stc3-dataset", "90da527709dab26a4912a70746c09da06518d46b")
ECD = ("cooelf/DeepUtteranceAggregation", "f2e15d6600ccda0db32eee98b2ca67c322071964")
AIC = ("wangerjing/wwww", "99fdce1ac36418d7bc2acf662d655a38cae3d65a")
LICENCE = {
    STC3[0]: "none stated (no LICENSE file; NTCIR-14 STC-3 task data, crawled from Weibo)",
    ECD[0]: "none stated (no LICENSE file; the README releases the corpus for research)",
    AIC[0]: "none stated (no LICENSE file; AI Challenger 2018 data re-hosted by a third party)",
}
QUOTAS = {
    "stc3:telecom:first": 125,
    "stc3:telecom:later": 60,
    "stc3:other:first": 105,
    "stc3:other:later": 40,
    "ecd": 165,
    "dianping": 125,
}
TELECOM = re.compile(r"电信|联通|移动|10086|10010|宽带")
KAPPA = 100


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
    return {k[i : i + 3] for i in range(len(k) - 2)} or {k}


def record(repo: str, commit: str, path: str, row: int, column: str) -> dict[str, object]:
    return {"repo": repo, "path": path, "row": row, "column": column, "commit": commit}


def stc3() -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, stratum, text, source) for every customer turn of STC-3 (Chinese)."""
    repo, commit = STC3
    archive = zipfile.ZipFile(io.BytesIO(show(repo, commit, "data.zip")))
    for member in ("data/train_data_cn.json", "data/test_data_cn.json"):
        dialogues = json.loads(archive.read(member).decode("utf-8"))
        for row, dialogue in enumerate(dialogues, start=1):
            turns = dialogue["turns"]
            first = "".join(turns[0]["utterances"]) if turns else ""
            company = "telecom" if TELECOM.search(first) else "other"
            for t, turn in enumerate(turns):
                if turn["sender"] != "customer":
                    continue
                text = "".join(u.strip() for u in turn["utterances"]).strip()
                where = "first" if t == 0 else "later"
                yield (
                    f"stc3-{dialogue['id']}-t{t}",
                    f"stc3:{company}:{where}",
                    text,
                    record(repo, commit, f"data.zip:{member}", row, f"turns[{t}].utterances"),
                )


def ecd() -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, stratum, text, source) for every customer utterance of the ECD sample."""
    repo, commit = ECD
    for name in ("train", "valid", "test"):
        lines = show(repo, commit, f"ECD_sample/{name}").decode("utf-8").splitlines()
        for row, line in enumerate(lines, start=1):
            fields = line.split("\t")
            context = fields[1:-1]  # fields[0] is the label, fields[-1] the agent's response
            for u in range(len(context) - 1, -1, -2):
                text = "".join(context[u].split())
                yield (
                    f"ecd-{name}-{row}-u{u + 1}",
                    "ecd",
                    text,
                    record(repo, commit, f"ECD_sample/{name}", row, f"utterance {u + 1}"),
                )


def dianping() -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, stratum, text, source) for every review of the Dianping copy."""
    repo, commit = AIC
    path = "sentiment_analysis_validationset.csv"
    table = csv.reader(io.StringIO(show(repo, commit, path).decode("gb18030")))
    next(table)
    for row, cells in enumerate(table, start=1):
        text = cells[0].strip().strip('"').strip()
        yield f"dp-{row}", "dianping", text, record(repo, commit, path, row, "content")


def labelled() -> tuple[set[str], list[set[str]], set[str]]:
    """Normalised forms of every labelled text, 3-gram sets of the test texts, and ids."""
    texts: dict[str, str] = {}
    if TEXTS.exists():
        for line in TEXTS.read_text(encoding="utf-8").splitlines():
            t = json.loads(line)
            texts[t["id"]] = t["text"]
    forms: set[str] = set()
    test: list[set[str]] = []
    ids: set[str] = set()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["source"]["repo"] in LICENCE:  # this batch's own rows, added after the draw
            continue
        ids.add(r["id"])
        text = r.get("text") or texts.get(r["id"])
        if text is None:
            continue
        forms.add(key(text))
        if r["split"] == "test":
            test.append(grams(key(text)))
    return forms, test, ids


def near_test(g: set[str], owner: dict[str, set[int]], sizes: list[int]) -> bool:
    shared: dict[int, int] = {}
    for s in g:
        for n in owner.get(s, ()):
            shared[n] = shared.get(n, 0) + 1
    return any(c * 2 >= len(g) or c * 2 >= sizes[n] for n, c in shared.items())


def draw() -> tuple[list[dict[str, object]], dict[str, int]]:
    forms, test, ids = labelled()
    owner: dict[str, set[int]] = {}
    for n, g in enumerate(test):
        for s in g:
            owner.setdefault(s, set()).add(n)
    sizes = [len(g) for g in test]
    counts = {"candidates": 0, "labelled_id": 0, "equal_labelled": 0, "near_test": 0}
    strata: dict[str, list[tuple[str, str, dict[str, object]]]] = {}
    for source in (stc3, ecd, dianping):
        for id_, stratum, text, src in source():
            if not 4 <= len(text) <= 300:
                continue
            counts["candidates"] += 1
            k = key(text)
            if id_ in ids:
                counts["labelled_id"] += 1
            elif k in forms:
                counts["equal_labelled"] += 1
            elif near_test(grams(k), owner, sizes):
                counts["near_test"] += 1
            else:
                strata.setdefault(stratum, []).append((id_, text, src))
    drawn: list[dict[str, object]] = []
    seen: set[str] = set()
    counts["duplicates_skipped"] = 0
    for stratum in sorted(QUOTAS):
        members = sorted(strata.get(stratum, []), key=lambda m: m[0])
        random.Random(f"{SEED}:{stratum}").shuffle(members)
        taken = 0
        for id_, text, src in members:
            if taken == QUOTAS[stratum]:
                break
            k = key(text)
            if k in seen:
                counts["duplicates_skipped"] += 1
                continue
            seen.add(k)
            taken += 1
            repo = str(src["repo"])
            drawn.append(
                {
                    "id": id_,
                    "text": text,
                    "stratum": stratum,
                    "source": src,
                    "licence": LICENCE[repo],
                }
            )
        counts[f"drawn {stratum}"] = taken
    random.Random(SEED).shuffle(drawn)
    return drawn, counts


def main() -> None:
    drawn, counts = draw()
    for name, n in counts.items():
        print(f"{name}: {n}", file=sys.stderr)
    print(f"drawn: {len(drawn)}", file=sys.stderr)
    for d in drawn:
        print(d["id"])
    if "--write" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--write") + 1])
        out.mkdir(parents=True, exist_ok=True)
        with (out / "order.jsonl").open("w", encoding="utf-8") as f:
            for n, d in enumerate(drawn, start=1):
                f.write(json.dumps({"n": n, "id": d["id"], "text": d["text"]}, ensure_ascii=False))
                f.write("\n")
        with (out / "strata.jsonl").open("w", encoding="utf-8") as f:
            for d in drawn:
                row = {k: d[k] for k in ("id", "stratum", "source", "licence")}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        sample = random.Random(SEED + 1).sample([str(d["id"]) for d in drawn], KAPPA)
        text = {str(d["id"]): d["text"] for d in drawn}
        with (out / "kappa.jsonl").open("w", encoding="utf-8") as f:
            for id_ in sample:
                f.write(json.dumps({"id": id_, "text": text[id_]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
