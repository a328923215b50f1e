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
*and* test; by default its first ``LABELLED_FIRST`` records, those the shipped weights'
set was built against — ``--labelled-first 0`` for all) by id, by normalised text (Chinese
characters, letters and digits only), and its near-duplicates (a weak text sharing half of
its 6-character shingles with a labelled text, or holding half of a labelled text's).
The output stays outside the repository (default ``/work/realtexts/weak.jsonl``): one
JSON line per text with ``id``, ``domain``, ``label`` (``praise`` or ``complaint``),
``source`` (repository, path, row, column, commit), ``licence`` and ``text``.  Needs a git
snapshot of the corpus under ``/work/.mirror/SophonPlus+ChineseNlpCorpus/repo`` (or
``--mirror``).  Standard library only.

``--second`` writes the second set (default ``/work/realtexts/weak2.jsonl``, 23 295 texts
with twenty-two ``dev`` batches labelled), gathered for the kinds the first lacks:
customers' questions to a finance help desk (ATEC 2018, ``Alucardmini/atec.github.io`` and
``lqfeng/NLPDataset``: a question is a consultation, one that reports the asker's own
problem, ``PROBLEM``, a complaint), car-owner complaint summaries (12365auto,
``David-YYJ/DataEngine``), travel-desk user turns (CrossWOZ, ``thu-coai/CrossWOZ``,
Apache-2.0: requests → consultation, thanks and greetings → nothing to handle), chat about
films, music and sights (KdConv, ``thu-coai/KdConv``, Apache-2.0: nothing to handle, without
questions or verdicts) and aspect-level review sentences (SenticNet's Chinese reviews in
``lqfeng/NLPDataset``: 1 → praise, 0 → complaint). The same exclusions, plus every text of
the first set; large groups are capped by keeping the rows whose ``sha256(id)`` sorts first.
Sources, commits, licences and hand-checked precision: ``tests/data/realtexts/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from realtexts import LABELS as LABELS_FILE
from realtexts import load

REPO = "SophonPlus/ChineseNlpCorpus"
COMMIT = "a0b781d72158bde242c0626c9e354d2b328865ff"
MIRROR = Path("/work/.mirror/SophonPlus+ChineseNlpCorpus/repo")
OUT = Path("/work/realtexts/weak.jsonl")
#: The shipped weights were trained on the set built against the first 5,880 records of
#: ``labels.jsonl`` (through the ninth ``dev`` batch): 79,443 texts, sha256 ``ad81c601…``.
#: ``--labelled-first 0`` excludes near-copies of every labelled record (79,410 with the
#: seventeen batches, sha256 ``c5c38db5…``), for weights trained anew.
LABELLED_FIRST = 5880
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


def shingle_index(texts: list[str]) -> tuple[dict[str, set[int]], list[int]]:
    """For the labelled ``texts``: which texts hold each 6-character shingle, and how many
    shingles each text has (for :func:`near_duplicate`)."""
    owner: dict[str, set[int]] = {}
    sizes: list[int] = []
    for n, t in enumerate(texts):
        sh = shingles(key(t))
        sizes.append(len(sh))
        for s in sh:
            owner.setdefault(s, set()).add(n)
    return owner, sizes


def near_duplicate(sh: set[str], owner: dict[str, set[int]], sizes: list[int]) -> bool:
    """Whether a text with shingles ``sh`` shares half of its shingles with a labelled text,
    or holds half of a labelled text's."""
    shared: Counter[int] = Counter()
    for s in sh:
        for n in owner.get(s, ()):
            shared[n] += 1
    return any(c * 2 >= len(sh) or c * 2 >= sizes[n] for n, c in shared.items())


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


MIRRORS = Path("/work/.mirror")
OUT2 = Path("/work/realtexts/weak2.jsonl")
TEXTS = Path("/work/realtexts/texts.jsonl")  # the labelled texts, for the exclusions

