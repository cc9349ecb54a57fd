"""The Python bindings: the tool's JSONL, str offsets, profiles, Python rules, errors.

Run by CTest (label python) with PYTHONPATH=<build>/python, QUOTEATTR_CLI=<the quoteattr tool>
and QUOTEATTR_DATA=<source>/tests/data.
"""
import copy
import glob
import json
import os
import subprocess
import unittest

import quoteattr

CLI = os.environ.get("QUOTEATTR_CLI", "quoteattr")
DATA = os.environ.get("QUOTEATTR_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "tests", "data"))
SEED = os.path.join(DATA, "seed-article.txt")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def tool_jsonl(*args):
    out = subprocess.run([CLI, "--format", "jsonl", *args], check=True, capture_output=True)
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


class ToolEquality(unittest.TestCase):
    """What the bindings give is what the tool prints, field for field."""

    @classmethod
    def setUpClass(cls):
        cls.attributor = quoteattr.Attributor()

    def test_seed_article_equals_tool(self):
        [doc] = tool_jsonl("--sentences", "--explain", SEED)
        result = self.attributor.analyze(read(SEED))
        self.assertEqual(result.to_dict(doc=SEED, sentences=True, evidence=True), doc)
        # Quote by quote, in the short form, as the JSONL contract has it (no evidence).
        [plain] = tool_jsonl(SEED)
        quotes = self.attributor.attribute(read(SEED))
        self.assertEqual(len(quotes), len(plain["quotes"]))
        self.assertGreater(len(quotes), 6)  # the seed article's 7 direct quotes, at least
        for q, expected in zip(quotes, plain["quotes"]):
            self.assertEqual(q.to_dict(), expected)
        self.assertEqual([s.to_dict() for s in result.speakers], plain["speakers"])
        # The result's dict without a name is the document object without "doc".
        del plain["doc"]
        self.assertEqual(result.to_dict(), plain)

    def test_seed_article_speakers(self):
        result = self.attributor.analyze(read(SEED))
        names = {s.name for s in result.speakers}
        self.assertIn("Xi Jinping", names)
        for q in result.quotes:
            if q.speaker is not None:
                self.assertEqual(result.speakers[q.speaker_id].name, q.speaker)
        self.assertEqual(len(result.sentences), 22)
        self.assertEqual(result.sentences[0].end, 96)

    def test_development_articles_equal_tool(self):
        paths = sorted(glob.glob(os.path.join(DATA, "dev", "*.txt")))[:6]
        self.assertTrue(paths)
        for path, doc in zip(paths, tool_jsonl(*paths)):
            with self.subTest(path=path):
                self.assertEqual(self.attributor.analyze(read(path)).to_dict(doc=path), doc)

    def test_profile_file_equals_tool(self):
        profile = os.path.join(DATA, "profiles", "good_people.toml")
        [doc] = tool_jsonl("--profile", profile, SEED)
        a = quoteattr.Attributor(profiles=[profile])
        self.assertEqual(a.analyze(read(SEED)).to_dict(doc=SEED), doc)
        # The same profile as text, and as a Profile object.
        b = quoteattr.Attributor(profile_text=read(profile))
        self.assertEqual(b.analyze(read(SEED)).to_dict(doc=SEED), doc)
        c = quoteattr.Attributor(profiles=[quoteattr.Profile.from_file(profile)])
        self.assertEqual(c.analyze(read(SEED)).to_dict(doc=SEED), doc)

    def test_direct_only_equals_tool(self):
        [doc] = tool_jsonl("--direct-only", SEED)
        a = quoteattr.Attributor(indirect=False)
        self.assertEqual(a.analyze(read(SEED)).to_dict(doc=SEED), doc)
        self.assertTrue(all(q.kind in ("direct", "term") for q in a.attribute(read(SEED))))


class StrOffsets(unittest.TestCase):
    TEXT = ("Zürich, 3 März — «Ça suffit», a dit le ministre.\n\n"
            "“Nous sommes prêts 🙂 à négocier,” said Wang Yi, China’s foreign minister. "
            "Crème brûlée diplomacy 外交 was not on the agenda, a spokeswoman said.\n")

    def setUp(self):
        self.result = quoteattr.Attributor().analyze(self.TEXT)
        self.utf8 = self.TEXT.encode("utf-8")

    def check_span(self, s):
        self.assertEqual(self.TEXT[s.start:s.stop], s.text)
        self.assertEqual(self.TEXT[s.slice], s.text)
        self.assertEqual(self.utf8[s.begin:s.end].decode("utf-8"), s.text)

    def test_text_is_not_ascii(self):
        self.assertNotEqual(len(self.utf8), len(self.TEXT))

    def test_quotes_slice_right(self):
        quotes = self.result.quotes
        texts = [q.text for q in quotes]
        self.assertIn("Nous sommes prêts 🙂 à négocier,", texts)
        for q in quotes:
            self.check_span(q)
            for s in (q.speaker_mention, q.cue):
                if s is not None:
                    self.check_span(s)
        wang = quotes[texts.index("Nous sommes prêts 🙂 à négocier,")]
        self.assertEqual(wang.speaker, "Wang Yi")
        self.assertEqual(self.TEXT[wang.start:wang.stop], "Nous sommes prêts 🙂 à négocier,")
        # Bytes and str indices differ after the first non-ASCII character.
        self.assertGreater(wang.begin, wang.start)

    def test_sentences_speakers_slice_right(self):
        for s in self.result.sentences + self.result.paragraphs:
            self.check_span(s)
        for sp in self.result.speakers:
            for m in sp.mentions:
                self.check_span(m)

    def test_rule_spans_are_str_indices(self):
        # A rule that names the word after the quote's closing mark as the cue and "Wang Yi"
        # (found with str.find) as the mention: both come back as the same words.
        text = self.TEXT

        def rule(ctx):
            self.assertIs(type(ctx.text), str)
            self.assertEqual(ctx.text[ctx.quote.start:ctx.quote.stop], ctx.quote.text)
            at = text.find("Wang Yi", ctx.quote.stop)
            if ctx.quote.kind != "direct" or at < 0:
                return None
            said = text.find("said", ctx.quote.stop)
            return quoteattr.Proposal(speaker_mention=(at, at + 7), cue=(said, said + 4), confidence=1.0)

        a = quoteattr.Attributor(rules=[quoteattr.Rule("python-wang", rule, first=True)])
        quotes = a.attribute(text)
        hits = [q for q in quotes if q.rule == "python-wang"]
        self.assertTrue(hits)
        for q in hits:
            self.assertEqual(q.speaker, "Wang Yi")
            self.assertEqual(q.speaker_mention.text, "Wang Yi")
            self.assertEqual(q.cue.text, "said")
            self.check_span(q.speaker_mention)


class Profiles(unittest.TestCase):
    def test_builtin_and_copy(self):
        p = quoteattr.Profile.builtin()
        self.assertIsNotNone(p.find_speaker("Wang Yi"))
        self.assertTrue(p.rules)
        q = copy.copy(p)
        q.add_role_noun("harbourmaster")
        self.assertNotEqual(p, q)
        self.assertEqual(quoteattr.Profile.from_toml(p.to_toml()), p)

    def test_speaker_added_from_python(self):
        text = "“The port will reopen on Monday,” said Ms. Okonjo-Baptiste, the harbourmaster."
        p = quoteattr.Profile.builtin()
        p.add_speaker("Adaeze Okonjo-Baptiste", aliases=["Okonjo-Baptiste"], titles=["harbourmaster"],
                      gender="female")
        a = quoteattr.Attributor(p)
        [q] = [q for q in a.attribute(text) if q.kind == "direct"]
        self.assertEqual(q.speaker, "Adaeze Okonjo-Baptiste")
        self.assertTrue(a.analyze(text).speakers[q.speaker_id].from_profile)
        self.assertIsNotNone(a.profile.find_speaker("Adaeze Okonjo-Baptiste"))

    def test_rule_added_from_python(self):
        p = quoteattr.Profile()
        p.add_rule("colon-x", pattern=r"{SPEAKER}\s*:\s*{QUOTE}", applies="direct", confidence=0.8)
        self.assertEqual(p.find_rule("colon-x").applies, "direct")
        self.assertEqual([r.id for r in p.rules], ["colon-x"])


class PythonRules(unittest.TestCase):
    TEXT = "“We will not move,” the statement read. Officials gave no name."

    def test_callable_rule_decides(self):
        seen = []

        def everyone_is_the_ministry(ctx):
            seen.append(ctx.quote_index)
            self.assertEqual(ctx.quotes[ctx.quote_index].text, ctx.quote.text)
            self.assertTrue(ctx.sentence.start <= ctx.quote.start < ctx.sentence.stop)
            return {"speaker": "Ministry of Ports", "confidence": 0.95}

        a = quoteattr.Attributor(rules=[("ministry", everyone_is_the_ministry, True)])
        [q] = [q for q in a.attribute(self.TEXT) if q.kind == "direct"]
        self.assertEqual((q.speaker, q.rule), ("Ministry of Ports", "ministry"))
        self.assertTrue(seen)

    def test_rule_that_declines(self):
        a = quoteattr.Attributor(rules=[quoteattr.Rule("nothing", lambda ctx: None, first=True)])
        self.assertEqual([q.to_dict() for q in a.attribute(self.TEXT)],
                         [q.to_dict() for q in quoteattr.Attributor().attribute(self.TEXT)])

    def test_rule_exception_propagates(self):
        class Boom(Exception):
            pass

        def boom(ctx):
            raise Boom("rule failed on purpose")

        a = quoteattr.Attributor(rules=[("boom", boom, True)])
        with self.assertRaisesRegex(Boom, "on purpose"):
            a.analyze(self.TEXT)
        # The Attributor is still usable.
        with self.assertRaises(Boom):
            a.analyze(self.TEXT)

    def test_rule_bad_return_is_type_error(self):
        a = quoteattr.Attributor(rules=[("bad", lambda ctx: 42, True)])
        with self.assertRaisesRegex(TypeError, "Proposal"):
            a.analyze(self.TEXT)


class Errors(unittest.TestCase):
    EXPECTED = {
        "bad_frame.toml": quoteattr.ProfileValueError,
        "bad_gender.toml": quoteattr.ProfileValueError,
        "bad_regex.toml": quoteattr.ProfilePatternError,
        "duplicate_rule.toml": quoteattr.ProfileDuplicateError,
        "duplicate_speaker.toml": quoteattr.ProfileDuplicateError,
        "not_utf8.toml": quoteattr.InvalidUtf8Error,
        "syntax_error.toml": quoteattr.ProfileSyntaxError,
        "unknown_key.toml": quoteattr.ProfileKeyError,
        "unknown_placeholder.toml": quoteattr.ProfilePatternError,
        "unknown_table.toml": quoteattr.ProfileKeyError,
        "wrong_type.toml": quoteattr.ProfileValueError,
    }

    def test_profile_errors_have_the_tools_messages(self):
        for name, cls in self.EXPECTED.items():
            path = os.path.join(DATA, "profiles", name)
            with self.subTest(profile=name):
                tool = subprocess.run([CLI, "--profile", path, SEED], capture_output=True)
                self.assertEqual(tool.returncode, 2)
                with self.assertRaises(cls) as caught:
                    quoteattr.Attributor(profiles=[path])
                e = caught.exception
                self.assertIsInstance(e, quoteattr.Error)
                self.assertEqual("quoteattr: " + str(e), tool.stderr.decode("utf-8").strip())
                self.assertEqual(e.code, cls.code)
                self.assertEqual(e.file, path)
                self.assertTrue(str(e).endswith(e.message))

    def test_profile_family(self):
        with self.assertRaises(quoteattr.ProfileError):
            quoteattr.Profile.from_file(os.path.join(DATA, "profiles", "unknown_key.toml"))
        with self.assertRaises(quoteattr.ProfileKeyError) as caught:
            quoteattr.Profile.from_toml("[[speaker]]\nnmae = 'X'\n", "inline")
        self.assertEqual((caught.exception.file, caught.exception.line), ("inline", 2))

    def test_missing_file_is_io_error(self):
        with self.assertRaises(quoteattr.IoError) as caught:
            quoteattr.Profile.from_file("/nonexistent/people.toml")
        self.assertIsInstance(caught.exception, OSError)
        self.assertIn("cannot open profile", str(caught.exception))

    def test_bad_values_from_python(self):
        p = quoteattr.Profile()
        with self.assertRaises(quoteattr.ProfileValueError):
            p.add_speaker("")
        with self.assertRaises(quoteattr.InvalidArgumentError):
            p.add_speaker("X", gender="plural")
        with self.assertRaises(quoteattr.ProfilePatternError):
            p.add_rule("broken", pattern="({QUOTE}")
        p.add_speaker("X")
        with self.assertRaises(quoteattr.ProfileDuplicateError):
            p.add_speaker("X")
        with self.assertRaises(ValueError):  # InvalidArgumentError is a ValueError too
            quoteattr.Attributor(rules=[("not-callable", 3)])
        with self.assertRaises(quoteattr.ProfileDuplicateError):
            quoteattr.Attributor(rules=[("twice", lambda c: None), ("twice", lambda c: None)])
        with self.assertRaises(quoteattr.InvalidArgumentError):
            quoteattr.Proposal(speaker="X", confidence=1.5)

    def test_errors_pickle(self):
        import pickle
        try:
            quoteattr.Profile.from_file(os.path.join(DATA, "profiles", "unknown_key.toml"))
        except quoteattr.Error as e:
            back = pickle.loads(pickle.dumps(e))
            self.assertIs(type(back), type(e))
            self.assertEqual((str(back), back.code, back.line, back.file), (str(e), e.code, e.line, e.file))


class Limits(unittest.TestCase):
    """Each limit over by one raises its own class (a LimitError) with the C++ message; at the
    limit the input is accepted."""

    def rules_toml(self, n):
        return "".join(f"[[rule]]\nid = \"r{k}\"\npattern = '{{QUOTE}},? said {{SPEAKER}}\\b'\n"
                       for k in range(1, n + 1))

    def test_every_error_code_has_its_class(self):
        from quoteattr import _errors
        self.assertEqual(set(_errors._BY_CODE), {
            "invalid-utf8", "io", "profile-syntax", "profile-key", "profile-value", "profile-pattern",
            "profile-duplicate", "invalid-argument", "internal", "document-too-large",
            "profile-too-large", "too-many-rules", "pattern-too-long"})
        for cls in (quoteattr.DocumentTooLargeError, quoteattr.ProfileTooLargeError,
                    quoteattr.TooManyRulesError, quoteattr.PatternTooLongError):
            self.assertTrue(issubclass(cls, quoteattr.LimitError))

    def test_defaults(self):
        d = quoteattr.Limits()
        self.assertEqual((d.max_document_bytes, d.max_profile_bytes, d.max_rules, d.max_pattern_bytes),
                         (64 << 20, 8 << 20, 1024, 4096))
        self.assertEqual(quoteattr.Limits(max_rules=3).max_rules, 3)
        self.assertEqual(quoteattr.Limits(max_rules=3).max_pattern_bytes, 4096)
        self.assertGreater(quoteattr.Limits.unlimited().max_document_bytes, 1 << 60)

    def test_document_too_large_as_the_tool_says(self):
        with open(SEED, encoding="utf-8") as f:
            text = f.read()
        size = len(text.encode("utf-8"))
        at = quoteattr.Attributor(limits=quoteattr.Limits(max_document_bytes=size))
        self.assertEqual(len(at.analyze(text).quotes), len(quoteattr.Attributor().analyze(text).quotes))
        below = quoteattr.Attributor(limits=quoteattr.Limits(max_document_bytes=size - 1))
        with self.assertRaises(quoteattr.DocumentTooLargeError) as caught:
            below.analyze(text)
        e = caught.exception
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.code, "document-too-large")
        self.assertEqual(str(e), f"a document of {size} bytes is larger than the limit of {size - 1} bytes")
        tool = subprocess.run([CLI, "--max-bytes", str(size - 1), SEED], capture_output=True)
        self.assertEqual(tool.returncode, 1)
        self.assertEqual(tool.stderr.decode("utf-8"), f"quoteattr: {SEED}: {e} (--max-bytes)\n")

    def test_profile_limits(self):
        toml = self.rules_toml(2)
        self.assertEqual(len(quoteattr.Profile.from_toml(toml, "p.toml", quoteattr.Limits(max_rules=2)).rules), 2)
        with self.assertRaises(quoteattr.TooManyRulesError) as caught:
            quoteattr.Profile.from_toml(toml, "p.toml", quoteattr.Limits(max_rules=1))
        e = caught.exception
        self.assertIsInstance(e, quoteattr.ProfileError)
        self.assertEqual((e.file, e.line, e.column), ("p.toml", 6, 12))
        self.assertEqual(e.message, "rule 'r2' is rule 2 of the profile: more than the limit of 1 rule")
        with self.assertRaises(quoteattr.PatternTooLongError) as caught:
            quoteattr.Profile.from_toml(toml, "p.toml", quoteattr.Limits(max_pattern_bytes=25))
        self.assertEqual(caught.exception.message,
                         "the pattern of rule 'r1' is 26 bytes long: longer than the limit of 25 bytes")
        with self.assertRaises(quoteattr.ProfileTooLargeError) as caught:
            quoteattr.Profile.from_toml(toml, "p.toml", quoteattr.Limits(max_profile_bytes=len(toml) - 1))
        self.assertEqual(caught.exception.message,
                         f"a profile of {len(toml)} bytes is larger than the limit of {len(toml) - 1} bytes")
        # The Attributor checks the profile it is given, and passes its limits to the loader.
        n = len(quoteattr.Profile.builtin().rules)
        quoteattr.Attributor(limits=quoteattr.Limits(max_rules=n))
        with self.assertRaises(quoteattr.TooManyRulesError):
            quoteattr.Attributor(limits=quoteattr.Limits(max_rules=n - 1))
        with self.assertRaises(quoteattr.ProfileTooLargeError):
            quoteattr.Attributor(profile_text=toml, limits=quoteattr.Limits(max_profile_bytes=10))


if __name__ == "__main__":
    unittest.main()
