"""Time custops.service.check_reply with long phrases and long texts (issue 14).

The forbidden-phrase search used to compile each phrase into a regular expression with
an optional-separator class between its parts; an 18,000-character phrase became a huge
pattern (2.3 s).  It is now a plain substring search over the text with its spaces and
punctuation removed: linear in the text, whatever the phrase.  This script times

- building a policy with an 18,000-character phrase and checking a text holding it;
- checking 1 MB of ordinary text against the seed's phrase list;
- the same search done with the former regex construction, for comparison.

Run:  .venv/bin/python benchmarks/bench_service.py
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from custops.service import DEFAULT_FORBIDDEN_PHRASES, ForbiddenPhrase, ServicePolicy, check_reply

_SEPARATORS = r"[\s,，、.。!！?？~～…;；:：\-－—–─·]*"


def _old_regex(phrase: str) -> re.Pattern[str]:
    parts = [p for p in re.split(_SEPARATORS, phrase) if p]
    return re.compile(_SEPARATORS.join(re.escape(p) for p in parts))


def _time(label: str, work: Callable[[], object], repeat: int = 3) -> float:
    best = min(_once(work) for _ in range(repeat))
    print(f"{label:<58} {best * 1000:10.1f} ms")
    return best


def _once(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    long_phrase = "，".join("干什么" for _ in range(4_500))  # 17,999 characters
    text = "您好。" + long_phrase + "。再见"
    print(f"phrase: {len(long_phrase):,} characters; text: {len(text):,} characters")

    def new_long() -> object:
        phrase = ForbiddenPhrase(long_phrase, "brusque", "您好")
        policy = ServicePolicy(forbidden=(*DEFAULT_FORBIDDEN_PHRASES, phrase))
        return check_reply(text, policy=policy)

    _time("custops: policy with the long phrase + check_reply", new_long)
    _time("former regex: compile + search", lambda: _old_regex(long_phrase).search(text))

    # The regex's worst case: a phrase of many short parts against a text that almost
    # matches it everywhere, so each start position scans far before failing.
    parts = "老," * 6_000 + "头"
    near = "老" * 20_000
    worst = ForbiddenPhrase(parts, "brusque", "您好")
    _time("custops: 12,001-char phrase vs 20,000 near-misses", lambda: worst.spans(near))
    _time("former regex: same", lambda: _old_regex(parts).search(near), repeat=1)

    megabyte = ("您好,请稍等。我们帮您办,请放心。" * 40_000)[:1_000_000]
    _time("custops: check_reply on 1,000,000 characters (seed list)", lambda: check_reply(megabyte))
    dirty = megabyte[:500_000] + "喂，干什么" + megabyte[500_000:]
    found = check_reply(dirty)
    assert [f.phrase for f in found.findings] == ["喂,干什么"]


if __name__ == "__main__":
    main()
