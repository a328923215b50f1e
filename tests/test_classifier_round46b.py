"""A neutral report of one's own doings, and a question closed with thanks (issue 13).

The forty-sixth round, the side of what is no complaint (R-CMP-01, R-CMP-02): the whole text a
neutral report of the writer's own purchase or collection, told as done with a time or 已经
(今天去4S店提车了, 昨天刚下单, 已经收到货了: ``kind.own-doing``) — by the labelling guide a
neutral statement is nothing to handle; and a question closed with thanks as the text's last
words (请问有没有黑色的？谢谢, 还要交吗？盼复，谢谢: ``kind.thanked-question``) — the thanks is
the question's politeness, the question its point, a consultation.
The look-alikes stay what they were: a report with a fault, a wait or a price drop after it
(刚下单就降价了, 今天才收到, 昨天下单了还没发货), the report asked about (已经付款了吗) or
praised (今天提车了，开心); thanks with nothing asked (收到了，谢谢), thanks for an answer
given (谢谢您的回复), a problem asked about with thanks (为什么还没发货？谢谢) and a question
asked in anger or with the firm urged (…？？麻烦尽快处理，谢谢) stay as they were.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import (
    SENTENCES,
    complaint_either_way,
    fires_after_a_sentence,
    kind_either_way,
)
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- a neutral report of one's own doings (R-CMP-01) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天去4S店提车了",
        "昨天刚下单",
        "已经收到货了",
        "我上午已经付款了",
        "我们周末去4S店提了车",
        "今天刚签收",
        "刚刚下了单",
    ],
)
def test_r_cmp_01_a_neutral_report_of_ones_own_purchase_is_nothing_to_handle(text: str) -> None:
    """R-CMP-01: the whole text a report of one's own purchase or collection, told as done, is
    nothing to handle (labelling guide: 今天提车了), whatever the learned layer makes of a
    dealer's or a parcel's word; R-CMP-02: it takes ``other``."""
    kind_either_way(text, Kind.NO_ACTION)
    assert "kind.own-doing" in _fired(text)
    assert classify(text).category is Category.OTHER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a price drop, a shortfall, a wait or a fault told after it: a complaint
        ("刚下单就降价了", Kind.COMPLAINT),
        ("收到货了，但是少了一件", Kind.COMPLAINT),
        ("今天才收到", Kind.COMPLAINT),
        ("昨天下单了还没发货", Kind.COMPLAINT),
        ("昨天提车今天就坏了", Kind.COMPLAINT),
        # the report asked about: a consultation
        ("已经付款了吗", Kind.CONSULTATION),
        # the report with the writer's joy: praise
        ("今天提车了，开心", Kind.PRAISE),
    ],
)
def test_r_cmp_01_a_report_with_more_said_is_not_a_neutral_report(text: str, kind: Kind) -> None:
    """R-CMP-01: a report with a fault, a wait, a question or a verdict told with it is read by
    what is told; ``kind.own-doing`` stays silent."""
    kind_either_way(text, kind)
    assert "kind.own-doing" not in _fired(text)


def test_r_cmp_01_a_report_ended_after_a_long_wait_is_no_neutral_report() -> None:
    """R-CMP-01: 终于 tells a wait; ``kind.own-doing`` does not read it as a neutral report."""
    assert "kind.own-doing" not in _fired("终于收到了")


@settings(max_examples=40, deadline=None)
@given(after=SENTENCES.filter(bool))
def test_r_cmp_01_a_report_followed_by_anything_is_not_the_whole_text(after: str) -> None:
    """R-CMP-01: ``kind.own-doing`` reads the whole text only: anything told after the report
    (its clause ended by ，) leaves it silent."""
    assert "kind.own-doing" not in _fired(f"今天去4S店提车了，{after}")


# ---- a question closed with thanks (R-CMP-01, R-CMP-02) --------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("请问这款有没有黑色的？谢谢", None),
        ("你好，会员积分什么时候过期？谢谢", None),
        ("请问周末营业吗。谢谢", None),
        ("这个套餐每月多少钱？谢谢您", Category.SALES_CONTRACT),
        ("能否开具增值税专用发票？盼复，谢谢", Category.SALES_CONTRACT),
        ("如何修改收货地址？多谢", None),
    ],
)
def test_r_cmp_01_a_question_closed_with_thanks_is_a_consultation(
    text: str, category: Category | None
) -> None:
    """R-CMP-01: a question closed with thanks is a consultation, the thanks its politeness;
    R-CMP-02: it takes the category of its subject (a fee, an invoice: sales_contract)."""
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.thanked-question" in _fired(text)
    if category is not None:
        assert classify(text).category is category


@settings(max_examples=40, deadline=None)
@given(before=SENTENCES)
def test_r_cmp_01_thanks_after_a_question_is_read_after_any_sentence(before: str) -> None:
    """R-CMP-01: ``kind.thanked-question`` reads the question and its thanks at the text's end
    whatever sentence comes before."""
    fires_after_a_sentence("kind.thanked-question", "请问这款有没有黑色的？谢谢", before)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # thanks with nothing asked, thanks for an answer given, a trouble set right
        ("收到了，谢谢", Kind.NO_ACTION),
        ("谢谢您的回复", Kind.NO_ACTION),
        ("问题已经解决了，谢谢", Kind.PRAISE),
        ("客服很耐心地解答了我的问题，谢谢", Kind.PRAISE),
    ],
)
def test_r_cmp_01_thanks_with_nothing_asked_stays_as_it_was(text: str, kind: Kind) -> None:
    """R-CMP-01: thanks after no question is no consultation; ``kind.thanked-question`` stays
    silent."""
    kind_either_way(text, kind)
    assert "kind.thanked-question" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "为什么还没发货？谢谢",
        "质量太差了，能退吗？谢谢",
    ],
)
def test_r_cmp_01_a_problem_asked_about_with_thanks_stays_a_complaint(text: str) -> None:
    """R-CMP-01: a question that carries a reported problem is a complaint (labelling guide);
    the closing thanks does not outweigh the problem."""
    complaint_either_way(text)


@pytest.mark.parametrize(
    "text",
    [
        "退款到现在还没到账？？麻烦尽快处理，谢谢",
        "请问你们怎么这么慢？？谢谢",
        "我看看怎么弄?谢谢你!",
    ],
)
def test_r_cmp_01_thanks_after_anger_urging_or_ones_own_try_is_no_thanked_question(
    text: str,
) -> None:
    """R-CMP-01: a question asked in anger (??), the firm urged (尽快) or the writer's own try
    told (我看看怎么弄) is not a polite question to the desk; ``kind.thanked-question`` is
    silenced."""
    assert "kind.thanked-question" not in _fired(text)


def test_r_cmp_01_the_angry_refund_question_stays_a_complaint() -> None:
    """R-CMP-01: money not refunded, asked about twice over and urged, is a complaint."""
    complaint_either_way("退款到现在还没到账？？麻烦尽快处理，谢谢")
    assert classify("退款到现在还没到账？？麻烦尽快处理，谢谢").category is (
        Category.RETURN_EXCHANGE
    )
