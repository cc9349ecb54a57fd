#!/usr/bin/env python3
"""Tests of tools/fit_calibration.py on a tiny made-up gold file and tool output (CTest: label tools)."""

import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_calibration as fc  # noqa: E402

TEXT = ("Mayor Ruth Okafor said that the bridge would reopen. \u201cIt is safe,\u201d Okafor said. "
        "He added that the road would close.")
GOLD = {
    "doc": "made-up.txt",
    "speakers": [{"name": "Ruth Okafor", "aliases": ["Mayor Ruth Okafor", "Okafor", "she", "the mayor"]}],
    "quotes": [
        {"kind": "indirect", "text": "the bridge would reopen", "speaker": "Ruth Okafor"},
        {"kind": "direct", "text": "It is safe,", "speaker": "Ruth Okafor"},
        {"kind": "indirect", "text": "the road would close", "speaker": "Ruth Okafor"},
    ],
}


def span(words, kind, speaker, rule, prior, flags=()):
    b = TEXT.encode("utf-8").find(words.encode("utf-8"))
    return {"begin": b, "end": b + len(words.encode("utf-8")), "kind": kind, "speaker": speaker, "rule": rule,
            "confidence": prior, "prior_confidence": prior, "flags": list(flags)}


class Matching(unittest.TestCase):

    def test_right_wrong_and_spurious(self):
        pred = {"quotes": [
            span("that the bridge would reopen", "indirect", "Ruth Okafor", "that-clause", 0.895),
            span("It is safe,", "direct", "Okafor", "trailing-cue", 0.95),  # a surname alias counts
            span("that the road would close", "indirect", "Tom Hale", "that-clause", 0.806, ["pronoun"]),
            span("Mayor Ruth Okafor", "direct", "Ruth Okafor", "label-colon", 0.9),  # no gold quote there
            span("It is safe,", "direct", None, "", 0.0),  # no speaker: not counted
            span("It is safe,", "direct", "Ruth Okafor", "paragraph-speaker", 0.7),  # the gold quote is taken
        ]}
        records = fc.score_document(TEXT.encode("utf-8"), GOLD, pred)
        self.assertEqual([(r["rule"], r["right"]) for r in records], [("that-clause", True), ("trailing-cue", True),
                                                                       ("that-clause", False),
                                                                       ("label-colon", False),
                                                                       ("paragraph-speaker", False)])
        self.assertEqual(records[2]["flags"], ["pronoun"])
        self.assertEqual(records[2]["prior"], 0.806)

    def test_speaker_aliases(self):
        aliases = {"Ruth Okafor": GOLD["speakers"][0]["aliases"]}
        self.assertTrue(fc.speaker_right("ruth okafor", "Ruth Okafor", aliases))
        self.assertTrue(fc.speaker_right("Okafor", "Ruth Okafor", aliases))
        self.assertFalse(fc.speaker_right("she", "Ruth Okafor", aliases))  # pronouns never count
        self.assertFalse(fc.speaker_right("the mayor", "Ruth Okafor", aliases))  # nor role nouns
        self.assertTrue(fc.speaker_right("senior State Department official",
                                         "unnamed senior U.S. State Department official", {}))
        self.assertFalse(fc.speaker_right("State Department spokesman",
                                          "unnamed senior U.S. State Department official", {}))

    def test_overlap_and_class(self):
        self.assertAlmostEqual(fc.jaccard((0, 10), (5, 15)), 5 / 15.0)
        self.assertEqual(fc.jaccard((0, 5), (5, 10)), 0.0)
        # A direct prediction never matches a reported gold quote of the same words.
        pred = {"quotes": [span("the bridge would reopen", "direct", "Ruth Okafor", "subject-quote", 0.8)]}
        self.assertFalse(fc.score_document(TEXT.encode("utf-8"), GOLD, pred)[0]["right"])

    def test_committed_first_run_file(self):
        # A first run committed as <set>/first-run.jsonl, doc paths relative to the repository root.
        pred = {"doc": "tests/data/made-up-set/01-made-up.txt", "quotes": [
            span("that the bridge would reopen", "indirect", "Ruth Okafor", "that-clause", 0.895),
            span("that the road would close", "indirect", "Tom Hale", "that-clause", 0.806),
        ]}
        with tempfile.TemporaryDirectory() as root:
            folder = os.path.join(root, "tests", "data", "made-up-set")
            os.makedirs(folder)
            with open(os.path.join(folder, "01-made-up.txt"), "w", encoding="utf-8") as f:
                f.write(TEXT)
            with open(os.path.join(folder, "01-made-up.gold.json"), "w", encoding="utf-8") as f:
                json.dump(GOLD, f)
            with open(os.path.join(folder, "first-run.jsonl"), "w", encoding="utf-8") as f:
                f.write(json.dumps(pred) + "\n")
            records = fc.read_first_run(os.path.join(root, "tests", "data"), "made-up-set")
        self.assertEqual([(r["rule"], r["right"]) for r in records], [("that-clause", True), ("that-clause", False)])


