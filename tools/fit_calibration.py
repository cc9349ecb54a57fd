#!/usr/bin/env python3
"""Fits the confidence calibration table (data/calibration.toml) from annotated texts.

The sieves decide with hand-set confidences; the table replaces each answer's confidence by the
measured probability that it is right (docs/attribution.md, "Confidences"). This tool:

1. runs quoteattr over the texts of the given sets (``--format jsonl --explain --calibration
   none``: each attribution's rule, its hand-set confidence and its flags);
2. matches each attribution that names a speaker to the gold (tests/data/ANNOTATION.md): it is
   *right* when a gold quote of the same class (direct, or reported: indirect and mixed) overlaps
   it with Jaccard >= 0.5 and that quote's speaker is the predicted one (the canonical name or a
   name-like alias; an ``unnamed ...`` speaker by a description with the same head noun);
3. counts right/wrong per rule (over the answers with no flag) and per flag (over all answers
   with it), shrinks each rate toward its family's prior, (right + a * prior) / (n + a), and
   makes the values consistent (a rule right less often never gets a higher number);
4. writes the table, and with ``--cv`` reports leave-one-set-out and leave-one-round-out figures
   (precision at >= 0.85 and accuracy per confidence band), fitted against hand-set.

The confidence of an answer is then min(rule value, value of each of its flags); a rule the
table does not list keeps its hand-set confidence.

Usage:
  tools/fit_calibration.py --bin build/ci/examples/quoteattr --data tests/data \\
      --out data/calibration.toml --cv
"""

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

# The sets the table is fitted on (never a glob over tests/data: held-out sets stay unread).
DEFAULT_SETS = (["seed", "dev"] + ["dev%d" % i for i in range(2, 10)] + ["blind%d" % i for i in range(1, 16)])
# Rounds of blind sets, for leave-one-round-out.
ROUNDS = [["blind%d" % i for i in range(k, k + 3)] for k in (1, 4, 7, 10, 13)]

# Rule families: each rate is shrunk toward its family's pooled rate.
REPORTED_SIEVE_RULES = {
    "that-clause", "zero-that", "to-infinitive", "light-verb", "object", "according-to", "headline",
    "post-posed", "relative-clause", "quote-lead", "nominal", "parenthetical", "fronted-participle",
    "continuation"
}
TRANSCRIPT_RULES = {"transcript-turn", "transcript-continuation", "caption"}
DISCOURSE_RULES = {
    "multi-paragraph", "inside-report", "lead-paragraph", "same-sentence", "paragraph-speaker",
    "previous-paragraph", "last-quoted"
}
# The hand-set factor of each flag (src/speakers.cpp, src/sieves.hpp): its prior, times the pooled rate.
FLAG_PRIORS = {
    "pronoun": 0.9,
    "pronoun-rival": 0.75,
    "place-for-government": 0.7,
    "short-content": 0.75,
    "one-word-fragment": 0.8,
    "heading-line": 0.6,
}
BANDS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.85), (0.85, 0.9), (0.9, 0.95), (0.95, 1.0001)]
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their", "its"}


def family(rule, kind):
    if rule in TRANSCRIPT_RULES:
        return "transcript"
    if rule in DISCOURSE_RULES:
        return "discourse"
    if rule in REPORTED_SIEVE_RULES or kind in ("indirect", "mixed"):
        return "reported"
    return "rule"


# ---------------------------------------------------------------- matching output to gold


def norm(name):
    return " ".join(name.replace("\u2019", "'").lower().split())


def name_like(alias):
    """A surname or a title-less name counts; pronouns and role nouns ("the minister") never do."""
    a = alias.strip()
    return bool(a) and a[0].isupper() and norm(a) not in PRONOUNS


def speaker_right(pred, gold_name, gold_aliases):
    p = norm(pred)
    if p == norm(gold_name):
        return True
    if norm(gold_name).startswith("unnamed "):
        return p.split()[-1:] == norm(gold_name).split()[-1:]
    return any(name_like(a) and p == norm(a) for a in gold_aliases.get(gold_name, []))


def locate(text_bytes, quotes):
    """Byte spans of the gold quotes, each found in document order (else anywhere)."""
    spans, at = [], 0
    for q in quotes:
        needle = q["text"].encode("utf-8")
        b = text_bytes.find(needle, at)
        if b < 0:
            b = text_bytes.find(needle)
        if b < 0:
            spans.append(None)
            continue
        spans.append((b, b + len(needle)))
        at = b + 1
    return spans


