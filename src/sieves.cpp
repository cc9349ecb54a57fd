// The sieves: see sieves.hpp for the order and the job of each.
#include "sieves.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <stdexcept>

#include "pattern.hpp"
#include "quoteattr/lemmatizer.hpp"
#include "text_util.hpp"

namespace quoteattr {
namespace detail {

using C = SieveConstants;

std::size_t Context::to_doc(std::size_t off, bool end) const {
  for (const Piece& p : pieces) {
    if (off < p.ctx || off > p.ctx + p.len) continue;
    if (off == p.ctx + p.len && &p != &pieces.back() && !end) continue;
    if (p.sentinel) return end ? p.covers.end : p.covers.begin;
    return p.doc + (off - p.ctx);
  }
  return pieces.empty() ? 0 : pieces.back().doc + pieces.back().len;
}

Span TokenContext::to_doc(std::size_t b, std::size_t e) const {
  if (e <= b || offsets.empty()) return {};
  auto first = std::upper_bound(offsets.begin(), offsets.end(), b) - 1;
  auto last = std::upper_bound(offsets.begin(), offsets.end(), e - 1) - 1;
  return {spans[static_cast<std::size_t>(first - offsets.begin())].begin,
          spans[static_cast<std::size_t>(last - offsets.begin())].end};
}

namespace {

Context build_context(const DocumentState& w, std::size_t qi, Span range) {
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
  for (std::size_t back = 0; i0 > 0 && back < C::kLookback && w.extent[i0 - 1].end > range.begin; ++back) --i0;
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

// The speaker already decided for result index j, as a resolution.
Resolution copy_of(const DocumentState& s, std::size_t j) {
  Resolution res;
  const Attribution& src = s.r.quotes[j];
  if (!src.speaker) return res;
  res = s.resolutions[j];
  res.speaker = *src.speaker;
  res.how.clear();
  res.group.clear();
  res.factor = src.confidence;  // a derived answer is never surer than its source
  // It keeps the doubt of the source's resolution (a pronoun), not that of the source's sieve.
  res.flags &= kResolutionFlags;
  return res;
}

}  // namespace

QuoteState::QuoteState(DocumentState& st, std::size_t i) : s(st), qi(i), a(st.r.quotes[i]) {
  para = s.r.paragraphs.empty() ? Span{0, s.text.size()} : s.r.paragraphs[s.doc.paragraph_at(a.span.begin)];
  s0 = s.doc.sentence_at(s.extent[qi].begin);
  s1 = s.doc.sentence_at(s.extent[qi].end ? s.extent[qi].end - 1 : 0);
}

void QuoteState::attribute_to(Attribution& target, const Resolution& res_in, Span mention, Span cue,
                              const std::string& rule, double confidence, std::string evidence, unsigned flags) {
  Resolution res = res_in;
  res.flags |= flags;
  if (!(res.flags & kFlagTitleName) && s.d.doubtful_name(res, mention)) {
    // A name that still reads as a title or a word of a longer name: less sure.
    res.flags |= kFlagTitleName;
    confidence *= kTitleName;
  }
  if (res.entity < 0 && !res.description && !mention.empty() && res.speaker == mention.in(s.text)) {
    // A person the text names without a title: from now on an entity that pronouns and
    // surnames can refer to.
    const int e = s.d.adopt(mention);
    if (e >= 0) {
      res.entity = e;
      res.speaker = s.d.entities()[static_cast<std::size_t>(e)].name;
    }
  }
  target.speaker = res.speaker;
  target.speaker_mention = mention;
  target.cue = cue;
  target.rule = rule;
  target.confidence = std::round(confidence * 1000.0) / 1000.0;
  target.prior_confidence = target.confidence;  // the calibration table replaces `confidence` at the end
  target.flags = flag_names(res.flags);
  if (s.options.evidence) {
    target.evidence.push_back(std::move(evidence));
    if (!res.how.empty()) target.evidence.push_back(res.how);
  }
  s.d.note(res.entity, mention.empty() ? target.span.begin : mention.begin);
  if (&target == &a) s.resolutions[qi] = res;
}

void QuoteState::accept(const Resolution& res, Span mention, Span cue, const std::string& rule, double conf,
                        std::string evidence, unsigned flags) {
  if (done || res.speaker.empty() || conf < s.options.min_confidence) return;
  if (res.group.size() > 1) {
    // A group ("they", "both", "the two ministers") speaks as each of its members, as a joint
    // subject of reported speech does: one attribution per member, the first on the quotation.
    bool first = true;
    for (int e : res.group) {
      Resolution one = res;
      one.entity = e;
      one.speaker = s.d.entities()[static_cast<std::size_t>(e)].name;
      one.group.clear();
      if (first) {
        attribute_to(a, one, mention, cue, rule, conf, evidence, flags);
        first = false;
        continue;
      }
      auto& [at, copy] = s.joint.emplace_back(qi, a);
      copy.evidence.clear();
      attribute_to(copy, one, mention, cue, rule, conf, evidence + " (a joint statement)", flags);
      s.resolutions.push_back(one);  // kept beside s.joint, in the same order
    }
    done = true;
    return;
  }
  attribute_to(a, res, mention, cue, rule, conf, std::move(evidence), flags);
  done = true;
}

void QuoteState::derive(std::size_t j, Span mention, Span cue, const char* rule, double most, std::string why,
                        unsigned flags) {
  // The source passed the threshold when it was decided, so the derived answer is taken.
  Resolution src = copy_of(s, j);
  if (done || src.speaker.empty()) return;
  attribute_to(a, src, mention, cue, rule, std::min(most, src.factor), std::move(why), flags);
  done = true;
}

Resolution QuoteState::resolve(Span mention, std::size_t salience_before) const {
  // One mention names one speaker: "she" in "“X,” she said. “Y.”" attributes both quotes, and
  // the second must not look back past a name that the first quote itself brought up.
  Resolution fresh = s.d.resolve(mention, salience_before);
  if (fresh.group.size() > 1) return fresh;  // a group speaks as all its members
  if (Resolution body = previous_body(mention, fresh); !body.speaker.empty()) return body;
  for (std::size_t j = qi, n = 0; j-- > 0 && n++ < C::kLookback;) {
    const Attribution& prev = s.r.quotes[j];
    if (prev.speaker && prev.speaker_mention == mention && s.resolutions[j].entity >= 0) {
      Resolution res = s.resolutions[j];
      res.how = "the same mention '" + std::string(mention.in(s.text)) + "' as an earlier quotation: " + res.how;
      return res;
    }
  }
  return fresh;
}

Resolution QuoteState::previous_body(Span mention, const Resolution& fresh) const {
  // "Northline Power said … The company warned …": "the" and a bare institution noun that the text
  // gave no body's name ("company", "group") is the body that spoke last, in this paragraph or the
  // one before, named by a proper name and no person.
  Resolution none;
  if (fresh.entity >= 0 || fresh.speaker.empty()) return none;
  const auto [b, e] = s.d.words_in(mention);
  const auto& words = s.d.words();
  if (e != b + 2 || words[b].lower != s.d.role_word(WordRole::kDefiniteArticle) || words[b + 1].capitalized ||
      !s.d.model().institution_head({words[b + 1].lower}) || ascii_lower(fresh.speaker) != words[b + 1].lower)
    return none;
  const std::size_t pi = s.doc.paragraph_at(s.r.quotes[qi].span.begin);
  const std::size_t from = pi > 0 ? s.r.paragraphs[pi - 1].begin : 0;
  for (std::size_t j = qi, n = 0; j-- > 0 && n++ < C::kLookback;) {
    const Attribution& prev = s.r.quotes[j];
    if (s.extent[j].begin < from) break;
    if (!prev.speaker || prev.speaker->empty() || prev.kind == QuoteKind::kTerm) continue;
    const Resolution& pr = s.resolutions[j];
    const bool person = pr.entity >= 0 && !s.d.entities()[static_cast<std::size_t>(pr.entity)].institution &&
                        s.d.entities()[static_cast<std::size_t>(pr.entity)].gender != Gender::kGroup;
    if (person || pr.description || !std::isupper(static_cast<unsigned char>((*prev.speaker)[0]))) return none;
    Resolution res = pr;
    res.speaker = *prev.speaker;
    res.group.clear();
    res.factor = std::min(pr.factor > 0 ? pr.factor : 1.0, C::kPreviousBody);
    res.how = "'" + std::string(mention.in(s.text)) + "' read as " + res.speaker + ", the body that spoke last";
    return res;
  }
  return none;
}

const Context& QuoteState::context(RuleWhere where) {
  auto& slot = contexts_[static_cast<std::size_t>(where)];
  if (slot) return *slot;
  const auto& sentences = s.r.sentences;
  const Span ext = s.extent[qi];
  Span range;
  if (sentences.empty() || where == RuleWhere::kParagraph) {
    range = para;
  } else if (where == RuleWhere::kPrevious) {
    // The sentence before, in this paragraph; or, for a quote opening its paragraph, the last
    // sentence of the paragraph before when it ends with a colon ("… the challenges:").
    std::size_t b = sentences[s0].begin;
    if (s0 > 0) {
      const Span prev = sentences[s0 - 1];
      const bool colon = prev.end > 0 && s.text[prev.end - 1] == ':';
      if (prev.begin >= para.begin || (colon && ext.begin == para.begin)) b = prev.begin;
    }
    range = {b, sentences[s1].end};
  } else {
    range = {sentences[s0].begin, sentences[s1].end};
  }
  range.begin = std::min(range.begin, ext.begin);
  range.end = std::max(range.end, ext.end);
  // Cut at token starts, so that a cut never splits a word or a code point.
  auto token_start = [&](std::size_t pos) {
    const std::size_t t = s.doc.token_at_or_after(pos);
    if (t >= s.doc.tokens().size()) return s.text.size();
    const Span tok = s.doc.tokens()[t].span;
    return tok.begin < pos ? tok.end : tok.begin;  // inside a token: cut after it
  };
  if (ext.begin > range.begin + C::kWindow) range.begin = token_start(ext.begin - C::kWindow);
  if (range.end > ext.end + C::kWindow) range.end = token_start(ext.end + C::kWindow);
  slot = build_context(s, qi, range);
  const Lexicon& lex = s.options.lexicon;
  // The document's words in the context's text pieces: cue words, and where a mention may start.
  for (const Context::Piece& p : slot->pieces) {
    if (p.sentinel) continue;
    const auto wr = s.d.words_in({p.doc, p.doc + p.len});
    for (std::size_t k = wr.first; k < wr.second; ++k) {
      const Word& t = s.d.words()[k];
      if (s.cue_words.count(t.lower)) slot->has_cue = true;
      // A generational suffix ("Jr.", "III") ends a name and never starts one.
      if ((t.capitalized && !t.in(WordClass::kNameSuffixes)) || lex.is(WordClass::kMentionStarts, t.lower))
        slot->mention_starts.push_back(p.ctx + (t.span.begin - p.doc));
    }
  }
  return *slot;
}

const TokenContext& QuoteState::token_context(RuleWhere where) {
  auto& slot = token_contexts_[static_cast<std::size_t>(where)];
  if (!slot) slot = build_token_context(s.doc, context(where));
  return *slot;
}

namespace {

// The subject of a cue that the mention a rule matched only stands near: a name inside the
// appositives between the subject and its cue ("At a briefing, Jane Roe, Vice-President of the
// Council, responsible for Trade, said: “…”": not "Trade"), or a place in the adjuncts that open
// the sentence ("In Geneva, Ana Souza, director of the Council, added:": not "Geneva"). The
// sentence before the cue is cut at its commas; after the subject's piece come appositives only
// (they start in lower case or name no person, and no "and" joins them), before it the opening
// adjuncts only (each starts with an intro word); the subject is capitalised words that name a
// person. The mention as it was when that is not so.
Span cue_subject(QuoteState& q, Span mention, Span cue) {
  const Discourse& d = q.s.d;
  const auto& words = d.words();
  if (cue.empty() || mention.empty() || cue.begin < mention.end) return mention;
  const std::size_t cb = d.words_in(cue).first;
  const std::size_t mb = d.words_in(mention).first;
  if (cb == 0 || cb >= words.size() || mb >= cb || words[cb - 1].sentence != words[cb].sentence) return mention;
  auto gap = [&](std::size_t k) {
    return q.s.text.substr(words[k].span.end, words[k + 1].span.begin - words[k].span.end);
  };
  const bool apposed = gap(cb - 1) == ", ";  // the cue right after an appositive's comma
  if (!apposed && gap(cb - 1) != " ") return mention;
  // The pieces before the cue, last first: [begin, end) word ranges.
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::size_t end = cb;
  for (std::size_t k = cb - 1;; --k) {
    const bool first = k == 0 || words[k - 1].sentence != words[k].sentence;
    const std::string_view g = first ? std::string_view{} : gap(k - 1);
    if (first || g == ", ") {
      pieces.emplace_back(k, end);
      end = k;
      if (first) break;
    } else if (g.find_first_not_of(" &/") != std::string_view::npos) {
      return mention;  // brackets, quote marks, dashes: not a plain chain of pieces
    }
  }
  auto span_of = [&](std::pair<std::size_t, std::size_t> p) {
    return Span{words[p.first].span.begin, words[p.second - 1].stem_end};
  };
  auto person = [&](std::pair<std::size_t, std::size_t> p) {
    if (p.second - p.first < 2) return false;
    for (std::size_t k = p.first; k < p.second; ++k)
      if (!words[k].capitalized && !words[k].in(WordClass::kNameParticles)) return false;
    const Resolution res = q.resolve(span_of(p), words[p.first].span.begin);
    if (res.speaker.empty() || res.description || res.factor < C::kJointPart) return false;
    return res.entity >= 0 ? !d.entities()[static_cast<std::size_t>(res.entity)].institution
                           : !words[p.first].in(WordClass::kNotNameWords);
  };
  auto appositive = [&](std::pair<std::size_t, std::size_t> p) {
    const Word& w = words[p.first];
    return !(w.tag == Tag::CC && w.in(WordClass::kNpJoiners)) && (!w.capitalized || !person(p));
  };
  // The subject's piece: the first after the appositives before the cue.
  std::size_t s = 0;
  if (apposed)
    while (s < pieces.size() && appositive(pieces[s])) ++s;
  if (s >= pieces.size() || !person(pieces[s])) return mention;
  std::size_t i = 0;  // the mention's piece
  while (i < pieces.size() && mb < pieces[i].first) ++i;
  if (i == s || i >= pieces.size()) return mention;
  // Opening adjuncts from the mention's piece on; right before the name, its title may stand
  // ("In Paris, the minister, Tom Hale, said:": a description, or the name's holder itself).
  auto title_of_name = [&](std::size_t j) {
    if (j != s + 1 || !apposed) return false;
    const Resolution title = q.resolve(span_of(pieces[j]), words[pieces[j].first].span.begin);
    return title.description ||
           (title.entity >= 0 &&
            title.entity == q.resolve(span_of(pieces[s]), words[pieces[s].first].span.begin).entity);
  };
  for (std::size_t j = s + 1; j <= i; ++j)
    if (!words[pieces[j].first].in(WordClass::kIntroWords) && !title_of_name(j)) return mention;
  return span_of(pieces[s]);
}

// ---------------------------------------------------------------------------------------------
// 1, 8, 9: a rule (C++ callable, pattern or token pattern).
class RuleSieve final : public Sieve {
 public:
  explicit RuleSieve(const CompiledRule& rule)
      : Sieve(rule.id, rule.fn                                  ? kAll
                       : rule.applies == RuleApplies::kDirect   ? kDirect
                       : rule.applies == RuleApplies::kIndirect ? kReported
                                                                : kAll),
        rule_(rule) {}

