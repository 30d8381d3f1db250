"""A learned quality score for glossary entries, validated leave one corpus out, and where it pays.

    .venv/bin/python bench/glossary_rankstudy.py study     # out-of-fold AUCs, keep-top tables, choice, floor
    .venv/bin/python bench/glossary_rankstudy.py reworded OLD.json NEW.json   # both wordings' verdicts, any round

Every rated glossary entry of the label folders ``RATED`` (bench/rerated.py) lists (never the held-out
folders) is joined to what the raters saw (``input/glossary.json``: term, definition, lesson), what they did
not (``private.json``: rule, kind, confidence), and its lesson as the raters saw it (``input/sources``): the
sentence that uses the term and is nearest the definition, where that sentence sits, how the lesson uses the
term, the key-phrase scores and each rule's usual source.  Nothing is read from the candidates today's
extractor makes for the entry: a rated entry it no longer makes is nearly always a reject (89% of ratings),
because checks were designed on these very ratings, so such features leak (they raised the out-of-fold AUC to
0.82).  Features are
:func:`lessontext.glossary.quality.features`; the model is an L2 logistic regression (Newton's method on
standardised features) with P(usable) as its target, one sample per rating.

Validation: leave one corpus out (a corpus is all its label folders: test-s, test-s-mid and test-s-r3 are one),
pooled out-of-fold AUC, and per-corpus keep-top-X% tables.  Two uses are studied:

* CHOICE: where raters judged two different definitions of the same lesson's term (successive rounds), does
  the out-of-fold score prefer the better-rated one more often than the confidence the merge uses now?  Only
  8 such pairs exist; ``reworded`` shows, for a trial change, the verdicts of both wordings of every entry it
  re-words.
* FLOOR: drop entries below a threshold chosen inside the training folds (nested leave one corpus out); the
  price on the left-out corpus in ratings removed (accept/minor/reject) and must-have terms lost (a dropped
  entry a rater matched to a must-have term).

The score is not used by extraction: no floor and no choice paid (see the docstring of lessontext/glossary/quality.py).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import ftfy  # noqa: E402
from logistic import fit, logit  # noqa: E402
from rerated import RATED  # noqa: E402

from lessontext.document import parse_document  # noqa: E402
from lessontext.glossary.extract import gated_terms  # noqa: E402
from lessontext.glossary.quality import Lesson, features  # noqa: E402
from lessontext.words import term_key  # noqa: E402

LABELS = ROOT / "bench" / "labels"
PENALTY = 3.0          # L2 penalty on standardised weights
MIN_ONE_HOT = 12       # a rule/kind/source indicator needs this many ratings in the training data
KEEP = (0.5, 0.67, 0.8, 0.9)
# A found must-have term is worth this many rejected entries when a floor is chosen (recall is far below target).
MUST_HAVE_PRICE = 3.0
VALUE = {"accept": 1.0, "minor": 0.5, "reject": 0.0}


def _words(text: str) -> set[str]:
    return {w for w in text.lower().replace(",", " ").replace(".", " ").split() if len(w) > 2}


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(len(wa | wb), 1)


def _lesson_facts(document) -> tuple[Lesson, list, set[str]]:
    """The lesson's facts, every candidate its rules make, and the keys the extractor publishes (before the floor)."""
    terms, _kept, context = gated_terms(document)
    published = {t.key for t in terms}
    return Lesson.of(document, context.keyphrase_scores), context.candidates, published


def source_sentence(document, term: str, definition: str) -> tuple[str, str]:
    """(sentence, section anchor) the entry most likely came from: a sentence using the term, nearest the definition.

    Found in the text, not from the current extractor's candidates: those were reshaped by checks designed on
    these very ratings (a rated entry the current code no longer makes is nearly always a reject).
    """
    key = term_key(term)
    options = [(section.anchor, s) for section, s in document.sentences()]
    using = [(a, s) for a, s in options if key and f" {key} " in f" {term_key(s)} "] or options
    anchor, sentence = max(using, key=lambda o: _overlap(o[1], definition), default=("", ""))
    return sentence, anchor


