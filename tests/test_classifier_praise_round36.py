"""Praise, nothing to handle and questions in everyday words (issue 13).

The thirty-sixth round's praise-side rules: the writer's own mild verdict (``pr.fair``: 我觉得
…可以), much learned (``pr.content``: 可以学习很多), ease of use under a mild degree word
(``pr.goods``: 挂号还算方便), thanks for care called good (``pr.service``: 感谢…的关怀),
said far better than another (``pr.general``: 比…好太多); a short plan to have a look
(``kind.plan``: 我去看看), a choice left to another reader (``kind.up-to-you``: 看你喜好), short
reactions and waits in a chat (``kind.chat``: 嘿嘿, 等你消息, 已经买了); whether the writer must
do or pay something (``kind.need-question``: 需要办理…吗) and more question forms without a
question mark (``kind.question-mark``: 第几期, 加钱不).  Each is read by its words (R-CMP-01),
with and without the learned layer; each pattern's look-alikes (a complaint, a question, a
wish in the same words) stay what they are.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifier_checks import fired as _fired
from classifier_checks import kind_either_way
from custops.complaints import Kind, classify

# ---- praise -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["我觉得这家的早餐可以", "感觉这款耳机的音质可以的", "我觉得这套课的讲义还是可以的"],
)
def test_r_cmp_01_the_writers_own_mild_verdict_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.fair" in _fired(text)


@pytest.mark.parametrize(
    "text", ["你觉得可以吗", "我觉得不可以这样乱收费", "我觉得可以退货，请问怎么操作"]
)
def test_r_cmp_01_可以_asked_denied_or_leading_to_an_action_is_no_verdict(text: str) -> None:
    assert "pr.fair" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


@pytest.mark.parametrize(
    "text", ["这个app能学习很多英语单词", "看完这本书明白了不少道理", "跟着这门课学了不少东西"]
)
def test_r_cmp_01_much_learned_is_praise_of_the_content(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.content" in _fired(text)


@pytest.mark.parametrize("text", ["我想学很多东西，请问报哪个班", "这门课能学到很多吗"])
def test_r_cmp_01_much_learned_wished_or_asked_is_no_praise(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE


@pytest.mark.parametrize(
    "text", ["医院挂号还算方便", "这个银行的app转账也很方便", "酒店楼下有超市，买水果蛮方便"]
)
def test_r_cmp_01_ease_under_a_mild_degree_word_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.goods" in _fired(text)


@pytest.mark.parametrize(
    "text",
    ["挂号一点也不方便，排了两个小时", "这个小区买菜还算方便吗？", "要是停车也很方便就更好了"],
)
def test_r_cmp_01_ease_denied_asked_or_wished_for_is_no_praise(text: str) -> None:
    assert classify(text).kind is not Kind.PRAISE


@pytest.mark.parametrize(
    "text", ["衷心感谢王医生的关怀，妈妈已经出院了", "谢谢李师傅的热心", "感谢护士们细致的护理"]
)
def test_r_cmp_01_thanks_for_care_called_good_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.service" in _fired(text)


@pytest.mark.parametrize("text", ["感谢张主任的解答", "感谢关照"])
def test_r_cmp_01_thanks_alone_have_nothing_to_handle(text: str) -> None:
    assert "pr.service" not in _fired(text)
    assert classify(text).kind is Kind.NO_ACTION


def test_r_cmp_01_a_letters_politeness_before_a_grievance_stays_a_complaint() -> None:
    text = "感谢领导关心，但是漏水的问题反映了三次至今没有解决"
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["比我以前用的那个牌子好用多了", "这家比隔壁便宜多了，菜量也足", "服务比别家用心很多"]
)
def test_r_cmp_01_said_far_better_than_another_is_praise(text: str) -> None:
    kind_either_way(text, Kind.PRAISE)
    assert "pr.general" in _fired(text)


@pytest.mark.parametrize("text", ["隔壁那家比这家强多了，再也不来了", "用了半年也没比以前好多少"])
def test_r_cmp_01_the_other_said_better_is_no_praise(text: str) -> None:
    assert "pr.general" not in _fired(text)
    assert classify(text).kind is not Kind.PRAISE


# ---- nothing to handle --------------------------------------------------------------


@pytest.mark.parametrize("text", ["我去店里看看", "那我明天再去看看吧", "我想看一下这辆车"])
def test_r_cmp_01_a_plan_to_have_a_look_has_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    assert "kind.plan" in _fired(text)


@pytest.mark.parametrize(
    "text", ["你帮我看看订单到哪了", "能不能先看一下实物", "你们自己看看这质量！"]
)
def test_r_cmp_01_a_look_asked_for_or_pointed_at_is_no_plan(text: str) -> None:
    assert "kind.plan" not in _fired(text)
    assert classify(text).kind is not Kind.NO_ACTION


@pytest.mark.parametrize(
    "text", ["两款配置差不多，看你自己的需求吧", "油耗都差不多，自己选吧", "口味这东西见仁见智"]
)
def test_r_cmp_01_a_choice_left_to_another_reader_has_nothing_to_handle(text: str) -> None:
    kind_either_way(text, Kind.NO_ACTION)
    assert "kind.up-to-you" in _fired(text)


def test_r_cmp_01_a_complaint_that_waits_on_the_company_is_no_choice_left() -> None:
    text = "修了三次还是漏水，看你们怎么处理"
    assert "kind.up-to-you" not in _fired(text)
    assert classify(text).kind is Kind.COMPLAINT


@pytest.mark.parametrize(
    "text", ["嘿嘿", "好的，我再等等", "等你消息哈", "不用了，谢谢", "已经买了", "原来如此"]
)
def test_r_cmp_01_short_reactions_and_waits_are_chat(text: str) -> None:
    result = classify(text)
    assert (result.kind, result.kind_rule) == (Kind.NO_ACTION, "kind.chat"), text


@pytest.mark.parametrize("text", ["还要我再等等？", "已经买了，质量太差"])
def test_r_cmp_01_a_wait_resented_or_a_purchase_faulted_is_no_chat(text: str) -> None:
    assert "kind.chat" not in _fired(text)
    assert classify(text).kind is Kind.COMPLAINT


_CHAT = ["好的", "嘿嘿", "收到", "谢谢", "等你消息", "不用了", "我再等等", "原来如此", "晓得了"]


@given(
    st.lists(st.sampled_from(_CHAT), min_size=1, max_size=5),
    st.sampled_from(["，", "。", " ", "！"]),
)
def test_r_cmp_01_any_run_of_chat_clauses_is_chat(clauses: list[str], mark: str) -> None:
    text = mark.join(clauses)
    result = classify(text)
    assert (result.kind, result.kind_rule) == (Kind.NO_ACTION, "kind.chat"), text


# ---- questions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["明天航班改签了，我需要重新办理托运吗", "退保需要提供哪些材料？", "开发票必须带身份证吗"],
)
def test_r_cmp_01_what_the_writer_must_do_asked_is_a_consultation(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.need-question" in _fired(text)


@pytest.mark.parametrize(
    "text", ["卡丢了补办还要交十块钱？有病吧", "你们凭什么要我重新交押金??", "还需要交钱吗？骗子！"]
)
def test_r_cmp_01_a_charge_resented_is_no_question_about_the_terms(text: str) -> None:
    assert "kind.need-question" not in _fired(text)


def test_r_cmp_01_a_demand_in_anger_stays_a_complaint() -> None:
    assert classify("你们凭什么要我重新交押金??").kind is Kind.COMPLAINT


@pytest.mark.parametrize("text", ["这是第几期的课程", "快递费另加钱不", "这位老师你了解不"])
def test_r_cmp_01_questions_without_a_question_mark(text: str) -> None:
    kind_either_way(text, Kind.CONSULTATION)
    assert "kind.question-mark" in _fired(text)


def test_r_cmp_01_第几次_counts_a_repeated_failure_not_a_question() -> None:
    assert classify("这是第几次了！洗衣机还是没修好").kind is Kind.COMPLAINT


# ---- a patient's thanks that tell what the doctor did --------------------------------


@pytest.mark.parametrize(
    "text",
    ["感谢刘医生给我做了手术，术后恢复很好", "李大夫给我开了药，吃了一周好多了，谢谢"],
)
def test_r_cmp_01_what_the_doctor_did_told_in_thanks_is_no_request(text: str) -> None:
    assert "kind.medical" not in _fired(text)
    kind_either_way(text, Kind.PRAISE)


@pytest.mark.parametrize("text", ["医生能帮我看看这个化验单吗", "望医生能给个治疗方案"])
def test_r_cmp_01_a_doctor_asked_is_a_consultation(text: str) -> None:
    assert "kind.medical" in _fired(text)
    kind_either_way(text, Kind.CONSULTATION)


def test_r_cmp_01_a_choice_made_for_the_writer_told_in_thanks_is_no_request() -> None:
    text = "李主任帮我选择了最合适的方案，非常满意"
    assert "kind.desk-request" not in _fired(text)
    kind_either_way(text, Kind.PRAISE)


@pytest.mark.parametrize("text", ["帮我选一个适合老人的套餐", "能帮我选择一款手机吗"])
def test_r_cmp_01_a_choice_asked_of_the_desk_is_a_consultation(text: str) -> None:
    assert "kind.desk-request" in _fired(text)
    assert classify(text).kind is Kind.CONSULTATION
