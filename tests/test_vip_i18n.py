"""VIP explanations in the reader's language (issue 15): every reason, note and ``str()`` of
:mod:`custops.vip` in the active language, one language per sentence.

Example tests per rule read the Chinese (the default language) and check it holds no stray
English word; a Hypothesis property per module draws values from ``custops.testing`` and
checks every explanation in both languages with :func:`custops.i18n.stray_words`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from custops import serial
from custops.i18n import CJK_RUN, language, stray_words
from custops.testing import cards, dates, holders, ledgers, lines, purchases, vip_policies
from custops.vip import (
    Card,
    Holder,
    Ledger,
    Line,
    Purchase,
    Quote,
    VipPolicy,
    qualify,
    quote,
)
from custops.vip.cards import no_card

LANGUAGES = ("zh_CN", "en_US")
WANG = Holder("C001", "王芳", born_on=date(1990, 6, 1))
CARD = Card.issue("VIP-0001", WANG, on=date(2024, 3, 15))


def _one_language(texts: Iterable[str], code: str) -> None:
    for text in texts:
        assert stray_words(text, code=code) == (), text


# ------------------------------------------------------------------ R-VIP-01 qualification


def test_R_VIP_01_reasons_in_chinese() -> None:
    """R-VIP-01: the single purchase, the half-year total and the shortfall, in Chinese."""
    with language("zh_CN"):
        single = qualify([Purchase(date(2024, 1, 5), "1200")], on=date(2024, 2, 1))
        bought = [Purchase(date(2024, 1, 20), "900"), Purchase(date(2024, 2, 10), "700")]
        short = qualify(bought, on=date(2024, 2, 10))
        bought.append(Purchase(date(2024, 3, 15), "450"))
        total = qualify(bought, on=date(2024, 3, 15))
        texts = [single.reason, total.reason, str(short), short.explain()]
    assert texts[0] == "2024-01-05 一次性实付 1200.00 元 ≥ 1000.00 元"
    assert texts[1] == "2023-09-15 至 2024-03-15 累计实付 2050.00 元 ≥ 2000.00 元"
    assert texts[2] == (
        "不符合资格（R-VIP-01）：单笔最高实付 900.00 元 < 1000.00 元，2023-08-10 至 2024-02-10 "
        "累计实付 1600.00 元 < 2000.00 元；累计再实付 400.00 元即达 2000.00 元"
    )
    _one_language(texts, "zh_CN")


@settings(max_examples=20)
@given(st.data())
def test_property_qualification_speaks_one_language(data: st.DataObject) -> None:
    """R-VIP-01: every qualification's str() and explain() is in one language."""
    drawn = purchases(date(2023, 1, 1), date(2025, 12, 31))  # a ref once (qualify refuses it twice)
    bought = data.draw(st.lists(drawn, max_size=6, unique_by=lambda p: p.ref or p), label="bought")
    on = data.draw(dates(date(2023, 1, 1), date(2025, 12, 31)), label="on")
    for code in LANGUAGES:
        with language(code):
            q = qualify(bought, on=on)
            _one_language([q.reason, str(q), q.explain()], code)


def _chinese(text: str) -> bool:
    return CJK_RUN.search(text) is not None


@settings(max_examples=60)
@given(
    st.lists(purchases(date(2024, 1, 1), date(2025, 12, 31), max_paid=2500), max_size=6),
    dates(date(2024, 1, 1), date(2025, 12, 31)),
)
def test_property_R_VIP_01_a_qualification_is_the_same_whatever_language_made_it(
    bought: list[Purchase], on: date
) -> None:
    """R-VIP-01: a qualification keeps facts (amounts, thresholds, the window, the largest
    purchase, the purchases after ``on``), not sentences: made under zh_CN it equals the one
    made under en_US (and hashes alike); read under en_US its reason, ``str()`` and
    ``explain()`` hold no Chinese, read under zh_CN they are Chinese, whoever made it."""
    bought = list({p.ref or id(p): p for p in bought}.values())  # a ref counts once
    made = {}
    for code in LANGUAGES:
        with language(code):
            made[code] = qualify(bought, on=on)
    zh, en = made["zh_CN"], made["en_US"]
    assert zh == en
    assert hash(zh) == hash(en)
    for q in (zh, en):
        with language("en_US"):
            texts = [q.reason, str(q), q.explain(), q.qualification_window.reason]
            assert not any(_chinese(text) for text in texts), texts
            _one_language(texts, "en_US")
        with language("zh_CN"):
            texts = [q.reason, str(q), q.explain(), q.qualification_window.reason]
            assert all(_chinese(text) for text in texts), texts
            _one_language(texts, "zh_CN")


