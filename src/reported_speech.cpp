// Reported speech: indirect and mixed quotations found by token scanning.
//
// Each sentence (merged with the next when the split was clearly false: an
// abbreviation at its end, or a lower-case start after it) is cut into word and
// punctuation tokens once. Every token that starts a cue form of the profile is
// tried against the cue's frames, in a fixed order:
//
//   colon       "reiterated: ..."            nothing (the direct finder's job)
//   that        "said (ADJUNCT) that ...", "assured Blinken that ...", "underscored how ..."
//   to          "urged China to ...", "called on the PRC to ...", "urged X for Y to ..."
//   zero        "said he hoped ...", "Kerry says Syria should ..."
//   relative    "that Washington says killed ..." (the gap is the subject)
//   object      "expressed concern about X", "welcomed X", "stressed the importance of X"
//   quote       "stated “a lot ...” with ...", "called X “Y”" (kept only when it turns out mixed)
//   post-posed  "X also discussed Y, Z said." and the headline "..., says Z"
//
// plus "according to X" before or after its content. The content runs to the
// end of the clause: the sentence end, a semicolon, a content stop of the
// profile (the writer's own continuation), or a coordinated cue (", but
// stressed", "and proposed", ", saying"), which starts the next report with the
// same subject. A content wholly inside one direct quote is dropped (it is
// direct); one holding quoted fragments is kMixed.
//
// Besides word shapes and the language pack's classes, the scan reads the
// Document's part-of-speech tags and noun-phrase chunks where word shapes fall
// short: possessive objects ("expressed her appreciation"), the noun phrase of a
// relative clause's subject ("which X and other sources said will ..."), finite
// verbs that open or end a clause, negative clitics ("isn't saying").
//
// Everything is bounded look-ahead or look-behind around a token, and the scan
// of a content never revisits tokens (cues inside an emitted content are
// skipped), so the work is linear in the text.
#include "reported_speech.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "quote_marks.hpp"
#include "text_util.hpp"
#include "tokenizer.hpp"

namespace quoteattr {
namespace detail {
namespace {

using WordSet = std::unordered_set<std::string>;

// ---------------------------------------------------------------- closed lists
// Small grammatical word classes of English (negators, determiners, modals,
// ...) come from the language pack (quoteattr::Lexicon, data/lang/en.toml);
// lexicon proper (cues, role nouns, content stops) comes from the profile.

// Kinds of DirectQuote that contain speech (terms are scare quotes).
bool is_speech_quote(const DirectQuote& q) { return q.kind == QuoteKind::kDirect; }

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool has(const WordSet& set, const std::string& w) { return set.count(w) != 0; }

// ---------------------------------------------------------------- tokens
struct Token {
  std::size_t b = 0, e = 0;
  std::string low;                // ASCII-lower-cased text
  bool word = false;              // letters/digits; otherwise one punctuation code point
  bool cap = false;               // starts with a capital (or "al-Assad": a capital after a hyphen)
  bool mark = false;              // a quote mark
  bool abbrev = false;            // "U.S.", "Mr.": ends with a period that ends no sentence
  int quote = -1;                 // index of the depth-0 speech quote the token is in, or -1
  WordClassSet cls;               // its word classes in the language pack (Lexicon::classes), looked up once
  Tag tag = Tag::XX;              // the Document's part-of-speech tag (of the word, a glued clitic aside)
  Chunk chunk = Chunk::kOutside;  // the Document's noun-phrase chunk
  std::string_view lemma;         // the Document's lemma ("speak" for "spoke")
  bool negated = false;           // a glued negative clitic: "isn't", "didn't"
  std::size_t at = 0;             // its (first) Document token
};

// The tokens of one Document sentence as this stage reads them: the Document's
// tokens with each clitic glued back to its word ("China's" is one word
// "china's", "didn't" one word "didn't"). Abbreviations are the word tokens that
// keep a period ("U.S.", "Mr.", "J.").
std::vector<Token> tokens_of(const Document& doc, const Sentence& s, const Lexicon& lex) {
  std::vector<Token> out;
  out.reserve(s.end_token - s.first_token);
  for (std::size_t k = s.first_token; k < s.end_token; ++k) {
    const quoteattr::Token& dt = doc.tokens()[k];
    const std::string_view w = doc.word(k);
    const bool clitic =
        !dt.space_before && !out.empty() && out.back().word && out.back().e == dt.span.begin && is_clitic(dt.lower);
    if (clitic) {
      out.back().e = dt.span.end;
      if (dt.tag == Tag::RB) out.back().negated = true;  // the negative clitic, tagged as an adverb
      out.back().low += ascii_lower(w);                  // "china’s": this stage tells ’ from '
      continue;
    }
    if (is_word_token(w)) {
      Token t;
      t.b = dt.span.begin;
      t.e = dt.span.end;
      t.low = ascii_lower(w);
      t.word = true;
      t.abbrev = w.size() > 1 && w.back() == '.';
      const std::size_t hy = w.rfind('-');
      t.cap =
          is_upper(cp_at(w, 0)) || (hy != std::string_view::npos && hy + 1 < w.size() && is_upper(cp_at(w, hy + 1)));
      t.tag = dt.tag;
      t.chunk = dt.chunk;
      t.lemma = dt.lemma;
      t.at = k;
      out.push_back(std::move(t));
      continue;
    }
    Token t;
    t.b = dt.span.begin;
    t.e = dt.span.end;
    t.low = std::string(w);
    t.mark = is_quote_mark(cp_at(w, 0));
    t.tag = dt.tag;
    t.chunk = dt.chunk;
    out.push_back(std::move(t));
  }
  for (Token& t : out)
    if (t.word) t.cls = lex.classes(t.low);
  return out;
}

// ---------------------------------------------------------------- cues
struct Cue {
  std::string lemma;
  bool that = false, zero = false, to = false, object = false, colon = false, quote = false;
  bool addressee = false;        // may take an addressee before its complement
  bool light_noun_only = false;  // its object must hold a light-verb noun
  bool view_only = false;        // its that-clause reports a view, never an arrangement
  bool as_object = false;        // its object is a report only with an "as" predicate after it
  bool agent_only = false;       // speech only with a speaker as subject, not a thing ("the deal raised concerns")
  bool predicate = false;        // its object and a plain predicate are a report ("called it a mistake")
  bool clause_only = false;      // a cue only before its that-clause ("ruled that X"; "held talks" is none)
  bool infinitive = false;       // a to-infinitive right after it is a content ("claims to suffer from X")
  bool opens = false;            // in a record with no quotation, it opens what follows ("briefed the corps on X.")
};

struct Form {
  std::vector<std::string> words;  // lower case
  std::size_t cue = 0;
  bool base = false;  // "say", not "says"/"said"/"saying"
  bool ing = false;   // "saying"
};

bool ends_with(const std::string& s, const char* suffix) {
  std::string_view x(suffix);
  return s.size() > x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

// "the navy's", "Japan’s": a possessive, no plural subject.
bool possessive_word(const std::string& s) { return ends_with(s, "'s") || ends_with(s, "\u2019s"); }

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

struct Match {
  std::size_t len = 0;  // tokens
  const Form* form = nullptr;
};

}  // namespace

// ---------------------------------------------------------------- the finder
class ReportedSpeechFinderImpl {
 public:
  ReportedSpeechFinderImpl(const Profile& profile, Lexicon lexicon);
  std::vector<ReportedSpeech> find(const Document& doc, const std::vector<DirectQuote>& quotes) const;

 private:
  friend class Scan;
  void parse_clauses(const Document& doc, const Sentence& s, const std::vector<Span>& quoted,
                     std::vector<ReportedSpeech>& out, std::size_t first) const;
  void parse_subjects(const Document& doc, const Sentence& s, const std::vector<Span>& quoted,
                      std::vector<ReportedSpeech>& out, std::size_t first) const;
  Lexicon lex_;  // closed word classes
  std::vector<Cue> cues_;
  std::unordered_map<std::string, std::vector<Form>> forms_;  // by first word
  WordSet role_nouns_;                                        // single words
  WordSet light_nouns_;  // "concern" of "expressed concern about X" (profile light_nouns)
  WordSet event_nouns_;  // "meeting" of "The meeting highlighted X": no speaker (profile event_nouns)
  WordSet body_nouns_;   // words of institution nouns only, no person's role ("leadership", "state")
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> stops_;  // by first word
};

namespace {
bool has_frame(const CueEntry& cue, const char* frame) {
  return std::find(cue.frames.begin(), cue.frames.end(), frame) != cue.frames.end();
}
}  // namespace

ReportedSpeechFinderImpl::ReportedSpeechFinderImpl(const Profile& profile, Lexicon lexicon) : lex_(std::move(lexicon)) {
  for (const CueEntry& entry : profile.cues()) {
    Cue cue;
    cue.lemma = ascii_lower(entry.lemma);
    for (const std::string& f : entry.frames) {
      if (f == "that") cue.that = true;
      if (f == "zero") cue.zero = true;
      if (f == "to") cue.to = true;
      if (f == "object") cue.object = true;
      if (f == "colon") cue.colon = true;
      if (f == "quote") cue.quote = true;
    }
    // Cues with the "to" frame always take an addressee ("urged China to").
    cue.addressee = cue.to || has_frame(entry, "addressee");
    cue.light_noun_only = has_frame(entry, "light");
    cue.view_only = has_frame(entry, "view");
    cue.as_object = has_frame(entry, "as");
    cue.agent_only = has_frame(entry, "agent");
    cue.predicate = has_frame(entry, "predicate");
    cue.clause_only = has_frame(entry, "clause");
    cue.infinitive = has_frame(entry, "infinitive");
    cue.opens = has_frame(entry, "opens");
    std::size_t index = cues_.size();
    cues_.push_back(cue);
    for (const std::string& f : entry.forms) {
      Form form;
      form.words = split_words(ascii_lower(f));
      if (form.words.empty()) continue;
      const std::string& head = form.words.front();
      form.cue = index;
      form.ing = ends_with(head, "ing");
      form.base = !form.ing && !ends_with(head, "ed") && !lex_.is(WordClass::kIrregularPast, head) &&
                  !(ends_with(head, "s") && !ends_with(head, "ss"));
      forms_[head].push_back(std::move(form));
    }
  }
  for (auto& [head, list] : forms_)  // longest form first: "called on" before "called"
    std::stable_sort(list.begin(), list.end(),
                     [](const Form& a, const Form& b) { return a.words.size() > b.words.size(); });
  std::vector<std::string> heads = profile.role_nouns();
  heads.insert(heads.end(), profile.institution_nouns().begin(), profile.institution_nouns().end());
  for (const std::string& noun : heads) {
    std::vector<std::string> words = split_words(ascii_lower(noun));
    for (const std::string& w : words)
      if (!lex_.is(WordClass::kNpJoiners, w) && w != lex_.word(WordRole::kDefiniteArticle)) role_nouns_.insert(w);
  }
  for (const std::string& noun : profile.institution_nouns())
    for (const std::string& w : split_words(ascii_lower(noun)))
      if (!lex_.is(WordClass::kNpJoiners, w) && w != lex_.word(WordRole::kDefiniteArticle)) body_nouns_.insert(w);
  for (const std::string& noun : profile.role_nouns())
    for (const std::string& w : split_words(ascii_lower(noun))) body_nouns_.erase(w);
  for (const std::string& noun : profile.light_nouns()) light_nouns_.insert(ascii_lower(noun));
  for (const std::string& noun : profile.event_nouns()) event_nouns_.insert(ascii_lower(noun));
  for (const std::string& stop : profile.content_stops()) {
    std::vector<std::string> words = split_words(ascii_lower(stop));
    if (!words.empty()) stops_[words.front()].push_back(std::move(words));
  }
}

namespace {

// One unit: a sentence, with its false splits merged back.
struct Unit {
  std::size_t begin = 0, end = 0;  // bytes
  std::size_t paragraph = 0;
  std::size_t para_end = 0;  // end of its paragraph
};

// A report under construction, in token indexes of its unit.
struct Draft {
  std::size_t cue_b = 0, cue_e = 0;          // cue tokens [cue_b, cue_e)
  std::size_t content_b = 0, content_e = 0;  // content tokens
  std::size_t subj_b = 0, subj_e = 0;        // subject tokens (empty when subj_b == subj_e)
  std::size_t co_b = 0, co_e = 0;            // co-subject tokens ("joined X in saying": X)
  std::string rule;
  double confidence = 0.8;
  bool nested = false;  // the cue stands inside a direct quote
};

}  // namespace

// Per-call scanner of one document; all state lives with the call.
class Scan {
 public:
  Scan(const ReportedSpeechFinderImpl& impl, const Document& doc, const std::vector<DirectQuote>& quotes)
      : impl_(impl), doc_(doc), text_(doc.text()) {
    // Quotes with marks, and transcript turns: a speaker's own words either way.
    auto marked = [](const DirectQuote& q) {
      return !q.open_mark.empty() || !q.close_mark.empty() || q.recovery == Recovery::kTranscript;
    };
    for (const DirectQuote& q : quotes) {
      // Outer: no enclosing quote with marks (a block quotation without marks does not count).
      bool inner = false;
      for (int p = q.parent; p >= 0 && static_cast<std::size_t>(p) < quotes.size() && !inner;
           p = quotes[static_cast<std::size_t>(p)].parent)
        inner = marked(quotes[static_cast<std::size_t>(p)]);
      if (inner || !marked(q) || (q.kind != QuoteKind::kDirect && q.kind != QuoteKind::kTerm)) continue;
      Outer o{std::min(q.open_mark.begin, q.content.begin), std::max(q.close_mark.end, q.content.end),
              is_speech_quote(q) || q.recovery == Recovery::kTranscript};
      if (!outer_.empty() && o.begin < outer_.back().end) continue;  // not disjoint: keep the first
      outer_.push_back(o);
    }
    record_ = outer_.empty();
  }

  void unit(const Unit& u, std::vector<Token> tokens, std::vector<ReportedSpeech>& out);
  bool surname_in_story(const Token& name) const;

 private:
  const Token& tok(std::size_t i) const { return t_[i]; }
  // The word of a grammatical role of the language pack ("that", "to", "by").
  const std::string& role_word(WordRole r) const { return impl_.lex_.word(r); }
  bool word(std::size_t i, WordRole r) const { return i < t_.size() && t_[i].low == impl_.lex_.word(r); }
  bool in(std::size_t i, const WordSet& set) const { return i < t_.size() && t_[i].word && has(set, t_[i].low); }
  // Closed word classes of the language pack.
  bool is(WordClass c, const std::string& w) const { return impl_.lex_.is(c, w); }
  bool in(std::size_t i, WordClass c) const { return i < t_.size() && t_[i].word && t_[i].cls.has(c); }
  bool punct(std::size_t i, const char* p) const { return i < t_.size() && !t_[i].word && t_[i].low == p; }
  bool dash(std::size_t i) const { return i < t_.size() && !t_[i].word && is_dash(cp_at(text_, t_[i].b)); }
  // A role noun, singular or plural ("advisor", "advisors").
  bool role(std::size_t i) const {
    if (in(i, impl_.role_nouns_)) return true;
    if (i >= t_.size() || !t_[i].word) return false;
    const std::string& w = t_[i].low;
    return w.size() > 3 && w.back() == 's' && has(impl_.role_nouns_, w.substr(0, w.size() - 1));
  }
  bool is_det(std::size_t i) const { return in(i, WordClass::kDeterminers); }

  Match cue_at(std::size_t i) const;
  bool cue_allowed(std::size_t i, const Match& m) const;
  bool purpose_of_meeting(std::size_t i) const;
  bool present_after_but(std::size_t i, const Match& m) const;
  std::size_t meeting_of_purpose(std::size_t i) const;
  bool according_to(std::size_t i) const {
    return word(i, WordRole::kAttributionParticiple) && word(i + 1, WordRole::kDativePreposition);
  }
  std::size_t skip_adjuncts(std::size_t j) const;
  bool frames(std::size_t i, const Match& m, Draft& d) const;
  bool frames_of(std::size_t i, const Match& m, Draft& d) const;
  bool arrangement(std::size_t content_b) const;
  bool post_posed(std::size_t i, const Match& m, Draft& d) const;
  bool listed_participle(std::size_t b, std::size_t k) const;
  bool fronted_participle(std::size_t i, const Match& m, Draft& d) const;
  bool verb_before_quote(std::size_t k) const;
  bool has_finite_verb(std::size_t j) const;
  bool first_verb_is_finite(std::size_t j) const;
  bool clause_past(std::size_t b, std::size_t e) const;
  bool clause_has_verb(std::size_t b, std::size_t e) const;  // a verb among tokens (b, e)
  bool past_addressee(const Cue& cue, std::size_t j, Draft& d) const;
  bool addressee_then_that(const Cue& cue, std::size_t j, Draft& d) const;
  bool relative_gap(std::size_t i, std::size_t j, const Cue& cue, Draft& d) const;
  std::pair<std::size_t, std::size_t> chunk_back(std::size_t k) const;
  bool received_guest(std::size_t j) const;
  bool quoted_description(std::size_t j, bool predicate) const;
  bool small_clause(std::size_t j) const;
  bool that_follows(std::size_t j) const;
  bool writers_turn_at(std::size_t b, std::size_t k) const;
  std::pair<std::size_t, std::size_t> passive_agent(std::size_t from, std::size_t to) const;
  bool zero_clause(std::size_t i, const Match& m, std::size_t j, const Cue& cue) const;
  bool according(std::size_t i, Draft& d) const;
  // "as noted by X", "as reported by X": a past participle of a cue and its agent.
  std::size_t as_by(std::size_t i) const {
    if (!word(i, WordRole::kPredicativeAs) || i + 3 >= t_.size()) return 0;
    const Match m = cue_at(i + 1);
    if (!m.form || m.form->base || m.form->ing || t_[i + 1].tag != Tag::VBN ||
        !word(i + 1 + m.len, WordRole::kPassiveAgent))
      return 0;
    const Cue& cue = impl_.cues_[m.form->cue];
    return cue.that || cue.zero ? i + 2 + m.len : 0;
  }
  bool as_by_source(std::size_t i, Draft& d) const;
  // `main_clause`: the content is the sentence's main clause ("According to X, CONTENT"), no one's
  // report of it inside the writer's clause.
  std::size_t content_end(std::size_t b, int quote, bool main_clause = false) const;
  bool np_time_adjunct(std::size_t k) const;
  bool np_complement(std::size_t b, std::size_t e) const;
  bool has_complementizer(std::size_t b, std::size_t e) const {
    for (std::size_t k = b; k < e; ++k)
      if (in(k, WordClass::kComplementizers)) return true;
    return false;
  }
  bool coordinated_cue_at(std::size_t k) const;
  bool listed_after(std::size_t k) const;
  bool participle_predicate(std::size_t b, std::size_t k) const;
  std::size_t clause_start(std::size_t i) const;
  bool term_after_term_cue(std::size_t i, std::size_t j) const;
  // An en or em dash at k that ends a dateline at the unit's start (`start`: the clause start so far).
  bool dateline_dash(std::size_t k, std::size_t start) const;
  void find_clause_starts();
  void subject(std::size_t i, const Match& m, Draft& d) const;
  void event_possessor(Draft& d) const;
  std::pair<std::size_t, std::size_t> finite_subject(std::size_t i) const;
  void bound_pronoun(Draft& d) const;
  std::pair<std::size_t, std::size_t> np_back(std::size_t k) const;
  void coordinated_subject(std::size_t k, Draft& d) const;
  std::pair<std::size_t, std::size_t> np_forward(std::size_t s) const;
  std::pair<std::size_t, std::size_t> attribution_np(std::size_t i) const;
  std::size_t attribution_adjunct(std::size_t j, int quote) const;
  bool finite_at(std::size_t k) const;
  bool split_subject(std::size_t first, std::size_t e, int quote) const;
  bool split_continuation(std::size_t j) const;
  bool emit(const Draft& d, std::vector<ReportedSpeech>& out) const;
  bool event_subject(const Draft& d) const;
  bool continuation(const Unit& u, bool has_cue, std::vector<ReportedSpeech>& out) const;
  bool present_after_subject(std::size_t e) const;
  bool past_after_subject(std::size_t e) const;
  bool present_at(std::size_t k) const;
  bool backshifted_at(std::size_t s, bool modal) const;
  void mark_quotes();
  bool is_headline() const;
  bool headline_second_cue(std::size_t k) const;
  bool name_in_story(std::size_t b, std::size_t e) const;
  bool headline_occasion_at(std::size_t k) const;
  bool headline_tail_at(std::size_t k) const;
  void remember_subject(const Draft& d);
  bool joined_in(std::size_t p, Draft& d) const;
  bool thing_subject(const Draft& d) const;
  void remember_quote_speaker(std::size_t i, const Match& m);
  bool possible_act(std::size_t i) const;
  bool prospective_act(std::size_t i) const;
  bool coordinated_report_at(std::size_t k) const;
  bool relative_report_at(std::size_t k) const;
  bool bare_noun_with_phrase(std::size_t j, std::size_t k) const;
  bool next_predicate_at(std::size_t k) const;
  std::size_t subject_report_end(std::size_t b, std::size_t e) const;
  bool zero_after_adjunct(const Cue& cue, std::size_t j, Draft& d) const;
  bool report_noun_object(std::size_t j) const;
  bool coordinated_predicate(std::size_t j) const;
  std::size_t second_complement(const Draft& d, std::vector<ReportedSpeech>& out) const;
  bool passive_report(std::size_t i, Draft& d) const;
  bool request_report(std::size_t i, Draft& d) const;
  std::pair<std::size_t, std::size_t> definite_np(std::size_t b, std::size_t e) const;

  // The outermost quotes with marks: [open mark, close mark), disjoint, sorted.
  struct Outer {
    std::size_t begin = 0, end = 0;
    bool speech = false;  // kDirect, not a term
  };

