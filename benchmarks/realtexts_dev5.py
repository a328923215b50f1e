"""Reproduce the fifth batch of new ``dev`` texts (issue 13, data5; deterministic).

Run:  python benchmarks/realtexts_dev5.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch (and no weak set) used.

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
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way.
3. Strata (for the draw only): JDDC customer rows by a cue, the first that matches:
   ``problem`` (a reported problem: not received, broken, refund, price drop, ...),
   ``question`` (a question mark or a question word), ``other``; ASAP by its ``star``
   column (1-2 low, 3 mid, 4-5 high); the insurance questions by a cue for a dispute
   (拒赔, 不赔, 退保, 投诉, 骗, ...) or not.
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``).
Standard library only.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, clean, record, show

SEED = 20261206

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


def jddc() -> Iterator[Candidate]:
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


def asap() -> Iterator[Candidate]:
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


def bxzd() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every question title of the insurance set."""
    repo, commit = BXZD
    table = csv.reader(io.StringIO(show(repo, commit, BXZD_FILE).decode("gb18030")))
    next(table)
    for row, cells in enumerate(table, start=1):
        text = clean(cells[0])
        cue = "dispute" if DISPUTE.search(text) else "other"
        yield f"bxzd-{row}", f"bxzd:{cue}", text, record(repo, commit, BXZD_FILE, row, "title")


BATCH = Batch(SEED, (jddc, asap, bxzd), QUOTAS, LICENCE, max_chars=400, near_duplicates=True)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
