"""Attribute a corpus on a Dask cluster: JSONL shards and per-speaker counts.

    python3 -m quoteattr.dask_corpus CORPUS OUT [--workers N | --scheduler ADDRESS] [--profile FILE]...
    python3 -m quoteattr.dask_corpus CORPUS OUT --local          # one process, no Dask

CORPUS is a folder of ``.txt`` files (searched recursively; each document is named by its path
relative to the folder) or a JSONL corpus (a ``.jsonl`` file or a glob of them; one
``{"doc": NAME, "text": TEXT}`` object per line). OUT receives

    part-00000.jsonl, ...   one line per document: the ``quoteattr --format jsonl`` object
    speakers.tsv            speaker <TAB> quotes attributed to it, most quoted first

The documents go through a ``dask.bag``; each worker process builds one Attributor (on its first
partition) and keeps it for every later partition, not one per document. With ``--workers N`` the
run starts a ``distributed.LocalCluster`` of N single-threaded worker processes; with
``--scheduler tcp://host:8786`` the same code runs on an existing cluster, whose workers must have
this package installed and see the corpus at the same path (or read it from shared storage).

From Python::

    from distributed import Client, LocalCluster
    from quoteattr.dask_corpus import attribute_corpus
    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
        summary = attribute_corpus("corpus/", "out/", client)
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import sys
import threading
import time
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import quoteattr

# ---------------------------------------------------------------------------------------------
# One Attributor per process (a Dask worker), built on first use, shared by its threads.

_lock = threading.Lock()
_attributors: Dict[Tuple[Any, ...], quoteattr.Attributor] = {}
built = 0  # how many Attributors this process built (the test checks one per worker)


def _config(profiles: Sequence[str], direct_only: bool) -> Tuple[Any, ...]:
    return (tuple(os.fspath(p) for p in profiles), bool(direct_only))


def worker_attributor(config: Tuple[Any, ...]) -> quoteattr.Attributor:
    """The Attributor of this process for `config`, built once."""
    global built
    with _lock:
        a = _attributors.get(config)
        if a is None:
            profiles, direct_only = config
            a = quoteattr.Attributor(profiles=list(profiles), indirect=not direct_only)
            _attributors[config] = a
            built += 1
        return a


def attributors_built() -> int:
    return built


# ---------------------------------------------------------------------------------------------
# Documents: (name, path) pairs of a folder, or JSONL lines.

def is_folder(corpus: str) -> bool:
    return os.path.isdir(corpus)


def list_folder(folder: str) -> List[Tuple[str, str]]:
    """Every .txt file under `folder` as (name relative to the folder, absolute path), sorted."""
    out = []
    root = os.path.abspath(folder)
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            if f.endswith(".txt"):
                path = os.path.join(dirpath, f)
                out.append((os.path.relpath(path, root).replace(os.sep, "/"), path))
    out.sort()
    return out


def _load(item: Any, id_key: str, text_key: str) -> Tuple[str, str]:
    if isinstance(item, tuple):  # (name, path) from a folder
        name, path = item
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        return name, text
    obj = json.loads(item)  # a JSONL line
    return str(obj[id_key]), obj[text_key]


def document_line(doc: Dict[str, Any]) -> str:
    """One JSONL line, written as the tool writes it (keys sorted, UTF-8, no spaces)."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def attribute_items(items: Iterable[Any], config: Tuple[Any, ...], id_key: str = "doc",
                    text_key: str = "text") -> List[Dict[str, Any]]:
    """Documents as the tool's JSONL objects, with this process's Attributor."""
    attributor = worker_attributor(config)
    out = []
    for item in items:
        name, text = _load(item, id_key, text_key)
        # Bytes that are not UTF-8 (surrogate escapes) are read as U+FFFD.
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        out.append(attributor.analyze(text).to_dict(doc=name))
    return out


def count_speakers(docs: Iterable[Dict[str, Any]]) -> collections.Counter:
    """Quotes per speaker (quotes without a speaker are not counted)."""
    c: collections.Counter = collections.Counter()
    for doc in docs:
        for q in doc["quotes"]:
            if q["speaker"] is not None:
                c[q["speaker"]] += 1
    return c


def write_shard(docs: List[Dict[str, Any]], path: str) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(document_line(doc) + "\n")
    os.replace(tmp, path)