def test_R_VIP_01_a_chinese_qualification_reads_in_english() -> None:
    """R-VIP-01: the reason of a qualification made under zh_CN is worded when read: in
    English under en_US, the purchases after ``on`` included."""
    bought = [Purchase(date(2024, 1, 20), "900"), Purchase(date(2024, 4, 1), "50")]
    with language("zh_CN"):
        q = qualify(bought, on=date(2024, 2, 10))
        assert q.reason == (
            "单笔最高实付 900.00 元 < 1000.00 元，2023-08-10 至 2024-02-10 累计实付 900.00 元 < "
            "2000.00 元；下一笔单笔实付须满 1000.00 元，或累计再实付 1100.00 元达 2000.00 元；"
            "2024-02-10 之后的 1 笔购物未计入（共实付 50.00 元）"
        )
    with language("en_US"):
        assert str(q) == (
            "not yet qualified (R-VIP-01): largest purchase 900.00 < 1000.00 and 900.00 paid "
            "in 2023-08-10 … 2024-02-10 < 2000.00; to qualify, one next purchase of at least "
            "1000.00, or 1100.00 more paid in all to reach 2000.00; 1 purchase after "
            "2024-02-10 not counted (50.00 paid)"
        )
    assert (q.largest_paid, q.largest_paid_on) == (Decimal("900.00"), date(2024, 1, 20))
    assert (q.later_count, q.later_paid) == (1, Decimal("50.00"))
    assert (q.single_purchase_threshold, q.cumulative_threshold) == (
        Decimal("1000.00"),
        Decimal("2000.00"),
    )


# ------------------------------------------------------------------ cards (R-VIP-09, R-VIP-10)


@settings(max_examples=60)
@given(
    cards(date(2020, 1, 1), date(2025, 12, 31)),
    dates(date(2019, 1, 1), date(2028, 12, 31)),
    st.one_of(st.none(), st.just("C0099"), holders()),
)
def test_property_R_VIP_09_R_VIP_10_a_card_check_is_the_same_whatever_language_made_it(
    card: Card, on: date, who: Holder | str | None
) -> None:
    """R-VIP-03, R-VIP-09, R-VIP-10: a card check keeps its card, presenter and day, not a
    sentence: made under zh_CN it equals the one made under en_US; read under en_US its
    reason and ``explain()`` hold no Chinese but the card's own ids, read under zh_CN they
    are Chinese; no card presented (R-VIP-03) too."""
    made = {}
    for code in LANGUAGES:
        with language(code):
            made[code] = (card.check(who, on=on), no_card(on=on))
    assert made["zh_CN"] == made["en_US"]
    presenter = who.customer_id if isinstance(who, Holder) else who or ""
    supplied = [card.number, card.holder.customer_id, presenter]
    for check in (*made["zh_CN"], *made["en_US"]):
        with language("en_US"):
            texts = [check.reason, check.explain()]
            assert all(_no_cjk_but_supplied(text, supplied) for text in texts), texts
        with language("zh_CN"):
            texts = [check.reason, check.explain()]
            assert all(_chinese(text) for text in texts), texts
            _one_language(texts, "zh_CN")


def test_R_VIP_09_a_chinese_card_check_reads_in_english() -> None:
    """R-VIP-09: someone else's card, checked under zh_CN, reads in English under en_US."""
    with language("zh_CN"):
        check = CARD.check("C002", on=date(2024, 5, 1))
        assert str(check) == (
            "拒绝（R-VIP-09）：会员卡 VIP-0001 属于顾客 C001，出示人为 C002："
            "会员卡仅限持卡人本人使用"
        )
    with language("en_US"):
        assert str(check) == (
            "refused (R-VIP-09): card VIP-0001 belongs to customer C001, presented by C002: a "
            "card is for its holder only"
        )
    assert (check.card, check.presented_by_id, check.on) == (CARD, "C002", date(2024, 5, 1))


