#!/usr/bin/env python3
"""Reported speech: the scan's reading of each speech cue against the dependency parse's, scored on gold.

Usage:
  tools/scan_vs_parse.py --bin build/ci/examples/quoteattr --dump build/ci/tools/quoteattr_dump_parse \
      --data tests/data SET... [--verbose]

For every token of a one-word cue form of the profile (data/default_profile.toml) tagged as a verb:
  - the scan: the report the tool gives with that cue (`--explain`: its extent and the subject it read);
  - the parse: the cue's clausal complement (ccomp, for cues with a "that" or "zero" frame), its "to"
    complement (xcomp, "to" frame), the clause its reporting clause is parataxis of, else its object
    (obj) - the subtree without trailing punctuation - and its nominal subject (nsubj subtree up to
    the first punctuation or wh-word);
  - the gold: the reported quote (indirect or mixed) that overlaps either reading most, else one in
    the sentence starting right after the cue.
An extent is right when its Jaccard overlap with the gold is at least 0.5 (as score_quotes.py); a
subject is right when it holds the gold speaker's name or a name-like alias (or, for an "unnamed"
speaker, the head noun); a pronoun subject is counted apart. Rows are the construction the parse
sees ("that", "zero-that", "ccomp-before" the cue, "wh", "to", "parataxis", "object", "none": no
complement; "unparsed": the sentence has no parse, its cue being no speech verb of the language pack).
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tomllib

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def norm(s):
    return re.sub(r"[^a-z0-9 ]", "", (s or "").lower().replace("\u2019", "'")).strip()


def jaccard(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return 0.0 if inter <= 0 else inter / (max(a[1], b[1]) - min(a[0], b[0]))


def set_files(data, name):
    if name == "seed":
        return [os.path.join(data, "seed-article.gold.json")]
    return sorted(glob.glob(os.path.join(data, name, "*.gold.json")))


def load_gold(path):
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    doc = os.path.join(os.path.dirname(path), gold["doc"])
    text = open(doc, "rb").read().decode("utf-8")
    aliases = {sp["name"]: {norm(sp["name"])} | {norm(a) for a in sp.get("aliases", []) if norm(a) not in PRONOUNS}
               for sp in gold.get("speakers", [])}
    quotes, cursor = [], 0
    for q in gold["quotes"]:
        pos = text.find(q["text"], cursor)
        if pos < 0:
            pos = text.find(q["text"])
        cursor = pos
        b = len(text[:pos].encode("utf-8"))
        if q["kind"] != "direct":
            quotes.append((b, b + len(q["text"].encode("utf-8")), q.get("speaker")))
    return doc, quotes, aliases


def subject_right(subject, speaker, aliases):
    n = norm(subject)
    if not n or not speaker:
        return False
    if speaker.startswith("unnamed"):
        return norm(speaker).split()[-1].rstrip("s") in n
    names = aliases.get(speaker, {norm(speaker)})
    if any(a and (a in n) for a in names):
        return True
    last = norm(speaker).split()[-1] if norm(speaker) else ""
    return bool(last) and last in n.split()


def parse_reading(toks, v, frames):
    """(content begin token, end token or None, construction, subject text span) of cue token v."""
    n = len(toks)
    kids = collections.defaultdict(list)
    for i, t in enumerate(toks):
        if t[5] >= 0:
            kids[t[5]].append(i)
    lo, hi = list(range(n)), list(range(n))
    for i in range(n):
        h, steps = toks[i][5], 0
        while h >= 0 and steps < n:
            lo[h], hi[h] = min(lo[h], i), max(hi[h], i)
            h, steps = toks[h][5], steps + 1

    def child(x, rel):
        return next((c for c in kids[x] if toks[c][6] == rel), None)

    comp, open_, obj, subj = child(v, "ccomp"), child(v, "xcomp"), child(v, "obj"), child(v, "nsubj")
    cb = ce = None
    cons = "none"
    if comp is not None and {"that", "zero"} & frames:
        mark = child(comp, "mark")
        if comp < v:
            cons = "ccomp-before"
        elif toks[lo[comp]][2] in ("how", "what", "why", "whether", "when", "where", "if"):
            cons = "wh"
        else:
            cons = "that" if mark is not None and toks[mark][2] == "that" else "zero-that"
        cb, ce = lo[comp], hi[comp] + 1
    elif open_ is not None and open_ > v and "to" in frames:
        cons, cb, ce = "to", lo[open_], hi[open_] + 1
    elif toks[v][6] == "parataxis" and 0 <= toks[v][5] < v and {"that", "zero"} & frames:
        cons, cb = "parataxis", lo[toks[v][5]]
        ce = min(lo[v], lo[subj] if subj is not None else v)
    elif obj is not None:
        cons, cb, ce = "object", lo[obj], hi[obj] + 1
    if cb is not None:
        while ce > cb and (toks[ce - 1][4] in (".", ",", ":", "CC", "``", "''", "-LRB-", "-RRB-")):
            ce -= 1
        if ce <= cb:
            cb = ce = None
    sspan = None
    if subj is not None:
        se = lo[subj]
        while se <= hi[subj] and (se <= subj or toks[se][4] not in (",", ".", ":", "WDT", "WP")):
            se += 1
        sspan = (toks[lo[subj]][0], toks[se - 1][1])
    return cb, ce, cons, sspan


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--dump", required=True)
    ap.add_argument("--data", default="tests/data")
    ap.add_argument("--profile", default=os.path.join(os.path.dirname(__file__), "..", "data", "default_profile.toml"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("sets", nargs="+")
    args = ap.parse_args()
    with open(args.profile, "rb") as f:
        profile = tomllib.load(f)
    forms = {fm: set(c.get("frames", [])) for c in profile["cue"] for fm in c.get("forms", []) if " " not in fm}
    table = collections.defaultdict(collections.Counter)
    for name in args.sets:
        for gold_path in set_files(args.data, name):
            doc, golds, aliases = load_gold(gold_path)
            raw = open(doc, "rb").read()
            out = subprocess.run([args.bin, "--format", "jsonl", "--explain", doc], capture_output=True, check=True)
            preds = json.loads(out.stdout.decode("utf-8").splitlines()[0])["quotes"]
            dump = subprocess.run([args.dump, doc], capture_output=True, check=True).stdout.decode("utf-8")
            for line in dump.splitlines():
                sent = json.loads(line)
                toks = sent["t"]
                for v, t in enumerate(toks):
                    if t[2] not in forms or not t[4].startswith("VB"):
                        continue
                    scan = next((p for p in preds if p["kind"] != "direct" and p.get("cue")
                                 and p["cue"]["begin"] == t[0]), None)
                    s_span = (scan["begin"], scan["end"]) if scan else None
                    s_subj = ""
                    if scan:
                        for e in scan.get("evidence", []):
                            m = re.search(r"with subject '(.*)'", e)
                            if m:
                                s_subj = re.sub(r"' \(a joint statement\)$", "", m.group(1))
                                break
                    if sent["parsed"]:
                        cb, ce, cons, sspan = parse_reading(toks, v, forms[t[2]])
                        p_span = (toks[cb][0], toks[ce - 1][1]) if cb is not None else None
                        p_subj = raw[sspan[0]:sspan[1]].decode("utf-8", "replace") if sspan else ""
                    else:
                        cons, p_span, p_subj = "unparsed", None, ""
                    cands = [g for g in golds if g[0] < sent["e"] and g[1] > sent["b"]]

                    def best(span):
                        if not span or not cands:
                            return None, 0.0
                        g = max(cands, key=lambda x: jaccard(x, span))
                        return g, jaccard(g, span)

                    (gs, js), (gp, jp) = best(s_span), best(p_span)
                    gold = gs if js >= jp else gp
                    if gold is None or max(js, jp) < 0.3:
                        gold = next((g for g in cands if 0 <= g[0] - t[1] < 40), None)
                    if gold is None and (scan is None and (p_span is None or cons in ("none", "object"))):
                        continue
                    c = table[cons]
                    c["cues"] += 1
                    if gold is None:
                        c["spurious scan"] += scan is not None
                        c["spurious parse"] += p_span is not None
                        continue
                    c["with gold"] += 1
                    xs = bool(s_span) and jaccard(gold, s_span) >= 0.5
                    xp = bool(p_span) and jaccard(gold, p_span) >= 0.5
                    c["extent scan"] += xs
                    c["extent parse"] += xp
                    c["scan only"] += xs and not xp
                    c["parse only"] += xp and not xs
                    for who, subj, found in (("scan", s_subj, scan is not None), ("parse", p_subj, p_span is not None)):
                        if not found:
                            continue
                        if norm(subj) in PRONOUNS:
                            c["subject %s pronoun" % who] += 1
                        elif subject_right(subj, gold[2], aliases):
                            c["subject %s" % who] += 1
                    if args.verbose and xs != xp:
                        print("%s %s %s [%s] %s right | gold %r | scan %r | parse %r" % (
                            name, os.path.basename(doc), t[2], cons, "scan" if xs else "parse",
                            raw[gold[0]:gold[1]].decode("utf-8", "replace")[:80],
                            raw[s_span[0]:s_span[1]].decode("utf-8", "replace")[:80] if s_span else "",
                            raw[p_span[0]:p_span[1]].decode("utf-8", "replace")[:80] if p_span else ""))
    cols = ["cues", "with gold", "extent scan", "extent parse", "scan only", "parse only", "subject scan",
            "subject scan pronoun", "subject parse", "subject parse pronoun", "spurious scan", "spurious parse"]
    print("| construction (parse) | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for cons, c in sorted(table.items(), key=lambda x: -x[1]["cues"]):
        print("| %s | " % cons + " | ".join(str(c[k]) for k in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
