#!/usr/bin/env python3
"""Fits the confidence calibration table (data/calibration.toml) from annotated texts.

The sieves decide with hand-set confidences; the table replaces each answer's confidence by the
measured probability that it is right (docs/attribution.md, "Confidences"). This tool:

1. runs quoteattr over the texts of the given sets (``--format jsonl --explain --calibration
   none``: each attribution's rule, its hand-set confidence and its flags);
2. matches each attribution that names a speaker to the gold (tests/data/ANNOTATION.md): it is
   *right* when a gold quote of the same class (direct, or reported: indirect and mixed) overlaps
   it with Jaccard >= 0.5 and that quote's speaker is the predicted one (the canonical name or a
   name-like alias; an ``unnamed ...`` speaker by a description with the same head noun), each
   gold quote taken by one answer at most;
3. counts right/wrong per rule (over the answers with no flag) and per flag (over all answers
   with it);
4. with ``--first-run BIN=SETS`` (an older build and the blind sets it was first scored on,
   texts it had never seen) learns how much less often each rule family is right on unseen text
   than in today's output of the same sets (the family's discount), and counts the first runs'
   answers per rule as well;
5. shrinks each rule's discounted rate toward its family's prior, (right + a * prior) / (n + a),
   and makes the values consistent (a rule right less often never gets a higher number);
6. writes the table, and with ``--cv`` reports leave-one-set-out and leave-one-round-out figures
   (precision at >= 0.85 and accuracy per confidence band), fitted against hand-set, on today's
   output and on the first runs.

The confidence of an answer is then min(rule value, value of each of its flags); a rule the
table does not list keeps its hand-set confidence.

Usage (the first-run builds: docs/attribution.md, "The calibration table"):
  tools/fit_calibration.py --bin build/ci/examples/quoteattr --data tests/data \\
      --first-run /tmp/q-d431b6c/quoteattr=blind13,blind14,blind15 ... \\
      --out data/calibration.toml --cv
"""

import argparse
import json
import os
import subprocess
import sys
import textwrap
from collections import defaultdict

# The sets the table is fitted on (never a glob over tests/data: held-out sets stay unread).
DEFAULT_SETS = (["seed", "dev"] + ["dev%d" % i for i in range(2, 10)] + ["blind%d" % i for i in range(1, 49)])
# The sets of the current blind round (blind49-51) stay out until they are opened, so that their
# figures after the round are free of anything fitted with their gold in view.
# Rounds of blind sets, for leave-one-round-out.
ROUNDS = ([["blind%d" % i for i in range(k, k + 3)] for k in (1, 4, 7, 10, 13, 16, 19, 22, 25)] +
          [["blind28", "blind29", "blind30", "blind31", "blind32"], ["blind33", "blind34", "blind35", "blind36"],
           ["blind37", "blind38", "blind39"], ["blind40", "blind41", "blind42"], ["blind43", "blind44", "blind45"],
           ["blind46", "blind47", "blind48"]])