def write_counts(counts: collections.Counter, path: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{name}\t{n}\n")


def attribute_partition(items: Iterable[Any], index: int, out_dir: str, config: Tuple[Any, ...],
                        id_key: str, text_key: str) -> Tuple[int, collections.Counter]:
    """One task: a partition's documents into the shard part-INDEX.jsonl; returns how many
    documents it held and its quotes per speaker (all that travels back to the client)."""
    docs = attribute_items(items, config, id_key, text_key)
    write_shard(docs, os.path.join(out_dir, f"part-{index:05d}.jsonl"))
    return len(docs), count_speakers(docs)


def _clear(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    for old in glob.glob(os.path.join(out_dir, "part-*.jsonl")):
        os.remove(old)


# ---------------------------------------------------------------------------------------------
# The Dask run.

def make_bag(corpus: str, partitions: Optional[int] = None, blocksize: str = "256kB") -> Any:
    """A dask.bag of the corpus's documents: (name, path) pairs of a folder, or JSONL lines."""
    import dask.bag as db
    if is_folder(corpus):
        items = list_folder(corpus)
        n = partitions or max(1, min(len(items), (len(items) + 49) // 50))  # ~50 documents a partition
        return db.from_sequence(items, npartitions=n)
    paths = sorted(glob.glob(corpus)) or [corpus]
    return db.read_text(paths, blocksize=blocksize).filter(lambda line: line.strip() != "")


def attribute_corpus(corpus: str, out_dir: str, client: Any = None, *, profiles: Sequence[str] = (),
                     direct_only: bool = False, partitions: Optional[int] = None,
                     id_key: str = "doc", text_key: str = "text") -> Dict[str, Any]:
    """Attribute `corpus` with Dask (on `client`'s cluster, or Dask's default scheduler) into
    `out_dir`, which the workers must see: JSONL shards and speakers.tsv. Returns a summary
    (documents, quotes, speakers, seconds)."""
    import dask
    _clear(out_dir)
    config = _config(profiles, direct_only)
    bag = make_bag(corpus, partitions)
    # One task per partition does everything for it (attribute, write the shard, count), so that
    # a document is analysed once and only the counts come back.
    tasks = [dask.delayed(attribute_partition, pure=False)(part, i, os.path.abspath(out_dir), config,
                                                            id_key, text_key)
             for i, part in enumerate(bag.to_delayed())]
    t0 = time.perf_counter()
    results = client.compute(tasks, sync=True) if client is not None else dask.compute(*tasks)
    seconds = time.perf_counter() - t0
    counts: collections.Counter = collections.Counter()
    for _, c in results:
        counts.update(c)
    write_counts(counts, os.path.join(out_dir, "speakers.tsv"))
    return {"documents": sum(n for n, _ in results), "partitions": len(tasks),
            "quotes": sum(counts.values()), "speakers": len(counts), "seconds": seconds}


def attribute_local(corpus: str, out_dir: str, *, profiles: Sequence[str] = (), direct_only: bool = False,
                    id_key: str = "doc", text_key: str = "text") -> Dict[str, Any]:
    """The same output from one process and one Attributor, without Dask: one shard."""
    _clear(out_dir)
    config = _config(profiles, direct_only)
    if is_folder(corpus):
        items: List[Any] = list_folder(corpus)
    else:
        items = []
        for path in sorted(glob.glob(corpus)) or [corpus]:
            with open(path, encoding="utf-8") as f:
                items.extend(line for line in f if line.strip())
    t0 = time.perf_counter()
    n, counts = attribute_partition(items, 0, out_dir, config, id_key, text_key)
    seconds = time.perf_counter() - t0
    write_counts(counts, os.path.join(out_dir, "speakers.tsv"))
    return {"documents": n, "partitions": 1, "quotes": sum(counts.values()),
            "speakers": len(counts), "seconds": seconds}


def read_output(out_dir: str) -> Tuple[List[str], str]:
    """The JSONL lines of every shard (sorted) and speakers.tsv: what two runs must agree on."""
    lines: List[str] = []
    for path in sorted(glob.glob(os.path.join(out_dir, "part-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            lines.extend(line.rstrip("\n") for line in f if line.strip())
    with open(os.path.join(out_dir, "speakers.tsv"), encoding="utf-8") as f:
        return sorted(lines), f.read()


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m quoteattr.dask_corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="a folder of .txt files, or a JSONL corpus (file or glob)")
    ap.add_argument("out", help="output folder: part-*.jsonl and speakers.tsv")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--local", action="store_true", help="one process, no Dask")
    ap.add_argument("--partitions", type=int, help="partitions of a folder corpus (default: ~50 documents each)")
    ap.add_argument("--profile", action="append", default=[], help="a TOML profile, as the tool's --profile")
    ap.add_argument("--direct-only", action="store_true", help="direct quotations only")
    ap.add_argument("--id-key", default="doc", help="JSONL corpus: the key of the document name")
    ap.add_argument("--text-key", default="text", help="JSONL corpus: the key of the text")
    a = ap.parse_args(argv)
    kw = dict(profiles=a.profile, direct_only=a.direct_only, id_key=a.id_key, text_key=a.text_key)
    if a.local:
        summary = attribute_local(a.corpus, a.out, **kw)
        summary["attributors"] = built
    else:
        from distributed import Client, LocalCluster
        if a.scheduler:
            client = Client(a.scheduler)
            cluster = None
        else:
            cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            summary = attribute_corpus(a.corpus, a.out, client, partitions=a.partitions, **kw)
            summary["workers"] = len(client.scheduler_info()["workers"])
            summary["attributors"] = sum(client.run(attributors_built).values())
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    summary["documents_per_second"] = round(summary["documents"] / summary["seconds"], 1)
    summary["seconds"] = round(summary["seconds"], 3)
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    # Run from the package module, not __main__, so that Dask ships the functions by reference.
    from quoteattr.dask_corpus import main as package_main
    sys.exit(package_main())