  void run(QuoteState& q) const override {
    auto& gave_up = q.s.gave_up;
    if (std::find(gave_up.begin(), gave_up.end(), &rule_) != gave_up.end()) return;
    try {
      if (rule_.fn)
        run_callable(q);
      else if (rule_.token)
        run_token(q);
      else
        run_pattern(q);
    } catch (const std::runtime_error& e) {
      // Boost.Regex gives up on a context that makes it backtrack too much (a runtime_error,
      // not always a regex_error), after seconds of work: this rule's answer for this quote is
      // dropped, a pattern rule is not run again on this text (one such cost per text, not one
      // per quote), the other sieves still run, and the result says so. A C++ rule that throws
      // is asked again on the next quotation: its failures need not repeat.
      std::string message =
          std::string("rule '") + rule_.id + "' gave up on this quotation's context (" + e.what() + ")";
      if (!rule_.fn) {
        gave_up.push_back(&rule_);
        message += "; it is skipped for the rest of this text";
      }
      q.s.r.diagnostics.push_back({q.s.extent[q.qi], std::move(message), rule_.id});
    }
  }

 private:
  Resolution resolve_mention(QuoteState& q, Span mention) const {
    // A mention after the quotation ("“…,” he said") looks back from the quotation's start:
    // names inside the quote are not who "he" is.
    const Span ext = q.s.extent[q.qi];
    return q.resolve(mention, mention.begin >= ext.end ? ext.begin : mention.begin);
  }

  void run_callable(QuoteState& q) const {
    RuleContext ctx{q.s.text, q.s.r, q.qi};
    std::optional<Proposal> p = rule_.fn(ctx);
    if (!p) return;
    Resolution res;
    if (p->speaker) {
      res.speaker = *p->speaker;
      res.factor = 1.0;
      const auto& ents = q.s.d.entities();
      for (std::size_t e = 0; e < ents.size(); ++e)
        if (ents[e].name == res.speaker) res.entity = static_cast<int>(e);
    } else {
      res = q.s.d.resolve(p->speaker_mention);
    }
    q.accept(res, p->speaker_mention, p->cue, rule_.id, p->confidence * res.factor, "C++ rule " + rule_.id);
  }

  void run_token(QuoteState& q) const {
    const TokenContext& tc = q.token_context(rule_.where);
    const std::string_view text = q.s.text;
    boost::smatch m;
    auto from = tc.str.cbegin();
    while (!q.done && boost::regex_search(from, tc.str.cend(), m, rule_.re, boost::match_default)) {
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
      const Span mention = first_matched("speaker", rule_.speaker_groups);
      const Span cue = first_matched("verb", rule_.verb_groups);
      if (!mention.empty()) {
        const Resolution res = resolve_mention(q, mention);
        q.accept(res, mention, cue, rule_.id, rule_.confidence * res.factor,
                 "token rule " + rule_.id + " (" + rule_.description + ") matched '" + std::string(mention.in(text)) +
                     (cue.empty() ? std::string() : "' with cue '" + std::string(cue.in(text))) + "'");
      }
      // Go on from the entry after the match's first.
      const std::size_t at = static_cast<std::size_t>(m[0].first - tc.str.cbegin());
      const std::size_t next = tc.str.find('\x1E', at);
      if (next == std::string::npos) break;
      from = tc.str.cbegin() + static_cast<long>(next + 1);
    }
  }