def jaccard(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / float(max(a[1], b[1]) - min(a[0], b[0]))


def klass(kind):
    return "direct" if kind == "direct" else "reported"


def score_document(text_bytes, gold, pred):
    """One record per attribution of `pred` that names a speaker: rule, kind, prior, flags, right."""
    aliases = {s["name"]: s.get("aliases", []) for s in gold.get("speakers", [])}
    spans = locate(text_bytes, gold["quotes"])
    records = []
    for q in pred.get("quotes", []):
        if q.get("speaker") is None or q.get("kind") == "term" or not q.get("rule"):
            continue
        span = (q["begin"], q["end"])
        right = False
        for g, gs in zip(gold["quotes"], spans):
            if gs is None or klass(g["kind"]) != klass(q["kind"]) or jaccard(span, gs) < 0.5:
                continue
            if speaker_right(q["speaker"], g["speaker"], aliases):
                right = True
                break
        records.append({
            "rule": q["rule"],
            "kind": q["kind"],
            "prior": q.get("prior_confidence", q["confidence"]),
            "flags": q.get("flags", []),
            "right": right,
        })
    return records


def set_files(data, name):
    """(text, gold) paths of one set, by name (seed: the seed article)."""
    if name == "seed":
        return [(os.path.join(data, "seed-article.txt"), os.path.join(data, "seed-article.gold.json"))]
    folder = os.path.join(data, name)
    pairs = []
    for f in sorted(os.listdir(folder)):
        if f.endswith(".txt"):
            gold = os.path.join(folder, f[:-4] + ".gold.json")
            if os.path.exists(gold):
                pairs.append((os.path.join(folder, f), gold))
    return pairs


def run_set(binary, data, name):
    pairs = set_files(data, name)
    out = subprocess.run([binary, "--format", "jsonl", "--explain", "--calibration", "none", "--no-progress"] +
                         [t for t, _ in pairs],
                         check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    preds = {}
    for line in out.splitlines():
        if line.strip():
            d = json.loads(line)
            preds[os.path.abspath(d["doc"])] = d
    records = []
    for text, gold_path in pairs:
        with open(text, "rb") as f:
            text_bytes = f.read()
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        records += score_document(text_bytes, gold, preds.get(os.path.abspath(text), {}))
    return records


# ---------------------------------------------------------------- fitting


def pav(values, weights):
    """Weighted pool-adjacent-violators: the closest non-decreasing sequence."""
    blocks = []  # [value, weight, count]
    for v, w in zip(values, weights):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, c2 = blocks.pop()
            v1, w1, c1 = blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, c1 + c2])
    out = []
    for v, _, c in blocks:
        out += [v] * c
    return out


def consistent(stats, shrunk):
    """Orders the keys by raw rate (then by shrunk value) and makes the values non-decreasing."""
    keys = sorted(shrunk, key=lambda k: (stats[k][0] / float(stats[k][1]) if stats[k][1] else shrunk[k], shrunk[k], k))
    fitted = pav([shrunk[k] for k in keys], [max(stats[k][1], 0.5) for k in keys])
    return {k: v for k, v in zip(keys, fitted)}


def fit(records, strength=10.0):
    """The table {"rules": {id: p}, "flags": {flag: p}, "counts": ...} from scored records."""
    fam = defaultdict(lambda: [0, 0])
    rule_stats = defaultdict(lambda: [0, 0])
    rule_all = defaultdict(lambda: [0, 0])
    rule_family = {}
    flag_stats = defaultdict(lambda: [0, 0])
    total = [0, 0]
    for r in records:
        f = family(r["rule"], r["kind"])
        rule_family[r["rule"]] = f
        for bucket in (fam[f], rule_all[r["rule"]], total):
            bucket[0] += r["right"]
            bucket[1] += 1
        if not r["flags"]:
            rule_stats[r["rule"]][0] += r["right"]
            rule_stats[r["rule"]][1] += 1
        for fl in r["flags"]:
            flag_stats[fl][0] += r["right"]
            flag_stats[fl][1] += 1
    if not total[1]:
        return {"rules": {}, "flags": {}, "counts": {}}
    rules, counts = {}, {}
    for rule in rule_all:
        right, n = rule_stats[rule] if rule_stats[rule][1] else rule_all[rule]
        fr, fn = fam[rule_family[rule]]
        prior = fr / float(fn)
        rules[rule] = (right + strength * prior) / (n + strength)
        counts[rule] = (right, n)
    overall = total[0] / float(total[1])
    flags, flag_counts = {}, {}
    for fl in FLAG_PRIORS:  # a flag no answer had still gets its prior
        flag_stats[fl]
    for fl, (right, n) in flag_stats.items():
        prior = overall * FLAG_PRIORS.get(fl, 1.0)
        flags[fl] = (right + strength * prior) / (n + strength)
        flag_counts[fl] = (right, n)
    rules = consistent(counts, rules)
    flags = consistent(flag_counts, flags)
    return {"rules": rules, "flags": flags, "counts": counts, "flag_counts": flag_counts}


def apply(table, record):
    """The calibrated confidence of a record (as Calibration::apply in src/calibration.cpp)."""
    p = table["rules"].get(record["rule"])
    if p is None:
        return record["prior"]
    for fl in record["flags"]:
        if fl in table["flags"]:
            p = min(p, table["flags"][fl])
    return round(p, 3)


# ---------------------------------------------------------------- evaluation


def evaluate(pairs):
    """pairs: (confidence, right). Precision at >= 0.85, and (n, accuracy) per band."""
    high = [r for c, r in pairs if c >= 0.85]
    bands = []
    for lo, hi in BANDS:
        inside = [r for c, r in pairs if lo <= c < hi]
        bands.append((lo, hi, len(inside), sum(inside) / float(len(inside)) if inside else None))
    return {
        "n": len(pairs),
        "high_n": len(high),
        "precision_85": sum(high) / float(len(high)) if high else None,
        "bands": bands
    }


