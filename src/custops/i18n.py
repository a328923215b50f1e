"""The language of explanations: ``zh_CN`` (the default) or ``en_US`` (docs/i18n.md).

Every ``reason``, ``explain()``, notice and table for staff is worded, when it is made, in
the *active language* — the process-wide default :func:`set_language` sets (seen by every
thread), unless a :func:`language` block overrides it in its own context (a context
variable: one thread's or asyncio task's block never reaches another) — from gettext
catalogues: the ``.mo`` compiled into the wheel, else the ``.po`` sources.  Text for
the customer is always Chinese, exception messages always English.
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import enum
import gettext
import io
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any, TypeVar

from custops._validate import RULE_ID_IN_TEXT, fitted_call, require_int, require_type
from custops.errors import InvalidInput

__all__ = [
    "available_languages",
    "current_language",
    "language",
    "ngettext",
    "set_language",
    "stray_words",
]

DEFAULT_LANGUAGE = "zh_CN"
_LANGUAGES = ("zh_CN", "en_US")
#: A language tag's subtags (BCP 47 ``en-Latn-SG``, a POSIX or Java locale ``en_SG``): letters
#: and digits, one to eight, between ``-`` or ``_``.
_SUBTAGS = re.compile(r"[a-z0-9]{1,8}(?:[-_][a-z0-9]{1,8})*")
#: The regions that write Chinese in Traditional characters (Taiwan, Hong Kong, Macao), as the
#: script ``Hant`` does: custops writes Simplified Chinese only.
_TRADITIONAL = frozenset({"tw", "hk", "mo"})
#: The refusal of a Traditional Chinese code.
_TRADITIONAL_REFUSED = (
    "is Traditional Chinese, which custops does not write: choose zh_CN (Simplified Chinese) "
    "or en_US"
)
#: What the refusal of a language code adds: the codes custops reads.
_READ = (
    "one of: zh_CN, en_US (English in any region or form reads as en_US: en, en-SG, "
    "en_GB, en-Latn-AU; Simplified Chinese as zh_CN: zh, zh-Hans, zh_SG)"
)
#: The language a ``with language(...)`` block chose in this context (``None``: none did).
_active: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "custops_language", default=None
)
#: The process-wide default, set by :func:`set_language` and read by every thread.
_default = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[str, str]] = {}  # language -> {English source: translation}
_translations: dict[str, gettext.GNUTranslations] = {}  # language -> its plural entries too
_lock = threading.Lock()
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]")
_DOUBLE_QUOTED = re.compile(r'"[^"]*"')  # a text's parts already quoted for English


def available_languages() -> tuple[str, ...]:
    """The language codes custops has catalogues for, the default first."""
    return _LANGUAGES


def _normalise(code: object, argument: str = "code") -> str:
    """The language ``code`` names, ``'zh_CN'`` or ``'en_US'``: English in any region or form
    (``en``, ``en-SG``, ``en_AU``, ``en-Latn-SG``, ``en-GB-oxendict``) is en_US; Chinese in
    Simplified characters (``zh``, ``zh-CN``, ``zh-Hans``, ``zh_SG``, ``zh-Hans-HK``) is
    zh_CN; case, ``-`` or ``_``, and a POSIX locale's codeset and modifier do not matter.
    Traditional Chinese (``zh-Hant``, ``zh_TW``, ``zh_HK``, ``zh_MO``) is refused saying
    so: custops writes Simplified Chinese only, and which of the two a Traditional reader
    gets is the caller's choice.  Any other language is refused listing what is read."""
    # the common case, kept fast; the type first, so that a value whose == is not a bool (a
    # numpy array, a pandas Series) is refused as InvalidType, not compared
    if type(code) is str and code in _LANGUAGES:
        return code
    code = require_type(argument, code, str, "a language code such as 'zh_CN'")
    # a POSIX locale's codeset and modifier (zh_CN.UTF-8, en_US.utf8@euro) choose no language
    tag = re.split(r"[.@]", code.strip(), maxsplit=1)[0].lower()
    subtags = re.split(r"[-_]", tag) if _SUBTAGS.fullmatch(tag) else [""]
    primary, rest = subtags[0], subtags[1:]
    if primary == "zh" and rest and len(rest[0]) == 3 and rest[0].isalpha():
        # an extended language subtag: Mandarin (zh-cmn-Hans) is written Chinese; another
        # Chinese language (zh-yue, Cantonese) is not one custops speaks
        primary = "zh" if rest.pop(0) == "cmn" else ""
    if primary == "en":
        return "en_US"
    if primary == "zh":
        script = rest.pop(0) if rest and len(rest[0]) == 4 and rest[0].isalpha() else None
        region = rest[0] if rest else None
        if script == "hant" or (script is None and region in _TRADITIONAL):
            raise InvalidInput.for_argument(argument, code, _TRADITIONAL_REFUSED)
        return "zh_CN"
    raise InvalidInput.for_argument(argument, code, f"is not a language custops speaks; {_READ}")


