"""The one implementation of label parsing (private; the base classes are in
:mod:`custops.enums`): :func:`fold` normalises a text for lookup, :func:`parse_member` finds
the member it names.  Two members answering to one folded name are a programming error,
raised when the enum's lookup table is first built.
"""

from __future__ import annotations

import difflib
import enum
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from custops._text import english
from custops._validate import (
    a_type_name,
    argument_name,
    entry,
    field_converter,
    item_argument,
    optional_check,
    pairs_mapping,
    require_bool,
    require_distinct,
    require_items,
    require_label,
    with_article,
)
from custops.errors import InvalidInput, InvalidType, PolicyError

__all__: list[str] = []  # private helpers; the public base classes live in custops.enums

E = TypeVar("E", bound=enum.Enum)

# The Traditional forms (Taiwan, Hong Kong, older and variant forms) of the characters the
# labels and variants of custops' enumerations use, each above its simplified form: a label
# written in Traditional characters (投訴, 產品質量, 絕密) folds to the simplified one.  Only
# these characters are folded, so the table stays small; tests/test_enums_traditional.py checks
# that it covers every label character whose Traditional form complaints/_hanzi.py knows; 覆 is
# there for 答覆/回覆 (the Traditional spelling of 答复/回复), 兩 for the periods' 兩年 (两年),
# 頁 for a channel's 網頁表單 (网页表单) and 闆 for the 板 of 留言板; the last line holds those
# of the words of cash that custops.vip refuses as a gift (R-VIP-08: 微信紅包, 轉賬, 錢, 港幣 …),
# read as the labels are; the line after it those of the office wordings a kind of secret
# matter answers to (勞動合同, 資產負債表, 利潤表, 重要會議紀要, 工資明細, 績效獎金) and of the
# return grounds (發錯貨, 顏色不一樣, 損壞, 寶石脫落) and of a loss not stated (損失未說明); the
# last those of the platforms a channel names (華為應用市場, 蘋果, 黑貓投訴, 貼吧).
_TRADITIONAL = (
    "萬與專業嚴個箇為爲義書爭於產産從倉價眾衆優會傳體餘脩償儲兒兌關內冊軍決況"
    "準齣劃則製辦務動協單卽廠厤曆歷雙發髮變檯臺颱號閤衕後嚮曏噸聽員週諮迴圍國"
    "圖場處備復複覆頭誇奬獎婦實審傢對導層屬佈並併幷應開異強噹當彔錄録態總噁惡"
    "懸願戰戶託釦執揚摺報擇掛損換攬數斷無時暫朮術機權條來構査標樣覈檔檢汙沒註"
    "濟澱滲滾滿潛熱狀現電監蓋眞碼確禮俬種祕積稱稅簽籤簡類係繫緊纍糾級納紛綫線"
    "組織終紹經結給絡絕絶統續維綜繳網罰羣職聯緻捨節範薦獲穫營衊虛補錶裝見觀規"
    "視計認讓訓議記講訟設訪証證評訴詞話詢語誤誘請諾調談謂負財責貨質貶購貿費賃"
    "資賠讚贊蹤車轉軟較達遷過還進違連踰郵埰寀採釋鈡鍾鐘鈅鑰銷長門閉問間險黴麪"
    "麫麵項順顧預頻題額風駁驗適兩廻揹訂閱頁闆"
    "値勵匯圓塊壓寶帳幣彙歐歲盧紅紙賬贈鈔銀錢鎊韓領"
    "債勞潤紀細績錯壞脫顏說"
    "遞餽饋點"
    "華蘋貓貼"
)
_SIMPLIFIED = (
    "万与专业严个个为为义书争于产产从仓价众众优会传体余修偿储儿兑关内册军决况"
    "准出划则制办务动协单即厂历历历双发发变台台台号合同后向向吨听员周咨回围国"
    "图场处备复复复头夸奖奖妇实审家对导层属布并并并应开异强当当录录录态总恶恶"
    "悬愿战户托扣执扬折报择挂损换揽数断无时暂术术机权条来构查标样核档检污没注"
    "济淀渗滚满潜热状现电监盖真码确礼私种秘积称税签签简类系系紧累纠级纳纷线线"
    "组织终绍经结给络绝绝统续维综缴网罚群职联致舍节范荐获获营蔑虚补表装见观规"
    "视计认让训议记讲讼设访证证评诉词话询语误诱请诺调谈谓负财责货质贬购贸费赁"
    "资赔赞赞踪车转软较达迁过还进违连逾邮采采采释钟钟钟钥钥销长门闭问间险霉面"
    "面面项顺顾预频题额风驳验适两回背订阅页板"
    "值励汇圆块压宝账币汇欧岁卢红纸账赠钞银钱镑韩领"
    "债劳润纪细绩错坏脱颜说"
    "递馈馈点"
    "华苹猫贴"
)