def ordered(result):
    """True when each higher band (with answers) is at least as accurate as the one below."""
    accs = [a for _, _, n, a in result["bands"] if n and _ >= 0.5]
    return all(b >= a for a, b in zip(accs, accs[1:]))


def cross_validate(by_set, groups, strength):
    fitted, hand = [], []
    for held in groups:
        train = [r for s, recs in by_set.items() if s not in held for r in recs]
        table = fit(train, strength)
        for s in held:
            for r in by_set.get(s, []):
                fitted.append((apply(table, r), r["right"]))
                hand.append((r["prior"], r["right"]))
    return evaluate(fitted), evaluate(hand)


def log_loss(pairs):
    import math
    eps = 1e-3
    return -sum(math.log(max(eps, c if r else 1 - c)) for c, r in pairs) / max(1, len(pairs))


def format_result(title, res):
    lines = ["%s: %d answers; at >= 0.85: %d, precision %s; bands ordered: %s" %
             (title, res["n"], res["high_n"], "%.3f" % res["precision_85"] if res["precision_85"] is not None else "-",
              "yes" if ordered(res) else "no")]
    for lo, hi, n, acc in res["bands"]:
        lines.append("  [%.2f, %.2f)  n=%4d  accuracy %s" % (lo, min(hi, 1.0), n, "%.3f" % acc if acc is not None else "-"))
    return "\n".join(lines)


# ---------------------------------------------------------------- the table file


def toml_key(k):
    return k if all(c.isalnum() or c in "-_" for c in k) else json.dumps(k)


def write_table(table, path, sets, strength):
    out = [
        "# The confidence calibration table (docs/attribution.md, \"Confidences\"): for each rule id, the",
        "# probability that its answer (quote found and speaker right) is right, measured on annotated texts;",
        "# for each flag (a situation that makes an answer less sure), the same over the answers with it.",
        "# An answer's confidence is min(rule value, value of each of its flags); a rule not listed keeps its",
        "# hand-set confidence. Generated by tools/fit_calibration.py (do not edit by hand; refit):",
        "#   tools/fit_calibration.py --bin build/ci/examples/quoteattr --data tests/data --out data/calibration.toml",
        "# Fitted on %d sets (%s), shrinkage strength %g toward each rule family's rate." %
        (len(sets), " ".join(sets), strength),
        "# Each line's comment: right/answers (answers with no flag, else all of the rule's).",
        "",
        "[rules]",
    ]
    for rule in sorted(table["rules"]):
        right, n = table["counts"][rule]
        out.append("%s = %.3f  # %d/%d" % (toml_key(rule), table["rules"][rule], right, n))
    out += ["", "[flags]"]
    for fl in sorted(table["flags"]):
        right, n = table["flag_counts"][fl]
        out.append("%s = %.3f  # %d/%d" % (toml_key(fl), table["flags"][fl], right, n))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", required=True, help="the quoteattr binary")
    ap.add_argument("--data", default="tests/data", help="the folder of the sets")
    ap.add_argument("--sets", nargs="*", default=list(DEFAULT_SETS))
    ap.add_argument("--out", help="where to write the table (data/calibration.toml)")
    ap.add_argument("--strength", type=float, default=10.0, help="shrinkage: pseudo-answers at the family's rate")
    ap.add_argument("--cv", action="store_true", help="report cross-validated figures")
    ap.add_argument("--records", help="read/write the scored answers here (JSON), to skip running the tool")
    args = ap.parse_args(argv)

    if args.records and os.path.exists(args.records):
        with open(args.records, encoding="utf-8") as f:
            by_set = json.load(f)
    else:
        by_set = {s: run_set(args.bin, args.data, s) for s in args.sets}
        if args.records:
            with open(args.records, "w", encoding="utf-8") as f:
                json.dump(by_set, f)
    by_set = {s: by_set[s] for s in args.sets if s in by_set}
    every = [r for recs in by_set.values() for r in recs]
    table = fit(every, args.strength)
    if args.out:
        write_table(table, args.out, list(by_set), args.strength)
    print(format_result("in-sample, fitted", evaluate([(apply(table, r), r["right"]) for r in every])))
    print(format_result("in-sample, hand-set", evaluate([(r["prior"], r["right"]) for r in every])))
    if args.cv:
        loso = [[s] for s in by_set]
        rounds = [[s for s in rnd if s in by_set] for rnd in ROUNDS]
        fitted, hand = cross_validate(by_set, loso, args.strength)
        print(format_result("leave-one-set-out, fitted", fitted))
        print(format_result("leave-one-set-out, hand-set", hand))
        fitted, hand = cross_validate(by_set, [r for r in rounds if r], args.strength)
        print(format_result("leave-one-round-out (blind rounds), fitted", fitted))
        print(format_result("leave-one-round-out (blind rounds), hand-set", hand))
    return 0


if __name__ == "__main__":
    sys.exit(main())
