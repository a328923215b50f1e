"""A hotel's guest messages: English words read whole, a handled complaint thanked, a fall
that hurt a guest, a staff member's rude words quoted, a booking not honoured, a complaint
its writer denies, theft and the police, a plain question's category, a thing done and
thanked for; a hidden camera or a stranger in the room, a fall told by what it did to the
body, a fitting that fell on a guest, sarcasm, a fault that stayed after a change of room,
a promise recalled (说好的呢), a cleaner who threw the guest's things away, works not
announced.

The kind of a contact is read from its words (R-CMP-01) and its category from what it is
about (R-CMP-02, R-CMP-03); the signals are the severity hints of R-CMP-07; the rude words
are the forbidden phrases of R-SVC-01.
"""

from __future__ import annotations

import datetime as dt
import string
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from custops.complaints import (
    Category,
    Complaint,
    Kind,
    Severity,
    Signal,
    classify,
    find_matches,
)
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY
from custops.complaints.severity import assess_severity
from custops.service import DEFAULT_FORBIDDEN_PHRASES, PhraseKind

T0 = dt.datetime(2026, 7, 6, 21, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def _counted(text: str) -> list[tuple[str, str]]:
    """``(rule ID, words)`` of each counted match of the built-in rules in ``text``."""
    return [(e.rule_id, e.text) for e in find_matches(text)[0]]


def _signals(text: str) -> set[Signal]:
    return set(classify(text).signals)


# ---- an English keyword is a whole word (R-CMP-01) ----------------------------------------


def test_r_cmp_01_an_english_keyword_inside_a_longer_word_is_no_match() -> None:
    counted, suppressed = find_matches("The breakfast buffet was cold")
    assert ("pr.delivery", "fast") not in [(e.rule_id, e.text) for e in counted]
    assert [(e.rule_id, e.negated_by) for e in suppressed] == [("pr.delivery", "breakfast")]
    assert classify("The breakfast buffet was cold").kind is not Kind.PRAISE
    assert classify("Is breakfast included in the rate?").kind is Kind.CONSULTATION
    # a praise word with a negating prefix is no praise word
    assert classify("The night staff were unhelpful").kind is Kind.COMPLAINT
    assert ("pr.service", "helpful") not in _counted("The night staff were unhelpful")


def test_r_cmp_01_an_english_keyword_standing_alone_still_counts() -> None:
    # the space dropped by the normalisation still parts two words
    assert ("pr.delivery", "fast") in _counted("the room service came fast")
    assert classify("Check-in was quick and the staff friendly").kind is Kind.PRAISE
    # an ending keeps the word the keyword's own
    assert ("rx.mention", "refunded") in _counted("They refunded me")
    assert ("rx.mention", "refund") in _counted("no refunds at all")
    assert ("sq.waiting", "waited") in _counted("we waited an hour")
    assert ("sq.waiting", "waiting") in _counted("we kept waiting at the desk")
    assert ("kind.complaint", "complaint") in _counted("I want to make a complaint")


def test_r_cmp_01_a_number_keyword_inside_a_longer_number_is_no_match() -> None:
    assert ("pr.general", "5星") in _counted("给5星")
    assert ("pr.general", "5星") not in _counted("排名第15星级")


_ASCII_TERMS = sorted(
    {
        term
        for rule in DEFAULT_CLASSIFIER_POLICY.rules
        for term in rule.terms
        if term.isascii() and term.isalnum() and term[0].isalpha()
    }
)
_ENDINGS = ("", "s", "es", "d", "ed", "ing", "ly")


@given(
    prefix=st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=4),
    term=st.sampled_from(_ASCII_TERMS),
    suffix=st.text(alphabet="qxz", max_size=3),
)
def test_r_cmp_01_no_ascii_keyword_matches_inside_a_longer_word(
    prefix: str, term: str, suffix: str
) -> None:
    # a keyword counted in one English word is the word itself, or it less an ending
    word = f"{prefix}{term}{suffix}"
    text = f"我看到了 {word} 这个词"
    low = text.index(word)
    for e in find_matches(text)[0]:
        if e.source.isascii() and e.source.isalnum():
            assert e.span[0] == low, (word, e.rule_id, e.text)
            assert word[len(e.text) :] in _ENDINGS, (word, e.rule_id, e.text)


