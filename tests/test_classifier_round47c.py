"""Subjects told by how customers write them: the forty-seventh round, category side (issue 13).

The forty-seventh round (R-CMP-01, R-CMP-02): a verdict with no subject named — 太差了, 极差,
差劲, 无聊, 不喜欢, 高开低走, 没达到预期, 辣鸡, 垃圾 said of the thing — is said of what the
customer bought, used, read or played, the product (``pq.bare-verdict``, the lightest weight: a
subject named wins); the service itself given a poor verdict (服务真心差, 服务有点不到位) is the
service (``sq.service-verdict``); 到了 as the customer's own arrival somewhere, a time reached,
a thing reached by doing, or goods in hand before a verdict is no delivery (``sc.delivery``
mended); a span counted (送了一个多小时), not any word ending in 天 (到了夏天), is late delivery,
and slowness told with more degree words (真是慢, 越来越慢) is late delivery while a device's or
an app's own slowness (加载这么慢) is not (``sc.late`` mended); fumes drifting into homes and
windows kept shut are a nuisance suffered as a neighbour (``ot.nuisance`` mended). By the
labelling guide the goods themselves are product_quality, how people treat the customer is
service_quality, late delivery is sales_contract and a nuisance suffered as a neighbour is
other.
The look-alikes stay what they were: a verdict denied, a verdict said of a named subject (态度,
物流), refuse (垃圾桶), the goods' own arrival, a hotel window that will not open.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from classifier_checks import RULES_ONLY, SENTENCES, fires_after_a_sentence, kind_either_way
from custops.complaints import Category, Kind, classify


def _either_way(text: str, kind: Kind, category: Category) -> None:
    """``text`` is of ``kind`` and ``category`` with the learned layer and without it."""
    kind_either_way(text, kind)
    for policy in (None, RULES_ONLY):
        assert classify(text, policy=policy).category is category, (text, policy)


def _rules_fired(text: str) -> set[str]:
    """The IDs of the rules that fired on ``text`` under the rules alone."""
    return set(classify(text, policy=RULES_ONLY).fired)


# ---- a bare verdict is said of the thing reviewed (R-CMP-02) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "用了三天，太差了",
        "这部剧高开低走，越看越没劲",
        "玩了一会儿就不想玩了，太无聊了",
        "说实话，真垃圾。",
        "期望越大失望越大，这本小说没达到预期",
        "极差，千万别买",
        "究极辣鸡",
        "不喜欢这个结局，看完很憋屈",
    ],
)
def test_r_cmp_02_a_bare_verdict_is_the_products(text: str) -> None:
    """A verdict with no subject named is a complaint with the learned layer and without it;
    the rules alone read it as the product's (pq.bare-verdict, the lightest weight, leaves the
    learned layer its say where it reads the words otherwise)."""
    kind_either_way(text, Kind.COMPLAINT)
    assert classify(text, policy=RULES_ONLY).category is Category.PRODUCT_QUALITY
    assert "pq.bare-verdict" in _rules_fired(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the verdict said of a named subject: that subject's rule decides
        ("服务态度极差，问什么都爱理不理", Category.SERVICE_QUALITY),
        ("物流太差了，一个星期才到", Category.SALES_CONTRACT),
        # refuse, not a verdict
        ("楼下的垃圾桶满了好几天也没人来收", Category.SERVICE_QUALITY),
    ],
)
def test_r_cmp_02_a_verdict_with_its_subject_is_that_subjects(
    text: str, category: Category
) -> None:
    """A verdict said of a named subject, or refuse, is no bare verdict: the subject's
    category stands."""
    _either_way(text, Kind.COMPLAINT, category)
    assert "pq.bare-verdict" not in _rules_fired(text)


def test_r_cmp_02_a_verdict_denied_is_no_verdict() -> None:
    """一点也不差 denies the verdict: the rule's match is suppressed, the text is praise."""
    text = "质量一点也不差，挺满意的"
    kind_either_way(text, Kind.PRAISE)
    result = classify(text, policy=RULES_ONLY)
    assert "pq.bare-verdict" not in result.fired


def test_r_cmp_02_a_bare_verdict_yields_to_a_named_subject() -> None:
    """The bare verdict weighs least: with late delivery named the category is the sale's."""
    text = "太差了，外卖送了两个多小时才到"
    _either_way(text, Kind.COMPLAINT, Category.SALES_CONTRACT)
    assert {"pq.bare-verdict", "sc.late"} <= _rules_fired(text)


# ---- the service given a poor verdict (R-CMP-02) ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这家店服务有点不到位，叫人半天没反应",
        "售后服务越来越差，打电话都找不到人",
        "酒店服务太一般了，前台爱答不理",
    ],
)
def test_r_cmp_02_the_service_given_a_poor_verdict(text: str) -> None:
    """服务 with a poor verdict is the service's, with the learned layer and without it."""
    _either_way(text, Kind.COMPLAINT, Category.SERVICE_QUALITY)
    assert "sq.service-verdict" in _rules_fired(text)