def current_language() -> str:
    """The code of the active language: the innermost :func:`language` block's, else the
    process-wide default (``'zh_CN'`` unless :func:`set_language` set another)."""
    return _active.get() or _default


def set_language(code: str) -> None:
    """Make ``code`` (``zh_CN`` or ``en_US`` in any spelling: ``zh``, ``zh-Hans``, English in
    any region, ``en-SG``, ``en_AU``, a BCP 47 tag such as ``en-Latn-SG``, a POSIX locale such
    as ``zh_CN.UTF-8``; Traditional Chinese, ``zh_TW``, is refused) the process-wide default
    language: every thread,
    thread pool worker and asyncio task speaks it from now on, except inside a
    :func:`language` block, which wins in its own context.  Call it once, at startup.
    Another language raises :class:`~custops.errors.InvalidInput` (a value that is not a
    ``str``, :class:`~custops.errors.InvalidType`) and changes nothing."""
    global _default
    _default = _normalise(code)


@contextmanager
def language(code: str) -> Iterator[str]:
    """Use ``code`` as the active language inside a ``with`` block, in the current context
    only (this thread, or this asyncio task); restore it after.  It wins over the
    process-wide default of :func:`set_language`, and never reaches another thread.

    >>> with language("en"):
    ...     current_language()
    'en_US'
    >>> current_language()
    'zh_CN'
    """
    token = _active.set(_normalise(code))
    try:
        yield current_language()
    finally:
        _active.reset(token)


def _load(code: str) -> dict[str, str]:
    """The catalogue of ``code``, read once through :mod:`gettext` into a plain dictionary."""
    with _lock:
        found = _catalogues.get(code)
        if found is not None:
            return found
        folder = resources.files("custops") / "locale" / code
        compiled = folder / "LC_MESSAGES" / "custops.mo"
        if compiled.is_file():
            data = compiled.read_bytes()
        else:  # a source checkout: compile the .po sources in memory
            from custops import _po

            entries: list[_po.Entry] = []
            for source in sorted(folder.iterdir(), key=lambda item: item.name):
                if source.name.endswith(".po"):
                    entries.extend(_po.parse(source.read_text(encoding="utf-8")))
            data = _po.compile_mo(entries)
        translations = gettext.GNUTranslations(io.BytesIO(data))
        pairs = translations._catalog.items()  # type: ignore[attr-defined]
        catalogue = {k: v for k, v in pairs if isinstance(k, str) and k}
        _translations[code] = translations
        _catalogues[code] = catalogue
        return catalogue


_AS_IS = frozenset({str, int})


class Worded:
    """A value that words itself, whose ``str()`` is a sentence in the active language
    (a :class:`~custops.decisions.Wording`): a field of :func:`_` put into the message as
    it is worded, never quoted (its own Chinese, a label, is quoted or bracketed already)."""

    __slots__ = ()


#: The enumerations an English sentence names in words (:func:`worded_in_english`).
_WORDED: set[type[enum.Enum]] = set()
#: The members an English sentence names in words, then by label in brackets
#: (:func:`worded_with_label`).
_LABELLED: set[enum.Enum] = set()

E = TypeVar("E", bound=type[enum.Enum])


def worded_in_english(cls: E) -> E:
    """Mark the enumeration ``cls`` (a class decorator) as one an English sentence names in
    words, by its key (:func:`key_words`: ``complaint``, ``product quality``), not by its
    Chinese label quoted: a vocabulary the explanations word in English themselves (a
    classification's kind and category), so that no sentence names a member two ways."""
    _WORDED.add(cls)
    return cls