# ---- a handled complaint thanked (R-CMP-01, R-CMP-07 repeat) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "上回反映的热水问题处理得很及时，谢谢",
        "上次投诉的空调噪音处理得非常到位，辛苦了",
        "之前报修的淋浴头修好了，谢谢工程部",
    ],
)
def test_r_cmp_01_thanks_for_a_complaint_handled_is_praise_and_no_repeat(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.PRAISE
    assert Signal.REPEAT not in result.signals
    assert "kind.resolved" in result.fired


@pytest.mark.parametrize(
    "text", ["上次投诉的问题处理得很差，又来投诉", "上次投诉的噪音问题到现在还没处理好"]
)
def test_r_cmp_07_a_complaint_not_handled_stays_a_repeat_complaint(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert Signal.REPEAT in result.signals


def test_r_cmp_01_a_question_whether_it_was_handled_is_no_praise() -> None:
    assert classify("之前反映的热水问题解决了吗？").kind is not Kind.PRAISE


# ---- a fall that hurt a guest (R-CMP-07 safety) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "卫生间没有防滑垫，我爸滑倒了，膝盖磕破流血",
        "泳池边瓷砖太滑，孩子摔了一跤，后脑勺磕破了",
        "大堂刚拖完地没放提示牌，我摔倒后手腕骨折，住了三天院",
        "孩子额头撞到桌角，去医院缝了四针",
    ],
)
def test_r_cmp_07_a_fall_or_a_wound_of_a_guest_is_the_safety_signal(text: str) -> None:
    assert Signal.SAFETY in _signals(text)
    assessed = assess_severity(
        Complaint(received_at=T0, channel="phone", content=text, complainant="林")
    )
    assert assessed.severity is Severity.MAJOR
    assert Signal.SAFETY in assessed.criteria


@pytest.mark.parametrize(
    "text",
    ["浴室地面有点滑，我摔倒了但是没有受伤", "裤子开线了，洗衣房帮我缝了两针", "浴室太滑了"],
)
def test_r_cmp_07_no_harm_to_a_person_is_no_safety_signal(text: str) -> None:
    assert Signal.SAFETY not in _signals(text)


# ---- a staff member's rude words quoted (R-SVC-01, R-CMP-03) ------------------------------

_PAIRED = [
    p.phrase for p in DEFAULT_FORBIDDEN_PHRASES if p.kind is PhraseKind.BRUSQUE and "," in p.phrase
]
_ADDRESSES = [
    p.phrase for p in DEFAULT_FORBIDDEN_PHRASES if p.kind is PhraseKind.CONTEMPTUOUS_ADDRESS
]


def test_r_svc_01_the_catalogue_lists_the_phrases_read_here() -> None:
    assert _PAIRED == ["喂,干什么", "叫什么,等一会儿"]
    assert sorted(_ADDRESSES) == sorted(["老太婆", "老头", "神经病"])


@pytest.mark.parametrize("phrase", _PAIRED)
@pytest.mark.parametrize("frame", ["夜班保安冲我喊“{}”", "我在前台等房卡，服务员说：{}！"])
def test_r_svc_01_a_forbidden_phrase_said_to_the_guest_is_a_service_complaint(
    phrase: str, frame: str
) -> None:
    text = frame.format(phrase.replace(",", "，"))
    result = classify(text)
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SERVICE_QUALITY), text