def load() -> list[dict]:
    """One row per rated entry of every folder RATED lists: features, corpus, verdicts, must-haves it found."""
    rows = []
    sources: dict[str, Counter] = defaultdict(Counter)  # rule -> the sources of its candidates
    for corpus, folders in RATED.items():
        for folder in folders:
            labels = LABELS / folder
            private = json.loads((labels / "private.json").read_text(encoding="utf-8"))["terms"]
            entries = json.loads((labels / "input" / "glossary.json").read_text(encoding="utf-8"))
            verdicts: dict[str, list[str]] = defaultdict(list)
            musts: Counter = Counter()
            for rater in sorted(labels.glob("rater-*/glossary_ratings.json")):
                rated = json.loads(rater.read_text(encoding="utf-8"))
                for rating in rated["entries"]:
                    verdicts[rating["id"]].append(rating["verdict"])
                for items in rated.get("must_have", {}).values():
                    for item in items:
                        if item.get("found") and item.get("entry"):
                            musts[item["entry"]] += 1
            facts = {}
            for entry in entries:
                if entry["id"] not in verdicts:
                    continue
                lesson_id = entry["lesson"]
                if lesson_id not in facts:
                    text = (labels / "input" / "sources" / f"{lesson_id}.md").read_text(encoding="utf-8")
                    document = parse_document(ftfy.fix_text(text))
                    facts[lesson_id] = (document, *_lesson_facts(document))
                    for c in facts[lesson_id][2]:
                        sources[c.rule][c.source] += 1
                document, lesson, _candidates, published = facts[lesson_id]
                secret = private[entry["id"]]
                key = term_key(entry["term"])
                sentence, section = source_sentence(document, entry["term"], entry["definition"])
                row = features(term=entry["term"], definition=entry["definition"], rule=secret["rule"],
                               kind=secret["kind"], source="",
                               confidence=secret["confidence"], sentence=sentence, section=section, lesson=lesson)
                rows.append({"x": row, "corpus": corpus, "folder": folder, "lesson": lesson_id, "key": key,
                             "term": entry["term"], "definition": entry["definition"], "verdicts": verdicts[entry["id"]],
                             "must": musts[entry["id"]], "matched": key in published, "rule": secret["rule"]})
    for row in rows:  # a rule's usual source (the candidate's own at run time)
        del row["x"]["source="]
        counts = sources.get(row["rule"])
        row["x"][f"source={counts.most_common(1)[0][0] if counts else 'pattern'}"] = 1.0
    return rows


# ---------------------------------------------------------------- the model


def design(rows: list[dict], names: list[str] | None = None) -> tuple[list[str], np.ndarray]:
    """The feature names (indicators with enough ratings) and the matrix."""
    if names is None:
        support: Counter = Counter()
        for r in rows:
            for name in r["x"]:
                support[name] += len(r["verdicts"])
        names = sorted(n for n, c in support.items() if "=" not in n or c >= MIN_ONE_HOT)
    x = np.array([[r["x"].get(n, 0.0) for n in names] for r in rows], dtype=float)
    return names, x


def targets(rows: list[dict], target: str = "usable") -> tuple[np.ndarray, np.ndarray]:
    """(share of ratings that are positive, number of ratings) per row."""
    positive = {"usable": ("accept", "minor"), "accept": ("accept",)}[target]
    y = np.array([sum(v in positive for v in r["verdicts"]) / len(r["verdicts"]) for r in rows])
    w = np.array([float(len(r["verdicts"])) for r in rows])
    return y, w


