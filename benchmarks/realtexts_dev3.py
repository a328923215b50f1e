"""Reproduce the third batch of new ``dev`` texts (issue 13, data3; deterministic).

Run:  python benchmarks/realtexts_dev3.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: three public repositories that no earlier batch used.

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
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text with the same normalised form drawn already.
3. Strata: STC-3 by the company the dialogue addresses (telecom: 电信/联通/移动/10086/
   10010/宽带 in the first customer turn; other) and by the turn (the first customer turn
   or a later one); ECD one stratum; Dianping one stratum (its only label column,
   ``location_traffic_convenience``, says nothing about the kind of text).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``).
Standard library only.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, record, show

SEED = 20261203

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


def stc3() -> Iterator[Candidate]:
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


def ecd() -> Iterator[Candidate]:
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


def dianping() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of the Dianping copy."""
    repo, commit = AIC
    path = "sentiment_analysis_validationset.csv"
    table = csv.reader(io.StringIO(show(repo, commit, path).decode("gb18030")))
    next(table)
    for row, cells in enumerate(table, start=1):
        text = cells[0].strip().strip('"').strip()
        yield f"dp-{row}", "dianping", text, record(repo, commit, path, row, "content")


BATCH = Batch(SEED, (stc3, ecd, dianping), QUOTAS, LICENCE, max_chars=300, near_duplicates=False)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