@pytest.mark.parametrize("address", _ADDRESSES)
def test_r_svc_01_a_contemptuous_address_of_the_guest_is_a_service_complaint(
    address: str,
) -> None:
    result = classify(f"餐厅领班当着大家的面骂我{address}")
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SERVICE_QUALITY)


def test_r_cmp_01_a_quoted_rude_question_and_what_kind_of_manners_are_no_questions() -> None:
    assert classify("门童冲我嚷：喂！你干嘛？").kind is Kind.COMPLAINT
    result = classify("行李员把箱子扔在地上，这是什么素质？")
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SERVICE_QUALITY)


@pytest.mark.parametrize(
    "text", ["喂，你好，请问早餐几点开始？", "我叫老头子一起下来吃早饭", "喂，你们是干什么的？"]
)
def test_r_svc_01_a_greeting_or_a_family_word_is_no_forbidden_phrase(text: str) -> None:
    assert "sq.attitude" not in classify(text).fired


# ---- a booking not honoured (R-CMP-03 sales contract) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "预订的是海景房，入住时给我安排了朝向停车场的房间",
        "订了含早套餐，结果前台说没有早餐",
        "说好的免费升级，退房时却按原价收了",
        "晚上到店，前台告诉我没有房间了",
    ],
)
def test_r_cmp_03_a_booking_not_honoured_is_a_sales_contract_complaint(text: str) -> None:
    result = classify(text)
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SALES_CONTRACT), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("订的房间很好，安排得很周到", Kind.PRAISE),
        ("我订了大床房，请问可以加床吗", Kind.CONSULTATION),
    ],
)
def test_r_cmp_01_a_booking_kept_or_asked_about_is_no_complaint(text: str, kind: Kind) -> None:
    assert classify(text).kind is kind


# ---- 不满意 is no praise word (R-CMP-01) ----------------------------------------------------


def test_r_cmp_01_the_one_dissatisfaction_is_no_praise() -> None:
    text = "位置方便，唯一不满意的是枕头太硬"
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert "pr.minor" not in result.fired
    praise = [e for e in result.evidence if e.kind is Kind.PRAISE and "满意" in e.text]
    assert praise == []


def test_r_cmp_01_the_only_shortcoming_of_a_good_stay_is_still_praise() -> None:
    assert classify("唯一不足是枕头太硬，总体还不错").kind is Kind.PRAISE


# ---- a complaint its writer denies (R-CMP-01) ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我不是投诉，就是问下停车怎么收费",
        "不是投诉哈，只是想问问早餐几点结束",
        "并不是要投诉，想了解一下发票什么时候能开",
    ],
)
def test_r_cmp_01_a_question_whose_writer_says_it_is_no_complaint_is_a_consultation(
    text: str,
) -> None:
    result = classify(text)
    assert result.kind is Kind.CONSULTATION
    assert "kind.complaint" not in result.fired


@pytest.mark.parametrize("text", ["我要投诉你们前台", "这已经不是第一次投诉了，还是没人管"])
def test_r_cmp_01_a_complaint_not_denied_stays_one(text: str) -> None:
    assert classify(text).kind is Kind.COMPLAINT


# ---- theft and the police (R-CMP-07, R-CMP-03) --------------------------------------------


@pytest.mark.parametrize("text", ["客房服务员拿走了我的耳机", "怀疑保洁阿姨偷了我放在抽屉里的现金"])
def test_r_cmp_03_staff_accused_of_theft_is_a_service_complaint_with_the_legal_signal(
    text: str,
) -> None:
    result = classify(text)
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SERVICE_QUALITY)
    assert Signal.LEGAL in result.signals


def test_r_cmp_07_the_police_called_is_the_police_signal_and_theft_a_loss() -> None:
    signals = _signals("行李寄存后箱子里的相机被偷了，已经报警")
    assert {Signal.POLICE, Signal.LOSS} <= signals
    assert Signal.LEGAL not in signals  # the police are no court (a criterion of its own)
    assessed = assess_severity(
        Complaint(received_at=T0, channel="phone", content="相机被偷了，我要报警", complainant="林")
    )
    assert assessed.severity is Severity.MAJOR
    assert assessed.criteria == (Signal.POLICE,)