def auc(scores: np.ndarray, rows: list[dict], positive: tuple[str, ...]) -> float:
    """AUC over ratings: each rating is one sample with its entry's score."""
    pos = np.array([s for s, r in zip(scores, rows, strict=True) for v in r["verdicts"] if v in positive])
    neg = np.array([s for s, r in zip(scores, rows, strict=True) for v in r["verdicts"] if v not in positive])
    if not len(pos) or not len(neg):
        return float("nan")
    order = np.argsort(np.concatenate([pos, neg]), kind="mergesort")
    ranks = np.empty(len(order))
    values = np.concatenate([pos, neg])[order]
    i = 0
    while i < len(values):  # average ranks of ties
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def out_of_fold(rows: list[dict], select=None, penalty: float = PENALTY) -> np.ndarray:
    """Each corpus scored by a model trained on every other corpus."""
    scores = np.zeros(len(rows))
    for corpus in sorted({r["corpus"] for r in rows}):
        train = [r for r in rows if r["corpus"] != corpus]
        test = [i for i, r in enumerate(rows) if r["corpus"] == corpus]
        names, x = design([_select(r, select) for r in train])
        model = fit(x, *targets(train), penalty=penalty)
        _, xt = design([_select(rows[i], select) for i in test], names)
        scores[test] = logit(model, xt)
    return scores


def _select(row: dict, select) -> dict:
    return row if select is None else {**row, "x": {k: v for k, v in row["x"].items() if select(k)}}


# ---------------------------------------------------------------- tables


def tally(rows: list[dict]) -> dict[str, float]:
    ratings = [v for r in rows for v in r["verdicts"]]
    n = max(len(ratings), 1)
    return {"entries": len(rows), "ratings": len(ratings), "accept": sum(v == "accept" for v in ratings),
            "minor": sum(v == "minor" for v in ratings), "reject": sum(v == "reject" for v in ratings),
            "usable": sum(v != "reject" for v in ratings) / n, "as_is": sum(v == "accept" for v in ratings) / n,
            "must": sum(r["must"] for r in rows)}


def keep_top(rows: list[dict], scores: np.ndarray, share: float) -> list[dict]:
    """The top ``share`` of each corpus's entries by score (per label folder, as each was rated)."""
    kept = []
    for folder in sorted({r["folder"] for r in rows}):
        mine = sorted((i for i, r in enumerate(rows) if r["folder"] == folder), key=lambda i: -scores[i])
        kept += [rows[i] for i in mine[: round(share * len(mine))]]
    return kept


def _line(label: str, t: dict[str, float]) -> str:
    return (f"{label:<28} entries {t['entries']:4d} ratings {t['ratings']:4d} a/m/r {t['accept']:4d}/{t['minor']:4d}/"
            f"{t['reject']:4d}  usable {t['usable']:.2f}  as is {t['as_is']:.2f}  must-haves found {t['must']}")


def choice_pairs(rows: list[dict], scores: np.ndarray) -> None:
    """Rated alternatives: the same lesson's term with different definitions, judged in different rounds."""
    by_term: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, r in enumerate(rows):
        by_term[(r["corpus"], r["lesson"], r["key"])][r["definition"]].append(i)
    wins = {"score": 0.0, "confidence": 0.0}
    pairs = 0
    for definitions in by_term.values():
        options = [(np.mean([VALUE[v] for i in idx for v in rows[i]["verdicts"]]), np.mean(scores[idx]),
                    rows[idx[0]]["x"]["confidence"]) for idx in definitions.values()]
        for a in range(len(options)):
            for b in range(a + 1, len(options)):
                (va, sa, ca), (vb, sb, cb) = options[a], options[b]
                if va == vb:
                    continue
                pairs += 1
                better_a = va > vb
                wins["score"] += 1.0 if (sa > sb) == better_a else 0.0
                wins["confidence"] += 0.5 if ca == cb else 1.0 if (ca > cb) == better_a else 0.0
    print(f"\nCHOICE: {pairs} pairs of differently rated definitions of one lesson's term (out of fold)")
    for k, v in wins.items():
        print(f"  prefers the better-rated definition: {k:<10} {v / max(pairs, 1):.2f} ({v:.1f}/{pairs})")


