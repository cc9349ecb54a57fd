// The attributor: sentences, quotes, reported speech, then the rule engine that
// links each quotation to its speaker.
//
// Conflict policy (one place): quotes are attributed in document order; for
// each, the sieves run in this order and the first answer whose confidence
// (rule confidence x resolution trust) reaches Options::min_confidence wins:
//   1. C++ rules added with Builder::add_rule(..., first = true)
//   2. structural evidence: transcript turn labels, the continued part of a
//      multi-paragraph quote, the report a quoted fragment stands inside
//   3. the profile's pattern rules, in profile order
//   4. C++ rules added with first = false
//   5. discourse fallbacks, each less sure: another quote of the same sentence,
//      the last speaker of this or the previous paragraph, and for a quote that
//      opens its paragraph the speaker last quoted (a stand-alone quote)
// Reported speech takes its speaker from its subject (resolved like any
// mention; a joint subject or a group gives one attribution per person), or,
// for a continuation, from the report it continues; when neither decides, the
// profile rules that apply to reported speech run. Contexts of pattern rules
// are cut to a window around the quote, so work per quote is bounded.
#include "quoteattr/attributor.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_set>

#include "pattern.hpp"
#include "reported_speech.hpp"
#include "speakers.hpp"
#include "text_util.hpp"

namespace quoteattr {

namespace detail {

namespace {

std::vector<std::string> cue_forms(const Profile& p, bool quote_frames) {
  std::vector<std::string> forms;
  for (const CueEntry& c : p.cues()) {
    bool take = false;
    for (const auto& f : c.frames) {
      bool q = f == "quote" || f == "colon";
      if (quote_frames ? q : !q) take = true;
    }
    if (!take) continue;
    for (const auto& f : c.forms) forms.push_back(f);
  }
  return forms;
}

std::string cue_alternation(const Profile& p, bool quote_frames) {
  return "\\b" + trie_alternation(cue_forms(p, quote_frames)) + "\\b";
}

std::vector<std::string> colon_verbs(const Profile& p) {
  std::vector<std::string> out;
  for (const CueEntry& c : p.cues())
    for (const auto& f : c.frames)
      if (f == "colon" || f == "quote") {
        out.insert(out.end(), c.forms.begin(), c.forms.end());
        break;
      }
  return out;
}

// A rule's context: a copy of part of the text in which the quote at hand is
// replaced by kQuoteSentinel and other quotes by kOtherSentinel, with a map back
// to document offsets.
struct Context {
  std::string str;
  std::size_t quote_at = std::string::npos;  // offset of the quote's sentinel in str
  bool has_cue = false;                      // a word of str starts a cue form
  std::vector<std::size_t> mention_starts;   // offsets where a speaker mention may start
  struct Piece {
    std::size_t ctx, doc, len;
    bool sentinel;
    Span covers;
  };
  std::vector<Piece> pieces;

