"""Cold start: a fresh Python process's first working-day answer, custops against `holidays`.

Run:  .venv/bin/python benchmarks/bench_startup.py [--runs 15] [--importtime] [--before DIR]

Each variant runs ``--runs`` times in a fresh interpreter (``subprocess``), the variants
taking turns so that a busy machine slows them alike; the script prints the median and
the spread of the wall time of each, and the ratio of custops to `holidays` alone (issue
16 item 5: "first answer in a fresh process no slower than `holidays` alone").  Byte code
is cached for every module, as it is in an installed wheel: the runs share a private
``PYTHONPYCACHEPREFIX`` and one warm-up run of each variant fills it, so a source
checkout under ``PYTHONDONTWRITEBYTECODE`` is not charged with compiling custops anew
every time.  ``--importtime`` adds the largest imports of the custops variant
(``python -X importtime``, cumulative µs); ``--before DIR`` adds the custops variant run
from another copy of the package (``DIR/custops``, e.g. an older checkout's ``src``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

VARIANTS = {
    "python (interpreter only)": "pass",
    "holidays alone": (
        "import holidays\n"
        "from datetime import date\n"
        "h = holidays.China(years=2025)\n"
        "assert date(2025, 10, 8) in h\n"
    ),
    "custops": (
        "from datetime import date\n"
        "from custops.calendars import china\n"
        "assert not china().is_workday(date(2025, 10, 8))\n"
    ),
    "custops, explained (day_info)": (
        "from datetime import date\n"
        "from custops.calendars import china\n"
        "assert china().day_info(date(2025, 10, 8)).reason\n"
    ),
}


def _environment(cache: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _before(env: dict[str, str], folder: str) -> dict[str, str]:
    return {**env, "PYTHONPATH": os.pathsep.join(filter(None, (folder, env.get("PYTHONPATH"))))}


def _once(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    return time.perf_counter() - started


def _importtime(code: str, env: dict[str, str], top: int = 15) -> list[tuple[int, str]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per variant")
    parser.add_argument("--importtime", action="store_true", help="show the largest imports")
    parser.add_argument("--before", metavar="DIR", help="also time custops from DIR/custops")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="custops-pycache-") as cache:
        env = _environment(cache)
        runs = {name: (code, env) for name, code in VARIANTS.items()}
        if args.before:
            runs["custops (--before)"] = (VARIANTS["custops"], _before(env, args.before))
        for code, variables in runs.values():  # warm-up: fill the byte-code cache
            _once(code, variables)
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.runs):
            for name, (code, variables) in runs.items():
                times[name].append(_once(code, variables))
        print(f"{'variant':32} {'median':>9} {'min':>9} {'max':>9}   ({args.runs} runs each)")
        for name, values in times.items():
            print(
                f"{name:32} {statistics.median(values) * 1e3:7.1f}ms {min(values) * 1e3:7.1f}ms "
                f"{max(values) * 1e3:7.1f}ms"
            )
        base = statistics.median(times["holidays alone"])
        ours = statistics.median(times["custops"])
        floor = statistics.median(times["python (interpreter only)"])
        print(f"custops / holidays alone: {ours / base:.2f}")
        if args.before:
            before = statistics.median(times["custops (--before)"])
            print(f"custops (--before) / holidays alone: {before / base:.2f}")
        print(
            f"above the bare interpreter: custops {(ours - floor) * 1e3:.1f}ms, "
            f"holidays {(base - floor) * 1e3:.1f}ms"
        )
        if args.importtime:
            print("\nlargest imports of the custops variant (cumulative µs):")
            for micros, module in _importtime(VARIANTS["custops"], env):
                print(f"{micros:>9}  {module}")


if __name__ == "__main__":
    main()