  void run_pattern(QuoteState& q) const {
    const Context& c = q.context(rule_.where);
    if (rule_.needs_cue && !c.has_cue) return;
    const std::string_view text = q.s.text;
    boost::smatch m;
    std::string::const_iterator from = c.str.begin();
    auto flags = boost::match_default;
    // Where a match may start: at the quote, at a word that can begin a mention, or anywhere.
    std::size_t next_start = 0;
    auto anchored = [&]() -> bool {
      if (rule_.quote_first) {
        if (next_start++ > 0 || c.quote_at == std::string::npos) return false;
        from = c.str.begin() + static_cast<long>(c.quote_at);
      } else {
        if (next_start >= c.mention_starts.size()) return false;
        from = c.str.begin() + static_cast<long>(c.mention_starts[next_start++]);
      }
      // The character before `from` may be read (for \b) only when there is one.
      flags = from == c.str.begin() ? boost::match_continuous : boost::match_continuous | boost::match_prev_avail;
      return true;
    };
    const bool anchor = rule_.quote_first || rule_.speaker_first;
    if (anchor && !anchored()) return;
    while (!q.done) {
      if (!boost::regex_search(from, c.str.cend(), m, rule_.re, flags)) {
        if (anchor && anchored()) continue;
        break;
      }
      auto sp = m["speaker"];
      if (!sp.matched) break;
      const std::size_t sb = static_cast<std::size_t>(sp.first - c.str.cbegin());
      const std::size_t se = static_cast<std::size_t>(sp.second - c.str.cbegin());
      Span cue;
      auto vb = m["verb"];
      if (vb.matched)
        cue = {c.to_doc(static_cast<std::size_t>(vb.first - c.str.cbegin()), false),
               c.to_doc(static_cast<std::size_t>(vb.second - c.str.cbegin()), true)};
      const Span mention = cue_subject(q, {c.to_doc(sb, false), c.to_doc(se, true)}, cue);
      const Resolution res = resolve_mention(q, mention);
      q.accept(res, mention, cue, rule_.id, rule_.confidence * res.factor,
               "rule " + rule_.id + " (" + rule_.description + ") matched '" +
                   (cue.empty()                 ? std::string(mention.in(text))
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
  }

  const CompiledRule& rule_;
};

// How sure an attribution of reported speech is before its subject is resolved. The finder's
// confidence says how sure it is that the clause is speech at all. Measured over the evaluation
// sets, reports (spurious ones included) are right less often than direct quotes decided at the
// same confidence, so that doubt counts for most of it (1 - kReportedFloor).
double reported_confidence(const ReportedSpeech& rep) {
  return C::kReportedFloor + (1.0 - C::kReportedFloor) * rep.confidence;
}

// The same, with what the report's situation says: a content of a few words is less sure to be
// speech (kShortContent).
bool short_content(const DocumentState& s, const ReportedSpeech& rep) {
  const auto words = s.d.words_in(rep.content);
  return rep.kind == QuoteKind::kIndirect && words.second - words.first <= C::kShortContentWords;
}

double reported_confidence(const DocumentState& s, const ReportedSpeech& rep) {
  return reported_confidence(rep) * (short_content(s, rep) ? C::kShortContent : 1.0);
}

// The one reader of a subject that names several people, for reported speech ("Kerry and Lavrov
// said that …") and for the signers of a lead paragraph's joint statement ("Minister of Fisheries
// and Coastal Affairs Ana Silva and Secretary Tom Reyes issued …"): the subject's words are cut
// at each comma and each "and" between them, and a piece of a title (a department of its own:
// "Minister of Fisheries", or a lone role noun: "Analyst and Executive Editor … Carne Ross")
// belongs to the piece after it. The parts, or the subject itself when they are not all
// distinct speakers.
// The first word of the capitalised phrase that runs into words[first] through titles'
// departments ("Secretary of Defense A and Chairman of the Joint Chiefs …"): capitalised words and
// the small words "of", "for", "the" and "and" between them, one space apart, in one sentence;
// `first` when no "and" before `end` joins two of its parts.
std::size_t titled_list_start(std::string_view text, std::size_t first, std::size_t end, const Discourse& d) {
  const auto& words = d.words();
  std::size_t b = first, start = first;
  while (b > 0) {
    const Word& w = words[b - 1];
    if (w.sentence != words[first].sentence || text.substr(w.span.end, words[b].span.begin - w.span.end) != " ") break;
    const bool small =
        !w.capitalized &&
        (w.lower == d.role_word(WordRole::kGenitive) || w.lower == d.role_word(WordRole::kBenefactive) ||
         w.lower == d.role_word(WordRole::kDefiniteArticle) || w.lower == d.role_word(WordRole::kConjunctionAnd));
    if (!w.capitalized && !small) break;
    --b;
    if (w.capitalized) start = b;
  }
  // An "and" between capitalised words of the phrase.
  std::size_t and_at = first;
  for (std::size_t k = start; k < end; ++k)
    if (words[k].lower == d.role_word(WordRole::kConjunctionAnd) && !words[k].capitalized) and_at = k;
  return and_at > start && and_at != first ? start : first;
}

std::vector<Span> joint_subjects(std::string_view text, Span subject, const Discourse& d) {
  const auto range = d.words_in(subject);
  const auto& words = d.words();
  if (range.second - range.first < 2) return {subject};
  // One body's name before its acronym ("The Substance Abuse and Mental Health Services
  // Administration (SAMHSA)") is no list.
  if (!d.acronym_name(subject).empty()) return {subject};
  // Nor is a body's name listed across commas ("Ministry of Production, Foreign Trade and Investment"),
  // unless words follow a bracket inside the subject ("the Ministry of A, B and C (MABC) and the D
  // Agency (DA)"): an acronym ends a name.
  bool bracket_inside = false;
  for (std::size_t k = range.first + 1; k < range.second && !bracket_inside; ++k)
    bracket_inside = text.substr(words[k - 1].span.end, words[k].span.begin - words[k - 1].span.end).find(')') !=
                     std::string_view::npos;
  if (std::string body; !bracket_inside && !d.body_name(subject, &body).empty()) return {subject};
  // A subject that a preposition runs into ("Secretary for Foreign and Diaspora Affairs X")
  // is the end of a longer phrase, not a list of speakers.
  if (range.first > 0) {
    const Word& prev = words[range.first - 1];
    const bool preposition = (prev.tag == Tag::IN || prev.tag == Tag::TO) && !prev.in(WordClass::kComplementizers) &&
                             !prev.in(WordClass::kRelativePronouns);
    if (!prev.capitalized && preposition &&
        text.substr(prev.span.end, words[range.first].span.begin - prev.span.end).find_first_not_of(' ') ==
            std::string_view::npos) {
      // Unless the phrase is a list of titled names that the preposition's title only ends
      // ("Secretary of Defense A and Chairman of the Joint Chiefs Gen. B said": both speak).
      const std::size_t b = titled_list_start(text, range.first, range.second, d);
      if (b < range.first) {
        std::vector<Span> parts = joint_subjects(text, {words[b].span.begin, subject.end}, d);
        if (parts.size() >= 2) return parts;
      }
      return {subject};
    }
  }
  // The pieces between the cuts, as word ranges. Words in brackets (an acronym, a party: "(FDA)",
  // "(R-CA)") are never cut at and end no part; nor is the "and" of a body's name that an acronym
  // in brackets confirms ("the Food and Drug Administration (FDA)").
  std::vector<int> depth(range.second - range.first, 0);  // brackets open before each word
  int open = 0;
  for (std::size_t k = range.first; k < range.second; ++k) {
    if (k > range.first)
      for (char c : text.substr(words[k - 1].span.end, words[k].span.begin - words[k - 1].span.end))
        open += c == '(' ? 1 : c == ')' ? -1 : 0;
    if (open < 0) return {subject};
    depth[k - range.first] = open;
  }
  const auto bracketed = [&](std::size_t k) { return depth[k - range.first] > 0; };
  // The gap after word k is a list's comma: ", " after any closing brackets.
  const auto comma_after = [&](std::size_t k) {
    if (k + 1 >= range.second) return false;
    std::string_view gap = text.substr(words[k].span.end, words[k + 1].span.begin - words[k].span.end);
    while (!gap.empty() && gap.front() == ')') gap.remove_prefix(1);
    return gap == ", " && !bracketed(k + 1);
  };
  // Whether the "and" at word k joins words of one body's name that the acronym in brackets after
  // it spells: the acronym's letters are the initials of the capitalised words before the bracket,
  // one of them at least before the "and" ("Securities and Exchange Commission (SEC)").
  const auto inside_acronym_name = [&](std::size_t k) {
    std::size_t j = k + 1, after = 0;
    for (; j < range.second && !bracketed(j); ++j) {
      if (text.substr(words[j - 1].span.end, words[j].span.begin - words[j - 1].span.end) != " ") return false;
      if (words[j].capitalized) {
        ++after;
      } else if (!words[j].in(WordClass::kInstitutionJoiners)) {
        return false;
      }
    }
    if (j >= range.second || !words[j].all_caps || after == 0 ||
        text.substr(words[j - 1].span.end, words[j].span.begin - words[j - 1].span.end) != " (")
      return false;
    const std::string_view acronym = text.substr(words[j].span.begin, words[j].span.end - words[j].span.begin);
    if (acronym.size() <= after) return false;
    // The initials of the capitalised words, back from the bracket, against the acronym's letters.
    std::size_t letter = acronym.size();
    for (std::size_t m = j; m-- > range.first && letter > 0;) {
      if (m == k) continue;
      if (!words[m].capitalized) {
        if (m < k && !words[m].in(WordClass::kInstitutionJoiners)) break;
        continue;
      }
      if (m < k && bracketed(m)) break;
      const char initial = text[words[m].span.begin];
      if (initial != acronym[letter - 1]) return m < k && letter < acronym.size() - after;
      --letter;
    }
    return letter < acronym.size() - after;
  };
  // Nor at the commas and "and" of a body's name listed across commas ("the Ministry of Economy,
  // Trade and Industry of Japan"): the words of such a name, marked.
  std::vector<bool> in_body(range.second - range.first, false);
  for (std::size_t k = range.first + 1; k < range.second; ++k) {
    if (!words[k].capitalized || !comma_after(k - 1)) continue;
    std::string name;
    const auto body = d.words_in(d.body_name(words[k].span, &name));
    if (body.first >= k || body.second <= k) continue;
    for (std::size_t m = std::max(body.first, range.first); m < std::min(body.second, range.second); ++m)
      in_body[m - range.first] = true;
  }
  const auto inside_body = [&](std::size_t k) {
    return in_body[k - range.first] && k + 1 < range.second && in_body[k + 1 - range.first];
  };
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::vector<bool> after_and;  // each piece: an "and" (", and" too) before it, not a comma alone
  std::size_t from = range.first;
  bool joined = false;
  for (std::size_t k = range.first; k < range.second; ++k) {
    const bool joiner = words[k].lower == d.role_word(WordRole::kConjunctionAnd) && !words[k].capitalized &&
                        !bracketed(k) && !inside_acronym_name(k) && !inside_body(k);
    const bool comma = comma_after(k) && !inside_body(k);
    if (joiner) {
      if (k == from && !(k > range.first && comma_after(k - 1))) return {subject};
      if (k == from) {  // ", and": the list's last comma
        from = k + 1;
        joined = true;
        continue;
      }
      pieces.emplace_back(from, k);
      after_and.push_back(joined);
      from = k + 1;
      joined = true;
    } else if (comma) {
      pieces.emplace_back(from, k + 1);
      after_and.push_back(joined);
      from = k + 1;
      joined = false;
    }
  }
  if (from == range.second) return {subject};
  pieces.emplace_back(from, range.second);
  after_and.push_back(joined);
  if (pieces.size() < 2) return {subject};
  // A title in apposition to the person named before it ("Rep. A (R-CA), Chairman of the Committee,
  // and Rep. B (D-NY), the Committee's Ranking Member"): a piece after a comma alone that names no
  // person and ends in a role noun, before ", and" or the list's end, describes the person before
  // it (the list's last item comes after an "and"); unless it reads as someone else the text named.
  const auto apposed_title = [&](std::size_t i, int before) {
    if (i == 0 || after_and[i] || before < 0) return false;
    // Closed by a comma: ", and" after it, not the "and" of a body's name ("Head of the Youth and
    // Culture Unit").
    if (i + 1 < pieces.size() && !(after_and[i + 1] && comma_after(pieces[i].second - 1))) return false;
    const Entity& prev = d.entities()[static_cast<std::size_t>(before)];
    if (prev.institution || prev.gender == Gender::kGroup) return false;
    auto [pb, pe] = pieces[i];
    while (pe > pb + 1 && bracketed(pe - 1)) --pe;
    const Span piece{words[pb].span.begin, words[pe - 1].span.end};
    std::vector<std::string> lower;
    for (std::size_t k = pb; k < pe; ++k) lower.push_back(words[k].lower);
    bool titled = false;  // a role noun ends the piece or heads it before "of"/"for" ("Chairman of the Committee")
    for (std::size_t k = pb; k < pe && !titled; ++k) {
      const bool head = k + 1 == pe || words[k + 1].lower == d.role_word(WordRole::kGenitive) ||
                        words[k + 1].lower == d.role_word(WordRole::kBenefactive);
      titled = head && d.model().role_suffix({lower.begin(), lower.begin() + static_cast<long>(k - pb + 1)}) > 0;
    }
    if (!titled) return false;
    const Resolution res = d.resolve(piece);
    // It reads as no one, as that person, or as a person the list names next (a title the
    // discourse gave the next name across the comma and "and": "Chair of the Committee, and Rep.
    // B"); a name in it or a title of someone else the text named ("A, the minister, and B") is
    // a third person.
    if (res.entity < 0 || res.entity == before) return true;
    const std::vector<int> later = d.persons_in({piece.end, subject.end}, {});
    return std::find(later.begin(), later.end(), res.entity) != later.end();
  };
  int last_person = -1;  // the entity of the part read last
  std::vector<Span> parts;
  std::vector<std::string> seen;
  std::size_t start = pieces.front().first;  // the first word of the part being read
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (start == pieces[i].first && apposed_title(i, last_person)) {
      if (i + 1 < pieces.size()) start = pieces[i + 1].first;
      last_person = -1;
      continue;
    }
    auto [pb, pe] = pieces[i];
    while (pe > pb + 1 && bracketed(pe - 1)) --pe;  // "Rep. Ann Smith (R-CA)": the name without its party
    const Span piece{words[pb].span.begin, words[pe - 1].span.end};
    const Span part{words[start].span.begin, piece.end};
    // Each part a distinct speaker: a known person, a titled one ("The secretary and prime
    // minister"), or a named body or described source ("SADC and other sources").
    Resolution res = d.resolve(part);
    // "The Director of the Alpha Drug Office (ADO) Jane Q. Roe": a title whose body's acronym in
    // brackets stands before a name; the name after the bracket speaks.
    bool tail_name = false;
    Span who = part;  // the words that name the part's speaker
    for (std::size_t k = pe - 1; k > start; --k) {
      if (!bracketed(k - 1) || bracketed(k)) continue;
      bool name = pe - k >= 2;
      for (std::size_t m = k; m < pe; ++m) name = name && words[m].capitalized;
      if (name) {
        Resolution tail = d.resolve({words[k].span.begin, piece.end});
        if (!tail.speaker.empty() && !tail.description && tail.group.empty() && tail.factor >= C::kJointPart) {
          res = std::move(tail);
          tail_name = true;
          who = {words[k].span.begin, piece.end};
        }
      }
      break;
    }
    // A lone role noun is part of a title ("Analyst and Executive Editor … Carne Ross"), not
    // a second speaker; a described source has a determiner or a modifier ("other sources").
    bool title_piece = res.description && pe - start < 2;
    // A name as written must be all name ("SADC", "The African Union"): a part with lower-case
    // words is a piece of a title ("Secretary for Foreign and Diaspora Affairs X").
    // A body's name ("the Securities and Exchange Commission") may have its article and the
    // small words of a name.
    // (an institution's head noun ends it, or its acronym in brackets follows it).
    const bool acronym_after = pe < range.second && bracketed(pe) && words[pe].all_caps;
    const bool body = words[pe - 1].capitalized && (d.model().institution_head({words[pe - 1].lower}) || acronym_after);
    if (res.entity < 0 && !res.description && !tail_name)
      for (std::size_t k = start; k < pe; ++k)
        title_piece = title_piece || (!words[k].capitalized &&
                                      !(body && ((k == start && words[k].in(WordClass::kDeterminers)) ||
                                                 (k > start && words[k].in(WordClass::kInstitutionJoiners)))));
    // A title with a department of its own that names no one ("The Minister of Fisheries and
    // Coastal Affairs Ana Silva"): a role noun resolved to someone named elsewhere, and the next
    // piece goes on with the department (a capitalised word, no title, no name).
    if (!title_piece && res.entity >= 0 && i + 1 < pieces.size() && d.persons_in(part, {}).empty()) {
      bool department = false;
      for (std::size_t k = start; k < pe; ++k)
        department = department || words[k].lower == d.role_word(WordRole::kGenitive) ||
                     words[k].lower == d.role_word(WordRole::kBenefactive);
      const Word& next = words[pieces[i + 1].first];
      title_piece =
          department && next.capitalized && !d.model().is_role_word(next.lower) && d.persons_in(next.span, {}).empty();
    }
    // A capitalised title with no name, joined to the next piece's title: two titles of one
    // person ("Acme President and CEO Jane Roe"); "the President and the Vice President" are two.
    if (!title_piece && res.description && i + 1 < pieces.size() && !words[start].in(WordClass::kDeterminers) &&
        d.model().is_role_word(words[pe - 1].lower) && d.model().is_role_word(words[pieces[i + 1].first].lower)) {
      title_piece = true;
      for (std::size_t k = start; k < pe; ++k) title_piece = title_piece && words[k].capitalized;
    }
    if (title_piece) {
      if (i + 1 == pieces.size()) return {subject};
      continue;  // read on with the next piece
    }
    if (res.speaker.empty() || res.factor < C::kJointPart ||
        std::find(seen.begin(), seen.end(), res.speaker) != seen.end())
      return {subject};
    seen.push_back(res.speaker);
    parts.push_back(who);
    last_person = res.entity;
    if (i + 1 < pieces.size()) start = pieces[i + 1].first;
  }
  if (parts.size() < 2) return {subject};
  return parts;
}

// The entity that speaks the direct quotation enclosing quotation j (a transcript turn), or -1.
int speaker_of_enclosing(const DocumentState& s, std::size_t j) {
  const Span in = s.r.quotes[j].span;
  for (std::size_t k = j, n = 0; k-- > 0 && n++ < C::kLookback;) {
    const Span out = s.r.quotes[k].span;
    if (s.direct_of[k] >= 0 && out.begin <= in.begin && in.end <= out.end && !(out == in))
      return s.resolutions[k].entity;
  }
  return -1;
}

// "ANDREW ROBB: … The Russian Trade Minister did convey their deep condolences": a title that
// names no one, inside the words of a speaker who holds that title, is someone else (the speaker
// would say "I"): an unnamed source the title describes, without its determiner.
Resolution described(const DocumentState& s, Span part) {
  const auto range = s.d.words_in(part);
  const auto& words = s.d.words();
  std::size_t b = range.first;
  if (b + 1 < range.second && words[b].in(WordClass::kDeterminers)) ++b;
  Resolution r;
  if (b >= range.second) return r;
  // A title: its last words a role noun ("he" or a name is no description).
  std::vector<std::string> lower;
  for (std::size_t k = b; k < range.second; ++k) lower.push_back(words[k].lower);
  if (s.d.model().role_suffix(lower) == 0) return r;
  r.speaker = std::string(s.text.substr(words[b].span.begin, words[range.second - 1].stem_end - words[b].span.begin));
  r.how = "unnamed source described as '" + r.speaker + "' (the title's holder speaks the words around it)";
  r.description = true;
  r.factor = 0.7;
  return r;
}

// "The Department of Health (DH) Food Safety Administration (FSA) announced": a body's name and
// its bracketed acronym, then the name of a body inside it (capitalised words and the joiners of
// a body's name, ending in an institution's head, its own acronym optional) right before the cue:
// the last body named is the head of the subject, the first only places it. Empty when none.
Span nested_body(const DocumentState& s, Span subject, Span cue) {
  if (subject.empty() || cue.empty() || cue.begin <= subject.end) return {};
  const std::string_view text = s.text;
  std::size_t at = subject.end;
  // The subject's own acronym: " (DH) ".
  auto acronym = [&](std::size_t from) -> std::size_t {
    if (text.compare(from, 2, " (") != 0) return std::string_view::npos;
    std::size_t k = from + 2;
    while (k < text.size() && ((text[k] >= 'A' && text[k] <= 'Z') || text[k] == '.' || text[k] == '&')) ++k;
    if (k < from + 4 || k >= text.size() || text[k] != ')') return std::string_view::npos;
    return k + 1;
  };
  // Or the subject's possessive, its acronym optional: "The Department's (DH) Food Safety
  // Administration", "The Department's Food Safety Administration": the body it owns speaks.
  bool possessive = false;
  for (const std::string_view mark : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"})
    if (text.compare(at, mark.size(), mark) == 0) {
      at += mark.size();
      possessive = true;
      break;
    }
  if (const std::size_t after = acronym(at); after != std::string_view::npos)
    at = after;
  else if (!possessive)
    return {};
  if (at >= cue.begin || text[at] != ' ') return {};
  const auto [first, last] = s.d.words_in({at + 1, cue.begin});
  const auto& words = s.d.words();
  if (first >= last || words[first].span.begin != at + 1 || !words[first].capitalized) return {};
  std::size_t k = first;
  std::vector<std::string> lower;
  while (k < last && words[k].stem_end == words[k].span.end &&
         (words[k].capitalized || words[k].in(WordClass::kInstitutionJoiners))) {
    if (k > first && text.substr(words[k - 1].span.end, words[k].span.begin - words[k - 1].span.end) != " ") break;
    lower.push_back(words[k].lower);
    ++k;
  }
  if (k == first || !words[k - 1].capitalized) return {};
  // Its head ends it ("Food Safety Administration") or stands before its first small word
  // ("Administration for Community Living").
  bool headed = s.d.model().institution_head(lower);
  for (std::size_t h = first + 1; !headed && h < k; ++h)
    if (!words[h].capitalized) {
      headed = s.d.model().institution_head({words[h - 1].lower});
      break;
    }
  if (!headed) return {};
  // Nothing but its own acronym and a space between the name and the cue, or adverbs a cue's
  // subject may have ("today", "also").
  std::size_t end = words[k - 1].span.end;
  if (const std::size_t after = acronym(end); after != std::string_view::npos) end = after;
  if (end >= cue.begin || text[end] != ' ') return {};
  for (std::size_t a = s.d.words_in({end, cue.begin}).first; a < last; ++a) {
    const std::size_t gap_end = words[a].span.begin;
    if (text.substr(end, gap_end - end) != " " || !words[a].in(WordClass::kSkippable)) return {};
    end = words[a].span.end;
  }
  if (text.substr(end, cue.begin - end) != " ") return {};
  return {words[first].span.begin, words[k - 1].span.end};
}

// The part of a report's subject that can speak: a name, a title or a body. Data speak for their
// source ("data from the agency" and "New FDA data": the agency, FDA), or for no one; the words of
// a passive clause ("Participants were told") name no one who speaks. Empty when none.
Span speaking_subject(const DocumentState& s, Span subject) {
  // "The chief executive of the consortium, Nadia Rahman, said": the name in apposition speaks.
  if (const Span name = s.d.name_apposed_to(subject); !name.empty()) return name;
  const auto [first, last] = s.d.words_in(subject);
  const auto& words = s.d.words();
  // "A spokeswoman for Acme Power, the largest utility, said": a subject that is the body after
  // "for" of an indefinite role noun speaks through that role: the unnamed person speaks.
  if (first >= 3 && first < last && words[first - 1].lower == s.d.role_word(WordRole::kBenefactive) &&
      s.d.model().role_suffix({words[first - 2].lower}) > 0 && !words[first - 2].capitalized &&
      words[first - 3].in(WordClass::kIndefiniteArticles) && words[first - 3].sentence == words[first].sentence &&
      s.text.substr(words[first - 3].span.end, subject.begin - words[first - 3].span.end) ==
          " " + words[first - 2].lower + " " + s.d.role_word(WordRole::kBenefactive) + " ")
    return {words[first - 3].span.begin, words[first - 2].span.end};
  for (std::size_t k = first; k < last; ++k) {
    if (words[k].in(WordClass::kBeForms)) return {};
    if (!words[k].in(WordClass::kDataNouns)) continue;
    if (k + 2 < last && words[k + 1].lower == s.d.role_word(WordRole::kSourcePreposition))
      return {words[k + 2].span.begin, subject.end};
    if (k + 1 != last) return subject;
    // "New FDA data": the capitalised modifiers before the noun, a sentence's capitalised adjective aside.
    std::size_t b = k;
    while (b > first && words[b - 1].capitalized && words[b - 1].tag != Tag::JJ) --b;
    if (b == k) return {};
    // An acronym right before the noun is the source ("New FDA data").
    if (words[k - 1].all_caps) return words[k - 1].span;
    return {words[b].span.begin, words[k - 1].stem_end};
  }
  return subject;
}

// "The agency's point man for business development Ann B. Lowe encouraged …": a personal name
// of two capitalised words or more that ends a subject after lower-case words that are no title
// (a description of the person): the name. Empty when the subject does not end so.
Span trailing_name(const DocumentState& s, Span subject) {
  const auto [first, last] = s.d.words_in(subject);
  const auto& words = s.d.words();
  std::size_t b = last;
  while (b > first && words[b - 1].capitalized && words[b - 1].stem_end == words[b - 1].span.end &&
         !words[b - 1].in(WordClass::kNotNameWords) && !s.d.model().is_role_word(words[b - 1].lower) &&
         (b == last || s.text.substr(words[b - 1].span.end, words[b].span.begin - words[b - 1].span.end) == " "))
    --b;
  if (b <= first || last - b < 2 || last == 0) return {};
  const Word& before = words[b - 1];
  if (before.capitalized || before.stem_end != before.span.end || s.d.model().is_role_word(before.lower) ||
      before.tag == Tag::IN || before.tag == Tag::TO || before.tag == Tag::CC || before.tag == Tag::DT ||
      before.in(WordClass::kNameParticles) || before.in(WordClass::kDeterminers) ||
      s.text.substr(before.span.end, words[b].span.begin - before.span.end) != " ")
    return {};
  return {words[b].span.begin, words[last - 1].span.end};
}

// "the agencies", "the three agencies", "both countries" as a report's subject: the bodies of the
// nearest list of bodies (in the sentences before, up to kBodyListSentences) that a finite verb
// follows ("The Alpha Agency (AA), the Beta Board and the Gamma Authority met …"), each a speaker;
// none when the noun is no group noun of bodies (body_group_nouns, or the plural of an institution
// noun of the profile), or when the nearest list has more or fewer bodies than the phrase's number.
std::vector<Span> body_group_members(const DocumentState& s, Span subject) {
  constexpr std::size_t kBodyListSentences = 4;
  const auto range = s.d.words_in(subject);
  const auto& words = s.d.words();
  if (range.second < range.first + 2) return {};
  const Word& head = words[range.second - 1];
  const Word& lead = words[range.first];
  if (head.capitalized || !(lead.lower == s.d.role_word(WordRole::kDefiniteArticle) ||
                            lead.lower == s.d.role_word(WordRole::kDualQuantifier) ||
                            lead.lower == s.d.role_word(WordRole::kUniversalQuantifier)))
    return {};
  // The singular by the lemmatizer (English morphology lives there, not here): "agencies" "agency".
  std::string singular;
  Lemmatizer::builtin().lemma(head.lower, Tag::NNS, singular);
  if (singular == head.lower || (!head.in(WordClass::kBodyGroupNouns) && !s.d.model().institution_head({singular})))
    return {};
  // The number the phrase gives: "both" two, a cardinal its place in the pack's list.
  std::size_t number = 0;
  const auto& cardinals = s.d.model().lexicon().words(WordClass::kCardinalWords);
  for (std::size_t k = range.first; k + 1 < range.second; ++k) {
    if (words[k].lower == s.d.role_word(WordRole::kDualQuantifier)) number = 2;
    const auto c = std::find(cardinals.begin(), cardinals.end(), words[k].lower);
    if (c != cardinals.end()) number = static_cast<std::size_t>(c - cardinals.begin());
  }
  // Back sentence by sentence from the one before the subject's.
  std::size_t k = range.first;
  while (k > 0 && words[k - 1].sentence == lead.sentence) --k;
  for (std::size_t n = 0; n < kBodyListSentences && k > 0; ++n) {
    const std::size_t end = k;
    std::size_t b = end - 1;
    while (b > 0 && words[b - 1].sentence == words[end - 1].sentence) --b;
    k = b;
    // The sentence's first finite verb.
    std::size_t v = b;
    while (v < end && !(words[v].tag == Tag::VBD || words[v].tag == Tag::VBZ || words[v].tag == Tag::VBP ||
                        words[v].tag == Tag::MD))
      ++v;
    if (v == end || v < b + 3) continue;
    // The list from the sentence's start or from a word after a comma ("This year, the A, B and C").
    for (std::size_t st = b; st + 2 < v; ++st) {
      if (st > b && s.text.substr(words[st - 1].span.end, words[st].span.begin - words[st - 1].span.end).find(',') ==
                        std::string_view::npos)
        continue;
      const Span list{words[st].span.begin, trim_space_back(s.text, words[st].span.begin, words[v - 1].span.end)};
      std::vector<Span> parts = joint_subjects(s.text, list, s.d);
      if (parts.size() < 2) continue;
      bool bodies = true;
      for (const Span& part : parts) {
        const Resolution res = s.d.resolve(part);
        // A body named in full reads as its description ("the Beta Board"): a capitalised
        // institution noun ends it.
        const auto pw = s.d.words_in(part);
        const bool named_body = pw.second > pw.first && words[pw.second - 1].capitalized &&
                                s.d.model().institution_head({words[pw.second - 1].lower});
        bodies = bodies && !res.speaker.empty() && (!res.description || named_body) && res.group.empty() &&
                 res.factor >= C::kJointPart && s.d.persons_in(part, {}).empty() &&
                 (res.entity < 0 || s.d.entities()[static_cast<std::size_t>(res.entity)].institution);
      }
      if (!bodies) continue;
      // The nearest list decides: a number it does not have leaves the phrase unresolved.
      if (number != 0 && number != parts.size()) return {};
      return parts;
    }
  }
  return {};
}

// 2: the subject of a report's cue; a joint subject or a group gives one attribution per person.
class ReportedSubjectSieve final : public Sieve {
 public:
  ReportedSubjectSieve() : Sieve("reported-subject", kReported) {}
  void run(QuoteState& q) const override {
    DocumentState& s = q.s;
    const ReportedSpeech& rep = s.reports[static_cast<std::size_t>(s.report_of[q.qi])];
    if (rep.subject.empty()) return;
    const Span nested = nested_body(s, rep.subject, rep.cue);
    Span subject = nested.empty() ? speaking_subject(s, rep.subject) : nested;
    if (subject.empty()) return;
    // A description that runs into the name names no one by itself: the name speaks.
    if (const Span name = trailing_name(s, subject); !name.empty() && s.d.resolve(subject).speaker.empty())
      subject = name;
    std::vector<std::pair<Span, Resolution>> voices;
    std::vector<Span> parts = joint_subjects(s.text, subject, s.d);
    // "Rep. A (R-CA), Chairman of the Committee, and Rep. B (D-NY), the Ranking Member, announced":
    // a subject that the parse cut at a comma or took after the list's "and" runs, through no
    // verb, from a comma before it (or the sentence's start) on to the cue as a list of the
    // people it names: each of them speaks. The longest such list of persons only.
    if (parts.size() == 1 && nested.empty() && rep.cue.begin >= subject.end) {
      std::size_t end = rep.cue.begin;
      while (end > subject.end && (s.text[end - 1] == ' ' || s.text[end - 1] == ','))
        end = trim_space_back(s.text, subject.end, end - 1);
      const auto& words = s.d.words();
      const auto own = s.d.words_in(subject);
      const auto on = s.d.words_in({subject.end, end});
      bool clause = own.first >= own.second;
      for (std::size_t k = on.first; k < on.second && !clause; ++k)
        clause = is_verb(words[k].tag) || words[k].tag == Tag::MD || words[k].sentence != words[own.first].sentence;
      std::vector<std::size_t> starts{subject.begin};
      // The list's "and" before the subject, past capitalised words the subject left out ("U.S." of
      // "U.S. Rep. B").
      std::size_t and_at = own.first;
      while (and_at >= 2 && words[and_at - 1].capitalized && words[and_at - 1].sentence == words[own.first].sentence &&
             s.text.substr(words[and_at - 1].span.end, words[and_at].span.begin - words[and_at - 1].span.end) == " ")
        --and_at;
      if (!clause && and_at >= 2 && words[and_at - 1].lower == s.d.role_word(WordRole::kConjunctionAnd) &&
          words[and_at - 1].sentence == words[and_at].sentence) {
        // Back over the list's items between commas: names, titles and their small words ("U.S. Rep.
        // A (R-CA)", "Chairman of the Committee"), or a title in apposition ("the committee's vice
        // chairman"); no verb.
        constexpr std::size_t kMostStarts = 8;
        std::size_t seg_end = and_at - 1;  // the item read ends before this word
        bool plain = true;                 // its words so far: capitalised or small
        const auto item_ok = [&](std::size_t b) {
          if (plain) return true;
          std::vector<std::string> lower;
          for (std::size_t m = b; m < seg_end; ++m) lower.push_back(words[m].lower);
          return s.d.model().role_suffix(lower) > 0;
        };
        for (std::size_t k = and_at - 1; k-- > 0 && starts.size() <= kMostStarts;) {
          if (words[k].sentence != words[and_at].sentence || is_verb(words[k].tag) || words[k].tag == Tag::MD) break;
          plain = plain && (words[k].capitalized || words[k].in(WordClass::kDeterminers) ||
                            words[k].in(WordClass::kInstitutionJoiners) || s.d.model().is_role_word(words[k].lower));
          const bool first = k == 0 || words[k - 1].sentence != words[k].sentence;
          const bool comma =
              !first && s.text.substr(words[k - 1].span.end, words[k].span.begin - words[k - 1].span.end).find(',') !=
                            std::string_view::npos;
          if (!first && !comma) continue;
          if (!item_ok(k)) break;
          starts.push_back(words[k].span.begin);
          seg_end = k;
          plain = true;
        }
      }
      for (std::size_t b = 0; b < starts.size() && !clause; ++b) {
        std::vector<Span> longer = joint_subjects(s.text, {starts[b], end}, s.d);
        // Persons each (a titled name), joined by "and" at the end of the list.
        bool persons = longer.size() >= 2, covers = false;
        if (persons) {
          const auto last = s.d.words_in(longer.back());
          persons = last.first > 0 && words[last.first - 1].lower == s.d.role_word(WordRole::kConjunctionAnd);
        }
        for (const Span& part : longer) {
          const Resolution res = s.d.resolve(part);
          persons = persons && res.entity >= 0 && res.group.empty() &&
                    !s.d.entities()[static_cast<std::size_t>(res.entity)].institution &&
                    s.d.entities()[static_cast<std::size_t>(res.entity)].gender != Gender::kGroup &&
                    !s.d.entities()[static_cast<std::size_t>(res.entity)].titles.empty();
          covers = covers || (part.begin < subject.end && subject.begin < part.end);
        }
        if (persons && covers) parts = std::move(longer);
      }
    }
    // "the agencies said", "both countries agreed": the bodies the text listed acting together.
    if (parts.size() == 1 && q.resolve(subject, subject.begin).speaker.empty())
      if (std::vector<Span> bodies = body_group_members(s, subject); bodies.size() >= 2) parts = std::move(bodies);
    std::vector<int> members;
    for (Span part : parts) {
      // A subject after its content ("…, he said") looks back from the content's start.
      Resolution res = q.resolve(part, part.begin >= q.a.span.end ? q.a.span.begin : part.begin);
      if (res.entity >= 0 && res.group.empty() && speaker_of_enclosing(s, q.qi) == res.entity &&
          s.d.persons_in(part, {}).empty())
        if (Resolution other = described(s, part); !other.speaker.empty()) res = std::move(other);
      if (res.group.size() > 1) {
        for (int e : res.group) {
          Resolution one = res;
          one.entity = e;
          one.speaker = s.d.entities()[static_cast<std::size_t>(e)].name;
          one.group.clear();
          voices.emplace_back(part, std::move(one));
        }
      } else {
        if (res.entity >= 0) members.push_back(res.entity);
        voices.emplace_back(part, std::move(res));
      }
    }
    if (parts.size() > 1 && members.size() == parts.size()) s.d.note_group(members, rep.subject.begin);
    // "X joined the two presidents in expressing …": the people joined speak too (a group acting
    // together gives one voice per member; "other representatives", an unnamed source, one).
    if (!rep.co_subject.empty()) {
      Resolution co = q.resolve(rep.co_subject, rep.co_subject.begin);
      std::vector<int> others = co.group;
      if (others.empty()) others.push_back(co.entity);
      for (int e : others) {
        const bool known = std::any_of(voices.begin(), voices.end(), [&](const auto& v) {
          return e >= 0 ? v.second.entity == e : v.second.speaker == co.speaker;
        });
        if (known || co.speaker.empty()) continue;
        Resolution one = co;
        one.entity = e;
        if (e >= 0) one.speaker = s.d.entities()[static_cast<std::size_t>(e)].name;
        one.group.clear();
        voices.emplace_back(rep.co_subject, std::move(one));
      }
    }
    bool first = true;
    for (auto& [part, res] : voices) {
      // The report's own confidence says whether this is speech at all; whether the speaker is
      // right is the resolution's, so the threshold applies to that.
      const double conf = reported_confidence(s, rep) * res.factor;
      if (res.speaker.empty() || res.factor < s.options.min_confidence) continue;
      const unsigned flags = short_content(s, rep) ? kFlagShortContent : 0U;
      if (first) {
        q.attribute_to(q.a, res, part, rep.cue, rep.rule, conf,
                       "reported speech (" + rep.rule + ") with subject '" + std::string(rep.subject.in(s.text)) + "'" +
                           (voices.size() > 1 ? " (a joint statement)" : ""),
                       flags);
        q.done = true;
      } else {
        auto& [at, copy] = s.joint.emplace_back(q.qi, q.a);
        copy.evidence.clear();
        q.attribute_to(copy, res, part, rep.cue, rep.rule, conf,
                       "reported speech (" + rep.rule + ") with subject '" + std::string(rep.subject.in(s.text)) +
                           "' (a joint statement)",
                       flags);
        s.resolutions.push_back(res);  // kept beside s.joint, in the same order
      }
      first = false;
    }
  }
};

// 3: an unintroduced sentence that continues the report before it.
class ReportedContinuationSieve final : public Sieve {
 public:
  ReportedContinuationSieve() : Sieve("reported-continuation", kReported, "continuation") {}
  void run(QuoteState& q) const override {
    const ReportedSpeech& rep = q.s.reports[static_cast<std::size_t>(q.s.report_of[q.qi])];
    if (!rep.subject.empty() || !rep.continuation) return;
    const int last = q.s.d.last_speaker_before(q.a.span.begin);
    if (last < 0) return;
    Resolution res;
    res.entity = last;
    res.speaker = q.s.d.entities()[static_cast<std::size_t>(last)].name;
    q.attribute_to(q.a, res, {}, rep.cue, also(), reported_confidence(rep) * C::kReportedContinuation,
                   "continues the reported speech of the previous speaker");
    q.done = true;
  }
};

// How sure a transcript paragraph is speech: less so when it reads as a heading (kHeadingLine):
// two words or more, each capitalised or a small word of titles, and no sentence end.
double transcript_line(const DocumentState& s, Span span) {
  const std::size_t end = trim_space_back(s.text, span.begin, span.end);
  if (end == span.begin) return 1.0;
  const char last = s.text[end - 1];
  if (last == '.' || last == '?' || last == '!' || last == ',' || last == ':' || last == ';' ||
      (static_cast<unsigned char>(last) & 0x80))  // a closing mark or an ellipsis
    return 1.0;
  const auto words = s.d.words_in(span);
  if (words.second - words.first < 2) return 1.0;
  for (std::size_t k = words.first; k < words.second; ++k) {
    const Word& w = s.d.words()[k];
    if (!w.capitalized && !w.in(WordClass::kTitleSmallWords)) return 1.0;
  }
  return C::kHeadingLine;
}

unsigned heading_flag(const DocumentState& s, Span span) {
  return transcript_line(s, span) < 1.0 ? kFlagHeadingLine : 0U;
}

// 4: the label of a transcript turn ("MR. PRICE: …").
class TranscriptTurnSieve final : public Sieve {
 public:
  TranscriptTurnSieve() : Sieve("transcript-turn", kDirect, "heading-statement") {}
  void run(QuoteState& q) const override {
    const DirectQuote& dq = q.s.direct[static_cast<std::size_t>(q.s.direct_of[q.qi])];
    if (dq.recovery != Recovery::kTranscript) return;
    if (dq.new_turn) {
      // A caption turn with no label (">> Aye."): the person the turn before called on by name
      // ("Mr. Novak?"), less sure than a label; or an unnamed speaker, whose name is not guessed.
      if (!dq.cue.empty()) {
        const Resolution res = q.resolve(dq.cue, dq.cue.begin);
        q.accept(res, dq.cue, {}, id(), C::kTranscriptTurn * C::kCalledTurn * res.factor,
                 "unlabelled caption turn after the call on '" + std::string(dq.cue.in(q.s.text)) + "'");
      }
      q.done = true;
      return;
    }
    // The turn's label, as the quote finder found it: the paragraph's words before the colon,
    // or the name in a sound-bite marker ("/// REEKER ACT ///").
    Span label = dq.cue;
    if (label.empty()) return;
    if (dq.heading) {
      // A paragraph a title, a heading or label line, a byline or a lead gives to its speaker:
      // the name there, less sure than a turn's own label (the paragraph may be narration).
      const Resolution res = q.s.d.resolve(label);
      q.accept(res, label, {}, also(), C::kHeadingStatement * res.factor * transcript_line(q.s, q.a.span),
               "paragraph of a statement its heading gives to '" + std::string(label.in(q.s.text)) + "'",
               heading_flag(q.s, q.a.span));
      return;
    }
    // A label that ends inside its token ("Q" of "Q. Thank you.", the token "Q.") names it whole.
    const auto& words = q.s.d.words();
    const auto in = std::upper_bound(words.begin(), words.end(), label.end,
                                     [](std::size_t at, const Word& w) { return at < w.span.end; });
    if (in != words.end() && in->span.begin < label.end && in->span.begin >= label.begin) label.end = in->span.end;
    const Resolution res = q.s.d.resolve(label);  // "QUESTION" is surer as a label than as a person
    const Span called = res.entity < 0 ? called_on(q) : Span{};
    if (!called.empty()) {
      // A one-word label that names no one ("QUESTION") after the other speaker called on a
      // person by name ("Mr. Smith?", "With that, Matt."): that person asks.
      const Resolution who = q.resolve(called, called.begin);
      q.accept(who, called, {}, id(), C::kTranscriptTurn * who.factor * transcript_line(q.s, q.a.span),
               "transcript turn labelled '" + std::string(label.in(q.s.text)) + "' after the call on '" +
                   std::string(called.in(q.s.text)) + "'",
               heading_flag(q.s, q.a.span));
    } else if (res.entity < 0) {
      principal(q, label);
      follow_up(q, label);
    }
    q.accept(res, label, {}, id(), C::kTranscriptTurn * res.factor * transcript_line(q.s, q.a.span),
             "transcript turn labelled '" + std::string(label.in(q.s.text)) + "'", heading_flag(q.s, q.a.span));
  }

 private:
  // An interview's answer label ("A:", "ANSWER:") that the quote finder left as it is (the opening
  // names no interviewee): the answer is the principal's, the one person the text names (no other
  // person found in it; the profile's people, known before any text, do not count).
  void principal(QuoteState& q, Span label) const {
    std::string_view word = label.in(q.s.text);
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (!q.s.options.lexicon.is(WordClass::kAnswerLabels, fold_word(word))) return;
    const auto& entities = q.s.d.entities();
    int one = -1;
    for (std::size_t e = 0; e < entities.size(); ++e) {
      if (entities[e].institution || entities[e].from_profile) continue;
      if (one >= 0) return;
      one = static_cast<int>(e);
    }
    if (one < 0) return;
    Resolution res;
    res.entity = one;
    res.speaker = entities[static_cast<std::size_t>(one)].name;
    res.how = "the one person the text names, the principal who answers";
    res.factor = C::kSolePersonAnswer;
    q.accept(res, label, {}, id(), C::kTranscriptTurn * res.factor * transcript_line(q.s, q.a.span),
             "interview answer labelled '" + std::string(label.in(q.s.text)) + "', the one person the text names",
             heading_flag(q.s, q.a.span));
  }

  // The same label two turns back, given to the person called on, and between them an answer of
  // the other speaker that gives the floor to no one else: its last sentence no question and no
  // short call ("No. They have tested missiles.", not "Anyone else?" or "Not yet. Yes."): the
  // same person follows up.
  void follow_up(QuoteState& q, Span label) const {
    const std::size_t pi = q.s.doc.paragraph_at(q.a.span.begin);
    if (pi < 2) return;
    const std::string_view name = label.in(q.s.text);
    const Span answer = q.s.r.paragraphs[pi - 1];
    const std::size_t end = trim_space_back(q.s.text, answer.begin, answer.end);
    if (end == answer.begin || q.s.text[end - 1] == '?' || q.s.r.sentences.empty()) return;
    const Span last = q.s.r.sentences[q.s.doc.sentence_at(end - 1)];
    const auto aw = q.s.d.words_in({std::max(last.begin, answer.begin), end});
    if (aw.second - aw.first < C::kFollowUpAnswerWords) return;
    std::size_t answer_turn = 0, asked = q.qi;  // quotes of the answer's paragraph, and the earlier turn
    for (std::size_t j = q.qi; j-- > 0 && q.s.extent[j].end > q.s.r.paragraphs[pi - 2].begin;) {
      if (q.s.direct_of[j] < 0 || q.s.r.quotes[j].recovery != Recovery::kTranscript) continue;
      const std::size_t pj = q.s.doc.paragraph_at(q.s.r.quotes[j].span.begin);
      const Span lj = q.s.direct[static_cast<std::size_t>(q.s.direct_of[j])].cue;
      if (pj == pi - 1 && !lj.empty() && lj.in(q.s.text) != name) ++answer_turn;
      if (pj == pi - 2 && lj.in(q.s.text) == name) asked = j;
    }
    if (answer_turn == 0 || asked == q.qi) return;
    const Attribution& before = q.s.r.quotes[asked];
    if (!before.speaker || *before.speaker == name || before.rule != id()) return;
    q.derive(asked, label, {}, id().c_str(), C::kTranscriptContinuation,
             "transcript turn labelled '" + std::string(name) + "' that follows up the same questioner's turn");
  }

  // The name that ends the paragraph before the turn, when that paragraph is another turn's and
  // ends with a call on a person: a sentence that is only the name, or a name after a comma, with
  // its title ("Mr. Smith?", "Yes, Jane.", "With that, Matt."). Empty when none.
  static Span called_on(const QuoteState& q) {
    const std::size_t pi = q.s.doc.paragraph_at(q.a.span.begin);
    if (pi == 0) return {};
    const Span label = q.s.direct[static_cast<std::size_t>(q.s.direct_of[q.qi])].cue;
    const auto lw = q.s.d.words_in(label);
    if (lw.second - lw.first != 1) return {};
    const Span prev = q.s.r.paragraphs[pi - 1];
    // The paragraph before under the same label (one name that a title gives the whole text):
    // the same speaker goes on, whoever that paragraph ends by naming.
    for (const DirectQuote& other : q.s.direct)
      if (other.cue.begin == label.begin && other.cue.end == label.end && other.content.begin >= prev.begin &&
          other.content.end <= prev.end)
        return {};
    const auto range = q.s.d.words_in(prev);
    const auto& words = q.s.d.words();
    if (range.second == range.first) return {};
    const std::size_t end = trim_space_back(q.s.text, prev.begin, prev.end);
    const char last = end > prev.begin ? q.s.text[end - 1] : ' ';
    if ((last != '?' && last != '.') || words[range.second - 1].span.end + 1 != end) return {};
    std::size_t b = range.second;
    while (b > range.first && range.second - b < C::kCalledOnWords && words[b - 1].capitalized &&
           (b == range.second ||
            q.s.text.substr(words[b - 1].span.end, words[b].span.begin - words[b - 1].span.end) == " "))
      --b;
    if (b == range.second || range.second - b >= C::kCalledOnWords) return {};
    // The name stands alone in its sentence, or after a comma.
    const bool alone = b == range.first || words[b - 1].sentence != words[b].sentence;
    const std::string_view gap = q.s.text.substr(words[b - 1].span.end, words[b].span.begin - words[b - 1].span.end);
    if (!alone && gap != ", ") return {};
    // Its title left out ("Mr." of "Mr. Smith"): the rest are proper nouns.
    const Lexicon& lex = q.s.options.lexicon;
    while (b + 1 < range.second && words[b].lower.back() == '.' &&
           lex.is(WordClass::kAbbrevPersonTitles, words[b].lower.substr(0, words[b].lower.size() - 1)))
      ++b;
    for (std::size_t k = b; k < range.second; ++k)
      if ((words[k].tag != Tag::NNP && words[k].tag != Tag::NNPS) || words[k].in(WordClass::kNotNameWords)) return {};
    return {words[b].span.begin, words[range.second - 1].span.end};
  }
};

// 5: an unlabelled paragraph continues the previous transcript turn.
class TranscriptContinuationSieve final : public Sieve {
 public:
  TranscriptContinuationSieve() : Sieve("transcript-continuation", kDirect) {}
  void run(QuoteState& q) const override {
    const DirectQuote& dq = q.s.direct[static_cast<std::size_t>(q.s.direct_of[q.qi])];
    if (dq.recovery != Recovery::kTranscript) return;
    for (std::size_t j = q.qi, n = 0; j-- > 0 && n++ < 4 * C::kLookback;) {
      // The rest of a caption turn of an unnamed speaker: no one's name either.
      if (q.s.direct_of[j] >= 0 && q.s.r.quotes[j].recovery == Recovery::kTranscript && !q.s.r.quotes[j].speaker &&
          q.s.direct[static_cast<std::size_t>(q.s.direct_of[j])].new_turn) {
        q.done = true;
        return;
      }
      if (q.s.direct_of[j] >= 0 && q.s.r.quotes[j].recovery == Recovery::kTranscript && q.s.r.quotes[j].speaker &&
          transcript_line(q.s, q.s.r.quotes[j].span) == 1.0) {  // a heading between is no turn to go on
        q.derive(j, {}, {}, "transcript-continuation", C::kTranscriptContinuation * transcript_line(q.s, q.a.span),
                 "unlabelled paragraph of the previous transcript turn", heading_flag(q.s, q.a.span));
        return;
      }
    }
  }
};

// 6: a broadcast script's caption line names the speaker of the quotation below it
// ("COLIN POWELL, U.S. SECRETARY OF STATE", "NATURAL SOUND COLIN POWELL SPEAKING").
class CaptionSieve final : public Sieve {
 public:
  CaptionSieve() : Sieve("caption", kDirect) {}
  void run(QuoteState& q) const override {
    if (q.s.extent[q.qi].begin != q.para.begin) return;
    const std::size_t pi = q.s.doc.paragraph_at(q.a.span.begin);
    if (pi == 0) return;
    const Span prev = q.s.r.paragraphs[pi - 1];
    const std::string_view line = prev.in(q.s.text);
    if (line.empty() || line.size() > C::kCaptionMaxBytes) return;
    bool letters = false;
    for (char c : line) {
      if (c >= 'a' && c <= 'z') return;  // a caption is upper case
      letters = letters || (c >= 'A' && c <= 'Z');
    }
    const char last = line.back();
    if (!letters || last == '.' || last == '?' || last == '!' || last == ':' || last == '/') return;
    // The name is the caption's part before its first comma (the title follows it).
    const std::size_t comma = line.find(',');
    const Span label{prev.begin, comma == std::string_view::npos ? prev.end : prev.begin + comma};
    const Resolution res = q.resolve(label, q.s.extent[q.qi].begin);
    if (res.entity < 0) return;  // only a person or body the text names
    q.accept(res, label, {}, id(), C::kCaption * res.factor,
             "caption '" + std::string(label.in(q.s.text)) + "' above the quotation");
  }
};

// 11: a lead paragraph that ends with a colon ("Congresswoman Granger issued the following
// statement after the meetings:") names the speaker of the quotation that opens the next one,
// when no rule found a cue: the name that stands next to a verb in its last sentence (its
// subject, or an inverted one: "…, noted Secretary Blinken:"), else the first person, else the
// first body named.
// The other speakers of a joint statement (the joint attributions of quotation `from`) speak
// the quotation `q` decided from it too: one attribution each, at most `most` sure.
void copy_joint(QuoteState& q, std::size_t from, const char* rule, double most, const std::string& why,
                unsigned flags = 0) {
  DocumentState& s = q.s;
  const std::size_t n = s.r.quotes.size(), joint = s.joint.size();
  for (std::size_t j = 0; j < joint; ++j) {
    if (s.joint[j].first != from) continue;
    const Attribution& src = s.joint[j].second;
    Resolution res = s.resolutions[n + j];
    res.how.clear();
    res.group.clear();
    res.factor = src.confidence;
    res.flags &= kResolutionFlags;
    if (src.speaker) res.speaker = *src.speaker;
    auto& [at, copy] = s.joint.emplace_back(q.qi, q.a);
    copy.evidence.clear();
    q.attribute_to(copy, res, {}, {}, rule, std::min(most, res.factor), why, flags);
    s.resolutions.push_back(res);
  }
}

bool has_joint(const DocumentState& s, std::size_t from) {
  return std::any_of(s.joint.begin(), s.joint.end(), [&](const auto& j) { return j.first == from; });
}

class LeadParagraphSieve final : public Sieve {
  // A capitalised run of the lead sentence that names someone the text knows.
  struct PersonRun {
    Span run;
    Resolution res;
    std::size_t first, last;  // its words [first, last)
  };

  // A joint subject ("Mayor A and Governor B issued the following statement"): the lead
  // sentence's subject, which ends with the person next to the verb, read by the one subject
  // reader of reported speech (joint_subjects); each other person it names, joined by "and",
  // signs the statement too: one attribution each (tests/data/ANNOTATION.md).
  void add_cosigners(QuoteState& q, const PersonRun& pick, double most) const {
    const auto& words = q.s.d.words();
    if (pick.res.entity < 0 || pick.last >= words.size() || !is_verb(words[pick.last].tag)) return;
    // The subject: the names, titles and their joiners before the pick, with only a space or a
    // comma between them ("Minister of Fisheries and Coastal Affairs Ana Silva and …").
    auto gap = [&](std::size_t k) {
      return q.s.text.substr(words[k].span.end, words[k + 1].span.begin - words[k].span.end);
    };
    std::size_t b = pick.first;
    while (b > 0 && (words[b - 1].capitalized || words[b - 1].in(WordClass::kNpJoiners)) &&
           (gap(b - 1) == " " || gap(b - 1) == ", "))
      --b;
    while (b < pick.first && !words[b].capitalized) ++b;
    bool joined = false;  // an "and" between the signers
    for (std::size_t k = b; k < pick.first; ++k)
      joined = joined || (words[k].tag == Tag::CC && words[k].in(WordClass::kNpJoiners));
    if (!joined) return;
    const std::vector<Span> parts = joint_subjects(q.s.text, {words[b].span.begin, pick.run.end}, q.s.d);
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
      const Resolution res = q.resolve(parts[i], parts[i].begin);
      if (res.entity < 0 || res.entity == pick.res.entity || res.factor < C::kJointPart ||
          q.s.d.entities()[static_cast<std::size_t>(res.entity)].institution)
        continue;
      auto& [at, copy] = q.s.joint.emplace_back(q.qi, q.a);
      copy.evidence.clear();
      q.attribute_to(copy, res, parts[i], {}, id(), most * res.factor,
                     "the lead sentence names '" + std::string(parts[i].in(q.s.text)) + "' (a joint statement)");
      q.s.resolutions.push_back(res);  // kept beside s.joint, in the same order
    }
  }

 public:
  LeadParagraphSieve() : Sieve("lead-paragraph", kDirect) {}
  void run(QuoteState& q) const override {
    if (q.s.extent[q.qi].begin != q.para.begin || q.s.r.sentences.empty()) return;
    const std::size_t pi = q.s.doc.paragraph_at(q.a.span.begin);
    if (pi == 0) return;
    const Span prev = q.s.r.paragraphs[pi - 1];
    std::size_t end = prev.end;
    while (end > prev.begin && (q.s.text[end - 1] == ' ' || q.s.text[end - 1] == '\t')) --end;
    if (end == prev.begin) return;
    Span sentence = q.s.r.sentences[q.s.doc.sentence_at(end - 1)];
    auto range = q.s.d.words_in({std::max(sentence.begin, prev.begin), end});
    const auto& words = q.s.d.words();
    // Or a lead sentence that issues a statement ("X and Y issued the following statement at the
    // end of their meeting."): the words of a report noun in it are the quotation below.
    // Its determiner stands at most two modifiers before it ("the following joint statement").
    auto issues_statement = [&](std::pair<std::size_t, std::size_t> r) {
      bool statement = false;
      for (std::size_t k = r.first + 2; k < r.second && !statement; ++k)
        for (std::size_t d = 1; d <= 3 && d <= k - r.first && !statement; ++d)
          statement = words[k].in(WordClass::kReportNouns) &&
                      (words[k - d].in(WordClass::kDeterminers) ||
                       (words[k - d].capitalized && words[k - d].stem_end < words[k - d].span.end));  // "Roe's"
      return statement;
    };
    bool statement = issues_statement(range);
    const bool colon = q.s.text[end - 1] == ':';
    if (!colon && !statement) {
      // A lead paragraph whose earlier sentence issues the statement and whose next ones tell its
      // occasion ("X today issued a statement marking …. During May, …"): that sentence.
      for (std::size_t si = q.s.doc.sentence_at(prev.begin); !statement; ++si) {
        const Span earlier = q.s.r.sentences[si];
        if (earlier.end > sentence.begin) break;
        const auto earlier_range = q.s.d.words_in({std::max(earlier.begin, prev.begin), earlier.end});
        if (issues_statement(earlier_range)) {
          sentence = earlier;
          range = earlier_range;
          statement = true;
        }
      }
    }
    if (!colon && !statement) return;
    const double most = colon ? C::kLeadParagraph : C::kLeadStatement;
    auto verb = [&](std::size_t k) { return k >= range.first && k < range.second && is_verb(words[k].tag); };
    auto spaced = [&](std::size_t a, std::size_t b) {  // words a and b with only spaces between
      return q.s.text.substr(words[a].span.end, words[b].span.begin - words[a].span.end).find_first_not_of(' ') ==
             std::string_view::npos;
    };
    // Best first: a person next to a verb, a person, a body next to a verb, a body.
    std::optional<PersonRun> found[4];
    std::size_t runs = 0;
    bool names = false;  // a run that is more than a capitalised function word ("The message")
    for (std::size_t k = range.first; k < range.second && runs < C::kLeadParagraphNames;) {
      if (!words[k].capitalized) {
        ++k;
        continue;
      }
      // A possessive ends the run: "Director Roe's September 14 statement" names Director Roe.
      auto possessive = [&](std::size_t m) { return words[m].stem_end < words[m].span.end; };
      std::size_t e = k + 1;
      while (e < range.second && words[e].capitalized && spaced(e - 1, e) && !possessive(e - 1)) ++e;
      ++runs;
      for (std::size_t m = k; m < e && !names; ++m) names = !words[m].in(WordClass::kNotNameWords);
      const Span run{words[k].span.begin, words[e - 1].stem_end};
      // The end of an apposition ("Adm. Jon Hale, commandant of the Harbor Guard, issued"): the
      // body after "of" is the complement of the role noun, not the subject of the verb.
      const std::size_t before =
          k > range.first && words[k - 1].lower == q.s.d.role_word(WordRole::kDefiniteArticle) ? k - 1 : k;
      const bool apposition_end =
          before > range.first && words[before - 1].lower == q.s.d.role_word(WordRole::kGenitive) && e < range.second &&
          q.s.text.substr(words[e - 1].span.end, words[e].span.begin - words[e - 1].span.end).find(',') !=
              std::string_view::npos;
      // The verb right after the run, or after an adverb ("X today issued"); a verb after a quote
      // mark opens a quoted title ("the Executive Order 'Protecting …'"), not the run's verb.
      const bool next_to_verb =
          (!apposition_end && ((verb(e) && spaced(e - 1, e)) ||
                               (verb(e + 1) && (words[e].tag == Tag::RB || words[e].in(WordClass::kSkippable))))) ||
          (k > range.first && verb(k - 1));
      const std::size_t run_words = e - k;
      k = e;
      Resolution res = q.resolve(run, run.begin);
      // A person the text names without a title ("Marcos Miony wanted to know:") counts as the
      // subject next to the verb, with a name of two words or more.
      const bool as_written =
          res.entity < 0 && !res.speaker.empty() && !res.description && run_words >= 2 && next_to_verb;
      if ((res.entity < 0 && !as_written) || res.factor < C::kJointPart) continue;
      const bool institution = !as_written && q.s.d.entities()[static_cast<std::size_t>(res.entity)].institution;
      const std::size_t si = (institution ? 2 : 0) + (next_to_verb ? 0 : 1);
      if (!found[si]) found[si] = PersonRun{run, std::move(res), k - run_words, k};
    }
    for (std::size_t si = 0; si < 4; ++si)
      if (const auto& pick = found[si]) {
        q.accept(
            pick->res, pick->run, {}, id(), most * pick->res.factor,
            (colon ? "the lead paragraph ending with a colon names '" : "the lead sentence of a statement names '") +
                std::string(pick->run.in(q.s.text)) + "'");
        if (si == 0 && q.done) add_cosigners(q, *pick, most);
        return;
      }
    if (names || !colon) return;  // names that are nobody the text knows: no guess
    // A lead that names nobody after a joint statement in its own paragraph ("In a joint
    // statement, the four members noted X. The statement continued:"): the statement goes on in
    // the name of each of its speakers.
    for (std::size_t j = q.qi; j-- > 0;) {
      const Attribution& before = q.s.r.quotes[j];
      if (before.span.end <= prev.begin) break;
      if (!before.speaker || before.span.begin >= end || !has_joint(q.s, j)) continue;
      q.derive(j, {}, {}, id().c_str(), C::kLeadParagraphSubject,
               "the lead paragraph ending with a colon names nobody: it goes on with the joint statement before");
      if (q.done)
        copy_joint(q, j, id().c_str(), C::kLeadParagraphSubject,
                   "the lead paragraph ending with a colon names nobody: it goes on with the joint statement before");
      return;
    }
    // A lead that names nobody ("The message reads, in part:") introduces the words of the one
    // the text last named as a subject (not a person the message was sent to).
    const int e = q.s.d.last_subject_before(sentence.begin);
    if (e < 0) return;
    Resolution res;
    res.entity = e;
    res.speaker = q.s.d.entities()[static_cast<std::size_t>(e)].name;
    res.factor = 1.0;
    q.accept(res, {}, {}, id(), C::kLeadParagraphSubject,
             "the lead paragraph ending with a colon names nobody: the subject named last before it");
  }
};

// 7: the continued part of a multi-paragraph quotation.
class MultiParagraphSieve final : public Sieve {
 public:
  MultiParagraphSieve() : Sieve("multi-paragraph", kDirect) {}
  void run(QuoteState& q) const override {
    const int c = q.a.continues;
    if (c < 0 || !q.s.r.quotes[static_cast<std::size_t>(c)].speaker) return;
    q.derive(static_cast<std::size_t>(c), {}, {}, "multi-paragraph", C::kMultiParagraph,
             "continues the quotation of the previous paragraph");
    if (!q.done) return;
    // A joint statement goes on in the name of each of its speakers.
    copy_joint(q, static_cast<std::size_t>(c), "multi-paragraph", C::kMultiParagraph,
               "continues the joint statement of the previous paragraph");
  }
};

// 8: a quoted fragment inside a report takes the report's speaker.
class InsideReportSieve final : public Sieve {
 public:
  InsideReportSieve() : Sieve("inside-report", kDirect) {}
  void run(QuoteState& q) const override {
    const int p = q.a.parent >= 0 ? q.a.parent : coordinated_report(q);
    if (p < 0) return;
    const Attribution& parent = q.s.r.quotes[static_cast<std::size_t>(p)];
    if (!parent.speaker || q.s.direct_of[static_cast<std::size_t>(p)] >= 0) return;
    const auto words = q.s.d.words_in(q.a.span);
    const bool one_word = words.second - words.first <= 1;
    q.derive(static_cast<std::size_t>(p), parent.speaker_mention, parent.cue, "inside-report",
             one_word ? C::kInsideReport * C::kOneWordFragment : C::kInsideReport,
             q.a.parent < 0 ? "quotation joined by 'and' to a report of this speaker"
             : one_word     ? "quoted word inside a report of this speaker (a term as often as speech)"
                            : "quoted fragment inside a report of this speaker",
             one_word ? kFlagOneWordFragment : 0U);
    // A fragment of a joint report ("both A and B agreed that the talks had been “useful”") is the
    // words of each of its speakers.
    if (q.done)
      copy_joint(q, static_cast<std::size_t>(p), "inside-report",
                 one_word ? C::kInsideReport * C::kOneWordFragment : C::kInsideReport,
                 one_word ? "quoted word inside a joint report of these speakers (a term as often as speech)"
                          : "quoted fragment inside a joint report of these speakers",
                 one_word ? kFlagOneWordFragment : 0U);
  }

 private:
  // "X said he was “humbled” by the results and “… We will …”": a quotation joined by "and" right
  // after a report's content is the cue's second complement, the same speaker's words. The index of
  // that report, or -1.
  static int coordinated_report(const QuoteState& q) {
    const std::size_t open = q.s.extent[q.qi].begin;
    for (std::size_t j = q.qi; j-- > 0;) {
      const Attribution& rep = q.s.r.quotes[j];
      if (rep.span.end > open || q.s.report_of[j] < 0) continue;  // the report's own fragments
      if (open - rep.span.end > 8) break;
      const std::string_view between = q.s.text.substr(rep.span.end, open - rep.span.end);
      const std::string& conj = q.s.d.role_word(WordRole::kConjunctionAnd);
      if (between == " " + conj + " " || between == ", " + conj + " ") return static_cast<int>(j);
    }
    return -1;
  }
};

// 10: another direct quote of the same sentence that a rule attributed.
// Whether quotation j's speaker is that of the direct quotation enclosing this one: a quotation
// inside someone's words is someone else's (a speaker's own words are no quotation of their own,
// tests/data/ANNOTATION.md rule 12), so the discourse sieves do not give it the enclosing speaker
// ("We could “stand together,” as the minister put it": the minister, named in the sentence).
bool of_enclosing(const QuoteState& q, std::size_t j) {
  const int enclosing = speaker_of_enclosing(q.s, q.qi);
  return enclosing >= 0 && q.s.resolutions[j].entity == enclosing;
}

class SameSentenceSieve final : public Sieve {
 public:
  SameSentenceSieve() : Sieve("same-sentence", kDirect) {}
  void run(QuoteState& q) const override {
    const Span sentence = q.s.r.sentences.empty() ? q.para : q.s.r.sentences[q.s0];
    for (std::size_t j = q.qi, n = 0; j-- > 0 && n++ < C::kLookback;) {
      if (q.s.extent[j].end <= sentence.begin) break;
      if (q.s.direct_of[j] >= 0 && q.s.r.quotes[j].speaker && !q.s.r.quotes[j].rule.empty()) {
        if (of_enclosing(q, j)) return;
        q.derive(j, {}, {}, "same-sentence", C::kSameSentence,
                 "another quote of the same sentence is attributed to this speaker");
        return;
      }
    }
  }
};

// 11: the speaker of the nearest attribution in this paragraph or the previous one.
// Gives the quotation to entity `e` of the Discourse (a person the text names) at `conf`.
void accept_entity(QuoteState& q, int e, const std::string& rule, double conf, std::string why) {
  Resolution res;
  res.entity = e;
  res.speaker = q.s.d.entities()[static_cast<std::size_t>(e)].name;
  q.accept(res, {}, {}, rule, conf, std::move(why));
}

// The one person the quotation's own sentence names outside the quotation, or -1.
int sentence_person(const QuoteState& q) {
  if (q.s.r.sentences.empty()) return -1;
  const Span sentence{q.s.r.sentences[q.s0].begin, q.s.r.sentences[q.s1].end};
  const std::vector<int> named = q.s.d.persons_in(sentence, q.s.extent[q.qi]);
  return named.size() == 1 ? named.front() : -1;
}

// Quotation j lies inside a direct quotation that begins at or after `from`.
bool inside_direct(const DocumentState& s, std::size_t j, std::size_t from) {
  const Span in = s.r.quotes[j].span;
  for (std::size_t k = j, n = 0; k-- > 0 && n++ < C::kLookback;) {
    const Span out = s.r.quotes[k].span;
    if (out.end < from) break;
    if (s.direct_of[k] >= 0 && out.begin <= in.begin && in.end <= out.end && !(out == in)) return true;
  }
  return false;
}

class ParagraphSpeakerSieve final : public Sieve {
 public:
  ParagraphSpeakerSieve() : Sieve("paragraph-speaker", kDirect, "previous-paragraph") {}
  void run(QuoteState& q) const override {
    const std::size_t pi = q.s.doc.paragraph_at(q.a.span.begin);
    const std::size_t from_para = pi > 0 ? q.s.r.paragraphs[pi - 1].begin : 0;
    for (std::size_t j = q.qi, n = 0; j-- > 0 && n++ < C::kLookback;) {
      if (q.s.extent[j].begin < from_para) break;
      // A report nested in a direct quotation is the quoted speaker's words, not the narrator's
      // last speaker.
      if (q.s.direct_of[j] < 0 && inside_direct(q.s, j, from_para)) continue;
      if (q.s.r.quotes[j].speaker && q.s.r.quotes[j].kind != QuoteKind::kTerm) {
        if (of_enclosing(q, j)) return;
        const bool same_para = q.s.extent[j].begin >= q.para.begin;
        // A description or a group ("Top officials") is no speaker of a quotation whose own
        // sentence names one person ("“…,” said retired Admiral A, …"): that person.
        if (const int person = q.s.resolutions[j].entity < 0 ? sentence_person(q) : -1; person >= 0) {
          accept_entity(q, person, id(), same_para ? C::kParagraphSpeaker : C::kPreviousParagraph,
                        "the one person the quotation's own sentence names, not the description before");
          return;
        }
        if (!same_para && !q.s.r.sentences.empty()) {
          // A quotation with no cue in a sentence whose subject is a person ("In introducing A,
          // Commissioner B thanked A for the trust “…”"): that person, not the previous
          // paragraph's speaker.
          const std::size_t from = std::max(q.s.r.sentences[q.s0].begin, q.para.begin);
          const int subject = q.s.d.last_subject_before(q.a.span.begin, from);
          if (subject >= 0 && subject != q.s.resolutions[j].entity) {
            accept_entity(q, subject, id(), C::kPreviousParagraph, "the subject of the quotation's own sentence");
            return;
          }
        }
        q.derive(j, {}, {}, same_para ? id().c_str() : also().c_str(),
                 same_para ? C::kParagraphSpeaker : C::kPreviousParagraph,
                 same_para ? "the last speaker of this paragraph" : "the last speaker of the previous paragraph");
        return;
      }
    }
  }
};

// 12: a quote that opens its paragraph with no attribution of its own: the last speaker quoted
// directly, within the few paragraphs before (a stand-alone quote).
class LastQuotedSieve final : public Sieve {
 public:
  LastQuotedSieve() : Sieve("last-quoted", kDirect, "previous-subject") {}
  void run(QuoteState& q) const override {
    if (q.s.extent[q.qi].begin != q.para.begin) {
      mid_paragraph(q);
      return;
    }
    const std::size_t pi = q.s.doc.paragraph_at(q.a.span.begin);
    const std::size_t from_para =
        pi >= C::kLastQuotedParagraphs ? q.s.r.paragraphs[pi - C::kLastQuotedParagraphs].begin : 0;
    for (std::size_t j = q.qi, n = 0; j-- > 0 && n++ < C::kLookback;) {
      if (q.s.extent[j].begin < from_para) break;
      if (q.s.r.quotes[j].speaker && q.s.r.quotes[j].kind == QuoteKind::kDirect) {
        q.derive(j, {}, {}, "last-quoted", C::kLastQuoted, "a stand-alone quote: the speaker last quoted");
        return;
      }
    }
    // No one quoted before: the one person the previous paragraph names, as its subject
    // ("Administrator Roe left Beijing on Friday." then a paragraph "“I expected …”"), when the
    // quotation is the whole paragraph (no cue of its own that failed to resolve).
    if (pi == 0) return;
    const std::string_view rest = q.s.text.substr(q.s.extent[q.qi].end, q.para.end - q.s.extent[q.qi].end);
    if (rest.find_first_not_of(" \t\r\n.,") != std::string_view::npos) return;
    const Span prev = q.s.r.paragraphs[pi - 1];
    const int subject = q.s.d.last_subject_before(q.a.span.begin, prev.begin);
    const std::vector<int> named = q.s.d.persons_in(prev, {});
    if (subject < 0 || named.size() != 1 || named.front() != subject) return;
    accept_entity(q, subject, also(), C::kPreviousSubject,
                  "a stand-alone quote with no one quoted before: the subject of the previous paragraph");
  }

 private:
  // Likewise a quotation that opens a sentence inside its paragraph and ends the paragraph, no
  // one quoted before it in the paragraph ("Ambassador Roe opened the school. “I am glad …”"):
  // the subject of the paragraph before it, when that is the one person the paragraph names there.
  void mid_paragraph(QuoteState& q) const {
    if (q.s.r.sentences.empty()) return;
    const Span ext = q.s.extent[q.qi];
    const std::size_t sb = q.s.r.sentences[q.s0].begin;
    if (sb < q.para.begin ||
        q.s.text.substr(sb, ext.begin - std::min(sb, ext.begin)).find_first_not_of(" \t") != std::string_view::npos)
      return;
    const std::string_view rest = q.s.text.substr(ext.end, q.para.end - ext.end);
    if (rest.find_first_not_of(" \t\r\n.,") != std::string_view::npos) return;
    for (std::size_t j = q.qi, n = 0; j-- > 0 && n++ < C::kLookback;) {
      if (q.s.extent[j].end <= q.para.begin) break;
      if (q.s.direct_of[j] >= 0 || q.s.r.quotes[j].speaker) return;  // someone quoted before it
    }
    const Span before{q.para.begin, ext.begin};
    const int subject = q.s.d.last_subject_before(ext.begin, q.para.begin);
    const std::vector<int> named = q.s.d.persons_in(before, {});
    if (subject < 0 || named.size() != 1 || named.front() != subject) return;
    accept_entity(q, subject, also(), C::kPreviousSubject,
                  "a quotation opening a sentence with no one quoted before: the subject of its paragraph");
  }
};

// 15: a quotation no sieve decided, in a sentence that names one person outside it ("as Roe,
// 26, stepped to the microphone to announce, “…”"): that person.
// A report whose cue has no subject the report finder could read ("Gen. A, commanding general of
// B said that …") likewise: the one person its sentence names before it.
class SentencePersonSieve final : public Sieve {
 public:
  SentencePersonSieve() : Sieve("sentence-person", kAll) {}
  void run(QuoteState& q) const override {
    if (q.s.direct_of[q.qi] >= 0) {
      if (const int person = sentence_person(q); person >= 0)
        accept_entity(q, person, id(), C::kSentencePerson, "the one person the quotation's own sentence names");
      return;
    }
    const ReportedSpeech& rep = q.s.reports[static_cast<std::size_t>(q.s.report_of[q.qi])];
    if (!rep.subject.empty() || rep.continuation || q.s.r.sentences.empty()) return;
    if (const int person = participle_subject(q, rep.cue); person >= 0) {
      accept_entity(q, person, id(), reported_confidence(q.s, rep) * C::kParticipleSubject,
                    "the subject of the clause the report's participle belongs to");
      return;
    }

    const std::vector<int> named = q.s.d.persons_in({q.s.r.sentences[q.s0].begin, q.a.span.begin}, {});
    if (named.size() != 1) return;
    accept_entity(q, named.front(), id(), reported_confidence(q.s, rep) * C::kSentencePerson,
                  "the one person the report's sentence names before it (no subject read)");
  }

 private:
  // "…, the Foreign Minister, Jose Ramos Horta, a former laureate, resigned last week stating he
  // could not …": a participle cue (a present participle) reports what the subject of the clause
  // it belongs to said. That clause's finite verb is the last one before the cue in its sentence;
  // its subject is the name right before it, or the name an appositive chain before it starts
  // with (pieces cut at commas, those after the name starting in lower case). A person, or -1.
  static int participle_subject(QuoteState& q, Span cue) {
    const Discourse& d = q.s.d;
    const auto& words = d.words();
    const std::size_t cb = d.words_in(cue).first;
    if (cb == 0 || cb >= words.size() || words[cb].tag != Tag::VBG) return -1;
    std::size_t v = cb;
    while (v > 0 && words[v - 1].sentence == words[cb].sentence) {
      --v;
      const Tag t = words[v].tag;
      if (t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD) break;
    }
    const Tag vt = words[v].tag;
    if (v == cb || v == 0 || words[v - 1].sentence != words[v].sentence ||
        !(vt == Tag::VBD || vt == Tag::VBZ || vt == Tag::VBP || vt == Tag::MD))
      return -1;
    auto gap = [&](std::size_t k) {
      return q.s.text.substr(words[k].span.end, words[k + 1].span.begin - words[k].span.end);
    };
    // Words [b, e), all capitalised, as a person, or -1.
    auto person = [&](std::size_t b, std::size_t e) {
      for (std::size_t k = b; k < e; ++k)
        if (!words[k].capitalized) return -1;
      const Resolution res = q.resolve({words[b].span.begin, words[e - 1].stem_end}, words[b].span.begin);
      if (res.entity < 0 || res.description || res.factor < C::kJointPart) return -1;
      return d.entities()[static_cast<std::size_t>(res.entity)].institution ? -1 : res.entity;
    };
    auto opens = [&](std::size_t k) { return k == 0 || words[k - 1].sentence != words[v].sentence; };
    if (gap(v - 1) == " ") {  // the name right before the verb
      std::size_t b = v;
      while (b > 0 && words[b - 1].sentence == words[v].sentence && words[b - 1].capitalized && gap(b - 1) == " ") --b;
      return b < v ? person(b, v) : -1;
    }
    if (gap(v - 1) != ", ") return -1;
    // Pieces cut at commas, last first: appositives start in lower case; the name is the first
    // piece that does not.
    std::size_t e = v;
    for (std::size_t k = v - 1;; --k) {
      const bool first = opens(k);
      const std::string_view g = first ? std::string_view{", "} : gap(k - 1);
      if (g == ", ") {
        if (words[k].capitalized) return person(k, e);
        e = k;
      } else if (g != " ") {
        return -1;
      }
      if (first) return -1;
    }
  }
};

// 16: a quotation no sieve decided that opens the first paragraph under a title naming the
// text's speaker ("Statement by Ambassador Anna Berg", then "City, May 2 - “…”"): the quote
// finder gave it the title's name as its cue. Below any cue of a sentence.
class TitleSpeakerSieve final : public Sieve {
 public:
  TitleSpeakerSieve() : Sieve("title-speaker", kDirect) {}
  void run(QuoteState& q) const override {
    const DirectQuote& dq = q.s.direct[static_cast<std::size_t>(q.s.direct_of[q.qi])];
    if (dq.open_mark.empty() || dq.cue.empty()) return;  // a quotation found by its marks
    const Resolution res = q.s.d.resolve(dq.cue);
    if (res.speaker.empty() || res.description) return;
    q.accept(res, dq.cue, {}, id(), C::kTitleSpeaker * res.factor,
             "a quotation under a title that names its speaker '" + std::string(dq.cue.in(q.s.text)) + "'");
  }
};

// 11a: a quotation whose closing mark is missing, so that its text runs on over the writer's
// cue ("“Ties have never been closer, Roe said. “Today …”"): its last sentence ends with a comma,
// a speaker mention of at most four words (or a pronoun) and a verb of speech, and nothing after.
class EmbeddedCueSieve final : public Sieve {
 public:
  EmbeddedCueSieve() : Sieve("embedded-cue", kDirect) {}
  void run(QuoteState& q) const override {
    const DirectQuote& dq = q.s.direct[static_cast<std::size_t>(q.s.direct_of[q.qi])];
    if (dq.open_mark.empty() || dq.recovery != Recovery::kUnclosed) return;
    const Discourse& d = q.s.d;
    const auto& words = d.words();
    const auto [b, e] = d.words_in(q.a.span);
    if (e < b + 4) return;
    // The verb of speech ends the text, a period or nothing after it.
    const std::size_t v = e - 1;
    const std::string_view tail = q.s.text.substr(words[v].span.end, q.a.span.end - words[v].span.end);
    if (tail.find_first_not_of(" .\t\r\n") != std::string_view::npos) return;
    if (!(words[v].tag == Tag::VBD || words[v].tag == Tag::VBZ) ||
        !(words[v].in(WordClass::kSpeechVerbForms) || q.s.cue_words.count(words[v].lower)))
      return;
    // The mention before it: a pronoun, or capitalised words, after ", ".
    std::size_t m = v;
    while (m > b && v - m < 4 && words[m - 1].sentence == words[v].sentence && (words[m - 1].capitalized || m == v) &&
           q.s.text.substr(words[m - 1].span.end, words[m].span.begin - words[m - 1].span.end) == " ")
      --m;
    if (m == v || m <= b) return;
    if (q.s.text.substr(words[m - 1].span.end, words[m].span.begin - words[m - 1].span.end) != ", ") return;
    const bool pronoun = words[m].in(WordClass::kMalePronouns) || words[m].in(WordClass::kFemalePronouns) ||
                         words[m].in(WordClass::kGroupPronouns);
    if (!words[m].capitalized && !(v - m == 1 && pronoun)) return;
    const Span mention{words[m].span.begin, words[v - 1].stem_end};
    const Resolution res = q.resolve(mention, q.a.span.begin);
    if (res.speaker.empty() || res.description) return;
    q.accept(res, mention, words[v].span, id(), C::kEmbeddedCue * res.factor,
             "a cue inside the quotation's text, its closing mark missing: '" +
                 std::string(q.s.text.substr(mention.begin, words[v].span.end - mention.begin)) + "'");
  }
};

// The words of `s`, lower case, each followed by one space (letters, digits and bytes of UTF-8
// sequences kept; the rest separates words).
std::string folded_words(std::string_view s) {
  std::string out;
  bool word = false;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      out.push_back(static_cast<char>(std::tolower(c)));
      word = true;
    } else if (word) {
      out.push_back(' ');
      word = false;
    }
  }
  if (word) out.push_back(' ');
  return out;
}

// 18 (after every quotation has been through the others, last): a story told about one person.
// The lead (the first paragraph under the headline that ends as a sentence) names one person
// ("As Anna Berg leaves the port, she ..."), the headline above it names the same person (the
// name's last word), and the text up to the quotation's paragraph names no other person: the
// story's subject. A quotation no sieve decided whose own cue is a pronoun of that person's gender
// ("“…,” he said.", "he says he has no regrets") is that person's, when the resolver found no
// one for the pronoun. Weak evidence: no sentence ties the pronoun to the name.
class StorySubjectSieve final : public Sieve {
 public:
  StorySubjectSieve() : Sieve("story-subject", kAll) {}
  bool after_all() const noexcept override { return true; }
  void run(QuoteState& q) const override {
    const auto& paras = q.s.r.paragraphs;
    std::size_t lead = 1;
    while (lead < paras.size() && lead <= C::kStoryLeadParagraphs && !ends_sentence(q.s.text, paras[lead])) ++lead;
    if (lead >= paras.size() || lead > C::kStoryLeadParagraphs || q.para.begin < paras[lead].begin) return;
    Span name;
    const int who = lead_subject(q, paras[lead], {paras[0].begin, paras[lead - 1].end}, name);
    if (who < 0) return;

    for (const int e : q.s.d.persons_in({0, q.para.end}, {}))
      if (e != who) return;
    const Gender gender = q.s.d.entities()[static_cast<std::size_t>(who)].gender;
    if (!pronoun_cue(q, gender, name.end)) return;
    accept_entity(q, who, id(), C::kStorySubject,
                  "a story about one person the headline and lead name ('" + std::string(name.in(q.s.text)) +
                      "'), a pronoun for the speaker");
  }