  std::size_t to_doc(std::size_t off, bool end) const {
    for (const Piece& p : pieces) {
      if (off < p.ctx || off > p.ctx + p.len) continue;
      if (off == p.ctx + p.len && &p != &pieces.back() && !end) continue;
      if (p.sentinel) return end ? p.covers.end : p.covers.begin;
      return p.doc + (off - p.ctx);
    }
    return pieces.empty() ? 0 : pieces.back().doc + pieces.back().len;
  }
};

}  // namespace

struct CompiledRule {
  std::string id;
  RuleWhere where = RuleWhere::kSentence;
  RuleApplies applies = RuleApplies::kAny;  // C++ rules see every quote
  boost::regex re;
  double confidence = 0.9;
  std::string description;
  RuleFunction fn;  // set for C++ rules
  bool needs_cue = false;    // the pattern holds {VERB} or {REPORT}: skip contexts with no cue word
  bool quote_first = false;  // the pattern starts with {QUOTE}: match only at the quote
  bool speaker_first = false;  // the pattern starts with {SPEAKER}: match only where one can start
  bool first = false;
  bool token = false;        // a token pattern: matched over the token context
  int speaker_groups = 0;    // token patterns: speaker, speaker1, ...
  int verb_groups = 0;       // token patterns: verb, verb1, ...
};

class AttributorImpl {
 public:
  AttributorImpl(Profile p, AttributorOptions o, std::vector<CompiledRule> callables)
      : profile(std::move(p)),
        options(std::move(o)),
        documents(options.sentences, options.lexicon, options.tagger.get()),
        finder(quote_options(profile, options), options.lexicon),
        reported(profile, options.lexicon),
        speakers(profile, options.lexicon) {
    PatternFragments f;
    f.speaker = speakers.mention_regex();
    f.verb = cue_alternation(profile, true);
    f.report = cue_alternation(profile, false);
    for (auto& c : callables)
      if (c.first) rules.push_back(c);
    TokenFragments tf;
    tf.verb_forms = cue_forms(profile, true);
    tf.report_forms = cue_forms(profile, false);
    for (const RuleEntry& r : profile.rules()) {
      CompiledRule c;
      c.applies = r.applies;
      c.id = r.id;
      c.where = r.where;
      c.confidence = r.confidence;
      c.description = r.description;
      if (!r.tokens.empty()) {
        CompiledTokenPattern t = compile_token_pattern(r.tokens, tf, r.defined_at);
        c.re = std::move(t.re);
        c.token = true;
        c.speaker_groups = t.speaker_groups;
        c.verb_groups = t.verb_groups;
        rules.push_back(std::move(c));
        continue;
      }
      c.re = compile_pattern(r.pattern, f, r.defined_at);
      c.needs_cue = r.pattern.find("{VERB}") != std::string::npos || r.pattern.find("{REPORT}") != std::string::npos;
      c.quote_first = r.pattern.rfind("{QUOTE}", 0) == 0;
      c.speaker_first = r.pattern.rfind("{SPEAKER}", 0) == 0;
      c.confidence = r.confidence;
      c.description = r.description;
      rules.push_back(std::move(c));
    }
    for (auto& c : callables)
      if (!c.first) rules.push_back(c);
    for (const CueEntry& c : profile.cues())
      for (const auto& form : c.forms) cue_words.insert(ascii_lower(form.substr(0, form.find(' '))));
  }

  static QuoteFinderOptions quote_options(const Profile& p, const AttributorOptions& o) {
    QuoteFinderOptions q = o.quotes;
    if (q.speech_verbs.empty()) q.speech_verbs = colon_verbs(p);
    return q;
  }

  Result analyze(std::string_view text) const;

  Profile profile;
  AttributorOptions options;
  DocumentBuilder documents;  // paragraphs, sentences, tokens, tags: decided once, here
  QuoteFinder finder;
  ReportedSpeechFinder reported;
  SpeakerModel speakers;
  std::vector<CompiledRule> rules;
  std::unordered_set<std::string> cue_words;  // first words of all cue forms, lower case
};

namespace {

struct Work {
  std::string_view text;
  Result& r;
  const std::vector<DirectQuote>& direct;  // by index for direct items
  std::vector<int> direct_of;              // result index -> direct index or -1
  std::vector<Span> extent;                // result index -> span including marks
  Discourse& d;
};


Context build_context(const Work& w, std::size_t qi, Span range) {
  Context c;
  std::size_t at = range.begin;
  auto add_text = [&](std::size_t b, std::size_t e) {
    if (e <= b) return;
    c.pieces.push_back({c.str.size(), b, e - b, false, {}});
    c.str.append(w.text.substr(b, e - b));
  };
  // Quotes are sorted by start; a quote's marks start at most a few bytes before its words.
  // Start a little before the range and step back over the few that reach into it.
  auto first = std::lower_bound(w.r.quotes.begin(), w.r.quotes.end(), range.begin,
                                [](const Attribution& a, std::size_t p) { return a.span.begin < p; });
  std::size_t i0 = static_cast<std::size_t>(first - w.r.quotes.begin());
  for (std::size_t back = 0; i0 > 0 && back < 64 && w.extent[i0 - 1].end > range.begin; ++back) --i0;
  for (std::size_t i = i0; i < w.r.quotes.size() && w.extent[i].begin < range.end; ++i) {
    if (w.direct_of[i] < 0 && i != qi) continue;
    if (w.r.quotes[i].kind == QuoteKind::kTerm) continue;
    Span ext = w.extent[i];
    if (ext.end <= at || ext.begin >= range.end) continue;
    if (i != qi && w.extent[qi].contains(ext)) continue;  // nested in the quote at hand
    if (i != qi && ext.contains(w.extent[qi])) continue;  // the quote at hand is nested in it
    std::size_t b = std::max(ext.begin, at);
    add_text(at, b);
    std::string_view s = i == qi ? kQuoteSentinel : kOtherSentinel;
    if (i == qi) c.quote_at = c.str.size();
    c.pieces.push_back({c.str.size(), b, s.size(), true, ext});
    c.str.append(s);
    at = std::min(ext.end, range.end);
    at = std::max(at, b);
  }
  add_text(at, range.end);
  return c;
}

// The context of a token rule: the tokens of a string context (the same range),
// with each quote standing as one sentinel token, encoded for the rule's regex.
struct TokenContext {
  std::string str;
  std::vector<std::size_t> offsets;  // where each entry starts in str
  std::vector<Span> spans;           // the document bytes of each entry

