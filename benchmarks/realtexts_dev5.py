"""Reproduce the fifth batch of new ``dev`` texts (issue 13, data5; deterministic).

Run:  python benchmarks/realtexts_dev5.py [--write OUTDIR] [--kappa FILE]

Prints the counts and the drawn ids in labelling order; ``--write OUTDIR`` also writes
``order.jsonl`` (``n``, ``id``, ``text``: what the labeller reads), ``strata.jsonl``
(``id``, ``stratum``, ``source``, ``licence``: kept apart from the labelling) and
``kappa.jsonl`` (the 100 texts for a second, blind labelling); ``--kappa FILE`` writes
the kappa sample to FILE as well.

Sources: three public repositories that no earlier batch (and no weak set) used. Bring
each to ``/work/.mirror/<owner>+<name>`` with the search tool's ``fetch`` (or ``git
clone`` it there); the script reads the files at the commits below with ``git show``.

- ``EndlessLethe/jddc2019-3th-retrieve-model``: ``data/chat_0.1per.txt``, a 0.1 % sample
  of the JDDC 2019 (京东对话) training chats, JD customer service: tab-separated session
  id, customer id, whether the agent sent it (``1``) or the customer (``0``), two
  flags, the sku (``nan`` here) and the content. Every customer row is a candidate
  (its content, whitespace runs collapsed); the data's placeholders (``[订单x]``,
  ``[数字x]``, ...) stay.
- ``Meituan-Dianping/asap``: ``data/{train,dev,test}_sample.csv``, the 300 sample
  reviews of the ASAP corpus (Meituan/Dianping restaurant reviews with a star rating
  and aspect labels); the text is ``reviewbody``.
- ``Wenkun2001/rag_dataset`` @ the commit that added ``baoxianzhidao_filter.csv`` (GB18030;
  ``title``, ``question``, ``reply``, ``is_best``): insurance questions asked by users of
  Baidu Zhidao (保险知道); the text is ``title``, the question as its asker titled it.
  The newest commit's copy is over 4 MiB and absent from the snapshot; the older one is
  present.

Rule:
1. Candidates: texts of 4-400 characters after collapsing whitespace; JDDC rows whose
   content is ``nan`` or ``NULL`` are dropped.
2. Exclusions (counted and printed):
   a. the normalised form (letters, digits and CJK only, lower case) equals a labelled
      text's (``labels.jsonl``, both splits, without this batch's own rows; texts from
      ``$CUSTOPS_REALTEXTS`` or ``/work/realtexts/texts.jsonl``);
   b. near a ``test`` text: it shares at least half of its character 3-grams with one,
      or holds at least half of one's (test texts are read for this check only);
   c. duplicates (sharing half of the 3-grams of a text drawn already, either way).
3. Strata (for the draw only): JDDC customer rows by a cue, the first that matches:
   ``problem`` (a reported problem: not received, broken, refund, price drop, ...),
   ``question`` (a question mark or a question word), ``other``; ASAP by its ``star``
   column (1-2 low, 3 mid, 4-5 high); the insurance questions by a cue for a dispute
   (拒赔, 不赔, 退保, 投诉, 骗, ...) or not. Each stratum is sorted by id, shuffled with
   ``random.Random(f"{SEED}:{stratum}")`` and taken in order up to its quota.
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
from collections.abc import Iterator
from pathlib import Path

SEED = 20261206
MIRRORS = Path("/work/.mirror")
ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "realtexts" / "labels.jsonl"
TEXTS = Path(os.environ.get("CUSTOPS_REALTEXTS", "/work/realtexts/texts.jsonl"))

JDDC = ("EndlessLethe/jddc2019-3th-retrieve-model", "2d443d1679cc3d00022d0ff1697eb0e4cbeedb01")
JDDC_FILE = "data/chat_0.1per.txt"
ASAP = ("Meituan-Dianping/asap", "975122a60065240124df62cb4d5dbfd19ed9ef2c")
ASAP_FILES = ("data/train_sample.csv", "data/dev_sample.csv", "data/test_sample.csv")
BXZD = ("Wenkun2001/rag_dataset", "619b0e411d4b7167bd61626eb47ac7f48e426604")
BXZD_FILE = "baoxianzhidao_filter.csv"
LICENCE = {
    JDDC[0]: (
        "none stated (no LICENSE file; a 0.1 % sample of the JDDC 2019 competition's "
        "JD customer-service chats, whose own terms required an application)"
    ),
    ASAP[0]: (
        "Apache-2.0 (the repository's LICENSE file); the README names no other terms for "
        "the sample reviews"
    ),
    BXZD[0]: (
        "none stated (no LICENSE file; Baidu Zhidao insurance questions, the "
        "baoxianzhidao set re-hosted by a third party)"
    ),
}
QUOTAS = {
    "asap:high": 76,
    "asap:low": 18,
    "asap:mid": 29,
    "bxzd:dispute": 50,
    "bxzd:other": 84,
    "jddc:other": 70,
    "jddc:problem": 103,
    "jddc:question": 70,
}
PROBLEM = re.compile(
    "没收到|还没|怎么还|坏|破|漏|少了|缺|错|不对|不能用|用不了|退|换货|降价|价保|差价|投诉|"
    "太慢|催|差|质量|故障|不行|失败|取消|没到|延迟|划痕|假|骗|不满意|问题|维修|售后"
)
QUESTION = re.compile("[?？]|吗|么|怎么|什么|多久|几天|能不能|可不可以|请问|咨询|为啥|为何")
DISPUTE = re.compile(
    "拒赔|不赔|不给赔|拒绝|不予|骗|坑|投诉|退保|不退|理赔难|纠纷|扣|误导|欺诈|上当"
)
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


def clean(text: str) -> str:
    """Whitespace runs collapsed to one space, ends stripped."""
    return re.sub(r"\s+", " ", text).strip()


def record(repo: str, commit: str, path: str, row: int, column: str) -> dict[str, object]:
    return {"repo": repo, "path": path, "row": row, "column": column, "commit": commit}


def jddc() -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, stratum, text, source) for every customer row of the JDDC sample."""
    repo, commit = JDDC
    lines = show(repo, commit, JDDC_FILE).decode("utf-8").split("\n")
    for row, line in enumerate(lines, start=1):
        cells = line.split("\t")
        if len(cells) < 7 or cells[2] != "0":
            continue
        text = clean(cells[6])
        if text in ("nan", "NULL"):
            continue
        if PROBLEM.search(text):
            cue = "problem"
        elif QUESTION.search(text):
            cue = "question"
        else:
            cue = "other"
        yield f"jddc-{row}", f"jddc:{cue}", text, record(repo, commit, JDDC_FILE, row, "7")


