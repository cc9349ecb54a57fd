// The attributor: builds the Document, finds direct quotes and reported speech, runs the sieve
// pipeline (sieves.hpp: the named sieves in their order, the conflict policy, the constants) over
// every quotation in document order, and gathers the speakers into the entity table
// (entities.hpp).
#include "quoteattr/attributor.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_set>

#include "entities.hpp"
#include "pattern.hpp"
#include "reported_speech.hpp"
#include "sieves.hpp"
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

// A verbatim sentence that lost its marks ("We took the opportunity ..., said Yohannes.") is a
// direct quote (QuoteFinder, Recovery::kUnmarked); the reported speech finder reads the same
// words as the complement of their own attribution (post-posed). That report is the quote's
// attribution, not a second quotation: a report whose content (less a leading "that") lies
// within an unmarked quote and whose cue lies outside it is dropped. Reports whose cue stands
// inside the quote (someone else's words the speaker reports) stay.
void drop_reports_of_unmarked_quotes(std::string_view text, const std::vector<DirectQuote>& direct,
                                     std::vector<ReportedSpeech>& reports) {
  std::vector<Span> unmarked;
  for (const DirectQuote& q : direct)
    if (q.recovery == Recovery::kUnmarked && q.kind == QuoteKind::kDirect && q.depth == 0)
      unmarked.push_back(q.content);
  if (unmarked.empty()) return;
  std::sort(unmarked.begin(), unmarked.end());
  auto covered = [&](const ReportedSpeech& r) {
    std::size_t b = r.content.begin;
    const std::string_view head = text.substr(b, 5);
    if (head == "that " || head == "that\n") b = skip_space(text, b + 4, r.content.end);
    auto it =
        std::upper_bound(unmarked.begin(), unmarked.end(), b, [](std::size_t p, const Span& s) { return p < s.begin; });
    if (it == unmarked.begin()) return false;
    const Span& q = *--it;
    return r.content.end <= q.end + 1 && !(r.cue.begin >= q.begin && r.cue.end <= q.end);
  };
  reports.erase(std::remove_if(reports.begin(), reports.end(), covered), reports.end());
}

}  // namespace

