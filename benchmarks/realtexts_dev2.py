"""Reproduce the cls-data2 sample of new dev texts (deterministic).

Run:  python benchmarks/realtexts_dev2.py [--write OUTDIR]

Sources: /work/realtexts/weak.jsonl (SophonPlus waimai / hotel / online_shopping, ccf_bigdata)
and, for finance and 12365auto, the ATEC (Alucardmini/atec.github.io) and czw
(David-YYJ/DataEngine) rows of /work/realtexts/weak2.jsonl -- the same public rows as
the corpus's sources (tests/data/realtexts/README.md).

Rule:
1. Candidates: every row of those files with 4-300 characters.
2. Exclusions (counted and printed):
   a. every id in tests/data/realtexts/labels.jsonl (both splits); for ATEC also the other
      side of any labelled pair (atec-ROW-s1/s2 share a row: paraphrases);
   b. test near-duplicates: the text's form without whitespace and punctuation
      (letters, digits, CJK kept; lower case) equals, contains or is contained in a
      `test` text's form, or shares a 12-character substring with one (the test texts
      are read here for this check only);
   c. normalised form equal to any labelled (dev) text's or to a text already drawn.
3. Strata (source group, source's own weak label, and for review groups a "mixed" cue:
   a contrast or lukewarm word), each sorted by id, shuffled with
   random.Random(f"{SEED}:{stratum}"), taken in order up to its quota.
4. All drawn texts are shuffled with random.Random(SEED) into the labelling order; the
   labelled set is the first N of that order (N in the report).
The labeller reads only id, domain and text (the label, group and stratum are kept
apart in strata.jsonl and used only for the counts).
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 20261203
HERE = Path(sys.argv[sys.argv.index("--write") + 1]) if "--write" in sys.argv else Path(".")
LABELS = Path(__file__).resolve().parent.parent / "tests" / "data" / "realtexts" / "labels.jsonl"
BEFORE = 1900  # the records labelled before this batch: the first 1,900 lines of LABELS
TEXTS = Path("/work/realtexts/texts.jsonl")
WEAK = Path("/work/realtexts/weak.jsonl")
WEAK2 = Path("/work/realtexts/weak2.jsonl")
MIXED = re.compile(
    r"但|不过|就是|可惜|除了|美中不足|一般|还行|还可以|还好|凑合|缺点|不足|稍微|有点"
)

# (group, weak label) -> (quota with the mixed cue, quota without); None cue = no cue split
QUOTAS: dict[tuple[str, str], tuple[int, int]] = {
    ("ccf", "no_action"): (0, 180),
    ("ccf", "complaint"): (0, 50),
    ("ccf", "praise"): (0, 50),
    ("atec", "consultation"): (0, 130),
    ("atec", "complaint"): (0, 50),
    ("12365auto", "complaint"): (0, 40),
    ("hotel", "complaint"): (30, 30),
    ("hotel", "praise"): (30, 30),
    ("水果", "complaint"): (20, 20),
    ("水果", "praise"): (20, 20),
    ("蒙牛", "complaint"): (0, 40),
    ("蒙牛", "praise"): (0, 40),
    ("书籍", "complaint"): (20, 20),
    ("书籍", "praise"): (20, 20),
    ("热水器", "complaint"): (15, 15),
    ("热水器", "praise"): (15, 15),
    ("waimai", "complaint"): (10, 10),
    ("waimai", "praise"): (10, 10),
    ("手机", "complaint"): (5, 5),
    ("手机", "praise"): (5, 5),
    ("计算机", "complaint"): (5, 5),
    ("计算机", "praise"): (5, 5),
    ("衣服", "complaint"): (8, 7),
    ("衣服", "praise"): (8, 7),
    ("洗发水", "complaint"): (8, 7),
    ("洗发水", "praise"): (8, 7),
}


def norm(text: str) -> str:
    """Whitespace- and punctuation-free form: letters, digits and CJK only, lower case."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