  // The bytes of the entries that the match [b, e) of str covers.
  Span to_doc(std::size_t b, std::size_t e) const {
    if (e <= b || offsets.empty()) return {};
    auto first = std::upper_bound(offsets.begin(), offsets.end(), b) - 1;
    auto last = std::upper_bound(offsets.begin(), offsets.end(), e - 1) - 1;
    return {spans[static_cast<std::size_t>(first - offsets.begin())].begin,
            spans[static_cast<std::size_t>(last - offsets.begin())].end};
  }
};

TokenContext build_token_context(const Document& doc, const Context& c) {
  TokenContext t;
  for (const Context::Piece& p : c.pieces) {
    if (p.sentinel) {
      t.offsets.push_back(t.str.size());
      t.spans.push_back(p.covers);
      append_token_entry(t.str, p.ctx == c.quote_at ? kQuoteSentinel : kOtherSentinel, "Q", 'O', "");
      continue;
    }
    const auto range = doc.tokens_in({p.doc, p.doc + p.len});
    for (std::size_t k = range.first; k < range.second; ++k) {
      const quoteattr::Token& tok = doc.tokens()[k];
      t.offsets.push_back(t.str.size());
      t.spans.push_back(tok.span);
      const char chunk = tok.chunk == Chunk::kBeginNP ? 'B' : tok.chunk == Chunk::kInsideNP ? 'I' : 'O';
      append_token_entry(t.str, tok.lower, tag_name(tok.tag), chunk, tok.lemma);
    }
  }
  return t;
}

void attribute(Attribution& a, const Resolution& res, Span mention, Span cue, const std::string& rule,
               double confidence, Discourse& d, std::string evidence) {
  a.speaker = res.speaker;
  a.speaker_mention = mention;
  a.cue = cue;
  a.rule = rule;
  a.confidence = std::round(confidence * 1000.0) / 1000.0;
  a.evidence.push_back(std::move(evidence));
  if (!res.how.empty()) a.evidence.push_back(res.how);
  d.note(res.entity, mention.empty() ? a.span.begin : mention.begin);
}

// The speaker already decided for result index j, as a resolution.
Resolution copy_of(const Result& r, std::size_t j, const Discourse& d) {
  Resolution res;
  if (!r.quotes[j].speaker) return res;
  res.speaker = *r.quotes[j].speaker;
  for (std::size_t e = 0; e < d.entities().size(); ++e)
    if (d.entities()[e].name == res.speaker) res.entity = static_cast<int>(e);
  res.factor = r.quotes[j].confidence;  // a derived answer is never surer than its source
  return res;
}

}  // namespace

// The parts of a subject that names several people ("Kerry and Lavrov", "Kerry, Lavrov"), or
// the subject itself when its parts are not all distinct known people.
std::vector<Span> joint_subjects(std::string_view text, Span subject, const Discourse& d) {
  std::vector<Span> parts;
  std::size_t b = subject.begin;
  const std::string_view s = subject.in(text);
  for (std::size_t i = 0; i <= s.size(); ++i) {
    std::size_t sep = 0;
    if (i == s.size()) sep = 1;
    else if (s[i] == ',') sep = 1;
    else if (s.compare(i, 5, " and ") == 0) sep = 5;
    if (!sep) continue;
    Span part{skip_space(text, b, subject.begin + i), subject.begin + i};
    if (part.empty()) return {subject};
    parts.push_back(part);
    b = subject.begin + i + sep;
    i += sep - 1;
  }
  if (parts.size() < 2) return {subject};
  std::vector<int> seen;
  for (Span p : parts) {
    // Each part a known person or a titled one ("The secretary and prime minister").
    Resolution res = d.resolve(p);
    if (res.entity < 0 || res.factor < 0.8 || std::find(seen.begin(), seen.end(), res.entity) != seen.end())
      return {subject};
    seen.push_back(res.entity);
  }
  return parts;
}

// Inserts each joint attribution right after the one it joins, keeping parent and
// continuation indexes right.
void add_joint(Result& r, std::vector<std::pair<std::size_t, Attribution>>& joint) {
  std::vector<Attribution> out;
  std::vector<int> new_index(r.quotes.size());
  std::size_t j = 0;
  for (std::size_t i = 0; i < r.quotes.size(); ++i) {
    new_index[i] = static_cast<int>(out.size());
    out.push_back(std::move(r.quotes[i]));
    for (; j < joint.size() && joint[j].first == i; ++j) out.push_back(std::move(joint[j].second));
  }
  for (auto& a : out) {
    if (a.parent >= 0) a.parent = new_index[static_cast<std::size_t>(a.parent)];
    if (a.continues >= 0) a.continues = new_index[static_cast<std::size_t>(a.continues)];
  }
  r.quotes = std::move(out);
}

Result AttributorImpl::analyze(std::string_view text) const {
  Result r;
  r.utf8 = check_utf8(text);
  if (options.utf8 == Utf8Policy::kStrict) require_valid_utf8(text);
  auto doc = std::make_shared<Document>(documents.build(text));
  r.document = doc;
  r.paragraphs = doc->paragraph_spans();
  r.sentences = doc->sentence_spans();
  const std::vector<DirectQuote> direct = finder.find(*doc);
  std::vector<ReportedSpeech> reports;
  if (options.indirect) reports = reported.find(*doc, direct);

  // Merge direct quotes and reports into one list sorted by start (outer first).
  struct Item {
    Span span;
    int direct = -1;
    int report = -1;
  };
  std::vector<Item> items;
  for (std::size_t i = 0; i < direct.size(); ++i) {
    if (direct[i].kind == QuoteKind::kTerm && !options.terms) continue;
    items.push_back({direct[i].content, static_cast<int>(i), -1});
  }
  for (std::size_t i = 0; i < reports.size(); ++i) items.push_back({reports[i].content, -1, static_cast<int>(i)});
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.span < b.span; });

