"""Reproduce the sixteenth batch of new ``dev`` texts (issue 13; deterministic).

Run:  python benchmarks/realtexts_dev16.py [--write OUTDIR] [--kappa FILE]

``realtexts_batch.py`` does the drawing and writing for every batch (its docstring gives
the exclusions, the stratified draw, the output files and where the mirrors live);
this script names the batch's sources, quotas, seed and rules.

Sources: two public repositories that no earlier batch (and no weak set) used, chosen for
businesses the corpus had few texts of: airlines (passengers' own reviews of their
flights, where the corpus had only questions typed to an airline's customer service), with
a few complaints about one kind of goods bought from online shops, supermarkets' apps and a
warehouse club, posted on a consumer-complaint platform.

- ``cycgp/ChinaAirlineProject``: ``TripAdvisor/data_json/data_<code>.json`` for ``CI``
  (China Airlines), ``BR`` (EVA Air), ``CX`` (Cathay Pacific) and ``SQ`` (Singapore
  Airlines): JSON lists of the airlines' reviews on TripAdvisor's Taiwanese site, crawled
  by the repository's author (2016-2017). ``comment``, the review's body, is the text;
  ``rating`` (1-5 stars) is used only to stratify; the title, the route, the cabin and
  the dates are not read. The site shows reviews written in other languages in its own
  machine translation, unmarked in the crawl (most of the Cathay and Singapore Airlines
  reviews): only reviews typed in Chinese are candidates (:func:`typed`: at least two
  full-width commas, more than ASCII ones, none of the translations' marks), most in
  traditional characters from Taiwan and Hong Kong (some in Cantonese), some in
  simplified characters. TripAdvisor's link text "查看更多旅遊秘訣", which the crawl glued
  to the end of reviews that give a travel tip, is cut off (the tip, "旅行秘訣：…", is the
  reviewer's and stays). ``row`` is the review's 1-based place in the list (its ``id``
  field plus one). The repository's other data (news lists, a handful of comments on the
  airline's Facebook page, the files merged into ``data.json``) are not read.
- ``bageyalu160/universal-scraper-auto``: ``data/daily/2025-05-13/heimao_data.json``
  (a JSON object; ``complaints[k].content``, the complaint's text as the platform's list
  shows it, cut off with "..." when long): complaints about baby nappies bought from
  online shops, supermarkets' apps and warehouse clubs, posted on the Heimao
  consumer-complaint platform (黑猫投诉) and collected by the repository's scheduled
  crawler (2025). The platform lists a complaint once for each firm it names, so most
  texts appear twice; the duplicates are skipped at the draw. ``row`` is the complaint's
  1-based place in the list. The title, the firm, the demand and the amount are not read.

Rule:
1. Candidates: texts of 4-300 characters after collapsing whitespace, with at least two CJK
   characters; of the reviews, only those typed in Chinese (:func:`typed`).
2. Exclusions (counted and printed): as ``realtexts_batch.py`` says; a duplicate is a
   text sharing half of the 3-grams of a text drawn already, either way (the complaint
   platform's double listings). Counts at the draw: 946 candidates (896 reviews, 50 listed
   complaints, 37 of them distinct); none equal to a labelled text, 23 near a ``test``
   text, 15 duplicates skipped.
3. Strata (for the draw only): the airline reviews by their stars, three or fewer
   (``air:low``, oversampled: 132 of 896) or four and five (``air:high``); the
   complaints (``hm:list``).
4. Each stratum is drawn up to its quota, and the drawn texts are put in labelling order
   and sampled for kappa, as ``realtexts_batch.py`` says (seed ``SEED``; 60 for kappa).
Standard library only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import realtexts_batch
from realtexts_batch import Batch, Candidate, cjk, clean, record, show

SEED = 20261229

AIRLINE = ("cycgp/ChinaAirlineProject", "8f4a04d847725b207802496a8ed5ed4ea8caabc5")
#: the airlines whose review files are read, by code, in the order they are read
AIRLINE_CODES = ("CI", "BR", "CX", "SQ")
AIRLINE_FILE = "TripAdvisor/data_json/data_{code}.json"
#: TripAdvisor's link text glued to the end of reviews that give a travel tip
TIP_LINK = "查看更多旅遊秘訣"
#: words and marks of the site's machine translations that the comma rule lets through
MACHINE = ("樂於助人", "小木屋", "板載", "\u200b")
HEIMAO = ("bageyalu160/universal-scraper-auto", "85db4082247690a8aeec211115762e9ad9acb0f8")
HEIMAO_FILE = "data/daily/2025-05-13/heimao_data.json"
LICENCE = {
    AIRLINE[0]: (
        "none stated (no LICENSE file; TripAdvisor users' airline reviews crawled by the "
        "repository's author)"
    ),
    HEIMAO[0]: (
        "none stated (no LICENSE file; the package.json's ISC is npm's default, for the "
        "code; complaints crawled from the Heimao platform by the repository's crawler)"
    ),
}
QUOTAS = {
    "air:low": 129,
    "air:high": 135,
    "hm:list": 36,
}


def untip(text: str) -> str:
    """``text`` without TripAdvisor's link text at its end.

    >>> untip("旅行秘訣：提早劃位查看更多旅遊秘訣")
    '旅行秘訣：提早劃位'
    >>> untip("座位很舒適")
    '座位很舒適'
    """
    return text[: -len(TIP_LINK)] if text.endswith(TIP_LINK) else text


def typed(text: str) -> bool:
    """Whether a review reads as typed in Chinese, not machine-translated by the site.

    The site's translations of reviews written in other languages use ASCII commas; a
    review typed in Chinese uses the full-width one. A typed review has at least two
    full-width commas, more than ASCII ones, and none of the translations' marks.

    >>> typed("座位很舒適，餐點不錯，服務親切")
    True
    >>> typed("很棒的服務,工作人員都很友好和樂於助人,食物很好。")
    False
    >>> typed("飛機很準時，工作人員很友好和樂於助人，食物很好")
    False
    """
    full = text.count("，")
    return full >= 2 and full > text.count(",") and not any(m in text for m in MACHINE)


def airline() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every Chinese review of the four airlines."""
    repo, commit = AIRLINE
    for code in AIRLINE_CODES:
        path = AIRLINE_FILE.format(code=code)
        reviews = json.loads(show(repo, commit, path).decode("utf-8"))
        for row, review in enumerate(reviews, start=1):
            text = clean(untip(clean(review["comment"] or "")))
            if cjk(text) < 2 or not typed(text):
                continue
            stratum = "air:low" if int(review["rating"]) <= 3 else "air:high"
            id_ = f"tpa-{code.lower()}-{row}"
            yield id_, stratum, text, record(repo, commit, path, row, "comment")


def heimao() -> Iterator[Candidate]:
    """(id, stratum, text, source) for every complaint of the crawl's list."""
    repo, commit = HEIMAO
    complaints = json.loads(show(repo, commit, HEIMAO_FILE).decode("utf-8"))["complaints"]
    for row, complaint in enumerate(complaints, start=1):
        text = clean(complaint["content"] or "")
        if cjk(text) < 2:
            continue
        column = "complaints.content"
        yield f"bgy-{row}", "hm:list", text, record(repo, commit, HEIMAO_FILE, row, column)


BATCH = Batch(
    SEED,
    (airline, heimao),
    QUOTAS,
    LICENCE,
    max_chars=300,
    near_duplicates=True,
    kappa=60,
)

if __name__ == "__main__":
    realtexts_batch.main(BATCH)
