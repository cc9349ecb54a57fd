"""Who said what, from Python: python3 python/examples/who_said_what.py ARTICLE.txt (README "Python")."""
import sys

import quoteattr

text = open(sys.argv[1], encoding="utf-8").read()
attributor = quoteattr.Attributor()          # built-in profile; Attributor(profiles=["people.toml"])
result = attributor.analyze(text)
for q in result.quotes:
    if q.kind != "term":
        print(f"{q.speaker or '(unknown)'} [{q.kind}, {q.rule} {q.confidence:.2f}]: {text[q.start:q.stop][:70]}")
for s in result.speakers:
    print(f"speaker {s.id}: {s.name} ({s.kind}), {s.quotes} quotes, {len(s.mentions)} mentions")
