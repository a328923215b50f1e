"""Speed of custops.complaints.classify on long texts and short ones (issue 13; no accuracy).

Run:  python benchmarks/bench_classifier_speed.py [--repeat N] [--sizes 100000,300000,1000000]

Prints, as CPU seconds of this process (``time.process_time``, the median of ``--repeat``
runs after a warm-up; the machine's load average beside each figure, since a shared
machine slows every figure down):

* one ``classify`` of long texts of each shape, at each size, and the seconds per 100k
  characters (linear cost: the same figure at every size; issue 13 asks ≤ 1 s for
  1,000,000 characters):

  - ``letter``: texts joined as they are (punctuated), ``lines``: one text a line,
  - ``no punctuation`` (one giant clause), ``spaces`` (punctuation replaced by spaces),
  - ``traditional``: the letter in traditional characters,
  - ``repeated 差`` / ``repeated 好``: one character, a million times,
  - ``1 MiB``: the letter cut at 1,048,576 bytes of UTF-8;
  - ``repeated 嗯`` … ``repeated 呢,``: one interjection (嗯, 好的, 哈, 谢谢, 在吗, 啊, 呢,
    ok), a million times, alone or each followed by a comma; every pair of them is a
    match of a rule (嗯嗯, 哈哈, 谢谢 are thanks, 在吗, 呢 a question), so the answer
    lists about one piece of evidence per two characters;

* ``classify_many`` throughput on the short texts (≤ 80 characters; issue 13 asks
  ≥ 5,000 texts a second on one core): the real texts of the ``dev`` split
  (``benchmarks/realtexts.py``, when its texts file is present) and the project's
  labelled sets;
* the time to import ``custops.complaints`` in a fresh process (issue 13: ≤ 150 ms);
* the cold start (``--cold N`` fresh processes, the best and the median, CPU seconds as
  above, byte code cached as in an installed wheel): ``from custops.complaints import
  classify`` (the classifier module imported), the first ``classify`` (the rule index
  built; the learned layer is read by the first text the rules are not sure of), the
  next 60 real texts (the patterns they need compiled), and ``python -m custops classify
  TEXT`` as a whole process (its CPU time, interpreter start-up included).
  ``--cold-only`` prints these alone.

The texts are the project's labelled sets and, when present, the ``dev`` real texts: the
``test`` split is never read.  Nothing here is a test: ``tests/test_complaints_speed.py``
and ``tests/test_complaints_long.py`` check that the fast paths give the same answers.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from custops.complaints import classify, classify_many
from custops.complaints._hanzi import TABLE
from realtexts import load as load_realtexts
from realtexts import seen

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
_PUNCTUATION = re.compile(r"[\W_]+")
#: repeated alone or with commas: one match of a rule every one or two characters
INTERJECTIONS = ("嗯", "好的", "哈", "谢谢", "在吗", "啊", "呢", "ok")


def _texts() -> list[str]:
    texts = [r["text"] for r in seen(load_realtexts(split="dev"))]
    for name in ("complaints_labelled.jsonl", "complaints_blind.jsonl"):
        path = DATA / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def _filled(parts: list[str], size: int, sep: str = "") -> str:
    out, length, i = [], 0, 0
    while length < size:
        out.append(parts[i % len(parts)] + sep)
        length += len(out[-1])
        i += 1
    return "".join(out)[:size]


def shapes(texts: list[str], size: int) -> dict[str, str]:
    """The long texts of every shape, ``size`` characters each (1 MiB: bytes)."""
    traditional: dict[str, str] = {}
    for code, simplified in TABLE.items():
        traditional.setdefault(simplified, chr(code))
    letter = _filled(texts, size)
    mib = _filled(texts, size // 2).encode()[: 1 << 20].decode(errors="ignore")
    return {
        "letter": letter,
        "lines": _filled(texts, size, "\n"),
        "no punctuation": _PUNCTUATION.sub("", _filled(texts, size * 2))[:size],
        "spaces": _PUNCTUATION.sub(" ", letter),
        "traditional": "".join(traditional.get(ch, ch) for ch in letter),
        "repeated 差": "差" * size,
        "repeated 好": "好" * size,
        "1 MiB": mib if size >= 1_000_000 else "",
        **{
            f"repeated {word}{comma}": ((word + comma) * size)[:size]
            for word in INTERJECTIONS
            for comma in ("", ",")
        },
    }


def _cpu(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return statistics.median(times)


def long_texts(texts: list[str], sizes: list[int], repeat: int) -> None:
    classify("热身" * 3000)  # the long-text patterns are compiled on first use
    print("one long text (CPU seconds, median; per 100k characters):")
    for size in sizes:
        for name, text in shapes(texts, size).items():
            if not text:
                continue
            seconds = _cpu(functools.partial(classify, text), repeat)
            print(
                f"  {name:15s} {len(text):>9,} chars  {seconds:6.3f} s  "
                f"{seconds * 100_000 / len(text):.3f} s/100k  (load {os.getloadavg()[0]:.1f})"
            )


def short_texts(texts: list[str], repeat: int) -> None:
    short = [t for t in texts if len(t) <= 80]
    classify_many(short)
    seconds = _cpu(lambda: classify_many(short), repeat)
    print(
        f"classify_many: {len(short):,} short texts, {len(short) / seconds:,.0f} texts/s "
        f"(median of {repeat}; load {os.getloadavg()[0]:.1f})"
    )


def import_time(repeat: int) -> None:
    code = "import time; t = time.perf_counter(); import custops.complaints; "
    code += "print(time.perf_counter() - t)"
    times = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
        for _ in range(repeat)
    ]
    print(
        f"import custops.complaints: {statistics.median(times) * 1000:.0f} ms (median of {repeat})"
    )


#: One fresh process's cold start: its import, its first text, the next 60 texts (ms)
_COLD = """
import json, sys, time
start = time.process_time()
from custops.complaints import classify
imported = time.process_time()
classify("快递三天了还没到，客服也不回复，太差了")
first = time.process_time()
for text in json.loads(sys.argv[1]):
    classify(text)