# fold's translations: Traditional → simplified, and spaces, ``_`` and ``-`` removed (or, with
# ``keep_spaces``, ``_`` and ``-`` read as spaces).
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED, " \t\n\r_-")
_FOLD_SPACED = str.maketrans(_TRADITIONAL + "_-", _SIMPLIFIED + "  ")


def fold(text: str, *, keep_spaces: bool = False) -> str:
    """The lookup form of a name or label: NFKC (full-width ``ＡＢＣ`` reads as ASCII, an
    ideographic space as a space), lower case, spaces, ``_`` and ``-`` ignored, the
    Traditional characters of the labels read as simplified.  ``keep_spaces`` keeps the
    words apart instead (``_`` and ``-`` are spaces, each run of spaces one space): the form
    :meth:`custops.periods.Period.parse` reads.

    >>> fold(" Top_Secret "), fold("ＴＯＰ－ＳＥＣＲＥＴ"), fold("绝密"), fold("絕　密")
    ('topsecret', 'topsecret', '绝密', '绝密')
    >>> fold("  Three_Working-Days ", keep_spaces=True), fold("三個工作日", keep_spaces=True)
    ('three working days', '三个工作日')
    """
    normal = unicodedata.normalize("NFKC", text).lower()
    if keep_spaces:
        return " ".join(normal.translate(_FOLD_SPACED).split())
    return normal.strip().translate(_FOLD)


# British and US spellings of an English word read alike: the lookup form of a word is its US
# spelling.  The words British spells apart from US English other than by -ise/-yse (which
# _IZE reads), each with its US spelling; a member's English words, key or variant written in
# either spelling, and any mix of the two, name the member (adviser/advisor, licence/license).
_US_WORDS: Mapping[str, str] = {
    "adviser": "advisor",
    "advisers": "advisors",
    "licence": "license",
    "licences": "licenses",
    "defence": "defense",
    "offence": "offense",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "labelled": "labeled",
    "labelling": "labeling",
    "travelled": "traveled",
    "modelling": "modeling",
    "counsellor": "counselor",
    "enrolment": "enrollment",
    "fulfilment": "fulfillment",
    "instalment": "installment",
    "instalments": "installments",
    "jewellery": "jewelry",
    "centre": "center",
    "centres": "centers",
    "metre": "meter",
    "litre": "liter",
    "theatre": "theater",
    "fibre": "fiber",
    "labour": "labor",
    "colour": "color",
    "honour": "honor",
    "favour": "favor",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "judgement": "judgment",
    "acknowledgement": "acknowledgment",
    "ageing": "aging",
    "mould": "mold",
    "grey": "gray",
    "programme": "program",
    "aluminium": "aluminum",
    "cheque": "check",
}
# -ise/-yse and their forms, read as -ize/-yze (organised, organisation, apologised, analyse);
# a word of three letters or more before the ending, so that rise or wise stay as they are.
_IZE = re.compile(r"(?<![a-z])([a-z]{3,}?)([iy])s(e|es|ed|ing|er|ers|ation|ations)(?![a-z])")
_WORD = re.compile(r"[a-z]+")


