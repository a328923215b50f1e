"""Train the classifier's learned layer on the development split of the real texts.

Run:  python benchmarks/train_classifier.py [--cv] [--write]

Two multinomial logistic-regression models over the distinct character n-grams (1-3)
of the normalised text (``custops.complaints._ngram.features``) and what the rules saw
(``@rule:kind``; with ``--tail`` also the 2- and 3-grams after the last contrast word,
tagged, ``_ngram.tail_features``: tried in the sixth round, not shipped): one for the kind
(trained on every dev text), one for the category (trained on the dev texts that are
not praise or nothing-to-handle, labelled with their primary category).  Pure Python,
deterministic (fixed seed, fixed order); weights are quantised to integers and pruned,
then written to ``src/custops/complaints/ngram_weights.json`` with ``--write``.  The kind
model also learns from the weakly-labelled texts of ``weak_corpus.py``
(``/work/realtexts/weak.jsonl``, each text weighing ``--weak-weight`` 0.3, the dairy
microblogs, group ``蒙牛``, left out; ``--weak2`` adds the second set, tried in the fourth
round and not used): the defaults reproduce the shipped weights (needs numpy, a
development dependency; the package itself runs pure Python).

``--cv`` runs a 5-fold cross-validation *inside the dev split* for the weight that
``classify`` gives the learned layer (``ClassifierPolicy.learned``) and prints, per weight, the
kind and category accuracy of the whole classifier on the held-out folds, the model
alone, and the recall per gold kind.  Each fold's trained model is cached in /tmp
(``_custops_cv_fold_*``, keyed by the rules, the features, the settings and the fold),
so a second run over other layer weights or margins takes seconds.  ``--class-weights``
(``no_action=2,…``) and ``--labelled-weight`` weigh the training texts (tried in the third
round, and ``--labelled-weight 3`` in the eighth, not used for the shipped weights);
``--source-balance`` evens out the sources (tried in the eighth round, not used).

``--loso`` runs a leave-one-source-out cross-validation over *every* dev source (the ninth
round's measure of how the classifier does on a source it has never seen): each source
(the id's prefix without its digits, so the government board's two batches are one) is
held out in turn, the model is trained on the other sources (less ``--skip-sources``) and
on the labelled set less its share (the labelled set is spread over the folds), and the
held-out texts are scored with the first of ``--weights``/``--category-weights``/
``--margins``.  It prints kind, category, praise read as a complaint and "no rule fired"
per source and over all, the recall per gold kind and the labelled set's kind.
``--seeds 13,1,2`` repeats a run for each SGD shuffle seed (a reshuffle alone moves kind
by about half a point) and prints their mean; ``--loso-groups`` holds out only the named
sources, so that a second process can fill the shared fold cache from the other end.
``--rules-hash H`` trains (or reuses) the models on the features cached for the rule set
whose hash is ``H`` (``/tmp/_custops_features_H.pickle``, the name a run prints in /tmp): a
rule change is then measured with the learned layer trained before it, as the change ships
when the weights are not retrained (the tenth round's measure), and scoring it takes
minutes, not the hours of retraining every fold.  Only the ``dev`` split is ever read here:
the ``test`` split is for measuring, not for training; the seventh and fourteenth
batches' sources (``UNSEEN_SOURCES``) are never trained on nor scored, whatever
``--skip-sources`` says.
The sixth batch's (``DEV6_SOURCES``) are ordinary dev sources since the eleventh round:
held out and scored by ``--loso`` like the fourth and fifth batches', and, like theirs,
left out of the training by default (``NEW_SOURCES``); so are the eighth batch's
(``DEV8_SOURCES``) since the thirteenth round, the ninth batch's (``DEV9_SOURCES``)
since the fifteenth, the tenth batch's (``DEV10_SOURCES``) since the sixteenth, the
eleventh batch's (``DEV11_SOURCES``) since the seventeenth, the twelfth batch's
(``DEV12_SOURCES``) since the eighteenth, the thirteenth batch's (``DEV13_SOURCES``)
since the nineteenth, the fifteenth batch's (``DEV15_SOURCES``) since the twenty-first,
the sixteenth batch's (``DEV16_SOURCES``) since the twenty-second, the seventeenth
batch's (``DEV17_SOURCES``) since the twenty-third, the eighteenth batch's
(``DEV18_SOURCES``) since its unseen measure in the twenty-fourth and the nineteenth
batch's (``DEV19_SOURCES``) since its unseen measure; the twentieth batch's
(``DEV20_SOURCES``), the twenty-first batch's (``DEV21_SOURCES``) and the twenty-second
batch's (``DEV22_SOURCES``) are left out of the training by default from their draws on,
each unseen until it is first measured.
The labelled set is spread over the folds of the sources before the sixth batch, so the
fold models cached for them stay valid; a held-out source that no fold trains on shares one
fold model (its training set does not depend on it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from custops.complaints import _ngram, classify, normalise
from custops.complaints.classifier import DEFAULT_CLASSIFIER_POLICY, rule_features
from custops.complaints.model import Category, Kind
from realtexts import UNSEEN_SOURCES, load

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "complaints_labelled.jsonl"
OUT = (
    Path(__file__).resolve().parent.parent / "src" / "custops" / "complaints" / "ngram_weights.json"
)
WEAK = Path("/work/realtexts/weak.jsonl")
WEAK2 = Path("/work/realtexts/weak2.jsonl")  # weak_corpus.py --second: tried, not shipped
#: The third dev batch's sources (telecom helpdesk dialogues, Taobao shop chats, Dianping
#: reviews).  The sixth round left them out (on the original dev texts alone they cost about
#: one point of category); the seventh, with folds over every dev text, found them worth
#: +1.7 points of kind and +1.1 of category over all 2,803, so they are trained on by default
#: (``--skip-sources`` with this list leaves them out; ``--kind-only-sources`` with it keeps
#: them for the kind model only, measured: the same kind, less category)
DEV3_SOURCES = "SB233/stc3-dataset,cooelf/DeepUtteranceAggregation,wangerjing/wwww"
#: The fourth and fifth dev batches' sources (a government message board's consumer letters,
#: JD phone reviews, JD customer-service chats, Baidu Zhidao insurance questions, Meituan ASAP
#: reviews).  The eighth round measured training on them (5-fold over all 3,803 dev texts +
#: labelled, seeds 13/1/2): kind 76.6 → 79.6 %, but the labelled set fell to 94.9/94.5/94.5 %
#: (its floor is 95), and with the labelled set weighing 3 (which holds it) 19 of the 175
#: templated return questions with anger added (你们太差了！) read as consultations, so the
#: shipped weights leave them out (``--skip-sources ''`` trains on them; the ninth round's
#: leave-one-source-out, seed 13, found it worth +0.6 point of kind with the round's rules, but
#: the weights so trained break seed examples: not shipped).  Measured again once the rules
#: read failure questions (怎么用不了) and 差 verdicts (售后差) and a short text's unsure
#: complaint (``--skip-sources '' --labelled-weight 3`` against the defaults, both trained
#: under those rules, before 希望有关部门管管 was read as a complaint): 5-fold kind 80.8 →
#: 81.1 %, category 84.5 → 84.9 %, but praise read as a complaint 4.8 → 5.2 % (seeds
#: 13/1/2); leave-one-source-out (seed 13) kind 77.3 → 77.8 %, category 80.9 → 81.5 %,
#: praise read as a complaint 5.1 → 6.1 %; the labelled set held (97.2–98.0 %) and no
#: templated return question broke, but praise is read as a complaint more often on both
#: measures (and the weights file grows from 1.0 to 1.7 MB): not shipped
#: The sixth dev batch's sources (bank forum posts, house buyers' messages, Meituan food-safety
#: reviews): kept unseen until the eleventh round, now ordinary dev sources — scored by
#: ``--loso`` as held-out sources, and, like the fourth and fifth batches', not trained on by
#: default (they are in ``NEW_SOURCES``)
DEV6_SOURCES = (
    "linkfqy/Comment-View-Extraction",
    "CCChenhao997/House-BEKE",
    "pengxunW/o2o_food_safety_review",
)
#: The eighth dev batch's sources (App Store reviews of shop and smart-home apps, a mobile
#: operator's customer questions): kept unseen until the thirteenth round, now ordinary dev
#: sources — scored by ``--loso`` as held-out sources and, like the fourth to sixth
#: batches', not trained on by default (they are in ``NEW_SOURCES``).  The thirteenth round
#: measured training on them (5-fold over the 2,803 texts and these 300, the same folds,
#: seeds 13/1/2, ``--score-sources`` for the arm not trained on them): kind 80.7 → 81.0 %,
#: category 83.8 → 84.2 %, praise read as a complaint 4.8 → 4.6 %, the other 2,803 texts
#: 80.6 → 80.9 % kind and 84.3 → 84.6 % category, the labelled set 96.5–97.6 %; but the
#: weights so trained (``--skip-sources`` without them) break three of the project's tests
#: (是不是正品啊 read as praise, 我已经提交了 as a complaint, the learned layer reading
#: [链接x]): not shipped, a candidate for the next round
DEV8_SOURCES = (
    "HumanAutomationInteractionLab-HAIL/appstoreCrawl",
    "HUSTHY/mutil_label_calssification_ccks_2021",
)
#: The ninth dev batch's sources (an airline's and a bank's customers' questions, online
#: course reviews): kept unseen until the fifteenth round (measured once unseen: kind 62.3 %,
#: category 81.3 %), now ordinary dev sources — read to choose rules, scored by ``--loso``
#: as held-out sources and, like the fourth to eighth batches', not trained on by default
DEV9_SOURCES = (
    "ElementQi/Transport-Data-Gen",
    "IceFlameWorm/NLP_Datasets",
    "leander-deleted/mooc_comment_sentiment_analysis",
)
#: The tenth dev batch's sources (a bank app's reviews, Fuzhou 12345 hotline messages, a
#: game's TapTap reviews): kept unseen until the sixteenth round (measured once unseen:
#: kind 77.3 %, category 68.3 %), now ordinary dev sources — read to choose rules, scored by
#: ``--loso`` as held-out sources and, like the fourth to ninth batches', not trained on by
#: default
DEV10_SOURCES = (
    "DongminZhao/bankapp_criticism_analysis",
    "timeofmei/work",
    "cosolo622/taptap_analyzer",
)
#: The eleventh dev batch's sources (patients' requests to an online-consultation site,
#: Mafengwo reviews of Hangzhou's sights, a food-supply app's App Store reviews): kept unseen
#: until the seventeenth round (measured once unseen: kind 47.7 %, category 55.3 %), now
#: ordinary dev sources — read to choose rules, scored by ``--loso`` as held-out sources
#: and, like the fourth to tenth batches', not trained on by default
DEV11_SOURCES = (
    "xmxoxo/Disease_class",
    "Craneagehu/mafengwo",
    "xiaohengdai/publicOpinionSystem",
)
#: The twelfth dev batch's sources (Heimao complaints about many kinds of firms, Maoyan
#: moviegoers' comments, reviews of IKEA Taiwan's shopping app): kept unseen until the
#: eighteenth round (measured once unseen: kind 73.3 %, category 70.3 %), now ordinary dev
#: sources — read to choose rules, scored by ``--loso`` as held-out sources and, like the
#: fourth to eleventh batches', not trained on by default
DEV12_SOURCES = (
    "Chi-Tian/Spider",
    "ShenYuCN/WorkspacePython",
    "chienchitung/app-reviews-ai_v2",
)
#: The thirteenth dev batch's sources (Google Maps reviews of Taiwanese hospitals, Google Play
#: reviews of the recipe app iCook, JD.com reviews of five phones): kept unseen until the
#: nineteenth round (measured once unseen: kind 77.7 %, category 73.0 %; 78.3 %, 75.3 % after
#: the eighteenth), now ordinary dev sources — read to choose rules, scored by ``--loso`` as
#: held-out sources and, like the fourth to twelfth batches', not trained on by default
DEV13_SOURCES = (
    "spolo0501/LDA_hospital",
    "chiajung0001/App_reviews_crawler",
    "weifengchenchen/jd-phone-analysis",
)
#: The fifteenth dev batch's sources (Steam reviews of four games, an overtime blacklist's
#: descriptions of employers): measured once unseen, with the rules before and after the
#: twentieth round alike (kind 56.7 %, category 54.3 %), then read in the twenty-first round
#: to choose rules — ordinary dev sources, scored by ``--loso`` as held-out sources and, like
#: the fourth to thirteenth batches', not trained on by default
DEV15_SOURCES = (
    "NoMatter-98/steam_reviews_collect_analysis",
    "WSZDD/steam_review_radar",
    "996icu/996.ICU",
)
#: The sixteenth dev batch's sources (passengers' TripAdvisor reviews of four airlines,
#: typed in Chinese; complaints about nappies on a complaint platform): measured once unseen
#: with the rules of the twenty-second round's first half and the shipped rules alike (kind
#: 72.3 %, category 73.0 %), then read in the rest of the round — ordinary dev sources, scored
#: by ``--loso`` as held-out sources and, like the fourth to fifteenth batches', not trained
#: on by default
DEV16_SOURCES = (
    "cycgp/ChinaAirlineProject",
    "bageyalu160/universal-scraper-auto",
)
#: The seventeenth dev batch's sources (JD.com buyers' reviews of an electric water heater
#: and of a cosmetics gift set): measured once unseen with the shipped rules and the
#: twenty-third round's alike (kind 95.0 %, category 93.3 %), then ordinary dev sources,
#: scored by ``--loso`` and not trained on by default
DEV17_SOURCES = (
    "xianull0418/JD_comment_LDA",
    "Cheng81112/craw_JD_comments-master",
)
#: The eighteenth dev batch's source (NetEase Cloud Classroom learners' reviews of training
#: courses): kept unseen until it is measured once, then an ordinary dev source, scored by
#: ``--loso`` and, like the fourth to seventeenth batches', not trained on by default
DEV18_SOURCES = ("ricosr/mooc_spider",)
#: The nineteenth dev batch's source (Haikou 12345 hotline work orders about utilities,
#: property management, telecom and consumer disputes): kept unseen until it is measured
#: once, then an ordinary dev source, scored by ``--loso`` and, like the fourth to
#: eighteenth batches', not trained on by default
DEV19_SOURCES = ("Jincheng-Sun/CFSC",)
#: The twentieth dev batch's source (China UnionPay customer-service questions about cards,
#: POS and ATM transactions, online and mobile payment): kept unseen until it is measured
#: once, then an ordinary dev source, scored by ``--loso`` and, like the fourth to
#: nineteenth batches', not trained on by default
DEV20_SOURCES = ("qiu997018209/TensorFlow",)
#: The twenty-first dev batch's source (Hong Kong virtual banks' app reviews on the App Store
#: and Google Play, in Cantonese, traditional and simplified Chinese): kept unseen until it is
#: measured once, then an ordinary dev source, scored by ``--loso`` and, like the fourth to
#: twentieth batches', not trained on by default
DEV21_SOURCES = ("yutsang/review-sentiment",)
#: The twenty-second dev batch's source (patients' reviews of a Beijing hospital's doctors on
#: haodf.com): kept unseen until it is measured once, then an ordinary dev source, scored by
#: ``--loso`` and, like the fourth to twenty-first batches', not trained on by default
DEV22_SOURCES = ("Xremold/HaodfSpider",)
NEW_SOURCES = (
    "Rollbear-bot/HelloNLP-TopicC-in-TipDMCup2020,veujs/snownlp_test,van233aa/jd-comment,"
    "EndlessLethe/jddc2019-3th-retrieve-model,Wenkun2001/rag_dataset,Meituan-Dianping/asap,"
    + ",".join(
        DEV6_SOURCES
        + DEV8_SOURCES
        + DEV9_SOURCES
        + DEV10_SOURCES
        + DEV11_SOURCES
        + DEV12_SOURCES
        + DEV13_SOURCES
        + DEV15_SOURCES
        + DEV16_SOURCES
        + DEV17_SOURCES
        + DEV18_SOURCES
        + DEV19_SOURCES
        + DEV20_SOURCES
        + DEV21_SOURCES
        + DEV22_SOURCES
        + UNSEEN_SOURCES
    )
)
KINDS = [k.value for k in Kind]
CATEGORIES = [c.value for c in Category]
SCALE = 1000
SEED = 13
#: The SGD shuffle seed of ``_train`` (``--seeds`` runs each of several in turn)
TRAIN_SEED = [SEED]


def _train(
    data: list[tuple[Any, int, float]],
    n_features: int,
    n: int,
    epochs: int,
    lam: float,
    lr0: float,
    batch: int = 32,
) -> tuple[Any, Any]:
    """Multinomial logistic regression by mini-batch SGD (numpy; fixed seed and order).

    ``data`` holds ``(feature indices, class, sample weight)``; returns ``(W, bias)``.
    """
    import numpy as np

    w = np.zeros((n_features, n))
    bias = np.zeros(n)
    docs = [x for x, _, _ in data]
    ys = np.asarray([y for _, y, _ in data])
    sws = np.asarray([sw for _, _, sw in data])
    order = list(range(len(data)))
    rng = random.Random(TRAIN_SEED[0])
    eye = np.eye(n)
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = lr0 / (1 + 0.3 * epoch)
        for b in range(0, len(order), batch):
            ids = [i for i in order[b : b + batch] if len(docs[i])]
            if not ids:
                continue
            idx = np.concatenate([docs[i] for i in ids])
            lens = np.asarray([len(docs[i]) for i in ids])
            starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
            s = np.add.reduceat(w[idx], starts, axis=0) + bias
            s -= s.max(axis=1, keepdims=True)
            e = np.exp(s)
            e /= e.sum(axis=1, keepdims=True)
            g = (e - eye[ys[ids]]) * sws[ids][:, None]
            rows = np.repeat(np.arange(len(ids)), lens)
            uniq, inverse = np.unique(idx, return_inverse=True)
            grad = np.stack([np.bincount(inverse, g[rows, c], len(uniq)) for c in range(n)], axis=1)
            w[uniq] -= lr * (grad + lam * w[uniq])
            bias -= lr * g.sum(axis=0)
    return w, bias


def _source_hash() -> str:
    """A hash of the data the features depend on (a cached feature set is rebuilt with it).

    The classifier's code is not hashed (its explanations change often, its matching
    seldom): after a change to how it matches, delete ``/tmp/_custops_features_*``.
    """
    if not _HASH and PINNED[0]:  # --rules-hash: the features of an earlier rule set
        _HASH.append(PINNED[0])
    if not _HASH:  # read once: an edit while a run goes on must not mix two rule sets
        here = Path(_ngram.__file__).resolve().parent
        digest = hashlib.sha256()
        for name in ("rules_data.py", "_ngram.py", "_hanzi.py"):
            digest.update((here / name).read_bytes())
        _HASH.append(digest.hexdigest()[:16])
    return _HASH[0]


_HASH: list[str] = []
#: ``--rules-hash``: train on the features cached for that rule set (``/tmp/_custops_features_
#: <hash>.pickle``), so that a rule change is measured with the learned layer trained before it
#: — as the change ships when the weights are not retrained
PINNED = [""]


_FEATURES: dict[str, frozenset[str]] = {}
TAIL = [False]  # --tail: the n-grams after the last contrast word, tagged, as features too


def featurise(rows: list[dict[str, Any]]) -> list[frozenset[str]]:
    """The model's features of each row: n-grams plus what the rules saw (cached in /tmp)."""
    cache = Path(f"/tmp/_custops_features_{_source_hash()}.pickle")
    if not _FEATURES and cache.exists():
        _FEATURES.update(pickle.loads(cache.read_bytes()))
    plain = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)
    new = 0
    out = []
    for r in rows:
        text = r["text"]
        x = _FEATURES.get(text)
        if x is None:
            x = _FEATURES[text] = frozenset(
                _ngram.features(normalise(text)[0])
                | rule_features(classify(text, policy=plain).evidence)
            )
            new += 1
        if TAIL[0]:
            x = x | _ngram.tail_features(normalise(text)[0])
        out.append(x)
    if new:
        cache.write_bytes(pickle.dumps(_FEATURES))
    return out