ATEC = ("Alucardmini/atec.github.io", "736aeb2ceafc185b8bb79cbf7d89e93d37189746")
NLPDS = ("lqfeng/NLPDataset", "fb49caf16f5d8988c850ce37ee1febdda2ec50d7")
CZW = ("David-YYJ/DataEngine", "491156e1018188cdffc65b994b33dc99213283fe")
XWOZ = ("thu-coai/CrossWOZ", "df82c9fdff91b9b130f2d6b89110d3870ba6260e")
KDC = ("thu-coai/KdConv", "653db76432de09a004ba708a68f8bbd5500e6bec")

LIC_NONE = "none stated"
LIC_ATEC = (
    "none stated (ATEC 2018 competition data of Ant Financial; the repositories state no "
    "licence for the data)"
)
LIC_KDC = (
    "Apache-2.0 (the repository's root LICENSE file; the README names no other terms for the data)"
)
LIC_XWOZ = (
    "Apache-2.0 (the repository's root LICENSE file; the README names no other terms for the data)"
)

#: a question reporting the asker's own problem (→ complaint); the rest are consultations
PROBLEM = re.compile(
    r"为什么|为何|为啥|怎么回事|咋回事|怎么还没|怎么又|怎么没|怎么不|咋不|咋没"
    r"|失败|冻结|被扣|多扣|扣了两|没到账|未到账|不到账|没有到账|还没到|还没有"
    r"|用不了|开不了|借不了|借不出|还不了|关不了|登不上|付不了|提不了|不能用|无法|没法"
    r"|突然|莫名|一直显示|显示我|却|投诉|骗"
)

#: KdConv utterances kept as no_action: no question, no verdict word (a liking or a
#: disliking would teach the model that praise or criticism is nothing to handle)
KDC_QUESTION = re.compile(r"[？?吗呢]|什么|哪|谁|多少|怎么|如何|几|是否|有没有|知道")
KDC_VERDICT = re.compile(
    r"不错|好看|好听|喜欢|漂亮|值得|推荐|棒|精彩|优秀|美丽|厉害|赞|出色|完美|经典|好玩|有意思"
    r"|差|失望|难看|难听|讨厌|无聊|一般|可惜|遗憾|坑|贵"
)
KDC_MAX = 120

#: ATEC "questions" that are the agent's reply, not the customer's text
AGENT = ("建议您", "您可以", "亲，", "亲,")

#: caps (deterministic: the rows whose sha256(id) sorts first are kept)
CAPS = {
    ("atec", "consultation"): 7000,
    ("atec", "complaint"): 2500,
    ("crosswoz", "consultation"): 3000,
    ("kdconv", "no_action"): 4000,
}


def git_dir(name: str) -> Path:
    d = MIRRORS / name / "repo"
    return d / ".git" if (d / ".git").exists() else d