 private:
  static bool ends_sentence(std::string_view text, Span p) {
    std::size_t e = trim_space_back(text, p.begin, p.end);
    while (e > p.begin && (static_cast<unsigned char>(text[e - 1]) & 0x80) != 0) --e;  // closing marks
    return e > p.begin && (text[e - 1] == '.' || text[e - 1] == '?' || text[e - 1] == '!');
  }
  // The one person the lead names as a clause's subject whose last word the headline has
  // (capitalised proper nouns, two to four, before a lower-case word that is no function word:
  // "Anna Berg winds down", not "the Port Authority to ..."), read as a person's name (no role,
  // no body): the entity and its name; -1 when there is none or more than one.
  static int lead_subject(QuoteState& q, Span lead, Span headline, Span& name) {
    const auto& words = q.s.d.words();
    const auto [b, e] = q.s.d.words_in(lead);
    const auto [hb, he] = q.s.d.words_in(headline);
    auto proper = [&](std::size_t k) {
      return words[k].capitalized && !words[k].all_caps && (words[k].tag == Tag::NNP || words[k].tag == Tag::NNPS);
    };
    for (std::size_t k = b; k < e;) {
      if (!proper(k)) {
        ++k;
        continue;
      }
      std::size_t m = k;
      while (m < e && proper(m) && words[m].sentence == words[k].sentence) ++m;
      bool in_headline = false;
      for (std::size_t h = hb; h < he && !in_headline; ++h) in_headline = words[h].lower == words[m - 1].lower;
      const bool subject = m < e && words[m].sentence == words[k].sentence && !words[m].capitalized &&
                           q.s.text.substr(words[m - 1].span.end, words[m].span.begin - words[m - 1].span.end) == " " &&
                           !words[m].in(WordClass::kFunctionWords) && !words[m].in(WordClass::kAdjunctPrepositions);
      if (m - k >= 2 && m - k <= 4 && in_headline && subject) {
        const Span run{words[k].span.begin, words[m - 1].stem_end};
        if (!name.empty() && name.in(q.s.text) != run.in(q.s.text)) return -1;
        name = run;
      }
      k = m;
    }
    if (name.empty()) return -1;
    const Resolution res = q.s.d.resolve(name);
    if (res.entity >= 0) {
      const Entity& known = q.s.d.entities()[static_cast<std::size_t>(res.entity)];
      return known.institution || known.gender == Gender::kGroup ? -1 : res.entity;
    }
    return q.s.d.adopt(name);
  }
  // A personal pronoun of `gender` in the subject's form ("he", "she") as the quotation's cue,
  // after the name at `after`: the subject of its report, or for a direct quotation such a
  // pronoun in its paragraph outside every quotation. A person whose gender the text does not
  // tell (no given name, no title that tells it) may be a body: no answer.
  static bool pronoun_cue(const QuoteState& q, Gender gender, std::size_t after) {
    auto fits = [&](const Word& w) {
      const bool male = w.in(WordClass::kMalePronouns), female = w.in(WordClass::kFemalePronouns);
      if ((!male && !female) || !w.in(WordClass::kThirdPersonSubjects) || w.span.begin < after) return false;
      return (male && gender == Gender::kMale) || (female && gender == Gender::kFemale);
    };
    const auto& words = q.s.d.words();
    if (q.s.report_of[q.qi] >= 0) {
      const ReportedSpeech& rep = q.s.reports[static_cast<std::size_t>(q.s.report_of[q.qi])];
      const auto [b, e] = q.s.d.words_in(rep.subject);
      return e == b + 1 && fits(words[b]);
    }
    const auto [b, e] = q.s.d.words_in(q.para);
    for (std::size_t k = b; k < e; ++k) {
      bool inside = false;
      for (std::size_t j = 0; j < q.s.extent.size() && !inside; ++j)
        inside = q.s.direct_of[j] >= 0 && q.s.extent[j].contains(words[k].span);
      if (!inside && fits(words[k])) return true;
    }
    return false;
  }
};

// 17 (after every quotation has been through the others): a quotation no sieve decided whose
// words a quotation of the text with a speaker repeats whole ("a pull quote" under a title, a
// quotation the text gives again): that speaker.
class RepeatedQuoteSieve final : public Sieve {
 public:
  RepeatedQuoteSieve() : Sieve("repeated-quote", kDirect) {}
  bool after_all() const noexcept override { return true; }
  void run(QuoteState& q) const override {
    const std::string mine = folded_words(q.a.span.in(q.s.text));
    if (static_cast<std::size_t>(std::count(mine.begin(), mine.end(), ' ')) < C::kRepeatedWords) return;
    const std::string needle = " " + mine;
    for (std::size_t j = 0; j < q.s.r.quotes.size(); ++j) {
      const Attribution& other = q.s.r.quotes[j];
      if (j == q.qi || q.s.direct_of[j] < 0 || !other.speaker || other.rule == id()) continue;
      if (other.span.contains(q.a.span) || q.a.span.contains(other.span)) continue;  // nested, not repeated
      if ((" " + folded_words(other.span.in(q.s.text))).find(needle) == std::string::npos) continue;
      q.derive(j, {}, {}, id().c_str(), C::kRepeated, "the same words as a quotation of this speaker");
      return;
    }
  }
};

// 17a (after every quotation has been through the others): a quotation that opens the story on
// its own ("ALEXANDRIA – “The threat is growing.”": a paragraph of the quotation alone, a dateline
// before it at most) that no sieve decided, when the next paragraph opens with a person who speaks
// (the subject of its first attribution, named in its first sentence before that quotation): that
// person. A news story's cold open is the words of the person its lead then introduces.
class OpeningQuoteSieve final : public Sieve {
 public:
  OpeningQuoteSieve() : Sieve("opening-quote", kDirect) {}
  bool after_all() const noexcept override { return true; }
  void run(QuoteState& q) const override {
    const DocumentState& s = q.s;
    const std::string_view text = s.text;
    const Span ext = s.extent[q.qi];
    // Nothing after the quotation in its paragraph but marks and space.
    for (std::size_t k = ext.end; k < q.para.end; ++k)
      if (std::isalnum(static_cast<unsigned char>(text[k]))) return;
    // Before it, nothing, or a dateline: a few capitalised words that a dash ends.
    if (!dateline_only(s, {q.para.begin, ext.begin})) return;
    const auto& paras = s.r.paragraphs;
    const std::size_t pi = s.doc.paragraph_at(q.a.span.begin);
    if (pi + 1 >= paras.size()) return;
    const Span next = paras[pi + 1];
    const auto& words = s.d.words();
    const auto [nb, ne] = s.d.words_in(next);
    if (nb >= ne) return;
    const std::size_t first_sentence = words[nb].sentence;
    // The next paragraph's first attribution, its speaker named in its first sentence before it.
    for (std::size_t j = 0; j < s.r.quotes.size(); ++j) {
      const Attribution& other = s.r.quotes[j];
      if (j == q.qi || other.span.begin < next.begin || other.span.begin >= next.end) continue;
      if (!other.speaker || other.speaker_mention.empty() || other.speaker_mention.begin < next.begin ||
          other.speaker_mention.begin >= other.span.begin)
        return;
      const auto [mb, me] = s.d.words_in(other.speaker_mention);
      const int e = s.resolutions[j].entity;
      if (mb >= me || words[mb].sentence != first_sentence || e < 0 ||
          s.d.entities()[static_cast<std::size_t>(e)].institution)
        return;
      q.derive(j, {}, {}, id().c_str(), C::kOpeningQuote,
               "a quotation that opens the story alone: the person the next paragraph opens with");
      return;
    }
  }