# Rule families: each rate is shrunk toward its family's pooled rate.
REPORTED_SIEVE_RULES = {
    "that-clause", "zero-that", "to-infinitive", "light-verb", "object", "according-to", "headline",
    "post-posed", "relative-clause", "quote-lead", "nominal", "parenthetical", "fronted-participle",
    "continuation", "parse-clause", "parse-participle"
}
TRANSCRIPT_RULES = {"transcript-turn", "transcript-continuation", "caption", "heading-statement"}
DISCOURSE_RULES = {
    "multi-paragraph", "inside-report", "lead-paragraph", "same-sentence", "paragraph-speaker",
    "previous-paragraph", "last-quoted", "previous-subject", "sentence-person", "title-speaker", "story-subject",
    "opening-quote"
}
# The hand-set factor of each flag (src/speakers.cpp, src/sieves.hpp): its prior, times the pooled rate.
FLAG_PRIORS = {
    "pronoun": 0.9,
    "pronoun-rival": 0.75,
    "place-for-government": 0.7,
    "short-content": 0.75,
    "one-word-fragment": 0.8,
    "heading-line": 0.6,
    "title-name": 0.6,
    "surname-rival": 0.75,
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
    used = [False] * len(spans)  # one answer per gold quote: a second one on the same words is spurious
    records = []
    for q in pred.get("quotes", []):
        if q.get("speaker") is None or q.get("kind") == "term" or not q.get("rule"):
            continue
        span = (q["begin"], q["end"])
        right = False
        for k, (g, gs) in enumerate(zip(gold["quotes"], spans)):
            if used[k] or gs is None or klass(g["kind"]) != klass(q["kind"]) or jaccard(span, gs) < 0.5:
                continue
            if speaker_right(q["speaker"], g["speaker"], aliases):
                right = used[k] = True
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


def run_set(binary, data, name, options=("--explain", "--calibration", "none")):
    pairs = set_files(data, name)
    out = subprocess.run([binary, "--format", "jsonl"] + list(options) + [t for t, _ in pairs],
                         check=True,
                         stdout=subprocess.PIPE).stdout.decode("utf-8")
    return score_output(data, name, out)


def first_run_file(data, name):
    """The committed first run of a blind set: <set>/first-run.jsonl, the output of the build that
    first scored it (its BLIND.md names the build), with `doc` paths relative to the repository."""
    return os.path.join(data, name, "first-run.jsonl")


def read_first_run(data, name):
    with open(first_run_file(data, name), encoding="utf-8") as f:
        out = f.read()
    # The paths were written relative to the repository root; `data` is <root>/tests/data.
    root = os.path.dirname(os.path.dirname(os.path.abspath(data)))
    return score_output(data, name, out, root)


def score_output(data, name, out, root=None):
    """Records of one set from the tool's JSONL output `out` (doc paths relative to `root`)."""
    pairs = set_files(data, name)
    preds = {}
    for line in out.splitlines():
        if line.strip():
            d = json.loads(line)
            doc = os.path.join(root, d["doc"]) if root and not os.path.isabs(d["doc"]) else d["doc"]
            preds[os.path.abspath(doc)] = d
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


def rate(bucket, default):
    return bucket[0] / float(bucket[1]) if bucket[1] else default


def discounts(first_run, paired, strength):
    """How much less often each family is right on texts it has never seen: its rate in the first
    runs over its rate in today's output of the same sets (shrunk toward the ratio of all answers);
    at most 1. {"*": the ratio over all answers}; all 1 without first runs."""
    fr, cu = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    for records, into in ((first_run, fr), (paired, cu)):
        for r in records:
            for key in (family(r["rule"], r["kind"]), "*"):
                into[key][0] += r["right"]
                into[key][1] += 1
    if not fr["*"][1] or not cu["*"][1]:
        return defaultdict(lambda: 1.0)
    overall = min(1.0, rate(fr["*"], 1.0) / rate(cu["*"], 1.0))
    d = defaultdict(lambda: overall)
    d["*"] = overall
    for f in ("reported", "transcript", "discourse", "rule"):
        today = rate(cu[f], rate(cu["*"], 1.0))
        unseen = (fr[f][0] + strength * overall * today) / (fr[f][1] + strength)
        d[f] = min(1.0, unseen / today)
    return d


def fit(records, strength=10.0, first_run=(), paired=()):
    """The table {"rules": {id: p}, "flags": {flag: p}, "counts": ...} from scored records.

    `records`: today's output of the sets. `first_run`: older builds' output of blind sets they
    had never seen, and `paired`: today's output of those same sets; from the two, each family's
    discount for unseen text (discounts()). A rule's value is
      (right in first runs + discount x right today + strength x family prior)
        / (answers in first runs + answers today + strength),
    the family prior being the family's rate today times its discount; today's answers are those
    with no flag (all of the rule's when none is without). A flag's value is the same over the
    answers with it (no first runs: their output has no flags), its prior the rate of all answers
    times the discount times its hand-set factor. Then the values are made consistent."""
    d = discounts(first_run, paired, strength)
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
        return {"rules": {}, "flags": {}, "counts": {}, "flag_counts": {}, "discounts": dict(d)}
    unseen = defaultdict(lambda: [0, 0])
    for r in first_run:
        unseen[r["rule"]][0] += r["right"]
        unseen[r["rule"]][1] += 1
    rules, counts, evidence = {}, {}, {}
    for rule in rule_all:
        right, n = rule_stats[rule] if rule_stats[rule][1] else rule_all[rule]
        f = rule_family[rule]
        prior = rate(fam[f], 1.0) * d[f]
        r_all = unseen[rule][0] + d[f] * right
        n_all = unseen[rule][1] + n
        rules[rule] = (r_all + strength * prior) / (n_all + strength)
        evidence[rule] = (r_all, n_all)
        counts[rule] = (right, n, unseen[rule][0], unseen[rule][1])
    flags, flag_counts, flag_evidence = {}, {}, {}
    for fl in FLAG_PRIORS:  # a flag no answer had still gets its prior
        flag_stats[fl]
    for fl, (right, n) in flag_stats.items():
        prior = rate(total, 1.0) * d["*"] * FLAG_PRIORS.get(fl, 1.0)
        flags[fl] = (d["*"] * right + strength * prior) / (n + strength)
        flag_evidence[fl] = (d["*"] * right, n)
        flag_counts[fl] = (right, n)
    rules = consistent(evidence, rules)
    flags = consistent(flag_evidence, flags)
    return {"rules": rules, "flags": flags, "counts": counts, "flag_counts": flag_counts, "discounts": dict(d)}


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
    accs = [acc for lo, _, n, acc in result["bands"] if n and lo >= 0.5]
    return all(b >= a for a, b in zip(accs, accs[1:]))


def fit_without(by_set, first_run, held, strength):
    """The table fitted on everything but the sets `held` (today's output and first runs)."""
    train = [r for s, recs in by_set.items() if s not in held for r in recs]
    unseen = [r for s, recs in first_run.items() if s not in held for r in recs]
    paired = [r for s, recs in by_set.items() if s in first_run and s not in held for r in recs]
    return fit(train, strength, unseen, paired)


def cross_validate(by_set, first_run, groups, strength, on_first_run=False):
    """Each group of sets held out in turn: the table fitted without it, applied to its answers
    (today's output, or with on_first_run its first run's, whose flags are unknown)."""
    fitted, hand = [], []
    source = first_run if on_first_run else by_set
    for held in groups:
        table = fit_without(by_set, first_run, held, strength)
        for s in held:
            for r in source.get(s, []):
                fitted.append((apply(table, dict(r, flags=[]) if on_first_run else r), r["right"]))
                hand.append((r["prior"], r["right"]))
    return evaluate(fitted), evaluate(hand)


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


def write_table(table, path, sets, first_run_sets, strength):
    d = table["discounts"]
    out = [
        "# The confidence calibration table (docs/attribution.md, \"Confidences\"): for each rule id, the",
        "# probability that its answer (quote found and speaker right) is right on text it has never seen;",
        "# for each flag (a situation that makes an answer less sure), the same over the answers with it.",
        "# An answer's confidence is min(rule value, value of each of its flags); a rule not listed keeps its",
        "# hand-set confidence. Generated by tools/fit_calibration.py (do not edit by hand; refit as",
        "# docs/attribution.md says).",
    ] + textwrap.wrap("Fitted on today's output of %d sets (%s) and the first runs of %s (older builds, on texts "
                      "they had never seen), shrinkage strength %g. Unseen-text discount per family: %s." %
                      (len(sets), " ".join(sets), " ".join(first_run_sets) if first_run_sets else "no set", strength,
                       ", ".join("%s %.3f" % (f, d.get(f, 1.0))
                                 for f in ("rule", "reported", "transcript", "discourse"))),
                      width=98,
                      initial_indent="# ",
                      subsequent_indent="# ") + [
        "# Each rule's comment: right/answers today (those with no flag, else all), then in first runs.",
        "",
        "[rules]",
    ]
    for rule in sorted(table["rules"]):
        right, n, fr_right, fr_n = table["counts"][rule]
        out.append("%s = %.3f  # %d/%d, first runs %d/%d" % (toml_key(rule), table["rules"][rule], right, n, fr_right,
                                                              fr_n))
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
    ap.add_argument("--first-run",
                    action="append",
                    default=[],
                    metavar="BIN=SET,SET",
                    help="an older build and the blind sets it first ran on (texts it had never seen): its output, "
                    "with the table fitted without those sets applied by rule id (the old output has no flags), "
                    "against its own hand-set confidences")
    ap.add_argument("--first-run-files",
                    action="store_true",
                    help="take the first run of every set that has a committed <set>/first-run.jsonl from that file "
                    "(no old builds needed); a --first-run BIN for the same set wins")
    args = ap.parse_args(argv)

    cache = {}
    if args.records and os.path.exists(args.records):
        with open(args.records, encoding="utf-8") as f:
            cache = json.load(f)
    by_set = {s: cache[s] if s in cache else run_set(args.bin, args.data, s) for s in args.sets}
    first_run = {}
    for spec in args.first_run:
        binary, sets = spec.split("=", 1)
        for s in sets.split(","):
            key = "first-run:" + s
            first_run[s] = cache[key] if key in cache else run_set(binary, args.data, s, options=())
            cache[key] = first_run[s]
    if args.first_run_files:
        for s in args.sets:
            if s not in first_run and os.path.exists(first_run_file(args.data, s)):
                first_run[s] = read_first_run(args.data, s)
    if args.records:
        cache.update(by_set)
        with open(args.records, "w", encoding="utf-8") as f:
            json.dump(cache, f)
    every = [r for recs in by_set.values() for r in recs]
    table = fit_without(by_set, first_run, [], args.strength)
    if args.out:
        write_table(table, args.out, list(by_set), list(first_run), args.strength)
    print(format_result("in-sample, fitted", evaluate([(apply(table, r), r["right"]) for r in every])))
    print(format_result("in-sample, hand-set", evaluate([(r["prior"], r["right"]) for r in every])))
    if args.cv:
        loso = [[s] for s in by_set]
        rounds = [[s for s in rnd if s in by_set] for rnd in ROUNDS]
        fitted, hand = cross_validate(by_set, first_run, loso, args.strength)
        print(format_result("leave-one-set-out, fitted", fitted))
        print(format_result("leave-one-set-out, hand-set", hand))
        fitted, hand = cross_validate(by_set, first_run, [r for r in rounds if r], args.strength)
        print(format_result("leave-one-round-out (blind rounds), fitted", fitted))
        print(format_result("leave-one-round-out (blind rounds), hand-set", hand))
        if first_run:
            groups = [[s for s in rnd if s in first_run] for rnd in ROUNDS]
            fitted, hand = cross_validate(by_set, first_run, [g for g in groups if g], args.strength, True)
            print(format_result("first runs, each round left out (flags unknown), fitted", fitted))
            print(format_result("first runs, each round left out, hand-set", hand))
    return 0


if __name__ == "__main__":
    sys.exit(main())
