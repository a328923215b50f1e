"""The ``custops`` command: a thin shell over the library, one module per command group.

This package is the only part of custops that prints, reads the clock or exits.  Bad input
prints one line, ``custops: error: …`` (in English, as every custops error), on stderr and
exits with status 2, never a traceback.  What it prints for a person is in the language of
``--lang`` (before or after the command), else of ``$CUSTOPS_LANG``, else the active
language; ``--json`` output keeps its stable keys.  Ctrl-C exits 130 with one line on stderr;
``custops`` without a command prints its help on stderr and exits 2, as a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn

from custops import __version__
from custops._text import colon
from custops.cli._common import Handler, error_text
from custops.errors import CustopsError
from custops.i18n import _, available_languages, current_language, language

__all__ = ["build_parser", "main"]

#: The command groups, in the order ``custops --help`` lists them: each module (one per
#: group) with the commands it registers.  A command line that names one of them imports
#: only its group, so that ``custops deadline`` does not load the classifier's modules.
_GROUPS: dict[str, tuple[str, ...]] = {
    "custops.cli._demo": ("demo",),
    "custops.cli._money": ("uppercase",),
    "custops.cli._calendars": ("workdays",),
    "custops.cli._periods": ("deadline",),
    "custops.cli._sla": ("sla",),
    "custops.cli._secrecy": ("secrecy",),
    "custops.cli._deposits": ("refund",),
    "custops.cli._vip": ("vip",),
    "custops.cli._complaints": ("classify",),
    "custops.cli._service": ("check-reply", "change"),
    "custops.cli._exchange": ("exchange",),
    "custops.cli._moveout": ("moveout",),
    "custops.cli._purchasing": ("purchasing",),
    "custops.cli._archives": ("archive",),
}
#: The environment variable that chooses the language when ``--lang`` is not given.
LANG_VARIABLE = "CUSTOPS_LANG"


#: How help text is wrapped: at spaces, not after the hyphen of an option (``--no-large``).
_NO_HYPHENS: dict[str, Any] = {"break_on_hyphens": False}


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with its own words (``usage:``) in the active language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(heading)
        if heading:
            self._headings = {*getattr(self, "_headings", ()), heading}

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """A text of one paragraph wrapped; one of several lines (the examples of an
        epilog, ``例：`` and a command a line) kept line by line."""
        if "\n" not in text:
            text = self._whitespace_matcher.sub(" ", text).strip()
            return textwrap.fill(
                text, width, initial_indent=indent, subsequent_indent=indent, **_NO_HYPHENS
            )
        return "\n".join(indent + line for line in text.splitlines())

    def _split_lines(self, text: str, width: int) -> list[str]:
        """An option's help wrapped at spaces, never inside an option (``--no-large``)."""
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width, **_NO_HYPHENS)

    def format_help(self) -> str:
        """The help, each section's heading followed by the active language's colon
        (``选项：`` as ``用法：``; argparse writes an ASCII one after any heading)."""
        text = super().format_help()
        for heading in getattr(self, "_headings", ()):
            text = text.replace(f"{heading}:\n", colon(heading, "").rstrip() + "\n")
        return text


