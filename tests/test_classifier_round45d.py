"""Education and utility customers' words (issue 13).

The forty-fifth round, for the desks of a school and of a gas and water utility (R-CMP-01,
R-CMP-02, R-CMP-07): gas escaping told in plain words (家里漏气了, 燃气报警器一直在响, a smell
of rotten eggs, "I smell gas": ``util.gas-leak``, ``util.gas-smell``) is a complaint with the
safety signal and never a routine repair; a burner that will not light (打不着火) and a hospital
visit planned (去医院复查) are no harm; the press already in touch (记者已经联系我了:
``util.press-in-touch``), parents or residents together (好几个家长, 整栋楼的人都说:
``util.collective``) and a matter raised before and still open (打过三次电话, 上次反映的…还没人来:
``util.repeat``) carry their signals; a question that carries the problem it reports (水是黄的…
能喝吗？, 这表准不准？, 已经销户一个月了, 说清楚很难吗, 这样怎么学？) is a complaint; a polite
opening (想反映一下) and 这个必须改进 after praise make a complaint, as does praise after an
unannounced cut (sarcasm); and the subjects: a slow refund (return/exchange), a teacher late
(service, not late delivery), a 课程顾问 (a job title, not the course), a rule called unfair
(proposal_criticism), a top-up not credited (sales contract), errands in vain (service), a
school gone with the money (sales contract).
The look-alikes stay what they were: a tyre or a food bag that leaks, a leak supposed, an
alarm's price, eggs that smell, a reporter writing, a question whether a test is hard, a matter
raised before and settled, a teacher never late, a shop feared to close.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import (
    RULES_ONLY,
    SENTENCES,
    complaint_either_way,
    fires_after_a_sentence,
    kind_either_way,
)
from classifier_checks import fired as _fired
from custops.complaints import Category, Kind, Signal, classify

# ---- hazards told in plain words (R-CMP-07) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("厨房的燃气灶那边漏气了，快来人", "util.gas-leak"),
        ("卫生间的热水器接口又漏气了", "util.gas-leak"),
        ("上周刚修过，今天又漏气了", "util.gas-leak"),
        ("我家燃气报警器半夜突然响个不停", "util.gas-leak"),
        ("楼道里有股臭鸡蛋的味道，很担心", "util.gas-smell"),
        ("There is a gas smell in the hallway", "util.gas-leak"),
        ("I can smell gas near the meter", "util.gas-leak"),
    ],
)
def test_a_gas_leak_in_plain_words_is_a_safety_complaint(text: str, rule: str) -> None:
    """A leak is a hazard (R-CMP-07): a complaint, safety, never a routine repair."""
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert Signal.SAFETY in r.signals
    assert not r.repair_request
    assert rule in _fired(text)
    complaint_either_way(text)


def test_a_leak_with_a_request_to_send_someone_is_no_routine_repair() -> None:
    """A hazard is a major complaint, not a repair counted apart (docs/complaints.md)."""
    r = classify("阳台的燃气管漏气了，麻烦派人来看一下")
    assert Signal.SAFETY in r.signals
    assert r.repair_request is False


def test_an_english_gas_leak_is_the_supply_s_product() -> None:
    """An English gas leak is no drink's leaking carton: product quality (R-CMP-02)."""
    r = classify("gas leak on the second floor, please hurry")
    assert r.category is Category.PRODUCT_QUALITY
    assert Signal.SAFETY in r.signals


@pytest.mark.parametrize(
    "text",
    [
        "电动车轮胎又漏气了",
        "真空包装漏气了，肉都坏了",
        "燃气报警器多少钱一个？",
        "这个鸡蛋有股臭鸡蛋味，吃不下去",
        "燃气灶怎么都点不着火",
        "热水器打不着火了，是不是坏了",
        "下周三要带老人去医院体检，能改约到周五吗？",
        "孩子周五去医院复查，这节课能请假吗？",
    ],
)
def test_no_hazard_where_none_is_told(text: str) -> None:
    """A tyre, a food bag, an alarm's price, eggs, a burner that will not light and a visit
    planned are no harm (R-CMP-07)."""
    assert Signal.SAFETY not in classify(text).signals


def test_a_leak_supposed_is_asked_about() -> None:
    """万一…怎么办 asks what to do: a consultation, no hazard (R-CMP-01)."""
    r = classify("万一家里漏气了应该怎么办？")
    assert r.kind is Kind.CONSULTATION
    assert Signal.SAFETY not in r.signals


def test_a_burner_that_will_not_light_is_still_a_fault() -> None:
    """打不着火 is a fault of the appliance: a complaint, no fire (R-CMP-01)."""
    r = classify("燃气灶怎么都点不着火")
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.PRODUCT_QUALITY