done = time.process_time()
print(json.dumps([imported - start, first - imported, done - first]))
"""
_CLI_TEXT = "快递三天了还没到，客服也不回复，太差了"


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def cold_start(texts: list[str], runs: int) -> None:
    """CPU times of fresh processes, byte code cached (as an installed wheel has it)."""
    sixty = json.dumps(texts[:60], ensure_ascii=False)
    with tempfile.TemporaryDirectory(prefix="custops-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        cli = [sys.executable, "-m", "custops", "classify", _CLI_TEXT]
        times: list[list[float]] = []
        commands: list[float] = []
        for run in range(runs + 1):  # the first fills the byte-code cache: not counted
            done = subprocess.run(
                [sys.executable, "-c", _COLD, sixty],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            started = _children_cpu()
            subprocess.run(cli, env=env, check=True, capture_output=True)
            if run:
                commands.append(_children_cpu() - started)
                times.append(json.loads(done.stdout))
    print(f"cold start, CPU time over {runs} fresh processes (best, median; ms):")
    for i, name in enumerate(("import classify (classifier)", "first classify", "next 60 texts")):
        column = [t[i] for t in times]
        print(f"  {name:28s} {min(column) * 1000:7.0f} {statistics.median(column) * 1000:7.0f}")
    print(
        f"  {'python -m custops classify':28s} {min(commands) * 1000:7.0f} "
        f"{statistics.median(commands) * 1000:7.0f}  (load {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="100000,300000,1000000")
    parser.add_argument("--cold", type=int, default=5, help="fresh processes for the cold start")
    parser.add_argument("--cold-only", action="store_true", help="the cold start alone")
    args = parser.parse_args()
    texts = _texts()
    cold_start(texts, args.cold)
    if args.cold_only:
        return
    short_texts(texts, max(args.repeat, 5))
    import_time(max(args.repeat, 5))
    long_texts(texts, [int(s) for s in args.sizes.split(",")], args.repeat)


if __name__ == "__main__":
    main()