  Discourse d(speakers, *doc);
  Work w{text, r, direct, {}, {}, d};
  std::vector<int> result_of_direct(direct.size(), -1);
  for (const Item& it : items) {
    Attribution a;
    a.span = it.span;
    Span ext = it.span;
    if (it.direct >= 0) {
      const DirectQuote& q = direct[static_cast<std::size_t>(it.direct)];
      a.kind = q.kind;
      a.recovery = q.recovery;
      ext = {std::min(q.open_mark.begin, q.content.begin), std::max(q.close_mark.end, q.content.end)};
      result_of_direct[static_cast<std::size_t>(it.direct)] = static_cast<int>(r.quotes.size());
    } else {
      a.kind = reports[static_cast<std::size_t>(it.report)].kind;
    }
    w.direct_of.push_back(it.direct);
    w.extent.push_back(ext);
    r.quotes.push_back(std::move(a));
  }
  // Parents and continuations, as indexes into r.quotes.
  std::vector<std::size_t> report_items;
  for (std::size_t i = 0; i < r.quotes.size(); ++i)
    if (w.direct_of[i] < 0) report_items.push_back(i);
  for (std::size_t i = 0; i < r.quotes.size(); ++i) {
    int di = w.direct_of[i];
    if (di >= 0) {
      const DirectQuote& q = direct[static_cast<std::size_t>(di)];
      if (q.parent >= 0) r.quotes[i].parent = result_of_direct[static_cast<std::size_t>(q.parent)];
      if (q.continues >= 0) r.quotes[i].continues = result_of_direct[static_cast<std::size_t>(q.continues)];
    }
    if (r.quotes[i].parent < 0 && r.quotes[i].kind != QuoteKind::kTerm) {
      // The innermost report (mixed or indirect) that holds this quote: one of the last few
      // reports that start before it.
      auto after = std::upper_bound(report_items.begin(), report_items.end(), r.quotes[i].span.begin,
                                    [&](std::size_t p, std::size_t j) { return p < r.quotes[j].span.begin; });
      for (std::size_t back = 0; after != report_items.begin() && back < 4; ++back) {
        const std::size_t j = *--after;
        if (j != i && r.quotes[j].span.contains(r.quotes[i].span) && r.quotes[j].span != r.quotes[i].span) {
          r.quotes[i].parent = static_cast<int>(j);
          break;
        }
      }
    }
  }