# ---- the press, several customers, a matter raised before (R-CMP-07) -------------------------


@pytest.mark.parametrize(
    ("text", "signal", "rule"),
    [
        ("电视台的记者昨天已经联系我了", Signal.MEDIA, "util.press-in-touch"),
        ("报社的人已经找我了，你们看着办", Signal.MEDIA, "util.press-in-touch"),
        ("我们十几个学员都没拿到证书", Signal.COLLECTIVE, "util.collective"),
        ("家长们都很生气，大家一起去投诉", Signal.COLLECTIVE, "util.collective"),
        ("整幢楼的住户都反映水压太低", Signal.COLLECTIVE, "util.collective"),
        ("热线我已经打过四次电话了，还是没人处理", Signal.REPEAT, "util.repeat"),
        ("之前报修的暖气问题到现在还没人来", Signal.REPEAT, "util.repeat"),
    ],
)
def test_the_signals_customers_write(text: str, signal: Signal, rule: str) -> None:
    """The press in touch, a group, a matter still open carry their signals (R-CMP-07)."""
    r = classify(text)
    assert signal in r.signals
    assert rule in _fired(text)
    assert r.kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("我是记者，想了解一下你们的服务", Signal.MEDIA),
        ("记者的联系方式是多少？", Signal.MEDIA),
        ("之前反映的问题已经解决了，谢谢", Signal.REPEAT),
        ("我们几个家长都觉得老师很好", Signal.COLLECTIVE),
    ],
)
def test_no_signal_where_none_is_told(text: str, signal: Signal) -> None:
    """A reporter writing, a contact asked, a matter settled, praise together (R-CMP-07)."""
    assert signal not in classify(text).signals


# ---- questions that carry a problem (R-CMP-01) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("家里自来水发浑，还有一股怪味，还能喝吗？", Category.PRODUCT_QUALITY),
        ("新装的电表是不是坏了，一个月走了五百度", Category.PRODUCT_QUALITY),
        ("这个水表准不准啊？", Category.PRODUCT_QUALITY),
        ("回个电话有那么难吗", Category.SERVICE_QUALITY),
        ("提前通知一声很难吗？", Category.SERVICE_QUALITY),
        ("这学期班主任换来换去，孩子都不适应", Category.SERVICE_QUALITY),
        ("一年换了三个英语老师，这样让孩子怎么学？", Category.SERVICE_QUALITY),
    ],
)
def test_a_question_carrying_a_problem_is_a_complaint(text: str, category: Category) -> None:
    """The labelling guide: a question that carries a reported problem is a complaint."""
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is category
    complaint_either_way(text)


def test_a_time_told_since_the_customer_s_step_is_a_delay() -> None:
    """已经退租两个月了 reports a delay: a complaint beside its question (R-CMP-01)."""
    complaint_either_way("押金怎么还没退？我都退租两个月了")
    assert "util.waited" in _fired("押金多久能退？我已经销户三周了")


@pytest.mark.parametrize(
    "text",
    [
        "自来水可以直接喝吗？",
        "电表多久校验一次？",
        "这门课的期末考试难吗？",
        "请问办过户麻烦吗？",
        "想反映问题应该找哪个部门？",
    ],
)
def test_questions_without_a_problem_stay_consultations(text: str) -> None:
    """Nothing reported, only asked: a consultation (R-CMP-01)."""
    kind_either_way(text, Kind.CONSULTATION)


# ---- polite complaints, praise then 必须改进, sarcasm (R-CMP-01) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "你好，想反映一下，昨天的课老师迟到了半小时，希望注意，谢谢",
        "想反映一下，客服昨天挂了我的电话",
        "老师讲得不错，但是作业批改太慢，这一点必须改进",
        "阿姨人很好，就是上门总是超时，这个一定要改进",
        "又停气了也不说一声，真是服务周到啊，给你们点赞",
    ],
)
def test_polite_mixed_or_sarcastic_complaints(text: str) -> None:
    """A failure told politely, after praise, or under ironic praise is a complaint."""
    complaint_either_way(text)


def test_praise_with_a_wish_stays_praise() -> None:
    """希望以后继续改进 after praise reports no failure: praise (labelling rule 2)."""
    r = classify("整体很满意，希望以后继续改进")
    assert r.kind is Kind.PRAISE
    assert "util.must-improve" not in r.fired