class AttributorImpl {
 public:
  AttributorImpl(Profile p, AttributorOptions o, const std::vector<CompiledRule>& callables)
      : profile(std::move(p)),
        options(std::move(o)),
        documents(options.sentences, options.lexicon, options.tagger.get()),
        finder(quote_options(profile, options), options.lexicon),
        reported(profile, options.lexicon),
        speakers(profile, options.lexicon),
        calibration(options.calibration ? *options.calibration : Calibration::builtin()) {
    PatternFragments f;
    f.speaker = speakers.mention_regex();
    f.verb = cue_alternation(profile, true);
    f.report = cue_alternation(profile, false);
    for (const auto& c : callables)
      if (c.first) rules.push_back(c);
    TokenFragments tf;
    tf.verb_forms = cue_forms(profile, true);
    tf.report_forms = cue_forms(profile, false);
    tf.name_suffixes = options.lexicon.words(WordClass::kNameSuffixes);
    tf.title_prepositions = options.lexicon.words(WordClass::kTitlePhrasePrepositions);
    tf.definite_article = options.lexicon.word(WordRole::kDefiniteArticle);
    tf.conjunction_and = options.lexicon.word(WordRole::kConjunctionAnd);
    std::size_t number = 0;
    for (const RuleEntry& r : profile.rules()) {
      check_rule_limits(r, ++number, options.limits);  // before the pattern is compiled
      CompiledRule c;
      c.applies = r.applies;
      c.id = r.id;
      c.where = r.where;
      c.confidence = r.confidence;
      c.description = r.description;
      if (!r.tokens.empty()) {
        CompiledTokenPattern t = compile_token_pattern(r.tokens, tf, r.defined_at);
        c.re = t.re;  // boost::regex has no move assignment (it shares its state)
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
    for (const auto& c : callables)
      if (!c.first) rules.push_back(c);
    for (const CompiledRule& r : rules)
      for (const std::string& reserved : builtin_sieve_ids())
        if (r.id == reserved)
          throw Error(ErrorCode::kProfileDuplicate, "rule id '" + r.id + "' is reserved for a built-in sieve");
    pipeline = build_pipeline(rules);
    for (const CueEntry& c : profile.cues())
      for (const auto& form : c.forms) cue_words.insert(ascii_lower(form.substr(0, form.find(' '))));
  }

  static QuoteFinderOptions quote_options(const Profile& p, const AttributorOptions& o) {
    QuoteFinderOptions q = o.quotes;
    if (q.speech_verbs.empty()) q.speech_verbs = colon_verbs(p);
    if (q.title_words.empty()) q.title_words = p.role_nouns();  // "President of Russia Vladimir Putin:"
    if (q.cue_forms.empty())
      for (const CueEntry& c : p.cues())
        for (const auto& form : c.forms)
          if (form.find(' ') == std::string::npos) q.cue_forms.push_back(form);
    return q;
  }

  AttributorImpl(const AttributorImpl&) = delete;  // the pipeline views `rules`
  AttributorImpl& operator=(const AttributorImpl&) = delete;

  Result analyze(std::string_view text) const;
  Result analyze_window(std::string_view text) const;  // the whole pipeline over one window

  Profile profile;
  AttributorOptions options;
  DocumentBuilder documents;  // paragraphs, sentences, tokens, tags: decided once, here
  QuoteFinder finder;
  ReportedSpeechFinder reported;
  SpeakerModel speakers;
  Calibration calibration;                    // sets the confidences once the sieves have decided
  std::vector<CompiledRule> rules;            // C++ first rules, the profile's, C++ last rules
  SievePipeline pipeline;                     // views `rules`: built once, after them
  std::unordered_set<std::string> cue_words;  // first words of all cue forms, lower case
};

namespace {

// Parents (the enclosing quote or report) and continuations, as indexes into r.quotes.
void link_parents(DocumentState& w, const std::vector<int>& result_of_direct) {
  Result& r = w.r;
  std::vector<std::size_t> report_items;
  for (std::size_t i = 0; i < r.quotes.size(); ++i)
    if (w.direct_of[i] < 0) report_items.push_back(i);
  for (std::size_t i = 0; i < r.quotes.size(); ++i) {
    int di = w.direct_of[i];
    if (di >= 0) {
      const DirectQuote& q = w.direct[static_cast<std::size_t>(di)];
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
}

}  // namespace

// Where the window that starts at `begin` ends: the last paragraph break within `limit` bytes,
// else the last line break, else the last white space (each only in the window's second half,
// so that every window holds at least half the limit), else the last character boundary.
std::size_t window_end(std::string_view text, std::size_t begin, std::size_t limit) {
  if (text.size() - begin <= limit) return text.size();
  const std::size_t hard = begin + limit;
  const std::size_t half = begin + limit / 2;
  const std::string_view w = text.substr(half, hard - half);
  for (const std::string_view sep : {std::string_view("\n\n"), std::string_view("\n")}) {
    const std::size_t at = w.rfind(sep);
    if (at != std::string_view::npos) return half + at + sep.size();
  }
  const std::size_t space = w.find_last_of(" \t\r\f\v");
  if (space != std::string_view::npos) return half + space + 1;
  std::size_t cut = hard;
  while (cut > begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return cut;
}

// Appends a window's result (its offsets relative to `base`) to the whole text's result.
// Where each speaker of the joined result stands, by kind and canonical name.
using SpeakerIndex = std::map<std::pair<SpeakerKind, std::string>, int>;

void add_new(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

void append_window(Result& r, Result&& w, std::size_t base, SpeakerIndex& index) {
  const auto shift = [base](Span& s) { s = {s.begin + base, s.end + base}; };
  for (Span s : w.paragraphs) r.paragraphs.push_back({s.begin + base, s.end + base});
  for (Span s : w.sentences) r.sentences.push_back({s.begin + base, s.end + base});
  // Speakers: one entity per (kind, name) over all windows.
  std::vector<int> id_of(w.speakers.size(), -1);
  for (std::size_t k = 0; k < w.speakers.size(); ++k) {
    Speaker& sp = w.speakers[k];
    for (Span& m : sp.mentions) shift(m);
    const auto [at, added] = index.emplace(std::make_pair(sp.kind, sp.name), static_cast<int>(r.speakers.size()));
    id_of[k] = at->second;
    if (added) {
      sp.id = at->second;
      r.speakers.push_back(std::move(sp));
      continue;
    }
    Speaker& same = r.speakers[static_cast<std::size_t>(at->second)];
    add_new(same.titles, sp.titles);
    add_new(same.affiliations, sp.affiliations);
    same.mentions.insert(same.mentions.end(), sp.mentions.begin(), sp.mentions.end());
    same.from_profile = same.from_profile || sp.from_profile;
    same.quotes += sp.quotes;
  }
  const int first = static_cast<int>(r.quotes.size());
  for (Attribution& a : w.quotes) {
    shift(a.span);
    shift(a.speaker_mention);
    shift(a.cue);
    if (a.speaker_id >= 0) a.speaker_id = id_of[static_cast<std::size_t>(a.speaker_id)];
    if (a.parent >= 0) a.parent += first;
    if (a.continues >= 0) a.continues += first;
    r.quotes.push_back(std::move(a));
  }
  for (Diagnostic& d : w.diagnostics) {
    shift(d.where);
    r.diagnostics.push_back(std::move(d));
  }
}

Result AttributorImpl::analyze(std::string_view text) const {
  check_document_size(text.size(), options.limits);
  if (options.window_bytes == 0 || text.size() <= options.window_bytes) return analyze_window(text);
  if (options.utf8 == Utf8Policy::kStrict) require_valid_utf8(text);
  // Each window's result is joined as soon as it is done (its text model dropped at once). The
  // joined lists grow by an estimate of their final size (the density so far, over the whole
  // text, plus a tenth), not by doubling, so that they are not held at twice their size.
  const auto grow = [&](auto& list, std::size_t adding, std::size_t done) {
    const std::size_t needed = list.size() + adding;
    if (needed <= list.capacity()) return;
    const double per_byte = static_cast<double>(needed) / static_cast<double>(done);
    const auto estimate = static_cast<std::size_t>(per_byte * static_cast<double>(text.size()) * 1.1) + 16;
    list.reserve(std::max(needed, estimate));
  };
  Result r;
  SpeakerIndex speakers_seen;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = window_end(text, begin, options.window_bytes);
    Result w = analyze_window(text.substr(begin, end - begin));
    w.document.reset();
    grow(r.quotes, w.quotes.size(), end);
    grow(r.sentences, w.sentences.size(), end);
    grow(r.paragraphs, w.paragraphs.size(), end);
    append_window(r, std::move(w), begin, speakers_seen);
    if (end < text.size())
      r.diagnostics.push_back({{end, end},
                               "the text (" + std::to_string(text.size()) +
                                   " bytes) is longer than the analysis window (" +
                                   std::to_string(options.window_bytes) +
                                   " bytes): it is analysed in windows, and no quotation or speaker carries across "
                                   "this cut",
                               "window"});
    begin = end;
  }
  r.utf8 = check_utf8(text);
  std::stable_sort(r.diagnostics.begin(), r.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.where.begin < b.where.begin; });
  return r;
}

Result AttributorImpl::analyze_window(std::string_view text) const {
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
  drop_reports_of_unmarked_quotes(text, direct, reports);

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
  DocumentState w{text, *doc, r, direct, reports, {}, {}, {}, d, options, cue_words, {}, {}, {}};
  std::vector<int> result_of_direct(direct.size(), -1);
  r.quotes.reserve(items.size());
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
    w.report_of.push_back(it.report);
    w.extent.push_back(ext);
    r.quotes.push_back(std::move(a));
  }
  w.resolutions.resize(r.quotes.size());
  link_parents(w, result_of_direct);

  // The sieves, in order, over every quotation in document order.
  for (std::size_t qi = 0; qi < r.quotes.size(); ++qi) {
    if (r.quotes[qi].kind == QuoteKind::kTerm) continue;
    QuoteState q(w, qi);
    const bool is_report = w.direct_of[qi] < 0;
    for (const auto& sieve : pipeline) {
      if (q.done) break;
      if (sieve->applies_to(is_report) && !sieve->after_all()) sieve->run(q);
    }
  }
  // The second pass: the sieves that read every other quotation's speaker, over those undecided.
  for (std::size_t qi = 0; qi < r.quotes.size(); ++qi) {
    if (r.quotes[qi].kind == QuoteKind::kTerm || r.quotes[qi].speaker) continue;
    QuoteState q(w, qi);
    const bool is_report = w.direct_of[qi] < 0;
    for (const auto& sieve : pipeline) {
      if (q.done) break;
      if (sieve->applies_to(is_report) && sieve->after_all()) sieve->run(q);
    }
  }
  add_joint(w);
  // The sieves have decided with the hand-set confidences; each answer's confidence is now the
  // calibration table's (docs/attribution.md, "Confidences"). No choice is made on it.
  for (Attribution& a : r.quotes) {
    if (!a.speaker) continue;
    a.confidence = calibration.apply(a.rule, a.flags, a.prior_confidence);
    if (options.evidence) a.evidence.push_back(calibration.explain(a.rule, a.flags, a.prior_confidence));
  }
  build_speaker_table(r, w.resolutions, d, speakers);
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
  return Attributor(std::make_shared<const detail::AttributorImpl>(profile_, options_, callables));
}

const Profile& Attributor::profile() const noexcept { return impl_->profile; }
const AttributorOptions& Attributor::options() const noexcept { return impl_->options; }

Result Attributor::analyze(std::string_view text) const { return impl_->analyze(text); }

}  // namespace quoteattr