@pytest.mark.parametrize(
    "text", ["车辆仪表盘报警", "员工没有偷我的东西，是我自己放错了", "请问附近有派出所吗"]
)
def test_r_cmp_07_a_warning_light_or_a_theft_denied_is_no_legal_signal(text: str) -> None:
    assert not {Signal.LEGAL, Signal.POLICE} & _signals(text)


# ---- a plain question's category (R-CMP-01, R-CMP-03) --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "请问明早可以晚点退房吗？大约下午1点",
        "想问下几点可以办理入住？",
        "你好，请问周六还有空房吗",
    ],
)
def test_r_cmp_03_a_question_naming_no_subject_has_category_other(text: str) -> None:
    result = classify(text)
    assert (result.kind, result.category) == (Kind.CONSULTATION, Category.OTHER), text


def test_r_cmp_03_a_question_naming_a_subject_keeps_its_category() -> None:
    result = classify("请问可以开电子发票吗")
    assert (result.kind, result.category) == (Kind.CONSULTATION, Category.SALES_CONTRACT)


# ---- a thing done and thanked for is no request (R-CMP-01) --------------------------------


@pytest.mark.parametrize(
    "text", ["谢谢客房部帮我找回了落在房间的充电器", "感谢大堂经理帮我找到了丢失的护照"]
)
def test_r_cmp_01_thanks_for_a_thing_found_is_no_request(text: str) -> None:
    result = classify(text)
    assert result.kind is not Kind.CONSULTATION
    assert result.kind is not Kind.COMPLAINT


def test_r_cmp_01_a_request_to_find_a_thing_is_a_consultation() -> None:
    assert classify("能帮我找一下落在房间的充电器吗？").kind is Kind.CONSULTATION


# ---- charged twice, a repair that did not hold (R-CMP-03) ---------------------------------


def test_r_cmp_03_charged_twice_is_a_sales_contract_complaint() -> None:
    for text in ("My card was charged twice for one night", "同一晚的房费扣了两次"):
        result = classify(text)
        assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SALES_CONTRACT)


def test_r_cmp_03_a_plumbers_repair_that_still_leaks_is_repair_quality() -> None:
    result = classify("The plumber fixed the tap yesterday but it still leaks")
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.REPAIR_QUALITY)


def test_r_cmp_01_something_asked_to_be_added_is_a_suggestion() -> None:
    assert classify("Can you add a kettle to the room?").kind is Kind.SUGGESTION
    assert classify("Could you tell me the wifi password?").kind is Kind.CONSULTATION


# ---- privacy and personal safety: a hidden camera, a stranger in the room (R-CMP-07) ----


@pytest.mark.parametrize(
    "text",
    [
        "卫生间的插座里藏着一个摄像头，我们吓坏了",
        "退房前在电视机旁边发现了针孔摄像机",
        "怀疑被偷拍了，床头的闹钟里有个镜头",
        "We found a spy camera behind the mirror in our room",
        "凌晨两点有人拿房卡刷开了我的房门，我一个人住吓死了",
        "半夜有陌生男子推开了我们的房门，说走错了",
        "A stranger walked into my room at midnight with a key card",
    ],
)
def test_r_cmp_07_a_hidden_camera_or_a_stranger_in_the_room_is_a_safety_complaint(
    text: str,
) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert Signal.SAFETY in result.signals