# ---- the subjects (R-CMP-02) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "rule"),
    [
        ("上课的外教迟到了二十分钟", Category.SERVICE_QUALITY, "util.staff-late"),
        ("退款拖了三周还没到账", Category.RETURN_EXCHANGE, "util.refund-slow"),
        ("退费太慢了，申请一个月了", Category.RETURN_EXCHANGE, "util.refund-slow"),
        ("网上缴费成功了，可是电表里没到账", Category.SALES_CONTRACT, None),
        ("购气卡充了200元，表里显示没到账", Category.SALES_CONTRACT, "util.topup-missing"),
        ("这个收费政策太不公平了", Category.PROPOSAL_CRITICISM, "util.rule-unfair"),
        ("阶梯电价的规定真的不合理", Category.PROPOSAL_CRITICISM, "util.rule-unfair"),
        ("健身房老板卷钱跑了，我的年卡怎么办", Category.SALES_CONTRACT, "util.closed-down"),
        ("补个发票跑了四趟，每次都说系统不行", Category.SERVICE_QUALITY, "util.errands"),
        ("过户要的材料特别繁琐，跑断腿了", Category.SERVICE_QUALITY, "util.errands"),
        ("课程顾问态度很差，一直催我续费", Category.SERVICE_QUALITY, None),
    ],
)
def test_the_subjects_such_desks_hear(text: str, category: Category, rule: str | None) -> None:
    """Each subject is the category the labelling guide gives it (R-CMP-02)."""
    r = classify(text)
    assert r.kind is Kind.COMPLAINT
    assert r.category is category
    if rule is not None:
        assert rule in r.fired


def test_a_job_title_is_no_course() -> None:
    """课程顾问 names a member of staff: the course's rule does not fire (R-CMP-02)."""
    assert "pq.lesson" not in _fired("课程顾问天天打电话，烦死了")
    assert "pq.lesson" in _fired("课程内容太浅了")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("张老师从来不迟到，特别认真", "util.staff-late"),
        ("这家店会不会倒闭啊？", "util.closed-down"),
        ("退款已经到账了，谢谢客服", "util.refund-slow"),
        ("换了新老师以后孩子成绩提高了很多，谢谢", "util.staff-changed"),
    ],
)
def test_look_alikes_do_not_fire(text: str, rule: str) -> None:
    """A teacher never late, a closure feared, a refund paid, a change thanked (R-CMP-02)."""
    assert rule not in _fired(text)
    assert classify(text).kind is not Kind.COMPLAINT


# ---- properties -------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_a_leak_fires_after_any_sentence(before: str) -> None:
    """家里漏气了 is read after whatever sentence comes first (R-CMP-07)."""
    fires_after_a_sentence("util.gas-leak", "家里漏气了", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_a_leak_is_safety_whatever_comes_first(before: str) -> None:
    """The safety signal stays whatever sentence comes first (R-CMP-07)."""
    r = classify(f"{before}。厨房里又漏气了", policy=RULES_ONLY)
    assert Signal.SAFETY in r.signals
    assert r.kind is Kind.COMPLAINT


# ---- denied, asked, quoted or elsewhere: no hazard, no signal (R-CMP-07) ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "燃气表那里没有漏气，就是读数走得太快",
        "厨房没漏气，只是灶台点火很慢",
        "热水器接口不漏气，就是水温忽冷忽热",
        "管道那儿并没有漏气，师傅白跑一趟",
        "報警器一直在叫，是不是壞了？家裡明明沒漏氣",
        "燃气报警器叫了吗？我们单元好像没装",
        "软管那个位置漏气吗？要怎么自己检查",
        "公众号转了一篇“厨房漏气了怎么办”的科普文章，挺实用",
        "The technician checked and we never smelled gas at all, thanks",
        "There is no gas leak, I only want to change my tariff",
        "I didn't smell gas, the meter just reads too high",
        "卫生间下水道返上来一股臭鸡蛋味，物业一直不处理",
        "地漏那边有臭鸡蛋的味道，是不是要疏通了",
    ],
)
def test_a_leak_denied_asked_quoted_or_a_drain_is_no_hazard(text: str) -> None:
    """A leak denied (没漏气, never smelled gas), asked about (漏气吗), quoted in an
    article's title, an alarm thought faulty, or a drain's smell is no hazard (R-CMP-07)."""
    assert Signal.SAFETY not in classify(text).signals
    assert not {"util.gas-leak", "util.gas-leak-en", "util.gas-smell"} & _fired(text)


def test_a_leak_asked_about_is_a_consultation() -> None:
    """煤气管漏气吗？怎么查 asks: a consultation, no safety (R-CMP-01, R-CMP-07)."""
    r = classify("燃气软管那里漏气吗？怎么检查")
    assert r.kind is Kind.CONSULTATION
    assert Signal.SAFETY not in r.signals