def h(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def record(
    rid: str,
    domain: str,
    group: str,
    label: str,
    repo: tuple[str, str],
    path: str,
    row: int | str,
    column: str,
    licence: str,
    text: str,
) -> dict[str, object]:
    return {
        "id": rid,
        "domain": domain,
        "group": group,
        "label": label,
        "source": {"repo": repo[0], "path": path, "row": row, "column": column, "commit": repo[1]},
        "licence": licence,
        "text": text,
    }


def clean(text: str) -> str:
    return text.replace("\ufeff", "").strip()


def atec_rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    p = "atec_nlp_sim_train copy.csv"
    raw = show(git_dir("Alucardmini+atec.github.io"), p, ATEC[1]).decode("utf-8")
    files = [("atec", ATEC, p, raw, False)]
    p2 = "文本匹配/AFQMC/atec_nlp_sim_train_add.csv.gz"
    raw2 = gzip.decompress(show(git_dir("lqfeng+NLPDataset"), p2, NLPDS[1])).decode("utf-8")
    files.append(("atecadd", NLPDS, p2, raw2, True))
    for prefix, repo, path, text, header in files:
        lines = text.splitlines()
        if header:
            lines = lines[1:]
        for line in lines:
            f = line.split("\t")
            if len(f) < 3:
                continue
            row = clean(f[0])
            for j, col in ((1, "s1"), (2, "s2")):
                t = clean(f[j])
                if t.startswith(AGENT):
                    continue  # a customer-service agent's reply pasted as a question
                label = "complaint" if PROBLEM.search(t) else "consultation"
                out.append(
                    record(
                        f"{prefix}-{row}-{col}",
                        "finance",
                        "atec",
                        label,
                        repo,
                        path,
                        int(row),
                        col if not header else ("query0", "query1")[j - 1],
                        LIC_ATEC,
                        t,
                    )
                )
    return out


def czw_rows() -> list[dict[str, object]]:
    p = "car_complain.csv"
    raw = show(git_dir("David-YYJ+DataEngine"), p, CZW[1]).decode("gbk", errors="replace")
    out = []
    for i, r in enumerate(csv.DictReader(io.StringIO(raw)), 1):
        out.append(
            record(
                f"czw-{i}",
                "cars",
                "12365auto",
                "complaint",
                CZW,
                p,
                i,
                "desc",
                LIC_NONE,
                clean(r["desc"] or ""),
            )
        )
    return out


def crosswoz_rows() -> list[dict[str, object]]:
    out = []
    for split in ("val", "test"):
        p = f"data/crosswoz/{split}.json.zip"
        z = zipfile.ZipFile(io.BytesIO(show(git_dir("thu-coai+CrossWOZ"), p, XWOZ[1])))
        inner = f"{split}.json"
        data = json.loads(z.read(inner))
        for did in sorted(data, key=lambda s: int(s) if s.isdigit() else s):
            for n, m in enumerate(data[did]["messages"]):
                if m["role"] != "usr":
                    continue
                acts = m.get("dialog_act") or []
                intents = {a[0] for a in acts}
                if not intents:
                    continue
                label = "no_action" if intents == {"General"} else "consultation"
                domains = {a[1] for a in acts}
                domain = "hotel" if "酒店" in domains else "travel"
                out.append(
                    record(
                        f"xwoz-{split}-{did}-{n}",
                        domain,
                        "crosswoz",
                        label,
                        XWOZ,
                        f"{p}:{inner}",
                        f"{did}/messages/{n}",
                        "content",
                        LIC_XWOZ,
                        clean(m["content"]),
                    )
                )
    return out


def kdconv_rows() -> list[dict[str, object]]:
    out = []
    for dom in ("film", "music", "travel"):
        for split in ("dev", "test"):
            p = f"data/{dom}/{split}.json"
            convs = json.loads(show(git_dir("thu-coai+KdConv"), p, KDC[1]).decode("utf-8"))
            for c, conv in enumerate(convs):
                for n, m in enumerate(conv["messages"]):
                    t = clean(m["message"])
                    if len(t) > KDC_MAX or KDC_QUESTION.search(t) or KDC_VERDICT.search(t):
                        continue
                    out.append(
                        record(
                            f"kdc-{dom}-{split}-{c}-{n}",
                            "chat",
                            "kdconv",
                            "no_action",
                            KDC,
                            p,
                            f"{c}/messages/{n}",
                            "message",
                            LIC_KDC,
                            t,
                        )
                    )
    return out


def sentic_rows() -> list[dict[str, object]]:
    p = "情感分析/Sentiment_Analysis/data/chinese-review-datasets.zip"
    z = zipfile.ZipFile(io.BytesIO(show(git_dir("lqfeng+NLPDataset"), p, NLPDS[1])))
    out = []
    for cat, domain in (
        ("car", "cars"),
        ("phone", "electronics"),
        ("camera", "electronics"),
        ("notebook", "electronics"),
    ):
        inner = f"Chinese review datasets/{cat}_sentence.txt"
        sents = z.read(inner).decode("utf-8", errors="replace").splitlines()
        labels = z.read(f"Chinese review datasets/{cat}_label.txt").decode().splitlines()
        for i, (s, lab) in enumerate(zip(sents, labels, strict=False), 1):
            lab = lab.strip()
            if lab not in ("0", "1"):
                continue
            out.append(
                record(
                    f"sentic-{cat}-{i}",
                    domain,
                    f"sentic-{cat}",
                    "praise" if lab == "1" else "complaint",
                    NLPDS,
                    f"{p}:{inner}",
                    i,
                    "sentence",
                    LIC_NONE,
                    clean(s),
                )
            )
    return out


def second(out: Path, first: Path) -> None:
    """Write the second set (``weak2.jsonl``): none of the labelled texts nor of ``first``."""
    labelled = load(with_unseen=True)  # dev and test, texts merged in; used for exclusion only
    ids = {r["id"] for r in labelled}
    ltexts = [str(r["text"]) for r in labelled]
    if TEXTS.exists():
        for line in TEXTS.open(encoding="utf-8"):
            if line.strip():
                t = json.loads(line)
                ids.add(t["id"])
                ltexts.append(t["text"])
    keys = {key(t) for t in ltexts}
    owner, sizes = shingle_index(ltexts)
    weak_keys = set()
    with first.open(encoding="utf-8") as f:
        for line in f:
            weak_keys.add(key(json.loads(line)["text"]))

    rows = atec_rows() + czw_rows() + crosswoz_rows() + kdconv_rows() + sentic_rows()
    dropped: Counter[str] = Counter()
    seen: set[str] = set()
    kept: list[dict[str, object]] = []
    for r in rows:
        text = str(r["text"])
        k = key(text)
        if not 4 <= len(text) <= 300:
            dropped["length"] += 1
            continue
        if r["id"] in ids:
            dropped["labelled id"] += 1
            continue
        if len(k) < 2 or k in keys:
            dropped["labelled text" if k in keys else "empty"] += 1
            continue
        if k in weak_keys:
            dropped["in weak.jsonl"] += 1
            continue
        if k in seen:
            dropped["duplicate"] += 1
            continue
        if near_duplicate(shingles(k), owner, sizes):
            dropped["near-duplicate"] += 1
            continue
        seen.add(k)
        kept.append(r)
    # caps: keep the rows whose sha256(id) sorts first, then restore source order
    order = {id(r): i for i, r in enumerate(kept)}
    final: list[dict[str, object]] = []
    groups: dict[tuple[str, str], list[dict[str, object]]] = {}
    for r in kept:
        groups.setdefault((str(r["group"]), str(r["label"])), []).append(r)
    for g, rs in groups.items():
        cap = CAPS.get(g)
        if cap is not None and len(rs) > cap:
            dropped[f"cap {g[0]}/{g[1]}"] += len(rs) - cap
            rs = sorted(rs, key=lambda r: h(str(r["id"])))[:cap]
        final.extend(rs)
    final.sort(key=lambda r: order[id(r)])
    with out.open("w", encoding="utf-8") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(final)} texts; dropped {dict(dropped)}")
    by = Counter((str(r["group"]), str(r["domain"]), str(r["label"])) for r in final)
    for (group, domain, label), n in sorted(by.items()):
        print(f"  {group:16} {domain:12} {label:13} {n:6d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument(
        "--second", action="store_true", help="write the second set (weak2.jsonl) instead"
    )
    parser.add_argument(
        "--labelled-first",
        type=int,
        default=LABELLED_FIRST,
        help="exclude near-copies of the first N labelled records only (0: all; default: "
        "the set the shipped weights were trained on)",
    )
    args = parser.parse_args()
    if args.second:
        second(args.out if args.out != OUT else OUT2, OUT)
        return
    # dev and test: none of them, nor a near-copy, may be trained on
    labelled = load(with_unseen=True)
    if args.labelled_first:
        labels = LABELS_FILE.read_text(encoding="utf-8")
        first = {json.loads(line)["id"] for line in labels.splitlines()[: args.labelled_first]}
        labelled = [r for r in labelled if r["id"] in first]
    ids = {r["id"] for r in labelled}
    keys = {key(r["text"]) for r in labelled}
    owner, sizes = shingle_index([r["text"] for r in labelled])
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
        if near_duplicate(shingles(k), owner, sizes):
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