def worded_with_label(*names: str) -> Callable[[E], E]:
    """Mark the enumeration (a class decorator) as one an English sentence names in words
    (as :func:`worded_in_english`), and its members ``names`` in words followed by their
    Chinese label in brackets (``make-up working day (调休上班)``): terms of the seed that a
    Chinese colleague searches for by their label, so the English reader gets both (house
    style: the English words first, the Chinese after)."""

    def declare(cls: E) -> E:
        _WORDED.add(cls)
        _LABELLED.update(cls[name] for name in names)
        return cls

    return declare


def key_words(member: enum.Enum) -> str:
    """A member as an English sentence names it: a labelled member's
    :attr:`~custops.enums.LabelledEnum.english_words` (``no action``, ``return or exchange``),
    another enumeration's key in words."""
    words = getattr(member, "english_words", None)
    return words if isinstance(words, str) else str(member.value).replace("_", " ")


def _show(value: object, english: bool) -> str:
    """How a field is written into a sentence of the active language."""
    if isinstance(value, Worded):
        return str(value)
    if isinstance(value, enum.Enum):
        if english and value in _LABELLED:
            return f"{key_words(value)} ({getattr(value, 'label', value.value)})"
        if english and type(value) in _WORDED:
            return key_words(value)
        label = getattr(value, "label", None)
        text = label if isinstance(label, str) else str(value.value)
    elif isinstance(value, (tuple, list, frozenset, set)):
        items = [_show(item, english) for item in value]
        if isinstance(value, (frozenset, set)):
            items.sort()
        return (", " if english else "、").join(items)
    elif isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    else:
        words = getattr(value, "english_words", None) if english else None
        if isinstance(words, str):  # a value that names itself in English (a Period)
            return words
        text = str(value)
    # in English, Chinese is quoted: a text holding it outside double quotes is quoted whole
    # (a text whose Chinese is quoted already, '"部门经理" of HQ', is kept as it is)
    if english and _CJK.search(_DOUBLE_QUOTED.sub("", text)):
        return f'"{text}"'
    return text


def _(message: str, /, **fields: Any) -> str:
    """``message`` (an English ``str.format`` template) in the active language, its named
    fields written for the language: an enumeration by its label, a collection joined, and
    in English a value holding Chinese quoted.  ``tools/i18n.py`` collects the messages
    (calls of ``_`` and ``N_`` with a literal first argument, of :func:`ngettext` with two).
    A message with a count is worded with :func:`ngettext`.
    """
    code = _active.get() or _default
    text = (_catalogues.get(code) or _load(code)).get(message, message)
    if not fields:
        return text
    return _fill(text, code, fields)


def ngettext(singular: str, plural: str, count: int, /, **fields: Any) -> str:
    """The form of a counted message for ``count`` in the active language, its named
    fields written as :func:`_` writes them: gettext's ``ngettext`` with ``str.format``
    fields.  English has two forms (``singular`` for 1, ``plural`` for every other count),
    Chinese one.  ``count`` (an ``int``) only chooses the form: pass it as a field too.
    With no field at all the chosen form is given as a template, unfilled (as :func:`_`
    gives it); with fields, one the message names and the call lacks is refused.

    >>> with language("en_US"):
    ...     [ngettext("{count} complaint", "{count} complaints", n, count=n) for n in (0, 1, 2)]
    ['0 complaints', '1 complaint', '2 complaints']
    >>> with language("zh_CN"):
    ...     [ngettext("{count} complaint", "{count} complaints", n, count=n) for n in (1, 2)]
    ['投诉 1 次', '投诉 2 次']
    """
    code = _active.get() or _default
    key = (code, singular, plural, count)
    text = _forms.get(key) if type(count) is int else None
    if text is None:
        count = require_int("count", count)
        require_type("singular", singular, str, "a str")
        require_type("plural", plural, str, "a str")
        translations = _translations.get(code)
        if translations is None:
            _load(code)
            translations = _translations[code]
        text = translations.ngettext(singular, plural, count)
        if type(count) is int and -16 <= count <= 64 and len(_forms) < 4096:
            _forms[key] = text  # (a catalogue, once read, never changes)
    return _fill(text, code, fields) if fields else text