def test_r_cmp_07_a_hidden_camera_makes_the_complaint_major() -> None:
    complaint = Complaint(
        received_at=T0, channel="前台", content="衣柜门缝里藏着摄像头，正对着床", complainant="x"
    )
    assessed = assess_severity(complaint)
    assert assessed.severity is Severity.MAJOR
    assert "摄像头" in assessed.reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("入住前想确认一下，房间会不会有针孔摄像头？", Kind.CONSULTATION),
        ("Do your rooms get checked for hidden cameras?", Kind.CONSULTATION),
        ("昨晚有陌生人进了我房间吗？想查一下监控", Kind.CONSULTATION),
        ("我们用手机检查了一遍，没有发现偷拍设备", None),
        ("大堂的监控摄像头拍到了小偷，谢谢保安", None),
        ("没有陌生人进过我的房间，东西是我自己放错了", None),
    ],
)
def test_r_cmp_07_a_camera_or_a_stranger_asked_about_or_denied_is_no_safety_signal(
    text: str, kind: Kind | None
) -> None:
    result = classify(text)
    assert Signal.SAFETY not in result.signals
    if kind is not None:
        assert result.kind is kind


# ---- a fall told by what it did, a fitting that fell on a guest (R-CMP-07, R-CMP-03) ----


@pytest.mark.parametrize(
    "text",
    [
        "泳池边的地砖很滑，我女儿滑倒了，膝盖都肿了",
        "在走廊绊倒了，手腕扭伤了",
        "健身房的哑铃架掉下来砸到我脚了",
        "I tripped on the loose carpet and bruised my knee",
    ],
)
def test_r_cmp_07_a_fall_or_a_blow_that_hurt_is_a_safety_complaint(text: str) -> None:
    result = classify(text)
    assert result.kind is Kind.COMPLAINT
    assert Signal.SAFETY in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "浴室地面有点滑，还好没摔倒",
        "孩子在房间里摔了一跤，一点都不疼，服务员还拿来了创可贴，谢谢",
        "I almost slipped in the shower, please put a mat there",
    ],
)
def test_r_cmp_07_a_fall_that_did_no_harm_is_no_safety_signal(text: str) -> None:
    assert Signal.SAFETY not in classify(text).signals


@pytest.mark.parametrize(
    "text",
    [
        "卫生间的吊顶掉下来砸到我肩膀，要求酒店赔偿医药费",
        "我在淋浴间滑倒受伤了，要求赔偿",
        "泳池边的地砖很滑，我女儿滑倒了，膝盖都肿了",
    ],
)
def test_r_cmp_03_a_room_fitting_that_hurt_a_guest_is_product_quality(text: str) -> None:
    """The labelling guide's hotels: room and facilities are product quality, also when
    compensation is asked; a claim does not make it a contract matter."""
    result = classify(text)
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.PRODUCT_QUALITY)
    assert Signal.SAFETY in result.signals


# ---- sarcasm, a fault that stayed, a promise recalled (R-CMP-01) ------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("床上还有上一位客人的袜子，真是开了眼了", Category.PRODUCT_QUALITY),
        ("呵呵，打了三次电话客房都没人接", Category.SERVICE_QUALITY),
        ("空调噪音大，换了房间还是一样吵，建议你们统一检修一下", Category.PRODUCT_QUALITY),
        ("订房时说好的免费接机呢？到了机场根本没人", Category.SALES_CONTRACT),
    ],
)
def test_r_cmp_01_sarcasm_a_fault_that_stayed_or_a_promise_recalled_is_a_complaint(
    text: str, category: Category
) -> None:
    result = classify(text)
    assert (result.kind, result.category) == (Kind.COMPLAINT, category)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("呵呵，挺好的，下次还来", Kind.PRAISE),
        ("这是一家很不错的五星级酒店，服务周到", Kind.PRAISE),
        ("给你们打五星，前台很热情", Kind.PRAISE),
        ("建议你们在房间里多放一瓶矿泉水", Kind.SUGGESTION),
        ("请问明天的接机车几点到呢？", Kind.CONSULTATION),
    ],
)
def test_r_cmp_01_the_same_words_in_praise_a_wish_or_a_question_are_no_complaint(
    text: str, kind: Kind
) -> None:
    assert classify(text).kind is kind