def test_R_VIP_09_R_VIP_10_card_checks_in_chinese() -> None:
    """R-VIP-09 someone else's card, R-VIP-10 before, within and after its validity."""
    with language("zh_CN"):
        checks = [
            CARD.check("C002", on=date(2024, 5, 1)),
            CARD.check(on=date(2024, 3, 14)),
            CARD.check(on=date(2024, 5, 1)),
            CARD.check(on=date(2026, 3, 16)),
        ]
        texts = [str(c) for c in checks]
    assert texts == [
        "拒绝（R-VIP-09）：会员卡 VIP-0001 属于顾客 C001，出示人为 C002：会员卡仅限持卡人本人使用",
        "拒绝（R-VIP-10）：会员卡 VIP-0001 自 2024-03-15 起生效",
        "允许（R-VIP-10）：会员卡 VIP-0001 有效期至 2026-03-15",
        "拒绝（R-VIP-10）：会员卡 VIP-0001 有效期至 2026-03-15，已过期；旧卡作废，请重新申办",
    ]
    _one_language(texts, "zh_CN")


def test_R_VIP_10_earning_on_an_expired_card_is_refused_in_english_whatever_the_language() -> None:
    """R-VIP-10: the error message stays English (developer-facing) in zh_CN too."""
    with language("zh_CN"):
        try:
            Ledger(CARD).earn(date(2026, 3, 16), "100", "S1")
        except ValueError as exc:
            message = str(exc)
    assert message.startswith("on: card VIP-0001 expired after 2026-03-15; the old card is void")
    assert "(R-VIP-10)" in message


@settings(max_examples=40)
@given(st.data())
def test_property_card_checks_speak_one_language(data: st.DataObject) -> None:
    """R-VIP-09, R-VIP-10: every card check is in one language."""
    card = data.draw(cards(date(2020, 1, 1), date(2025, 12, 31)), label="card")
    on = data.draw(dates(date(2019, 1, 1), date(2028, 12, 31)), label="on")
    who = data.draw(st.one_of(st.none(), holders()), label="presented_by")
    for code in LANGUAGES:
        with language(code):
            check = card.check(who, on=on)
            _one_language([check.reason, check.explain()], code)


# ------------------------------------------------------------------ the ledger


def test_R_VIP_05_R_VIP_08_R_VIP_10_R_VIP_12_ledger_entries_in_chinese() -> None:
    """R-VIP-05 earning and returning, R-VIP-08 redeeming, R-VIP-10 expiry, R-VIP-12 a
    replacement card: every entry's reason in Chinese."""
    with language("zh_CN"):
        led = Ledger(CARD).earn(date(2024, 4, 1), "1268.50", "S1")
        led = led.redeem(date(2024, 4, 2), 10, "电饭煲")
        led, rev = led.reverse(date(2024, 4, 3), "S1")
        led = led.earn(date(2024, 4, 4), "1500", "S2")
        new = CARD.replace("VIP-0001B", on=date(2024, 5, 1))
        led = led.move_to(date(2024, 5, 1), new).expire(date(2026, 3, 16))
        reasons = [e.reason for e in led.entries]
        rev_text = str(rev)
    assert reasons == [
        "实付 1268.50 元，积 12 分（每 100.00 元积 1 分；余额 68.50 元累计至下次消费）",
        "以 10 分兑换「电饭煲」（先扣最早到期的积分；不可撤销，不兑现金）",
        "购物单 S1 退款 1268.50 元：应扣回 12 分；扣回 2 分；10 分已兑奖，记为欠分",
        "实付 1500.00 元，积 15 分（每 100.00 元积 1 分；余额 0.00 元累计至下次消费）；"
        "其中 10 分抵还此前退货所欠积分",
        "会员卡 VIP-0001 挂失（或损坏）补办为 VIP-0001B，余额 5 分随卡转移",
        "2024-04-04 购物（单号 S2）所积 5 分有效期至 2026-03-15，已过期",
    ]
    assert rev_text.startswith("记欠分（R-VIP-05）：购物单 S1 退款")
    _one_language([*reasons, rev_text], "zh_CN")