  const ReportedSpeechFinderImpl& impl_;
  const Document& doc_;  // its parse is asked for where a rule reads it (Document::parse)
  std::string_view text_;
  std::vector<Outer> outer_;
  std::size_t cursor_ = 0;  // into outer_, advancing with the units
  // A report that the next sentence may continue.
  struct Open {
    bool valid = false;
    bool one_person = false;  // its subject is one person ("Director Ann Lowe", "she")
    bool past = false;        // its cue is in the past tense ("said", "noted"): backshift may go on with it
    std::size_t paragraph = 0;
    WordSet subject_words;  // lower case, capitalised words of its subject
    // Opened by an act of speaking with no content of its own ("briefed the corps on X"): the
    // sentences that go on with it carry its subject and cue.
    bool opener = false;
    Span subject, cue;
  };
  void open_briefing(std::size_t i, const Match& m, std::size_t paragraph, Open& last) const;
  Open open_;
  // A record: a text with no quotation at all (minutes, a summary record), where everything said
  // is paraphrased in the past tense.
  bool record_ = false;
  // Per unit:
  std::size_t para_end_ = 0;
  std::vector<Token> t_;
  std::vector<std::size_t> starts_;  // clause start of each token
  bool headline_ = false;
  std::size_t prev_subj_b_ = 0, prev_subj_e_ = 0;  // last subject in the unit
  std::size_t prev_co_b_ = 0, prev_co_e_ = 0;      // and its co-subject
  std::size_t reported_until_ = 0;                 // end token of the unit's last report content
  bool have_prev_subj_ = false;
};

Match Scan::cue_at(std::size_t i) const {
  Match best;
  const Token& t = tok(i);
  if (!t.word) return best;
  auto it = impl_.forms_.find(t.low);
  if (it == impl_.forms_.end()) return best;
  for (const Form& f : it->second) {
    if (i + f.words.size() > t_.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < f.words.size() && ok; ++k) ok = t_[i + k].low == f.words[k];
    if (ok) {
      if (impl_.cues_[f.cue].clause_only && !that_follows(skip_adjuncts(i + f.words.size()))) return best;
      best.len = f.words.size();
      best.form = &f;
      return best;
    }
  }
  return best;
}

// "that" at j, or after a parenthetical of words set off by commas or dashes ("found — for the second
// time — that"): a cue of the "clause" frame is one only then ("held talks" is no report).
bool Scan::that_follows(std::size_t j) const {
  std::size_t m = j;
  // "ruled unanimously that", "ruled 5-4 that": adverbs or a vote's count first; a noun ("held talks
  // that …") has a relative clause, no complement.
  while (m < t_.size() && m < j + 3 && t_[m].word && (is_adverb(t_[m].tag) || t_[m].tag == Tag::CD)) ++m;
  if (word(m, WordRole::kComplementizer)) return true;
  if (!(punct(m, ",") || dash(m))) return false;
  for (std::size_t k = m + 1; k < t_.size() && k < m + 10; ++k) {
    if (punct(k, ",") || dash(k)) return k > m + 1 && word(k + 1, WordRole::kComplementizer);
    if (!t_[k].word || t_[k].tag == Tag::VBD || t_[k].tag == Tag::VBZ || t_[k].tag == Tag::VBP || t_[k].tag == Tag::MD)
      return false;
  }
  return false;
}

// Is the cue form at i used as a speech verb here?
bool Scan::cue_allowed(std::size_t i, const Match& m) const {
  const Token& t = tok(i);
  if (t.cap && !headline_) return false;  // "United States", "Say" out of a headline
  // "The agency is urging banks to …": the progressive -ing form of a directive cue (one that takes
  // an addressee and an infinitive) after a form of "be" is the report (not after "it", "this": "it
  // is encouraging to see" is an adjective). Other cues' progressives ("is responding", "are
  // saying") describe an ongoing act more often than they report words.
  const Cue& directive = impl_.cues_[m.form->cue];
  const bool progressive = m.form->ing && directive.addressee && directive.to && i > 1 &&
                           in(i - 1, WordClass::kBeForms) && tok(i - 2).word && !word(i - 2, WordRole::kExpletive) &&
                           !in(i - 2, WordClass::kDemonstratives);
  if (i > 0 && (is_det(i - 1) || (in(i - 1, WordClass::kBeForms) && !progressive)))
    return false;  // "a warning", "was told"
  // "aware of reports that": after a preposition a cue form is a noun ("by saying" is a verb).
  if (i > 0 && in(i - 1, WordClass::kAdjunctPrepositions) && !m.form->ing && !word(i - 1, WordRole::kInfinitiveMarker))
    return false;
  for (std::size_t k = i, n = 0; k > 0 && n < 3; --k, ++n) {
    if (!t_[k - 1].word) break;
    if (is(WordClass::kNegators, t_[k - 1].low) || t_[k - 1].negated) return false;  // "isn't saying"
    // Only adverbs, auxiliaries and "to" stand between a negator and its cue: in "is not
    // negotiable and emphasized" the negator belongs to another predicate.
    const Tag p = t_[k - 1].tag;
    if (!(is_adverb(p) || p == Tag::MD || p == Tag::TO || in(k - 1, WordClass::kSkippable) ||
          in(k - 1, WordClass::kFiniteAuxiliaries)))
      break;
  }
  // "the agency's recently announced initiatives", "their newly stated goals": a past participle
  // after a possessive or a determiner (adverbs between) and before a common noun modifies the
  // noun; no one speaks there.
  if (!m.form->base && !m.form->ing && !headline_ && i + m.len < t_.size() && t_[i + m.len].word &&
      !t_[i + m.len].cap && (t_[i + m.len].tag == Tag::NN || t_[i + m.len].tag == Tag::NNS)) {
    std::size_t k = i;
    while (k > 0 && t_[k - 1].word && !t_[k - 1].cap && is_adverb(t_[k - 1].tag)) --k;
    if (k > 0 && t_[k - 1].word &&
        (possessive_word(t_[k - 1].low) || t_[k - 1].tag == Tag::PRP_S || (k < i && is_det(k - 1))))
      return false;
  }
  if (possible_act(i)) return false;  // "may announce further changes"
  // "cannot ignore calls for help", "rejected claims that": an -s form right after a lexical
  // verb is that verb's plural noun object. The verb is known by its tag, or by the modal or
  // negator before it ("cannot ignore").
  if (!m.form->base && !m.form->ing && ends_with(t.low, "s") && i > 0 && tok(i - 1).word && !tok(i - 1).cap &&
      (is_verb(tok(i - 1).tag) || (i > 1 && (in(i - 2, WordClass::kModals) || in(i - 2, WordClass::kNegators)))) &&
      !in(i - 1, WordClass::kFiniteAuxiliaries) && !in(i - 1, WordClass::kAuxiliaries) &&
      !in(i - 1, WordClass::kBeForms) && !in(i - 1, WordClass::kSkippable) && !headline_)
    return false;
  // In a headline a base form is its present tense ("Leaders Urge …"), but not after "to" or in a
  // list that such an infinitive opens: "… Travels to Porto to Highlight X, Announce Y" (a plan,
  // no report).
  auto infinitive_list = [&]() {
    if (i < 2 || !(punct(i - 1, ",") || word(i - 1, WordRole::kConjunctionAnd))) return false;
    for (std::size_t k = i - 1, n = 0; k-- > 0 && n < 12; ++n) {
      if (!t_[k].word && !punct(k, ",")) return false;
      if (word(k, WordRole::kInfinitiveMarker))
        return k + 2 < i && (t_[k + 1].tag == Tag::VB || (cue_at(k + 1).form && cue_at(k + 1).form->base));
    }
    return false;
  };
  if (m.form->base && (!headline_ || (i > 0 && word(i - 1, WordRole::kInfinitiveMarker)) || infinitive_list()) &&
      !present_after_but(i, m)) {
    if (i == 0) return false;
    const Token& p = tok(i - 1);
    // "some reports predict": a plural noun subject before a present-tense cue (VBP).
    bool plural_subject =
        p.word && ((ends_with(p.low, "s") && (p.cap || role(i - 1))) || (p.tag == Tag::NNS && t.tag == Tag::VBP));
    // "the ministry, the mayor and the governor all consider …", "they both say": a floated
    // quantifier after a plural subject (a noun or a pronoun).
    if ((word(i - 1, WordRole::kUniversalQuantifier) || word(i - 1, WordRole::kDualQuantifier)) && i >= 2 &&
        tok(i - 2).word &&
        (tok(i - 2).tag == Tag::NN || tok(i - 2).tag == Tag::NNS || is_proper_noun(tok(i - 2).tag) ||
         in(i - 2, WordClass::kSubjectPronouns)))
      plural_subject = true;
    if (purpose_of_meeting(i)) return true;
    // "Smith continued to say that", "went on to say that": the infinitive of a verb of speech
    // (one that may carry a quotation) is the report; "continues to believe" is a stance.
    if (i >= 3 && word(i - 1, WordRole::kInfinitiveMarker) && impl_.cues_[m.form->cue].quote &&
        (in(i - 2, WordClass::kAspectVerbs) ||
         (word(i - 2, WordRole::kDatePreposition) && (tok(i - 3).tag == Tag::VBD || tok(i - 3).tag == Tag::VBZ))))
      return true;
    // "The agency is pleased to announce …": a mood of the speaker's before the infinitive.
    if (i >= 3 && word(i - 1, WordRole::kInfinitiveMarker) && in(i - 2, WordClass::kAnnouncingMoods) &&
        (in(i - 3, WordClass::kBeForms) ||
         (i >= 4 && in(i - 3, WordClass::kSkippable) && in(i - 4, WordClass::kBeForms))))
      return true;
    if (prospective_act(i)) return true;  // "is expected to tell the board that"
    if (!(in(i - 1, WordClass::kModals) || in(i - 1, WordClass::kSubjectPronouns) || role(i - 1) || plural_subject))
      return false;
    if (word(i - 1, WordRole::kInfinitiveMarker)) return false;  // "to say one thing": an infinitive, not a report
  }
  return true;
}

// ", but believe that …": a base cue form right after "but", with its own complementizer, is the
// present tense of a plural subject (after "and" it may go on an infinitive: "to meet and
// stress that").
bool Scan::present_after_but(std::size_t i, const Match& m) const {
  return m.form && m.form->base && i > 0 && word(i - 1, WordRole::kConjunctionBut) &&
         (t_[i].tag == Tag::VBP || t_[i].tag == Tag::VB) && word(i + m.len, WordRole::kComplementizer);
}

// A base cue in the purpose infinitive of a meeting or a call: "spoke by phone with X to
// reaffirm Y", "met Z to offer condolences and reiterate Y": the meeting's subject speaks.
bool Scan::purpose_of_meeting(std::size_t i) const { return meeting_of_purpose(i) < t_.size(); }

// The verb of the meeting or call whose purpose infinitive holds the base cue at i (the
// finite verb before the meeting word: "spoke by phone", "held talks"), or t_.size().
std::size_t Scan::meeting_of_purpose(std::size_t i) const {
  const std::size_t none = t_.size();
  if (i == 0) return none;
  std::size_t to = i - 1;
  if (word(to, WordRole::kConjunctionAnd)) {  // the second infinitive of a pair: back to its "to"
    std::size_t k = to;
    while (k > 0 && k + 8 > to && t_[k - 1].word && t_[k - 1].tag != Tag::TO) --k;
    if (k == 0 || !t_[k - 1].word || t_[k - 1].tag != Tag::TO) return none;
    to = k - 1;
  }
  if (tok(to).tag != Tag::TO || !word(to, WordRole::kInfinitiveMarker)) return none;
  const std::size_t start = clause_start(to);
  for (std::size_t k = to; k-- > start && k + 24 > to;) {
    if (!t_[k].word) continue;
    if (in(k, WordClass::kMeetingWords) || is(WordClass::kMeetingWords, std::string(t_[k].lemma))) {
      if (!(is_verb(t_[k].tag) || t_[k].tag == Tag::NN || t_[k].tag == Tag::NNS)) return none;
      // "will depart tomorrow to meet counterparts to reaffirm …": a meeting still to come (a
      // modal before it) has said nothing yet.
      for (std::size_t q = start; q < k; ++q)
        if (t_[q].tag == Tag::MD && t_[q].quote < 0) return none;
      for (std::size_t v = k + 1; v-- > start && v + 4 > k;) {
        const Tag g = t_[v].tag;
        if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP) return v;
      }
      return k;
    }
    if (is_verb(t_[k].tag) && t_[k].tag != Tag::VBN) return none;  // another verb governs the "to"
  }
  return none;
}

// Skips time adjuncts and adverbs after a cue: "said Thursday", "said on Friday".
std::size_t Scan::skip_adjuncts(std::size_t j) const {
  for (int n = 0; n < 4 && j < t_.size(); ++n) {
    if (in(j, WordClass::kSkippable)) {
      ++j;
    } else if (in(j, WordClass::kTimeLeads) && j + 1 < t_.size() && in(j + 1, WordClass::kSkippable)) {
      j += 2;
    } else if (in(j, WordClass::kTimeLeads) && in(j + 1, WordClass::kTimeLeads) && in(j + 2, WordClass::kSkippable)) {
      j += 3;  // "said late on Tuesday that"
    } else if ((in(j, WordClass::kMonthAbbreviations) || in(j, WordClass::kMonths)) && j + 1 < t_.size() &&
               t_[j + 1].tag == Tag::CD) {
      j += 2;  // "said Jan. 12", "said March 3"
    } else if (in(j, WordClass::kTimeLeads) && j + 2 < t_.size() &&
               (in(j + 1, WordClass::kMonthAbbreviations) || in(j + 1, WordClass::kMonths)) &&
               t_[j + 2].tag == Tag::CD) {
      j += 3;  // "announced on May 15 several changes"
    } else if (in(j, WordClass::kTimeLeads) && j + 1 < t_.size() && in(j + 1, WordClass::kCalendarUnits)) {
      j += 2;
    } else if (is_adverb(t_[j].tag) && t_[j].word && !t_[j].cap) {
      // An adverb phrase before the complementizer: "mentioned as well that", "said separately that".
      std::size_t k = j;
      while (k < t_.size() && k < j + 3 && is_adverb(t_[k].tag) && t_[k].word && !t_[k].cap) ++k;
      if (k >= t_.size() || !word(k, WordRole::kComplementizer)) break;
      j = k;
    } else {
      break;
    }
  }
  return j;
}

namespace {
// A cue whose only frame is "opens": it opens a record's paraphrase and reports nothing itself.
bool only_opens(const Cue& c) {
  return c.opens && !c.that && !c.zero && !c.to && !c.object && !c.colon && !c.quote && !c.as_object && !c.predicate &&
         !c.light_noun_only;
}

// A cue whose only frame is "quote": it leads or follows a quotation and nothing else.
bool quote_only(const Cue& c) { return c.quote && !c.that && !c.zero && !c.to && !c.object && !c.colon; }

// Records where a content starts and which construction found it.
bool found(Draft& d, std::size_t content_b, const char* rule, double confidence) {
  d.content_b = content_b;
  d.rule = rule;
  d.confidence = confidence;
  return true;
}
}  // namespace

// Tries the cue's frames in order; on success fills d.content_b and d.rule
// (d.content_e is set by the caller). A cue whose that-clause states a view only (the "view"
// frame: "agreed that the partnership is strong") reports nothing when the clause states an
// arrangement instead ("agreed that the ministers will meet in May": a decision, no speech).
bool Scan::frames(std::size_t i, const Match& m, Draft& d) const {
  if (!frames_of(i, m, d)) return false;
  return !(impl_.cues_[m.form->cue].view_only && (d.rule == "that-clause" || d.rule == "zero-that") &&
           arrangement(d.content_b));
}

// The that-clause from token b states an arrangement: its first finite verb is a future
// modal ("will", "shall"; a reported "would" is left to the view: "agreed that their
// militaries would resume contacts" reports what was said).
bool Scan::arrangement(std::size_t b) const {
  constexpr std::size_t kMaxLookahead = 20;
  for (std::size_t k = b + 1; k < t_.size() && k < b + kMaxLookahead; ++k) {
    const Tag g = t_[k].tag;
    if (g == Tag::MD) return in(k, WordClass::kFutureModals);
    if (g == Tag::VBZ || g == Tag::VBP || g == Tag::VBD) return false;
  }
  return false;
}

bool Scan::frames_of(std::size_t i, const Match& m, Draft& d) const {
  const Cue& cue = impl_.cues_[m.form->cue];
  std::size_t j = skip_adjuncts(i + m.len);
  if (j >= t_.size()) return false;
  if (punct(j, ":")) return false;  // "reiterated: ..." is the direct finder's
  // "ruled unanimously that", "ruled 5-4 that" (a cue of the clause frame): adverbs or a count first.
  for (std::size_t n = 0;
       cue.clause_only && n < 3 && j + 1 < t_.size() && t_[j].word && (is_adverb(t_[j].tag) || t_[j].tag == Tag::CD);
       ++n)
    ++j;
  // "noting that In the final agreement, we were able …": a capitalised opener after "that" starts
  // the speaker's own sentence, its quote marks lost: verbatim, no paraphrase.
  if (word(j, WordRole::kComplementizer) && j + 1 < t_.size() && t_[j + 1].cap && in(j + 1, WordClass::kIntroWords))
    return false;
  // A cue of speech "about" ("talked about", "spoke about") takes a question word ("how", "whether")
  // but no "that": "spoke about that decision" names a topic.
  const bool about = m.form->words.size() > 1 && m.form->words.back() == role_word(WordRole::kTopicPreposition);
  // "will reinforce that relationship and allow …": "that" before a bare common noun whose clause
  // has no finite verb first is a determiner of the cue's object, no complementizer.
  bool that_determiner = false;
  if (word(j, WordRole::kComplementizer) && j + 2 < t_.size() && !t_[j + 1].cap &&
      (t_[j + 1].tag == Tag::NN || t_[j + 1].tag == Tag::NNS)) {
    std::size_t k = j + 2;  // the rest of the noun phrase, then "and" and a base form: the cue's subject's next verb
    while (k < t_.size() && k < j + 4 && t_[k].chunk == Chunk::kInsideNP) ++k;
    that_determiner = k + 1 < t_.size() && (word(k, WordRole::kConjunctionAnd) || word(k, WordRole::kConjunctionOr)) &&
                      t_[k + 1].tag == Tag::VB;
  }
  if (cue.that && in(j, WordClass::kComplementizers) && j + 1 < t_.size() &&
      !(about && word(j, WordRole::kComplementizer)) && !that_determiner)
    return found(d, j, "that-clause", 0.85);
  // "spoke about the wards in many of our hospitals being at a critical point": after such a cue,
  // a noun phrase and "being" with its predicate is a clause (its subject in the accusative), no
  // topic.
  if (cue.that && about && tok(j).word && !in(j, WordClass::kComplementizers)) {
    for (std::size_t k = j + 1; k + 1 < t_.size() && k < j + 15 && t_[k].word && t_[k].quote < 0; ++k) {
      const Tag g = t_[k].tag;
      if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD || in(k, WordClass::kComplementizers) ||
          in(k, WordClass::kRelativePronouns))
        break;
      if (word(k, WordRole::kBeParticiple) && t_[k + 1].word) return found(d, j, "that-clause", 0.75);
    }
  }
  // "He said however, that …": an adverb before the comma, the complementizer after it.
  if (cue.that && punct(j, ",") && j > i + m.len && word(j + 1, WordRole::kComplementizer) && j + 2 < t_.size())
    return found(d, j + 1, "that-clause", 0.8);
  // "said, however, that ...", "said, in a statement, that ...": a parenthetical between the
  // cue and its complementizer (words only, no finite verb of its own).
  if (cue.that && punct(j, ",")) {
    for (std::size_t k = j + 1; k < t_.size() && k <= j + 6; ++k) {
      if (punct(k, ",")) {
        if (k > j + 1 && word(k + 1, WordRole::kComplementizer) && k + 2 < t_.size())
          return found(d, k + 1, "that-clause", 0.8);
        break;
      }
      if (!t_[k].word || t_[k].tag == Tag::VBD || t_[k].tag == Tag::VBZ || t_[k].tag == Tag::VBP ||
          t_[k].tag == Tag::MD)
        break;
    }
  }
  // "found — for the second time this week — that …": a dash parenthetical between the cue and
  // its complementizer (words only, no finite verb of its own).
  if (cue.that && dash(j)) {
    for (std::size_t k = j + 1; k < t_.size() && k <= j + 9; ++k) {
      if (dash(k)) {
        if (k > j + 1 && word(k + 1, WordRole::kComplementizer) && k + 2 < t_.size())
          return found(d, k + 1, "that-clause", 0.8);
        break;
      }
      if (!t_[k].word || t_[k].tag == Tag::VBD || t_[k].tag == Tag::VBZ || t_[k].tag == Tag::VBP ||
          t_[k].tag == Tag::MD)
        break;
    }
  }
  // "claims to suffer from X": the infinitive right after the cue.
  if (cue.infinitive && word(j, WordRole::kInfinitiveMarker) && j + 1 < t_.size() && t_[j + 1].tag == Tag::VB)
    return found(d, j, "to-infinitive", 0.8);
  // "warned they would ...", "warned it will ...": a nominative pronoun opens a clause.
  bool nominative = in(j, WordClass::kSubjectPronouns) && !word(j, WordRole::kExpletive) &&
                    !word(j, WordRole::kSecondPersonPronoun) && !word(j, WordRole::kExistential);
  if (cue.zero && (nominative || (word(j, WordRole::kExpletive) && in(j + 1, WordClass::kFiniteAuxiliaries))))
    return found(d, j, "zero-that", 0.75);
  if ((cue.addressee ||
       (cue.that && in(j, WordClass::kAdjunctPrepositions) && !word(j, WordRole::kDativePreposition))) &&
      past_addressee(cue, j, d))
    return true;
  if (cue.that && word(j, WordRole::kDativePreposition) && addressee_then_that(cue, j, d)) return true;
  if (zero_after_adjunct(cue, j, d)) return true;
  if (relative_gap(i, j, cue, d)) return found(d, i + m.len, "relative-clause", 0.6);  // "said will focus"
  if (cue.zero && zero_clause(i, m, j, cue) && !coordinated_predicate(j)) {
    if (headline_) return found(d, j, "headline", 0.7);
    return found(d, j, tok(j).mark ? "quote-lead" : "zero-that", 0.75);
  }
  // "Secretary Lowe Says Farmers Deserve Fair Prices": in a headline, where the tagger reads the
  // clause's verb as a name, a cue that takes a clause but no object ("says") has the rest of the
  // headline for its zero-that clause; not after a comma or a quote, where it follows its words.
  // A cue form that the story writes with a neighbour as a name ("United States", "State
  // Department") is a word of that name; the word before the cue is a role or a name the story
  // writes again.
  if (headline_ && cue.zero && !cue.object && !cue.addressee && i > 0 && tok(i - 1).word && tok(j).word && tok(j).cap &&
      !in(j, WordClass::kAdjunctPrepositions) && !in(j, WordClass::kComplementizers) && j + 2 < t_.size() &&
      t_[j + 1].word && j == i + m.len && !name_in_story(i - 1, i + 1) && !name_in_story(i, j + 1) &&
      (role(i - 1) || surname_in_story(t_[i - 1]) || name_in_story(i - 1, i)))
    return found(d, j, "headline", 0.65);
  // "noted with pride the U.S. decision": a short manner phrase before the object.
  if (cue.object && word(j, WordRole::kComitative) && j + 2 < t_.size() && t_[j + 1].word && !t_[j + 1].cap &&
      (is_det(j + 2) || tok(j + 2).cap))
    j += 2;
  // "stressed in both capitals the concern …", "reiterated during the call the need …": a short
  // adjunct of a preposition and a common noun phrase before an object that opens with its own
  // determiner; that object must be a light noun's ("welcomed in the morning the delegation" is
  // no report).
  bool after_adjunct = false;
  if (cue.object && in(j, WordClass::kAdjunctPrepositions) && !word(j, WordRole::kDativePreposition) &&
      !word(j, WordRole::kGenitive)) {
    std::size_t k = j + 1;
    if (is_det(k) || in(k, WordClass::kGroupNumbers)) ++k;
    const std::size_t head = k;
    // Its nouns by tag or, the tagger misled ("in both capitals" read as a verb), any plain word.
    while (k < t_.size() && k < head + 3 && t_[k].word && !tok(k).cap && !is_det(k) &&
           !in(k, WordClass::kAdjunctPrepositions) && !in(k, WordClass::kComplementizers) &&
           !in(k, WordClass::kModals) && t_[k].tag != Tag::VBD && t_[k].tag != Tag::VBN &&
           (!cue_at(k).form || k > head || head > j + 1))  // "during the call": a noun after "the"
      ++k;
    if (k > head && k < t_.size() && (is_det(k) || tok(k).tag == Tag::PRP_S)) {
      j = k;
      after_adjunct = true;
    }
  }
  // "presented the program as a successful model", "identified poverty, hunger and corruption as
  // the greatest threat": an object and its "as" predicate (a small clause), the cue's view of it.
  // Only a list's commas inside the object, no verb; "as" before a pronoun is a conjunction.
  if (cue.as_object && tok(j).word && (is_det(j) || tok(j).chunk == Chunk::kBeginNP) &&
      !in(j, WordClass::kPronounObjects))
    for (std::size_t k = j + 1; k < t_.size() && k <= j + 15 && (t_[k].word || punct(k, ",")); ++k) {
      const Tag g = t_[k].tag;
      if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) break;
      // "as not being a …", "as being …": a negated or progressive predicate.
      const std::size_t p = k + 1 + (word(k + 1, WordRole::kNegation) ? 1 : 0) +
                            (word(k + 1, WordRole::kBeParticiple) || word(k + 2, WordRole::kBeParticiple) ? 1 : 0);
      if (word(k, WordRole::kPredicativeAs) && k > j && p < t_.size() && t_[p].word &&
          !in(p, WordClass::kSubjectPronouns) &&
          (is_det(p) || is_adjective(t_[p].tag) || t_[p].tag == Tag::NN || t_[p].tag == Tag::NNS))
        return found(d, j, "object", 0.7);
    }
  // "expressed her appreciation": a possessive (PRP$) opens the object; "welcomed her" is none.
  const bool possessive = tok(j).tag == Tag::PRP_S;
  // "asking for $34 billion": a sum opens the object with its currency sign.
  const bool sum = !tok(j).word && (tok(j).low == "$" || tok(j).low == "\xE2\x82\xAC" || tok(j).low == "\xC2\xA3") &&
                   j + 1 < t_.size() && t_[j + 1].tag == Tag::CD;
  if (cue.object && (tok(j).word || sum) && !in(j, WordClass::kAdjunctPrepositions) &&
      !in(j, WordClass::kComplementizers) &&
      ((!in(j, WordClass::kPronounObjects) && !in(j, WordClass::kSubjectPronouns)) || possessive)) {
    if (received_guest(j) || report_noun_object(j)) return false;
    bool light = false;
    for (std::size_t k = j; k < t_.size() && k < j + 4 && t_[k].word; ++k) {
      if (in(k, impl_.light_nouns_)) light = true;
      if (k > j && in(k, WordClass::kAdjunctPrepositions)) break;
    }
    // "Hale Urges Patience and Calm": in a headline an appeal's object that names no one (no role,
    // no word the story gives as a surname) is what is urged, its content.
    if (headline_ && cue.light_noun_only && cue.addressee && cue.to && !after_adjunct && !light) {
      std::size_t k = j;
      bool person = false;
      for (; k < t_.size() && t_[k].word && !in(k, WordClass::kAdjunctPrepositions); ++k)
        person = person || role(k) || surname_in_story(t_[k]);
      // "Urges Small Businesses to …": the words before "to" are the addressee, whatever follows.
      if (!person && k > j && !word(k, WordRole::kDativePreposition)) return found(d, j, "object", 0.7);
    }
    // "urged greater activism as a key to growth": a cue that takes an addressee takes as its object
    // a bare noun phrase (no determiner, lower-case, its head a singular common noun that is no
    // role: "urged residents", "urged the council" address people) with a complement of its own
    // (a preposition after it): "urged calm" is an appeal with no content.
    bool bare = false;
    if (cue.addressee && !after_adjunct && !tok(j).cap && !is_det(j) && !possessive &&
        tok(j).chunk == Chunk::kBeginNP) {
      std::size_t h = j;
      while (h + 1 < t_.size() && t_[h + 1].chunk == Chunk::kInsideNP) ++h;
      bare = t_[h].tag == Tag::NN && !t_[h].cap && !role(h);
      for (std::size_t n = j; bare && n <= h; ++n) bare = !role(n) && !t_[n].cap && t_[n].quote < 0;
      bool complement = false;
      for (std::size_t n = h + 1; bare && !complement && n < t_.size() && n < h + 6 && t_[n].word; ++n)
        complement = t_[n].tag == Tag::IN && !in(n, WordClass::kComplementizers);
      bare = bare && complement;
    }
    if ((cue.light_noun_only || after_adjunct) && !light && !bare) return false;
    return found(d, j, light ? "light-verb" : "object", 0.75);
  }
  if (cue.quote && tok(j).mark && term_after_term_cue(i, j)) return false;  // "The plan, called “…”, will …"
  if (cue.quote && tok(j).mark) return found(d, j, "quote-lead", 0.75);     // kept only if mixed
  // "called the plan “a step back”", "hailed X as a “tremendous success”", "calls Iraq an
  // opportunity to change “poisonous politics”": an object, then the quoted words that describe
  // it (kept only if mixed).
  // "deploring what he called a campaign by critics": the words of "what X called" are X's
  // description, quoted or not.
  if (cue.quote && !cue.addressee && i >= 2 && tok(j).word && !in(j, WordClass::kAdjunctPrepositions) &&
      (is_det(j) || tok(j).chunk == Chunk::kBeginNP)) {
    auto [sb, se] = np_back(i - 1);
    if (se == i && sb > 0 && se > sb && tok(sb - 1).tag == Tag::WP && word(sb - 1, WordRole::kInterrogativeThing)) {
      // "seeking what he called a “fresh start” to …": the quote is the whole description (its
      // article aside): direct, no report.
      if (is_det(j) && j + 1 < t_.size() && tok(j + 1).mark) return false;
      return found(d, j, "object", 0.7);
    }
  }
  // Not after an addressee: "told reporters “…”" is direct.
  if (cue.quote && !cue.addressee && quoted_description(j, cue.predicate)) return found(d, j, "quote-lead", 0.7);
  if (cue.predicate && small_clause(j)) return found(d, j, "object", 0.7);
  return false;
}

// "called the meeting long and meaningful", "called it a business matter": an object (a pronoun, or
// a noun phrase of up to four words after a definite determiner or a name) and a plain predicate
// after it: an adjective or a noun phrase that "a"/"an" opens. "called the police", "called a
// meeting", "called him on Friday" have none.
bool Scan::small_clause(std::size_t j) const {
  if (j >= t_.size() || !t_[j].word) return false;
  std::size_t o = j;
  if (in(j, WordClass::kPronounObjects) && !in(j, WordClass::kFirstPerson)) {  // not "me", "us"
    o = j + 1;
  } else if ((is_det(j) && !in(j, WordClass::kIndefiniteArticles)) || is_proper_noun(t_[j].tag) ||
             (is_adjective(t_[j].tag) && !t_[j].cap)) {  // "called democratic progress vital"
    std::size_t k = is_det(j) ? j + 1 : j;
    const std::size_t first = k;
    while (k < t_.size() && k < first + 4 && t_[k].word && !t_[k].mark &&
           (t_[k].tag == Tag::NN || t_[k].tag == Tag::NNS || is_proper_noun(t_[k].tag) ||
            (is_adjective(t_[k].tag) && k + 1 < t_.size() && t_[k + 1].word &&
             (t_[k + 1].tag == Tag::NN || t_[k + 1].tag == Tag::NNS))))
      ++k;
    if (k == first || !(t_[k - 1].tag == Tag::NN || t_[k - 1].tag == Tag::NNS || is_proper_noun(t_[k - 1].tag)))
      return false;
    o = k;
  } else {
    return false;
  }
  if (o >= t_.size() || !t_[o].word) return false;
  if (is_adjective(t_[o].tag)) return !in(o, WordClass::kTimeLeads);  // "consider the bill next week"
  // "consider clean water a priority issue": a noun phrase that "a" opens; "called him a day
  // later": a time phrase, no predicate.
  return in(o, WordClass::kIndefiniteArticles) && o + 1 < t_.size() && t_[o + 1].word &&
         (is_adjective(t_[o + 1].tag) || t_[o + 1].tag == Tag::NN) &&
         !(o + 2 < t_.size() && t_[o + 2].word && is_adverb(t_[o + 2].tag));
}

// An object of up to twelve words (no punctuation, no finite verb; prepositions only "of",
// "as", "to", "for") followed by a quote mark. An infinitive in it ("called Lee to discuss the
// “…”") is a phone call's purpose unless the object holds a common noun that is no role.
// After a cue of the small-clause frame ("called", `predicate`) a noun may take any
// preposition: "called the case against him “a story built on …”".
bool Scan::quoted_description(std::size_t j, bool predicate) const {
  if (j >= t_.size() || in(j, WordClass::kComplementizers)) return false;  // "asked how “…”": no object
  const Tag first = t_[j].tag;
  if (first == Tag::WRB || first == Tag::WP || first == Tag::WDT || first == Tag::IN || first == Tag::TO ||
      is_adverb(first))
    return false;
  bool infinitive = false, thing = false;
  std::size_t k = j;
  for (; k < t_.size() && k < j + 12 && !t_[k].mark; ++k) {
    const Token& t = t_[k];
    if (!t.word || t.quote >= 0) return false;
    const Tag g = t.tag;
    if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) return false;
    const bool after_noun = predicate && k > j && (t_[k - 1].tag == Tag::NN || t_[k - 1].tag == Tag::NNS);
    if (g == Tag::IN && !word(k, WordRole::kGenitive) && !word(k, WordRole::kPredicativeAs) &&
        !word(k, WordRole::kBenefactive) && !word(k, WordRole::kDativePreposition) && !after_noun)
      return false;
    if (g == Tag::VB) infinitive = true;
    if ((g == Tag::NN || g == Tag::NNS) && !role(k) && !infinitive) thing = true;
  }
  if (k == j || k >= t_.size() || !t_[k].mark) return false;
  // "urged X to “cease hostilities”": the quote is the infinitive itself, direct.
  if (word(k - 1, WordRole::kInfinitiveMarker)) return false;
  return !infinitive || thing;
}

// "welcomed Danish Minister Karl Berg to Copenhagen": an object that is a proper name (a
// person, with any title) sent "to" a place is a guest received, not a content.
bool Scan::received_guest(std::size_t j) const {
  // "welcomed air chiefs from 49 air forces", "welcomed His Excellency Ivan Duque, president of
  // Colombia": an object headed by a role noun (up to its first preposition), or a role noun and
  // the name it titles, is people received, not a content.
  {
    std::size_t k = j, roles = 0;
    bool only_names = true;
    while (k < t_.size() && k < j + 8 && t_[k].word && t_[k].tag != Tag::IN && t_[k].tag != Tag::TO) {
      if (role(k)) {
        ++roles;
      } else if (roles > 0 && !is_proper_noun(t_[k].tag)) {
        only_names = false;
      }
      ++k;
    }
    // "the United States' support": a possessor (its apostrophe a token of its own) is no head.
    const bool possessor = k < t_.size() && (t_[k].low == "'" || t_[k].low == "\xE2\x80\x99");
    // "highlighted the agency's leadership in X": a body's noun that a possessive owns (no
    // person's role) is the body's conduct, a topic, no one received.
    const bool owned_conduct =
        k > j + 1 && in(k - 1, impl_.body_nouns_) && possessive_word(t_[k - 2].low) && roles == 1;
    // In a headline every word is capitalised: the words after a role are a name only when the
    // story gives the last one as a name ("Welcomes Ambassador Stuart E. Jones"; not "Announces
    // First State Mapping Grants").
    if (headline_ && only_names && !role(k - 1) && !surname_in_story(t_[k - 1])) only_names = false;
    if (k > j && roles > 0 && !possessor && !owned_conduct && (role(k - 1) || only_names) &&
        !in(k - 1, impl_.light_nouns_))
      return true;
  }
  // "warmly welcomed Lowassa:": a bare name, nothing after it in the clause, is the person (or
  // body) received; it says nothing.
  // In a headline every word is capitalised ("Stresses Strong Ties"): no name is known there.
  if (!headline_) {
    std::size_t k = j;
    while (k < t_.size() && k < j + 4 && t_[k].word && t_[k].cap && is_proper_noun(t_[k].tag) && !role(k)) ++k;
    if (k > j && k < j + 4 && (k == t_.size() || punct(k, ":") || punct(k, ".") || punct(k, ";"))) return true;
  }
  // "Reiterates Call to Free X": in a headline a light noun that opens the object is its head, no
  // name (the tagger reads every capitalised word as one).
  if (headline_ && in(j, impl_.light_nouns_)) return false;
  std::size_t k = j;
  while (k < t_.size() && k < j + 12 && t_[k].word &&
         (is_proper_noun(t_[k].tag) || role(k) ||
          (k > j && (t_[k].tag == Tag::IN || in(k, WordClass::kNpJoiners)) && !word(k, WordRole::kDativePreposition) &&
           // In a headline, where the tagger reads every word as a name, only a preposition of a
           // title's body joins a guest's words ("Minister of Trade Ann Lowe to Lagos"): "Stresses
           // Dialogue During Address to X" names no one received.
           (!headline_ || in(k, WordClass::kAffiliationPrepositions) || in(k, WordClass::kNpJoiners)) &&
           k + 1 < t_.size() && is_proper_noun(t_[k + 1].tag))))
    ++k;
  // "welcomed Maj. Gen. John Smith to the command headquarters": a place after a determiner.
  return k > j && word(k, WordRole::kDativePreposition) && k + 1 < t_.size() && t_[k + 1].word &&
         (is_proper_noun(t_[k + 1].tag) || (is_det(k + 1) && k + 2 < t_.size() && t_[k + 2].word));
}

// Past an addressee ("assured Blinken that", "urged China to", "urged X for Y
// to", "told parliament he ...") or a prepositional adjunct ("said in a
// statement that"), the complement.
// "stressed to representatives of the producers that …": after "to", an addressee (a role,
// a name or a news medium, no verb), then the complementizer. A "that" followed by a verb is a relative
// pronoun ("referred to the report that was released"), no clause of the cue.
bool Scan::addressee_then_that(const Cue& cue, std::size_t j, Draft& d) const {
  if (j + 1 >= t_.size() || t_[j + 1].tag == Tag::VB) return false;  // "agreed to go"
  bool person = false, light = false;
  std::size_t object = 0;  // "conveyed to the ministers the government's belief that …"
  for (std::size_t k = j + 1; k < t_.size() && k < j + 14 && t_[k].word; ++k) {
    const Tag g = t_[k].tag;
    // "conveyed to me how proud he is": a question word opens the clause after the addressee.
    if (k > j + 1 && !word(k, WordRole::kComplementizer) && !word(k, WordRole::kConditionalComplementizer) &&
        in(k, WordClass::kComplementizers))
      return person && !object && k + 1 < t_.size() && t_[k + 1].word && found(d, k, "that-clause", 0.75);
    if (word(k, WordRole::kComplementizer)) {
      const Tag n = k + 1 < t_.size() ? t_[k + 1].tag : Tag::VB;
      const bool verb = n == Tag::VB || n == Tag::VBD || n == Tag::VBZ || n == Tag::VBP || n == Tag::MD;
      if (!person || k == j + 1 || k + 1 >= t_.size() || !t_[k + 1].word || verb) return false;
      // A second noun phrase before "that" is the object: only a light noun's ("belief that").
      if (object) return cue.object && light && found(d, object, "light-verb", 0.75);
      return found(d, k, "that-clause", 0.8);
    }
    if (role(k) && !object) {  // a role noun the tagger may read as a verb ("ministers")
      person = true;
      continue;
    }
    // "stressed to me that …", "conveyed to them how …": a personal pronoun as the addressee.
    if (k == j + 1 && g == Tag::PRP && in(k, WordClass::kPronounObjects) && !word(k, WordRole::kExpletive)) {
      person = true;
      continue;
    }
    if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) return false;
    if (person && !object && is_det(k) && t_[k - 1].tag != Tag::IN) object = k;  // not "of the producers"
    if (object && in(k, impl_.light_nouns_)) light = true;
    // "confirmed to the newspaper that …": a news medium is an addressee too.
    if (role(k) || is_proper_noun(g) || in(k, WordClass::kMediaNouns)) person = true;
  }
  return false;
}