def test_r_cmp_01_a_hotel_star_grade_is_no_praise_word() -> None:
    assert ("pr.general", "五星") not in _counted("住的是五星级酒店，浴室的下水道堵了")
    assert ("pr.general", "五星") in _counted("给你们打五星")


# ---- staff thanked for a deed, staff who threw the guest's things away (R-CMP-01, 03) ----


def test_r_cmp_01_thanks_to_a_member_of_staff_for_a_deed_is_praise_of_the_service() -> None:
    result = classify("谢谢客房部的王阿姨帮我找回了落下的耳机")
    assert result.kind is Kind.PRAISE
    # praise takes the policy's praise category; the staff praised is its topic
    assert result.category is DEFAULT_CLASSIFIER_POLICY.praise_category
    short = classify("感谢礼宾部的小陈，昨晚是他帮我们把行李搬上楼的")
    assert (short.kind, short.topic) == (Kind.PRAISE, Category.SERVICE_QUALITY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("谢谢前台帮我查一下，请问还有双床房吗？", Kind.CONSULTATION),
        ("感谢你们的前台，让我在大堂等了一个小时", Kind.COMPLAINT),
    ],
)
def test_r_cmp_01_thanks_before_a_question_or_in_irony_is_no_praise(text: str, kind: Kind) -> None:
    assert classify(text).kind is kind


@pytest.mark.parametrize(
    "text",
    ["谢谢400热线的客服，耐心帮我改了两次订单", "感谢营业厅的工作人员，下班了还帮我补办了卡"],
)
def test_r_cmp_01_thanks_to_any_desks_staff_for_a_deed_is_praise(text: str) -> None:
    """R-CMP-01: staff named after a hotline or a place (客服, 工作人员) thanked for a deed."""
    result = classify(text)
    assert (result.kind, result.kind_rule) == (Kind.PRAISE, "hotel.staff-thanked")


@pytest.mark.parametrize("text", ["谢谢你们的客服，一直不帮我处理", "谢谢客服，没帮我解决任何问题"])
def test_r_cmp_01_thanks_for_a_deed_not_done_is_no_praise(text: str) -> None:
    """R-CMP-01: a deed denied (不帮我, 没帮我) after thanks is no praise of the staff."""
    result = classify(text)
    assert "hotel.staff-thanked" not in result.fired
    assert result.kind is not Kind.PRAISE


def test_r_cmp_03_workmanship_poor_in_a_word_of_degree_is_product_quality() -> None:
    """R-CMP-03: 做工太差 (workmanship, whatever the degree word) is the goods' quality."""
    for text in ("这件外套做工太差了", "鞋子做工很差，开胶了"):
        result = classify(text)
        assert (result.kind, result.category) == (Kind.COMPLAINT, Category.PRODUCT_QUALITY), text


def test_r_cmp_03_a_cleaner_who_threw_the_guests_things_away_is_service_quality() -> None:
    result = classify("服务员打扫房间时把我泡着的茶叶和药都扔掉了")
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.SERVICE_QUALITY)
    kept = classify("保洁阿姨把我落下的充电器收好交到了前台，非常感谢")
    assert kept.kind is not Kind.COMPLAINT


def test_r_cmp_03_works_the_house_did_not_announce_are_the_rooms_product_quality() -> None:
    result = classify("隔壁房间在装修，电钻响了一上午，你们入住时也不提前告知")
    assert (result.kind, result.category) == (Kind.COMPLAINT, Category.PRODUCT_QUALITY)


def test_r_cmp_07_trips_to_the_desk_for_one_unfixed_fault_are_a_repeat() -> None:
    """The labelling guide's repeat: chasing the same matter more than once without a fix."""
    assert Signal.REPEAT in _signals("为房卡的事跑了两趟前台，还是开不了门")
