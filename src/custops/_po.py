"""Read gettext ``.po`` catalogues and write ``.mo`` files, with the standard library only:
the wheel's build hook (``hatch_build.py``, loading this file by path) and a source checkout
(:mod:`custops.i18n`, in memory) compile ``locale/<language>/*.po`` with it.  Only what
custops' catalogues use is read: comments, flags, ``msgid``/``msgstr`` pairs over one or
more quoted lines, and plural entries (``msgid_plural`` with ``msgstr[0]``, ``msgstr[1]`` …,
chosen by the ``Plural-Forms`` of the header); no ``msgctxt``.

>>> entries = parse('msgid ""\\nmsgstr "Language: zh_CN\\\\n"\\n\\n#, python-brace-format\\n'
...                 'msgid "{n} days"\\nmsgstr "{n} 天"\\n')
>>> [(e.msgid, e.msgstr, e.flags) for e in entries]
[('', 'Language: zh_CN\\n', ()), ('{n} days', '{n} 天', ('python-brace-format',))]
>>> import gettext, io
>>> gettext.GNUTranslations(io.BytesIO(compile_mo(entries))).gettext("{n} days")
'{n} 天'

A plural entry keeps its English plural in ``plural`` and its forms in ``forms``:

>>> header = 'msgid ""\\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\\\n"\\n\\n'
>>> entries = parse(header + 'msgid "{n} day"\\nmsgid_plural "{n} days"\\n'
...                 'msgstr[0] "{n} day"\\nmsgstr[1] "{n} days"\\n')
>>> entries[1].plural, entries[1].forms
('{n} days', ('{n} day', '{n} days'))
>>> compiled = gettext.GNUTranslations(io.BytesIO(compile_mo(entries)))
>>> [compiled.ngettext("{n} day", "{n} days", n) for n in (0, 1, 2)]
['{n} days', '{n} day', '{n} days']
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from typing import NamedTuple

__all__: list[str] = []  # private: used by custops.i18n, the build hook and tools/i18n.py

#: The ``Plural-Forms`` line of a header: how many forms a language has, and which is used.
PLURAL_FORMS = re.compile(r"^Plural-Forms:\s*(.*?)\s*$", re.MULTILINE)
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')  # a quote, then plain or escaped characters
_ESCAPE = re.compile(r"\\(.)")
_QUOTE = str.maketrans({char: "\\" + key for key, char in _ESCAPES.items() if key != "n"})


class Entry(NamedTuple):
    """One message of a catalogue: the English source, its translation, its flags; a plural
    entry has its English plural (``plural``) and one translation per plural form of the
    language (``forms``: ``msgstr[0]``, ``msgstr[1]`` …) in place of ``msgstr`` (empty)."""

    msgid: str
    msgstr: str
    flags: tuple[str, ...]
    line: int
    plural: str = ""
    forms: tuple[str, ...] = ()

    @property
    def translated(self) -> bool:
        """Whether every form of the entry has a translation."""
        if self.plural:
            return bool(self.forms) and all(self.forms)
        return bool(self.msgstr)


def plural_forms(header: str) -> str | None:
    """The ``Plural-Forms`` of a header entry's text (``None`` when it declares none)."""
    match = PLURAL_FORMS.search(header)
    return None if match is None else match[1]


def nplurals(forms: str) -> int:
    """The number of plural forms a ``Plural-Forms`` value declares.

    >>> nplurals("nplurals=2; plural=(n != 1);"), nplurals("nplurals=1; plural=0;")
    (2, 1)
    """
    match = _NPLURALS.search(forms)
    if match is None:
        raise PoSyntaxError(f"Plural-Forms without nplurals: {forms!r}")
    return int(match[1])


class PoSyntaxError(ValueError):
    """A ``.po`` file that this reader cannot read (the line number is in the message)."""


def _unquote(text: str, line: int) -> str:
    match = _QUOTED.fullmatch(text.strip())
    if match is None:
        raise PoSyntaxError(f"line {line}: expected a quoted string, got {text!r}")
    try:
        return _ESCAPE.sub(lambda escape: _ESCAPES[escape[1]], match[1])
    except KeyError:
        raise PoSyntaxError(f"line {line}: unknown escape in {text!r}") from None