_INDEX: dict[str, int] = {}
_VOCAB: list[str] = []
_ARRAYS: dict[str, Any] = {}


def _indexed(rows: Sequence[dict[str, Any]]) -> list[Any]:
    """Each row's features as a sorted array of indices into one growing vocabulary."""
    import numpy as np

    out = []
    for r, x in zip(rows, featurise(list(rows)), strict=True):
        found = _ARRAYS.get(r["text"])
        if found is None:
            for g in x:
                if g not in _INDEX:
                    _INDEX[g] = len(_VOCAB)
                    _VOCAB.append(g)
            found = _ARRAYS[r["text"]] = np.asarray(sorted(_INDEX[g] for g in x), dtype=np.int64)
        out.append(found)
    return out


def build(
    rows: list[dict[str, Any]],
    weak: Sequence[dict[str, Any]] = (),
    weak_weight: float = 0.0,
    epochs: int = 6,
    lam: float = 1e-4,
    lr0: float = 0.1,
    min_df: int = 2,
    min_weight: int = 150,
    class_weights: str = "",
    labelled_weight: float = 1.0,
    kind_only_sources: str = "",
    source_balance: float = 0.0,
) -> dict[str, Any]:
    """The weights file's content, trained on ``rows`` (dev records with texts).

    ``weak`` are weakly-labelled texts (``weak_corpus.py``: a kind read from the
    source's own label), used for the kind model only, each weighing
    ``weak_weight`` against a hand-labelled text's 1 (the project's labelled set:
    ``labelled_weight``).  ``class_weights``
    (``"no_action=2,suggestion=3"``) multiplies the weight of every text of a kind.
    The texts of ``kind_only_sources`` (source repositories, comma-separated) train the
    kind model only, not the category model.  ``source_balance`` (0: off) weighs each
    text by ``(mean source size / its source's size) ** source_balance``, sources named by
    the id's prefix (``os-12`` → ``os``), so that no source's style dominates; the dev
    texts and the weak texts are balanced each among themselves (their totals kept), the
    labelled set is left as it is.
    """
    import numpy as np

    boost = {k: float(v) for k, v in (p.split("=") for p in class_weights.split(",") if p)}
    kind_only = set(filter(None, kind_only_sources.split(",")))

    weak = list(weak) if weak_weight > 0 else []
    feats = _indexed(rows)
    weak_feats = _indexed(weak)
    df = np.zeros(len(_INDEX), dtype=np.int64)
    for x in feats + weak_feats:
        df[x] += 1
    keep = df >= min_df
    feats = [x[keep[x]] for x in feats]
    weak_feats = [x[keep[x]] for x in weak_feats]
    vocab = _VOCAB

    own = _balanced([r for r in rows if r["split"] != "labelled"], source_balance)
    spread = _balanced(weak, source_balance)
    kind_data = [
        (
            x,
            KINDS.index(r["kind"]),
            boost.get(r["kind"], 1.0)
            * (labelled_weight if r["split"] == "labelled" else own[_source(r)]),
        )
        for x, r in zip(feats, rows, strict=True)
    ]
    kind_data += [
        (x, KINDS.index(r["label"]), weak_weight * boost.get(r["label"], 1.0) * spread[_source(r)])
        for x, r in zip(weak_feats, weak, strict=True)
    ]
    cat_data = [
        (
            x,
            CATEGORIES.index(r["categories"][0]),
            1.0 if r["split"] == "labelled" else own[_source(r)],
        )
        for x, r in zip(feats, rows, strict=True)
        if r["kind"] not in ("praise", "no_action")
        and r.get("source", {}).get("repo") not in kind_only
    ]
    kw, kb = _train(kind_data, len(vocab), len(KINDS), epochs, lam, lr0)
    cw, cb = _train(cat_data, len(vocab), len(CATEGORIES), 12, lam, 0.2)
    grams: dict[str, list[int]] = {}
    for source, offset in ((kw, 0), (cw, len(KINDS))):
        q = (source * SCALE).round().astype(int)
        for i, c in zip(*(abs(q) >= min_weight).nonzero(), strict=True):
            grams.setdefault(vocab[i], []).extend((offset + int(c), int(q[i, c])))
    return {
        "version": 1,
        "trained_on": (
            f"{len(rows)} hand-labelled texts (realtexts dev split, tests/data/complaints_labelled)"
            + (
                f" and {len(weak)} weakly-labelled reviews (benchmarks/weak_corpus.py) "
                f"weighing {weak_weight} each, for the kind"
                if weak
                else ""
            )
        ),
        "kinds": KINDS,
        "categories": CATEGORIES,
        "scale": SCALE,
        "bias": [round(b * SCALE) for b in kb] + [round(b * SCALE) for b in cb],
        "grams": dict(sorted(grams.items())),
    }