def choose_floor(rows: list[dict], scores: np.ndarray, price: float = MUST_HAVE_PRICE) -> float | None:
    """The threshold with the best utility on ``rows`` (rejects removed - usable removed - price x must-haves)."""
    best, best_gain = None, 0.0
    for t in sorted(set(np.round(scores, 3))):
        dropped = [r for r, s in zip(rows, scores, strict=True) if s < t]
        d = tally(dropped)
        gain = d["reject"] - d["accept"] - d["minor"] - price * d["must"]
        if gain > best_gain:
            best, best_gain = float(t), gain
    return best


def floor_study(rows: list[dict]) -> None:
    """Nested leave one corpus out: the floor chosen on the training corpora's own out-of-fold scores.

    Trained on every rated entry; chosen and scored only on the entries the current extractor still publishes
    (the others were already removed by checks, and would flatter any floor).  Shown for several prices of a
    found must-have term; the shipped floor uses ``MUST_HAVE_PRICE``.
    """
    prices = (0.0, 1.0, MUST_HAVE_PRICE)
    dropped: dict[float, list[dict]] = {p: [] for p in prices}
    print("\nFLOOR (threshold chosen inside the training folds; entries still published; price = rejects per"
          " found must-have)")
    for corpus in sorted({r["corpus"] for r in rows}):
        train = [r for r in rows if r["corpus"] != corpus]
        inner = out_of_fold(train)
        now = [i for i, r in enumerate(train) if r["matched"]]
        names, x = design(train)
        model = fit(x, *targets(train), penalty=PENALTY)
        test = [r for r in rows if r["corpus"] == corpus and r["matched"]]
        _, xt = design(test, names)
        outer = logit(model, xt)
        shown = []
        for price in prices:
            threshold = choose_floor([train[i] for i in now], inner[now], price)
            mine = [r for r, s in zip(test, outer, strict=True) if threshold is not None and s < threshold]
            dropped[price] += mine
            d = tally(mine)
            shown.append(f"price {price:g}: floor {'none' if threshold is None else f'{threshold:+.2f}'} drops "
                         f"{d['entries']} (a/m/r {d['accept']}/{d['minor']}/{d['reject']}, must {d['must']})")
        print(f"  {corpus:<8} " + "; ".join(shown))
    current = [r for r in rows if r["matched"]]
    print(_line("  still published", tally(current)))
    for price in prices:
        print(_line(f"  price {price:g}: dropped", tally(dropped[price])))


def exchange(rows: list[dict], scores: np.ndarray) -> None:
    """What each floor would cost on the entries still published: the lowest X% of out-of-fold scores dropped."""
    now = [i for i, r in enumerate(rows) if r["matched"]]
    order = sorted(now, key=lambda i: scores[i])
    print("\nEXCHANGE RATE of a floor (entries still published, lowest out-of-fold scores dropped)")
    for share in (0.02, 0.05, 0.1, 0.15, 0.2, 0.3):
        d = tally([rows[i] for i in order[: round(share * len(order))]])
        print(f"  drop lowest {share:4.0%}: {d['entries']:3d} entries, a/m/r {d['accept']:3d}/{d['minor']:3d}/"
              f"{d['reject']:3d}, must-haves lost {d['must']:3d}; rejects per must-have lost "
              f"{d['reject'] / max(d['must'], 1):.1f}, rejects per usable rating lost "
              f"{d['reject'] / max(d['accept'] + d['minor'], 1):.2f}")