def test_R_VIP_05_return_outcomes_in_chinese() -> None:
    """R-VIP-05: a refused return, a written-off shortfall and a return after expiry."""
    refuse = VipPolicy(shortfall_rule="refuse")
    write_off = VipPolicy(shortfall_rule="write_off")
    with language("zh_CN"):
        spent = Ledger(CARD, policy=refuse).earn(date(2024, 4, 1), "1000", "S1")
        spent = spent.redeem(date(2024, 4, 2), 8, "保温杯")
        _, refused = spent.reverse(date(2024, 4, 3), "S1")
        forgiven = Ledger(CARD, policy=write_off).earn(date(2024, 4, 1), "1000", "S1")
        forgiven = forgiven.redeem(date(2024, 4, 2), 8, "保温杯")
        _, written_off = forgiven.reverse(date(2024, 4, 3), "S1")
        _, void = spent.reverse(date(2026, 3, 16), "S1")
        texts = [str(refused), str(written_off), str(void)]
        assert refused.reason == (
            "购物单 S1 退款 1000.00 元应扣回 10 分，但仅剩 2 分；"
            "未扣回任何积分（政策：不足时拒绝扣回）"
        )
        assert (
            written_off.reason
            == "购物单 S1 退款 1000.00 元：应扣回 10 分；扣回 2 分；8 分已兑奖，予以核销"
        )
        assert void.reason == (
            "购物单 S1 退款 1000.00 元：应扣回 10 分；会员卡已于 2026-03-15 后过期，积分作废；"
            "8 分已兑奖，不再追回；2 分已过期"
        )
    with language("en_US"):  # worded when read
        assert refused.reason.startswith("the refund of 1000.00 on purchase S1 should take back")
    assert texts[0].startswith("拒绝扣回（R-VIP-05）：")
    _one_language(texts, "zh_CN")


@settings(max_examples=30)
@given(st.data())
def test_property_ledger_entries_speak_one_language(data: st.DataObject) -> None:
    """R-VIP-05, R-VIP-08, R-VIP-10: every entry of a random history, in either language."""
    for code in LANGUAGES:
        with language(code):
            led = data.draw(ledgers(policies=vip_policies()), label=code)
            after = (led.last_event_on or led.card.issued_on) + timedelta(days=800)
            if led.replaced_by is None:  # a closed ledger takes no more events (R-VIP-12)
                led = led.expire(max(after, led.card.last_valid_on + timedelta(days=1)))
            _one_language((e.reason for e in led.entries), code)


# ------------------------------------------------------------------ pricing


def test_R_VIP_03_R_VIP_04_R_VIP_06_R_VIP_07_quote_reasons_in_chinese() -> None:
    """R-VIP-04 one benefit per line, R-VIP-03 no card, R-VIP-06 below the tier, R-VIP-07 a
    birthday without the ID card, R-VIP-09 someone else's card: reasons and notes in Chinese."""
    basket = [Line("299", 2), Line("129", promotion_price="99"), Line("88", coupon="5")]
    with language("zh_CN"):
        q = quote(basket, CARD, on=date(2024, 6, 1), ledger=Ledger(CARD))
        none = quote([Line("100")], on=date(2024, 6, 1))
        promo = quote(
            [Line("100", special_price="95")],
            CARD,
            on=date(2024, 6, 2),
            policy=VipPolicy(stacking="促销优先"),
            ledger=Ledger(CARD, policy=VipPolicy(stacking="促销优先")),
        )
        other = quote(
            [Line("100")], CARD, on=date(2024, 6, 2), presented_by="C002", ledger=Ledger(CARD)
        )
        no_card = str(none.card_check)
        assert [line.reason for line in q.lines] == [
            "会员折扣9折：598.00 × 0.90 = 538.20（四舍五入）；择优适用单一优惠",
            "促销：应付 99.00 元；不与会员折扣同享；择优适用单一优惠；若用会员折扣则为 116.10 元",
            "会员折扣9折：88.00 × 0.90 = 79.20（四舍五入）；不与本行优惠券同享；择优适用单一优惠；"
            "若用优惠券则为 83.00 元",
        ]
        assert q.notes == (
            "积分 0 分 < 30 分，不享积分折扣",
            "今天是持卡人生日，但未查验身份证原件，不享生日折扣",
            "计入此前累计余额 0.00 元；余额 16.40 元累计至下次消费",
        )
        assert no_card == "拒绝（R-VIP-03）：未出示会员卡"
        assert none.lines[0].reason == "无适用优惠，按原价"
        assert (
            promo.lines[0].reason
            == "特价：应付 95.00 元；不与会员折扣同享；适用本行自身优惠（政策：促销优先）"
        )
        assert other.notes[0].startswith("不享会员优惠：会员卡 VIP-0001 属于顾客 C001")
        assert other.notes[0].endswith("会员卡仅限持卡人本人使用")
        assert not any("R-VIP" in note for note in (*q.notes, *other.notes))
        _one_language(
            [*(x.reason for r in (q, none, promo, other) for x in r.lines), *q.notes, *other.notes],
            "zh_CN",
        )


