"""Generate a test corpus from the repository's articles: python3 make_corpus.py N OUT_DIR [JSONL].

Each document is a headline paragraph followed by 2 to 5 paragraphs drawn (with a fixed seed) from
the seed article and the development sets (tests/data/seed-article.txt, tests/data/dev*/; never
the blind sets). Written as OUT_DIR/NNN/doc-NNNNN.txt (100 a folder) and, when JSONL is given, as
one {"doc": "NNN/doc-NNNNN.txt", "text": ...} line per document, in the same order.
"""
import glob
import json
import os
import random
import sys


def paragraphs(data_dir):
    paths = [os.path.join(data_dir, "seed-article.txt")]
    paths += sorted(glob.glob(os.path.join(data_dir, "dev*", "*.txt")))
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            out.extend(p.strip() for p in f.read().split("\n\n") if p.strip())
    return out


def make_corpus(n, out_dir, jsonl=None, data_dir=None, seed=13):
    data_dir = data_dir or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "data")
    pool = paragraphs(data_dir)
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        body = rng.sample(pool, rng.randint(2, 5))
        headline = f"Report {i}: {body[0].split('.')[0][:80]}"
        name = f"{i // 100:03d}/doc-{i:05d}.txt"
        text = "\n\n".join([headline] + body) + "\n"
        path = os.path.join(out_dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        docs.append((name, text))
    if jsonl:
        with open(jsonl, "w", encoding="utf-8") as f:
            for name, text in docs:
                f.write(json.dumps({"doc": name, "text": text}, ensure_ascii=False) + "\n")
    return docs


if __name__ == "__main__":
    make_corpus(int(sys.argv[1]), sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
