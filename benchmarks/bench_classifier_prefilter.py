"""How much a multi-literal prefilter could still spare a short text's rule scan (issue 13).

Run:  python benchmarks/bench_classifier_prefilter.py [--repeat N]

A short text's scan (``custops.complaints._rules.Index.scan``) already picks its candidate
patterns by the literals it holds, in one pass in C: the patterns one of whose character
pairs occurs (``_scan.pairs``), those gated by a character the text holds, and the few
tried on every text.  A candidate is then checked for the characters it needs and searched.
This script counts, per short text (the real ``dev`` texts of ≤ 80 characters and the
labelled sets; the ``test`` split is never read):

* the candidates (by pair, by character, always), those whose characters pass, the
  searches that match;
* the searches a stronger prefilter would still drop: every pair clause of a pattern (each
  two literal elements side by side, not only the one it is listed by) required to meet
  the text's pairs;

and times, as the median of ``--repeat`` passes over the same texts (wall seconds; the
machine's load beside them):

* the candidate step as it is, against one compiled alternation of every key (the pairs
  and the characters the patterns are listed by), the prefilter in one regular expression;
* the candidate loop and searches as they are, against the same loop with the pair clauses
  checked first.

Nothing here is a test, and nothing changes an answer.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from custops.complaints import DEFAULT_CLASSIFIER_POLICY, _scan, classify
from custops.complaints._rules import Index, normalise_fast
from realtexts import load as load_realtexts
from realtexts import seen

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _short_texts() -> list[str]:
    texts = [r["text"] for r in seen(load_realtexts(split="dev"))]
    for name in ("complaints_labelled.jsonl", "complaints_blind.jsonl"):
        path = DATA / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
    return [t for t in texts if len(t) <= 80]


def pair_clauses(source: str) -> list[frozenset[str]]:
    """Every set of pairs one of which each match of ``source`` holds, as far as
    :func:`._scan.pairs` sees them (it keeps the smallest only); of a pattern with
    alternatives at its top level, none."""
    if _scan.FLAGS.search(source):
        return []
    options = _scan.alternatives(source)
    if len(options) != 1:
        return []
    pattern, out, last, i = options[0], [], None, 0
    while i < len(pattern):
        end = _scan.group_end(pattern, i)
        if end < 0 or (pattern[i] == "\\" and not _scan._plain_escape(pattern[i + 1 : end])):
            break
        repeat = _scan.QUANTIFIER.match(pattern, end)
        strings = None if repeat else _scan._literal(pattern, i, end)
        found: list[set[str] | None] = []
        if strings is None:
            if not repeat and pattern[i] == "(" and not pattern.startswith("(?", i):
                found.append(_scan._alternatives_pairs(pattern[i + 1 : end - 1]))
            elif not repeat and pattern.startswith("(?:", i):
                found.append(_scan._alternatives_pairs(pattern[i + 3 : end - 1]))
            last = None
        else:
            if all(len(s) > 1 for s in strings):
                found.append({s[:2] for s in strings})
            if last is not None:
                found.append({a + s[0] for a in last for s in strings})
            last = {s[-1] for s in strings}
        out += [frozenset(f) for f in found if f and len(f) <= _scan._PAIRS]
        i = repeat.end() if repeat else end
    return out


def _candidates(index: Index, text: str) -> frozenset[int]:
    """The candidate patterns of a short text, as :meth:`Index.scan` picks them."""
    strings, chars = _scan.pairs_of(text), _scan.chars_of(text)
    keyed = chain.from_iterable(filter(None, map(index._keyed_short.get, strings)))
    gated = map(index.gated.__getitem__, index.gated.keys() & chars)
    return index.always.union(*gated, keyed)


def _passes(index: Index, k: int, chars: frozenset[str]) -> bool:
    each_of, one, rest = index.short_split[k]
    return not (
        not each_of <= chars
        or (one is not None and chars.isdisjoint(one))
        or (rest and any(map(chars.isdisjoint, rest)))
    )


def _search(index: Index, k: int, text: str, chars: frozenset[str]) -> bool:
    search, with_chars, _own = index.short_searches[k] or index._short_search(k)
    return (search(text, chars) if with_chars else search(text)) is not None


def counts(index: Index, texts: list[str], extra: list[tuple[frozenset[str], ...]]) -> None:
    keyed = frozenset(chain.from_iterable(index._keyed_short.values()))
    seen_: Counter[str] = Counter()
    for text in texts:
        chars, pairs = _scan.chars_of(text), frozenset(_scan.pairs_of(text))
        for k in _candidates(index, text):
            by = "by pair" if k in keyed else "always" if k in index.always else "by character"
            seen_[by] += 1
            if not _passes(index, k, chars):
                continue
            seen_["searched"] += 1
            dropped = any(map(pairs.isdisjoint, extra[k]))
            seen_["dropped by every pair clause"] += dropped
            if _search(index, k, text, chars):
                seen_["matching"] += 1
                seen_["matching yet dropped (must be 0)"] += dropped
    n = len(texts)
    print(f"{n:,} short texts, {len(index.patterns):,} patterns; per text:")
    for what in ("by pair", "by character", "always", "searched", "matching"):
        print(f"  {what:32s} {seen_[what] / n:6.2f}")
    for what in ("dropped by every pair clause", "matching yet dropped (must be 0)"):
        print(f"  {what:32s} {seen_[what] / n:6.2f}  ({seen_[what]:,} in all)")


def _median_us(run: Callable[[], object], n: int, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) / n * 1e6


def timings(
    index: Index, texts: list[str], extra: list[tuple[frozenset[str], ...]], repeat: int
) -> None:
    keys = sorted(set(index._keyed_short) | set(index.gated), key=lambda s: (-len(s), s))
    alternation = re.compile("|".join(map(re.escape, keys)))
    by_key: dict[str, set[int]] = {}
    for key, ks in chain(index._keyed_short.items(), index.gated.items()):
        by_key.setdefault(key, set()).update(ks)

    def as_is() -> None:
        for text in texts:
            _candidates(index, text)

    def one_alternation() -> None:  # (overlapping keys missed: a lower bound on its cost)
        for text in texts:
            index.always.union(*map(by_key.__getitem__, set(alternation.findall(text))))

    def loop(clauses: bool) -> Callable[[], None]:
        def run() -> None:
            for text in texts:
                chars = _scan.chars_of(text)
                pairs = frozenset(_scan.pairs_of(text)) if clauses else frozenset()
                for k in _candidates(index, text):
                    if _passes(index, k, chars) and not (
                        clauses and any(map(pairs.isdisjoint, extra[k]))
                    ):
                        _search(index, k, text, chars)

        return run

    n = len(texts)
    runs = [
        ("candidates as they are", as_is),
        ("one alternation of every key", one_alternation),
        ("loop and searches as they are", loop(False)),
        ("with every pair clause", loop(True)),
    ]
    print(f"µs a text (median of {repeat}; {len(keys):,} keys; load {os.getloadavg()[0]:.1f}):")
    for name, run in runs:
        print(f"  {name:32s} {_median_us(run, n, repeat):6.1f}")


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(None if argv is None else list(argv))
    texts = [normalise_fast(t)[0] for t in _short_texts()]
    for text in texts:  # every pattern the texts need compiled, as in a warm process
        classify(text)
    index = Index.of(DEFAULT_CLASSIFIER_POLICY.rules, DEFAULT_CLASSIFIER_POLICY.words)
    extra = [
        tuple(c for c in pair_clauses(source) if c != _scan.pairs(source))
        for _r, _i, _each, source, _needs in index.patterns
    ]
    counts(index, texts, extra)
    timings(index, texts, extra, args.repeat)


if __name__ == "__main__":
    main()