def test_R_VIP_03_R_VIP_04_english_names_the_benefits_and_rates_in_english() -> None:
    """R-VIP-03, R-VIP-04: in English a benefit is named in words and a rate as the share
    taken off ("10% off", not 9折), the same words wherever a sentence names it; in Chinese
    the labels and 折 stay.  A quote made in one language reads in the other."""
    with language("zh_CN"):
        q = quote([Line("88", coupon="5")], CARD, on=date(2024, 6, 2), ledger=Ledger(CARD))
        assert q.lines[0].reason.startswith("会员折扣9折：88.00 × 0.90 = 79.20")
    with language("en_US"):
        assert q.lines[0].reason == (
            "VIP rate (10% off): 88.00 × 0.90 = 79.20 (half up); the line's coupon not "
            "combined; best single benefit; coupon would be 83.00"
        )


@settings(max_examples=30)
@given(st.data())
def test_property_quotes_speak_one_language(data: st.DataObject) -> None:
    """R-VIP-03/04/06/07/09/10: every line reason, note and card check of a quote."""
    basket = data.draw(st.lists(lines(max_price=500, max_quantity=3), min_size=1, max_size=4))
    on = data.draw(dates(date(2020, 1, 1), date(2027, 12, 31)), label="on")
    coupon = data.draw(st.one_of(st.none(), st.sampled_from(("0", "5", "30"))), label="coupon")
    verified = data.draw(st.booleans(), label="id_verified")
    for code in LANGUAGES:
        with language(code):
            led = data.draw(st.one_of(st.none(), ledgers()), label="ledger")
            card = led.card if led is not None else data.draw(st.one_of(st.none(), cards()))
            led = Ledger(card) if led is None and card is not None else led  # R-VIP-06
            day = max(on, led.last_event_on) if led is not None and led.last_event_on else on
            q = quote(basket, card, on=day, ledger=led, coupon=coupon, id_verified=verified)
            _one_language([*(x.reason for x in q.lines), *q.notes, str(q.card_check)], code)


def test_R_VIP_10_a_quote_without_benefit_says_why_in_either_language() -> None:
    """R-VIP-09, R-VIP-10: the headline of a quote for an expired card (its ``reason``) is
    written in the active language, with the card check's reason first."""
    expired = date(2026, 3, 16)
    with language("zh_CN"):  # made in Chinese, read in English
        q = quote([Line("100")], CARD, on=expired, ledger=Ledger(CARD))
    with language("en_US"):
        reason, headline = q.reason, str(q)
    assert reason == (
        "no VIP benefit: card VIP-0001 expired after 2026-03-15; the old card is void, apply "
        "for a new one; 1 line without a benefit: list 100.00, to pay 100.00, no points earned"
    )
    assert headline == f"no benefit (R-VIP-10): {reason}"
    _one_language([reason], "en_US")
    with language("zh_CN"):
        q = quote([Line("100")], CARD, on=expired, ledger=Ledger(CARD))
        assert q.reason.startswith("不享会员优惠：会员卡 VIP-0001 有效期至 2026-03-15，已过期")
        assert q.reason.endswith("；无优惠 1 行：原价 100.00 元，应付 100.00 元，不获积分")
        _one_language([q.reason], "zh_CN")


