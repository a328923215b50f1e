"""Reproduce the eighteenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev18.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's source, quotas, seed and rules.

Source: one public repository that no earlier batch (and no weak set) used. No public source
of a kind of customer text the corpus has none of could be found (searched: telecom
operators, ride-hailing and taxis, car rental, insurance claims, training-course refunds,
gyms and membership cards, OTA and railway ticketing, food-delivery riders, banks' and other
trades' customer-service chats, product Q&A, Weibo complaints at brands: the repositories
found keep the crawler and not its output, or keep other kinds of text). The batch takes
the kind the corpus has fewest texts of among those it could find: learners' reviews of
paid and free training courses on a course marketplace (NetEase Cloud Classroom,
study.163.com: programming, office software, design), where the corpus had only the ninth
batch's reviews of university MOOCs. The reviews bring questions to the teacher (coupons,
slides, the next lessons), suggestions for the course, complaints about the content, the
price and the platform, thanks, and advertisements for study groups.

- ``ricosr/mooc_spider``: ``spider/net_data/lecture_comments/<course>.pkl`` for the
  course ids the repository keeps (828 files, read in sorted order): the reviews of one
  course, crawled by the repository's team (2019) from NetEase Cloud Classroom and
  stored as a pickled list of ``{"content", "mark", "reply"}``. ``content``, the review,
  is the text; ``mark`` (1-5 stars) is used only to stratify; ``reply`` (the teacher's
  answer) is not read. ``row`` is the 1-based position of the review in the list. The
  files are read with :class:`Plain`, an unpickler that refuses every global (lists,
  dicts, strings and numbers need none), so reading them runs none of the repository's
  code. The repository's ``spider/mooc_data`` (reviews of university MOOCs, a kind the
  ninth batch has) and ``lectures_data.pkl`` are not read.

Every text has the crawler's escaped line breaks (a backslash and ``n``) made spaces and
whitespace runs collapsed to one space.

Rule:
1. Candidates: texts of 4-300 characters after the cleaning above, with at least two CJK
   characters.
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (stock praise,
   study-group advertisements pasted under many courses).
3. Strata (for the draw only): the reviews by their stars, one or two (``wyk:low``),
   three or four (``wyk:mid``) and five (``wyk:high``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import io
import pickle
import subprocess
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import MIRRORS, Batch, Candidate, cjk, clean, record, show

SEED = 20261231

COURSES = ("ricosr/mooc_spider", "b084beaf98fb25fe4842cce05124eb0c5cebfef0")
COURSE_DIR = "spider/net_data/lecture_comments"
LICENCE = {
    COURSES[0]: (
        "none stated (no LICENSE file; the README asks readers to refer to the project and "
        "not to plagiarise it; NetEase Cloud Classroom learners' course reviews crawled by "
        "the repository's team)"
    ),
}
QUOTAS = {
    "wyk:low": 100,
    "wyk:mid": 80,
    "wyk:high": 120,
}


class Plain(pickle.Unpickler):
    """An unpickler for plain data: every global (class, function) is refused.

    >>> Plain(io.BytesIO(pickle.dumps([{"content": "好", "mark": 5.0}]))).load()
    [{'content': '好', 'mark': 5.0}]
    >>> Plain(io.BytesIO(pickle.dumps(io.BytesIO))).load()
    Traceback (most recent call last):
    ...
    _pickle.UnpicklingError: global _io.BytesIO refused
    """

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"global {module}.{name} refused")


def tidy(text: str) -> str:
    """The crawler's escaped line breaks made spaces, whitespace collapsed.

    >>> tidy("差评，\\\\n不可能的，\\\\n  主播讲话超有意思的 ")
    '差评， 不可能的， 主播讲话超有意思的'
    """
    return clean(text.replace("\\n", " "))


def paths(repo: str, commit: str) -> list[str]:
    """The course files at ``commit``, in sorted order."""
    base = MIRRORS / repo.replace("/", "+") / "repo"
    git = base / ".git" if (base / ".git").exists() else base
    done = subprocess.run(
        ["git", "--git-dir", str(git), "ls-tree", "--name-only", commit, f"{COURSE_DIR}/"],
        capture_output=True,
        check=True,
        text=True,
    )
    return sorted(p for p in done.stdout.splitlines() if p.endswith(".pkl"))


def stratum(mark: object) -> str:
    """The draw's stratum for a review's stars.

    >>> stratum(1.0), stratum(4.0), stratum(5.0)
    ('wyk:low', 'wyk:mid', 'wyk:high')
    """
    stars = float(str(mark))
    return "wyk:low" if stars <= 2 else "wyk:mid" if stars <= 4 else "wyk:high"


def courses() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every review of every course file."""
    repo, commit = COURSES
    for path in paths(repo, commit):
        course = path.rsplit("/", 1)[1].removesuffix(".pkl")
        reviews = Plain(io.BytesIO(show(repo, commit, path))).load()
        for row, review in enumerate(reviews, start=1):
            text = tidy(str(review.get("content") or ""))
            if cjk(text) < 2:
                continue
            source = record(repo, commit, path, row, "content")
            yield f"wyk-{course}-{row}", stratum(review.get("mark")), text, source


BATCH = Batch(
    SEED,
    (courses,),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