bool Scan::past_addressee(const Cue& cue, std::size_t j, Draft& d) const {
  std::size_t for_at = 0;
  bool after_as = false;  // "urged X as a key to …": an "as" phrase's "to" is its noun's
  // An addressee and adjuncts of place and time: "told local business owners at a meeting in the
  // town hall on Wednesday evening that …".
  constexpr std::size_t kMaxAddressee = 16;
  for (std::size_t k = j; k < t_.size() && k < j + kMaxAddressee; ++k) {
    // "urged Farm Lending System (System) banks to …": a bracketed short name inside the addressee.
    if (k > j && punct(k, "(") && k + 2 < t_.size() && t_[k + 1].word && t_[k + 1].cap && punct(k + 2, ")")) {
      k += 2;
      continue;
    }
    const Token& t = tok(k);
    if (!t.word || in(k, WordClass::kFiniteAuxiliaries)) break;  // "warned it will respond to": a clause
    if (k > j && t.low == role_word(WordRole::kComplementizer) && cue.that) return found(d, k, "that-clause", 0.85);
    if (!cue.addressee) continue;
    if (k > j && k <= j + 3 && cue.zero && in(k, WordClass::kSubjectPronouns) && !word(k, WordRole::kExpletive))
      return found(d, k, "zero-that", 0.75);
    // "tells VOA the Palestinians cannot afford …": after the addressee's noun phrase, another
    // noun phrase and a finite verb open a zero-that clause.
    if (k > j && cue.zero && t.chunk == Chunk::kBeginNP && tok(k - 1).chunk != Chunk::kOutside && k <= j + 4) {
      // "the Palestinians cannot afford": a negated modal the tagger may take into the noun phrase.
      auto negated_modal = [&](std::size_t n) {
        return in(n, WordClass::kNegators) && t_[n].tag != Tag::IN && t_[n].tag != Tag::DT;
      };
      std::size_t c = k + 1;
      while (c < t_.size() && c < k + 6 && t_[c].chunk == Chunk::kInsideNP && !negated_modal(c)) ++c;
      if (c < t_.size() && c > k) {
        const Tag g = t_[c].tag;
        if (g == Tag::MD || g == Tag::VBZ || g == Tag::VBD || g == Tag::VBP || negated_modal(c))
          return found(d, k, "zero-that", 0.7);
      }
    }
    // "assured the minister of continued support for X": after the addressee, "of" and a phrase
    // headed by a light noun ("assured them of their help", "urged members of the support group
    // to": no light noun heads it).
    if (k > j && t.low == role_word(WordRole::kGenitive) && t.quote < 0) {
      for (std::size_t n = k + 1; n < t_.size() && n < k + 4 && t_[n].word && !in(n, WordClass::kAdjunctPrepositions);
           ++n)
        if (in(n, impl_.light_nouns_) && !(n + 1 < t_.size() && t_[n + 1].word && is_noun(t_[n + 1].tag)))
          return found(d, k + 1, "light-verb", 0.75);
    }
    if (k > j && t.low == role_word(WordRole::kBenefactive) && for_at == 0) for_at = k;
    // "appealing to reason as a way to mediate tensions": an infinitive after an "as" phrase is
    // that phrase's noun's ("a way to"), no complement of a cue that takes only "to".
    if (k > j && t.low == role_word(WordRole::kPredicativeAs) && is_det(k + 1) && cue.to && !cue.that && !cue.zero)
      break;
    if (k > j && t.low == role_word(WordRole::kPredicativeAs) && is_det(k + 1)) after_as = true;
    // "urged China to ...", or with no addressee "gave instructions to ...".
    // "urged the city to “keep the doors open”": the infinitive's verb may open a quotation.
    const std::size_t v = k + 2 < t_.size() && t_[k + 1].mark && t_[k + 2].quote >= 0 ? k + 2 : k + 1;
    // In a headline the infinitive's verb is capitalised too ("Urge Residents to Test …").
    // "urged greater activism as a key to economic growth": "to" after an "as" phrase, or before a
    // determiner, a number or a plural noun, is a preposition, no infinitive.
    const Tag vt = v < t_.size() ? t_[v].tag : Tag::VB;
    const bool preposition = after_as || vt == Tag::DT || vt == Tag::PRP_S || vt == Tag::CD || vt == Tag::NNS;
    if (t.low == role_word(WordRole::kInfinitiveMarker) && cue.to && v < t_.size() && t_[v].word &&
        (!t_[v].cap || headline_) && (k > j || t_[v].tag == Tag::VB || t_[v].tag == Tag::RB) && !preposition)
      return found(d, for_at ? for_at : k, "to-infinitive", 0.8);
  }
  return false;
}

// "the attack that Washington says killed 1,400 people": the gap is the
// relative's subject, so the content starts with its verb.
bool Scan::relative_gap(std::size_t i, std::size_t j, const Cue& cue, Draft& d) const {
  if (!(cue.zero || cue.that) || i == 0) return false;
  if (!tok(j).word || tok(j).cap || in(j, WordClass::kAdjunctPrepositions) || in(j, WordClass::kComplementizers))
    return false;
  auto [sb, se] = np_back(i - 1);
  // The tagger's noun phrase when the word-shape reading stops short: "that some analysts say",
  // "which SADC and other sources said".
  auto [cb, ce] = chunk_back(i - 1);
  std::size_t head = sb;  // the subject as a speaker mention: its head words, or both conjuncts
  if (ce == i && cb > 0 && cb < sb) {
    for (std::size_t k = cb; k < sb; ++k)
      if (word(k, WordRole::kConjunctionAnd)) head = cb;  // "the bloc and other sources": two speakers
    sb = cb;
  }
  if (!(se > sb && sb > 0 && se == i)) return false;
  // "the benefits the Guard's most senior general said have resulted": a role noun's
  // modifiers (the tagger's chunk breaks at an adverb) and its possessor belong to it.
  std::size_t core = sb;  // the role and its modifiers, without the possessor
  if (role(se - 1)) {
    std::size_t c = sb;
    while (c > 1 && sb - c < 3 && t_[c - 1].word && !t_[c - 1].cap &&
           (is_adjective(t_[c - 1].tag) || is_adverb(t_[c - 1].tag)))
      --c;
    // The scan joins "'s" to its noun ("Guard's"); the tagger's token stands alone.
    const bool joined = c >= 2 && (ends_with(t_[c - 1].low, "'s") || ends_with(t_[c - 1].low, "\xE2\x80\x99s"));
    const std::size_t last = joined ? c - 1 : c >= 2 && t_[c - 1].tag == Tag::POS ? c - 2 : 0;
    if (last > 0 && t_[last].cap) {
      const auto [pb, pe] = np_back(last);
      if (pe == last + 1 && pb < pe && pb > 0) {
        core = c;
        sb = head = pb;
      }
    }
  }
  // "the partnerships she says will last": a relative without its pronoun, seen by the
  // complement that opens with its verb (the gap) right after a noun and the subject.
  const Tag v = tok(i + 1 < t_.size() ? i + 1 : i).tag;
  const bool finite = v == Tag::MD || v == Tag::VBD || v == Tag::VBZ || v == Tag::VBP;
  const bool reduced = finite && (t_[sb - 1].tag == Tag::NN || t_[sb - 1].tag == Tag::NNS) && se - core <= 3;
  if (!in(sb - 1, WordClass::kRelativePronouns) && !reduced) return false;
  d.subj_b = head < se ? head : sb;
  d.subj_e = se;
  return true;
}

// The noun phrase chunk (two when joined by "and": "SADC and other sources") that ends at
// token k, as [b, e); empty when k ends none.
std::pair<std::size_t, std::size_t> Scan::chunk_back(std::size_t k) const {
  auto one = [&](std::size_t end) -> std::size_t {  // first token of the chunk holding end
    std::size_t b = end;
    while (b > 0 && t_[b].chunk == Chunk::kInsideNP) --b;
    return t_[b].chunk == Chunk::kBeginNP ? b : end + 1;
  };
  if (k >= t_.size() || t_[k].chunk == Chunk::kOutside || (k + 1 < t_.size() && t_[k + 1].chunk == Chunk::kInsideNP))
    return {k + 1, k + 1};
  std::size_t b = one(k);
  if (b > k) return {k + 1, k + 1};
  if (b >= 2 && word(b - 1, WordRole::kConjunctionAnd) && t_[b - 2].chunk != Chunk::kOutside) {
    std::size_t b2 = one(b - 2);
    if (b2 < b - 1) b = b2;
  }
  return {b, k + 1};
}

// A zero-that clause at j: opened by a subject-like word (or a quote mark, for
// a possibly mixed content) and holding a verb; not an inverted attribution.
bool Scan::zero_clause(std::size_t i, const Match& m, std::size_t j, const Cue& cue) const {
  const Token& first = tok(j);
  // "“…,” said Wang" and "…, said Mao Ning, a spokeswoman": the speaker follows, not a clause.
  bool inverted = !m.form->ing && i > 0 && tok(i - 1).mark;
  if (!m.form->ing && i > 0 && punct(i - 1, ",")) {
    auto [nb, ne] = np_forward(j);
    if (ne == nb) std::tie(nb, ne) = definite_np(j, t_.size());  // "…, said the board, which …"
    inverted = ne > nb && nb == j && (ne >= t_.size() || !tok(ne).word || in(ne, WordClass::kAdjunctPrepositions));
  }
  if (inverted) return false;
  if (first.mark) return true;
  if (!first.word || (first.cap && in(j, WordClass::kAdjunctPrepositions))) return false;
  if (in(j, WordClass::kSubjectPronouns)) return true;
  // After "told"/"assured" a name is the addressee, not a clause: "told Blinken ...".
  if (cue.addressee) return false;
  // A bare noun right before an auxiliary also opens a clause: "said conditions are in place",
  // "said progress had been made".
  bool starter = first.cap || is_digit(cp_at(text_, first.b)) || is_det(j) || in(j, WordClass::kClauseStarters) ||
                 (j + 1 < t_.size() && (in(j + 1, WordClass::kFiniteAuxiliaries) || in(j + 1, WordClass::kBeForms)) &&
                  !impl_.forms_.count(first.low));
  // "said foreign sales are about …", "said building trust starts with …": a bare lower-case
  // noun phrase (or a gerund and its noun) whose next word is a finite verb is the subject.
  if (!starter && !first.cap && !impl_.forms_.count(first.low)) {
    std::size_t k = j;
    if (t_[k].tag == Tag::VBG) ++k;
    while (k < t_.size() && k < j + 4 && t_[k].word && !t_[k].cap &&
           (is_adjective(t_[k].tag) || t_[k].tag == Tag::NN || t_[k].tag == Tag::NNS))
      ++k;
    Tag v = k < t_.size() ? t_[k].tag : Tag::XX;
    // "said building interoperability starts with …": after a gerund and its singular noun, an
    // -s form the tagger took into the noun phrase (NNS) before a preposition or a determiner is
    // the clause's verb.
    if (t_[j].tag == Tag::VBG && k >= j + 3 && t_[k - 1].tag == Tag::NNS && t_[k - 2].tag == Tag::NN && k < t_.size() &&
        (t_[k].tag == Tag::IN || is_det(k))) {
      --k;
      v = Tag::VBZ;
    }
    starter = k > j + (t_[j].tag == Tag::VBG ? 1 : 0) && (t_[k - 1].tag == Tag::NN || t_[k - 1].tag == Tag::NNS) &&
              (v == Tag::VBZ || v == Tag::VBP || v == Tag::VBD || v == Tag::MD);
    if (!starter && k > j && t_[j].tag != Tag::VBG) starter = bare_noun_with_phrase(j, k);
  }
  // "stated its position in a letter" is an object: a clause needs a verb.
  return starter && (has_finite_verb(j) || (first.cap && first_verb_is_finite(j)));
}

// "said President Mbeki of South Africa and President Mogae of Botswana – the bloc's new
// chairman – pressured …": a long subject whose first verb (by tag) is finite.
bool Scan::first_verb_is_finite(std::size_t j) const {
  for (std::size_t k = j; k < t_.size() && k < j + 30; ++k) {
    if (t_[k].quote >= 0) continue;
    if (punct(k, ";") || punct(k, ":") || punct(k, ".")) return false;
    const Tag g = t_[k].tag;
    if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) return true;
    // "… – the bloc's new chairman – pressured": after an apposition the tagger may read the
    // past tense as a participle.
    if (g == Tag::VBN && k > j && !t_[k - 1].word && !t_[k - 1].mark && ends_with(t_[k].low, "ed")) return true;
    if (is_verb(g) || g == Tag::WDT || g == Tag::WP) return false;  // a participle or a relative first
  }
  return false;
}

// Whether the twelve tokens from j hold a finite verb: an auxiliary or modal,
// an irregular past, an -ed form not after a determiner ("the proposed plan"),
// or an -s form right after a noun-like word ("the administration values").
bool Scan::clause_has_verb(std::size_t b, std::size_t e) const {
  for (std::size_t k = b + 1; k < e; ++k) {
    if (!t_[k].word || t_[k].quote >= 0) continue;
    const std::string& w = t_[k].low;
    if (is(WordClass::kFiniteAuxiliaries, w) || is(WordClass::kAuxiliaries, w) || is(WordClass::kBeForms, w) ||
        is(WordClass::kIrregularPast, w))
      return true;
    if (ends_with(w, "ed") && !is_det(k - 1) && !punct(k - 1, ",")) return true;
    // "progress often comes from …": a present the tagger reads as one after an adverb; "innovation
    // often springs from …": an -s form the tagger reads as a plural noun after a singular noun
    // and an adverb agrees with that noun, its verb.
    if (!t_[k].cap && is_adverb(t_[k - 1].tag) &&
        (t_[k].tag == Tag::VBZ || (t_[k].tag == Tag::NNS && k >= 2 && t_[k - 2].tag == Tag::NN && ends_with(w, "s"))))
      return true;
    // "The two countries share …", "they want …": a plain present after a plural subject.
    const Token& p = t_[k - 1];
    if (!t_[k].cap && p.word &&
        (in(k - 1, WordClass::kSubjectPronouns) ||
         (ends_with(p.low, "s") && !ends_with(p.low, "ss") && !possessive_word(p.low))) &&
        !in(k, WordClass::kAdjunctPrepositions) && !is_det(k) && !is(WordClass::kNpJoiners, w) && !ends_with(w, "ly") &&
        !ends_with(w, "s"))
      return true;
  }
  return false;
}

// A time adjunct that opens at k: "on February 25", "on Friday", "last week".
bool Scan::np_time_adjunct(std::size_t k) const {
  if (k + 1 >= t_.size() || t_[k + 1].quote >= 0 || !in(k, WordClass::kTimeLeads)) return false;
  return in(k + 1, WordClass::kMonths) || in(k + 1, WordClass::kMonthAbbreviations) ||
         (t_[k + 1].cap && in(k + 1, WordClass::kSkippable)) || in(k + 1, WordClass::kCalendarUnits);
}

// Whether the noun phrase of tokens [b, e) has a complement of its own: a preposition after its
// first noun ("commitment to the Philippines", "support for X").
bool Scan::np_complement(std::size_t b, std::size_t e) const {
  bool noun = false;
  for (std::size_t k = b; k < e && k < t_.size(); ++k) {
    if (noun && t_[k].word && (t_[k].tag == Tag::IN || t_[k].tag == Tag::TO)) return true;
    noun = noun || is_noun(t_[k].tag);
  }
  return false;
}

// Whether tokens [b, e) hold a past-tense verb (VBD).
bool Scan::clause_past(std::size_t b, std::size_t e) const {
  for (std::size_t k = b; k < e && k < t_.size(); ++k)
    if (t_[k].tag == Tag::VBD) return true;
  return false;
}

bool Scan::has_finite_verb(std::size_t j) const {
  // Quoted words are not the clause's verbs, unless the clause itself stands in that quote (a
  // report inside a transcript turn or a direct quote: "The minister says the day … is …").
  for (std::size_t k = j; k < t_.size() && k < j + 12; ++k) {
    if (!t_[k].word || (t_[k].quote >= 0 && t_[k].quote != t_[j].quote)) continue;
    const std::string& w = t_[k].low;
    if (is(WordClass::kFiniteAuxiliaries, w) || is(WordClass::kAuxiliaries, w) || is(WordClass::kIrregularPast, w))
      return true;
    if (k == j) continue;
    bool after_noun = t_[k - 1].word && !is_det(k - 1) && !in(k - 1, WordClass::kAdjunctPrepositions) &&
                      !in(k - 1, WordClass::kNpJoiners);
    if (ends_with(w, "ed") && !is_det(k - 1)) return true;
    // "since the late 1950s": a number's plural is no verb.
    if (ends_with(w, "s") && !ends_with(w, "ss") && !possessive_word(w) && after_noun && !t_[k].cap &&
        !is_digit(cp_at(text_, t_[k].b)))
      return true;
    // "said the leaders represent …": a plain present the tagger reads as one, after a plural noun.
    if (t_[k].tag == Tag::VBP && !t_[k].cap && t_[k - 1].tag == Tag::NNS) return true;
  }
  return false;
}

// The base confidence of a post-posed attribution ("X discussed Y, Z said."): measured against
// gold over the evaluation sets, its final attributions are right about as often as the
// subject-first reports of the same confidence band.
constexpr double kPostPosedConfidence = 0.65;

// "X also discussed Y, Z said." and "..., says Z": the content is the clause before the comma.
bool Scan::post_posed(std::size_t i, const Match& m, Draft& d) const {
  std::size_t comma = 0, content_e = 0, continues = 0;
  std::size_t after = i + m.len;
  auto inverted = np_forward(after);
  if (inverted.second == inverted.first) inverted = definite_np(after, t_.size());  // ", said the board."
  if (i > 0 && punct(i - 1, ",") && inverted.second > inverted.first) {             // ", says Z."
    // "…, Hale, the mayor, told reporters.": after a verb that takes an addressee, the noun
    // phrase is its object, no inverted subject.
    if (impl_.cues_[m.form->cue].addressee) return false;
    comma = i - 1;
    auto [sb, se] = inverted;
    std::size_t k = se;
    // "…, noted Secretary Blinken: “…”": the attribution may lead a quotation after a colon.
    if (k < t_.size() && !punct(k, ",") && !punct(k, ".") && !punct(k, "!") && !punct(k, ":")) return false;
    d.subj_b = sb;
    d.subj_e = se;
  } else if (i >= 2 && tok(i - 1).mark && punct(i - 2, ",") && tok(i - 1).quote < 0) {
    // "The best way is to “revitalize alliances,” said Secretary Blinken.": a clause that ends
    // in a quoted fragment, attributed after it. Mixed when words precede the quote; a quote
    // that covers the whole clause stays direct only (emit decides).
    auto [sb, se] = np_forward(after);
    if (se == sb) return false;
    std::size_t k = se;
    // "…,” declared Secretary Lee in a speech": the attribution may carry an adjunct.
    if (k < t_.size() && !punct(k, ",") && !punct(k, ".") && !punct(k, "!") &&
        !(in(k, WordClass::kAdjunctPrepositions) && !word(k, WordRole::kDativePreposition) &&
          !word(k, WordRole::kGenitive)))
      return false;
    d.subj_b = sb;
    d.subj_e = se;
    comma = i - 2;
    content_e = i;     // through the closing mark
  } else if (i > 0) {  // ", Z said."
    // ", Jane Roe, Director of Libraries, announced.": a name, then its title between commas.
    std::size_t last = i - 1;
    if (punct(i - 1, ",") && i >= 3)
      for (std::size_t c = i - 2; c > 1 && c + 9 > i; --c) {
        if (punct(c, ",")) {
          if (c + 2 < i && tok(c - 1).cap && is_proper_noun(tok(c - 1).tag)) last = c - 1;
          break;
        }
        const Tag g = t_[c].tag;
        if (!t_[c].word || g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) break;
      }
    // ", the head of the nurses' union, Maria Roe, said.": a description that opens with its
    // determiner and holds a role noun, then the name between commas; the content ends before
    // the description.
    std::size_t description_comma = 0;
    if (last == i - 1 && punct(i - 1, ",") && i >= 6) {
      std::size_t c = i - 2, n = 0;
      while (c > 0 && n < 4 && t_[c].word && tok(c).cap && is_proper_noun(t_[c].tag)) --c, ++n;
      if (n >= 2 && punct(c, ",")) {
        std::size_t b = c;
        bool has_role = false;
        while (b > 1 && c - b < 12 && (t_[b - 1].word || t_[b - 1].tag == Tag::POS) && !punct(b - 1, ",")) {
          --b;
          has_role = has_role || (t_[b].word && role(b) && !tok(b).cap);
        }
        if (b > 1 && punct(b - 1, ",") && is_det(b) && has_role) {
          last = i - 2;
          description_comma = b - 1;
        }
      }
    }
    if (last == i - 1 && punct(i - 1, ",")) return false;
    auto [sb, se] = np_back(last);
    if (se == sb) std::tie(sb, se) = definite_np(0, last + 1);  // ", the board said."
    // ", marine biologist Dr. Jane Roe of the Sea Institute said": a longer subject after the comma.
    if (last == i - 1 && description_comma == 0 && !(sb > 0 && punct(sb - 1, ","))) {
      const auto [lb, le] = attribution_np(i);
      if (le > lb) std::tie(sb, se) = std::make_pair(lb, le);
    }
    if (se == sb || sb == 0) return false;
    // ", a top U.S. military health official told …": the tagger's noun phrase, from its
    // determiner after the comma, with a name among its modifiers.
    if (!punct(sb - 1, ",") && t_[sb].chunk == Chunk::kInsideNP) {
      constexpr std::size_t kMaxModifiers = 6;
      std::size_t c = sb;
      while (c > 1 && sb - c < kMaxModifiers && t_[c].chunk == Chunk::kInsideNP && t_[c - 1].word) --c;
      if (t_[c].chunk == Chunk::kBeginNP && is_det(c) && c > 0 && punct(c - 1, ",")) sb = c;
    }
    if (description_comma > 0 && punct(sb - 1, ",")) {
      comma = description_comma;
    } else if (punct(sb - 1, ",")) {
      comma = sb - 1;
    } else if (sb >= 2 && tok(sb - 1).mark && punct(sb - 2, ",") && (headline_ || verb_before_quote(sb - 2))) {
      // "… Take US Warning ‘Seriously,’ White House Says", "X discussed “…,” Kim said": the
      // quote ends the content (mixed when words precede it; emit drops a wholly direct one).
      // Outside a headline the words before the quote hold the clause's verb: in "Biden
      // “emphasized that …,” officials said" the quote is Biden's own predicate, direct.
      comma = sb - 2;
      content_e = sb;
    } else {
      return false;
    }
    std::size_t k = skip_adjuncts(after);
    // ", Adm. Jane Roe told the group.", ", an official told a conference.": after a verb that
    // takes an addressee, its noun phrase is part of the attribution.
    if (impl_.cues_[m.form->cue].addressee && k < t_.size() && t_[k].word && t_[k].chunk == Chunk::kBeginNP &&
        !in(k, WordClass::kAdjunctPrepositions) && !in(k, WordClass::kComplementizers)) {
      constexpr std::size_t kMaxAddressee = 8;
      std::size_t c = k + 1;
      while (c < t_.size() && c < k + kMaxAddressee && t_[c].chunk == Chunk::kInsideNP) ++c;
      k = skip_adjuncts(c);
    }
    // The attribution may carry its own adjuncts or a comma clause: ", Carter said in a news
    // conference", ", Natalegawa said on Monday, a sign of eased relations".
    if (k < t_.size() && !punct(k, ".") && !punct(k, "!") && !punct(k, ",") &&
        !(in(k, WordClass::kAdjunctPrepositions) && !word(k, WordRole::kComplementizer) &&
          !word(k, WordRole::kDativePreposition) && !word(k, WordRole::kGenitive)))
      return false;
    // "After today's meeting, Holder said, “It was …”": the attribution leads a quotation; what
    // stands before it is an opening adjunct.
    if (punct(k, ",") && k + 1 < t_.size() && t_[k + 1].mark) return false;
    d.subj_b = sb;
    d.subj_e = se;
    // "The fleet was halved once, the board said, and could not be halved again": the report goes
    // on after the attribution, which then stands inside one stretch of content.
    if (content_e == 0 && punct(k, ",") && split_continuation(k + 1)) continues = content_end(k + 1, -1);
  } else {
    return false;
  }
  if (comma == 0) return false;
  std::size_t start = clause_start(comma);
  if (start >= comma) return false;
  // "Xi told Biden that ..., state media reported": the channel of a report is no speaker.
  if (reported_until_ > start) return false;
  // "“…,” he said": direct. But "Show Me an ‘X-Driven Charter', Demands President": words of
  // the clause before the opening mark make the clause a report that ends in a quoted fragment
  // (mixed), through its closing mark.
  if (content_e == 0 && tok(comma - 1).mark) {
    std::size_t open = comma - 1;
    while (open > start && !(tok(open - 1).mark)) --open;
    if (open <= start + 1 || !tok(open - 1).mark) return false;
    if (!headline_ && !clause_has_verb(start > 0 ? start - 1 : 0, open - 1)) return false;
    content_e = comma;
  }
  // The content is a clause: "After the meeting, Blinken posted on his account" reports nothing.
  if (content_e == 0 && !headline_ && !clause_has_verb(start > 0 ? start - 1 : 0, comma) &&
      !(start < comma && tok(start).mark))
    return false;
  // "We wish for the process to go on, he said.": a first- or second-person subject outside
  // quote marks is the speaker's own wording (verbatim, the marks lost), not a paraphrase.
  if (content_e == 0)
    for (std::size_t k = start; k < comma; ++k)
      if (t_[k].quote < 0 && in(k, WordClass::kSelfPronouns)) return false;
  d.content_b = start;
  d.content_e = content_e ? content_e : continues > comma ? continues : comma;
  d.rule = "post-posed";
  d.confidence = kPostPosedConfidence;
  return true;
}

// "Expressing confidence that X, Prime Minister Lee envisioned …", "Describing Africa as “…,”
// the former president told …": a participle cue that opens its clause, with its object up to
// the comma; the subject is the noun phrase after the comma.
bool Scan::fronted_participle(std::size_t i, const Match& m, Draft& d) const {
  const Cue& cue = impl_.cues_[m.form->cue];
  const std::size_t b = i + m.len;
  // "Noting that X, she said …": a that-clause up to the comma, as an object is.
  const bool clause = cue.that && b < t_.size() && word(b, WordRole::kComplementizer);
  if (!m.form->ing || !tok(i).cap || headline_ || clause_start(i) != i || tok(i).quote >= 0 || (!cue.object && !clause))
    return false;
  if (b >= t_.size() || !t_[b].word || in(b, WordClass::kAdjunctPrepositions) ||
      (in(b, WordClass::kComplementizers) && !clause) || (in(b, WordClass::kPronounObjects) && !clause) ||
      received_guest(b))
    return false;
  constexpr std::size_t kMaxObject = 40;
  std::size_t e = b + 1;
  for (; e < t_.size() && e < b + kMaxObject; ++e) {
    if (t_[e].quote >= 0) continue;
    if (punct(e, ",")) break;
    // "… as “a continent in quest for a better way,” Antonio Monteiro told": the closing mark.
    if (t_[e].mark && e > b && t_[e - 1].quote >= 0 && e + 1 < t_.size() && t_[e + 1].cap) {
      ++e;
      break;
    }
    if (!t_[e].word && !t_[e].mark) return false;  // ";", ":" or the sentence end: no subject follows
  }
  if (e >= t_.size() || e == b + kMaxObject) return false;
  const std::size_t s = punct(e, ",") ? e + 1 : e;
  auto [sb, se] = np_forward(s);
  if (se == sb || sb != s) return false;
  bool light = clause || !cue.light_noun_only;
  for (std::size_t k = b; !light && k < e && k < b + 4 && t_[k].word; ++k) light = in(k, impl_.light_nouns_);
  if (!light) return false;
  d.cue_b = i;
  d.cue_e = b;
  d.content_b = b;
  d.content_e = e;
  d.subj_b = sb;
  d.subj_e = se;
  d.rule = "fronted-participle";
  d.confidence = 0.7;
  return true;
}

// Whether a finite verb stands outside quotes between the clause start and the
// quote that holds token k.
bool Scan::verb_before_quote(std::size_t k) const {
  const int q = tok(k).quote;
  for (std::size_t n = clause_start(k); n < k; ++n) {
    if (q >= 0 && t_[n].quote == q) break;
    if (t_[n].mark) break;
    const Tag g = t_[n].tag;
    if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD) return true;
  }
  return false;
}