 private:
  static bool dateline_only(const DocumentState& s, Span before) {
    const std::string_view text = s.text;
    std::size_t e = trim_space_back(text, before.begin, before.end);
    if (e == before.begin) return true;
    // A dash ends it: "-", "–", "—".
    if (text[e - 1] == '-')
      --e;
    else if (e >= before.begin + 3 && text.compare(e - 3, 2, "\xE2\x80") == 0 &&
             (text[e - 1] == '\x93' || text[e - 1] == '\x94'))
      e -= 3;
    else
      return false;
    const auto [b, w] = s.d.words_in({before.begin, e});
    if (w <= b || w - b > C::kDatelineWords) return false;
    for (std::size_t k = b; k < w; ++k)
      if (!s.d.words()[k].capitalized) return false;
    return true;
  }
};

}  // namespace

const std::vector<std::string>& builtin_sieve_ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> out;
    for (const auto& sieve : build_pipeline({})) {
      out.push_back(sieve->id());
      if (!sieve->also().empty()) out.push_back(sieve->also());
    }
    return out;
  }();
  return ids;
}

SievePipeline build_pipeline(const std::vector<CompiledRule>& rules) {
  SievePipeline p;
  for (const CompiledRule& r : rules)
    if (r.fn && r.first) p.push_back(std::make_unique<RuleSieve>(r));
  p.push_back(std::make_unique<ReportedSubjectSieve>());
  p.push_back(std::make_unique<ReportedContinuationSieve>());
  p.push_back(std::make_unique<TranscriptTurnSieve>());
  p.push_back(std::make_unique<TranscriptContinuationSieve>());
  p.push_back(std::make_unique<CaptionSieve>());
  p.push_back(std::make_unique<MultiParagraphSieve>());
  p.push_back(std::make_unique<InsideReportSieve>());
  for (const CompiledRule& r : rules)
    if (!r.fn) p.push_back(std::make_unique<RuleSieve>(r));
  for (const CompiledRule& r : rules)
    if (r.fn && !r.first) p.push_back(std::make_unique<RuleSieve>(r));
  p.push_back(std::make_unique<EmbeddedCueSieve>());
  p.push_back(std::make_unique<LeadParagraphSieve>());
  p.push_back(std::make_unique<SameSentenceSieve>());
  p.push_back(std::make_unique<ParagraphSpeakerSieve>());
  p.push_back(std::make_unique<LastQuotedSieve>());
  p.push_back(std::make_unique<SentencePersonSieve>());
  p.push_back(std::make_unique<TitleSpeakerSieve>());
  p.push_back(std::make_unique<RepeatedQuoteSieve>());
  p.push_back(std::make_unique<OpeningQuoteSieve>());
  p.push_back(std::make_unique<StorySubjectSieve>());
  return p;
}

void add_joint(DocumentState& s) {
  if (s.joint.empty()) return;
  Result& r = s.r;
  const std::size_t n = r.quotes.size();
  std::vector<Attribution> out;
  std::vector<Resolution> res_out;
  std::vector<int> new_index(n);
  std::size_t j = 0;
  for (std::size_t i = 0; i < n; ++i) {
    new_index[i] = static_cast<int>(out.size());
    out.push_back(std::move(r.quotes[i]));
    res_out.push_back(std::move(s.resolutions[i]));
    for (; j < s.joint.size() && s.joint[j].first == i; ++j) {
      out.push_back(std::move(s.joint[j].second));
      res_out.push_back(std::move(s.resolutions[n + j]));
    }
  }
  for (auto& a : out) {
    if (a.parent >= 0) a.parent = new_index[static_cast<std::size_t>(a.parent)];
    if (a.continues >= 0) a.continues = new_index[static_cast<std::size_t>(a.continues)];
  }
  r.quotes = std::move(out);
  s.resolutions = std::move(res_out);
  s.joint.clear();
}

}  // namespace detail
}  // namespace quoteattr
