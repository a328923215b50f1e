"""The ``custops`` command on a base install (``pip install .``: attrs, python-dateutil,
holidays, no extra): the README's first command runs, and a command that needs an optional
extra says which one to install instead of failing at import.

Each case runs in a fresh interpreter where the optional modules cannot be imported
(``sys.modules[name] = None`` makes ``import name`` raise ``ImportError``), as on a machine
that never installed them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

#: The modules of the optional extras (``serial``, ``numpy``, ``arrow``, ``polars``, ``spark``).
EXTRAS = ("cattrs", "numpy", "pandas", "pyarrow", "polars", "pyspark")


def _run_without_extras(argv: list[str]) -> subprocess.CompletedProcess[str]:
    code = textwrap.dedent(
        f"""
        import sys
        for name in {EXTRAS!r}:
            sys.modules[name] = None
        from custops.cli import main
        status = main({argv!r})
        loaded = sorted(name for name in {EXTRAS!r} if sys.modules.get(name) is not None)
        print("LOADED", loaded, file=sys.stderr)
        sys.exit(status)
        """
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


def test_the_readmes_run_command_needs_no_extra() -> None:
    """``custops demo`` (the README's first command) on a base install: exit 0, its output."""
    done = _run_without_extras(["demo"])
    assert done.returncode == 0, done.stderr
    assert "R-" in done.stdout
    assert "LOADED []" in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["workdays", "add", "2025-09-30", "3"],
        [
            "vip",
            "quote",
            "--on",
            "2024-06-01",
            "--born-on",
            "1990-06-01",
            "--id-verified",
            "--valid-points",
            "0",
            "100",
        ],
    ],
)
def test_commands_without_an_extra_run_on_a_base_install(argv: list[str]) -> None:
    """Every command group loads without the extras; a quote as text needs none (R-VIP-04)."""
    done = _run_without_extras(argv)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_a_quotes_json_names_the_extra_it_needs_R_VIP_04() -> None:
    """``vip quote --json`` stores the card and the policy as :mod:`custops.serial` does, which
    needs cattrs: without it, one error line naming the extra and exit status 2, no traceback."""
    argv = ["vip", "quote", "--on", "2024-06-01", "--born-on", "1990-06-01", "--id-verified"]
    argv += ["--valid-points", "0"]
    done = _run_without_extras([*argv, "100", "--json"])
    assert done.returncode == 2
    assert "custops: error: custops.serial needs cattrs" in done.stderr
    assert "pip install 'custops[serial]'" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_a_quotes_json_with_the_extra_is_the_stored_card_R_VIP_04() -> None:
    """With cattrs the same command prints the quote, its policy stored as serial stores it."""
    pytest.importorskip("cattrs")
    argv = ["vip", "quote", "--on", "2024-06-01", "--born-on", "1990-06-01", "--id-verified"]
    argv += ["--valid-points", "0"]
    done = subprocess.run(
        [sys.executable, "-m", "custops", *argv, "100", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    quote = json.loads(done.stdout)
    assert quote["rule"] == "R-VIP-04"
    assert quote["total"] == "60.00"
    assert isinstance(quote["policy"], dict)