// "According to X, CONTENT" and "CONTENT, according to X".
bool Scan::according(std::size_t i, Draft& d) const {
  d.cue_b = i;
  d.cue_e = i + 2;
  std::size_t s = i + 2;
  std::size_t k = s;
  while (k < t_.size() && (t_[k].word || t_[k].abbrev) && k < s + 12) ++k;
  if (k == s) return false;
  d.subj_b = s;
  d.subj_e = k;
  d.rule = "according-to";
  d.confidence = 0.85;
  std::size_t start = clause_start(i);
  if (start == i && punct(k, ",")) {  // leading
    d.content_b = k + 1;
    d.content_e = content_end(k + 1, -1, true);
    return d.content_e > d.content_b;
  }
  // "The talks, according to two diplomats, broke down …": set off by commas between a clause's
  // subject and its verb, the source leaves the whole clause as the content, itself included.
  if (i > 0 && punct(i - 1, ",") && start < i - 1 && reported_until_ <= start && punct(k, ",") && finite_at(k + 1)) {
    std::size_t first = start;
    while (first < i - 1 && t_[first].mark) ++first;
    if (first < t_.size() && t_[first].tag == Tag::CC) ++first;
    if (first + 1 < i && split_subject(first, i - 1, -1)) {
      d.content_b = first;
      d.content_e = content_end(k + 1, -1);
      d.confidence = 0.7;
      return d.content_e > k + 2;
    }
  }
  // Post-posed; a channel of a report already found is no speaker ("..., according to polls").
  if (i > 0 && punct(i - 1, ",") && start < i - 1 && reported_until_ <= start) {
    // "“…,” said Y, according to Z": a quotation already attributed by its own cue is Y's; Z
    // is the channel that carried it, not a speaker of the quote.
    for (std::size_t n = start + 1; n + 1 < i - 1; ++n)
      if (t_[n].quote < 0 && t_[n - 1].quote >= 0 && cue_at(n + 1).form && !cue_at(n + 1).form->base &&
          !cue_at(n + 1).form->ing && (punct(n, ",") || tok(n).mark))
        return false;
    d.content_b = start;
    d.content_e = i - 1;
    return true;
  }
  // "The port will open in May according to the mayor.": with no comma, only at the sentence's
  // end; a predicate coordinated by "but" with no subject of its own ("…, but would likely fall on
  // a Monday according to X") is the source's, the clause before it the writer's.
  // The source must read as one ("according to plan" is a manner): headed by a name, a role or
  // institution noun, or a report.
  const bool at_end = k >= t_.size() || (!t_[k].word && k + 1 >= t_.size());
  const bool source = tok(k - 1).cap || role(k - 1) || in(k - 1, WordClass::kReportNouns);
  if (source && i > start + 2 && t_[i - 1].word && t_[i - 1].quote < 0 && at_end && reported_until_ <= start) {
    d.content_b = start;
    for (std::size_t n = start + 1; n + 1 < i; ++n)
      if (word(n, WordRole::kConjunctionBut) && (in(n + 1, WordClass::kModals) || is_adverb(t_[n + 1].tag) ||
                                                 t_[n + 1].tag == Tag::VBZ || t_[n + 1].tag == Tag::VBD))
        d.content_b = n + 1;
    d.content_e = i;
    return clause_has_verb(d.content_b, d.content_e) || has_finite_verb(d.content_b);
  }
  return false;
}

// First token of the clause holding token i: after the last ";", ":" or
// spaced dash before it, or the unit start.
// "As noted by Jane Roe on her site, details are unknown": the agent is the source, the clause
// after the comma the content (the same report as "according to X, …").
bool Scan::as_by_source(std::size_t i, Draft& d) const {
  const std::size_t s = as_by(i);
  if (s == 0) return false;
  const auto [sb, se] = np_forward(s);
  if (se == sb) return false;
  std::size_t k = se;  // an adjunct of the agent ("on the site example.com") up to the comma
  while (k < t_.size() && k < se + 12 &&
         (t_[k].word || t_[k].abbrev || (punct(k, ".") && k + 1 < t_.size() && t_[k + 1].word && !t_[k + 1].cap)) &&
         t_[k].tag != Tag::VBD && t_[k].tag != Tag::VBZ && t_[k].tag != Tag::VBP && t_[k].tag != Tag::MD)
    ++k;
  if (!punct(k, ",") || k + 1 >= t_.size()) return false;
  d.cue_b = i;
  d.cue_e = s;
  d.subj_b = sb;
  d.subj_e = se;
  d.content_b = k + 1;
  d.content_e = content_end(k + 1, -1);
  d.rule = "according-to";
  d.confidence = 0.85;
  return d.content_e > d.content_b + 2 && clause_has_verb(k, d.content_e);
}

std::size_t Scan::clause_start(std::size_t i) const { return i < starts_.size() ? starts_[i] : 0; }

// Fills starts_: for each token, the first token of its clause (one pass).
void Scan::find_clause_starts() {
  starts_.assign(t_.size(), 0);
  std::size_t start = 0;
  for (std::size_t k = 0; k < t_.size(); ++k) {
    starts_[k] = start;
    const Token& p = tok(k);
    bool spaced_dash = is_dash(cp_at(text_, p.b)) && p.b > 0 && is_space(cp_before(text_, p.b));
    if (!p.word && p.quote < 0 && (p.low == ";" || p.low == ":" || spaced_dash || dateline_dash(k, start)))
      start = k + 1;
  }
}

// A dateline's dash, spaced or not ("BOSTON, Mass.—Today, the agency …"): an en or em dash after
// capitalised words, commas and abbreviations only, from the unit's start.
bool Scan::dateline_dash(std::size_t k, std::size_t start) const {
  constexpr std::size_t kMostWords = 6;
  const char32_t c = cp_at(text_, t_[k].b);
  if (start != 0 || k == 0 || k > kMostWords || t_[k].word || (c != 0x2013 && c != 0x2014)) return false;
  if (!t_[k - 1].cap && !t_[k - 1].abbrev && !punct(k - 1, ".")) return false;
  for (std::size_t j = 0; j < k; ++j)
    if (!(t_[j].word && t_[j].cap) && !t_[j].abbrev && !punct(j, ",") && !punct(j, ".")) return false;
  return true;
}

// A participle (VBN) right after a finite verb of tokens [b, k), outside quotes: "remains focused",
// "is committed" (a predicate, which a participle after "and" may go on with).
bool Scan::participle_predicate(std::size_t b, std::size_t k) const {
  for (std::size_t m = b + 1; m < k; ++m) {
    const Tag p = t_[m - 1].tag;
    if (t_[m].tag == Tag::VBN && t_[m].quote < 0 && t_[m - 1].word &&
        (p == Tag::VBZ || p == Tag::VBP || p == Tag::VBD || in(m - 1, WordClass::kBeForms)))
      return true;
  }
  return false;
}

// A list goes on after token k: ", and" or ", or" before the sentence's end ("X, determining Y,
// and Z": a participle among the items).
bool Scan::listed_after(std::size_t k) const {
  for (std::size_t m = k; m + 1 < t_.size(); ++m)
    if (punct(m, ",") && (word(m + 1, WordRole::kConjunctionAnd) || word(m + 1, WordRole::kConjunctionOr))) return true;
  return false;
}

// A coordinated or participial cue at k ends the content before it:
// ", but stressed", "and proposed", ", saying", ", adding".
bool Scan::coordinated_cue_at(std::size_t k) const {
  std::size_t j = k;
  bool joined = false;
  if (punct(j, ",")) {
    ++j;
    joined = true;
  }
  if (word(j, WordRole::kConjunctionAnd) || word(j, WordRole::kConjunctionBut) ||
      word(j, WordRole::kContrastSubordinator)) {
    ++j;
    joined = true;
  }
  if (!joined) {
    // "… the defense of Japan saying it includes …": a participle cue opens a new report of
    // the same subject even without a comma ("by saying" is the cue's own complement).
    // Also after a quote that closes with its comma: "likened X to a “sinking ship,” saying".
    Match m = cue_at(k);
    const bool after_quote = k > 1 && t_[k - 1].mark && punct(k - 2, ",");
    // After a determiner it is a noun: "received a warning memo".
    return m.form && m.form->ing && k > 0 && (t_[k - 1].word || after_quote) &&
           !in(k - 1, WordClass::kAdjunctPrepositions) && !in(k - 1, WordClass::kBeForms) && !is_det(k - 1) &&
           !tok(k).cap;
  }
  // ", and that Fallon extended …": a second complement of the same cue starts its own report.
  if (word(j, WordRole::kComplementizer) && k + 1 < j) return true;
  // ", but the north Koreans have denied this": another subject's report after a coordinator.
  if (punct(k, ",") && j < t_.size() && t_[j].chunk == Chunk::kBeginNP && !word(j, WordRole::kComplementizer)) {
    std::size_t c = j + 1;
    while (c < t_.size() && c < j + 8 && t_[c].chunk == Chunk::kInsideNP) ++c;
    while (c < t_.size() && c < j + 12 && (in(c, WordClass::kSkippable) || is_adverb(t_[c].tag))) ++c;
    Match mc = c < t_.size() ? cue_at(c) : Match{};
    if (mc.form && !mc.form->base && !mc.form->ing && !tok(c).cap) return true;
  }
  // "… chemical weapons and both agreed on …", "… and they stressed …": a pronoun subject and
  // its own cue start another report, with or without a comma.
  if (j < t_.size() && j > 0 && (word(j - 1, WordRole::kConjunctionAnd) || word(j - 1, WordRole::kConjunctionBut)) &&
      (word(j, WordRole::kDualQuantifier) ||
       (in(j, WordClass::kSubjectPronouns) && !in(j, WordClass::kSelfPronouns)))) {
    std::size_t c = j + 1;
    while (c < t_.size() && c < j + 4 && (in(c, WordClass::kSkippable) || is_adverb(t_[c].tag))) ++c;
    Match mc = c < t_.size() ? cue_at(c) : Match{};
    if (mc.form && !mc.form->base && !mc.form->ing && !tok(c).cap) return true;
  }
  // ", state media reported." / ", a spokesman said.": a post-posed attribution.
  if (punct(k, ",")) {
    for (std::size_t n = k + 1; n < t_.size() && n < k + 7 && t_[n].word; ++n) {
      Match m = cue_at(n);
      if (!m.form || m.form->base || m.form->ing) continue;
      // "between Norway, the United States, and …": a capitalized word inside a name is no cue
      // (outside a headline, where every word is capitalized).
      if (tok(n).cap && !headline_) continue;
      std::size_t after = skip_adjuncts(n + m.len);
      if (n > k + 1 && (after >= t_.size() || punct(after, ".") || punct(after, ","))) return true;
    }
  }
  // ", and he thanked the minister": a new clause of the writer's, with its own subject
  // pronoun and a past-tense verb.
  if (punct(k, ",") && (word(k + 1, WordRole::kConjunctionAnd) || word(k + 1, WordRole::kConjunctionBut)) &&
      j + 1 < t_.size() && in(j, WordClass::kSubjectPronouns) && !in(j, WordClass::kSelfPronouns) && t_[j + 1].word &&
      !t_[j + 1].cap && (ends_with(t_[j + 1].low, "ed") || is(WordClass::kIrregularPast, t_[j + 1].low)))
    return true;
  while (j < t_.size() && in(j, WordClass::kSkippable) && j < k + 5) ++j;
  // ", but gave no details": a new predicate of the main subject, the writer's. After an
  // adjective and set off by commas ("an important, but often overlooked, role") the participle
  // is a second modifier of the noun that follows, inside the content.
  const bool modifier = k > 0 && (t_[k - 1].tag == Tag::JJ || t_[k - 1].tag == Tag::JJR) && punct(j + 1, ",");
  if (punct(k, ",") && word(k + 1, WordRole::kConjunctionBut) && j < t_.size() && t_[j].word && !t_[j].cap &&
      !modifier && (ends_with(t_[j].low, "ed") || is(WordClass::kIrregularPast, t_[j].low)))
    return true;
  if (j >= t_.size()) return false;
  if (according_to(j)) return punct(k, ",");
  // "and will urge …": a base form after a modal is a finite verb too.
  const bool modal = j > 0 && in(j - 1, WordClass::kModals) && !word(j - 1, WordRole::kInfinitiveMarker);
  // "and did in fact indicate …": an adverbial of a preposition and a bare noun before the cue.
  if (j + 2 < t_.size() && t_[j].tag == Tag::IN && t_[j + 1].tag == Tag::NN && !t_[j + 1].cap && cue_at(j + 2).form)
    j += 2;
  Match m = cue_at(j);
  if (!m.form || (m.form->base && !modal && !present_after_but(j, m)) || tok(j).cap) return false;
  return true;
}

// "The minister may announce further changes": a cue after a modal of possibility (adverbs and
// "also" aside) is a speech act that may happen, no report.
bool Scan::possible_act(std::size_t i) const {
  for (std::size_t k = i, n = 0; k > 0 && n < 3; --k, ++n) {
    if (in(k - 1, WordClass::kPossibilityModals)) return true;
    if (!(t_[k - 1].word && (is_adverb(t_[k - 1].tag) || in(k - 1, WordClass::kSkippable)))) break;
  }
  return false;
}

// "Reyes is expected to tell the board on Thursday that …", "is due to announce that …": a base
// cue after "to", a prospective word and a form of "be" (an adverb between them aside) is a
// speech act the news reports ahead.
bool Scan::prospective_act(std::size_t i) const {
  if (i < 3 || !word(i - 1, WordRole::kInfinitiveMarker) || !in(i - 2, WordClass::kProspectiveWords)) return false;
  return in(i - 3, WordClass::kBeForms) ||
         (i >= 4 && (in(i - 3, WordClass::kSkippable) || is_adverb(t_[i - 3].tag)) && in(i - 4, WordClass::kBeForms));
}

// A new report after a coordinator ends the content before it: "told the council the channel could
// be cleared, but on Monday he said …", "indicated that he had read the draft, but he would not
// comment …" (a fronted time phrase, a subject pronoun, its auxiliaries and adverbs, and a cue,
// finite or after a modal).
bool Scan::coordinated_report_at(std::size_t k) const {
  if (relative_report_at(k) || next_predicate_at(k)) return true;
  std::size_t j = k;
  if (punct(j, ",")) ++j;
  if (!punct(k, ",") || !(word(j, WordRole::kConjunctionAnd) || word(j, WordRole::kConjunctionBut))) return false;
  ++j;
  // A fronted time phrase: "on Monday", "later", "in March".
  if (in(j, WordClass::kAdjunctPrepositions) && j + 1 < t_.size() &&
      (in(j + 1, WordClass::kSkippable) || in(j + 1, WordClass::kMonths)))
    j += 2;
  else if (in(j, WordClass::kSkippable))
    ++j;
  if (punct(j, ",")) ++j;
  std::size_t c = j + 1;
  // "…, and both sides expressed hope …", "…, and the two leaders agreed …": a group, as well as a
  // pronoun, opens a report of its own.
  const bool group = word(j, WordRole::kDualQuantifier) || word(j, WordRole::kUniversalQuantifier) ||
                     (is_det(j) && in(j + 1, WordClass::kGroupNumbers));
  if (group && !tok(j).cap) {
    std::size_t n = j + 1;
    if (in(n, WordClass::kGroupNumbers)) ++n;
    if (n >= t_.size() || !(t_[n].tag == Tag::NNS || (role(n) && !tok(n).cap))) return false;
    c = n + 1;
  } else if (!in(j, WordClass::kSubjectPronouns) || in(j, WordClass::kSelfPronouns) || word(j, WordRole::kExpletive)) {
    return false;
  }
  bool modal = false;
  while (c < t_.size() && c < j + 5 && t_[c].word &&
         (in(c, WordClass::kModals) || in(c, WordClass::kNegators) || in(c, WordClass::kSkippable) ||
          is_adverb(t_[c].tag))) {
    modal = modal || in(c, WordClass::kModals) || in(c, WordClass::kFiniteAuxiliaries);
    ++c;
  }
  const Match m = c < t_.size() ? cue_at(c) : Match{};
  return m.form && !m.form->ing && !tok(c).cap && (!m.form->base || modal);
}

// "says limits on watering gardens will start on Monday": a bare lower-case noun phrase [j, k) and
// one prepositional phrase of lower-case words, then a finite verb: the subject of a zero-that clause.
bool Scan::bare_noun_with_phrase(std::size_t j, std::size_t k) const {
  if (k >= t_.size() || !(t_[k - 1].tag == Tag::NN || t_[k - 1].tag == Tag::NNS) ||
      !in(k, WordClass::kAdjunctPrepositions) || word(k, WordRole::kDativePreposition))
    return false;
  std::size_t c = k + 1;
  if (is_det(c)) ++c;
  const std::size_t head = c;
  while (c < t_.size() && c < head + 3 && t_[c].word && !t_[c].cap &&
         (is_adjective(t_[c].tag) || t_[c].tag == Tag::NN || t_[c].tag == Tag::NNS || t_[c].tag == Tag::VBG))
    ++c;
  if (c == head || c >= t_.size()) return false;
  const Tag v = t_[c].tag;
  return (v == Tag::VBZ || v == Tag::VBP || v == Tag::VBD || v == Tag::MD) && !tok(c).cap && j < k;
}

// "announced new limits, which she said would take effect …": a relative clause with its own
// subject and cue after a comma is another report (its gap the content), not this one's content.
bool Scan::relative_report_at(std::size_t k) const {
  if (!punct(k, ",") || !in(k + 1, WordClass::kRelativePronouns) || k + 3 >= t_.size()) return false;
  std::size_t c = k + 2;
  if (in(c, WordClass::kSubjectPronouns) && !in(c, WordClass::kSelfPronouns)) {
    ++c;
  } else {
    while (c < t_.size() && c < k + 6 && t_[c].word && t_[c].cap) ++c;
    if (c == k + 2) return false;
  }
  while (c < t_.size() && in(c, WordClass::kSkippable)) ++c;
  const Match m = c < t_.size() ? cue_at(c) : Match{};
  return m.form && !m.form->ing && !tok(c).cap && !m.form->base;
}

// "Lund, who said last week X, now says Y": after a comma, a finite cue (adverbs before it) with a
// complement of its own is the main subject's next predicate, which ends a report made inside the
// subject's relative clause. A participle ("the plan, already announced last week, …") is none.
bool Scan::next_predicate_at(std::size_t k) const {
  if (!punct(k, ",")) return false;
  std::size_t c = k + 1;
  while (c < t_.size() && c < k + 4 && t_[c].word && (in(c, WordClass::kSkippable) || is_adverb(t_[c].tag)) &&
         !impl_.forms_.count(t_[c].low))
    ++c;
  if (c == k + 1 || c >= t_.size()) return false;  // an adverb first: ", now says"
  const Tag g = t_[c].tag;
  const Match m = cue_at(c);
  if (!m.form || m.form->ing || tok(c).cap || !(g == Tag::VBZ || g == Tag::VBD || g == Tag::VBP)) return false;
  const std::size_t after = skip_adjuncts(c + m.len);
  return after < t_.size() && t_[after].word &&
         (is_det(after) || t_[after].tag == Tag::NNS || t_[after].tag == Tag::NN ||
          in(after, WordClass::kComplementizers) || in(after, WordClass::kSubjectPronouns));
}

// The end of a nominal report's content when the report is the subject of its clause ("Her
// assurance that no subsidies would be cut was welcomed by farmers"): the first finite verb after
// the clause's own verb group, a noun or a participle before it, is the main clause's.
std::size_t Scan::subject_report_end(std::size_t b, std::size_t e) const {
  auto finite = [&](std::size_t k) {
    const Tag g = t_[k].tag;
    return t_[k].word && t_[k].quote < 0 &&
           (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD || in(k, WordClass::kBeForms));
  };
  std::size_t k = b + 2;            // the clause's subject first
  while (k < e && !finite(k)) ++k;  // the clause's own verb
  if (k >= e) return e;
  ++k;
  while (k < e && t_[k].word && t_[k].tag != Tag::VBD && t_[k].tag != Tag::VBZ && t_[k].tag != Tag::VBP &&
         t_[k].tag != Tag::MD &&
         (is_verb(t_[k].tag) || is_adverb(t_[k].tag) || t_[k].tag == Tag::RP || in(k, WordClass::kNegators)))
    ++k;  // its verb group ("would shut down")
  for (--k; k + 1 < e; ++k) {
    if (!t_[k].word || in(k, WordClass::kNpJoiners) || in(k, WordClass::kComplementizers) ||
        in(k, WordClass::kRelativePronouns) || t_[k].tag == Tag::CC || t_[k].tag == Tag::WDT || t_[k].tag == Tag::WP)
      return e;  // a coordinated or subordinate clause: leave the extent as it is
    const Tag g = t_[k].tag;
    if ((is_noun(g) || g == Tag::CD || is_verb(g) || g == Tag::RP) && finite(k + 1) &&
        !in(k, WordClass::kSubjectPronouns))
      return k + 1;
  }
  return e;
}

// "has since said in several interviews the ferry will run …": a zero-that clause after a
// prepositional adjunct of the cue (a preposition and a short noun phrase), opened by a noun
// phrase and a finite verb.
bool Scan::zero_after_adjunct(const Cue& cue, std::size_t j, Draft& d) const {
  if (!cue.zero || cue.addressee || !in(j, WordClass::kAdjunctPrepositions) || word(j, WordRole::kDativePreposition) ||
      word(j, WordRole::kGenitive))
    return false;
  std::size_t k = j + 1;
  if (k >= t_.size()) return false;  // the preposition ends the text
  if (is_det(k) || t_[k].tag == Tag::PRP_S || t_[k].tag == Tag::JJ || t_[k].tag == Tag::CD) ++k;
  while (k < t_.size() && k < j + 5 && t_[k].word && !t_[k].cap && (is_adjective(t_[k].tag) || t_[k].tag == Tag::JJ))
    ++k;
  if (k >= t_.size() || !(t_[k].tag == Tag::NN || t_[k].tag == Tag::NNS)) return false;
  const std::size_t s = k + 1;  // the clause after the adjunct's noun
  if (s >= t_.size() || !(is_det(s) || in(s, WordClass::kSubjectPronouns)) || word(s, WordRole::kExpletive))
    return false;
  std::size_t c = s + 1;
  while (c < t_.size() && c < s + 6 && t_[c].word &&
         (t_[c].tag == Tag::NN || t_[c].tag == Tag::NNS || is_adjective(t_[c].tag)))
    ++c;
  if (c >= t_.size() ||
      !(t_[c].tag == Tag::MD || t_[c].tag == Tag::VBZ || t_[c].tag == Tag::VBD || t_[c].tag == Tag::VBP))
    return false;
  return found(d, s, "zero-that", 0.7);
}

// "noted the minister's report and moved on", "acknowledged the statement.": an object that is
// a report noun alone (its determiners and possessor aside) names a speech act; it gives no
// content of the cue's subject.
bool Scan::report_noun_object(std::size_t j) const {
  std::size_t k = j;
  while (k < t_.size() && k < j + 4 && t_[k].word &&
         (is_det(k) || t_[k].tag == Tag::PRP_S || possessive_word(t_[k].low) || is_adjective(t_[k].tag)))
    ++k;
  // The noun phrase ends there: "noted the report of X" may name its content.
  return k > j && k < t_.size() && in(k, WordClass::kReportNouns) && t_[k].quote < 0 &&
         (k + 1 >= t_.size() || !t_[k + 1].word || t_[k + 1].tag == Tag::CC);
}

// A definite noun phrase of common nouns set off by punctuation, the subject of a post-posed or
// inverted attribution that names a body or a group by its common noun: ", the board said.",
// ", said the party, which …". With b, it opens at b (a determiner, lower-case modifiers and
// nouns, then punctuation); without (b == 0), it ends at e (after a comma). Empty if none.
std::pair<std::size_t, std::size_t> Scan::definite_np(std::size_t b, std::size_t e) const {
  constexpr std::size_t kMaxWords = 4;
  auto plain = [&](std::size_t k) {
    const Tag g = t_[k].tag;
    return t_[k].word && !t_[k].cap && t_[k].quote < 0 && (g == Tag::NN || g == Tag::NNS || is_adjective(g));
  };
  if (b > 0) {  // forwards; without a determiner only at the end of a headline (", says election board")
    const bool det = is_det(b) && !t_[b].cap;
    std::size_t k = det ? b + 1 : b;
    while (k < t_.size() && k < b + 1 + kMaxWords && plain(k)) ++k;
    if (k == b + 1 || !(t_[k - 1].tag == Tag::NN || t_[k - 1].tag == Tag::NNS)) return {0, 0};
    if (det ? k >= t_.size() || t_[k].word : k < t_.size()) return {0, 0};
    return {b, k};
  }
  if (e < 3 || !(t_[e - 1].tag == Tag::NN || t_[e - 1].tag == Tag::NNS) || !plain(e - 1)) return {0, 0};
  std::size_t k = e - 1;
  while (k > 0 && k + kMaxWords >= e && plain(k - 1)) --k;
  if (k < 2 || !is_det(k - 1) || !punct(k - 2, ",")) return {0, 0};
  return {k - 1, e};
}

// "said that X, and that Y": a clause report whose content ends before ", and that" and a clause
// (a determiner, a pronoun or a name after "that") has a second complement of the same cue, its own
// report (same cue, same subject). Returns the second content's end, or 0.
std::size_t Scan::second_complement(const Draft& d, std::vector<ReportedSpeech>& out) const {
  if (d.rule != "that-clause" && d.rule != "zero-that") return 0;
  const std::size_t k = d.content_e;
  if (!punct(k, ",") || !word(k + 1, WordRole::kConjunctionAnd) || !word(k + 2, WordRole::kComplementizer) ||
      k + 4 >= t_.size() || !(is_det(k + 3) || in(k + 3, WordClass::kSubjectPronouns) || tok(k + 3).cap))
    return 0;
  Draft second = d;
  second.content_b = k + 2;
  second.content_e = content_end(second.content_b, t_[k + 2].quote);
  if (!clause_has_verb(second.content_b, second.content_e) || !emit(second, out)) return 0;
  return second.content_e;
}

// "The assembly noted the minister's report and moved on": the first verb after the noun phrase
// at j follows a coordinator, the main subject's next predicate; the noun phrase is an object,
// no clause.
bool Scan::coordinated_predicate(std::size_t j) const {
  for (std::size_t k = j + 1; k < t_.size() && k < j + 12 && t_[k].word; ++k) {
    const Tag g = t_[k].tag;
    if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD || g == Tag::VBN || in(k, WordClass::kBeForms))
      return t_[k - 1].tag == Tag::CC && !t_[k].cap;
  }
  return false;
}

// "It was announced by the ministry on Wednesday that …": a passive report with its agent; the
// agent speaks.
bool Scan::passive_report(std::size_t i, Draft& d) const {
  if (!word(i, WordRole::kExpletive) || i + 4 >= t_.size() || !in(i + 1, WordClass::kBeForms) || t_[i].quote >= 0)
    return false;
  const Match m = cue_at(i + 2);
  if (!m.form || m.form->base || m.form->ing || !impl_.cues_[m.form->cue].that) return false;
  const std::size_t by = i + 2 + m.len;
  if (!word(by, WordRole::kPassiveAgent)) return false;
  // The agent: the tagger's noun phrase after "by".
  const std::size_t sb = by + 1;
  std::size_t se = sb;
  if (t_[sb].chunk == Chunk::kBeginNP)
    for (++se; se < t_.size() && t_[se].chunk == Chunk::kInsideNP;) ++se;
  if (se <= sb) return false;
  std::size_t j = skip_adjuncts(se);
  if (in(j, WordClass::kAdjunctPrepositions) && !word(j, WordRole::kComplementizer) && j + 1 < t_.size() &&
      in(j + 1, WordClass::kSkippable))
    j = skip_adjuncts(j + 2);  // "on Wednesday"
  if (!word(j, WordRole::kComplementizer) || j + 2 >= t_.size()) return false;
  d.cue_b = i + 2;
  d.cue_e = by;
  d.subj_b = sb;
  d.subj_e = se;
  d.content_b = j;
  d.content_e = content_end(j, -1);
  d.rule = "that-clause";
  d.confidence = 0.75;
  return true;
}

// "Its call for a two-year ban on cod fishing was not discussed": a request noun with a possessor
// and "for" reports the possessor's words; the content is the noun phrase after "for", up to the
// main clause's verb when the request is its subject. "The group made a call for public hearings":
// after a form of "make" and a determiner (adjectives aside: "made a fresh appeal for"), the
// request is the clause subject's, and the content its noun phrase ("a call for public hearings",
// like "issued a call for X").
bool Scan::request_report(std::size_t i, Draft& d) const {
  if (i == 0 || !in(i, WordClass::kRequestNouns) || !word(i + 1, WordRole::kBenefactive) || i + 3 >= t_.size() ||
      t_[i].quote >= 0)
    return false;
  const bool owner = t_[i - 1].tag == Tag::PRP_S || possessive_word(t_[i - 1].low);
  std::size_t det = i;  // the determiner after a form of "make", or i
  for (std::size_t k = i - 1; k > 0 && k + 3 > i; --k) {
    if (is_det(k) && in(k - 1, WordClass::kRequestMakingVerbs) && t_[k - 1].quote < 0) det = k;
    if (!is_adjective(t_[k].tag) || t_[k].cap) break;
  }
  if ((!owner && det == i) || !t_[i - 1].word) return false;
  d.cue_b = i;
  d.cue_e = i + 2;
  if (det < i) {
    auto [b, e] = np_forward(clause_start(det - 1));
    if (e > det - 1) e = b;
    if (e <= b) {  // the tagger's noun phrase right before the verb (adverbs aside: "also made")
      std::size_t v = det - 1;
      while (v > 1 && is_adverb(t_[v - 1].tag) && t_[v - 1].word) --v;
      std::tie(b, e) = v > 0 ? chunk_back(v - 1) : std::pair<std::size_t, std::size_t>{v, v};
      if (e != v) b = e;
    }
    d.subj_b = b;
    d.subj_e = e;
  } else if (possessive_word(t_[i - 1].low)) {
    auto [b, e] = np_back(i - 1);
    if (e <= b) {  // a common noun's phrase ("The union's"): the tagger's chunk
      e = i;
      for (b = i - 1; b > 0 && t_[b].chunk == Chunk::kInsideNP && t_[b - 1].word;) --b;
    }
    d.subj_b = b;
    d.subj_e = e;
  } else {
    d.subj_b = i - 1;
    d.subj_e = i;
  }
  d.content_b = det < i ? det : i + 2;
  std::size_t e = content_end(i + 2, -1);
  // A noun phrase: it ends at the first finite verb, or at a comma before a coordinator ("made a
  // request for more time, but the court refused").
  for (std::size_t k = i + 3; k < e; ++k) {
    const Tag g = t_[k].tag;
    if (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD || in(k, WordClass::kBeForms) ||
        (punct(k, ",") && k + 1 < e && t_[k + 1].tag == Tag::CC)) {
      e = k;
      break;
    }
  }
  d.content_e = e;
  d.rule = "nominal";
  d.confidence = 0.6;
  return e > d.content_b;
}

// End (exclusive token index) of a content that starts at token b. `quote` is
// the speech quote the cue stands in (-1: none): the content stays inside it.
// "the problems are finding parts, hiring staff and connecting plants": the participle after the
// comma at k is the next item of a list whose first item is the content's progressive (a form of
// "be" and a participle) and whose last one follows "and".
bool Scan::listed_participle(std::size_t b, std::size_t k) const {
  bool progressive = false;
  for (std::size_t n = b + 1; n < k && !progressive; ++n)
    progressive = t_[n].tag == Tag::VBG && in(n - 1, WordClass::kBeForms);
  if (!progressive) return false;
  constexpr std::size_t kMaxList = 30;
  for (std::size_t n = k + 2; n + 1 < t_.size() && n < k + kMaxList && t_[n].quote < 0; ++n) {
    if (punct(n, ".") || punct(n, ";") || punct(n, "!") || punct(n, "?")) return false;
    // The tagger may read the last participle as a noun ("and building runways").
    if (word(n, WordRole::kConjunctionAnd) &&
        (t_[n + 1].tag == Tag::VBG || (ends_with(t_[n + 1].low, "ing") && !t_[n + 1].cap)))
      return true;
  }
  return false;
}