# ------------------------------------------------------------------ stored results


def _no_cjk_but_supplied(text: str, supplied: Iterable[str]) -> bool:
    """Whether ``text`` holds Chinese only where it quotes a text the user ``supplied``."""
    rest = text
    for name in supplied:
        if name:
            rest = rest.replace(name, "")
    return not CJK_RUN.search(rest)


@settings(max_examples=40)
@given(st.data())
def test_property_R_VIP_03_04_05_06_07_a_quote_is_the_same_whatever_language_made_it(
    data: st.DataObject,
) -> None:
    """R-VIP-03/04/05/06/07/09/10: a quote keeps facts, not sentences, so the quote made under
    zh_CN equals the one made under en_US, stores the same JSON and loads back equal; read
    under en_US, every text of it (headline, lines, notes, card check, explain) is English
    but for the names the user supplied, and read under zh_CN it is Chinese."""
    basket = data.draw(st.lists(lines(max_price=500, max_quantity=3), min_size=1, max_size=4))
    on = data.draw(dates(date(2020, 1, 1), date(2027, 12, 31)), label="on")
    coupon = data.draw(st.one_of(st.none(), st.sampled_from(("0", "5", "30"))), label="coupon")
    verified = data.draw(st.booleans(), label="id_verified")
    led = data.draw(st.one_of(st.none(), ledgers()), label="ledger")
    card = led.card if led is not None else data.draw(st.one_of(st.none(), cards()))
    day = max(on, led.last_event_on) if led is not None and led.last_event_on else on
    led = Ledger(card) if led is None and card is not None else led  # R-VIP-06
    made = {}
    for code in LANGUAGES:
        with language(code):
            made[code] = quote(
                basket, card, on=day, ledger=led, coupon=coupon, id_verified=verified
            )
    zh, en = made["zh_CN"], made["en_US"]
    assert zh == en
    assert serial.to_json(zh) == serial.to_json(en)
    assert serial.from_json(serial.to_json(zh), expect=Quote) == zh
    with language("en_US"):
        texts = [zh.explain(), *(x.reason for x in zh.lines), *zh.notes, str(zh.card_check)]
    supplied = [line.name for line in basket] + ([card.holder.name] if card else [])
    for text in texts:
        assert _no_cjk_but_supplied(text, supplied), text
    with language("zh_CN"):
        _one_language([*(x.reason for x in zh.lines), *zh.notes], "zh_CN")


def test_R_VIP_06_R_VIP_07_the_english_of_a_quote_says_the_rates_as_read() -> None:
    """R-VIP-06 8.5折 is "15% off", R-VIP-07 6折 "40% off": a Chinese-made quote read in
    English names the benefit and the rate in English words, and in Chinese as before."""
    led = Ledger(CARD).open_balance(date(2024, 3, 15), 30, "opening balance")
    with language("zh_CN"):
        q = quote([Line("1000")], CARD, on=date(2024, 4, 1), ledger=led)
        assert str(q.lines[0]) == (
            "积分折扣（R-VIP-06）：积分折扣8.5折：1000.00 × 0.85 = 850.00（四舍五入）；"
            "择优适用单一优惠"
        )
    with language("en_US"):
        assert str(q.lines[0]) == (
            "points-tier rate (R-VIP-06): points-tier rate (15% off): 1000.00 × 0.85 = 850.00 "
            "(half up); best single benefit"
        )
        assert str(q).startswith("points-tier rate (R-VIP-04): points-tier rate on 1 line; ")
        born = Card.issue("VIP-0003", Holder("C003", "李雷"), on=date(2024, 3, 15))
        notes = quote(
            [Line("100")], born, on=date(2024, 4, 1), id_verified=True, ledger=Ledger(born)
        ).notes
        assert (
            "no birth date is registered for the holder: the birthday rate (40% off) could not "
            "be checked"
        ) in notes