def parse(text: str) -> list[Entry]:
    """The entries of a ``.po`` file's text, in file order (the header entry included)."""
    entries: list[Entry] = []
    flags: list[str] = []
    msgid: list[str] | None = None
    msgstr: list[str] | None = None
    plural: list[str] | None = None
    forms: list[list[str]] = []
    target: list[str] | None = None
    start = 0

    def finish() -> None:
        nonlocal msgid, msgstr, plural, forms, flags, target
        if msgid is not None:
            if plural is not None:
                if not forms:
                    raise PoSyntaxError(f"line {start}: msgid_plural without msgstr[0]")
                texts = tuple("".join(form) for form in forms)
                entry = Entry("".join(msgid), "", tuple(flags), start, "".join(plural), texts)
            elif msgstr is None:
                raise PoSyntaxError(f"line {start}: msgid without msgstr")
            else:
                entry = Entry("".join(msgid), "".join(msgstr), tuple(flags), start)
            entries.append(entry)
        msgid = msgstr = plural = target = None
        forms = []
        flags = []

    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            finish()
        elif line.startswith("#"):
            if msgstr is not None:
                finish()
            if line.startswith("#,"):
                flags.extend(flag.strip() for flag in line[2:].split(",") if flag.strip())
        elif line.startswith("msgid "):
            if msgid is not None:
                finish()
            start = number
            msgid = [_unquote(line[6:], number)]
            target = msgid
        elif line.startswith("msgid_plural "):
            if msgid is None or plural is not None or msgstr is not None or forms:
                raise PoSyntaxError(f"line {number}: msgid_plural without its msgid")
            plural = [_unquote(line[13:], number)]
            target = plural
        elif line.startswith("msgstr "):
            if msgid is None or msgstr is not None or plural is not None:
                raise PoSyntaxError(f"line {number}: msgstr without its msgid")
            msgstr = [_unquote(line[7:], number)]
            target = msgstr
        elif line.startswith("msgstr["):
            index, _bracket, rest = line[7:].partition("]")
            if plural is None or index != str(len(forms)) or not rest.startswith(" "):
                raise PoSyntaxError(f"line {number}: msgstr[{index}] out of place")
            forms.append([_unquote(rest, number)])
            target = forms[-1]
        elif line.startswith('"'):
            if target is None:
                raise PoSyntaxError(f"line {number}: a string outside an entry")
            target.append(_unquote(line, number))
        else:
            raise PoSyntaxError(f"line {number}: cannot read {line!r}")
    finish()
    return entries


def _quote(text: str) -> str:
    escaped = text.translate(_QUOTE)
    if "\n" not in escaped.rstrip("\n"):
        return '"' + escaped.replace("\n", "\\n") + '"'
    parts = escaped.split("\n")
    lines = [f'"{part}\\n"' for part in parts[:-1]] + ([f'"{parts[-1]}"'] if parts[-1] else [])
    return '""\n' + "\n".join(lines)


def format_entry(
    msgid: str,
    msgstr: str,
    flags: Iterable[str] = (),
    *,
    plural: str = "",
    forms: Iterable[str] = (),
) -> str:
    """One entry in ``.po`` syntax (used by ``tools/i18n.py`` when it adds messages); with
    ``plural``, a plural entry whose translations are ``forms`` (``msgstr`` unused)."""
    flag_line = ", ".join(flags)
    head = f"#, {flag_line}\n" if flag_line else ""
    if not plural:
        return f"{head}msgid {_quote(msgid)}\nmsgstr {_quote(msgstr)}\n"
    lines = [f"{head}msgid {_quote(msgid)}", f"msgid_plural {_quote(plural)}"]
    lines += [f"msgstr[{i}] {_quote(form)}" for i, form in enumerate(forms)]
    return "\n".join(lines) + "\n"


def compile_mo(entries: Iterable[Entry]) -> bytes:
    """The GNU ``.mo`` bytes of ``entries`` (fuzzy and untranslated ones left out), under one
    header declaring UTF-8 and the sources' ``Plural-Forms`` in place of their headers.

    A plural entry is stored as gettext reads it: the key ``msgid NUL msgid_plural``, the
    forms joined by NUL.  The sources' headers must agree on ``Plural-Forms``, and one must
    declare it when there is a plural entry (each then has exactly ``nplurals`` forms).
    """
    entries = list(entries)
    declared = sorted({forms for e in entries if not e.msgid and (forms := plural_forms(e.msgstr))})
    if len(declared) > 1:
        raise PoSyntaxError(f"the headers declare different Plural-Forms: {declared}")
    header_text = "Content-Type: text/plain; charset=UTF-8\n"
    messages: dict[str, str] = {}
    count = None
    for forms in declared:
        header_text += f"Plural-Forms: {forms}\n"
        count = nplurals(forms)
    for e in entries:
        if not e.msgid or not e.translated or "fuzzy" in e.flags:
            continue
        if not e.plural:
            messages[e.msgid] = e.msgstr
            continue
        if count is None:
            raise PoSyntaxError(f"line {e.line}: a plural entry, but no header has Plural-Forms")
        if len(e.forms) != count:
            raise PoSyntaxError(
                f"line {e.line}: msgstr[0] … msgstr[{len(e.forms) - 1}], "
                f"but the header says nplurals={count}"
            )
        messages[f"{e.msgid}\0{e.plural}"] = "\0".join(e.forms)
    messages[""] = header_text
    pairs = sorted((key.encode(), value.encode()) for key, value in messages.items())
    keys = [key for key, _ in pairs]
    values = [value for _, value in pairs]
    ids_start = 28 + 16 * len(pairs)  # after the header and the two tables
    strs_start = ids_start + sum(len(key) + 1 for key in keys)
    header = struct.pack("<7I", 0x950412DE, 0, len(pairs), 28, 28 + 8 * len(pairs), 0, ids_start)
    return b"".join(
        [header, _table(keys, ids_start), _table(values, strs_start)]
        + [text + b"\0" for text in keys + values]
    )


def _table(texts: list[bytes], start: int) -> bytes:
    """The ``.mo`` table of ``(length, offset)`` of ``texts`` stored one after another."""
    out = []
    for text in texts:
        out.append(struct.pack("<2I", len(text), start))
        start += len(text) + 1
    return b"".join(out)