def _source(row: dict[str, Any]) -> str:
    """The source a text comes from: its id's prefix (``os-12`` → ``os``)."""
    return str(row["id"]).split("-")[0]


def _balanced(rows: Sequence[dict[str, Any]], power: float) -> dict[str, float]:
    """Per source, the weight that balances ``rows`` by source, the total kept (1.0 at 0)."""
    sizes = Counter(_source(r) for r in rows)
    if not power or not sizes:
        return dict.fromkeys(sizes, 1.0)
    raw = {s: (len(rows) / len(sizes) / n) ** power for s, n in sizes.items()}
    scale = len(rows) / sum(raw[s] * n for s, n in sizes.items())
    return {s: raw[s] * scale for s in sizes}


def load_weak(paths: Sequence[Path] = (WEAK,)) -> list[dict[str, Any]]:
    """The weakly-labelled texts of ``weak_corpus.py`` (a file that is absent adds none)."""
    out: list[dict[str, Any]] = []
    for path in paths:
        if not path.exists():
            print(f"weak texts absent: run benchmarks/weak_corpus.py ({path})", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as f:
            out += [json.loads(line) for line in f if line.strip()]
    return out


def _install(content: dict[str, Any]) -> None:
    """Make ``classify`` use ``content`` (cross-validation only)."""
    _ngram._loaded.clear()
    # through JSON, as the package reads its file
    raw = json.loads(json.dumps(content, ensure_ascii=False))
    _ngram._loaded.append(_ngram.model_from(raw))


def _cached_build(
    train: list[dict[str, Any]], weak: Sequence[dict[str, Any]], fold: int | str, **training: Any
) -> dict[str, Any]:
    """``build`` for one cross-validation fold, cached in /tmp by its inputs."""
    digest = hashlib.sha256()
    digest.update(_source_hash().encode())
    defaults: dict[str, Any] = {
        "seed": SEED,
        "class_weights": "",
        "labelled_weight": 1.0,
        "kind_only_sources": "",
        "source_balance": 0.0,
    }
    settings = sorted(
        (k, v) for k, v in {**training, "seed": TRAIN_SEED[0]}.items() if defaults.get(k) != v
    )
    digest.update(json.dumps(settings, default=str).encode())
    digest.update(json.dumps(sorted(r["id"] for r in train)).encode())
    digest.update(str(len(weak)).encode())
    digest.update(json.dumps(sorted({r["group"] for r in weak})).encode())
    cache = Path(f"/tmp/_custops_cv_fold_{fold}_{digest.hexdigest()[:16]}.json")
    if cache.exists():
        content: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8"))
        return content
    content = build(train, weak, **training)
    cache.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return content


#: Repositories that collect data sets of different businesses and writers (online shops,
#: hotels, food delivery, …): each data set, named by its ids' prefix, is a source of its own
_COLLECTIONS = frozenset({"SophonPlus/ChineseNlpCorpus"})


def source_group(row: dict[str, Any]) -> str:
    """A text's source for leave-one-source-out: its repository, so that the files of one
    data set (a train and a test file, a positive and a negative file, the apps of one
    crawl) are held out together; in a collection of data sets (``_COLLECTIONS``) its id's
    prefix without trailing digits (``os-12`` → ``os``, ``htl-3`` → ``htl``).

    Until the fifteenth round every source was its ids' prefix, so that a held-out file
    shared its data set with a sibling file trained on (``airt`` and ``airv``, ``bank`` and
    ``bankt``), which flattered the leave-one-source-out figures of those sources.
    """
    repo = str(row.get("source", {}).get("repo", ""))
    if repo and repo not in _COLLECTIONS:
        return repo.replace("/", "+")
    return _source(row).rstrip("0123456789") or _source(row)


def _count(counts: dict[str, int], row: dict[str, Any], result: Any) -> None:
    """Add one scored text to ``counts``: texts, kind and category hits, praise, praise read
    as a complaint, no rule fired."""
    counts["n"] += 1
    counts["kind"] += result.kind.value == row["kind"]
    counts["category"] += result.category.value in row["categories"]
    counts["praise"] += row["kind"] == "praise"
    counts["p2c"] += row["kind"] == "praise" and result.kind is Kind.COMPLAINT
    counts["unmatched"] += not result.matched


def leave_one_source_out(
    dev: list[dict[str, Any]],
    own: list[dict[str, Any]],
    weight: tuple[int, int, int],
    weak: Sequence[dict[str, Any]] = (),
    skip: frozenset[str] = frozenset(),
    only: Sequence[str] = (),
    **training: Any,
) -> dict[str, Any]:
    """Hold out each dev source in turn, train on the others, score the held-out source.

    Every dev text is scored once, by a model that never saw its source.  The labelled set
    ``own`` is spread over the folds (shuffled with the fixed seed), so each of its texts is
    also scored once by a model not trained on it.  Texts of the repositories in ``skip`` are
    scored when held out but never trained on.  ``only`` holds out just those sources, in
    that order (the folds are the same: a second process can train the other end of the
    list into the shared cache).  Returns the counts (per source and overall).
    """
    groups = sorted({source_group(r) for r in dev})
    # the labelled set over the folds of the sources before the sixth batch (as before it
    # joined: their cached fold models stay valid)
    earlier = sorted(
        {
            source_group(r)
            for r in dev
            if r["source"]["repo"] not in DEV6_SOURCES + DEV8_SOURCES + DEV9_SOURCES + DEV10_SOURCES
        }
    )
    ids = sorted(r["id"] for r in own)
    random.Random(SEED).shuffle(ids)
    own_fold = {rid: earlier[i % len(earlier)] for i, rid in enumerate(ids)}
    trained = {source_group(r) for r in dev if r["source"]["repo"] not in skip}
    policy = attrs.evolve(
        DEFAULT_CLASSIFIER_POLICY,
        learned=weight[0],
        learned_category=weight[1],
        learned_margin=weight[2],
    )
    per: dict[str, Counter[str]] = {g: Counter() for g in only or groups}
    by_kind: Counter[str] = Counter()
    labelled_hits = [0, 0]
    for g in only or groups:
        train = [r for r in dev if source_group(r) != g and r["source"]["repo"] not in skip] + [
            r for r in own if own_fold[r["id"]] != g
        ]
        # a source no fold trains on, and holding no labelled text: its training set is
        # the same whichever it is, so such sources share one cached fold model
        shared = g not in trained and g not in earlier
        _install(
            _cached_build(train, weak, "loso_untrained" if shared else f"loso_{g}", **training)
        )
        for r in dev:
            if source_group(r) != g:
                continue
            result = classify(r["text"], policy=policy)
            _count(per[g], r, result)
            by_kind[r["kind"]] += 1
            by_kind["hit:" + r["kind"]] += result.kind.value == r["kind"]
        for r in own:
            if own_fold[r["id"]] == g:
                result = classify(r["text"], policy=policy)
                labelled_hits[0] += result.kind.value == r["kind"]
                labelled_hits[1] += result.category.value in r["categories"]
    _ngram._loaded.clear()
    total: Counter[str] = Counter()
    for c in per.values():
        total.update(c)
    return {
        "per": per,
        "total": total,
        "by_kind": by_kind,
        "labelled": labelled_hits,
        "m": len(own),
    }


def print_loso(results: list[dict[str, Any]], seeds: Sequence[int]) -> None:
    """Per source and overall, each seed and their mean (percentages)."""

    def pc(a: float, b: float) -> str:
        return f"{100 * a / b:5.1f}" if b else "    -"

    first = results[0]
    print("source        n   kind (per seed; mean)        category  p→c   no rule")
    for g in sorted(first["per"]):
        n = first["per"][g]["n"]
        kinds = [r["per"][g]["kind"] for r in results]
        cats = sum(r["per"][g]["category"] for r in results) / len(results)
        p2c = sum(r["per"][g]["p2c"] for r in results) / len(results)
        print(
            f"{g:10s} {n:5d}  "
            + " ".join(pc(k, n) for k in kinds)
            + f" ; {pc(sum(kinds) / len(kinds), n)}   {pc(cats, n)}  "
            + f"{pc(p2c, first['per'][g]['praise'])}  {pc(first['per'][g]['unmatched'], n)}"
        )
    t = [r["total"] for r in results]
    n = t[0]["n"]
    print(
        f"ALL        {n:5d}  "
        + " ".join(pc(x["kind"], n) for x in t)
        + f" ; {pc(sum(x['kind'] for x in t) / len(t), n)}   "
        + f"{pc(sum(x['category'] for x in t) / len(t), n)}  "
        + f"{pc(sum(x['p2c'] for x in t) / len(t), t[0]['praise'])}  {pc(t[0]['unmatched'], n)}"
    )
    source_means = [
        sum(r["per"][g]["kind"] for r in results) / len(results) / first["per"][g]["n"]
        for g in first["per"]
    ]
    print(f"mean over sources (macro) kind {100 * sum(source_means) / len(source_means):.1f}")
    bk = first["by_kind"]
    print(
        "recall (mean): "
        + " ".join(
            f"{k} {pc(sum(r['by_kind']['hit:' + k] for r in results) / len(results), bk[k])}"
            for k in sorted(x for x in bk if not x.startswith("hit:"))
        )
    )
    print(
        "labelled kind per seed: "
        + " / ".join(
            f"{s}: {pc(r['labelled'][0], r['m'])}" for s, r in zip(seeds, results, strict=True)
        )
        + "; category "
        + " / ".join(pc(r["labelled"][1], r["m"]) for r in results)
    )


def labelled() -> list[dict[str, Any]]:
    """The project's own labelled set (wine, cars, property), in the corpus's shape."""
    with LABELLED.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [{**r, "categories": [r["category"]], "split": "labelled"} for r in rows]


def cross_validate(
    rows: list[dict[str, Any]],
    weights: list[tuple[int, int, int]],
    weak: Sequence[dict[str, Any]] = (),
    folds: int = 5,
    score_only: frozenset[str] = frozenset(),
    misses: Path | None = None,
    **training: Any,
) -> None:
    """K-fold over the dev texts *and* the labelled set; figures for the dev folds.

    The texts of the repositories in ``score_only`` are scored in their fold but never
    trained on (so that training on a batch or not is compared on the same texts).  When
    the eighth batch is among the rows, its figures are printed on a line of their own too.
    ``misses`` names a file to which the held-out texts the first weight gets wrong (kind
    or category) are written, one JSON object a line.
    """
    wrong_out: list[dict[str, Any]] = []
    ids = sorted(r["id"] for r in rows)
    random.Random(SEED).shuffle(ids)
    fold_of = {rid: i % folds for i, rid in enumerate(ids)}
    hits = {w: [0, 0, 0] for w in weights}  # kind, category, praise-as-complaint
    own = {w: [0, 0] for w in weights}
    praise = 0
    alone = [0, 0, 0]
    alone_own = [0]
    gold_n: Counter[str] = Counter()
    alone_by: Counter[str] = Counter()
    by: dict[tuple[int, int, int], Counter[str]] = {w: Counter() for w in weights}
    eighth: dict[tuple[int, int, int], Counter[str]] = {w: Counter() for w in weights}
    for f in range(folds):
        train = [
            r
            for r in rows
            if fold_of[r["id"]] != f and r.get("source", {}).get("repo") not in score_only
        ]
        held_all = [r for r in rows if fold_of[r["id"]] == f]
        held = [r for r in held_all if r["split"] != "labelled"]
        _install(_cached_build(train, weak, f, **training))
        for w in weights:
            policy = attrs.evolve(
                DEFAULT_CLASSIFIER_POLICY, learned=w[0], learned_category=w[1], learned_margin=w[2]
            )
            for r in held_all:
                if r["split"] == "labelled":
                    result = classify(r["text"], policy=policy)
                    own[w][0] += result.kind.value == r["kind"]
                    own[w][1] += result.category.value in r["categories"]
        plain = attrs.evolve(DEFAULT_CLASSIFIER_POLICY, learned=0, learned_category=0)
        for r in held_all:
            if r["split"] != "labelled":
                continue
            seen = rule_features(classify(r["text"], policy=plain).evidence)
            guess = _ngram.predict(normalise(r["text"])[0], seen)
            alone_own[0] += max(guess.kinds, key=lambda kp: kp[1])[0].value == r["kind"]
        for r in held:
            seen = rule_features(classify(r["text"], policy=plain).evidence)
            guess = _ngram.predict(normalise(r["text"])[0], seen)
            top = max(guess.kinds, key=lambda kp: kp[1])[0].value
            gold_n[r["kind"]] += 1
            alone_by[r["kind"]] += top == r["kind"]
            alone[0] += max(guess.kinds, key=lambda kp: kp[1])[0].value == r["kind"]
            alone[1] += max(guess.categories, key=lambda cp: cp[1])[0].value in r["categories"]
            alone[2] += r["kind"] == "praise" and max(guess.kinds, key=lambda kp: kp[1])[0] is (
                Kind.COMPLAINT
            )
        for w in weights:
            policy = attrs.evolve(
                DEFAULT_CLASSIFIER_POLICY, learned=w[0], learned_category=w[1], learned_margin=w[2]
            )
            for r in held:
                result = classify(r["text"], policy=policy)
                hits[w][0] += result.kind.value == r["kind"]
                by[w][r["kind"]] += result.kind.value == r["kind"]
                hits[w][1] += result.category.value in r["categories"]
                hits[w][2] += r["kind"] == "praise" and result.kind is Kind.COMPLAINT
                if r["source"]["repo"] in DEV8_SOURCES:
                    e = eighth[w]
                    _count(e, r, result)
                    e["gold:" + r["kind"]] += 1
                    e["hit:" + r["kind"]] += result.kind.value == r["kind"]
                by[w]["no rule"] += not result.matched
                if w == weights[0] and not (
                    result.kind.value == r["kind"] and result.category.value in r["categories"]
                ):
                    wrong_out.append(
                        {
                            "id": r["id"],
                            "gold": [r["kind"], *r["categories"]],
                            "got": [result.kind.value, result.category.value],
                            "rule": [result.kind_rule, result.category_rule],
                            "text": r["text"],
                        }
                    )
        praise += sum(r["kind"] == "praise" for r in held)
    n = len(rows) - sum(r["split"] == "labelled" for r in rows)
    m = len(rows) - n
    print(
        f"model alone: kind {alone[0] / n:.3f}  category {alone[1] / n:.3f}  "
        f"praise→complaint {alone[2] / praise:.3f}; labelled kind {alone_own[0] / max(1, m):.3f}; "
        + " ".join(f"{k} {alone_by[k] / gold_n[k]:.2f}" for k in sorted(gold_n))
    )
    for w in weights:
        k, c, wrong = hits[w]
        print(
            f"learned={w[0]:2d}/{w[1]:2d} margin {w[2]:2d}: dev kind {k / n:.3f}  "
            f"category {c / n:.3f}  praise→complaint {wrong / praise:.3f}; "
            f"labelled kind {own[w][0] / max(1, m):.3f}  category {own[w][1] / max(1, m):.3f}; "
            + " ".join(f"{k} {by[w][k] / gold_n[k]:.2f}" for k in sorted(gold_n))
        )
        e = eighth[w]
        if e["n"]:
            rest = n - e["n"]
            print(
                f"  eighth batch {e['n']}: kind {e['kind'] / e['n']:.3f}  category "
                f"{e['category'] / e['n']:.3f}  praise→complaint "
                f"{e['p2c'] / max(1, e['praise']):.3f}"
                f"  no rule {e['unmatched'] / e['n']:.3f}; "
                + " ".join(
                    f"{k[4:]} {e[k]}/{e['gold:' + k[4:]]}"
                    for k in sorted(e)
                    if k.startswith("hit:")
                )
                + f"; the other {rest}: kind {(k - e['kind']) / rest:.3f}  category "
                f"{(c - e['category']) / rest:.3f}"
            )
        print(f"  no rule fired: {by[w]['no rule'] / n:.3f}")
    if misses is not None:
        misses.write_text(
            "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in wrong_out), encoding="utf-8"
        )
    _ngram._loaded.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="cross-validate inside dev")
    parser.add_argument(
        "--loso",
        action="store_true",
        help="leave-one-source-out over every dev source (the first of --weights, "
        "--category-weights, --margins)",
    )
    parser.add_argument("--seeds", default=str(SEED), help="SGD shuffle seeds, comma-separated")
    parser.add_argument(
        "--loso-groups", default="", help="with --loso: only these sources, in this order"
    )
    parser.add_argument("--weights", default="0,4,6,8,10,14,20")
    parser.add_argument("--category-weights", default="3")
    parser.add_argument("--margins", default="6")
    parser.add_argument("--weak-weight", type=float, default=0.3, help="0: no weak texts")
    parser.add_argument(
        "--weak-skip", default="蒙牛", help="weak groups left out (comma-separated; '' for none)"
    )
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--lam", type=float, default=1e-4)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--min-weight", type=int, default=150)
    parser.add_argument(
        "--class-weights", default="", help="kind=factor,… (e.g. no_action=2,suggestion=3)"
    )
    parser.add_argument("--labelled-weight", type=float, default=1.0)
    parser.add_argument(
        "--source-balance",
        type=float,
        default=0.0,
        help="weigh texts by (mean source size / source size) ** this (0: off)",
    )
    parser.add_argument(
        "--rules-hash",
        default="",
        help="train on the features cached for this rule set's hash (the weights unchanged "
        "by a rule change); '' for the current rules",
    )
    parser.add_argument("--write", action="store_true", help="write the weights file")
    parser.add_argument("--out", type=Path, default=OUT, help="where --write writes")
    parser.add_argument(
        "--weak2", action="store_true", help="also the second weak set (weak_corpus.py --second)"
    )
    parser.add_argument("--no-labelled", action="store_true", help="train on dev texts only")
    parser.add_argument(
        "--tail", action="store_true", help="also the tagged n-grams after the last contrast"
    )
    parser.add_argument(
        "--skip-sources",
        default=NEW_SOURCES,
        help="source repositories whose dev texts are left out (comma-separated; default "
        "NEW_SOURCES, the fourth to sixth, the eighth and the ninth dev batches; '' for none)",
    )
    parser.add_argument(
        "--cv-misses",
        type=Path,
        default=None,
        help="with --cv: write the held-out texts missed (first weight, last seed) here",
    )
    parser.add_argument(
        "--score-sources",
        default="",
        help="with --cv: source repositories whose dev texts are scored in their folds but "
        "never trained on (comma-separated)",
    )
    parser.add_argument(
        "--kind-only-sources",
        default="",
        help="source repositories whose dev texts train the kind model only (comma-separated)",
    )
    args = parser.parse_args()
    TAIL[0] = args.tail
    PINNED[0] = args.rules_hash
    left_out = set(filter(None, args.skip_sources.split(",")))
    seeds = [int(x) for x in args.seeds.split(",")]
    # never the test split, and never the unseen batches (whatever --skip-sources says)
    left_out.update(UNSEEN_SOURCES)
    # scored by --cv but never trained on
    score_only = set(filter(None, args.score_sources.split(","))) - set(UNSEEN_SOURCES)
    left_out -= score_only
    rows = [r for r in load("dev", with_unseen=True) if r["source"]["repo"] not in left_out]
    if not args.no_labelled:
        rows += labelled()
    skip = set(filter(None, args.weak_skip.split(",")))
    files = (WEAK, WEAK2) if args.weak2 else (WEAK,)
    weak = [r for r in load_weak(files) if r["group"] not in skip] if args.weak_weight > 0 else []
    training = {
        "weak_weight": args.weak_weight,
        "epochs": args.epochs,
        "lam": args.lam,
        "lr0": args.lr,
        "min_weight": args.min_weight,
        "class_weights": args.class_weights,
        "labelled_weight": args.labelled_weight,
        "kind_only_sources": args.kind_only_sources,
        "source_balance": args.source_balance,
    }
    if args.loso:
        weight = (
            int(args.weights.split(",")[0]),
            int(args.category_weights.split(",")[0]),
            int(args.margins.split(",")[0]),
        )
        results = []
        for seed in seeds:
            TRAIN_SEED[0] = seed
            results.append(
                leave_one_source_out(
                    load("dev"),  # (without the unseen batches)
                    [] if args.no_labelled else labelled(),
                    weight,
                    weak,
                    frozenset(left_out),
                    tuple(filter(None, args.loso_groups.split(","))),
                    **training,
                )
            )
            print_loso(results, seeds[: len(results)])  # after each seed: partial figures
            sys.stdout.flush()
    if args.cv:
        pairs = [
            (int(w), int(c), int(m))
            for w in args.weights.split(",")
            for c in args.category_weights.split(",")
            for m in args.margins.split(",")
        ]
        for seed in seeds:
            TRAIN_SEED[0] = seed
            print(f"seed {seed}:")
            cross_validate(
                rows,
                pairs,
                weak,
                score_only=frozenset(score_only),
                misses=args.cv_misses,
                **training,
            )
    TRAIN_SEED[0] = SEED
    if args.write:
        trained = [r for r in rows if r.get("source", {}).get("repo") not in score_only]
        content = build(trained, weak, **training)
        out: Path = args.out
        out.write_text(
            json.dumps(content, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        print(f"wrote {out} ({out.stat().st_size:,} bytes, {len(content['grams']):,} n-grams)")


if __name__ == "__main__":
    main()