def holds_folded(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words``, both read in their :func:`fold` form (a
    forwarder names a regulator: ``"浙江省通信管理局"`` holds ``"通信管理局"``).

    >>> holds_folded("浙江省 通信管理局", ("通信管理局",)), holds_folded("", ("12315",))
    (True, False)
    """
    folded = fold(text)
    return bool(folded) and any(fold(word) in folded for word in words)


def us_spelling(text: str) -> str:
    """``text`` (NFKC, lower case) with each English word in its US spelling: the lookup form
    :func:`parse_member` gives a spelling before :func:`fold`, so that British and US English
    read alike.

    >>> us_spelling("Customer relations adviser"), us_spelling("UNAUTHORISED_USE")
    ('customer relations advisor', 'unauthorized_use')
    """
    lowered = _WORD.sub(
        lambda m: _US_WORDS.get(m.group(), m.group()),
        unicodedata.normalize("NFKC", text).lower(),
    )
    return _IZE.sub(lambda m: f"{m.group(1)}{m.group(2)}z{m.group(3)}", lowered)


def _lookup_key(text: str) -> str:
    """The lookup form of a spelling: :func:`fold` of its :func:`us_spelling`."""
    return fold(us_spelling(text))


def names_of(member: enum.Enum) -> tuple[str, ...]:
    """Every name a member answers to: its name, its label, its string value(s), its
    variants and its English words (:attr:`LabelledEnum.english_words
    <custops.enums.LabelledEnum.english_words>`, what :attr:`~custops.enums.LabelledEnum.words`
    shows in ``en_US``)."""
    values = member.value if isinstance(member.value, tuple) else (member.value,)
    variants = getattr(member, "variants", ())
    english_words = getattr(member, "english_words", None)
    names = (member.name, getattr(member, "label", None), *values, *variants, english_words)
    return tuple(name for name in names if isinstance(name, str))


def lookup_table(
    cls: type[enum.Enum], aliases: tuple[tuple[str, str], ...] = ()
) -> dict[str, enum.Enum]:
    """Every spelling of the members of ``cls`` (:func:`names_of`) and ``aliases`` (alias,
    member name), folded as it is written and in its US spelling (:func:`us_spelling`),
    with the member it names.  Two members answering to one spelling are a programming
    error: :class:`TypeError` naming the spelling and both members
    (:func:`custops.enums.in_english` checks the words it declares so at once)."""
    table: dict[str, enum.Enum] = {}

    def add(name: str, member: enum.Enum) -> None:
        for key in {fold(name), _lookup_key(name)} - {""}:
            other = table.setdefault(key, member)
            if other is not member:
                problem = f"{name!r} names both {other.name} and {member.name}"
                raise TypeError(f"{cls.__name__}: {problem}")

    for member in cls:
        for name in names_of(member):
            add(name, member)
    for alias, name in aliases:
        add(alias, cls[name])
    return table


_table = functools.cache(lookup_table)


def parse_member(
    cls: type[E],
    text: Any,
    *,
    argument: str,
    aliases: Mapping[str, str] | None = None,
    suffixes: tuple[str, ...] = (),
    prefixes: Mapping[str, str | None] | None = None,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
) -> E:
    """The member of ``cls`` that ``text`` names, or a clear error.

    ``text`` may be a member (returned as it is) or a ``str``: the member's English name,
    its label, a string value or variant, its English words (what ``words`` shows in
    ``en_US``), or a key of ``aliases`` (alias → member name); an English word reads alike
    in British and US spelling (:func:`us_spelling`: adviser or advisor).
    An enumeration may read a spelling with a word around it: one of ``suffixes`` after it
    (投诉 after a channel: 热线投诉), a key of ``prefixes`` before it (微信 before an online
    channel: 微信小程序), each folded; a prefix reads only a spelling of the member it maps to
    (``None``: any member), so a word around a spelling never makes it name another member.
    A key of ``ambiguous`` (a common word, folded as it is looked up) may mean any of the
    members it maps to (member names): it is refused naming them, never guessed.
    Raises :class:`~custops.errors.InvalidType` (not a str) or
    :class:`~custops.errors.InvalidInput` (no such member), naming ``argument`` and showing
    ``text`` as given: an enumeration of up to ten members lists them all, a longer one the
    nearest few spellings' members and where the whole list is (:func:`listed_by`); the
    examples are :meth:`LabelledEnum.parse <custops.enums.LabelledEnum.parse>`'s.

    >>> from custops.enums import LabelledEnum
    >>> class Colour(LabelledEnum):
    ...     RED = ("red", "红色", "红")
    ...     BLUE = ("blue", "蓝色", "蓝")
    >>> parse_member(Colour, "深红色系", argument="c", suffixes=("系",), prefixes={"深": None})
    <Colour.RED: 'red'>
    >>> parse_member(Colour, "天蓝", argument="c", prefixes={"天": "BLUE"})
    <Colour.BLUE: 'blue'>
    >>> parse_member(Colour, "天红", argument="colour", prefixes={"天": "BLUE"})
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: colour: is not a known Colour; one of: red (红色), ... (got '天红')
    """
    argument = argument_name(argument)
    if isinstance(text, cls):
        return text
    if not isinstance(text, str):
        what = f"must be {with_article(cls.__name__)} or a str, not {a_type_name(text)}"
        raise InvalidType.for_argument(argument, text, what)
    table = _table(cls, tuple(sorted(aliases.items())) if aliases else ())
    if len(text) > LONGEST_SPELLING:  # no spelling is this long: refused without reading it
        raise InvalidInput.for_argument(argument, text, _not_known(cls, table, ""))
    if ambiguous:
        names = ambiguous.get(fold(text))
        if names is not None:
            shown = " or ".join(_choices([cls[name]]) for name in names)
            problem = f"may name {shown}: give the {cls.__name__} meant"
            raise InvalidInput.for_argument(argument, text, problem)
    # as written first (a word run into a suffix: call centrecomplaint), then in US spelling
    folded, us_folded = fold(text), _lookup_key(text)
    member = table.get(folded)
    if member is None:
        member = table.get(us_folded)
    for key in dict.fromkeys((folded, us_folded)):
        if member is None and (suffixes or prefixes):
            member = _around(cls, table, key, suffixes, prefixes or {})
    if member is None:
        raise InvalidInput.for_argument(argument, text, _not_known(cls, table, folded))
    return member  # type: ignore[return-value]


#: No spelling of a member, with a word before and after it, is longer than this: a longer
#: text is refused at once, without folding it or looking for the nearest spellings (a
#: megabyte of text is refused in microseconds, not a second).
LONGEST_SPELLING = 200
#: An enumeration of at most this many members lists them all when it refuses a spelling.
_LISTED_WHOLE = 10
#: How many of the nearest members a refusal of a longer enumeration names.
_NEAREST = 3
# Where an enumeration's whole list is shown besides ``choices()`` (listed_by).
_LISTED_BY: dict[type[enum.Enum], str] = {}


def listed_by(cls: type[E], where: str) -> type[E]:
    """Record ``where`` (a command, a page) as the place that lists every member of
    ``cls``: a refusal of a spelling of a long enumeration names it after ``choices()``."""
    _LISTED_BY[cls] = where
    return cls


def _not_known(cls: type[enum.Enum], table: Mapping[str, enum.Enum], folded: str) -> str:
    """Why no member of ``cls`` answers to ``folded``: every member of a short enumeration;
    of a longer one the members of the nearest spellings (:mod:`difflib`), if any are near,
    and where the whole list is, so that the message stays one short line."""
    members = list(cls)
    if len(members) <= _LISTED_WHOLE:
        return f"is not a known {cls.__name__}; one of: {_choices(members)}"
    near: list[enum.Enum] = []
    if folded:  # nothing is near an empty (or unread) text
        for key in difflib.get_close_matches(folded, list(table), n=4 * _NEAREST, cutoff=0.45):
            if table[key] not in near:
                near.append(table[key])
    closest = f"; nearest: {_choices(near[:_NEAREST])}" if near else ""
    where = f"{cls.__name__}.choices()"
    if cls in _LISTED_BY:
        where += f" or {_LISTED_BY[cls]}"
    return f"is not a known {cls.__name__}{closest}; {where} lists all {len(members)}"


def _around(
    cls: type[enum.Enum],
    table: Mapping[str, enum.Enum],
    folded: str,
    suffixes: tuple[str, ...],
    prefixes: Mapping[str, str | None],
) -> enum.Enum | None:
    """The member a spelling names once a suffix after it, a prefix before it or both are
    set aside (:func:`parse_member`); ``None`` if none does.  The first suffix that ends
    ``folded`` and leaves a spelling wins, so list a longer suffix first."""
    stems = [folded, *(folded[: -len(s)] for s in suffixes if folded.endswith(s) and s != folded)]
    for stem in stems:
        member = table.get(stem) if stem is not folded else None
        if member is not None:
            return member
        for prefix, name in prefixes.items():
            if stem.startswith(prefix) and stem != prefix:
                member = table.get(stem[len(prefix) :])
                if member is not None and (name is None or member is cls[name]):
                    return member
    return None


# The yes/no words an application's records hold, folded: a flag stored as text
_YES = ("true", "yes", "是")
_NO = ("false", "no", "否")


def read_yes_no(
    argument: str, value: Any, *, yes: tuple[str, ...] = (), no: tuple[str, ...] = ()
) -> bool:
    """A ``bool``, or a yes/no as a record holds it: true/false, yes/no, 是/否 and the
    concept's own words (``yes`` and ``no``, folded: 特殊/一般 for a special case), in any
    case, width or spacing :func:`fold` reads; anything else is refused naming ``argument``
    (:class:`~custops.errors.InvalidInput` for a text, else
    :class:`~custops.errors.InvalidType`, as :func:`~custops._validate.require_bool`).
    The one reading of a yes/no text (a case attribute the SLA selection reads, R-SLA-09).

    >>> read_yes_no("special", "是"), read_yes_no("special", " NO "), read_yes_no("x", True)
    (True, False, True)
    >>> read_yes_no("special", "特殊", yes=("特殊",), no=("一般",))
    True
    >>> read_yes_no("special", "也许")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidInput: special: must be a bool or yes/no (是/否) (got '也许')
    """
    if isinstance(value, str):
        folded = fold(value)
        if folded in _YES or folded in yes:
            return True
        if folded in _NO or folded in no:
            return False
        pairs = zip((_YES[-1], *yes), (_NO[-1], *no), strict=True)  # 是/否, then the concept's
        # in English the pairs in Latin letters alone: no Chinese but the value refused
        shown = [f"{y}/{n}" for y, n in pairs if not english() or f"{y}{n}".isascii()]
        words = f" ({', '.join(shown)})" if shown else ""
        raise InvalidInput.for_argument(argument, value, f"must be a bool or yes/no{words}")
    return require_bool(argument, value)


def lone_or_items(argument: str, value: Any, what: str, *lone: type) -> tuple[Any, ...]:
    """``(value,)`` when ``value`` is one of the ``lone`` types (one value standing for the
    collection of just itself), else the items of the collection ``value`` (a lone enum
    member, str or bytes refused, as :func:`~custops._validate.require_items` says): the one
    home of "one value or a collection", which :func:`parse_members` uses with ``lone=``.

    >>> lone_or_items("channels", "phone", "a collection of channels", str)
    ('phone',)
    >>> lone_or_items("channels", ["phone", "web"], "a collection of channels", str)
    ('phone', 'web')
    >>> lone_or_items("channels", "phone", "a collection of channels")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: channels: must be a collection of channels, not a str (got 'phone')
    """
    if isinstance(value, lone):
        return (value,)
    return require_items(argument, value, what, enum.Enum)


def parse_members(cls: type[E], value: Any, *, argument: str, lone: bool = False) -> frozenset[E]:
    """A set of members of ``cls`` from any iterable of members or texts (not a lone str),
    each read by ``cls.parse`` (so the enum's own aliases apply); errors name ``argument``,
    an item by its place (``inspectors[0]``), an item of a set (which has no place) by
    ``argument`` alone, the first refused in a stable order
    (:func:`~custops._validate.stable_items`): the same error under every ``PYTHONHASHSEED``.
    With ``lone``, one member (or one text) stands for the set of just that member: the one
    home of "one member or a collection of members".

    >>> from custops.enums import LabelledEnum
    >>> class Colour(LabelledEnum):
    ...     RED = ("red", "红色")
    ...     BLUE = ("blue", "蓝色")
    >>> sorted(m.value for m in parse_members(Colour, ["红色", Colour.BLUE], argument="c"))
    ['blue', 'red']
    >>> parse_members(Colour, "红色", argument="colours", lone=True) == {Colour.RED}
    True
    >>> parse_members(Colour, "红色", argument="colours")
    Traceback (most recent call last):
    ...
    custops.errors.InvalidType: colours: must be a collection of Colour, not a str (got '红色')
    """
    lone_types = (str, cls) if lone else ()
    items = lone_or_items(argument, value, f"a collection of {cls.__name__}", *lone_types)
    check = member_check(cls)
    if lone_types and isinstance(value, lone_types):  # one value: named as the argument
        return frozenset(check(argument, v) for v in items)
    # an item of a collection: named by its place, shown as given (``inspectors[0]``); an
    # item of a set by the argument alone, the first refused in a stable order
    return frozenset(check(item_argument(argument, value, i), v) for i, v in enumerate(items))


def member_check(cls: type[E]) -> Callable[[str, Any], E]:
    """The check ``(argument, value) -> member`` of ``cls``: ``cls.parse(value,
    argument=argument)`` (the enum's own aliases apply), for a check that takes one
    (``_pairs(member_check(Kind), …)``); :func:`enum_field` is its attrs converter."""
    parse = getattr(cls, "parse", functools.partial(parse_member, cls))
    return lambda argument, value: parse(value, argument=argument)


def members_check(cls: type[E]) -> Callable[[str, Any], frozenset[E]]:
    """The check ``(argument, value) -> frozenset of members`` (:func:`parse_members`)."""
    return lambda argument, value: parse_members(cls, value, argument=argument)


def enum_field(cls: type[E], *, optional: bool = False) -> Any:
    """An attrs converter reading a member of ``cls`` as ``cls.parse`` does (the error names
    the field), ``None`` passed through when ``optional``; :func:`members_field` reads a set
    of them.

    >>> import attrs
    >>> from custops.complaints import Kind
    >>> @attrs.frozen
    ... class Contact:
    ...     kind: Kind = attrs.field(converter=enum_field(Kind))
    ...     also: frozenset[Kind] = attrs.field(default=(), converter=members_field(Kind))
    >>> Contact("投诉", ["建议"])
    Contact(kind=<Kind.COMPLAINT: 'complaint'>, also=frozenset({<Kind.SUGGESTION: 'suggestion'>}))
    """
    check = member_check(cls)
    takes = f"{cls.__name__} | str" + " | None" * optional
    return field_converter(optional_check(check) if optional else check, takes=takes)


def members_field(cls: type[E]) -> Any:
    """An attrs converter reading a set of members of ``cls`` (:func:`parse_members`)."""
    return field_converter(members_check(cls), takes=f"Iterable[{cls.__name__} | str]")


def _choices(members: Iterable[enum.Enum]) -> str:
    """The members a refusal lists, joined by commas: each by its key, with its Chinese label
    in ``zh_CN`` (a spelling the reader may type); in ``en_US`` the key alone."""
    labelled = not english()
    return ", ".join(_member_text(member, labelled) for member in members)


def _member_text(member: enum.Enum, labelled: bool) -> str:
    label = getattr(member, "label", None)
    key = member.value if isinstance(member.value, str) else member.name.lower()
    shown = labelled and isinstance(label, str) and label != key
    return f"{key} ({label})" if shown else key


def own_names(argument: str, value: Any, cls: type[E], what: str) -> tuple[tuple[str, E], ...]:
    """``argument`` (``role_names``, ``department_names``): a company's own names, each
    read as a member of ``cls`` (the seed's); a name that is already a member's key, label
    or alias is refused when it maps to another member (it would mean two of them), as is
    a name or member that is not one.  A name mapped to the member it already names (an
    identity line of an exported table, ``{"销售部": "销售部"}``) changes nothing and is
    left out, so the policy is the one without it.  A name is read as the seed's names are
    (spaces, case, full-width and Traditional forms ignored: 緊急 is 紧急, ``p1`` is ``P1``),
    so two spellings of one name (``"紧急"`` and ``" 紧急 "``) are refused, naming both.
    ``what`` names a member in the refusal (``role``, ``department``).

    >>> from custops.complaints.model import Department
    >>> own_names("department_names", {"销售部": "sales", "地服": "营销办"}, Department,
    ...           "department")
    (('地服', <Department.MARKETING_OFFICE: 'marketing_office'>),)
    """
    pairs = pairs_mapping(
        argument, value, f"a mapping company {what} name -> {cls.__name__}", f"(name, {what})",
        error=PolicyError,
    )  # fmt: skip
    check = member_check(cls)
    out: dict[str, E] = {}
    given = list(pairs)
    # two spellings of one name (紧急, " 紧急 ", 緊急): which one?
    require_distinct(
        argument,
        given,
        "gives one name twice, as {earlier!r} and {twice!r} (spaces, case and Traditional "
        f"forms are ignored, as in the seed's names); give each {what} name once",
        keys=[fold(require_label(argument, key)) for key in given],
        twice=True,
        error=PolicyError,
    )
    for key, chosen in pairs.items():
        name = require_label(argument, key)
        member = check(entry(argument, key), chosen)
        try:
            named = cast(Any, cls).parse(name)
        except InvalidInput:
            out[name] = member
            continue
        if named is not member:  # a seed name read as another member: two of them
            problem = (
                f"is already a {what}'s name ({named.value}) and cannot also name "
                f"{member.value}; map only the company's own {what} names"
            )
            raise PolicyError.for_argument(argument, key, problem)
    return tuple(sorted(out.items()))