@pytest.mark.parametrize(
    ("text", "kind", "category"),
    [
        ("服务不差，就是价格太贵了", Kind.COMPLAINT, Category.SALES_CONTRACT),
        ("服务很好，上菜也快", Kind.PRAISE, Category.OTHER),
    ],
)
def test_r_cmp_02_a_service_not_called_poor_is_no_service_verdict(
    text: str, kind: Kind, category: Category
) -> None:
    """服务不差 and 服务很好 give no poor verdict: sq.service-verdict does not fire."""
    kind_either_way(text, kind)
    assert classify(text, policy=RULES_ONLY).category is category
    assert "sq.service-verdict" not in _rules_fired(text)


# ---- 到了: an arrival of the goods, not of the customer (R-CMP-02) ----------------------------


@pytest.mark.parametrize(
    ("text", "kind", "category"),
    [
        ("到了酒店才发现空调是坏的", Kind.COMPLAINT, Category.PRODUCT_QUALITY),
        ("学到了很多，老师讲得很清楚", Kind.PRAISE, Category.OTHER),
        ("收到了新手机，可是屏幕有坏点", Kind.COMPLAINT, Category.PRODUCT_QUALITY),
    ],
)
def test_r_cmp_02_the_customers_own_arrival_is_no_delivery(
    text: str, kind: Kind, category: Category
) -> None:
    """到了 after the customer's own arrival, a thing learnt or goods in hand is no delivery:
    sc.delivery does not fire."""
    kind_either_way(text, kind)
    assert classify(text, policy=RULES_ONLY).category is category
    assert "sc.delivery" not in _rules_fired(text)


@pytest.mark.parametrize(
    "text",
    [
        "货到了，但是少了一件",
        "下单三天了才到了一半",
    ],
)
def test_r_cmp_02_the_goods_arrival_stays_a_delivery(text: str) -> None:
    """The goods' own arrival still reads as delivery: sc.delivery fires, the category is the
    sale's."""
    _either_way(text, Kind.COMPLAINT, Category.SALES_CONTRACT)
    assert "sc.delivery" in _rules_fired(text)


def test_r_cmp_02_a_season_reached_is_no_late_delivery() -> None:
    """到了夏天 is a season, not a span waited: sc.late does not fire, the nuisance is other."""
    text = "到了夏天，楼下烧烤摊天天开到半夜，严重扰民"
    _either_way(text, Kind.COMPLAINT, Category.OTHER)
    fired = _rules_fired(text)
    assert "sc.late" not in fired
    assert "ot.nuisance" in fired


# ---- slowness: the delivery's, not the device's (R-CMP-02) ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "外卖送了一个多小时才到",
        "真是慢，下单快两个小时了",
        "越来越慢了，以前半小时就送到",
    ],
)
def test_r_cmp_02_slowness_is_late_delivery(text: str) -> None:
    """Slowness with its degree word is late delivery: the sale's."""
    _either_way(text, Kind.COMPLAINT, Category.SALES_CONTRACT)
    assert "sc.late" in _rules_fired(text)


def test_r_cmp_02_an_apps_slowness_is_the_products() -> None:
    """加载这么慢 is the app's own slowness: pq.app reads it and overrides sc.late's match."""
    text = "这个APP加载这么慢，点什么都要转半天"
    _either_way(text, Kind.COMPLAINT, Category.PRODUCT_QUALITY)
    result = classify(text, policy=RULES_ONLY)
    assert "pq.app" in result.fired
    assert "sc.late" not in result.fired
    assert any(e.rule_id == "sc.late" for e in result.suppressed)


# ---- fumes and shut windows: a nuisance suffered as a neighbour (R-CMP-02) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "楼下饭店的油烟直接飘进我家，窗户都不敢开",
        "对面烧烤摊油烟熏得人受不了，住户晚上不敢开窗睡觉",
    ],
)
def test_r_cmp_02_fumes_are_a_nuisance(text: str) -> None:
    """Fumes drifting into homes, windows kept shut: a nuisance, category other."""
    _either_way(text, Kind.COMPLAINT, Category.OTHER)
    assert "ot.nuisance" in _rules_fired(text)


def test_r_cmp_02_a_hotel_window_that_will_not_open_is_the_rooms() -> None:
    """A window that cannot be opened is the room's fault, not a nuisance."""
    text = "房间窗户打不开，空气很闷"
    _either_way(text, Kind.COMPLAINT, Category.PRODUCT_QUALITY)
    assert "ot.nuisance" not in _rules_fired(text)


# ---- properties (R-CMP-01) ---------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_bare_verdict_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before, 太无聊了 is read in its own clause."""
    fires_after_a_sentence("pq.bare-verdict", "太无聊了", before)


@settings(max_examples=40, deadline=None)
@given(SENTENCES)
def test_r_cmp_01_a_service_verdict_is_read_in_its_own_clause(before: str) -> None:
    """Whatever sentence comes before, 服务真心差 is read in its own clause."""
    fires_after_a_sentence("sq.service-verdict", "服务真心差", before)