def asap() -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, stratum, text, source) for every sample review of ASAP."""
    repo, commit = ASAP
    for path in ASAP_FILES:
        table = csv.reader(io.StringIO(show(repo, commit, path).decode("utf-8-sig")))
        next(table)
        for row, cells in enumerate(table, start=1):
            star = float(cells[2])
            band = "low" if star <= 2 else "mid" if star == 3 else "high"
            yield (
                f"asap-{cells[0]}",
                f"asap:{band}",
                clean(cells[1]),
                record(repo, commit, path, row, "reviewbody"),
            )


def bxzd() -> Iterator[tuple[str, str, str, dict[str, object]]]:
    """(id, stratum, text, source) for every question title of the insurance set."""
    repo, commit = BXZD
    table = csv.reader(io.StringIO(show(repo, commit, BXZD_FILE).decode("gb18030")))
    next(table)
    for row, cells in enumerate(table, start=1):
        text = clean(cells[0])
        cue = "dispute" if DISPUTE.search(text) else "other"
        yield f"bxzd-{row}", f"bxzd:{cue}", text, record(repo, commit, BXZD_FILE, row, "title")


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


def near(g: set[str], owner: dict[str, set[int]], sizes: list[int]) -> bool:
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
    for source in (jddc, asap, bxzd):
        for id_, stratum, text, src in source():
            if not 4 <= len(text) <= 400:
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
    taken_owner: dict[str, set[int]] = {}
    taken_sizes: list[int] = []
    counts["duplicates_skipped"] = 0
    for stratum in sorted(QUOTAS):
        members = sorted(strata.get(stratum, []), key=lambda m: m[0])
        random.Random(f"{SEED}:{stratum}").shuffle(members)
        taken = 0
        for id_, text, src in members:
            if taken == QUOTAS[stratum]:
                break
            g = grams(key(text))
            if near(g, taken_owner, taken_sizes):
                counts["duplicates_skipped"] += 1
                continue
            for s in g:
                taken_owner.setdefault(s, set()).add(len(taken_sizes))
            taken_sizes.append(len(g))
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


def kappa_sample(drawn: list[dict[str, object]]) -> list[dict[str, str]]:
    """The 100 texts for the blind second labelling (``{"id", "text"}``)."""
    sample = random.Random(SEED + 1).sample([str(d["id"]) for d in drawn], KAPPA)
    text = {str(d["id"]): str(d["text"]) for d in drawn}
    return [{"id": id_, "text": text[id_]} for id_ in sample]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    drawn, counts = draw()
    for name, n in counts.items():
        print(f"{name}: {n}", file=sys.stderr)
    print(f"drawn: {len(drawn)}", file=sys.stderr)
    for d in drawn:
        print(d["id"])
    kappa: list[dict[str, object]] = [dict(row) for row in kappa_sample(drawn)]
    if "--kappa" in sys.argv:
        write_jsonl(Path(sys.argv[sys.argv.index("--kappa") + 1]), kappa)
    if "--write" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--write") + 1])
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


if __name__ == "__main__":
    main()
