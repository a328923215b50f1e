"""Praise of a person goes where staff matters go (R-CMP-01, R-CMP-03; D10 二 3.3): thanks
addressed to a member of staff (谢谢…的客服小姐姐, 感谢张师傅) praises that person's service,
whatever matter they helped with (a bill, a gas leak), so it is routed to 营销办, not to the
department of the matter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custops.complaints import Category, Department, Kind, classify


@pytest.mark.parametrize(
    "text",
    [
        "谢谢96777的客服小姐姐，耐心帮我查了半天账单，问题解决了😊",
        "感谢张师傅！大晚上十点多过来帮我们处理漏气，态度特别好",
    ],
)
def test_thanks_to_a_person_is_their_service_R_CMP_03(text: str) -> None:
    """R-CMP-03: the person thanked is what is praised, not the bill or the leak."""
    r = classify(text)
    assert (r.kind, r.topic, r.department) == (
        Kind.PRAISE,
        Category.SERVICE_QUALITY,
        Department.MARKETING_OFFICE,
    )


def test_goods_praised_beside_the_staff_keep_the_goods_topic_R_CMP_03() -> None:
    """R-CMP-03: a review that praises the food and, beside it, the courier is the food's
    praise; thanks for the goods themselves (感谢你们的酒) are no person's."""
    assert classify("很好吃，送餐小哥也很敬业").topic is Category.PRODUCT_QUALITY
    assert classify("感谢你们的酒，口感很好").topic is Category.PRODUCT_QUALITY


@settings(max_examples=40, deadline=None)
@given(
    thanks=st.sampled_from(["谢谢", "感谢", "表扬一下"]),
    person=st.sampled_from(["客服小姐姐", "张师傅", "维修师傅", "营业员小王", "理赔员"]),
    matter=st.sampled_from(
        ["帮我查了账单", "帮我们处理漏气", "帮我换了水表", "帮我办了退货", "帮我改了套餐"]
    ),
)
def test_property_thanks_to_a_person_read_as_praise_is_routed_to_staff_R_CMP_03(
    thanks: str, person: str, matter: str
) -> None:
    """R-CMP-03: whatever the matter, thanks addressed to a member of staff is praise,
    routed with staff matters."""
    r = classify(f"{thanks}{person}！{matter}，态度特别好")
    assert r.kind is Kind.PRAISE, r.explain()
    assert r.topic is Category.SERVICE_QUALITY, r.explain()
    assert r.department is Department.MARKETING_OFFICE
