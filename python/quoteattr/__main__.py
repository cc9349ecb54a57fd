"""python3 -m quoteattr: a JSONL filter for streaming engines (Spark RDD.pipe, Hadoop Streaming).

Reads a JSONL corpus on standard input, one ``{"doc": NAME, "text": TEXT}`` object per line, and
writes one line per document: the object ``quoteattr --format jsonl`` prints for it. One
Attributor serves the whole stream.

    python3 -m quoteattr [--profile FILE]... [--sentences] [--direct-only] < corpus.jsonl > out.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import List, Optional

import quoteattr
from quoteattr.dask_corpus import document_line


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m quoteattr", description=__doc__.split("\n\n")[0])
    ap.add_argument("--profile", action="append", default=[], help="a TOML profile, as the tool's --profile")
    ap.add_argument("--sentences", action="store_true", help="also give the sentence spans")
    ap.add_argument("--direct-only", action="store_true", help="direct quotations only")
    ap.add_argument("--id-key", default="doc", help="the key of the document name (default doc)")
    ap.add_argument("--text-key", default="text", help="the key of the text (default text)")
    a = ap.parse_args(argv)
    try:
        attributor = quoteattr.Attributor(profiles=a.profile, indirect=not a.direct_only)
    except quoteattr.Error as e:
        print(f"quoteattr: {e}", file=sys.stderr)
        return 2
    stdin = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)
    stdout = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)
    for line in stdin:
        if not line.strip():
            continue
        obj = json.loads(line)
        result = attributor.analyze(obj[a.text_key])
        stdout.write(document_line(result.to_dict(doc=obj.get(a.id_key), sentences=a.sentences)) + "\n")
    stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