def test_a_leak_told_after_a_denied_one_is_still_a_hazard() -> None:
    """A leak denied in one place and told in another is told (R-CMP-07)."""
    r = classify("阀门没问题，可是燃气表后面的接口漏气了")
    assert Signal.SAFETY in r.signals
    assert r.kind is Kind.COMPLAINT
    r = classify("上次修完说不漏气了，今天热水器那边又漏气了")
    assert Signal.SAFETY in r.signals
    assert "util.gas-leak" in r.fired


def test_a_fall_on_the_premises_is_harm() -> None:
    """A fall in a hospital or a shop is harm, a visit planned is not (R-CMP-07)."""
    r = classify("我爸去医院拿药那天在大厅摔倒了")
    assert Signal.SAFETY in r.signals
    assert r.kind is Kind.COMPLAINT
    assert Signal.SAFETY in classify("我妈在你们超市里滑倒了").signals
    assert Signal.SAFETY not in classify("周四要去医院拿药，课能调到周五吗？").signals


# ---- praise of a notice, another firm's closing, praise and questions (R-CMP-01, R-CMP-07) ---


def test_a_cut_announced_and_praised_is_praise() -> None:
    """A cut with its notice praised is no sarcasm (R-CMP-01)."""
    text = "明天停气，前天就发了通知，真是服务周到啊！"
    assert "util.irony-cut" not in _fired(text)
    assert classify(text).kind is Kind.PRAISE


def test_sarcasm_about_a_cut_unannounced_is_about_the_service() -> None:
    """停电也不说一声，真是贴心啊 is sarcasm about the service (R-CMP-02)."""
    r = classify("停电也不说一声，真是太贴心了啊")
    assert "util.irony-cut" in r.fired
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.SERVICE_QUALITY


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("对面那家店倒闭了，还好你们一直在", "util.closed-down"),
        ("听说城东那家培训机构倒闭了，你们会受影响吗？", "util.closed-down"),
        ("你们是不是那个跑路的平台？", "util.closed-down"),
        ("外卖小哥帮我来回跑了三趟搬水，辛苦了", "util.errands"),
        ("营业厅办手续真快，不像别家那么繁琐", "util.errands"),
    ],
)
def test_another_firm_or_a_helpful_errand_is_no_grievance(text: str, rule: str) -> None:
    """Another shop's closing, hearsay, a question, a thanked errand, another firm's forms
    (R-CMP-01, R-CMP-02)."""
    assert rule not in _fired(text)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("之前打过三次电话问课程安排，老师都很热情", Signal.REPEAT),
        ("跑了两趟营业厅，总算办下来了，谢谢", Signal.REPEAT),
        ("上次说的那个优惠活动还没上线吗？", Signal.REPEAT),
        ("上次提的那个退费申请还没批吗？", Signal.REPEAT),
        ("我们三个学员想一起报名，能打折吗？", Signal.COLLECTIVE),
        ("我们家老人在你们店里滑倒了", Signal.COLLECTIVE),
        ("我们家孩子上课老是被批评", Signal.COLLECTIVE),
    ],
)
def test_praise_questions_and_one_family_carry_no_signal(text: str, signal: Signal) -> None:
    """Calls thanked, a matter asked about, a group's question, 我们家 ("my family"):
    neither repeat nor collective (R-CMP-07)."""
    assert signal not in classify(text).signals


def test_a_group_counted_still_complains_together() -> None:
    """我们五个家长 counts a group: collective (R-CMP-07)."""
    r = classify("我们五个家长都反映老师经常迟到")
    assert Signal.COLLECTIVE in r.signals
    assert r.kind is Kind.COMPLAINT


# ---- 必须改进 after praise, a top-up not shown (R-CMP-01, R-CMP-02) --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老师讲课很有耐心，就是排课太乱，这个必须改进",
        "前台服务挺热情，但是排队时间太长，这一点一定要改进",
    ],
)
def test_must_improve_after_praise_is_a_complaint(text: str) -> None:
    """Praise, then a problem and 这个必须改进: a complaint (labelling rule 2)."""
    assert "util.must-improve" in _fired(text)
    complaint_either_way(text)


def test_a_top_up_not_shown_on_the_meter_is_a_complaint() -> None:
    """充值了…燃气表没有显示 is a payment not credited: sales contract (R-CMP-02)."""
    r = classify("昨天充值了两百块，燃气表到现在没有显示")
    assert "util.topup-missing" in r.fired
    assert r.kind is Kind.COMPLAINT
    assert r.category is Category.SALES_CONTRACT