std::size_t Scan::content_end(std::size_t b, int quote, bool main_clause) const {
  std::size_t k = b + 1;
  for (; k < t_.size(); ++k) {
    const Token& t = tok(k);
    if (quote >= 0 && t.quote != quote) break;
    if (quote < 0 && t.quote >= 0) continue;
    if (!t.word && t.low == ";") break;
    // "voiced their concern [2]": a reference mark (a number in brackets) is the writer's.
    if (t.low == "[" && k + 2 < t_.size() && t_[k + 1].tag == Tag::CD && t_[k + 2].low == "]") break;
    if (coordinated_cue_at(k) || coordinated_report_at(k)) break;
    if (writers_turn_at(b, k)) break;
    // Headlines: a second cue of the same subject ("Calls X 'Y,' Urges Z"), the occasion of a
    // noun-phrase report ("Proposes X at Council Hearing") and a dating parenthetical at the end
    // ("Announces X (May 3, 2012)") are no part of the content.
    if (headline_ && t.quote < 0 &&
        (headline_second_cue(k) || headline_tail_at(k) ||
         (k > b + 1 && headline_occasion_at(k) && !clause_has_verb(b, k) && !has_complementizer(b, k))))
      break;
    // ", and thanked the armed forces", ", and committed to …": once the content is a whole
    // clause (it has a verb), a past tense after ", and" is a new predicate of the main
    // subject, the writer's. In a list ("an independent, full, and unimpeded inquiry") it is not.
    if (punct(k, ",") && word(k + 1, WordRole::kConjunctionAnd) && k + 2 < t_.size() && t_[k + 2].word &&
        !t_[k + 2].cap && (ends_with(t_[k + 2].low, "ed") || is(WordClass::kIrregularPast, t_[k + 2].low)) &&
        clause_has_verb(b, k))
      break;
    // "insisted that the summit was an ordinary meeting, deploring what he called …": once the
    // content is a whole clause, a participle after a comma is the writer's adjunct of the main
    // clause ("including" lists inside the content).
    // Leading "According to X," makes the content the main clause: its participle is its own.
    // So does it after a noun-phrase content ("announced the appointment of X as Y, overseeing …"):
    // the participle describes what the content names, in the writer's words.
    if (!main_clause && punct(k, ",") && k + 1 < t_.size() && t_[k + 1].tag == Tag::VBG && t_[k + 1].quote < 0 &&
        !word(k + 1, WordRole::kInclusionParticiple) &&
        (clause_has_verb(b, k) || (k > b + 2 && !has_complementizer(b, k) && !listed_after(k + 1))) &&
        !listed_participle(b, k))
      break;
    // "she believes talks should continue and advocated for …": a past tense (VBD) after "and"
    // where the content's own verbs are present or modal is the writer's next predicate.
    // ("remains focused on X and committed to Y": a participle after the content's own finite verb
    // is a predicate that the one after "and" goes on with.)
    if (word(k, WordRole::kConjunctionAnd) && k + 2 < t_.size() &&
        (t_[k + 1].tag == Tag::VBD || t_[k + 1].tag == Tag::VBN) && ends_with(t_[k + 1].low, "ed") &&
        t_[k + 1].quote < 0 && (t_[k + 2].tag == Tag::IN || is_det(k + 2)) && !clause_past(b, k) &&
        clause_has_verb(b, k) && !participle_predicate(b, k))
      break;
    // "expressed hope but gave no date": a past tense after "but" ends a content with no verb of
    // its own (a noun phrase); in a clause ("was “a step” but needed work") it goes on.
    if (word(k, WordRole::kConjunctionBut) && k + 1 < t_.size() && t_[k + 1].word && !t_[k + 1].cap &&
        t_[k + 1].quote < 0 && (ends_with(t_[k + 1].low, "ed") || is(WordClass::kIrregularPast, t_[k + 1].low)) &&
        !clause_has_verb(b, k))
      break;
    // "said the leaders represent X, and the discussions also covered Y": a new subject with a past
    // tense after ", and", where the content's own verbs are present or modal, is the writer's.
    if (punct(k, ",") && word(k + 1, WordRole::kConjunctionAnd) && k + 2 < t_.size() &&
        t_[k + 2].chunk == Chunk::kBeginNP && !in(k + 2, WordClass::kSubjectPronouns) && clause_has_verb(b, k) &&
        !clause_past(b, k)) {
      std::size_t c = k + 3;
      while (c < t_.size() && c < k + 10 && t_[c].chunk == Chunk::kInsideNP) ++c;
      while (c < t_.size() && c < k + 12 && is_adverb(t_[c].tag)) ++c;
      // The tagger may read a past tense after an adverb as a participle ("also covered").
      if (c < t_.size() && t_[c].quote < 0 &&
          (t_[c].tag == Tag::VBD || (t_[c].tag == Tag::VBN && ends_with(t_[c].low, "ed"))))
        break;
    }
    // "reaffirmed X and commended the Prime Minister's efforts": a past tense taking its own
    // object (a determiner follows) after "and" is the next predicate, whatever the content is.
    {
      const std::size_t v = punct(k, ",") && word(k + 1, WordRole::kConjunctionAnd) ? k + 2
                            : word(k, WordRole::kConjunctionAnd)                    ? k + 1
                                                                                    : 0;
      if (v && v + 1 < t_.size() && t_[v].word && !t_[v].cap &&
          (ends_with(t_[v].low, "ed") || is(WordClass::kIrregularPast, t_[v].low)) && is_det(v + 1))
        break;
    }
    // "said that a breakthrough had been made after hosting the talks": once the content is a
    // whole clause, a subordinator of time before a participle opens the main clause's adjunct
    // (the speaker hosted), the writer's.
    // A content whose subject is a person ("that Ann Lee has been appointed deputy after serving
    // ten years as …", "that he would resign after finishing …") keeps the participle: its subject
    // is the content's.
    if (in(k, WordClass::kTemporalSubordinators) && k + 1 < t_.size() && t_[k + 1].tag == Tag::VBG &&
        t_[k + 1].quote < 0 && k > b + 2 && clause_has_verb(b, k)) {
      const std::size_t s0 = in(b, WordClass::kComplementizers) ? b + 1 : b;
      const bool person =
          s0 < k && t_[s0].word &&
          ((t_[s0].cap && is_proper_noun(t_[s0].tag) && !is_det(s0)) || in(s0, WordClass::kThirdPersonSubjects));
      if (!person) break;
    }
    // "stressed the need for reform as she addressed the conference", "… is coming as he spoke to
    // staff": "as" before a third-person pronoun and a past tense is the occasion of the cue's act
    // (the speaker's), the writer's.
    // ("since they were launched" dates the content itself.)
    if (k > b + 2 && t.quote < 0 && word(k, WordRole::kPredicativeAs) && k + 2 < t_.size() &&
        in(k + 1, WordClass::kThirdPersonSubjects) && t_[k + 2].tag == Tag::VBD && t_[k + 2].quote < 0)
      break;
    // "expressed her pleasure at the news, and looks forward to …": a content with no verb of its
    // own (a noun phrase) ends before a finite verb after "and": the next predicate of the main
    // subject.
    {
      const std::size_t v = punct(k, ",") && word(k + 1, WordRole::kConjunctionAnd) ? k + 2
                            : word(k, WordRole::kConjunctionAnd)                    ? k + 1
                                                                                    : 0;
      if (v && v < t_.size() && k > b + 1 && t_[v].word && !t_[v].cap && t_[v].quote < 0 &&
          (t_[v].tag == Tag::VBZ || t_[v].tag == Tag::VBD) && !word(b, WordRole::kInfinitiveMarker) &&
          !in(b, WordClass::kComplementizers) && !clause_has_verb(b, k))
        break;
    }
    // "noting that X is the best, before an audience of 300 members": once the content is a whole
    // clause, a comma and a subordinator of time or occasion before a noun phrase that runs to the
    // sentence end with no verb is the act's occasion, the writer's (", when its future seemed
    // uncertain" is a clause of the content).
    if (punct(k, ",") && k > b + 3 && t.quote < 0 && k + 2 < t_.size() && t_[k + 1].tag == Tag::IN &&
        (in(k + 1, WordClass::kTemporalSubordinators) || in(k + 1, WordClass::kActTimePrepositions)) && is_det(k + 2) &&
        clause_has_verb(b, k)) {
      std::size_t m = k + 2;
      bool verb = false;
      for (; m < t_.size() && !punct(m, ";") && !(punct(m, ".") && m + 1 == t_.size()); ++m) {
        const Tag g = t_[m].tag;
        if (t_[m].quote >= 0 || g == Tag::VB || g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::VBN ||
            g == Tag::VBG || g == Tag::MD)
          verb = true;
      }
      if (!verb) break;
    }
    // "announced her resignation on February 25": a noun-phrase content (no verb, no "that" clause
    // of its own) ends before a time adjunct, the date of the cue's act: the writer's.
    // After an event noun of the profile the time adjunct dates the event, inside the noun phrase:
    // "highlighted the visit next week to Mexico by X".
    if (k > b + 1 && t.quote < 0 && !is_det(k - 1) && np_time_adjunct(k) && !clause_has_verb(b, k) &&
        !has_complementizer(b, k) && !has(impl_.event_nouns_, t_[k - 1].low))
      break;
    // "reaffirmed U.S. commitment to the Philippines following the obstruction of …", "Emphasizes
    // Partnership During Forum": a noun-phrase content ends before a preposition of the act's time
    // or occasion, the writer's ("the following", "of following the rules" are no such preposition;
    // nor is an infinitive's "to take this into account during the meeting" a noun phrase). A
    // preposition read as a participle ("following") after a bare noun modifies it ("his condolences following
    // the earthquake"); after a noun with its own complement ("commitment to X") it is the act's.
    if (k > b + 1 && t.quote < 0 && in(k, WordClass::kActTimePrepositions) && t_[k - 1].word && !is_det(k - 1) &&
        t_[k - 1].tag != Tag::IN && t_[k - 1].tag != Tag::TO && t_[b].tag != Tag::TO && !clause_has_verb(b, k) &&
        !has_complementizer(b, k) && (t.tag != Tag::VBG || np_complement(b, k)))
      break;
    // "that while X, Y": a subordinate clause that opens the complement is part of it.
    if (t.word && !(k == b + 1 && in(b, WordClass::kComplementizers)) &&
        !(k == b + 2 && in(b, WordClass::kComplementizers) && punct(b + 1, ","))) {  // "that, while X, Y"
      auto it = impl_.stops_.find(t.low);
      bool stop = false;
      if (it != impl_.stops_.end()) {
        for (const auto& phrase : it->second) {
          bool ok = k + phrase.size() <= t_.size();
          for (std::size_t n = 1; ok && n < phrase.size(); ++n) ok = t_[k + n].low == phrase[n];
          if (ok) stop = true;
        }
      }
      // "won 61%, 35 points ahead of his rival": after a measure (a number and its unit) the
      // phrase compares, inside the content.
      const bool measure = k > b + 2 && t_[k - 1].word &&
                           (t_[k - 1].tag == Tag::CD || (t_[k - 2].tag == Tag::CD && is_noun(t_[k - 1].tag)));
      if (stop && !measure) break;
    }
  }
  // Trailing punctuation other than quote marks is not content.
  while (k > b + 1 && !tok(k - 1).word && !tok(k - 1).mark && tok(k - 1).low != ")") --k;
  return k;
}

// Whether token k, inside the content that starts at b (a whole clause), starts the writer's own text:
//  - "agreeing the issue should be decided by Congress: “…”": a colon before a quotation;
//  - ", which established …" to the sentence end: the writer's note on the content's last noun;
//  - "he was “humbled” by the results and “… I will …. And I will …”": "and" before a quotation of
//    whole sentences (a sentence end inside it): that quotation is direct, not part of the report;
//  - "greater tax powers — something supported by X": an unpaired dash before a noun phrase that a
//    participle or a relative pronoun qualifies, the writer's afterthought;
//  - "warned that the decision could be political but backed off after …": a past tense (and its
//    particle or object) after "but", where the content's own verbs are present or modal, is the
//    next predicate of the main subject.
bool Scan::writers_turn_at(std::size_t b, std::size_t k) const {
  // "agreeing the issue should be decided by Congress: “…”": a colon before a quotation introduces
  // it, direct.
  if (punct(k, ":") && k + 1 < t_.size() && t_[k + 1].mark && t_[k].quote < 0) return true;
  // "claims to suffer from X, and arrived by ambulance": a past tense after ", and" ends an infinitive
  // content too.
  // "violated the Fourteenth Amendment, which established the country's policy …": a relative clause
  // in the past tense on the content's last noun, running to the sentence end, is the writer's note,
  // after a clause and after a noun-phrase content alike ("announced the X initiative, which
  // included …").
  if (punct(k, ",") && word(k + 1, WordRole::kThingRelative) && k + 2 < t_.size() && t_[k + 2].tag == Tag::VBD &&
      k > b + 2 && t_[k - 1].word && is_noun(t_[k - 1].tag)) {
    std::size_t m = k + 2;
    while (m < t_.size() && !punct(m, ",") && !punct(m, ";") && !dash(m)) ++m;
    if (m == t_.size() || (m + 1 == t_.size() && !t_[m].word)) return true;
  }
  // "that X has been appointed director of the Agency for Health Research (AHR), the lead agency
  // responsible for …": after a that-clause (a noun phrase's list keeps its apposition: "efforts
  // to free prisoners, including Jane Roe, the mother of …"), a definite noun phrase in apposition to the name that
  // ends it, running to the sentence end with no finite verb, is the writer's description of that name.
  if (punct(k, ",") && k > b + 3 && t_[k].quote < 0 &&
      (t_[k - 1].low == ")" || (t_[k - 1].cap && is_proper_noun(t_[k - 1].tag))) &&
      word(k + 1, WordRole::kDefiniteArticle) && !t_[k + 1].cap && in(b, WordClass::kComplementizers) &&
      clause_has_verb(b, k)) {
    std::size_t m = k + 2;
    bool finite = false;
    for (; m < t_.size() && !finite; ++m) {
      const Tag g = t_[m].tag;
      // A base form the tagger reads as a present in a list of infinitives ("to improve X, reduce
      // Y and broaden Z") follows a comma or a conjunction, no subject.
      const bool present = g == Tag::VBP && t_[m - 1].word && !word(m - 1, WordRole::kConjunctionAnd) &&
                           !word(m - 1, WordRole::kConjunctionOr);
      finite = t_[m].quote >= 0 || punct(m, ";") || dash(m) || g == Tag::VBD || g == Tag::VBZ || present ||
               g == Tag::MD || in(m, WordClass::kRelativePronouns);
    }
    if (!finite && m > k + 6) return true;
  }
  if (word(b, WordRole::kInfinitiveMarker) && k > b + 2 && punct(k, ",") && word(k + 1, WordRole::kConjunctionAnd) &&
      k + 2 < t_.size() && t_[k + 2].word && !t_[k + 2].cap &&
      (ends_with(t_[k + 2].low, "ed") || is(WordClass::kIrregularPast, t_[k + 2].low)))
    return true;
  // "Kerr called the plan “a disaster” and Hale called it a good start": "and", a name and its own
  // cue after a content that is whole (a clause, or one closed by its quotation) start another report.
  // (Not inside a name: "the Strategy for Foreign and Security Policy presented by …".)
  if ((word(k, WordRole::kConjunctionAnd) || word(k, WordRole::kConjunctionBut)) && k > b + 1 &&
      (t_[k - 1].mark || (clause_has_verb(b, k) && !t_[k - 1].cap))) {
    std::size_t e = k + 1;
    while (e < t_.size() && e < k + 4 && t_[e].word && t_[e].cap && (is_proper_noun(t_[e].tag) || is_noun(t_[e].tag)))
      ++e;
    if (e > k + 1 && e < t_.size()) {
      const Match mc = cue_at(e);
      if (mc.form && !mc.form->base && !mc.form->ing && !tok(e).cap && !word(e + mc.len, WordRole::kPassiveAgent) &&
          cue_allowed(e, mc))
        return true;
    }
  }
  if (k <= b + 2 || !clause_has_verb(b, k)) return false;
  if (word(k, WordRole::kConjunctionAnd) && k + 1 < t_.size() && t_[k + 1].mark) {
    const std::size_t at = t_[k + 1].e;
    for (const Outer& q : outer_) {
      if (!q.speech || q.begin > at || q.end <= at) continue;
      const std::string_view in_quote = text_.substr(at, q.end - at);
      for (std::size_t p = in_quote.find_first_of(".?!"); p != std::string_view::npos;
           p = in_quote.find_first_of(".?!", p + 1))
        if (p + 2 < in_quote.size() && in_quote[p + 1] == ' ' && is_upper(cp_at(in_quote, p + 2))) return true;
    }
  }
  if (dash(k) && k + 2 < t_.size() && t_[k].quote < 0) {
    for (std::size_t m = k + 1; m < t_.size(); ++m)
      if (dash(m)) return false;  // paired: a parenthetical inside the content
    std::size_t m = k + 1;
    if (!(word(m, WordRole::kIndefiniteThing) || in(m, WordClass::kIndefiniteArticles))) return false;
    for (++m; m < t_.size() && m <= k + 5 && t_[m].word; ++m)
      if (t_[m].tag == Tag::VBN || in(m, WordClass::kRelativePronouns)) return true;
    return false;
  }
  if (word(k, WordRole::kConjunctionBut) && k + 2 < t_.size() && t_[k + 1].word && !t_[k + 1].cap &&
      t_[k + 1].quote < 0 && (t_[k + 1].tag == Tag::VBD || t_[k + 1].tag == Tag::VBN) &&
      (t_[k + 2].tag == Tag::RP || t_[k + 2].tag == Tag::IN) && !clause_past(b, k))
    return true;
  return false;
}

// "Election results were described by Kerr as a “mandate”, saying …": the agent of a passive cue
// (a name after "by" right after the cue's participle) in tokens [from, to), as [b, e); empty if none.
std::pair<std::size_t, std::size_t> Scan::passive_agent(std::size_t from, std::size_t to) const {
  for (std::size_t k = from; k + 2 < to; ++k) {
    if (!(t_[k].tag == Tag::VBN && k > from && in(k - 1, WordClass::kBeForms) && cue_at(k).form &&
          word(k + 1, WordRole::kPassiveAgent)))
      continue;
    std::size_t e = k + 2;
    while (e < to && e < k + 6 && t_[e].word && t_[e].cap && t_[e].quote < 0) ++e;
    if (e > k + 2) return {k + 2, e};
  }
  return {0, 0};
}

// A subject NP ending at token k (inclusive), read backwards. Returns [b, e).
std::pair<std::size_t, std::size_t> Scan::np_back(std::size_t k) const {
  std::size_t e = k + 1;
  if (in(k, WordClass::kSubjectPronouns) && !word(k, WordRole::kExistential)) return {k, e};
  // "Both of them", "all three of them": a group's number before "of them" names the group.
  if (word(k, WordRole::kPluralObjectPronoun) && k >= 2 && word(k - 1, WordRole::kGenitive) &&
      in(k - 2, WordClass::kGroupNumbers))
    return {k - 2, e};
  std::size_t b = e;
  for (std::size_t n = 0; n < 10; ++n) {
    std::size_t c = b - 1;
    const Token& t = tok(c);
    bool take = false, last = false;
    if (t.word && is_det(c) && b < e) {
      take = last = true;
    } else if (t.word && (t.cap || role(c)) && !in(c, WordClass::kSkippable)) {  // not "Monday"
      take = true;
    } else if (t.word && is(WordClass::kNpJoiners, t.low) && b < e && c > 0 && (tok(c - 1).cap || role(c - 1)) &&
               tok(b).cap) {
      take = true;
    } else if (headline_ && punct(c, ",") && b < e && c > 0 && tok(c - 1).cap) {
      take = true;
    } else if (t.word && !t.cap && t.low != role_word(WordRole::kGenitive) && is(WordClass::kNameParticles, t.low) &&
               b < e && (tok(b).cap || (!tok(b).cap && is(WordClass::kNameParticles, tok(b).low)))) {
      take = true;  // a surname's particles: "van der Laan", "bin Khalid", "de la Fuente"
    }
    if (!take) break;
    b = c;
    if (last || b == 0) break;
  }
  // "a senior U.S. official": up to three lower-case modifiers after a determiner.
  if (b < e && b > 0 && !is_det(b)) {
    for (std::size_t n = 1; n <= 4 && b >= n; ++n) {
      std::size_t c = b - n;
      if (is_det(c)) {
        if (n > 1) b = c;
        break;
      }
      if (!t_[c].word || t_[c].cap || in(c, WordClass::kAdjunctPrepositions) || in(c, WordClass::kSkippable) ||
          in(c, WordClass::kRelativePronouns) || in(c, WordClass::kNpJoiners) ||
          (impl_.forms_.count(t_[c].low) && !is_noun(t_[c].tag)))  // "The appeals court": a noun
        break;
    }
  }
  // The tagger's noun phrase: modifiers no word class knows ("diplomatic sources"), and a
  // subject joined to it ("The African Union and diplomatic sources").
  if (b < e && b > 0 && t_[b].chunk == Chunk::kInsideNP && (role(e - 1) || tok(e - 1).cap)) {
    std::size_t c = b;
    while (c > 0 && b - c < 6 && t_[c].chunk == Chunk::kInsideNP && t_[c - 1].word && !tok(c - 1).cap &&
           !in(c - 1, WordClass::kSkippable) && !impl_.forms_.count(t_[c - 1].low))
      --c;
    if (t_[c].chunk == Chunk::kBeginNP) b = is_det(c) || t_[c].tag == Tag::DT ? c + 1 : c;
  }
  // A subject joined by "and" to a name or role before it: "The Vice President and the Foreign
  // Secretary", "The African Union and diplomatic sources".
  if (b < e && b > 1 && b + 10 > e && word(b - 1, WordRole::kConjunctionAnd) && (role(e - 1) || tok(e - 1).cap) &&
      (tok(b - 2).cap || role(b - 2)) && t_[b - 2].word) {
    const auto first = np_back(b - 2);
    if (first.second == b - 1 && first.second > first.first) b = first.first;
  }
  // A group's number before a plural role noun belongs to it: "both leaders", "the two sides".
  if (b < e && b > 0 && b + 1 == e && role(e - 1) && t_[b - 1].word && in(b - 1, WordClass::kGroupNumbers) &&
      !tok(e - 1).cap) {
    --b;
    if (b > 0 && is_det(b - 1)) --b;
  }
  // "Party chairman and President John Musa": a bare title (no determiner, a title at its end)
  // joined to a title and a name is one person's two titles, not two people: the name stays.
  for (std::size_t a = b + 1; a + 2 < e; ++a) {
    if (!word(a, WordRole::kConjunctionAnd)) continue;
    bool titled = false;
    for (std::size_t n = a + 1; n + 1 < e; ++n) titled = titled || role(n);
    if (!is_det(b) && role(a - 1) && titled && !role(e - 1) && tok(e - 1).cap && is_proper_noun(tok(e - 1).tag))
      b = a + 1;
    break;
  }
  // "In House Testimony, Administrator Lowe, Commissioner Park Stress …": in a headline, where
  // commas join subjects, a capitalised preposition and its words up to the first comma are a
  // fronted adjunct, no subject.
  if (headline_ && b < e && tok(0).cap && in(0, WordClass::kFrontedPrepositions))
    for (std::size_t c = 1; c + 1 < e; ++c)
      if (punct(c, ",")) {
        b = std::max(b, c + 1);
        break;
      }
  // Drop sentence openers: "In", "However", "Moments".
  while (b < e && (tok(b).cap && is(WordClass::kIntroWords, tok(b).low))) ++b;
  // (but a surname's own particles stay: "bin Khalid", "van der Laan")
  auto particle = [&](std::size_t w) {
    return w + 1 < e && !tok(w).cap && !word(w, WordRole::kGenitive) && is(WordClass::kNameParticles, tok(w).low);
  };
  auto surname_particles = [&](std::size_t w) {
    while (particle(w)) ++w;
    return w > b && w < e && tok(w).cap;
  };
  while (b < e && ((in(b, WordClass::kNpJoiners) && !surname_particles(b)) || punct(b, ","))) ++b;
  if (b < e && is_det(e - 1)) return {e, e};
  return {b, e};
}

// A finite verb at k (an adverb before it aside: "soon became"), as the part-of-speech tags read it.
bool Scan::finite_at(std::size_t k) const {
  if (k < t_.size() && t_[k].word && is_adverb(t_[k].tag) && !tok(k).cap) ++k;
  if (k >= t_.size()) return false;
  const Tag g = t_[k].tag;
  return g == Tag::VBZ || g == Tag::VBD || g == Tag::VBP || g == Tag::MD;
}

// The words between a comma and the cue at i read as an attribution's subject: a noun phrase
// with any prepositional tail ("marine biologist Dr. Jane Roe of the Sea Institute", "a
// spokeswoman for the board", "Poland's deputy minister Jan Nowak"): words only, no finite verb,
// a name or a role in the head. Returns [b, e): b right after the comma, e the end of the head
// (before its tail's preposition); empty when the words are none.
std::pair<std::size_t, std::size_t> Scan::attribution_np(std::size_t i) const {
  constexpr std::size_t kMaxWords = 10;
  // The cue is a verb: lower case ("SECRETARY OF STATE" is a title), not after a preposition or
  // a determiner ("advisor on human resources issues" is a noun).
  if (i < 2 || i >= t_.size() || tok(i).cap || in(i - 1, WordClass::kAdjunctPrepositions) || is_det(i - 1))
    return {0, 0};
  std::size_t b = i;
  while (b > 0 && i - b < kMaxWords && !punct(b - 1, ",")) {
    const std::size_t k = b - 1;
    if (!(t_[k].word || t_[k].abbrev) || t_[k].mark || is_verb(t_[k].tag) || t_[k].tag == Tag::TO ||
        t_[k].tag == Tag::MD || in(k, WordClass::kComplementizers) || in(k, WordClass::kRelativePronouns))
      return {0, 0};
    --b;
  }
  if (b == 0 || b >= i || !punct(b - 1, ",")) return {0, 0};
  std::size_t e = b;
  while (e < i && !(e > b && in(e, WordClass::kAdjunctPrepositions))) ++e;
  bool named = false;
  for (std::size_t k = b; k < e; ++k) named = named || role(k) || (tok(k).cap && is_proper_noun(t_[k].tag));
  if (!named || !(tok(e - 1).cap || role(e - 1))) return {0, 0};
  return {b, e};
}

// The attribution's own adjunct after its cue, up to the comma that ends the attribution ("said
// as she left the building, …", "said in a letter to ministers, …"): opened by a preposition or
// a subordinator, words only, at most twelve, and a finite verb right after the comma (the split
// clause goes on). Returns the comma's index, or 0.
std::size_t Scan::attribution_adjunct(std::size_t j, int quote) const {
  constexpr std::size_t kMaxWords = 12;
  if (j >= t_.size() || !t_[j].word || (t_[j].tag != Tag::IN && !in(j, WordClass::kTemporalSubordinators)) ||
      in(j, WordClass::kComplementizers))
    return 0;
  for (std::size_t k = j + 1; k < t_.size() && k <= j + kMaxWords; ++k) {
    if (punct(k, ",")) return finite_at(k + 1) ? k : 0;
    if (!(t_[k].word || t_[k].abbrev) || t_[k].mark || t_[k].quote != quote || cue_at(k).form) return 0;
  }
  return 0;
}

// The words [first, e) are the subject of a clause that an attribution splits: a few words with
// no finite verb of their own ("The plan from the board"), or a free relative that opens with
// "what" ("What the farmers need most").
bool Scan::split_subject(std::size_t first, std::size_t e, int quote) const {
  constexpr std::size_t kMaxWords = 12;
  if (first >= e || e - first > kMaxWords) return false;
  const bool free_relative = word(first, WordRole::kInterrogativeThing);
  for (std::size_t k = first; k < e; ++k)
    if (!t_[k].word || t_[k].quote != quote || (!free_relative && finite_at(k) && !is_adverb(t_[k].tag))) return false;
  return true;
}

// After an attribution that follows a whole clause, a continuation of the same report: a
// predicate coordinated with no subject ("…, the board said, and could not be cut again"), a
// pronoun clause after "but"/"and" ("…, she said, but it will not last"), or a contrast with
// "not" ("…, he said, not of numbers"); none with a cue of its own (", and it would wait, he
// said" is a report of its own).
bool Scan::split_continuation(std::size_t j) const {
  if (j + 1 >= t_.size() || t_[j].quote >= 0) return false;
  bool ok = false;
  if (word(j, WordRole::kConjunctionAnd) || word(j, WordRole::kConjunctionBut))
    ok = in(j + 1, WordClass::kModals) || in(j + 1, WordClass::kFiniteAuxiliaries) ||
         (t_[j + 1].tag == Tag::PRP && in(j + 1, WordClass::kSubjectPronouns) && finite_at(j + 2));
  else if (in(j, WordClass::kNegators))
    ok = t_[j + 1].word && t_[j + 1].tag == Tag::IN;
  if (!ok) return false;
  for (std::size_t k = j; k < t_.size() && !punct(k, ";"); ++k) {
    if (t_[k].quote >= 0 || t_[k].mark) return false;
    if (cue_at(k).form) return false;
  }
  return true;
}