  std::vector<std::pair<std::size_t, Attribution>> joint;  // (index it joins, attribution)
  int item_index = -1;
  for (const Item& it : items) {
    ++item_index;
    const std::size_t qi = static_cast<std::size_t>(item_index);
    Attribution& a = r.quotes[qi];
    if (a.kind == QuoteKind::kTerm) continue;
    const Span para = r.paragraphs.empty() ? Span{0, text.size()} : r.paragraphs[doc->paragraph_at(a.span.begin)];
    const std::size_t s0 = doc->sentence_at(w.extent[qi].begin);
    const std::size_t s1 = doc->sentence_at(w.extent[qi].end ? w.extent[qi].end - 1 : 0);
    bool done = false;
    auto accept = [&](const Resolution& res, Span mention, Span cue, const std::string& rule, double conf,
                      std::string evidence) {
      if (done || res.speaker.empty() || conf < options.min_confidence) return;
      attribute(a, res, mention, cue, rule, conf, d, std::move(evidence));
      done = true;
    };

    // An answer taken from another attribution (index j): never surer than that one.
    // The source passed the threshold when it was decided, so the derived answer is taken.
    auto derive = [&](std::size_t j, Span mention, Span cue, const char* rule, double most, std::string why) {
      Resolution src = copy_of(r, j, d);
      if (done || src.speaker.empty()) return;
      attribute(a, src, mention, cue, rule, std::min(most, src.factor), d, std::move(why));
      done = true;
    };

    // The context of each kind of rule, built once per quote. Attribution cues stand near
    // their quote, so the context is cut to a window around it: this keeps the work per quote
    // bounded, and the whole analysis linear, however long a sentence or paragraph is.
    constexpr std::size_t kWindow = 320;
    std::optional<Context> contexts[3];
    std::optional<TokenContext> token_contexts[3];
    auto context_for = [&](RuleWhere where) -> const Context& {
      auto& slot = contexts[static_cast<int>(where)];
      if (slot) return *slot;
      Span range;
      if (r.sentences.empty() || where == RuleWhere::kParagraph) range = para;
      else if (where == RuleWhere::kPrevious) {
        // The sentence before, in this paragraph; or, for a quote opening its paragraph, the
        // last sentence of the paragraph before when it ends with a colon ("… the challenges:").
        std::size_t b = r.sentences[s0].begin;
        if (s0 > 0) {
          const Span prev = r.sentences[s0 - 1];
          const bool colon = prev.end > 0 && text[prev.end - 1] == ':';
          if (prev.begin >= para.begin || (colon && w.extent[qi].begin == para.begin)) b = prev.begin;
        }
        range = {b, r.sentences[s1].end};
      }
      else
        range = {r.sentences[s0].begin, r.sentences[s1].end};
      const Span ext = w.extent[qi];
      range.begin = std::min(range.begin, ext.begin);
      range.end = std::max(range.end, ext.end);
      // Cut at token starts, so that a cut never splits a word or a code point.
      auto token_start = [&](std::size_t pos) {
        const std::size_t t = doc->token_at_or_after(pos);
        if (t >= doc->tokens().size()) return text.size();
        const Span tok = doc->tokens()[t].span;
        return tok.begin < pos ? tok.end : tok.begin;  // inside a token: cut after it
      };
      if (ext.begin > range.begin + kWindow) range.begin = token_start(ext.begin - kWindow);
      if (range.end > ext.end + kWindow) range.end = token_start(ext.end + kWindow);
      slot = build_context(w, qi, range);
      const Lexicon& lex = options.lexicon;
      // The document's words in the context's text pieces: cue words, and where a mention may start.
      for (const Context::Piece& p : slot->pieces) {
        if (p.sentinel) continue;
        const auto wr = d.words_in({p.doc, p.doc + p.len});
        for (std::size_t k = wr.first; k < wr.second; ++k) {
          const Word& t = d.words()[k];
          if (cue_words.count(t.lower)) slot->has_cue = true;
          if (t.capitalized || lex.is(WordClass::kMentionStarts, t.lower))
            slot->mention_starts.push_back(p.ctx + (t.span.begin - p.doc));
        }
      }
      return *slot;
    };

    // 1-4: C++ rules first, structural evidence, the profile's patterns, C++ rules last.
    auto run_rule = [&](const CompiledRule& rule) {
      if (done) return;
      if (rule.fn) {
        RuleContext ctx{text, r, qi};
        std::optional<Proposal> p = rule.fn(ctx);
        if (!p) return;
        Resolution res;
        if (p->speaker) {
          res.speaker = *p->speaker;
          res.factor = 1.0;
          for (std::size_t e = 0; e < d.entities().size(); ++e)
            if (d.entities()[e].name == res.speaker) res.entity = static_cast<int>(e);
        } else {
          res = d.resolve(p->speaker_mention);
        }
        accept(res, p->speaker_mention, p->cue, rule.id, p->confidence * res.factor, "C++ rule " + rule.id);
        return;
      }
      const Context& c = context_for(rule.where);
      if (rule.token) {
        auto& slot = token_contexts[static_cast<int>(rule.where)];
        if (!slot) slot = build_token_context(*doc, c);
        const TokenContext& tc = *slot;
        boost::smatch m;
        auto from = tc.str.cbegin();
        while (!done && boost::regex_search(from, tc.str.cend(), m, rule.re, boost::match_default)) {
          auto first_matched = [&](const char* base, int groups) -> Span {
            for (int g = 0; g < groups; ++g) {
              const std::string name = g == 0 ? std::string(base) : base + std::to_string(g);
              const auto& sub = m[name];
              if (sub.matched)
                return tc.to_doc(static_cast<std::size_t>(sub.first - tc.str.cbegin()),
                                 static_cast<std::size_t>(sub.second - tc.str.cbegin()));
            }
            return {};
          };
          const Span mention = first_matched("speaker", rule.speaker_groups);
          const Span cue = first_matched("verb", rule.verb_groups);
          if (!mention.empty()) {
            Resolution res =
                d.resolve(mention, mention.begin >= w.extent[qi].end ? w.extent[qi].begin : mention.begin);
            accept(res, mention, cue, rule.id, rule.confidence * res.factor,
                   "token rule " + rule.id + " (" + rule.description + ") matched '" +
                       std::string(mention.in(text)) +
                       (cue.empty() ? std::string() : "' with cue '" + std::string(cue.in(text))) + "'");
          }
          // Go on from the entry after the match's first.
          const std::size_t at = static_cast<std::size_t>(m[0].first - tc.str.cbegin());
          const std::size_t next = tc.str.find('\x1E', at);
          if (next == std::string::npos) break;
          from = tc.str.cbegin() + static_cast<long>(next + 1);
        }
        return;
      }
      if (rule.needs_cue && !c.has_cue) return;
      boost::smatch m;
      std::string::const_iterator from = c.str.begin();
      auto flags = boost::match_default;
      // Where a match may start: at the quote, at a word that can begin a mention, or anywhere.
      std::size_t next_start = 0;
      auto anchored = [&]() -> bool {
        if (rule.quote_first) {
          if (next_start++ > 0 || c.quote_at == std::string::npos) return false;
          from = c.str.begin() + static_cast<long>(c.quote_at);
        } else {
          if (next_start >= c.mention_starts.size()) return false;
          from = c.str.begin() + static_cast<long>(c.mention_starts[next_start++]);
        }
        // The character before `from` may be read (for \b) only when there is one.
        flags = from == c.str.begin() ? boost::match_continuous
                                      : boost::match_continuous | boost::match_prev_avail;
        return true;
      };
      const bool anchor = rule.quote_first || rule.speaker_first;
      if (anchor && !anchored()) return;
      while (!done) {
        if (!boost::regex_search(from, c.str.cend(), m, rule.re, flags)) {
          if (anchor && anchored()) continue;
          break;
        }
        auto sp = m["speaker"];
        if (!sp.matched) break;
        std::size_t sb = static_cast<std::size_t>(sp.first - c.str.cbegin());
        std::size_t se = static_cast<std::size_t>(sp.second - c.str.cbegin());
        Span mention{c.to_doc(sb, false), c.to_doc(se, true)};
        Span cue;
        auto vb = m["verb"];
        if (vb.matched)
          cue = {c.to_doc(static_cast<std::size_t>(vb.first - c.str.cbegin()), false),
                 c.to_doc(static_cast<std::size_t>(vb.second - c.str.cbegin()), true)};
        // A mention after the quotation ("“…,” he said") looks back from the quotation's start:
        // names inside the quote are not who "he" is.
        Resolution res = d.resolve(mention, mention.begin >= w.extent[qi].end ? w.extent[qi].begin : mention.begin);
        accept(res, mention, cue, rule.id, rule.confidence * res.factor,
               "rule " + rule.id + " (" + rule.description + ") matched '" +
                   (cue.empty() ? std::string(mention.in(text))
                    : cue.begin < mention.begin ? std::string(cue.in(text)) + " … " + std::string(mention.in(text))
                                                : std::string(mention.in(text)) + " … " + std::string(cue.in(text))) +
                   "'");
        if (anchor) {
          if (!anchored()) break;
          continue;
        }
        if (m[0].second == from) break;
        from = m[0].first + 1;
        flags = boost::match_prev_avail;
        while (from != c.str.cend() && (static_cast<unsigned char>(*from) & 0xC0) == 0x80) ++from;
      }
    };
    if (it.report >= 0) {
      const ReportedSpeech& rep = reports[static_cast<std::size_t>(it.report)];
      if (!rep.subject.empty()) {
        // "Kerry and Lavrov say …", "Kerry, Lavrov Say …", "They reaffirmed …": one attribution
        // per speaker.
        std::vector<std::pair<Span, Resolution>> voices;
        std::vector<Span> parts = joint_subjects(text, rep.subject, d);
        std::vector<int> members;
        for (Span part : parts) {
          // A subject after its content ("…, he said") looks back from the content's start.
          Resolution res = d.resolve(part, part.begin >= a.span.end ? a.span.begin : part.begin);
          if (res.group.size() > 1) {
            for (int e : res.group) {
              Resolution one = res;
              one.entity = e;
              one.speaker = d.entities()[static_cast<std::size_t>(e)].name;
              one.group.clear();
              voices.emplace_back(part, std::move(one));
            }
          } else {
            if (res.entity >= 0) members.push_back(res.entity);
            voices.emplace_back(part, std::move(res));
          }
        }
        if (parts.size() > 1 && members.size() == parts.size()) d.note_group(members, rep.subject.begin);
        bool first = true;
        for (auto& [part, res] : voices) {
          // The report's own confidence says whether this is speech at all; whether the speaker
          // is right is the resolution's, so the threshold applies to that.
          double conf = rep.confidence * res.factor;
          if (res.speaker.empty() || res.factor < options.min_confidence) continue;
          Attribution& target = first ? a : joint.emplace_back(qi, a).second;
          if (!first) target.evidence.clear();
          attribute(target, res, part, rep.cue, rep.rule, conf, d,
                    "reported speech (" + rep.rule + ") with subject '" + std::string(rep.subject.in(text)) + "'" +
                        (voices.size() > 1 ? " (a joint statement)" : ""));
          first = false;
        }
      } else if (rep.continuation) {
        int last = d.last_speaker_before(a.span.begin);
        if (last >= 0) {
          Resolution res;
          res.entity = last;
          res.speaker = d.entities()[static_cast<std::size_t>(last)].name;
          attribute(a, res, {}, rep.cue, "continuation", rep.confidence * 0.9, d,
                    "continues the reported speech of the previous speaker");
        }
      }
      // No subject that resolves: the rules that apply to reported speech, in order.
      done = a.speaker.has_value();
      for (const auto& rule : rules)
        if (rule.fn || rule.applies != RuleApplies::kDirect) run_rule(rule);
      continue;
    }
    const DirectQuote& q = direct[static_cast<std::size_t>(it.direct)];
    for (const auto& rule : rules)
      if (rule.fn && rule.first) run_rule(rule);

    if (!done && q.recovery == Recovery::kTranscript) {
      // The turn's label: the paragraph's words before the colon; unlabelled turns continue
      // the previous one.
      std::string_view head = text.substr(para.begin, a.span.begin - para.begin);
      std::size_t colon = head.find(':');
      if (colon != std::string_view::npos) {
        Span label{para.begin, para.begin + colon};
        Resolution res = d.resolve(label);  // "QUESTION" is surer as a label than as a person
        accept(res, label, {}, "transcript-turn", 0.97 * res.factor,
               "transcript turn labelled '" + std::string(label.in(text)) + "'");
      }
      if (!done && qi > 0) {
        for (std::size_t j = qi, n = 0; j-- > 0 && n++ < 4 * 64;)
          if (w.direct_of[j] >= 0 && r.quotes[j].recovery == Recovery::kTranscript && r.quotes[j].speaker) {
            derive(j, {}, {}, "transcript-continuation", 0.9, "unlabelled paragraph of the previous transcript turn");
            break;
          }
      }
    }
    if (!done && a.continues >= 0 && r.quotes[static_cast<std::size_t>(a.continues)].speaker)
      derive(static_cast<std::size_t>(a.continues), {}, {}, "multi-paragraph", 0.92,
             "continues the quotation of the previous paragraph");
    if (!done && a.parent >= 0 && r.quotes[static_cast<std::size_t>(a.parent)].speaker &&
        w.direct_of[static_cast<std::size_t>(a.parent)] < 0)
      derive(static_cast<std::size_t>(a.parent), r.quotes[static_cast<std::size_t>(a.parent)].speaker_mention,
             r.quotes[static_cast<std::size_t>(a.parent)].cue, "inside-report", 0.9,
             "quoted fragment inside a report of this speaker");

    for (const auto& rule : rules)
      if ((!rule.fn || !rule.first) && rule.applies != RuleApplies::kIndirect) run_rule(rule);

    // 5: discourse fallbacks.
    constexpr std::size_t kLookback = 64;  // quotes looked back at, so that work stays linear
    if (!done) {
      for (std::size_t j = qi, n = 0; j-- > 0 && n++ < kLookback;) {
        if (w.extent[j].end <= r.sentences[s0].begin) break;
        if (w.direct_of[j] >= 0 && r.quotes[j].speaker && !r.quotes[j].rule.empty()) {
          derive(j, {}, {}, "same-sentence", 0.8, "another quote of the same sentence is attributed to this speaker");
          break;
        }
      }
    }
    if (!done) {
      // The speaker of the nearest attribution in this paragraph or the previous one.
      const std::size_t pi = doc->paragraph_at(a.span.begin);
      const std::size_t from_para = pi > 0 ? r.paragraphs[pi - 1].begin : 0;
      for (std::size_t j = qi, n = 0; j-- > 0 && n++ < kLookback;) {
        if (w.extent[j].begin < from_para) break;
        if (r.quotes[j].speaker && r.quotes[j].kind != QuoteKind::kTerm) {
          bool same_para = w.extent[j].begin >= para.begin;
          derive(j, {}, {}, same_para ? "paragraph-speaker" : "previous-paragraph", same_para ? 0.7 : 0.65,
                 same_para ? "the last speaker of this paragraph" : "the last speaker of the previous paragraph");
          break;
        }
      }
    }
    if (!done && w.extent[qi].begin == para.begin) {
      // A quote that opens its paragraph with no attribution of its own: the last speaker
      // quoted directly, within the three paragraphs before (a stand-alone quote).
      const std::size_t pi = doc->paragraph_at(a.span.begin);
      const std::size_t from_para = pi > 2 ? r.paragraphs[pi - 3].begin : 0;
      for (std::size_t j = qi, n = 0; j-- > 0 && n++ < kLookback;) {
        if (w.extent[j].begin < from_para) break;
        if (r.quotes[j].speaker && r.quotes[j].kind == QuoteKind::kDirect) {
          derive(j, {}, {}, "last-quoted", 0.6, "a stand-alone quote: the speaker last quoted");
          break;
        }
      }
    }
  }
  if (!joint.empty()) add_joint(r, joint);
  return r;
}

}  // namespace detail

