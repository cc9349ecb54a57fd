#!/usr/bin/env bash
# Lists the WordNet verbs of communication and cognition that neither the
# language pack (data/lang/en.toml: speech_verb_bases, speech_verb_forms) nor
# the default profile (data/default_profile.toml: the [[cue]] lemmas and forms)
# knows, most frequent first, for a person to review. Nothing is changed: the
# shipped lists stay reviewed data. See docs/language-pack.md.
#
#   scripts/check_cue_verbs.sh [--all] [--min-count N] [--pack FILE] [--profile FILE]
#
#   --all          also list multi-word verbs ("speak_up"); by default single words only
#   --min-count N  only verbs whose communication and cognition senses are tagged at
#                  least N times in WordNet's semantic concordance (cntlist.rev, a
#                  frequency proxy); default 1
#   WNDIR          the WordNet dictionary (default /usr/share/wordnet; Debian:
#                  apt-get install wordnet-base)
#
# Output, tab-separated: tag count of its communication and cognition senses,
# verb, the lexicographer files it
# is in (verb.communication, verb.cognition), the gloss of its first sense there.
# Needs bash, awk, sed and zcat only.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pack="$here/data/lang/en.toml"
profile="$here/data/default_profile.toml"
wndir="${WNDIR:-/usr/share/wordnet}"
all=0
min_count=1
while [ $# -gt 0 ]; do
  case "$1" in
    --all) all=1 ;;
    --min-count) min_count="$2"; shift ;;
    --pack) pack="$2"; shift ;;
    --profile) profile="$2"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "check_cue_verbs.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

for f in "$wndir/data.verb" "$wndir/cntlist.rev" "$pack" "$profile"; do
  [ -r "$f" ] || { echo "check_cue_verbs.sh: cannot read $f (WordNet: apt-get install wordnet-base)" >&2; exit 1; }
done

# Lexicographer file numbers of verb.communication and verb.cognition: from
# the lexnames file when the dictionary has one, else its manual page, else
# the numbers of WordNet 3.0 (32 and 31).
lexnames=""
if [ -r "$wndir/lexnames" ]; then
  lexnames="$(cat "$wndir/lexnames")"
else
  for man in /usr/share/man/man5/lexnames.5WN.gz /usr/share/man/man5/lexnames.5.gz; do
    if [ -r "$man" ]; then lexnames="$(zcat "$man")"; break; fi
  done
fi
num_of() {  # lexicographer file name -> number
  local n
  n="$(printf '%s\n' "$lexnames" | awk -v name="$1" '$2 == name && $1 ~ /^[0-9]+$/ { print $1 + 0; exit }')"
  if [ -z "$n" ]; then
    case "$1" in verb.communication) n=32 ;; verb.cognition) n=31 ;; esac
  fi
  echo "$n"
}
communication="$(num_of verb.communication)"
cognition="$(num_of verb.cognition)"

# Every verb the pack and the profile know: pack entries (bases and forms), and
# the profile's cue lemmas and forms (first word of a multi-word form).
known="$(mktemp)"
trap 'rm -f "$known"' EXIT
{
  # The two arrays of the pack, one string per match.
  awk '/^speech_verb_(bases|forms) *=/ { on = 1 }
       on { print }
       on && /\]/ { on = 0 }' "$pack" | grep -o '"[^"]*"' | tr -d '"'
  # lemma = "x" and forms = ["x", "x y", ...] of the profile's [[cue]] tables.
  awk '/^\[\[cue\]\]/ { cue = 1; next }
       /^\[/ { cue = 0 }
       cue && /^(lemma|forms) *=/ { print }' "$profile" | grep -o '"[^"]*"' | tr -d '"' | awk '{ print $1 }'
} | tr 'A-Z' 'a-z' | sort -u > "$known"

awk -v comm="$communication" -v hexdigits=0123456789abcdef -v cogn="$cognition" -v all="$all" -v min="$min_count" '
  function hex(s,   i, v) {                   # w_cnt is two hex digits (POSIX awk has no strtonum)
    v = 0; s = tolower(s)
    for (i = 1; i <= length(s); i++) v = v * 16 + index(hexdigits, substr(s, i, 1)) - 1
    return v
  }
  FILENAME == ARGV[1] { known[$1] = 1; next }
  FILENAME == ARGV[2] {                       # cntlist.rev: "say%2:32:00:: 1 1861"
    split($1, key, /[%:]/)                    # lemma, ss_type, lex_filenum, lex_id, ...
    if (key[2] == 2 && (key[3] + 0 == comm || key[3] + 0 == cogn)) tagged[key[1]] += $3
    next
  }
  /^ / { next }                               # data.verb licence header
  {
    lex = $2 + 0
    if (lex != comm && lex != cogn) next
    name = lex == comm ? "verb.communication" : "verb.cognition"
    gloss = $0; sub(/^[^|]*\| */, "", gloss); sub(/;.*/, "", gloss); sub(/ +$/, "", gloss)
    n = hex($4)
    for (i = 0; i < n; i++) {
      w = tolower($(5 + 2 * i))
      if (!all && w ~ /_/) continue
      if (w in known) continue
      old = (w in files) ? files[w] : ""
      if (old == "") files[w] = name
      else if (index(old, name) == 0) files[w] = old "," name
      if (!(w in first_gloss)) first_gloss[w] = gloss
    }
  }
  END {
    for (w in files) {
      c = (w in tagged) ? tagged[w] + 0 : 0
      if (c >= min) printf "%d\t%s\t%s\t%s\n", c, w, files[w], first_gloss[w]
    }
  }' "$known" "$wndir/cntlist.rev" "$wndir/data.verb" | sort -t "$(printf '\t')" -k1,1nr -k2,2