// A subject NP starting at token s (after any opening phrase up to a comma).
std::pair<std::size_t, std::size_t> Scan::np_forward(std::size_t s) const {
  // An opening phrase: an intro word, or a capitalised adverb before its comma ("Recently, …").
  if (s < t_.size() && tok(s).cap &&
      (in(s, WordClass::kIntroWords) || (is_adverb(t_[s].tag) && s + 1 < t_.size() && punct(s + 1, ",")))) {
    std::size_t k = s;
    while (k < t_.size() && k < s + 20 && !punct(k, ",")) ++k;
    if (k < t_.size() && punct(k, ",")) s = k + 1;
  }
  std::size_t k = s;
  if (in(k, WordClass::kSubjectPronouns) && !word(k, WordRole::kExistential)) return {k, k + 1};
  if (is_det(k)) ++k;
  // "The two leaders", "the three ministers": a group's number before its role noun.
  if (k + 1 < t_.size() && in(k, WordClass::kGroupNumbers) && !tok(k).cap && role(k + 1)) ++k;
  // "The two discussed …": a group's number after its determiner heads the phrase itself.
  if (k > s && in(k, WordClass::kGroupNumbers) && !tok(k).cap) {
    std::size_t v = k + 1;
    while (v < t_.size() && v < k + 3 && in(v, WordClass::kSkippable)) ++v;
    if (v < t_.size() && t_[v].word && !role(v) && !tok(v).cap && is_verb(t_[v].tag)) return {s, k + 1};
  }
  std::size_t b = s;
  std::size_t e = k;
  for (; k < t_.size() && k < s + 10; ++k) {
    const Token& t = tok(k);
    if (t.word && (t.cap || role(k))) {
      e = k + 1;
    } else if (t.word && !t.cap && t.low != role_word(WordRole::kGenitive) && is(WordClass::kNameParticles, t.low) &&
               e > b && k + 1 < t_.size() && tok(k + 1).word) {
      continue;  // a particle inside a name: "Pieter van der Laan", "Amira bin Khalid"
    } else if (t.word && is(WordClass::kNpJoiners, t.low) && k + 1 < t_.size() && tok(k + 1).cap && e > b) {
      continue;
    } else if (t.word && t_[k].tag == Tag::CC && is(WordClass::kNpJoiners, t.low) && k + 2 < t_.size() &&
               is_det(k + 1) && (tok(k + 2).cap || role(k + 2)) && e > b) {
      ++k;  // "The Minister and the President": the second part's determiner
    } else if (t.word && t_[k].tag == Tag::CC && is(WordClass::kNpJoiners, t.low) && e == k && k + 1 < t_.size() &&
               role(k - 1) && role(k + 1) && !tok(k + 1).cap) {
      continue;  // "The secretary and prime minister": two titles, each a person's
    } else {
      break;
    }
  }
  if (e == b || (e == b + 1 && is_det(b))) return {s, s};
  // "White House national security adviser Jake Sullivan": the tagger's noun phrase goes on
  // past lower-case modifiers to the name that heads it.
  if (t_[b].chunk == Chunk::kBeginNP && e < t_.size() && t_[e].chunk == Chunk::kInsideNP) {
    std::size_t c = e;
    while (c < t_.size() && c < b + 12 && t_[c].chunk == Chunk::kInsideNP) ++c;
    if (c > e && t_[c - 1].cap && is_proper_noun(t_[c - 1].tag)) e = c;
  }
  return {b, e};
}

// "The Alpha Commission (AC), the Beta Agency (BA), and Director Jane Roe announced": names joined
// by commas and a final "and", with acronyms or parties in brackets and titles in apposition, that
// run from the clause's start (a one-word opener such as "Today," aside) to the cue before token k
// are the subject as a whole; the speaker stage reads each of its people (a joint statement).
// Only a list whose "and" follows a comma or a closing bracket: "A and B" the noun phrase joins.
void Scan::coordinated_subject(std::size_t k, Draft& d) const {
  if (k < 4 || headline_) return;
  std::size_t start = clause_start(k - 1);
  // An opener set off by a comma ("Today,", "In response to the crisis,") is no part of it.
  if (start + 1 < k && tok(start).cap && in(start, WordClass::kIntroWords))
    for (std::size_t c = start + 1; c < k; ++c)
      if (punct(c, ",")) {
        start = c + 1;
        break;
      }
  std::size_t end = k;
  // "… (GFA) jointly announced": an adverb before the cue is no part of the subject.
  while (end > start && (punct(end - 1, ",") || (t_[end - 1].word && !tok(end - 1).cap && is_adverb(t_[end - 1].tag))))
    --end;
  constexpr std::size_t kMostTokens = 70;
  if (end < start + 4 || end - start > kMostTokens || (d.subj_e > d.subj_b && d.subj_b <= start)) return;
  if (!(tok(start).cap || is_det(start))) return;
  int depth = 0;
  bool listed = false;
  // Each part of the list names someone (a capitalised word that is no title): "The Ambassador,
  // the Deputy Chief of Mission, and the Attaché" may be a list of the people there, not speakers.
  bool named = false;
  for (std::size_t n = start; n < end; ++n) {
    const Token& t = tok(n);
    if (t.quote >= 0 || t.mark) return;
    if (depth == 0 && (punct(n, ",") || (word(n, WordRole::kConjunctionAnd) && !t.cap))) {
      if (!named && !punct(n - 1, ",")) return;
      named = false;
    }
    if (punct(n, "(")) {
      ++depth;
      continue;
    }
    if (punct(n, ")")) {
      if (--depth < 0) return;
      continue;
    }
    if (depth > 0) continue;
    if (!t.word) {
      if (!punct(n, ",")) return;
      continue;
    }
    if (word(n, WordRole::kConjunctionAnd) && !t.cap) {
      if (n > start && n + 1 < end && (punct(n - 1, ",") || punct(n - 1, ")")) && (is_det(n + 1) || tok(n + 1).cap))
        listed = true;
      continue;
    }
    if (t.cap && !role(n) && !is_det(n)) named = true;
    if (t.cap || t.abbrev || role(n) || is_det(n) || in(n, WordClass::kNpJoiners) ||
        in(n, WordClass::kInstitutionJoiners) || in(n, WordClass::kNameParticles))
      continue;
    return;
  }
  if (depth != 0 || !listed || !named) return;
  d.subj_b = start;
  d.subj_e = end;
}

// "Prime Minister Lee joined the two presidents in expressing support …": the "in" at p after a
// joining verb and its object; the joining verb's subject speaks (d.subj), and so do the people
// joined (d.co).
bool Scan::joined_in(std::size_t p, Draft& d) const {
  if (!word(p, WordRole::kLocativePreposition) || p < 3 || tok(p).quote >= 0) return false;
  auto [cb, ce] = chunk_back(p - 1);
  if (ce != p || cb >= ce || cb < 2 || !in(cb - 1, WordClass::kJoiningVerbs) || tok(cb - 1).quote >= 0) return false;
  std::size_t v = cb - 1;
  while (v > 0 && in(v - 1, WordClass::kSkippable)) --v;
  if (v == 0) return false;
  auto [b, e] = np_back(v - 1);
  if (e <= b || e != v) return false;
  d.subj_b = b;
  d.subj_e = e;
  d.co_b = cb;
  d.co_e = ce;
  return true;
}

// Who speaks for the cue at i.
void Scan::subject(std::size_t i, const Match& m, Draft& d) const {
  if (m.form->base) {  // "Administrator Lee spoke by phone with X to … reiterate": the caller speaks
    std::size_t v = meeting_of_purpose(i);
    while (v < t_.size() && v > 0 && in(v - 1, WordClass::kSkippable)) --v;
    if (v < t_.size() && v > 0) {
      auto [b, e] = np_back(v - 1);
      if (e > b) {
        d.subj_b = b;
        d.subj_e = e;
        return;
      }
    }
  }
  bool inherit = false;
  std::size_t k = i;
  // Adverbs and auxiliaries between subject and cue: "also said", "can tell", "would say"; and
  // a lower-case "i", a footnote mark or a slip, never the pronoun in edited text.
  while (k > 0 && (in(k - 1, WordClass::kSkippable) || in(k - 1, WordClass::kFiniteAuxiliaries) ||
                   (t_[k - 1].low == role_word(WordRole::kFirstPersonSingular) && !t_[k - 1].cap)))
    --k;
  if (k > 1 && in(k - 2, WordClass::kTimeLeads) && in(k - 1, WordClass::kSkippable)) k -= 2;
  // "The ministry, the mayor and Governor Lee all consider …": a quantifier floated after its
  // noun phrase stands for it; the noun phrase is the subject.
  if (k > 1 && (word(k - 1, WordRole::kDualQuantifier) || word(k - 1, WordRole::kUniversalQuantifier)) &&
      tok(k - 2).word && (tok(k - 2).tag == Tag::NN || tok(k - 2).tag == Tag::NNS || is_proper_noun(tok(k - 2).tag)))
    --k;
  // "Participants were specifically informed that …": a passive; its subject is the addressee,
  // the speaker is not named here.
  if (!m.form->ing && !m.form->base) {
    std::size_t p = i;
    while (p > 0 && t_[p - 1].word && (in(p - 1, WordClass::kSkippable) || is_adverb(t_[p - 1].tag))) --p;
    if (p > 0 && in(p - 1, WordClass::kBeForms)) return;
  }
  if (k == 0 || (have_prev_subj_ && headline_second_cue(i))) {
    inherit = true;  // "Hale Calls Ports 'An Engine,' Urges Calm": the headline's first subject
  } else if (m.form->ing && word(k - 1, WordRole::kPredicativeAs) && k > 1) {
    auto [b, e] = np_back(k - 2);  // "quoted the minister as saying"
    d.subj_b = b;
    d.subj_e = e;
  } else if (m.form->ing && joined_in(k - 1, d)) {
    // "X joined the two presidents in expressing …": set by joined_in.
  } else if ((word(k - 1, WordRole::kDualQuantifier) || word(k - 1, WordRole::kUniversalQuantifier)) &&
             !(k > 1 && is_det(k - 2))) {
    d.subj_b = k - 1;  // "…, and both emphasized": the people just named, together
    d.subj_e = k;
  } else if (k > 1 && t_[k - 1].tag == Tag::NNS && !tok(k - 1).cap &&
             (word(k - 2, WordRole::kDualQuantifier) ||
              (in(k - 2, WordClass::kGroupNumbers) && k > 2 && is_det(k - 3)))) {
    // "both sides expressed", "the two delegations agreed": a group of the people just named.
    d.subj_b = word(k - 2, WordRole::kDualQuantifier) ? k - 2 : k - 3;
    d.subj_e = k;
  } else if (word(k - 1, WordRole::kConjunctionAnd) || word(k - 1, WordRole::kConjunctionBut) ||
             word(k - 1, WordRole::kPassiveAgent) ||
             (m.form->ing && (punct(k - 1, ",") || in(k - 1, WordClass::kAdjunctPrepositions) ||
                              (t_[k - 1].word && have_prev_subj_)))) {
    // A participle takes the subject of its clause: "…, saying", "by saying", and "emphasized
    // X saying …" right after a report of that subject.
    inherit = true;
  } else if ((word(k - 1, WordRole::kPersonalRelative) || word(k - 1, WordRole::kThingRelative)) && k > 2 &&
             punct(k - 2, ",")) {
    auto [b, e] = np_back(k - 3);  // "his counterpart Wang Yi, who acknowledged"
    d.subj_b = b;
    d.subj_e = e;
  } else if (punct(k - 1, ",") && !headline_) {
    // "Russia, Syria's main international ally, has also denied": the head before the apposition.
    std::size_t c = k - 1;
    std::size_t limit = c > 12 ? c - 12 : 0;
    std::size_t p = c;
    while (p > limit && !(punct(p - 1, ",") || (!tok(p - 1).word && !tok(p - 1).mark))) --p;
    if (p > limit && p >= 2 && punct(p - 1, ",")) {
      auto [b, e] = np_back(p - 2);
      // "The president of Burundi, Pierre Buyoya, says": when the head is a role described by a
      // phrase and the apposition is a name, the name is the speaker.
      bool name = c > p && c - p <= 4;
      for (std::size_t n = p; name && n < c; ++n) name = t_[n].word && t_[n].cap;
      bool role_head = false;
      for (std::size_t n = p - 2; n + 12 > p && n > 0 && t_[n].word; --n)
        if (role(n) && !t_[n].cap) role_head = true;
      if (name && role_head) {
        // "President Ana Costa and her Moroccan counterpart, Ali Idrissi, said": the name joined
        // to the described role by "and" speaks too.
        std::size_t joint = b >= 2 && word(b - 1, WordRole::kConjunctionAnd) ? b - 1 : 0;  // "X and" before the phrase
        for (std::size_t a = b + 1; joint == 0 && a + 2 < p; ++a)
          if (word(a, WordRole::kConjunctionAnd)) joint = a;  // or inside it, the two joined already
        if (joint >= 1 && tok(joint - 1).cap) {
          const auto first = np_back(joint - 1);
          if (first.second == joint && first.second > first.first) {
            d.co_b = first.first;
            d.co_e = first.second;
          }
        }
        b = p;
        e = c;
      }
      // "the opposing side, the leadership of Ukraine, announced": no name or role before the
      // apposition; the apposition, a described role or body, is the subject.
      if (e == b && c > p && c - p <= 6 && is_det(p)) {
        bool words = true, head = false;
        for (std::size_t n = p; n < c; ++n) {
          words = words && t_[n].word;
          head = head || (role(n) && !t_[n].cap);
        }
        if (words && head) {
          b = p;
          e = c;
        }
      }
      // "A spokeswoman for the mediators, who declined to give her name, said": the noun after
      // the preposition is no subject; the role noun before it is.
      if (e > b && b > 1 && in(b - 1, WordClass::kAdjunctPrepositions) && word(p, WordRole::kPersonalRelative)) {
        const std::size_t cs = clause_start(b - 1);
        for (std::size_t r = b - 1; r-- > cs && r + 10 > b;) {
          if (!t_[r].word) break;
          if (role(r) && !t_[r].cap) {
            const auto head = np_back(r);
            if (head.second > head.first) std::tie(b, e) = head;
            break;
          }
        }
      }
      d.subj_b = b;
      d.subj_e = e;
    }
  } else {
    auto [b, e] = np_back(k - 1);
    // "The chief U.S. negotiator at nuclear talks with Iran said": a noun after a preposition
    // is no subject; the head is the role noun before the prepositional phrases.
    if (e > b && b > 1 && in(b - 1, WordClass::kAdjunctPrepositions)) {
      const std::size_t cs = clause_start(b - 1);
      for (std::size_t r = b - 1; r-- > cs && r + 10 > b;) {
        if (!t_[r].word) break;
        if (role(r) && !t_[r].cap) {
          auto [hb, he] = np_back(r);
          if (he > hb) {
            b = hb;
            e = he;
          }
          break;
        }
      }
    }
    d.subj_b = b;
    d.subj_e = e;
  }
  if (!inherit && k > 0) coordinated_subject(k, d);
  if (d.subj_e > d.subj_b) {
    bound_pronoun(d);
    return;
  }
  if (!inherit && k > 0) {
    // "The two sides also agreed": a short clause-initial phrase is the subject.
    std::size_t start = clause_start(k - 1);
    bool plain = k - start <= 5 && (is_det(start) || tok(start).cap) && !in(start, WordClass::kIntroWords);
    for (std::size_t n = start; plain && n < k; ++n)
      plain = t_[n].word && !in(n, WordClass::kAdjunctPrepositions) && !(cue_at(n).form && !cue_at(n).form->base);
    if (plain) {
      d.subj_b = start;
      d.subj_e = k;
      return;
    }
    // No name or role noun: the tagger's noun phrase right before a finite cue ("as some
    // reports predict"); a participle takes its clause's subject instead.
    auto [cb, ce] = chunk_back(k - 1);
    // "Civil society representatives attending the forum said": the noun phrase after a
    // participle that modifies a plural or role head is no subject; that head is.
    if (!m.form->ing && ce == k && cb > 1 && (t_[cb - 1].tag == Tag::VBG || t_[cb - 1].tag == Tag::VBN) &&
        t_[cb - 2].word && (role(cb - 2) || t_[cb - 2].tag == Tag::NNS || t_[cb - 2].tag == Tag::NNPS)) {
      const auto head = chunk_back(cb - 2);
      if (head.second == cb - 1 && head.first < head.second) {
        d.subj_b = head.first;
        d.subj_e = head.second;
        return;
      }
    }
    const bool possessed = cb > 0 && (ends_with(tok(cb - 1).low, "'s") || ends_with(tok(cb - 1).low, "\xE2\x80\x99s"));
    if (!m.form->ing && ce == k && cb < ce && (cb == 0 || !in(cb - 1, WordClass::kAdjunctPrepositions)) && !possessed &&
        is_noun(tok(k - 1).tag)) {
      d.subj_b = cb;
      d.subj_e = ce;
      return;
    }
  }
  // "… and envoy Berg is in the region urging both sides …": with no report before it, a
  // participle after a word takes the subject of the finite verb it follows.
  if (m.form->ing && d.subj_e == d.subj_b && k > 1 && t_[k - 1].word && !in(k - 1, WordClass::kAdjunctPrepositions)) {
    // "a positive discussion, with both sides recognizing X": the noun phrase after "with" is
    // the participle's own subject.
    auto [cb, ce] = chunk_back(k - 1);
    if (ce == k && cb > 0 && cb < ce && word(cb - 1, WordRole::kComitative) && t_[cb].quote < 0) {
      d.subj_b = cb;
      d.subj_e = ce;
      return;
    }
  }
  if (m.form->ing && !have_prev_subj_ && d.subj_e == d.subj_b && k > 0 && t_[k - 1].word &&
      !in(k - 1, WordClass::kAdjunctPrepositions)) {
    auto [b, e] = finite_subject(i);
    if (e > b) {
      d.subj_b = b;
      d.subj_e = e;
      return;
    }
  }
  if (inherit || d.subj_e == d.subj_b) {
    if (have_prev_subj_) {
      d.subj_b = prev_subj_b_;
      d.subj_e = prev_subj_e_;
      d.co_b = prev_co_b_;
      d.co_e = prev_co_e_;
    } else if (auto [ab, ae] = passive_agent(clause_start(i) < i ? clause_start(i) : 0, i); ae > ab) {
      d.subj_b = ab;  // "X was described by Lee as Y, saying …": the agent speaks
      d.subj_e = ae;
    } else {
      // "Executives from the firms – A, B and C – have pleaded …, asking for X": a clause after a
      // dashed apposition goes on with the subject before the first dash.
      std::size_t start = clause_start(i) < i ? clause_start(i) : 0;
      if (start >= 2 && dash(start - 1)) {
        std::size_t opener = start - 1;
        while (opener > 0 && !dash(opener - 1) && !punct(opener - 1, ";") && !punct(opener - 1, ":")) --opener;
        if (opener > 0 && dash(opener - 1)) start = clause_start(opener - 1);
      }
      auto [b, e] = np_forward(start);
      if (e > i) e = b;  // never the cue's own words
      // "…, the Ministry of A, B and C (MABC) and the D Agency (DA) discussed X, noting Y": the list
      // before the clause's finite verb is the participle's subject as a whole.
      std::size_t v = e;
      while (v < i && tok(v).quote < 0 && !(tok(v).word && !tok(v).cap && finite_at(v))) ++v;
      if (e > b && v < i) {
        coordinated_subject(v, d);
        if (d.subj_e > d.subj_b) return;
      }
      d.subj_b = b;
      d.subj_e = e;
    }
  }
}

// The subject of the nearest finite verb before token i in its clause: "envoy Berg is in the
// region urging", "the Foreign Minister, Ana Ruiz, resigned … stating": a name in apposition
// between commas is that subject.
std::pair<std::size_t, std::size_t> Scan::finite_subject(std::size_t i) const {
  const std::size_t cs = clause_start(i);
  for (std::size_t v = i; v-- > cs && v + 16 > i;) {
    if (tok(v).quote >= 0 || tok(v).mark || punct(v, ",")) return {0, 0};
    const Tag g = tok(v).tag;
    if (!(g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD)) continue;
    std::size_t k = v;
    while (k > cs && (in(k - 1, WordClass::kSkippable) || in(k - 1, WordClass::kFiniteAuxiliaries))) --k;
    if (k <= cs) return {0, 0};
    if (punct(k - 1, ",")) {
      std::size_t p = k - 1;
      while (p > cs && p + 6 > k && tok(p - 1).word && tok(p - 1).cap) --p;
      if (p + 1 < k && p > cs && punct(p - 1, ",")) return {p, k - 1};
      return {0, 0};
    }
    auto [b, e] = np_back(k - 1);
    // "Leaders of the Community concluded …": a noun after a preposition is no subject; the
    // head is the noun phrase that opens the clause.
    if (b > cs && in(b - 1, WordClass::kAdjunctPrepositions)) return np_forward(cs);
    bool name = false;
    for (std::size_t n = b; n < e; ++n) name = name || tok(n).cap || role(n);
    if (name && e == k) return {b, e};
    return {0, 0};
  }
  return {0, 0};
}

// "President Levy Mwanawasa broke ranks in March when he likened …": a personal pronoun
// that opens a subordinate clause stands for the name that is the subject of its main
// clause, in the same sentence.
void Scan::bound_pronoun(Draft& d) const {
  if (d.subj_e != d.subj_b + 1 || d.subj_b < 2 || !tok(d.subj_b).word || tok(d.subj_b).tag != Tag::PRP ||
      in(d.subj_b, WordClass::kSelfPronouns) || word(d.subj_b, WordRole::kExpletive) ||
      word(d.subj_b, WordRole::kPluralPronoun))
    return;
  const std::size_t sub = d.subj_b - 1;
  const Tag st = tok(sub).tag;
  if (!(st == Tag::WRB || (st == Tag::IN && !word(sub, WordRole::kComplementizer))) || tok(sub).quote >= 0) return;
  // The main clause's finite verb, the nearest before the subordinator, and its subject.
  const std::size_t cs = clause_start(sub);
  for (std::size_t v = sub; v-- > cs && v + 20 > sub;) {
    const Tag g = tok(v).tag;
    if (tok(v).quote >= 0 || tok(v).mark) return;
    if (!(g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD)) continue;
    std::size_t k = v;
    while (k > cs && in(k - 1, WordClass::kSkippable)) --k;
    if (k == 0) return;
    auto [b, e] = np_back(k - 1);
    bool name = false;
    for (std::size_t n = b; n < e; ++n) name = name || (tok(n).cap && is_proper_noun(tok(n).tag) && !role(n));
    if (name && e == k) {
      d.subj_b = b;
      d.subj_e = e;
    }
    return;
  }
}

// "Secretary Lund's dialogue with representatives of both nations has reinforced X": the parse
// gives the cue's subject (a second predicate's, "... and stressed Y", through its first); an
// event noun possessed by a name is that person's act, and the possessor the speaker (the noun
// phrase found next to the cue, "nations", is inside the event's adjunct). No parse, no change.
void Scan::event_possessor(Draft& d) const {
  std::size_t v = d.cue_b;
  if (v >= t_.size() || !t_[v].word) return;
  // An event noun right after a name's possessive ("Lund's dialogue"; "Today's meeting
  // highlights X": no name, an event). The parse is asked for (Document::parse) only when one
  // comes before the cue.
  const auto possessed_event = [&](std::size_t i) {
    if (i == 0 || i >= t_.size() || tok(i).cap || !in(i, impl_.event_nouns_)) return false;
    const Token& name = tok(i - 1);
    if (!name.cap || !is_proper_noun(name.tag) || name.low.size() < 3) return false;
    const std::string& w = name.low;
    return w.compare(w.size() - 2, 2, "'s") == 0 || (w.size() >= 5 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0);
  };
  bool event = false;
  for (std::size_t i = 1; i < v && !event; ++i) event = possessed_event(i);
  if (!event) return;
  const std::vector<quoteattr::Token>& dt = doc_.parse(doc_.tokens()[t_[v].at].sentence);
  const auto local = [&](std::uint32_t at) {
    for (std::size_t i = 0; i < t_.size(); ++i)
      if (t_[i].word && t_[i].at == at) return i;
    return t_.size();
  };
  const auto child = [&](std::size_t p, Relation r) {
    for (std::size_t i = 0; i < t_.size(); ++i)
      if (t_[i].word && dt[t_[i].at].head == t_[p].at && dt[t_[i].at].relation == r) return i;
    return t_.size();
  };
  std::size_t subj = child(v, Relation::kNsubj);
  if (subj == t_.size() && dt[t_[v].at].relation == Relation::kConj && dt[t_[v].at].head != kNoParent) {
    const std::size_t h = local(dt[t_[v].at].head);
    if (h < v) subj = child(h, Relation::kNsubj);
  }
  if (subj >= v || !possessed_event(subj)) return;
  // The possessor: a name right before the noun ("Lund's", the parse's nmod its head or the word).
  const std::size_t owner = child(subj, Relation::kNmod), last = subj - 1;
  if (owner >= subj) return;
  auto [b, e] = np_back(last);
  if (e != subj || b > owner) return;
  d.subj_b = b;
  d.subj_e = e;
}

// The subject is an event, which speaks through no one: headed by an event noun ("The meeting
// highlighted"), or a name in an event noun's adjunct ("Our discussions in Iowa highlighted").
bool Scan::event_subject(const Draft& d) const {
  if (d.subj_e <= d.subj_b) return false;
  if (!tok(d.subj_e - 1).cap && in(d.subj_e - 1, impl_.event_nouns_)) return true;
  // "a discussion with both sides recognizing X": the participle right after "with" and its
  // noun phrase makes that phrase a subject of its own.
  if (d.subj_b > 0 && word(d.subj_b - 1, WordRole::kComitative) && d.cue_b == d.subj_e) return false;
  return d.subj_b >= 2 && in(d.subj_b - 1, WordClass::kAdjunctPrepositions) && !tok(d.subj_b - 2).cap &&
         in(d.subj_b - 2, impl_.event_nouns_);
}

// The subject is a thing, not a speaker: headed by a lower-case common noun that is no role or
// institution noun ("the deal", "controversies"), also before an "of" phrase that names someone
// ("the obstruction of the Russian Federation"); not a group of people ("the two sides", "both").
bool Scan::thing_subject(const Draft& d) const {
  if (d.subj_e <= d.subj_b) return false;
  std::size_t head = d.subj_e - 1;
  if (d.subj_b >= 2 && word(d.subj_b - 1, WordRole::kGenitive) && t_[d.subj_b - 2].word && !tok(d.subj_b - 2).cap)
    head = d.subj_b - 2;
  const Token& h = tok(head);
  if (h.cap || !(h.tag == Tag::NN || h.tag == Tag::NNS) || role(head) || h.quote != tok(d.subj_b).quote) return false;
  for (std::size_t k = head >= 3 ? head - 3 : 0; k < head; ++k)
    if (in(k, WordClass::kGroupNumbers) || word(k, WordRole::kDualQuantifier) ||
        word(k, WordRole::kUniversalQuantifier))
      return false;
  return true;
}

// A term cue at i ("called", "titled") whose quotation opening at j is a title, not speech: the
// name of a thing ("The plan, called “Keeping the Promise,” will …"), no report.
bool Scan::term_after_term_cue(std::size_t i, std::size_t j) const {
  if (!in(i, WordClass::kTermCues)) return false;
  const std::size_t at = tok(j).b;
  for (const Outer& o : outer_)
    if (o.begin <= at && at < o.end) return !o.speech;
  return false;
}

// Decides kind (indirect, mixed, or nothing: a direct quote) and appends.
bool Scan::emit(const Draft& d, std::vector<ReportedSpeech>& out) const {
  if (d.content_e <= d.content_b || event_subject(d)) return false;
  // "announced that, on May 2, the President announced …": a that-clause cut before its verb (the
  // report it opens is another's) is left with no verb of its own: no content.
  if (word(d.content_b, WordRole::kComplementizer) && d.content_e - d.content_b <= 8) {
    bool verb = false;
    for (std::size_t k = d.content_b + 1; k < d.content_e && !verb; ++k) {
      const Tag g = t_[k].tag;
      verb = t_[k].quote >= 0 || t_[k].mark || g == Tag::VB || g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP ||
             g == Tag::VBN || g == Tag::VBG || g == Tag::MD;
    }
    if (!verb) return false;
  }
  std::size_t b = tok(d.content_b).b;
  std::size_t e = tok(d.content_e - 1).e;
  // Without a leading "that" ("how", "whether": "asked how “…”" is direct too), or an infinitive's
  // "to" ("urged X to “…”" is direct).
  std::size_t bare = b;
  if (in(d.content_b, WordClass::kComplementizers) && d.content_b + 1 < d.content_e) {
    // "said that, “in the meeting, …”": a comma after "that" stands before the quote too.
    const std::size_t after = punct(d.content_b + 1, ",") && d.content_b + 2 < d.content_e ? 2 : 1;
    bare = tok(d.content_b + after).b;
  } else if (d.rule == "to-infinitive" && word(d.content_b, WordRole::kInfinitiveMarker) &&
             d.content_b + 1 < d.content_e) {
    bare = tok(d.content_b + 1).b;
  }
  bool mixed = false;
  // Outer quotes are disjoint and sorted: the first that ends after b.
  auto it = std::lower_bound(outer_.begin(), outer_.end(), b, [](const Outer& q, std::size_t x) { return q.end <= x; });
  for (; it != outer_.end() && it->begin < e; ++it) {
    if (it->speech && it->begin <= bare && it->end >= e) {
      if (d.nested) continue;  // someone else's words reported inside a direct quote
      return false;            // wholly direct
    }
    if (it->begin >= b && it->end > e && it->end <= para_end_) e = it->end;  // closes later
    mixed = true;
  }
  ReportedSpeech r;
  r.content = {b, e};
  r.kind = mixed ? QuoteKind::kMixed : QuoteKind::kIndirect;
  r.cue = {tok(d.cue_b).b, tok(d.cue_e - 1).e};
  if (d.subj_e > d.subj_b) r.subject = {tok(d.subj_b).b, tok(d.subj_e - 1).e};
  if (d.subj_e > d.subj_b && d.co_e > d.co_b) r.co_subject = {tok(d.co_b).b, tok(d.co_e - 1).e};
  r.rule = d.rule;
  r.confidence = d.confidence;
  out.push_back(std::move(r));
  return true;
}

// Marks the tokens inside outer speech quotes (not the marks themselves).
void Scan::mark_quotes() {
  for (Token& t : t_) {
    while (cursor_ < outer_.size() && outer_[cursor_].end <= t.b) ++cursor_;
    if (cursor_ == outer_.size()) break;
    const Outer& q = outer_[cursor_];
    bool own_mark = t.mark && (t.b == q.begin || t.e == q.end);
    if (q.speech && q.begin <= t.b && t.e <= q.end && !own_mark) t.quote = static_cast<int>(cursor_);
  }
}

// A headline: no final punctuation and most longer words capitalised. A deck of headlines that
// a semicolon joins ("Board Calls on X to Y; new projects approved for Z") is one by its first.
bool Scan::is_headline() const {
  std::size_t words = 0, caps = 0;
  for (const Token& t : t_) {
    if (!t.word && t.low == ";" && words >= 3) break;
    if (t.word && t.low.size() > 3) {
      ++words;
      caps += t.cap ? 1 : 0;
    }
  }
  std::size_t last = t_.size();
  while (last > 0 && t_[last - 1].mark) --last;  // "… in 'Crisis'": a closing mark is no final punctuation
  // "… Nominations (December 21, 2012)": a parenthetical that ends the line is no final punctuation.
  for (std::size_t k = last; k-- > 0;)
    if (headline_tail_at(k)) last = k;
  bool final_punct = last > 0 && !t_[last - 1].word;
  return !final_punct && words >= 3 && caps * 10 >= words * 7;
}