def study() -> None:
    rows = load()
    print(f"{len(rows)} rated entries, {sum(len(r['verdicts']) for r in rows)} ratings, "
          f"{len({r['corpus'] for r in rows})} corpora; matched to a current candidate: {sum(r['matched'] for r in rows)}")
    baseline = {"confidence", "term_words", "definition_words", "term_specificity", "term_capitalised",
                "definition_pronoun", "definition_digit", "definition_commas", "term_digit"}
    variants = {
        "confidence only": lambda k: k == "confidence",
        "lead baseline": lambda k: k in baseline or k.startswith(("rule=", "kind=")),
        "no rule indicators": lambda k: not k.startswith("rule="),
        "full": None,
    }
    best = None
    for label, select in variants.items():
        scores = out_of_fold(rows, select)
        now = [i for i, r in enumerate(rows) if r["matched"]]
        print(f"{label:<20} out-of-fold AUC usable {auc(scores, rows, ('accept', 'minor')):.3f}  "
              f"accept {auc(scores, rows, ('accept',)):.3f}   on entries still published: usable "
              f"{auc(scores[now], [rows[i] for i in now], ('accept', 'minor')):.3f}  "
              f"accept {auc(scores[now], [rows[i] for i in now], ('accept',)):.3f}")
        if label == "full":
            best = scores
    for penalty in (1.0, 10.0, 30.0):
        scores = out_of_fold(rows, penalty=penalty)
        print(f"full, penalty {penalty:<6g} out-of-fold AUC usable {auc(scores, rows, ('accept', 'minor')):.3f}  "
              f"accept {auc(scores, rows, ('accept',)):.3f}")
    print("\nKEEP THE TOP X% OF EACH FOLDER BY OUT-OF-FOLD SCORE (full model)")
    print(_line("all", tally(rows)))
    for share in KEEP:
        print(_line(f"top {share:.0%}", tally(keep_top(rows, best, share))))
    choice_pairs(rows, best)
    exchange(rows, best)
    floor_study(rows)


def every_rating() -> dict[tuple[str, str, str], list[str]]:
    """(corpus, "lesson|key", definition) -> the verdicts of every rating of that exact entry, in any round."""
    found: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for corpus, folders in RATED.items():
        for folder in folders:
            labels = LABELS / folder
            entries = {e["id"]: e for e in json.loads((labels / "input" / "glossary.json").read_text(encoding="utf-8"))}
            for rater in sorted(labels.glob("rater-*/glossary_ratings.json")):
                for rating in json.loads(rater.read_text(encoding="utf-8"))["entries"]:
                    e = entries.get(rating["id"])
                    if e:
                        found[(corpus, f"{e['lesson']}|{term_key(e['term'])}", e["definition"])].append(rating["verdict"])
    return found


def reworded(old_path: Path, new_path: Path) -> None:
    """For each entry two bench/glossary_rerated.py snapshots word differently: the verdicts of both wordings,
    from any round that rated them (in sample: the model was trained on these ratings)."""
    old, new = json.loads(old_path.read_text()), json.loads(new_path.read_text())
    ratings = every_rating()
    sums = Counter()
    for corpus in old:
        after = {r["key"]: r for r in new.get(corpus, [])}
        for r in old[corpus]:
            s = after.get(r["key"])
            if s is None or s["definition"] == r["definition"]:
                continue
            before_v = ratings.get((corpus, r["key"], r["definition"]), [])
            after_v = ratings.get((corpus, r["key"], s["definition"]), [])
            value = {k: np.mean([VALUE[v] for v in vs]) if vs else None for k, vs in (("b", before_v), ("a", after_v))}
            if value["b"] is not None and value["a"] is not None:
                sums["both rated"] += 1
                sums["better" if value["a"] > value["b"] else "worse" if value["a"] < value["b"] else "same"] += 1
            else:
                sums["old rated only" if value["b"] is not None else "new rated only" if value["a"] is not None
                     else "neither rated"] += 1
            for v in before_v:
                sums[f"old {v}"] += 1
            for v in after_v:
                sums[f"new {v}"] += 1
            print(f"  [{corpus}] {before_v} {r['term']}: {r['definition']}\n      -> {after_v} {s['definition']}")
    print(dict(sums))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "reworded":
        reworded(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        study()
