"""Complaints told mildly: an expectation not met, a recommendation withheld, a merit lacking,
a mending called urgent, a grudging verdict, a fault that sets in at once, a summed-up
lukewarm verdict and not even the least thing (issue 13).

The forty-second round, the complaint side (R-CMP-01, R-CMP-02): a good thing expected and not
found (本以为会很新鲜: ``kind.expectation-missed``); a recommendation the writer cannot give or
a return ruled out (难以推荐, 不太可能再光顾: ``kind.warning``); a merit the staff lack (欠缺
专业知识, 缺乏耐心: the praise word under 欠缺/缺乏/难以 is flipped); a mending called urgent
(亟需改善, 急需整改: ``kind.fix-request``); a verdict given grudgingly (只能说一般:
``kind.only-can-say``); a fault that sets in at once or soon (一连蓝牙就开始断, 用了不到一周就
坏了: ``kind.fault-onset``); the lukewarm verdict summed up before a fault (总体还算可以，就是X:
``kind.faint-praise``); and not even the least thing (连发票都不给, 这么简单的功能都做不到:
``kind.not-even``).  The look-alikes stay what they were: a fear proved wrong, an expectation
met, a guess corrected, a speech opened with 只能说, a warm verdict with a small fault, a pain
not even felt.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier_checks import RULES_ONLY, complaint_either_way, kind_either_way
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, classify

# ---- a good thing expected and not found (kind.expectation-missed) --------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("本以为这家的面包会很新鲜，拿到手已经发硬了", Category.PRODUCT_QUALITY),
        ("原以为五百块的房间至少干净，结果床单上有头发", Category.PRODUCT_QUALITY),
        ("满以为这次的客服会很专业，谁知一问三不知", Category.SERVICE_QUALITY),
    ],
)
def test_r_cmp_01_an_expectation_not_met_is_a_complaint(text: str, category: Category) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is category
    assert "kind.expectation-missed" in result.fired


def test_r_cmp_01_a_fear_proved_wrong_stays_praise() -> None:
    text = "本来以为会很难吃，结果出乎意料地好吃"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.expectation-missed" not in _fired(text)


def test_r_cmp_01_an_expectation_met_stays_praise() -> None:
    text = "本以为会很方便，果然很方便"
    kind_either_way(text, Kind.PRAISE)
    assert "kind.expectation-missed" not in _fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "本以为会很方便，结果很方便",
        "本以为这家的菜会很好吃，事实也确实如此",
        "原以为会很好吃，也没让我失望",
    ],
)
def test_r_cmp_01_an_expectation_met_in_the_words_after_it_stays_praise(text: str) -> None:
    """The merit said again undenied, or the outcome confirmed (确实, 没让我失望)."""
    kind_either_way(text, Kind.PRAISE)
    assert "kind.expectation-missed" not in _fired(text)


@pytest.mark.parametrize(
    "text", ["本以为会很方便，结果一点也不方便", "本以为会很好吃，结果没那么好吃"]
)
def test_r_cmp_01_the_merit_said_again_but_denied_is_an_expectation_missed(text: str) -> None:
    complaint_either_way(text)
    assert "kind.expectation-missed" in _fired(text)


def test_r_cmp_01_a_guess_corrected_is_no_expectation_missed() -> None:
    assert "kind.expectation-missed" not in _fired("还以为是网络的原因，重启一下就好了")


# ---- a recommendation withheld, a return ruled out (kind.warning) ---------------------------


@pytest.mark.parametrize(
    "text",
    ["饭菜难吃，服务也冷淡，实在难以推荐给朋友", "价格偏高，以后不太可能再光顾了"],
)
def test_r_cmp_01_a_recommendation_withheld_is_a_warning(text: str) -> None:
    complaint_either_way(text)
    assert "kind.warning" in _fired(text)


@pytest.mark.parametrize(
    "text",
    ["好吃到难以形容，推荐给大家", "以后还会再来光顾"],
)
def test_r_cmp_01_a_recommendation_given_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.warning" not in _fired(text)


def test_r_cmp_01_a_price_that_cannot_fall_is_no_return_ruled_out() -> None:
    assert "kind.warning" not in _fired("不可能再便宜了，已经是最低价")


# ---- a merit the staff lack (欠缺/缺乏 before a praise word) ------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("前台的小姑娘缺乏耐心，问两句就不耐烦", Category.SERVICE_QUALITY),
        ("维修师傅欠缺专业知识，修了两次都没修好", Category.REPAIR_QUALITY),
    ],
)
def test_r_cmp_01_a_merit_lacking_is_a_complaint(text: str, category: Category) -> None:
    complaint_either_way(text)
    assert classify(text).category is category


def test_r_cmp_01_the_writers_own_lack_does_not_deny_the_praise_after_it() -> None:
    kind_either_way("我缺乏经验，师傅很耐心地教我", Kind.PRAISE)


# ---- a mending called urgent (kind.fix-request) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("前台的服务态度亟需改善", Category.SERVICE_QUALITY),
        ("售后服务急需整改", Category.SERVICE_QUALITY),
    ],
)
def test_r_cmp_01_an_urgent_mending_is_a_complaint(text: str, category: Category) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is category
    assert result.kind_rule == "kind.fix-request"


def test_r_cmp_01_a_thing_needed_urgently_is_a_question() -> None:
    text = "急需一台冰箱，请问什么时候有货？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.fix-request" not in _fired(text)


# ---- a verdict given grudgingly (kind.only-can-say) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("只能说一般，跟宣传的差距很大", Category.PRODUCT_QUALITY),
        ("我只能说花这个钱不值", Category.SALES_CONTRACT),
    ],
)
def test_r_cmp_01_a_grudging_verdict_is_a_complaint(text: str, category: Category) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is category
    assert "kind.only-can-say" in result.fired


@pytest.mark.parametrize("text", ["我只能说一句话：太好吃了！", "只能说很好，下次还来"])
def test_r_cmp_01_a_speech_opened_with_only_can_say_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.only-can-say" not in _fired(text)


@pytest.mark.parametrize("text", ["我只能说，这是我吃过最好吃的火锅", "只能说：完美"])
def test_r_cmp_01_a_praise_verdict_past_the_comma_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.only-can-say" not in _fired(text)


def test_r_cmp_01_a_best_denied_after_only_can_say_stays_a_complaint() -> None:
    text = "只能说，不是最好吃的"
    complaint_either_way(text)
    assert "kind.only-can-say" in _fired(text)


# ---- a fault that sets in at once or soon (kind.fault-onset) ------------------------------


@pytest.mark.parametrize(
    "text",
    ["新买的耳机一连蓝牙就开始断", "洗衣机用了不到一周就坏了", "这手机一打游戏就开始发烫"],
)
def test_r_cmp_01_a_fault_that_sets_in_soon_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is Category.PRODUCT_QUALITY
    assert "kind.fault-onset" in result.fired


def test_r_cmp_01_a_queue_that_starts_is_no_fault_onset() -> None:
    assert "kind.fault-onset" not in _fired("一到周末就开始排队，生意真好")


def test_r_cmp_01_a_song_that_turns_popular_is_no_fault_onset() -> None:
    """红 for "popular" is no fault; a rash that sets in (开始红肿) still is."""
    text = "这首歌一上线就开始红了，我们都爱听"
    assert classify(text).kind is Kind.NO_ACTION
    assert "kind.fault-onset" not in _fired(text)
    assert "kind.fault-onset" in _fired("宝宝只用了一片纸尿裤就开始红屁股")


def test_r_cmp_01_a_fault_supposed_stays_a_question() -> None:
    text = "如果用了几天就坏了，可以退吗？"
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.fault-onset" not in _fired(text)


# ---- a lukewarm verdict summed up before a fault (kind.faint-praise) ----------------------


@pytest.mark.parametrize(
    "text",
    ["总体还算可以，就是房间有点小", "整体也就还行吧，不过停车不方便"],
)
def test_r_cmp_01_a_summed_up_lukewarm_verdict_is_a_complaint(text: str) -> None:
    complaint_either_way(text)
    assert "kind.faint-praise" in _fired(text)


@pytest.mark.parametrize("text", ["总体还算不错，就是有点贵", "总体还算满意"])
def test_r_cmp_01_a_summed_up_warm_verdict_stays_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "kind.faint-praise" not in _fired(text)


# ---- not even the least thing (kind.not-even) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("连一张发票都不给开", Category.SALES_CONTRACT),
        ("这么简单的功能都做不到，还说是旗舰机", Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_01_not_even_the_least_thing_is_a_complaint(text: str, category: Category) -> None:
    complaint_either_way(text)
    result = classify(text)
    assert result.category is category
    assert "kind.not-even" in result.fired


@pytest.mark.parametrize(
    "text",
    ["连续三天都没有下雨", "拔牙的时候连疼都不疼，医生手法太好了", "连我妈都说好吃"],
)
def test_r_cmp_01_a_pain_not_felt_or_a_run_of_days_is_no_not_even(text: str) -> None:
    """Days in a row (连续), a pain not even felt, a praise that reaches everyone."""
    assert "kind.not-even" not in _fired(text)


def test_r_cmp_01_no_fault_found_even_by_the_fussiest_is_no_not_even() -> None:
    """No fault found (都没挑出毛病, 都没发现任何问题) is praise; the learned layer reads the
    first as praise, the rules alone still see 毛病 through another rule."""
    text = "连挑剔的老公都没挑出毛病，非常满意"
    assert classify(text).kind is Kind.PRAISE
    assert "kind.not-even" not in _fired(text)
    assert "kind.not-even" not in _fired("连我这么挑剔的人都没发现任何问题")


def test_r_cmp_01_a_problem_not_even_solved_stays_not_even() -> None:
    text = "连问题都没有解决"
    complaint_either_way(text)
    assert "kind.not-even" in _fired(text)


def test_r_cmp_01_praise_that_reaches_everyone_stays_praise() -> None:
    kind_either_way("连我妈都说好吃", Kind.PRAISE)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["这个", "新买的", "店里的"]),
    st.sampled_from(["吹风机", "电饭煲", "充电宝", "台灯"]),
    st.sampled_from(["用了三天就坏了", "一开机就开始发烫", "才用了一次就不亮了"]),
)
def test_r_cmp_01_a_fault_that_sets_in_stays_a_complaint_whatever_the_goods(
    which: str, goods: str, fault: str
) -> None:
    text = f"{which}{goods}{fault}"
    result = classify(text, policy=RULES_ONLY)
    assert result.kind is Kind.COMPLAINT, text
    assert "kind.fault-onset" in result.fired, text