#: What argparse takes for a value, not an option, when no option looks like a number: a
#: minus and a digit (or a point and a digit) at the start, as Python 3.13's argparse reads it
#: (3.10-3.12 take only a whole negative number, and ``--claim -30:2025-09-30:fee`` was an
#: unknown option instead of a claim custops refuses, naming it and showing its value); and
#: a minus before a character no option of custops starts with (any but ASCII): a
#: customer's text such as ``custops classify -服务员态度太差`` is the TEXT it gives.
_NEGATIVE_VALUE = re.compile(r"-\.?\d|-[^\x00-\x7f]")


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is in the active language and whose usage errors are
    one line, like custops' own errors (in English, as they are); a value that starts with
    a minus and a digit, or a minus and a character beyond ASCII, is a value
    (:data:`_NEGATIVE_VALUE`)."""

    def __init__(self, prog: str | None = None, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(prog, add_help=False, **kwargs)
        self._negative_number_matcher = _NEGATIVE_VALUE
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", help=_("show this help message and exit")
            )

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _an_option(word: str) -> bool:
    """Whether ``word``, left over by the parser, is an option (``--brif``, ``-x``), not a
    value (``-``, ``-1``, ``-服务员态度太差``: :data:`_NEGATIVE_VALUE`)."""
    return word.startswith("-") and len(word) > 1 and not _NEGATIVE_VALUE.match(word)


def _language_code(text: str) -> str:
    """The ``--lang`` value as a language code (``en``, ``zh-CN`` … are accepted)."""
    try:
        with language(text) as code:
            return code
    except CustopsError as exc:  # the library's own words: what is read, what is not
        raise argparse.ArgumentTypeError(f"{text!r} {exc.problem}") from None


def build_parser() -> argparse.ArgumentParser:
    """The parser of the ``custops`` command, its help in the active language (for tests)."""
    return _build_parser(tuple(_GROUPS))


def _group_of(arguments: Sequence[str]) -> str | None:
    """The module of the command group ``arguments`` name (``deadline …``, ``--lang en
    classify …``), or ``None`` when they name none (``--help``, a typo: every group is
    loaded, for the help or the refusal that lists the commands)."""
    words = iter(arguments)
    for word in words:
        if word == "--lang":
            next(words, None)
        elif not word.startswith("--lang="):
            break
    else:
        return None
    return next((module for module, names in _GROUPS.items() if word in names), None)


def _build_parser(groups: Sequence[str]) -> argparse.ArgumentParser:
    """The parser of the ``custops`` command with the commands of ``groups`` (modules of
    :data:`_GROUPS`), imported only now."""
    parser = _Parser(
        prog="custops",
        description=_(
            "Customer-operations rules for companies in China: amounts in capital numerals "
            "({uppercase}), working days and deadlines with make-up working days ({swaps}), "
            "SLA targets, VIP prices, deposit "
            "refunds, complaint classification, secrecy decisions, exchange membership, "
            "move-out settlements, purchasing costs and customer archives.",
            uppercase="大写",
            swaps="调休",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"custops {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--lang",
        type=_language_code,
        metavar="{" + ",".join(available_languages()) + "}",
        help=_(
            "the language of what is printed (default: the environment variable {variable}, "
            "else {default})",
            variable=LANG_VARIABLE,
            default=available_languages()[0],
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in groups:
        importlib.import_module(group).add_parser(sub)
    _global_options_everywhere(parser, parser._actions)
    return parser


def _global_options_everywhere(
    parser: argparse.ArgumentParser, options: list[argparse.Action]
) -> None:
    """Give every subcommand the main command's own options (``--lang``, ``--version``):
    ``custops workdays check 2025-10-01 --lang en_US`` reads as ``custops --lang en_US
    workdays check 2025-10-01``.  A subcommand's ``--lang`` sets ``lang`` only when typed
    (its default would hide one typed before the command)."""
    shared = [a for a in options if a.dest in ("lang", "version")]
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in dict.fromkeys(action.choices.values()):
            for option in shared:
                if option.dest == "version":
                    child.add_argument(
                        *option.option_strings,
                        action="version",
                        version=option.version,  # type: ignore[attr-defined]
                        help=option.help,
                    )
                else:
                    child.add_argument(
                        *option.option_strings,
                        dest=option.dest,
                        type=option.type,
                        metavar=option.metavar,
                        default=argparse.SUPPRESS,
                        help=option.help,
                    )
            _global_options_everywhere(child, shared)


def _chosen_language(argv: Sequence[str]) -> str:
    """``--lang``, else ``$CUSTOPS_LANG``, else the active language; a bad value exits 2."""
    first = _Parser(prog="custops", add_help=False)
    first.add_argument("--lang", type=_language_code)
    known, _rest = first.parse_known_args(argv)
    if known.lang is not None:
        return str(known.lang)
    chosen = os.environ.get(LANG_VARIABLE, "").strip()
    if not chosen:
        return current_language()
    try:
        return _language_code(chosen)
    except argparse.ArgumentTypeError as exc:
        first.error(f"environment variable {LANG_VARIABLE}: {exc}")


#: The exit status of a command stopped by Ctrl-C (128 + SIGINT), as a shell reports it.
INTERRUPTED = 130
#: The exit status of a command whose reader went away (128 + SIGPIPE: ``custops … | head``).
BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``custops`` with ``argv`` (default ``sys.argv[1:]``); return the exit status:
    Ctrl-C prints one line on stderr and gives 130, a closed pipe stops quietly with 141."""
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        print("custops: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader went away (custops demo | head): stop quietly, as Unix tools do.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return BROKEN_PIPE


def _main(arguments: list[str]) -> int:
    with language(_chosen_language(arguments)):
        group = _group_of(arguments)
        parser = _build_parser(tuple(_GROUPS) if group is None else (group,))
        args, extra = parser.parse_known_args(arguments)
        if extra:  # words after the one TEXT of a command that reads texts: its own refusal
            if not hasattr(args, "words_after_text") or any(map(_an_option, extra)):
                parser.error(f"unrecognized arguments: {' '.join(extra)}")
            args.words_after_text = tuple(extra)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:  # no command: a usage error, the help on stderr (as argparse)
            parser.print_help(sys.stderr)
            return 2
        try:
            return handler(args)
        except CustopsError as exc:
            print(f"custops: error: {_bytes_shown(error_text(exc, args))}", file=sys.stderr)
            return 2
        except ImportError as exc:  # an optional extra the command needs (custops[serial] …)
            if "pip install 'custops[" not in str(exc):
                raise
            print(f"custops: error: {exc}", file=sys.stderr)
            return 2


#: A byte of the command line that is not UTF-8, as Python's ``repr`` shows what it decoded
#: it to (``'\udcff'``, a lone surrogate): shown as the byte typed, ``'\xff'``.
_UNDECODED = re.compile(r"(?<!\\)((?:\\\\)*)\\udc([89a-f][0-9a-f])")


def _bytes_shown(message: str) -> str:
    """``message`` with each byte the command line could not decode shown as the byte
    (``(got '\xff')``, not ``(got '\udcff')``)."""
    return _UNDECODED.sub(r"\1\\x\2", message)