def rec(rule, right, flags=(), prior=0.8, kind="indirect"):
    return {"rule": rule, "kind": kind, "prior": prior, "flags": list(flags), "right": right}


class Fitting(unittest.TestCase):

    def test_shrinkage_toward_the_family(self):
        records = [rec("that-clause", True)] * 9 + [rec("that-clause", False)] + [rec("zero-that", True)] * 10
        table = fc.fit(records, strength=10.0)
        family = 19 / 20.0
        self.assertAlmostEqual(table["rules"]["that-clause"], (9 + 10 * family) / 20.0)
        self.assertAlmostEqual(table["rules"]["zero-that"], (10 + 10 * family) / 20.0)
        self.assertEqual(table["counts"]["that-clause"], (9, 10, 0, 0))

    def test_rule_values_are_consistent(self):
        # object is right less often (9/10) than nominal (2/2) but has more answers; after shrinkage
        # nominal would be lower; pooling gives neither a higher value than a rule right more often.
        records = ([rec("object", True)] * 9 + [rec("object", False)] + [rec("nominal", True)] * 2 +
                   [rec("light-verb", False)] * 5 + [rec("light-verb", True)] * 5)
        table = fc.fit(records, strength=10.0)
        rules = table["rules"]
        self.assertLessEqual(rules["light-verb"], rules["object"])
        self.assertLessEqual(rules["object"], rules["nominal"])

    def test_flags_are_fitted_over_the_answers_with_them(self):
        records = ([rec("that-clause", True)] * 20 + [rec("that-clause", True, ["pronoun-rival"])] * 2 +
                   [rec("that-clause", False, ["pronoun-rival"])] * 2)
        table = fc.fit(records, strength=2.0)
        self.assertEqual(table["counts"]["that-clause"], (20, 20, 0, 0))  # the rule: answers with no flag
        self.assertEqual(table["flag_counts"]["pronoun-rival"], (2, 4))
        self.assertLess(table["flags"]["pronoun-rival"], table["rules"]["that-clause"])
        self.assertIn("heading-line", table["flags"])  # a flag with no answers gets its prior
        self.assertEqual(fc.apply(table, rec("that-clause", True, ["pronoun-rival"])),
                         round(table["flags"]["pronoun-rival"], 3))
        self.assertEqual(fc.apply(table, rec("trailing-cue", True, prior=0.95)), 0.95)  # not listed: hand-set

    def test_first_runs_discount_what_today_shows(self):
        # Today both rules are always right; in the first runs on unseen text the reported rule was
        # right half the time and the direct one always: the reported family is discounted.
        today = [rec("that-clause", True)] * 20 + [rec("trailing-cue", True, kind="direct")] * 20
        first = [rec("that-clause", True)] * 5 + [rec("that-clause", False)] * 5 + \
            [rec("trailing-cue", True, kind="direct")] * 10
        paired = [rec("that-clause", True)] * 10 + [rec("trailing-cue", True, kind="direct")] * 10
        plain = fc.fit(today, strength=5.0)
        table = fc.fit(today, strength=5.0, first_run=first, paired=paired)
        self.assertEqual(plain["discounts"]["reported"], 1.0)
        self.assertLess(table["discounts"]["reported"], 0.9)
        # (10 + 5 x 0.75 x 1) / 15: the direct rules' perfect first runs, shrunk toward the overall 0.75.
        self.assertAlmostEqual(table["discounts"]["rule"], (10 + 5 * 0.75) / 15.0)
        self.assertLess(table["rules"]["that-clause"], plain["rules"]["that-clause"] - 0.1)
        self.assertGreater(table["rules"]["trailing-cue"], table["rules"]["that-clause"] + 0.1)
        self.assertEqual(table["counts"]["that-clause"], (20, 20, 5, 10))

    def test_pav(self):
        self.assertEqual(fc.pav([0.5, 0.9, 0.7], [1, 1, 1]), [0.5, 0.8, 0.8])

    def test_evaluate_and_table_file(self):
        res = fc.evaluate([(0.9, True), (0.9, False), (0.96, True), (0.55, False)])
        self.assertEqual(res["high_n"], 3)
        self.assertAlmostEqual(res["precision_85"], 2 / 3.0)
        self.assertTrue(fc.ordered(res))
        table = fc.fit([rec("that-clause", True)] * 3 + [rec("zero-that", False)], strength=1.0)
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "calibration.toml")
            fc.write_table(table, path, ["made-up"], [], 1.0)
            with open(path, encoding="utf-8") as f:
                text = f.read()
        self.assertIn("[rules]\n", text)
        self.assertIn("that-clause = %.3f  # 3/3, first runs 0/0\n" % table["rules"]["that-clause"], text)
        self.assertIn("[flags]\n", text)


if __name__ == "__main__":
    unittest.main()
