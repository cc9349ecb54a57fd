#!/usr/bin/env python3
"""Checks that two quoteattr JSONL outputs differ in nothing but the confidences.

  tools/same_but_confidence.py before.jsonl after.jsonl

Every field of every document and quotation must be equal, except each quotation's
`confidence` (and `prior_confidence`, `flags`, which only --explain writes). Exit status 0
when they are, 1 (with the first differences) when not.
"""

import json
import sys

IGNORED = {"confidence", "prior_confidence", "flags"}


def strip(doc):
    doc = dict(doc)
    doc["quotes"] = [{k: v for k, v in q.items() if k not in IGNORED} for q in doc.get("quotes", [])]
    return doc


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as a, open(argv[2], encoding="utf-8") as b:
        before = [json.loads(line) for line in a if line.strip()]
        after = [json.loads(line) for line in b if line.strip()]
    if len(before) != len(after):
        print("%d documents before, %d after" % (len(before), len(after)))
        return 1
    bad = 0
    for x, y in zip(before, after):
        sx, sy = strip(x), strip(y)
        if sx == sy:
            continue
        bad += 1
        for qx, qy in zip(sx["quotes"], sy["quotes"]):
            if qx != qy:
                print("%s: %s\n   != %s" % (x.get("doc"), json.dumps(qx)[:300], json.dumps(qy)[:300]))
                break
        else:
            print("%s: differs outside its quotations (or in their number)" % x.get("doc"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
