"""The README's "Scaling out" command lines, run as written: GNU parallel over shards of a file
list and of a JSONL corpus, and Spark's RDD.pipe (emulated: Spark is not a Debian package).

Each must give exactly what one `quoteattr --format jsonl` run over all the files gives (and the
JSONL filter `python3 -m quoteattr` what the bindings give).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_corpus import make_corpus  # noqa: E402

import quoteattr  # noqa: E402
from quoteattr.dask_corpus import document_line  # noqa: E402

CLI = os.environ.get("QUOTEATTR_CLI", shutil.which("quoteattr") or "quoteattr")
DOCUMENTS = 300


def rdd_pipe(elements, command, partitions, env):
    """What Spark's RDD.pipe(command) does: per partition, start `command` (split on white space,
    no shell), write each element and a newline to its standard input, and take its standard
    output's lines as the new partition."""
    size = -(-len(elements) // partitions)
    out = []
    for i in range(0, len(elements), size):
        stdin = "".join(e + "\n" for e in elements[i:i + size])
        proc = subprocess.run(command.split(), input=stdin.encode("utf-8"), capture_output=True, env=env,
                              check=True)
        out.extend(proc.stdout.decode("utf-8").splitlines())
    return out


class ScalingOut(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="quoteattr-scale-")
        os.chdir(cls.tmp.name)
        cls.docs = make_corpus(DOCUMENTS, "corpus", "corpus.jsonl")
        # `quoteattr` and `python3` as the command lines name them: the tool under test and this
        # interpreter (which imports the package under test through PYTHONPATH).
        cls.env = dict(os.environ)
        cls.env["PATH"] = os.pathsep.join([os.path.dirname(os.path.abspath(CLI)),
                                           os.path.dirname(sys.executable), os.environ.get("PATH", "")])
        cls.files = sorted(os.path.join("corpus", name) for name, _ in cls.docs)
        # The reference: one run of the tool over every file, in order.
        one = subprocess.run(["quoteattr", "--format", "jsonl", *cls.files], capture_output=True, check=True,
                             env=cls.env)
        cls.tool = one.stdout.decode("utf-8").splitlines()
        # The bindings' lines for the JSONL corpus (document names relative to corpus/).
        a = quoteattr.Attributor()
        cls.bindings = [document_line(a.analyze(text).to_dict(doc=name)) for name, text in cls.docs]

    @classmethod
    def tearDownClass(cls):
        os.chdir("/")
        cls.tmp.cleanup()

    def sh(self, command):
        return subprocess.run(["bash", "-c", "set -o pipefail; " + command], capture_output=True, check=True,
                              env=self.env).stdout.decode("utf-8").splitlines()

    def test_reference_equals_bindings(self):
        self.assertEqual(len(self.tool), DOCUMENTS)
        for line, expected in zip(self.tool, self.bindings):
            doc = json.loads(line)
            doc["doc"] = doc["doc"][len("corpus/"):]
            self.assertEqual(doc, json.loads(expected))

    @unittest.skipUnless(shutil.which("parallel"), "GNU parallel is not installed (Debian: parallel)")
    def test_gnu_parallel_over_file_shards(self):
        out = self.sh("find corpus -name '*.txt' | sort | parallel -k -j2 -n 100 quoteattr --format jsonl")
        self.assertEqual(out, self.tool)

    @unittest.skipUnless(shutil.which("parallel"), "GNU parallel is not installed (Debian: parallel)")
    def test_gnu_parallel_over_jsonl_blocks(self):
        out = self.sh("parallel -k -j2 --pipe -N 100 python3 -m quoteattr < corpus.jsonl")
        self.assertEqual(out, self.bindings)

    def test_spark_pipe_file_list(self):
        # sc.textFile("files.txt", 4).pipe("xargs quoteattr --format jsonl")
        self.assertEqual(rdd_pipe(self.files, "xargs quoteattr --format jsonl", 4, self.env), self.tool)

    def test_spark_pipe_jsonl(self):
        # sc.textFile("corpus.jsonl", 4).pipe("python3 -m quoteattr")
        with open("corpus.jsonl", encoding="utf-8") as f:
            lines = f.read().splitlines()
        self.assertEqual(rdd_pipe(lines, "python3 -m quoteattr", 4, self.env), self.bindings)


if __name__ == "__main__":
    unittest.main()
