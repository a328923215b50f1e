"""Read gettext ``.po`` catalogues and write ``.mo`` files, with the standard library only:
the wheel's build hook (``hatch_build.py``, loading this file by path) and a source checkout
(:mod:`custops.i18n`, in memory) compile ``locale/<language>/*.po`` with it.  Only what
custops' catalogues use is read: comments, flags, ``msgid``/``msgstr`` pairs over one or
more quoted lines; no ``msgctxt``, no plural forms (Chinese has none).

>>> entries = parse('msgid ""\\nmsgstr "Language: zh_CN\\\\n"\\n\\n#, python-brace-format\\n'
...                 'msgid "{n} days"\\nmsgstr "{n} 天"\\n')
>>> [(e.msgid, e.msgstr, e.flags) for e in entries]
[('', 'Language: zh_CN\\n', ()), ('{n} days', '{n} 天', ('python-brace-format',))]
>>> import gettext, io
>>> gettext.GNUTranslations(io.BytesIO(compile_mo(entries))).gettext("{n} days")
'{n} 天'
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from typing import NamedTuple

__all__: list[str] = []  # private: used by custops.i18n, the build hook and tools/i18n.py

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')  # a quote, then plain or escaped characters
_ESCAPE = re.compile(r"\\(.)")
_QUOTE = str.maketrans({char: "\\" + key for key, char in _ESCAPES.items() if key != "n"})


class Entry(NamedTuple):
    """One message of a catalogue: the English source, its translation, its flags."""

    msgid: str
    msgstr: str
    flags: tuple[str, ...]
    line: int


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
    target: list[str] | None = None
    start = 0

    def finish() -> None:
        nonlocal msgid, msgstr, flags, target
        if msgid is not None:
            if msgstr is None:
                raise PoSyntaxError(f"line {start}: msgid without msgstr")
            entries.append(Entry("".join(msgid), "".join(msgstr), tuple(flags), start))
        msgid = msgstr = target = None
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
        elif line.startswith("msgstr "):
            if msgid is None or msgstr is not None:
                raise PoSyntaxError(f"line {number}: msgstr without its msgid")
            msgstr = [_unquote(line[7:], number)]
            target = msgstr
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


def format_entry(msgid: str, msgstr: str, flags: Iterable[str] = ()) -> str:
    """One entry in ``.po`` syntax (used by ``tools/i18n.py`` when it adds messages)."""
    flag_line = ", ".join(flags)
    head = f"#, {flag_line}\n" if flag_line else ""
    return f"{head}msgid {_quote(msgid)}\nmsgstr {_quote(msgstr)}\n"


def compile_mo(entries: Iterable[Entry]) -> bytes:
    """The GNU ``.mo`` bytes of ``entries`` (fuzzy and untranslated ones left out), under one
    header declaring UTF-8 in place of the sources' headers."""
    header_text = "Content-Type: text/plain; charset=UTF-8\n"
    messages = {
        e.msgid: e.msgstr for e in entries if e.msgid and e.msgstr and "fuzzy" not in e.flags
    }
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
