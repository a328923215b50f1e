"""Reproduce the twentieth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev20.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quotas, seed and rules.

Source: one public repository that no earlier batch (and no weak set) used. It was sought
for the kinds of customer text the corpus has fewest of — couriers (5 texts), retail shops,
utilities, local services, banks' and insurers' customer service, and customers'
consultations and suggestions. Searched (the code corpus by meaning, the repository index
by name and by exact strings): courier complaints and reviews (快递员态度, 没有送货上门,
快递一直没送, 顺丰小哥, 申诉, courier apps), express firms' service ratings; bank and
credit-card customer-service complaints and chats (信用卡中心, 银行客服 投诉); insurance
complaints; telecom operators' complaint work orders; 95598 power work orders; property
fees (物业费); Dianping reviews of hair and beauty salons, gyms and driving schools
(理发师, 驾校, 美发); supermarket and retail-store reviews; moving and freight apps
(货拉拉); other cities' 12345 hotline texts (市民来电咨询, 来电反映); repositories named
``tousu``, ``kuaidi``, ``dianping`` and ``12345``. What was found is demo or seed data,
crawlers without their output, or the sources already used. What was found with its data
is a bank-card scheme's customer-service questions: the questions customers put to China
UnionPay's online customer service (95516) about their cards, payments, POS and ATM
transactions, online and mobile payment, gathered by the repository's author as the
training data of a question-answering robot — banks' customer service and customers'
consultations, two of the thin kinds above.

- ``qiu997018209/TensorFlow``:
  ``03.银联人机对话/module2_CNN_问题直接预测标签_准确率0.72/data/data.txt`` (4,059
  ``entry {...}`` blocks, UTF-8; each holds ``question ID``, ``question``, ``answer ID``,
  ``answer``, ``label ID``, ``label`` and ``subject``): ``question`` is a question put to
  the customer service, many with a customer's own card numbers, typos, greetings and
  stray ``<div>`` tags (the repository does not say where the questions come from; some
  short ones may be variants its author wrote for the knowledge base);
  ``label`` is the knowledge-base question it was matched to and ``subject`` the
  knowledge-base section ("银联二期_基本业务_交易查询与差错篇_FAQ"); ``answer`` is the
  customer service's reply and is not read. ``row`` is the 1-based entry of the file
  (``column`` ``question``). The same file is copied in ``module1`` and under
  ``04.银联问题生成模型``; the repository's other folders hold augmented or generated
  questions (``数据扩充``), a regional bank's and a phone maker's robot data, and are not
  read.

A question is a candidate when it is not the knowledge-base question itself (``question``
equal to ``label``: the entry that opens each group, the firm's wording), and not in the
section of overseas service numbers (``境外开通本地服务电话``, whose questions are one
template filled with a country's name: "我在德国怎么拨打你们客服电话"). A question ID
listed twice is read once (its first entry); the id is ``yl-<entry>``. The text is the
question with HTML tags (``<div>``, ``<br>``) replaced by a space and whitespace runs
collapsed to one space.

Rule:
1. Candidates: texts of 4-150 characters after the cleaning above, with at least two CJK
   characters.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the same
   question typed by many customers in nearly the same words).
3. Strata (for the draw only), by the knowledge-base section (``subject``): card
   transactions, POS, ATM and IC cards (``yl:card``: ``基本业务``); online payment
   (``yl:online``: ``在线支付``); mobile and app payment (``yl:mobile``: ``手机支付``,
   ``银联钱包``, ``二维码``, ``云闪付``, ``ITUNES``); the rest (``yl:other``: cross-border
   cards, credit reports, utility bills, card-holder benefits, accounts, the robot's
   small talk).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, cjk, clean, record, show

SEED = 20270201

UNIONPAY = ("qiu997018209/TensorFlow", "910ed1b72b84ce3cf3641b9921fce290e4d35a89")
PATH = "03.银联人机对话/module2_CNN_问题直接预测标签_准确率0.72/data/data.txt"
LICENCE = {
    UNIONPAY[0]: (
        "none stated (no LICENSE file; China UnionPay customer-service questions kept by "
        "the repository's author as a question-answering robot's training data)"
    ),
}
#: a question's stratum: the first pattern found in its knowledge-base section
SECTIONS = (
    ("yl:card", r"基本业务"),
    ("yl:online", r"在线支付"),
    ("yl:mobile", r"手机支付|银联钱包|二维码|云闪付|ITUNES"),
)
QUOTAS = {
    "yl:card": 110,
    "yl:online": 70,
    "yl:mobile": 70,
    "yl:other": 50,
}
#: the section whose questions are one template filled with a country's name
TEMPLATE = "境外开通本地服务电话"
ENTRY = re.compile(r"entry \{\n(.*?)\n\}", re.S)
FIELD = re.compile(r"^\s*(question ID|question|label|subject)\s*:(.*)$")
TAG = re.compile(r"<[^<>]{0,20}>")


def fields(block: str) -> dict[str, str]:
    """The named fields of one entry block (the answer and the answer and label IDs left out).

    >>> fields("    question ID:7\\n    question :刷卡不成功？\\n    subject:银联二期_FAQ")
    {'question ID': '7', 'question': '刷卡不成功？', 'subject': '银联二期_FAQ'}
    """
    out: dict[str, str] = {}
    for line in block.split("\n"):
        m = FIELD.match(line)
        if m and m.group(1) not in out:
            out[m.group(1)] = m.group(2)
    return out


def section(subject: str) -> str:
    """The stratum of a question from its knowledge-base section.

    >>> section("银联二期_基本业务_交易查询与差错篇_FAQ")
    'yl:card'
    >>> section("银联二期_手机支付_Apple Pay_FAQ")
    'yl:mobile'
    >>> section("银联二期_征信_FAQ")
    'yl:other'
    """
    for name, pattern in SECTIONS:
        if re.search(pattern, subject):
            return name
    return "yl:other"


def tidy(text: str) -> str:
    """HTML tags replaced by a space, whitespace collapsed.

    >>> tidy("你好<div>帮我查一下这个卡 </div>")
    '你好 帮我查一下这个卡'
    """
    return clean(TAG.sub(" ", text))


def questions() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every customer's question that is a candidate."""
    repo, commit = UNIONPAY
    data = show(repo, commit, PATH).decode("utf-8")
    seen: set[str] = set()
    for n, match in enumerate(ENTRY.finditer(data), start=1):
        f = fields(match.group(1))
        number = f.get("question ID", "").strip()
        question = f.get("question", "")
        subject = f.get("subject", "")
        if number in seen:
            continue
        seen.add(number)
        if question.strip() == f.get("label", "").strip() or TEMPLATE in subject:
            continue
        text = tidy(question)
        if cjk(text) < 2:
            continue
        yield f"yl-{n}", section(subject), text, record(repo, commit, PATH, n, "question")


BATCH = Batch(
    SEED,
    (questions,),
    QUOTAS,
    LICENCE,
    max_chars=150,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