// A parenthetical "(…)" at k that closes the unit, nothing after it: in a headline, a
// date or a place the writer adds ("Announces X (December 21, 2012)").
bool Scan::headline_tail_at(std::size_t k) const {
  if (k + 2 >= t_.size() || t_[k].low != "(" || t_[k].word) return false;
  const std::size_t e = t_.size();  // "(GPO)." closes a sentence: its period is final punctuation
  if (t_[e - 1].low != ")") return false;
  for (std::size_t n = k + 1; n + 1 < e; ++n)
    if (t_[n].low == "(" || t_[n].low == ")") return false;
  return true;
}

// Whether the words of tokens [b, e) of the unit recur after it in the text, each capitalised and
// case aside the same, one space apart: a name the story writes ("United States").
bool Scan::name_in_story(std::size_t b, std::size_t e) const {
  if (e <= b || e > t_.size()) return false;
  std::string phrase;
  for (std::size_t k = b; k < e; ++k) {
    if (!t_[k].word) return false;
    phrase += (k > b ? " " : "") + t_[k].low;
  }
  const std::size_t n = phrase.size();
  for (std::size_t p = t_[e - 1].e; p + n <= text_.size(); ++p) {
    if (p > 0 && std::isalnum(static_cast<unsigned char>(text_[p - 1]))) continue;
    if (p + n < text_.size() && std::isalnum(static_cast<unsigned char>(text_[p + n]))) continue;
    bool same = std::isupper(static_cast<unsigned char>(text_[p])) != 0;
    for (std::size_t c = 0; same && c < n; ++c) {
      const char x = text_[p + c];
      same = std::tolower(static_cast<unsigned char>(x)) == phrase[c] &&
             (c == 0 || phrase[c - 1] != ' ' || std::isupper(static_cast<unsigned char>(x)));
    }
    if (same) return true;
  }
  return false;
}

// A headline's second cue at k after a comma (its closing quote mark between) or "and", with the
// subject of the first: "Hale Calls Ports 'An Engine of Growth,' Urges Calm".
bool Scan::headline_second_cue(std::size_t k) const {
  if (!headline_ || k < 2 || !tok(k).word || !tok(k).cap) return false;
  const Match m = cue_at(k);
  if (!m.form || m.form->base || m.form->ing || !cue_allowed(k, m)) return false;
  std::size_t p = k - 1;
  if (tok(p).mark && p > 0) --p;
  return punct(p, ",") || word(p, WordRole::kConjunctionAnd);
}

// The occasion of a headline's act at k: an occasion preposition and a short phrase headed by an
// event noun ("at Congressional Hearing", "During Annual Summit").
bool Scan::headline_occasion_at(std::size_t k) const {
  if (!in(k, WordClass::kOccasionPrepositions)) return false;
  std::size_t n = k + 1;
  while (n < t_.size() && n < k + 6 && t_[n].word && !in(n, WordClass::kAdjunctPrepositions)) ++n;
  return n > k + 1 && in(n - 1, impl_.event_nouns_);
}

// "“…,” Lavrov told reporters, adding that ...": the speaker of a direct quote's
// attribution is the subject a later participle or coordinated cue inherits.
void Scan::remember_quote_speaker(std::size_t i, const Match& m) {
  if (i == 0) return;
  Draft d;
  if (tok(i - 1).mark || punct(i - 1, ",")) {
    auto [b, e] = np_forward(i + m.len);  // "”, said Lavrov"
    if (b == i + m.len) {
      d.subj_b = b;
      d.subj_e = e;
    }
  }
  if (d.subj_e == d.subj_b) {
    std::size_t k = i;
    while (k > 0 && in(k - 1, WordClass::kSkippable)) --k;
    if (k > 0) {
      auto [b, e] = np_back(k - 1);  // "” Lavrov told reporters"
      if (b > 0 && (tok(b - 1).mark || punct(b - 1, ","))) {
        d.subj_b = b;
        d.subj_e = e;
      }
    }
  }
  remember_subject(d);
}

void Scan::remember_subject(const Draft& d) {
  if (d.subj_e <= d.subj_b) return;
  prev_subj_b_ = d.subj_b;
  prev_subj_e_ = d.subj_e;
  prev_co_b_ = d.co_b;
  prev_co_e_ = d.co_e;
  have_prev_subj_ = true;
}

// Whether the word `name` occurs after it in the text right after another capitalised word
// (a first name or an initial), as a person's surname does: "Ann Smith", "J. Smith".
bool Scan::surname_in_story(const Token& name) const {
  const std::string_view w = text_.substr(name.b, name.e - name.b);
  for (std::size_t p = text_.find(w, name.e); p != std::string_view::npos; p = text_.find(w, p + 1)) {
    const std::size_t after = p + w.size();
    if (after < text_.size() && std::isalpha(static_cast<unsigned char>(text_[after]))) continue;
    if (p < 2 || text_[p - 1] != ' ') continue;
    std::size_t b = p - 1;
    while (b > 0 && text_[b - 1] != ' ' && text_[b - 1] != '\n') --b;
    if (b < p - 1 && std::isupper(static_cast<unsigned char>(text_[b]))) return true;
  }
  return false;
}

void Scan::unit(const Unit& u, std::vector<Token> tokens, std::vector<ReportedSpeech>& out) {
  t_ = std::move(tokens);
  para_end_ = u.para_end;
  have_prev_subj_ = false;
  reported_until_ = 0;
  mark_quotes();
  find_clause_starts();
  headline_ = is_headline();
  std::size_t next = 0;
  bool has_cue = false;
  std::size_t first_report = out.size();
  Open last;  // the unit's last clause report, if it runs to the unit's end
  if (headline_) {
    // A headline that ends with its attribution ("…, White House Says") is that one report;
    // capitalised words before it ("Warning") are no cues.
    std::size_t end = t_.size();
    while (end > 0 && !t_[end - 1].word) --end;
    Draft d;
    Match m = end > 0 ? cue_at(end - 1) : Match{};
    if (m.form && end - 1 + m.len == end && post_posed(end - 1, m, d)) {
      d.cue_b = end - 1;
      d.cue_e = end;
      if (emit(d, out)) remember_subject(d);
      open_ = Open{};
      return;
    }
    // "Ashton: Ukraine 'Intends to Sign' Agreement": a name, a colon and a headline that quotes
    // the named speaker's words is that speaker's report.
    // A name only: a role ("Israeli Negotiator:") is introduced by the story below, which the
    // headline comes before; a title before the name is the name's ("Ambassador Smith:").
    std::size_t titles = 0;
    while (titles < t_.size() && titles < 2 && t_[titles].word && t_[titles].cap && role(titles)) ++titles;
    std::size_t colon = titles;
    while (colon < t_.size() && colon < titles + 4 && t_[colon].word && t_[colon].cap && !role(colon)) ++colon;
    // "Israeli Negotiator: Talks in 'Crisis'", "Agency Administrator: Budget a “Display” of X": a
    // description headed by a role, whose words the headline quotes, is the story's speaker (the
    // sieves find the person the story gives that role).
    const bool role_head = titles == 0 && colon < t_.size() && colon < 3 && t_[colon].word && t_[colon].cap &&
                           role(colon) && punct(colon + 1, ":");
    if (role_head) ++colon;
    // A colon glued to the word after it ("Wikinews:Briefs", "News:Today") joins a page name, no
    // speaker to a headline.
    if (colon > titles && colon < titles + 4 && punct(colon, ":") && colon + 2 < t_.size() &&
        t_[colon + 1].b > t_[colon].e) {
      bool quoted = false;
      for (std::size_t k = colon + 1; k < end && !quoted; ++k) quoted = t_[k].mark;
      // "Smith: Partnerships Vital to Security": without marks, a lone surname that the story
      // gives as a person's full name ("Gen. Ann Smith") is the speaker of the headline's claim.
      if (quoted ||
          (!role_head && colon == titles + 1 && is_proper_noun(t_[titles].tag) && surname_in_story(t_[titles]))) {
        d.cue_b = colon;
        d.cue_e = colon + 1;
        d.subj_b = 0;
        d.subj_e = colon;
        d.content_b = colon + 1;
        d.content_e = end < t_.size() && t_[end].mark ? end + 1 : end;
        d.rule = "headline";
        d.confidence = 0.6;
        if (emit(d, out)) remember_subject(d);
        open_ = Open{};
        return;
      }
    }
  }
  // "Agency Director: Partnership with industry protects the workforce": the document's first
  // line in sentence case, with no final punctuation, whose description headed by a role and a
  // colon (its word apart from the next) open a clause with a finite verb, is the report of the
  // person the story gives that role.
  if (!headline_ && u.paragraph == 0 && t_.size() > 6 && t_.back().word) {
    std::size_t colon = 0;
    while (colon < t_.size() && colon < 3 && t_[colon].word && t_[colon].cap) ++colon;
    if (colon > 0 && colon < 4 && punct(colon, ":") && role(colon - 1) && t_[colon + 1].b > t_[colon].e) {
      bool finite = false;
      for (std::size_t k = colon + 2; k < t_.size() && !finite; ++k)
        finite = t_[k].quote < 0 && !t_[k].cap &&
                 (t_[k].tag == Tag::VBZ || t_[k].tag == Tag::VBD || t_[k].tag == Tag::VBP || t_[k].tag == Tag::MD);
      Draft d;
      d.cue_b = colon;
      d.cue_e = colon + 1;
      d.subj_b = 0;
      d.subj_e = colon;
      d.content_b = colon + 1;
      d.content_e = t_.size();
      d.rule = "headline";
      d.confidence = 0.6;
      if (finite && emit(d, out)) {
        remember_subject(d);
        open_ = Open{};
        return;
      }
    }
  }
  for (std::size_t i = 0; i < t_.size(); ++i) {
    if (t_[i].mark || according_to(i)) has_cue = true;
    if (t_[i].word && !has_cue) {
      // A cue that only leads a quotation ("calls" of "called “…”") is none in a unit without
      // marks (which count by themselves): "Freedonia cannot ignore calls for help".
      // Nor is a cue form the tagger reads as a noun ("disagreements on individual issues").
      Match any = cue_at(i);
      has_cue = any.form && cue_allowed(i, any) && !quote_only(impl_.cues_[any.form->cue]) && t_[i].tag != Tag::NN &&
                t_[i].tag != Tag::NNS;
    }
    // "welcomed reports that Washington may open …": a report noun and its clause that open a cue's
    // object are a report of their own too (the nominal one below), inside the cue's content.
    const bool inside = i < next;
    if ((inside && !(i > 0 && cue_at(i - 1).form && is(WordClass::kReportNouns, t_[i].low) &&
                     word(i + 1, WordRole::kComplementizer))) ||
        !t_[i].word)
      continue;
    Draft d;
    if (!inside && (according_to(i) || as_by(i)) && t_[i].quote < 0) {
      if (according_to(i) ? according(i, d) : as_by_source(i, d)) {
        if (emit(d, out)) remember_subject(d);
        next = std::max(d.content_e, d.cue_e);
      }
      continue;
    }
    // A nominal report: "Kataib Hezbollah's announcement that it is suspending …", "made the
    // announcement that …". Not a relative clause ("the statement that was issued").
    // Bare plural reports ("dismissed reports that …", "aware of reports that …") are their own
    // unnamed source, also inside someone's quote (they are not the quoted speaker's words).
    // Given ones are the giver's ("provided assurances that …": the clause's subject).
    const bool bare_plural = i > 0 && t_[i].tag == Tag::NNS && !is_det(i - 1) && !t_[i - 1].cap &&
                             !is_adjective(t_[i - 1].tag) && !in(i - 1, WordClass::kGivingVerbs) &&
                             !ends_with(t_[i - 1].low, "'s") && !ends_with(t_[i - 1].low, "\xE2\x80\x99s");
    if ((t_[i].quote < 0 || bare_plural) && is(WordClass::kReportNouns, t_[i].low) && i > 0 &&
        word(i + 1, WordRole::kComplementizer) && i + 3 < t_.size() && t_[i + 2].word &&
        !in(i + 2, WordClass::kFiniteAuxiliaries) && !in(i + 2, WordClass::kBeForms) &&
        !in(i + 2, WordClass::kAuxiliaries) && !ends_with(t_[i + 2].low, "ed") && has_finite_verb(i + 3)) {
      d.cue_b = i;
      d.cue_e = i + 1;
      d.content_b = i + 1;
      d.content_e = content_end(d.content_b, t_[i].quote);
      // The possessor speaks, a time word aside: "Kataib Hezbollah's Tuesday announcement".
      auto possessive = [&](std::size_t k) {
        return t_[k].word && (ends_with(t_[k].low, "'s") || ends_with(t_[k].low, "\xE2\x80\x99s"));
      };
      std::size_t owner = possessive(i - 1)                                                  ? i - 1
                          : (i > 1 && in(i - 1, WordClass::kSkippable) && possessive(i - 2)) ? i - 2
                                                                                             : i;
      // The report as its clause's subject ("Her assurance that X was welcomed by farmers") ends
      // before the main clause's verb.
      std::size_t np = owner < i ? np_back(owner).first : t_[i - 1].tag == Tag::PRP_S ? i - 1 : i;
      while (np > 0 && is_det(np - 1)) --np;
      if (clause_start(np) == np || punct(np - 1, ",")) d.content_e = subject_report_end(d.content_b, d.content_e);
      if (owner < i) {
        auto [b, e] = np_back(owner);
        d.subj_b = b;
        d.subj_e = e;
      } else if (bare_plural) {
        d.subj_b = i;
        d.subj_e = i + 1;
        d.nested = t_[i].quote >= 0;
      } else {  // else the subject of the clause it stands in ("X made the announcement")
        auto [b, e] = np_forward(clause_start(i));
        if (e > i) e = b;
        d.subj_b = b;
        d.subj_e = e;
      }
      d.rule = "nominal";
      d.confidence = 0.6;
      if (emit(d, out)) {
        reported_until_ = std::max(reported_until_, d.content_e);
        next = std::max(next, d.content_e);
      }
      continue;
    }
    if (inside) continue;
    {
      Draft p;
      if (passive_report(i, p) || request_report(i, p)) {
        if (emit(p, out)) {
          remember_subject(p);
          reported_until_ = std::max(reported_until_, p.content_e);
        }
        next = std::max(next, p.content_e);
        continue;
      }
    }
    Match m = cue_at(i);
    if (m.form && fronted_participle(i, m, d)) {
      if (emit(d, out)) {
        remember_subject(d);
        reported_until_ = std::max(reported_until_, d.content_e);
      }
      next = d.content_e;
      continue;
    }
    if (!m.form || !cue_allowed(i, m)) continue;
    d.cue_b = i;
    d.cue_e = i + m.len;
    int quote = t_[i].quote;
    // A parenthetical attribution: "Instead, she says, the summit will …": the rest of the
    // clause after it is the content. One that splits its clause between subject and verb
    // ("The talks, he added, were frank", "To disagree, he said, is to risk …", even with the
    // second comma lost) leaves the whole clause as the content, attribution and all: the
    // content is one stretch of text.
    bool comma_after = punct(i + m.len, ",");
    std::size_t after = i + m.len + (comma_after ? 1 : 0);
    // "The plan, she said as she left the building, leaves …": the attribution's own adjunct up
    // to its comma; the split clause goes on after it.
    if (!comma_after && !m.form->ing && !m.form->base && i >= 2 && t_[i - 1].word) {
      const std::size_t c = attribution_adjunct(after, quote);
      if (c > 0) {
        comma_after = true;
        after = c + 1;
      }
    }
    auto finite = [&](std::size_t k) {
      if (k >= t_.size()) return false;
      const Tag g = t_[k].tag;
      return g == Tag::VBZ || g == Tag::VBD || g == Tag::VBP || g == Tag::MD;
    };
    // "The Bureau, he added, “appreciates …”": the split clause's verb may open a quotation.
    const std::size_t verb_at =
        after + 1 < t_.size() && comma_after && t_[after].mark && t_[after + 1].quote >= 0 ? after + 1 : after;
    // Inside a quotation only a third party the quotation names may be the parenthetical's subject
    // ("Uzbekistan, the Secretary said, deserves …" in an envoy's remarks); "we", "I", "he" are not.
    auto third_party = [&](std::size_t sb, std::size_t se) {
      if (quote < 0) return true;
      if (se <= sb || tok(sb).quote != quote) return false;
      return !(se == sb + 1 && (tok(sb).tag == Tag::PRP || in(sb, WordClass::kSelfPronouns)));
    };
    // "It is advice, Mr. Curry said, that continues to …": the clause before the attribution is
    // whole, and a relative pronoun with its finite verb after it goes on with the clause's noun.
    const bool relative_after = comma_after && after + 1 < t_.size() && in(after, WordClass::kRelativePronouns) &&
                                t_[after].quote == quote &&
                                (finite(after + 1) || (is_adverb(t_[after + 1].tag) && finite(after + 2)));
    // "RAMSI, as Dame Meg has said, was …": "as" and the subject (an auxiliary between it and the cue)
    // set off by commas inside the clause.
    // The parenthetical found: its subject [pb, pe), the content from `from` (the clause start when the
    // attribution splits it) to the clause end.
    std::size_t pb = 0, pe = 0, from = after;
    double confidence = 0.75;
    if (comma_after && i >= 3 && !m.form->ing && !m.form->base) {
      std::size_t v = i;
      while (v > 1 && v + 2 > i && t_[v - 1].word &&
             (in(v - 1, WordClass::kFiniteAuxiliaries) || in(v - 1, WordClass::kAuxiliaries)))
        --v;
      auto [sb, se] = np_back(v - 1);
      if (se == v && se > sb && se - sb <= 4 && sb >= 2 && word(sb - 1, WordRole::kPredicativeAs) &&
          punct(sb - 2, ",") && third_party(sb, se) && clause_start(sb - 2) < sb - 2 && finite(after)) {
        pb = sb;
        pe = se;
        from = clause_start(sb - 2);
        confidence = 0.7;
      }
    }
    if (pe == pb && i >= 2 && (comma_after || finite(after)) && !m.form->ing && !m.form->base) {
      auto [sb, se] = np_back(i - 1);
      // A longer subject set off by commas: "marine biologist Dr. Jane Roe of the Sea Institute".
      std::size_t head_e = se;
      bool long_subject = false;
      if (!(sb >= 2 && se == i && punct(sb - 1, ",") && se - sb <= 4)) {
        const auto [lb, le] = attribution_np(i);
        if (le > lb && lb >= 2) {
          sb = lb;
          se = i;
          head_e = le;
          long_subject = true;
        }
      }
      const std::size_t start = sb > 0 ? clause_start(sb - 1) : 0;
      bool opener = quote < 0 && comma_after && sb >= 2 && start + 1 == sb - 1 && t_[start].word &&
                    (is(WordClass::kIntroWords, t_[start].low) || ends_with(t_[start].low, "ly"));
      // "Without a deal by May, she said, the rules would apply": a fronted prepositional phrase
      // (no verb of its own) is part of the content, which runs from it.
      bool fronted_phrase = quote < 0 && comma_after && !opener && sb >= 3 && start + 1 < sb - 1 && t_[start].word &&
                            t_[start].tag == Tag::IN && !in(start, WordClass::kComplementizers) &&
                            !in(start, WordClass::kTemporalSubordinators) && split_subject(start, sb - 1, quote) &&
                            clause_has_verb(after, content_end(after, quote));
      // The split clause's subject: a few words before the comma, with no verb of their own.
      std::size_t first = start;
      while (first < sb && t_[first].mark) ++first;                // "“The valley, the X said, …"
      if (first < t_.size() && t_[first].tag == Tag::CC) ++first;  // "And mutual understanding …"
      bool split = !opener && !fronted_phrase && sb >= 2 && se == i && punct(sb - 1, ",") && first < sb - 1 &&
                   sb - 1 - first <= 12 && (finite(verb_at) || relative_after) && third_party(sb, se);
      const bool free_relative = word(first, WordRole::kInterrogativeThing) && !relative_after;
      for (std::size_t k = first; split && k + 1 < sb; ++k)
        split = t_[k].word && t_[k].quote == quote && (relative_after || free_relative || !finite(k));
      if ((opener || fronted_phrase || split) && se > sb && punct(sb - 1, ",") && (se - sb <= 4 || long_subject)) {
        pb = sb;
        pe = head_e;
        from = split ? first : fronted_phrase ? start : after;
        confidence = split || fronted_phrase ? 0.7 : 0.75;
      }
    }
    // "The board's plan, said Commissioner Jan Roe in a statement, is …": an inverted attribution
    // (its own adjunct allowed) that splits its clause between subject and verb.
    if (pe == pb && quote < 0 && i >= 2 && punct(i - 1, ",") && !comma_after && !m.form->ing && !m.form->base &&
        !impl_.cues_[m.form->cue].addressee) {
      const auto [nb, ne] = np_forward(i + m.len);
      if (nb == i + m.len && ne > nb && ne - nb <= 6 && (tok(ne - 1).cap || role(ne - 1))) {
        std::size_t c = punct(ne, ",") && finite(ne + 1) ? ne : attribution_adjunct(ne, quote);
        std::size_t first = clause_start(i - 1);
        while (first < i && t_[first].mark) ++first;
        if (first < t_.size() && t_[first].tag == Tag::CC) ++first;
        if (c > 0 && first + 1 < i && split_subject(first, i - 1, quote)) {
          pb = nb;
          pe = ne;
          from = first;
          after = c + 1;
          confidence = 0.7;
        }
      }
    }
    while (from < after && t_[from].mark) ++from;  // "“The ferry, as X has said, was …”": inside the marks
    if (pe > pb) {
      d.subj_b = pb;
      d.subj_e = pe;
      d.content_e = content_end(after, quote);
      d.content_b = from;
      d.rule = "parenthetical";
      d.confidence = confidence;
      d.nested = quote >= 0;
      if (d.content_e > after + 1 && emit(d, out)) {
        remember_subject(d);
        reported_until_ = std::max(reported_until_, d.content_e);
        next = d.content_e;
        continue;
      }
      d = Draft{};
      d.cue_b = i;
      d.cue_e = i + m.len;
    }
    if (frames(i, m, d)) {
      // A channel: "state media said Xie expressed hope that …" relays someone else's report;
      // the relayed report is the quotation (and its subject the speaker), not the relay.
      if (d.rule == "zero-that" || d.rule == "that-clause") {
        std::size_t s = d.content_b + (word(d.content_b, WordRole::kComplementizer) ? 1 : 0);
        std::size_t e = s;
        while (e < t_.size() && e < s + 5 && t_[e].word &&
               (t_[e].cap || (e > s && is(WordClass::kNpJoiners, t_[e].low))))
          ++e;
        if (e > s && e < t_.size()) {
          Match inner = cue_at(e);
          Draft probe;
          if (inner.form && cue_allowed(e, inner) && frames(e, inner, probe)) {
            next = s;
            continue;
          }
        }
      }
      if (d.rule != "relative-clause") {
        subject(i, m, d);  // the gap's subject is already known
        event_possessor(d);
      }
      d.content_e = content_end(d.content_b, quote);
      // "Varga, asked whether the pool would open, said …": a past participle set off by commas
      // between a subject and its verb is a reduced passive; its subject is the one addressed, and
      // no one speaks in it.
      if (quote < 0 && i >= 2 && punct(i - 1, ",") && !m.form->base && !m.form->ing && t_[i - 2].word &&
          (tok(i - 2).cap || role(i - 2)) && d.content_e < t_.size()) {
        const std::size_t k = punct(d.content_e, ",") ? d.content_e + 1 : d.content_e;
        if (k > d.content_e && finite_at(k)) {
          next = d.content_e;
          continue;
        }
      }
      // "Mayor Lind, asking that the council visit, was met with …": a participle set off by commas
      // between a subject and its verb; its content ends where the verb resumes. Its speaker is
      // that subject: one that names no one ("the third, asking that …") gives no report.
      if (quote < 0 && i >= 2 && punct(i - 1, ",") && m.form->ing && t_[i - 2].word) {
        std::size_t resumes = 0;
        for (std::size_t k = d.content_b + 1; k + 1 < d.content_e && resumes == 0; ++k)
          if (punct(k, ",") && t_[k + 1].quote < 0 && finite_at(k + 1) && !in(k + 1, WordClass::kModals)) resumes = k;
        if (resumes > 0) {
          d.content_e = resumes;
          if (!tok(i - 2).cap && !role(i - 2)) {
            next = resumes;
            continue;
          }
        }
      }
      // "reaffirm U.S. commitment to Iraq and consult on ...": a noun-phrase content ends at a
      // second predicate in the base form (VB; the tagger may say VBP after an infinitive cue).
      // "the opportunities to create jobs and boost growth": a base form after an infinitive
      // inside the noun phrase is that infinitive's second verb, still content.
      if (d.rule == "object" || d.rule == "light-verb")
        for (std::size_t k = d.content_b + 1, inf = 0, adj_inf = 0; k + 1 < d.content_e; ++k) {
          if (word(k - 1, WordRole::kInfinitiveMarker) && tok(k).tag == Tag::VB) inf = k;
          // The tagger may read the infinitive's verb as an adjective before its object ("commitment
          // to unite global talent and unlock …"): a bare word after "to" pairs with a base form (VB)
          // after "and", a second infinitive, not with a past tense.
          if (word(k - 1, WordRole::kInfinitiveMarker) && tok(k).tag == Tag::JJ && !tok(k).cap) adj_inf = k;
          // "reaffirmed their commitments and discussed possible areas": a past tense (VBD) after
          // "and" in a noun phrase with no verb of its own is the subject's next predicate.
          const bool past = tok(k + 1).tag == Tag::VBD && !m.form->base && !clause_has_verb(d.content_b, k);
          const bool base = tok(k + 1).tag == Tag::VB || (tok(k + 1).tag == Tag::VBP && m.form->base);
          if (word(k, WordRole::kConjunctionAnd) && !inf && (past || (base && !adj_inf)) && tok(k + 1).quote < 0) {
            d.content_e = k > d.content_b + 1 && punct(k - 1, ",") ? k - 1 : k;
            break;
          }
        }
      next = d.content_e;
      // "expressed hope but said …": a bare light noun with nothing it is about states no content.
      // "voiced their concern:", "expressed his gratitude.": nor does one after a possessive.
      if (d.rule == "light-verb" &&
          (d.content_e == d.content_b + 1 ||
           (d.content_e == d.content_b + 2 && (tok(d.content_b).tag == Tag::PRP_S || is_det(d.content_b)))))
        continue;
      // "The deal raises concerns", "controversies have raised questions": a thing causes, no one speaks.
      // A participle with no subject read ("…, raising concerns among X") has its clause's.
      // Inside a quotation, or with a plain object for content ("The program emphasizes X", "The
      // agreement calls for X"), a single thing for subject, named by no capitalised word, is no
      // speaker either ("New CPSC data highlights X" is the body's).
      bool thing_only = quote >= 0 || d.rule == "object" || d.rule == "light-verb";
      // A time phrase read as the subject ("visiting Washington this week stressed X") is none.
      if (thing_only && d.subj_e > d.subj_b && tok(d.subj_e - 1).tag == Tag::NN && !np_time_adjunct(d.subj_b)) {
        for (std::size_t k = d.subj_b; k < d.subj_e; ++k)
          if (tok(k).cap && !(k == d.subj_b && is_det(k))) thing_only = false;
      } else {
        thing_only = false;
      }
      if (impl_.cues_[m.form->cue].agent_only || thing_only) {
        Draft probe = d;
        if (probe.subj_e == probe.subj_b && m.form->ing) {
          probe.subj_b = probe.subj_e = clause_start(i);
          if (probe.subj_e < i && t_[probe.subj_e].chunk == Chunk::kBeginNP)
            for (++probe.subj_e; probe.subj_e < i && t_[probe.subj_e].chunk == Chunk::kInsideNP;) ++probe.subj_e;
        }
        if (thing_subject(probe)) continue;
      }
      // A speaker's report of their own words ("I have said ...", "we urge ...") is not
      // annotated; inside a direct quote only a third party named there is.
      bool self = d.subj_e == d.subj_b + 1 && in(d.subj_b, WordClass::kSelfPronouns);
      // A generic group, a bare plural with no determiner ("Muslims believe", "people think"), names
      // no one either.
      const bool generic_group =
          d.subj_e == d.subj_b + 1 && (tok(d.subj_b).tag == Tag::NNS || tok(d.subj_b).tag == Tag::NNPS);
      bool named = d.subj_e > d.subj_b && tok(d.subj_b).quote == quote &&
                   !(d.subj_e == d.subj_b + 1 && tok(d.subj_b).tag == Tag::PRP) && !generic_group;
      if (self || (quote >= 0 && !named)) continue;
      d.nested = quote >= 0;
    } else if (quote >= 0 || only_opens(impl_.cues_[m.form->cue]) || !post_posed(i, m, d)) {
      if (quote < 0) open_briefing(i, m, u.paragraph, last);
      remember_quote_speaker(i, m);
      continue;
    }
    next = std::max(next, d.cue_e);
    std::size_t before = out.size();
    if (!emit(d, out)) continue;
    if (d.rule == "quote-lead" && out.back().kind != QuoteKind::kMixed) {
      out.resize(before);  // "replied “...” in full": direct, not reported
      continue;
    }
    remember_subject(d);
    if (const std::size_t e2 = second_complement(d, out)) next = d.content_e = e2;
    reported_until_ = std::max(reported_until_, d.content_e);
    last = Open{};
    // A clause report, or a light verb's ("stressed the importance of X. These ties should ...").
    bool clause = d.rule == "that-clause" || d.rule == "zero-that" || d.rule == "light-verb";
    std::size_t tail = t_.size();
    while (tail > 0 && !t_[tail - 1].word && !t_[tail - 1].mark) --tail;
    // A mixed report (quoted words inside) continues as an indirect one does.
    if (clause && out.back().kind != QuoteKind::kDirect && d.content_e >= tail) {
      last.valid = true;
      last.paragraph = u.paragraph;
      last.past = tok(d.cue_b).tag == Tag::VBD;
      bool names = false;  // a name, a role or a pronoun: "some reports" is continued by no one
      for (std::size_t k = d.subj_b; k < d.subj_e; ++k) {
        if (tok(k).cap) last.subject_words.insert(tok(k).low);
        names = names || tok(k).cap || role(k) || tok(k).tag == Tag::PRP;
      }
      last.valid = names || d.subj_e == d.subj_b;
      // One person: a name or "he"/"she", nothing joined, no plural.
      last.one_person = d.subj_e > d.subj_b && d.co_e == d.co_b;
      for (std::size_t k = d.subj_b; k < d.subj_e; ++k)
        if (!tok(k).word || tok(k).tag == Tag::CC || in(k, WordClass::kGroupPronouns) || tok(k).tag == Tag::NNS ||
            tok(k).tag == Tag::NNPS)
          last.one_person = false;
    }
  }
  // A continuation keeps the report open: the next sentence may go on with it (a run).
  if (out.size() == first_report && continuation(u, has_cue, out)) last = open_;
  open_ = std::move(last);
}

