"""The Dask runner (quoteattr.dask_corpus) on a LocalCluster of 2 workers over a generated corpus
of 2,000 documents, as a folder of .txt files and as JSONL: its shards and per-speaker counts
equal the single-process result, and each worker built one Attributor, not one per document.
Prints documents per second for the single process and for the cluster.
"""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import make_corpus  # noqa: E402

from quoteattr import dask_corpus  # noqa: E402

DOCUMENTS = int(os.environ.get("QUOTEATTR_DASK_DOCUMENTS", "2000"))
WORKERS = 2


class DaskCorpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="quoteattr-dask-")
        cls.folder = os.path.join(cls.tmp.name, "corpus")
        cls.jsonl = os.path.join(cls.tmp.name, "corpus.jsonl")
        make_corpus(DOCUMENTS, cls.folder, cls.jsonl)
        local_dir = os.path.join(cls.tmp.name, "local")
        cls.local_summary = dask_corpus.attribute_local(cls.folder, local_dir)
        cls.local = dask_corpus.read_output(local_dir)
        print(f"single process: {DOCUMENTS} documents, "
              f"{DOCUMENTS / cls.local_summary['seconds']:.1f} documents/s", flush=True)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_cluster_equals_single_process(self):
        from distributed import Client, LocalCluster
        self.assertGreaterEqual(self.local_summary["documents"], 2000)
        self.assertGreater(self.local_summary["quotes"], 0)
        with LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            for name, corpus in (("folder", self.folder), ("jsonl", self.jsonl)):
                with self.subTest(corpus=name):
                    out = os.path.join(self.tmp.name, "dask-" + name)
                    summary = dask_corpus.attribute_corpus(corpus, out, client)
                    print(f"{WORKERS} Dask workers, {name}: {summary['documents']} documents in "
                          f"{summary['partitions']} partitions, "
                          f"{summary['documents'] / summary['seconds']:.1f} documents/s", flush=True)
                    self.assertEqual(summary["documents"], DOCUMENTS)
                    self.assertGreater(summary["partitions"], WORKERS)
                    lines, counts = dask_corpus.read_output(out)
                    self.assertEqual(len(lines), DOCUMENTS)
                    self.assertEqual(lines, self.local[0])
                    self.assertEqual(counts, self.local[1])
            # One Attributor per worker process, kept across partitions and both runs.
            built = client.run(dask_corpus.attributors_built)
            self.assertEqual(len(built), WORKERS)
            self.assertTrue(all(n <= 1 for n in built.values()), built)
            self.assertGreaterEqual(sum(built.values()), 1)


if __name__ == "__main__":
    unittest.main()
