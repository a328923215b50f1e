"""Time custops.secrecy against an equivalent pycasbin ABAC model (issue 8).

A group of HQ plus 20 subsidiaries, 10,000 people and 1,000 matters of every level
(a quarter of them past their term on the audit day).  The question is the same in both
libraries — *may this person know this matter today?* (R-SEC-04, R-SEC-01, R-SEC-03):

- custops: ``can_know`` per call, ``who_may_know`` per matter, ``access_report`` for all;
- pycasbin: one ABAC matcher over request attributes, ``enforce`` per call (a sample,
  extrapolated — 10 million calls would take a quarter of an hour).

Both answers are compared on the sample; the script stops if they ever differ.

Run:  .venv/bin/pip install casbin && .venv/bin/python benchmarks/bench_secrecy.py
Benchmark-only dependency: ``casbin`` (pycasbin); custops itself never imports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
from collections.abc import Callable
from typing import Any

from custops.secrecy import (
    HQ,
    Level,
    Matter,
    MatterKind,
    Person,
    Position,
    access_report,
    can_know,
    who_may_know,
)

MODEL = """
[request_definition]
r = sub, obj, act

[policy_definition]
p = sub, obj, act

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = r.sub.leader == True || r.sub.id in r.obj.cleared || \
((r.obj.unclassified == True || r.act > r.obj.end) && r.sub.company == r.obj.owner)
"""

ON = dt.date(2025, 6, 1)


def build(n_people: int, n_matters: int, seed: int = 8) -> tuple[list[Person], list[Matter]]:
    rng = random.Random(seed)
    companies = [HQ] + [f"子公司{i:02d}" for i in range(20)]
    people: list[Person] = []
    for i in range(n_people):
        company = rng.choice(companies)
        if i < 3:
            roles = {Position.HQ_GM if i == 0 else Position.HQ_DEPUTY_GM}
            company = HQ
        elif company != HQ and rng.random() < 0.01:
            roles = {Position.SUBSIDIARY_GM}
        else:
            roles = {
                rng.choice(
                    [
                        Position.STAFF,
                        Position.STAFF,
                        Position.SUPERVISOR,
                        Position.DEPARTMENT_MANAGER,
                    ]
                )
            }
        people.append(Person(f"p{i}", company=company, positions=roles))
    kinds = list(MatterKind)
    matters: list[Matter] = []
    for j in range(n_matters):
        level = rng.choice(list(Level))
        start = ON - dt.timedelta(days=rng.randint(30, 900))
        end = start + dt.timedelta(days=rng.randint(30, 1200))
        matters.append(
            Matter(
                f"m{j}",
                level,
                rng.choice(kinds),
                owner=rng.choice(companies),
                classified_on=start,
                ends_on=end,
                supervisor_id=f"p{rng.randrange(n_people)}",
                person_ids={f"p{rng.randrange(n_people)}" for _ in range(rng.randint(0, 20))},
            )
        )
    return people, matters


class _Sub:
    """Request subject for casbin (attributes read by the matcher)."""

    def __init__(self, p: Person) -> None:
        self.id = p.id
        self.company = p.company
        self.leader = bool({Position.HQ_GM, Position.HQ_DEPUTY_GM} & p.positions)


class _Obj:
    """Request object for casbin."""

    def __init__(self, m: Matter) -> None:
        self.cleared = set(m.person_ids)
        if m.supervisor_id and m.level in (Level.CONFIDENTIAL, Level.SECRET):
            self.cleared.add(m.supervisor_id)
        self.owner = m.owner
        self.unclassified = m.level is Level.UNCLASSIFIED
        self.end = m.last_classified_on or dt.date.max


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--matters", type=int, default=1_000)
    parser.add_argument("--sample", type=int, default=20_000, help="pairs for per-call timing")
    args = parser.parse_args()

    people, matters = build(args.people, args.matters)
    rng = random.Random(1)
    pairs = [(rng.choice(people), rng.choice(matters)) for _ in range(args.sample)]
    total = len(people) * len(matters)
    print(f"{len(people):,} people x {len(matters):,} matters = {total:,} checks, on {ON}")

    # custops, per call
    t_call, ours = timed(lambda: [can_know(p, m, on=ON).allowed for p, m in pairs])
    per_call = t_call / len(pairs) * 1e6
    print(f"custops can_know:        {per_call:8.2f} us/call  ({len(pairs):,} calls)")

    # custops, batch
    t_who, _ = timed(lambda: [who_may_know(people, m, on=ON) for m in matters])
    print(f"custops who_may_know:    {t_who:8.3f} s for all {total:,} checks")
    t_rep, report = timed(lambda: access_report(people, matters, on=ON))
    print(f"custops access_report:   {t_rep:8.3f} s for all {total:,} checks")

    # pycasbin
    try:
        import casbin  # type: ignore[import-untyped]
    except ImportError:
        print("pycasbin comparison skipped: pip install 'custops[bench]' (casbin)")
        return

    with tempfile.TemporaryDirectory() as tmp:
        model_path = os.path.join(tmp, "model.conf")
        with open(model_path, "w", encoding="utf-8") as f:
            f.write(MODEL)
        enforcer = casbin.Enforcer(model_path)
    subs = {p.id: _Sub(p) for p in people}
    objs = {m.id: _Obj(m) for m in matters}
    t_cas, theirs = timed(lambda: [enforcer.enforce(subs[p.id], objs[m.id], ON) for p, m in pairs])
    cas_call = t_cas / len(pairs) * 1e6
    print(f"pycasbin enforce:        {cas_call:8.2f} us/call  ({len(pairs):,} calls)")
    print(f"pycasbin, extrapolated:  {cas_call * total / 1e6:8.1f} s for all {total:,} checks")

    if ours != theirs:
        raise SystemExit("custops and pycasbin disagree on the sample")
    for p, m in pairs[:2000]:
        if (p.id in report.for_matter(m.id).reader_ids) != can_know(p, m, on=ON).allowed:
            raise SystemExit("access_report disagrees with can_know")
    allowed = sum(ours)
    print(f"agreement on the sample: yes ({allowed:,} allowed, {len(pairs) - allowed:,} denied)")
    print(f"ratio per call (pycasbin / custops can_know):        {cas_call / per_call:8.0f}x")
    print(
        "ratio for the audit (pycasbin / custops access_report): "
        f"{cas_call * total / 1e6 / t_rep:8.0f}x"
    )


if __name__ == "__main__":
    main()