// A present-tense predicate at token k, adverbs aside: a continuation marker, a modal or a
// present-tense verb (VBZ, VBP).
bool Scan::present_at(std::size_t k) const {
  while (k < t_.size() && t_[k].word && is_adverb(t_[k].tag)) ++k;
  return k < t_.size() && t_[k].word && t_[k].quote < 0 &&
         (in(k, WordClass::kContinuationMarkers) || t_[k].tag == Tag::MD || t_[k].tag == Tag::VBZ ||
          t_[k].tag == Tag::VBP);
}

// A backshifted predicate in the subject that starts at token s: the first finite verb, at most
// kMaxSubject words on and with no punctuation before it, is "had" before a participle or
// "would" (backshift_auxiliaries); "would" counts when `modal`. A past "was"/"were" is not taken,
// even with an adverb of the present ("The delegates were already aware of it" is narration as
// often as it is a report), so a plain past ends the run.
bool Scan::backshifted_at(std::size_t s, bool modal) const {
  constexpr std::size_t kMaxSubject = 8;
  auto skip = [&](std::size_t k) {
    while (k < t_.size() && t_[k].word && is_adverb(t_[k].tag) && !in(k, WordClass::kPresentTimeAdverbs)) ++k;
    return k;
  };
  for (std::size_t k = s + 1; k < t_.size() && k <= s + kMaxSubject; ++k) {
    if (!t_[k].word || t_[k].quote >= 0) return false;
    const Tag g = t_[k].tag;
    if (g != Tag::VBD && g != Tag::VBZ && g != Tag::VBP && g != Tag::MD) continue;
    if (!in(k, WordClass::kBackshiftAuxiliaries)) return false;
    if (g == Tag::MD) return modal;
    std::size_t v = skip(k + 1);
    while (v < t_.size() && in(v, WordClass::kPresentTimeAdverbs)) v = skip(v + 1);
    return v < t_.size() && t_[v].word && t_[v].tag == Tag::VBN;
  }
  return false;
}

// A plain past tense (VBD) as the first verb after the subject that ends at token e, adverbs
// aside ("Spending was well within the ceiling", "Two posts remained vacant").
bool Scan::past_after_subject(std::size_t e) const {
  constexpr std::size_t kMaxTail = 6;  // "Its main objective remained": the noun phrase's own words
  for (std::size_t k = e; k < t_.size() && k < e + kMaxTail; ++k) {
    if (!t_[k].word || t_[k].quote >= 0) return false;
    const Tag g = t_[k].tag;
    if (g == Tag::VBD) return true;
    if (g == Tag::VBZ || g == Tag::VBP || g == Tag::MD || g == Tag::VBG || g == Tag::VBN) return false;
  }
  return false;
}

// The present tense of a continuation's predicate past the subject that ends at token e: after
// the subject's parenthetical set off by commas, adverbs aside ("Understaffing, coupled with
// repairs, negatively impacts morale"), or after a gerund subject's words up to the first verb
// ("Increasing staff numbers to reduce overtime will help"): a modal, a continuation marker or a
// present-tense verb (VBZ, VBP).
bool Scan::present_after_subject(std::size_t e) const {
  constexpr std::size_t kMaxParenthetical = 10, kMaxGerundPhrase = 12;
  auto finite = [&](std::size_t k) {
    const Tag g = t_[k].tag;
    return g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP || g == Tag::MD;
  };
  auto present = [&](std::size_t k) { return present_at(k); };
  if (punct(e, ",")) {
    for (std::size_t k = e + 1; k < t_.size() && k <= e + kMaxParenthetical; ++k) {
      if (punct(k, ",")) return k > e + 1 && present(k + 1);
      if (!t_[k].word || finite(k)) return false;
    }
    return false;
  }
  if (tok(0).tag != Tag::VBG) return false;
  for (std::size_t k = 1; k < t_.size() && k <= kMaxGerundPhrase; ++k) {
    if (!t_[k].word) return false;
    if (finite(k)) return present(k);
  }
  return false;
}

// Unintroduced continuation (wire style): the sentence right after a clause
// report that ran to its sentence end, in the same paragraph, with no cue and no
// quote mark of its own, opened by a noun phrase that neither names the speaker
// again nor is a pronoun or an opening adjunct, and speaking in the present or
// with a modal ("China views and develops ...", "The two sides should ...").
//
// Backshift (minutes, readouts): after a report in the past tense, the speaker's present,
// past and future turn into past, past perfect and "would" ("Officials said the talks were
// useful. The two sides had agreed to meet again."). Such a sentence continues the report in
// the same or the next paragraph: its first finite verb past the subject is "had" before a
// participle or "would" (backshift_auxiliaries; a past "was"/"were" is not taken). It may
// open with such an adverb ("Already the group had …") or a condition up to its comma ("If
// successful, the plan would …"). A plain past ("The meeting ended at noon") is narration.
// "Senior officials briefed the corps on the first months.", "Ms. Roe then took the floor on the
// budget.": in a record, an act of speaking in the past tense with no content of its own opens a
// report that the sentences after it go on with (the minutes' paraphrase of what was said).
void Scan::open_briefing(std::size_t i, const Match& m, std::size_t paragraph, Open& last) const {
  if (!record_ || !impl_.cues_[m.form->cue].opens || tok(i).tag != Tag::VBD || headline_) return;
  Draft o;
  o.cue_b = i;
  o.cue_e = i + m.len;
  subject(i, m, o);
  if (o.subj_e <= o.subj_b) return;
  bool names = false;
  Open open;
  for (std::size_t k = o.subj_b; k < o.subj_e; ++k) {
    if (tok(k).cap) open.subject_words.insert(tok(k).low);
    names = names || tok(k).cap || role(k);
  }
  if (!names) return;
  open.valid = true;
  open.past = true;
  open.paragraph = paragraph;
  open.opener = true;
  open.subject = {tok(o.subj_b).b, tok(o.subj_e - 1).e};
  open.cue = {tok(i).b, tok(i + m.len - 1).e};
  last = std::move(open);
}

bool Scan::continuation(const Unit& u, bool has_cue, std::vector<ReportedSpeech>& out) const {
  if (!open_.valid || has_cue || t_.size() < 3) return false;
  const bool same = open_.paragraph == u.paragraph;
  if (!same && !(open_.past && u.paragraph == open_.paragraph + 1)) return false;
  // The opening of a backshifted sentence: an adverb of the present time, or a condition.
  constexpr std::size_t kMaxCondition = 12;
  std::size_t s = 0;
  if (open_.past && in(0, WordClass::kPresentTimeAdverbs)) {
    s = punct(1, ",") ? 2 : 1;
  } else if (open_.past && in(0, WordClass::kConditionLeads)) {
    for (std::size_t k = 1; k < t_.size() && k <= kMaxCondition && t_[k].word; ++k)
      if (punct(k + 1, ",")) {
        s = k + 2;
        break;
      }
    if (s == 0) return false;
  }
  if (s > 0 || !same) {
    // An intro word after the opening is a determiner ("If successful, this plan would …").
    if (s + 2 >= t_.size() || !tok(s).word || in(s, WordClass::kSubjectPronouns) ||
        (s == 0 && in(s, WordClass::kIntroWords)))
      return false;
    if (!backshifted_at(s, true)) return false;
    auto [nb, ne] = np_forward(s);
    if (nb != s) return false;
    std::size_t head = s;
    while (t_[s].chunk == Chunk::kBeginNP && head + 1 < t_.size() && t_[head + 1].chunk == Chunk::kInsideNP) ++head;
    if (!tok(head).cap && in(head, impl_.event_nouns_)) return false;
    for (std::size_t k = nb; k < ne; ++k)
      if (role(k) || has(open_.subject_words, tok(k).low)) return false;  // the speaker again
  }
  const Token& first = tok(0);
  // "It is critical to restore confidence": an evaluation in the present, the speaker's.
  const bool evaluation = word(0, WordRole::kExpletive) && t_.size() > 4 &&
                          (word(1, WordRole::kPresentCopula) || word(1, WordRole::kRemainCopula)) &&
                          is_adjective(t_[2].tag) &&
                          (word(3, WordRole::kInfinitiveMarker) || word(3, WordRole::kComplementizer));
  // "She acknowledged that staff confront X every day. They are heroic": after one person's
  // report, "they" in the present tense is the people of the report, not its speaker.
  const bool others = word(0, WordRole::kPluralPronoun) && open_.one_person && present_at(1);
  if (s == 0 && same &&
      (!first.word || !first.cap || (in(0, WordClass::kSubjectPronouns) && !evaluation && !others) ||
       in(0, WordClass::kIntroWords)))
    return false;
  if (s == 0 && same && !evaluation && !others) {
    auto [nb, ne] = np_forward(0);
    if (nb != 0) return false;  // an opening phrase: narration
    // "The discussions are intended to …": a noun phrase headed by an event noun is the writer's
    // narration of the event, which speaks through no one.
    std::size_t head = 0;
    while (t_[0].chunk == Chunk::kBeginNP && head + 1 < t_.size() && t_[head + 1].chunk == Chunk::kInsideNP) ++head;
    // In a record, an event backshifted after a report is the report's ("The meeting would be
    // the first of its kind"); in the plain past it is the record's own narration.
    if (!tok(head).cap && in(head, impl_.event_nouns_) && !(record_ && open_.past && backshifted_at(0, true)))
      return false;
    for (std::size_t k = nb; k < ne; ++k)
      if (role(k) || has(open_.subject_words, tok(k).low)) return false;  // the speaker again
    // The marker after the noun phrase, or inside the tagger's noun phrase when it took the
    // verb for a noun ("Russia cannot ignore", "cannot" tagged NN).
    bool marker = false;
    for (std::size_t k = nb + 1; k < t_.size() && k < ne + 4 && !marker; ++k) {
      if (!t_[k].word) break;
      marker = in(k, WordClass::kContinuationMarkers);
    }
    if (!marker) marker = present_after_subject(ne);
    // A modal is a marker above, in its own reach; backshift adds the past perfect and the past
    // with an adverb of the present.
    if (!marker && open_.past) marker = backshifted_at(0, false);
    // In a record, after an act of speaking that opened the paragraph's paraphrase, everything
    // said is in the past: a plain past goes on with it (after a report of its own it is narration).
    if (!marker && open_.opener) marker = past_after_subject(ne);
    if (!marker) return false;
  }
  std::size_t e = t_.size();
  while (e > 1 && !tok(e - 1).word && !tok(e - 1).mark && tok(e - 1).low != ")") --e;
  ReportedSpeech r;
  r.content = {first.b, tok(e - 1).e};
  r.kind = QuoteKind::kIndirect;
  r.cue = {first.b, first.b};
  r.subject = {first.b, first.b};
  if (open_.opener) {  // the opener made no report: its subject and cue go with the first that follows
    r.cue = open_.cue;
    r.subject = open_.subject;
  }
  r.continuation = true;
  r.rule = "continuation";
  r.confidence = 0.5;
  out.push_back(std::move(r));
  return true;
}

}  // namespace detail
}  // namespace quoteattr

namespace quoteattr {
namespace detail {

// ---------------------------------------------------------------- from the parse
// The order in a sentence (find()): the scan; then the parse's subject for a scan report without
// one (parse_subjects); then "parse-clause" for each cue verb the scan did not read (parse_clauses).
// The scan goes first: where both read a cue, its extent and subject are right at least as often
// (docs/attribution.md has the measurement).
// "parse-clause": for a cue verb the scan did not read (neither a cue of its reports nor inside
// their contents), the dependency parse of the
// Document (Token::head, Token::relation; docs/parser.md) gives a report: a cue verb of the profile
// (one of its one-word forms, tagged as a verb, outside direct quotes) with a nominal subject
// and
//   - a clausal complement (ccomp) when the cue takes a that- or zero-clause: "officials say the
//     bridge will reopen", "the group, in a statement on Monday, said talks would resume";
//   - an open complement with "to" (xcomp) when the cue takes the "to" frame: "urged X to ...";
//   - the clause it stands in as parataxis ("The plan will fail, the senator said"): the
//     clause before the cue;
//   - the clause its "as" clause modifies ("As Secretary Lund noted, the talks will resume").
// The content is the complement's subtree (a projective tree: a contiguous span) without
// trailing punctuation, cut at a content stop of the profile; it must hold a verb and lie
// outside direct quotes; the subject is the noun phrase of the subject's head. The cue must be
// active (no passive "was told"). Sentences longer than kParseMaxTokens are skipped: the
// subtree spans cost O(n * depth).
namespace {
constexpr double kParseClauseConfidence = 0.55;  // docs/attribution.md: below every hand rule but the continuation
constexpr std::size_t kParseMaxTokens = 150;

// The subject tokens [first, end) of subject head `subj` (sentence from token f) whose subtree is
// [lo, hi]: the subtree from its first word that is no connective up to the first punctuation or
// wh-word after the head ("Chairman Ed Royce
// and Rep. Eliot Engel", a joint subject; "the minister" of "the minister, who ...").
std::pair<std::size_t, std::size_t> subject_tokens(const std::vector<quoteattr::Token>& tk, std::size_t f,
                                                   std::size_t subj, std::size_t lo, std::size_t hi) {
  std::size_t sb = f + lo;
  // Not a clause's connective that the parse left on the subject's edge (", while X announced").
  while (sb < f + subj &&
         (is_punct(tk[sb].tag) || tk[sb].relation == Relation::kMark || tk[sb].relation == Relation::kCc))
    ++sb;
  std::size_t se = sb;
  while (se < f + hi + 1 &&
         (se <= f + subj || (!is_punct(tk[se].tag) && tk[se].tag != Tag::WDT && tk[se].tag != Tag::WP)))
    ++se;
  return {sb, se};
}

bool overlaps_any(const std::vector<Span>& spans, std::size_t b, std::size_t e) {
  auto it = std::lower_bound(spans.begin(), spans.end(), b, [](const Span& q, std::size_t x) { return q.end <= x; });
  return it != spans.end() && it->begin < e;
}
}  // namespace

void ReportedSpeechFinderImpl::parse_clauses(const Document& doc, const Sentence& s, const std::vector<Span>& quoted,
                                             std::vector<ReportedSpeech>& out, std::size_t first) const {
  const std::size_t f = s.first_token, n = s.end_token - s.first_token;
  if (!s.parsed || n < 4 || n > kParseMaxTokens) return;
  // The scan's reports of this sentence (out[first, end)): their cues and contents are taken.
  std::vector<Span> taken;
  for (std::size_t k = first; k < out.size(); ++k) {
    taken.push_back(out[k].content);
    if (!out[k].cue.empty()) taken.push_back(out[k].cue);
  }
  const auto free_of_scan = [&](std::size_t b, std::size_t e) {
    for (const Span& sp : taken)
      if (sp.begin < e && b < sp.end) return false;
    return true;
  };
  // The cue of token v when it is a candidate (below), or null. The parse is asked for only when
  // the sentence has a candidate.
  const auto cue_of = [&](std::size_t v) -> const Cue* {
    const quoteattr::Token& t = doc.tokens()[f + v];
    if (!is_verb(t.tag) || overlaps_any(quoted, t.span.begin, t.span.end)) return nullptr;
    const auto form = forms_.find(std::string(t.lower));
    if (form == forms_.end()) return nullptr;
    const Form* one = nullptr;
    for (const Form& fm : form->second)
      if (fm.words.size() == 1) one = &fm;
    if (!one || !free_of_scan(t.span.begin, t.span.end)) return nullptr;
    const Cue& cue = cues_[one->cue];
    return cue.view_only || cue.light_noun_only ? nullptr : &cue;  // their clauses need the scan's checks
  };
  std::size_t first_cue = 0;
  while (first_cue < n && !cue_of(first_cue)) ++first_cue;
  if (first_cue == n) return;
  // The content holds a verb other than the cue, outside direct quotes (checked below): without
  // two verbs outside quotes, no parse is needed.
  std::size_t verbs = 0;
  for (std::size_t k = 0; k < n && verbs < 2; ++k) {
    const quoteattr::Token& t = doc.tokens()[f + k];
    if ((is_verb(t.tag) || t.tag == Tag::MD) && !overlaps_any(quoted, t.span.begin, t.span.end)) ++verbs;
  }
  if (verbs < 2) return;
  const std::vector<quoteattr::Token>& tk = doc.parse(doc.tokens()[f].sentence);
  // Subtree spans [lo, hi] of every token (sentence-local), by walking up from each token.
  std::vector<std::size_t> lo(n), hi(n);
  for (std::size_t i = 0; i < n; ++i) lo[i] = hi[i] = i;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t h = tk[f + i].head, steps = 0; h != kNoParent && steps < n; h = tk[h].head, ++steps) {
      const std::size_t k = h - f;
      lo[k] = std::min(lo[k], i);
      hi[k] = std::max(hi[k], i);
    }
  const auto child = [&](std::size_t v, Relation r) -> std::size_t {  // first child with relation r, or n
    for (std::size_t c = 0; c < n; ++c)
      if (tk[f + c].head == f + v && tk[f + c].relation == r) return c;
    return n;
  };
  for (std::size_t v = first_cue; v < n; ++v) {
    const Cue* const cue_ptr = cue_of(v);
    if (!cue_ptr) continue;
    const Cue& cue = *cue_ptr;
    const quoteattr::Token& t = tk[f + v];
    // Passive ("was told", "is said to"): the subject is no speaker.
    bool passive = false;
    for (std::size_t c = 0; c < n && !passive; ++c)
      passive = tk[f + c].head == f + v && tk[f + c].relation == Relation::kAux && t.tag == Tag::VBN &&
                lex_.is(WordClass::kBeForms, std::string(tk[f + c].lower));
    // Negated speech ("did not say whether", "isn't saying") reports nothing.
    bool negated = false;
    for (std::size_t c = 0; c < n && !negated; ++c)
      negated = tk[f + c].head == f + v && lex_.is(WordClass::kNegators, std::string(tk[f + c].lower));
    // A modal of possibility ("may announce", "might say") makes a speech act that may happen.
    for (std::size_t c = 0; c < n && !negated; ++c)
      negated = tk[f + c].head == f + v && tk[f + c].relation == Relation::kAux &&
                lex_.is(WordClass::kPossibilityModals, std::string(tk[f + c].lower));
    // "Varga, asked whether the pool would open, said …": a participle set off by commas after a
    // noun, whose clause ends at a comma before a finite verb, is a reduced passive: the noun is the
    // one addressed, and the subject of that verb.
    if (!passive && v >= 2 && (t.tag == Tag::VBN || t.tag == Tag::VBD) && tk[f + v - 1].tag == Tag::COMMA &&
        is_noun(tk[f + v - 2].tag)) {
      std::size_t k = v + 1;
      while (k + 1 < n && tk[f + k].tag != Tag::COMMA) ++k;
      const Tag g = k + 1 < n ? tk[f + k + 1].tag : Tag::NN;
      passive = k + 1 < n && (g == Tag::VBD || g == Tag::VBZ || g == Tag::VBP);
    }
    if (passive || negated) continue;
    std::size_t subj = child(v, Relation::kNsubj);
    // "Lee began the talks acknowledging the hardships …": a participle with no subject of its own,
    // an adverbial clause of the verb before it, is said by that verb's subject ("opened the
    // meeting acknowledging …", the participle a modifier of the noun, is no report).
    const bool participle = subj == n && t.tag == Tag::VBG && t.relation == Relation::kAdvcl && t.head != kNoParent &&
                            t.head < f + v && is_verb(tk[t.head].tag);
    if (participle) subj = child(t.head - f, Relation::kNsubj);
    // A speaker's report of their own words ("I have said that ...") is not annotated.
    if (subj == n || lex_.is(WordClass::kSelfPronouns, std::string(tk[f + subj].lower))) continue;
    std::size_t cb = n, ce = n;  // content [cb, ce)
    const char* rule = "parse-clause";
    const std::size_t comp = child(v, Relation::kCcomp);
    const std::size_t open = child(v, Relation::kXcomp);
    // A cue before a colon leads a quotation (the direct finder's job): "he said: ...".
    const bool colon = v + 1 < n && tk[f + v + 1].lower == ":";
    if (colon) continue;
    if (comp < n && (cue.that || cue.zero)) {
      cb = lo[comp];
      ce = hi[comp] + 1;
      // A complement before its cue ("The talks will resume, he said."): only when the reporting
      // clause ends the sentence.
      if (comp < v && hi[v] + 1 < n && tk[f + hi[v] + 1].tag != Tag::PERIOD) continue;
    } else if (open < n && cue.to && open > v) {
      const std::size_t mark = child(open, Relation::kMark);
      if (mark < n && tk[f + mark].lower == lex_.word(WordRole::kInfinitiveMarker)) {
        cb = lo[open];
        ce = hi[open] + 1;
      }
    } else if (const std::size_t obj = child(v, Relation::kObj);
               participle && cue.object && obj < n && (tk[f + obj].tag == Tag::NN || tk[f + obj].tag == Tag::NNS)) {
      // The participle's object ("acknowledging the hardships the crews have faced").
      cb = lo[obj];
      ce = hi[obj] + 1;
      rule = "parse-participle";
    } else if (t.relation == Relation::kParataxis && t.head != kNoParent && t.head < f + v && (cue.that || cue.zero) &&
               lo[subj] > t.head - f) {
      // "The plan will fail, the senator said.": the clause before the reporting clause, which
      // ends the sentence (no colon after it: "..., he said:" leads a quotation); the content is
      // a clause with its own subject.
      const std::size_t h = t.head - f;
      const std::size_t after = hi[v] + 1;
      const bool ends = after >= n || tk[f + after].tag == Tag::PERIOD;
      if (ends && (is_verb(tk[f + h].tag) || child(h, Relation::kCop) < n) && child(h, Relation::kNsubj) < n) {
        cb = lo[h];
        ce = std::min(lo[v], lo[subj]);
      }
    }
    // "As Secretary Lund noted on Monday, the talks will resume": an "as" clause of the cue
    // before the clause it modifies (advcl): that clause, after the cue's own subtree.
    if (cb == n && t.relation == Relation::kAdvcl && t.head != kNoParent && t.head > f + hi[v] &&
        (cue.that || cue.zero)) {
      const std::size_t mark = child(v, Relation::kMark);
      const std::size_t h = t.head - f;
      if (mark < n && tk[f + mark].lower == lex_.word(WordRole::kPredicativeAs) && mark == lo[v] &&
          child(h, Relation::kNsubj) < n) {
        cb = hi[v] + 1;
        while (cb < n && is_punct(tk[f + cb].tag)) ++cb;
        ce = hi[h] + 1;
      }
    }
    if (cb >= ce || (cb <= v && v < ce)) continue;
    // Cut at a content stop ("while ...", "at a time when ..."): the writer's own continuation.
    for (std::size_t k = cb + 1; k < ce; ++k) {
      const auto stop = stops_.find(std::string(tk[f + k].lower));
      if (stop == stops_.end()) continue;
      bool hit = false;
      for (const auto& words : stop->second) {
        bool ok = k + words.size() <= ce;
        for (std::size_t w = 1; ok && w < words.size(); ++w) ok = tk[f + k + w].lower == words[w];
        hit = hit || ok;
      }
      if (hit) {
        ce = k;
        break;
      }
    }
    while (ce > cb && (is_punct(tk[f + ce - 1].tag) || tk[f + ce - 1].tag == Tag::CC)) --ce;
    // A verb, and no first- or second-person word (a clause in the first person is the speaker's
    // own words with the marks lost: verbatim, not reported).
    bool verb = false, person = false;
    for (std::size_t k = cb; k < ce; ++k) {
      verb = verb || is_verb(tk[f + k].tag) || tk[f + k].tag == Tag::MD;
      const std::string w(tk[f + k].lower);
      person = person || lex_.is(WordClass::kFirstPerson, w) || lex_.is(WordClass::kSecondPerson, w);
    }
    if ((!verb && std::string_view(rule) != "parse-participle") || person || ce - cb < 3) continue;
    const std::size_t b = tk[f + cb].span.begin, e = tk[f + ce - 1].span.end;
    if (overlaps_any(quoted, b, e) || !free_of_scan(b, e)) continue;
    // The subject (subject_tokens), not an upper-case dateline ("WASHINGTON, Sept. 21 - ...").
    if (lo[subj] == 0 && tk[f].shape == Shape::kUpper) continue;
    const auto [sb, se] = subject_tokens(tk, f, subj, lo[subj], hi[subj]);
    if (overlaps_any(quoted, tk[sb].span.begin, tk[se - 1].span.end)) continue;
    ReportedSpeech r;
    r.content = {b, e};
    r.kind = QuoteKind::kIndirect;
    r.cue = t.span;
    r.subject = {tk[sb].span.begin, tk[se - 1].span.end};
    r.rule = rule;
    r.confidence = kParseClauseConfidence;
    out.push_back(std::move(r));
  }
}

// A report of the scan without a subject ("…, the ministry of the country said" read as no
// subject): the nominal subject of its cue in the parse, as parse_clauses reads it.
void ReportedSpeechFinderImpl::parse_subjects(const Document& doc, const Sentence& s, const std::vector<Span>& quoted,
                                              std::vector<ReportedSpeech>& out, std::size_t first) const {
  const std::size_t f = s.first_token, n = s.end_token - s.first_token;
  if (!s.parsed || n > kParseMaxTokens) return;
  const std::vector<quoteattr::Token>& tk = doc.tokens();
  for (std::size_t k = first; k < out.size(); ++k) {
    ReportedSpeech& r = out[k];
    if (r.continuation || !r.subject.empty() || r.cue.empty()) continue;
    const std::size_t v = doc.token_at_or_after(r.cue.begin);
    if (v < f || v >= f + n || !is_verb(tk[v].tag)) continue;
    doc.parse(tk[v].sentence);  // the parse, for the heads below
    std::size_t subj = n;
    for (std::size_t c = 0; c < n && subj == n; ++c)
      if (tk[f + c].head == v && tk[f + c].relation == Relation::kNsubj) subj = c;
    if (subj == n || (subj == 0 && tk[f].shape == Shape::kUpper)) continue;
    if (lex_.is(WordClass::kSelfPronouns, std::string(tk[f + subj].lower))) continue;
    std::size_t lo = subj, hi = subj;  // the subject's subtree
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t h = tk[f + i].head, steps = 0; h != kNoParent && steps < n; h = tk[h].head, ++steps)
        if (h == f + subj) {
          lo = std::min(lo, i);
          hi = std::max(hi, i);
          break;
        }
    const auto [sb, se] = subject_tokens(tk, f, subj, lo, hi);
    if (overlaps_any(quoted, tk[sb].span.begin, tk[se - 1].span.end)) continue;
    // "Participants were specifically informed that …": a passive's subject is the addressee.
    if (tk[v].tag == Tag::VBN) {
      std::size_t p = v;
      while (p > f && is_adverb(tk[p - 1].tag)) --p;
      if (p > f && lex_.is(WordClass::kBeForms, std::string(tk[p - 1].lower))) continue;
    }
    if (tk[sb].span.begin < r.content.end && r.content.begin < tk[se - 1].span.end) continue;
    r.subject = {tk[sb].span.begin, tk[se - 1].span.end};
  }
}

namespace {
// Drops the reports whose cue stands inside the marks of a quote that is no speech (a term: a
// title, a name, a document's wording): "a resolution “reaffirming a strong commitment to …”"
// quotes the resolution's text, and its verb reports no one's words.
void drop_cues_inside_terms(const std::vector<DirectQuote>& quotes, std::vector<ReportedSpeech>& out) {
  std::vector<Span> terms;  // top-level terms between their marks: disjoint, sorted
  for (const DirectQuote& q : quotes)
    if (q.depth == 0 && q.kind == QuoteKind::kTerm && !q.open_mark.empty() && !q.close_mark.empty())
      terms.push_back({q.open_mark.end, q.close_mark.begin});
  if (terms.empty()) return;
  std::sort(terms.begin(), terms.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  auto inside = [&](const ReportedSpeech& r) {
    if (r.cue.empty()) return false;
    auto it = std::upper_bound(terms.begin(), terms.end(), r.cue.begin,
                               [](std::size_t pos, const Span& t) { return pos < t.begin; });
    return it != terms.begin() && r.cue.end <= (it - 1)->end;
  };
  out.erase(std::remove_if(out.begin(), out.end(), inside), out.end());
}
}  // namespace

std::vector<ReportedSpeech> ReportedSpeechFinderImpl::find(const Document& doc,
                                                           const std::vector<DirectQuote>& quotes) const {
  // Units: the Document's sentences, as the splitter decided them.
  std::vector<ReportedSpeech> out;
  Scan scan(*this, doc, quotes);
  // The direct quotes with marks (their marks included), for parse_clauses.
  std::vector<Span> all, quoted;
  for (const DirectQuote& q : quotes)
    if (q.depth == 0 && is_speech_quote(q))
      all.push_back({std::min(q.open_mark.begin, q.content.begin), std::max(q.close_mark.end, q.content.end)});
  std::sort(all.begin(), all.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (const Span& q : all) {  // merged into disjoint spans, for the binary search
    if (!quoted.empty() && q.begin < quoted.back().end)
      quoted.back().end = std::max(quoted.back().end, q.end);
    else
      quoted.push_back(q);
  }
  for (const Sentence& s : doc.sentences()) {
    const Unit u{s.span.begin, s.span.end, s.paragraph,
                 s.paragraph < doc.paragraphs().size() ? doc.paragraphs()[s.paragraph].span.end : s.span.end};
    const std::size_t before = out.size();
    scan.unit(u, tokens_of(doc, s, lex_), out);
    parse_subjects(doc, s, quoted, out, before);
    parse_clauses(doc, s, quoted, out, before);
  }
  drop_cues_inside_terms(quotes, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const ReportedSpeech& a, const ReportedSpeech& b) { return a.content.begin < b.content.begin; });
  return out;
}

ReportedSpeechFinder::ReportedSpeechFinder(const Profile& profile, const Lexicon& lexicon)
    : impl_(std::make_shared<ReportedSpeechFinderImpl>(profile, lexicon)) {}
ReportedSpeechFinder::~ReportedSpeechFinder() = default;

std::vector<ReportedSpeech> ReportedSpeechFinder::find(const Document& doc,
                                                       const std::vector<DirectQuote>& quotes) const {
  return impl_->find(doc, quotes);
}

}  // namespace detail
}  // namespace quoteattr