#: The form :func:`ngettext` chose for a language, a message and a small count: chosen
#: once (gettext evaluates the catalogue's plural rule at every call)
_forms: dict[tuple[str, str, str, int], str] = {}


def _fill(text: str, code: str, fields: dict[str, Any]) -> str:
    """``text`` with ``fields`` filled in as the language ``code`` writes them; a field the
    message names and ``fields`` lacks is refused (``InvalidInput``, naming it)."""
    # Chinese: plain strings and integers go in as they are (the common case, kept fast).
    shown: dict[str, object]
    if code == "en_US":
        shown = {key: _show(value, True) for key, value in fields.items()}
    else:
        shown = {
            key: value if type(value) in _AS_IS else _shown_zh(value)
            for key, value in fields.items()
        }
    try:
        return text.format_map(shown)
    except KeyError as exc:
        raise InvalidInput.for_argument(
            "fields", sorted(fields), f"the message names {exc.args[0]!r}, which is not given"
        ) from None


def _shown_zh(value: object) -> object:
    """:func:`_show` of ``value`` in Chinese (a labelled member by its label, read at once)."""
    label = getattr(value, "label", None) if isinstance(value, enum.Enum) else None
    return label if type(label) is str else _show(value, False)


def N_(message: str, /) -> str:  # noqa: N802 — the gettext convention for "mark, translate later"
    """Mark ``message`` for the catalogues without translating it now (pass it to ``_`` later)."""
    return message


def verdict(allowed: bool) -> str:
    """The word for a yes/no answer in the active language (允许/拒绝, allowed/refused)."""
    return _("allowed") if allowed else _("refused")


def headline(verdict_text: str, rule: str, reason: str) -> str:
    """The one-line form of an answer: ``拒绝（R-SEC-05）：…`` or ``refused (R-SEC-05): …``."""
    if (_active.get() or _default) == "en_US":
        return f"{verdict_text} ({rule}): {reason}"
    return f"{verdict_text}（{rule}）：{reason}"


_QUOTED_ZH = re.compile(r"「[^」]*」|“[^”]*”|\"[^\"]*\"")
#: Quoted text, or a Chinese term in brackets after its English words (``make-up working day
#: (调休上班)``): what an English sentence may hold in Chinese.
_QUOTED_EN = re.compile(r"\"[^\"]*\"|「[^」]*」|(?<=[A-Za-z\d] )\((?:\"[^\"]*\"|[^()A-Za-z])*\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")  # single letters (V1, 24 h) are not words
#: A run of Chinese characters (ideographs): a name holding one is quoted whole in English.
CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
#: Units and abbreviations a Chinese business text writes in Latin letters: words of two
#: letters or more (a single letter, ``h`` or ``m``, is never a word to :func:`stray_words`).
UNITS = frozenset({"min", "ms", "kg", "km", "ml", "VIP", "ID", "CNY", "RMB"})


@fitted_call
def stray_words(text: str, *, code: str | None = None) -> tuple[str, ...]:
    """The words of ``text`` that do not belong in a sentence of language ``code`` (default:
    the active one): for ``zh_CN`` Latin-letter words other than rule IDs, :data:`UNITS` and
    quoted text (「…」, “…”, "…"); for ``en_US`` Chinese outside double quotes (or 「」) and
    outside brackets after English words (``make-up working day (调休上班)``).

    >>> stray_words("机密: only the holder may know it", code="en_US")
    ('机密',)
    >>> stray_words("make-up working day (调休上班)", code="en_US")
    ()
    >>> stray_words("(调休)", code="en_US")
    ('调休',)
    """
    code = current_language() if code is None else _normalise(code)
    require_type("text", text, str, "a str")
    if code == "en_US":
        return tuple(CJK_RUN.findall(_QUOTED_EN.sub(" ", text)))
    bare = _QUOTED_ZH.sub(" ", RULE_ID_IN_TEXT.sub(" ", text))
    return tuple(word for word in _WORD.findall(bare) if word not in UNITS)