Attributor::Attributor() : Attributor(Profile::builtin()) {}
Attributor::Attributor(Profile profile, AttributorOptions options)
    : impl_(std::make_shared<detail::AttributorImpl>(std::move(profile), std::move(options),
                                                     std::vector<detail::CompiledRule>{})) {}
Attributor::Attributor(std::shared_ptr<const detail::AttributorImpl> impl) : impl_(std::move(impl)) {}
Attributor::~Attributor() = default;
Attributor::Attributor(const Attributor&) = default;
Attributor& Attributor::operator=(const Attributor&) = default;
Attributor::Attributor(Attributor&&) noexcept = default;
Attributor& Attributor::operator=(Attributor&&) noexcept = default;

Attributor::Builder::Builder(Profile profile, AttributorOptions options)
    : profile_(std::move(profile)), options_(std::move(options)) {}

Attributor::Builder& Attributor::Builder::add_rule(std::string id, RuleFunction fn, bool first) {
  if (id.empty() || !fn) throw Error(ErrorCode::kInvalidArgument, "a C++ rule needs an id and a callable");
  for (const auto& c : callables_)
    if (c.id == id) throw Error(ErrorCode::kProfileDuplicate, "C++ rule id '" + id + "' is used twice");
  for (const auto& r : profile_.rules())
    if (r.id == id) throw Error(ErrorCode::kProfileDuplicate, "C++ rule id '" + id + "' is already a profile rule");
  callables_.push_back({std::move(id), std::move(fn), first});
  return *this;
}

Attributor Attributor::Builder::build() const {
  std::vector<detail::CompiledRule> callables;
  for (const auto& c : callables_) {
    detail::CompiledRule r;
    r.id = c.id;
    r.fn = c.fn;
    r.first = c.first;
    callables.push_back(std::move(r));
  }
  return Attributor(std::make_shared<const detail::AttributorImpl>(profile_, options_, std::move(callables)));
}

const Profile& Attributor::profile() const noexcept { return impl_->profile; }
const AttributorOptions& Attributor::options() const noexcept { return impl_->options; }

Result Attributor::analyze(std::string_view text) const { return impl_->analyze(text); }

}  // namespace quoteattr