def jl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> None:
    labels = jl(LABELS)[:BEFORE]
    labelled_ids = {r["id"] for r in labels}
    atec_rows = {r["id"].rsplit("-", 1)[0] for r in labels if r["id"].startswith("atec-")}
    split = {r["id"]: r["split"] for r in labels}
    texts = {r["id"]: r["text"] for r in jl(TEXTS)}
    test_forms = [norm(texts[i]) for i, s in split.items() if s == "test"]
    dev_forms = {norm(texts[i]) for i, s in split.items() if s == "dev"}
    grams12 = {f[i : i + 12] for f in test_forms for i in range(len(f) - 11)}
    short_test = [f for f in test_forms if len(f) < 12]
    joined = "\x00".join(test_forms)

    def near_test(form: str) -> bool:
        if len(form) >= 12:
            if any(form[i : i + 12] in grams12 for i in range(len(form) - 11)):
                return True
        elif form in joined.split("\x00") or form in joined:
            return True
        return any(s and s in form for s in short_test)

    cands = list(jl(WEAK))
    cands += [
        r
        for r in jl(WEAK2)
        if r["group"] == "12365auto"
        or (r["group"] == "atec" and r["source"]["repo"] == "Alucardmini/atec.github.io")
    ]
    excl = Counter()
    pool: dict[str, list[dict]] = {}
    for r in cands:
        key = (r["group"], r["label"])
        if key not in QUOTAS:
            continue
        text = r["text"].strip().lstrip("\ufeff")
        if not 4 <= len(text) <= 300:
            excl["length"] += 1
            continue
        if r["id"] in labelled_ids or (
            r["id"].startswith("atec-") and r["id"].rsplit("-", 1)[0] in atec_rows
        ):
            excl["labelled id / labelled ATEC pair"] += 1
            continue
        form = norm(text)
        if not form:
            excl["empty form"] += 1
            continue
        if near_test(form):
            excl["test near-duplicate"] += 1
            excl[f"  of which group {r['group']}"] += 1
            continue
        if form in dev_forms:
            excl["equal to a dev text"] += 1
            continue
        cue = bool(MIXED.search(text)) if QUOTAS[key][0] else False
        pool.setdefault(f"{key[0]}|{key[1]}|{'mixed' if cue else 'plain'}", []).append(
            {**r, "text": text, "_form": form}
        )
    drawn: list[dict] = []
    seen: set[str] = set()
    for stratum in sorted(pool):
        group, label, mix = stratum.split("|")
        quota = QUOTAS[(group, label)][0 if mix == "mixed" else 1]
        members = sorted(pool[stratum], key=lambda r: r["id"])
        random.Random(f"{SEED}:{stratum}").shuffle(members)
        taken = 0
        for r in members:
            if taken >= quota:
                break
            if r["_form"] in seen:
                excl["duplicate within sample (at draw)"] += 1
                continue
            seen.add(r["_form"])
            drawn.append({**r, "_stratum": stratum})
            taken += 1
    drawn.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(drawn)
    print(json.dumps(dict(excl), ensure_ascii=False), file=sys.stderr)
    print(f"drawn {len(drawn)}", file=sys.stderr)
    if "--write" in sys.argv:
        with (HERE / "sample_order.jsonl").open("w", encoding="utf-8") as f:
            for i, r in enumerate(drawn):
                f.write(
                    json.dumps(
                        {"n": i, "id": r["id"], "domain": r["domain"], "text": r["text"]},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        with (HERE / "strata.jsonl").open("w", encoding="utf-8") as f:
            for i, r in enumerate(drawn):
                f.write(
                    json.dumps(
                        {
                            "n": i,
                            "id": r["id"],
                            "stratum": r["_stratum"],
                            "source": r["source"],
                            "licence": r["licence"],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    else:
        for r in drawn:
            print(r["id"])


if __name__ == "__main__":
    main()
