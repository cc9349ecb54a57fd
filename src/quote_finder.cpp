// Direct quotation finding.
//
// One pass over each paragraph balances the marks (the only mechanism that
// decides which mark pairs with which):
//   1. every quote character gets a role from its glyph and its neighbours
//      (classify_mark in quote_marks.cpp): open, close, either, ignore;
//   2. a stack of open marks per paragraph: a closer pops the nearest opener of
//      its family (openers above it were apostrophes or debris and are
//      dropped); an opener of a family already open ends the earlier quote
//      just before it (kUnclosed); a closer with an empty stack starts an
//      unopened quote (kUnopened); at the paragraph end what is still open runs
//      to the end of the paragraph (kUnclosed) and may be continued by the next
//      paragraph when that one starts with a mark of the same family.
// Single-quote marks never open or close a quotation without a partner: alone
// they are apostrophes (Jones', '90s). A quotation whose marks around its own
// attribution were left out (“A, said NAME, TITLE. B.”) is split in two there
// (wrapped_attribution).
// Quotes without marks are recovered afterwards, only in text that no quote
// covers: transcript turns (and the questions and answers of an interview written
// up without labels), "VERB: words", unmarked verbatim clauses (and paragraphs
// opened by a dialogue dash), block quotations after a lead paragraph ending in a
// colon, and a paragraph without marks between one left open and one closed
// without an opening mark. A document
// with no double mark at all whose first pass found first-person verbatim
// clauses lost its marks: a second pass over its paragraphs takes its
// present-tense clauses with trailing attributions as quotes too.
// Everything is one forward pass per paragraph with moving cursors; the only
// searches are binary searches over the sentences, so work is O(n log n) at
// worst and linear in practice.
#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "quote_marks.hpp"
#include "quoteattr/document.hpp"
#include "quoteattr/quotes.hpp"
#include "quoteattr/sentences.hpp"
#include "text_util.hpp"
#include "tokenizer.hpp"

namespace quoteattr {

const char* to_string(QuoteKind kind) noexcept {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kIndirect:
      return "indirect";
    case QuoteKind::kMixed:
      return "mixed";
    case QuoteKind::kTerm:
      return "term";
  }
  return "direct";
}

const char* to_string(Recovery r) noexcept {
  switch (r) {
    case Recovery::kNone:
      return "none";
    case Recovery::kUnclosed:
      return "unclosed";
    case Recovery::kUnopened:
      return "unopened";
    case Recovery::kColon:
      return "colon";
    case Recovery::kTranscript:
      return "transcript";
    case Recovery::kUnmarked:
      return "unmarked";
  }
  return "none";
}

namespace detail {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// Built-in English speech verbs: the language pack's speech_verb_bases expand
// to -s, -ed, -ing; its speech_verb_forms are taken as they are.
void add_inflections(std::vector<std::string>& out, std::string_view base) {
  const std::string b(base);
  const bool e = b.back() == 'e';
  const std::string stem = e ? b.substr(0, b.size() - 1) : b;
  const bool sibilant = b.back() == 's' || (b.size() > 1 && b.compare(b.size() - 2, 2, "sh") == 0);
  out.push_back(b);
  out.push_back(sibilant ? b + "es" : b + "s");
  out.push_back(stem + "ed");
  out.push_back(stem + "ing");
  if (b.size() > 3 && b.compare(b.size() - 2, 2, "it") == 0) {  // admit: admitted, admitting
    out.push_back(b + "ted");
    out.push_back(b + "ting");
  }
}

}  // namespace

class QuoteFinderImpl {
 public:
  QuoteFinderImpl(QuoteFinderOptions o, Lexicon lex) : options(std::move(o)), lexicon(std::move(lex)) {
    if (options.speech_verbs.empty()) {
      for (const std::string& v : lexicon.words(WordClass::kSpeechVerbBases)) add_inflections(speech_verbs, v);
      for (const std::string& v : lexicon.words(WordClass::kSpeechVerbForms)) speech_verbs.emplace_back(v);
    } else {
      for (const std::string& v : options.speech_verbs) {
        char buf[64];
        std::string_view w = ascii_lower(v, buf, sizeof buf);
        speech_verbs.emplace_back(w.empty() ? std::string_view(v) : w);
      }
    }
    std::sort(speech_verbs.begin(), speech_verbs.end());
    speech_verbs.erase(std::unique(speech_verbs.begin(), speech_verbs.end()), speech_verbs.end());
    // The speech verbs of a block quotation's lead: those above and the pack's built-in ones.
    report_verbs = speech_verbs;
    for (const std::string& v : lexicon.words(WordClass::kSpeechVerbBases)) add_inflections(report_verbs, v);
    for (const std::string& v : lexicon.words(WordClass::kSpeechVerbForms)) report_verbs.emplace_back(v);
    std::sort(report_verbs.begin(), report_verbs.end());
    report_verbs.erase(std::unique(report_verbs.begin(), report_verbs.end()), report_verbs.end());
    cue_forms = speech_verbs;
    for (const std::string& v : options.cue_forms) cue_forms.push_back(fold_word(v));
    std::sort(cue_forms.begin(), cue_forms.end());
    cue_forms.erase(std::unique(cue_forms.begin(), cue_forms.end()), cue_forms.end());
    // Title words of speaker labels, word by word ("prime minister": prime, minister), less the
    // small words of Title Case ("secretary of state": of).
    for (const std::string& t : lexicon.words(WordClass::kAbbrevPersonTitles)) title_words.push_back(t);
    for (const std::string& t : options.title_words) {
      for (std::size_t i = 0; i < t.size();) {
        std::size_t j = t.find(' ', i);
        if (j == std::string::npos) j = t.size();
        std::string w = fold_word(std::string_view(t).substr(i, j - i));
        if (!w.empty() && !lexicon.is(WordClass::kTitleSmallWords, w)) title_words.push_back(std::move(w));
        i = j + 1;
      }
    }
    std::sort(title_words.begin(), title_words.end());
    title_words.erase(std::unique(title_words.begin(), title_words.end()), title_words.end());
  }

  // A word of the text that is a speech verb, in any case ("Says" in a Title Case headline).
  bool is_speech_verb_any_case(std::string_view w) const {
    return std::binary_search(speech_verbs.begin(), speech_verbs.end(), fold_word(w));
  }
  // A word of the text that is a speech verb of a block quotation's lead, in any case.
  bool is_report_verb_any_case(std::string_view w) const {
    return std::binary_search(report_verbs.begin(), report_verbs.end(), fold_word(w));
  }
  // A word of the text that is a title word of speaker labels, in any case, with or without
  // its period ("Mr.", "President").
  bool is_title_word(std::string_view w) const {
    std::string f = fold_word(w);
    if (!f.empty() && f.back() == '.') f.pop_back();
    return std::binary_search(title_words.begin(), title_words.end(), f);
  }

  // A lower-case word of the text that is a speech verb.
  bool is_speech_verb(std::string_view text, std::size_t b, std::size_t e) const {
    return lower_word_in(speech_verbs, text, b, e);
  }
  // A lower-case word of the text that is a speech verb of a block quotation's lead.
  bool is_report_verb(std::string_view text, std::size_t b, std::size_t e) const {
    return lower_word_in(report_verbs, text, b, e);
  }
  // A lower-case word of the text that is a form of a report cue (cue_forms).
  bool is_cue_form(std::string_view text, std::size_t b, std::size_t e) const {
    return lower_word_in(cue_forms, text, b, e);
  }
  // A lower-case word of the text that is a verb of a block quotation's lead: a speech verb, or
  // one of the pack's block_lead_verbs ("provided some context:").
  bool is_lead_verb(std::string_view text, std::size_t b, std::size_t e) const {
    char buf[32];
    return is_report_verb(text, b, e) ||
           (is_lower(cp_at(text, b)) &&
            lexicon.is(WordClass::kBlockLeadVerbs, ascii_lower(text.substr(b, e - b), buf, sizeof buf)));
  }
  static bool lower_word_in(const std::vector<std::string>& sorted, std::string_view text, std::size_t b,
                            std::size_t e) {
    if (b >= e || !is_lower(cp_at(text, b))) return false;
    char buf[32];
    std::string_view w = ascii_lower(text.substr(b, e - b), buf, sizeof buf);
    return !w.empty() && std::binary_search(sorted.begin(), sorted.end(), w,
                                            [](std::string_view x, std::string_view y) { return x < y; });
  }

  QuoteFinderOptions options;
  Lexicon lexicon;                        // closed word classes
  std::vector<std::string> speech_verbs;  // sorted, lower case
  std::vector<std::string> cue_forms;     // sorted, lower case: every report cue's form and the speech verbs
  std::vector<std::string> report_verbs;  // sorted, lower case: speech verbs and the pack's
  std::vector<std::string> title_words;   // sorted, folded: title words of speaker labels
};

namespace {

struct OpenMark {
  std::size_t begin, end;
  MarkFamily family;
  int continues;
};

// What one clause (a sentence, or part of one after ". lower-case") says
// about itself, from one scan of its words.
struct ClauseInfo {
  Span span;
  bool opens_first_person = false;  // "We ...", "I'm ...", "Our ..."
  bool opens_present = false;       // "This is ...", "It's ...", "There are ..."
  bool first_or_second_person = false;
  std::size_t self_person = std::string_view::npos;  // where its first "I", "we" or "you" is
  bool present = false;                              // a finite verb of the present or the future ("is", "will")
  Span person_cue;                                   // speech verb after a third-person subject ("Blinken posted")
  Span leading_cue;                                  // speech verb among the first three words ("and reiterated:")
  Span tail_cue;                   // speech verb of a trailing attribution (", he added.", ", said Kerry")
  std::size_t tail_comma = kNpos;  // the comma before that attribution
  // "noting that In the final agreement, we ...": a capitalised sentence opener right after
  // "VERB that" where an opening mark was lost; the verb in lost_cue.
  std::size_t lost_open = kNpos;
  Span lost_cue;
  bool first_person_after_open = false;
  bool covered = false;

  // "I", "we" or "you" in the words before a trailing attribution (all words when none).
  bool verbatim_person() const { return self_person < (tail_cue.empty() ? span.end : tail_comma); }
  bool has_self_person() const { return self_person != std::string_view::npos; }
};

// Per-call state of QuoteFinder::find.
class Run {
 public:
  // `tokens`: the token spans of the text (the Document's, or the one tokenizer's
  // on each sentence), sorted; the stage reads its words from them.
  Run(const QuoteFinderImpl& impl, std::string_view text, const std::vector<Span>& paragraphs,
      const std::vector<Span>& sentences, std::vector<Span> tokens)
      : impl_(impl),
        opt_(impl.options),
        text_(text),
        paras_(paragraphs),
        sents_(sentences),
        tokens_(std::move(tokens)) {
    words_.reserve(tokens_.size());
    for (const Span& t : tokens_)
      if (is_word_token(t.in(text_))) words_.push_back(t);
  }

  std::vector<DirectQuote> run();

 private:
  // Transcripts.
  struct Label {
    std::size_t end = 0;         // the byte after the colon; 0: no label
    std::size_t name_begin = 0;  // where the name starts: the paragraph's start, or inside brackets
    std::size_t name_end = 0;    // the end of the name, before a stage direction and the colon
    bool upper = false;          // SECRETARY BLINKEN
    bool speaker = false;        // a name-case speaker label (title words and a name)
    bool name = false;           // a bare personal name in name case (Anna Berg)
    bool section = false;        // a page's section or furniture label ("Editor's note:"), no turn
    bool hearing = false;        // a hearing record's "Mr. ROE." label
    bool weak = false;           // "Q Thank you" (no colon): a turn, but no evidence of a transcript
    bool dash = false;           // "NOVAK - text", "Jan Novak — text": read only when such labels repeat
  };
  Label label_end(Span p) const;
  Label question_label(Span p, char letter = 'Q') const;
  std::size_t skip_time_stamp(std::size_t i, std::size_t end) const;
  Span interviewee(const std::vector<Label>& labels) const;
  Span headline_interviewee(const std::vector<Label>& labels) const;
  Span interview_note_label(Span p) const;
  Label hearing_label(Span p) const;
  Label dash_label(Span p) const;
  void keep_dash_labels(std::vector<Label>& labels) const;
  void drop_list_items(std::vector<Label>& labels) const;
  bool role_with_name(const std::vector<Span>& words, Span note, Span after) const;
  bool section_label(Span p, std::size_t colon) const;
  std::size_t trim_stage_direction_back(std::size_t begin, std::size_t end) const;
  bool speaker_label(const std::vector<Span>& words, Span after) const;
  bool upper_speaker_label(const std::vector<Span>& words) const;
  bool name_label(const std::vector<Span>& words, Span label, Span after) const;
  bool introduces_transcript(std::size_t pi) const;
  bool role_after_comma(std::string_view label) const;
  bool title_case_headline(Span s) const;
  bool has_lower(Span s) const;
  bool is_transcript(const std::vector<Label>& labels) const;
  std::size_t caption_turn(Span p) const;
  Span called_on(std::size_t pi, std::size_t from) const;
  std::size_t skip_stage_directions(std::size_t i, std::size_t end) const;
  int sound_bite_marker(Span p, Span& name) const;
  std::vector<Span> sound_bites() const;
  // Marks.
  void scan_marks(std::size_t pi, std::size_t begin, std::size_t end);
  OpenMark pop_family(MarkFamily family);
  bool nests(MarkFamily family, std::size_t at) const;
  bool short_inner_quote(MarkFamily family, std::size_t at) const;
  bool next_opens_single(std::size_t pi) const;
  int& open_count(MarkFamily f) { return open_count_[static_cast<std::size_t>(f)]; }
  void emit_marked(const OpenMark& o, Span close, std::size_t content_end, Recovery r);
  std::size_t wrapped_attribution(Span content, std::size_t& rest) const;
  std::size_t unopened_start(std::size_t begin, std::size_t close);
  // Recovery without marks.
  std::vector<Span> covered(std::size_t first_quote, std::size_t last_quote) const;
  void recover_colon(std::size_t pi, std::size_t first_quote);
  void recover_spoken(std::size_t pi, std::size_t first_quote);
  std::vector<ClauseInfo> clauses_of(Span p, const std::vector<Span>& cov) const;
  bool recover_unmarked(std::size_t pi, const std::vector<Span>& cov, bool lost_marks);
  bool recover_block(std::size_t pi, std::size_t first_quote);
  bool other_language(Span p) const;
  bool prose(Span p) const;
  std::size_t dialogue_dash(Span p) const;
  Span lead_final_word(Span lead, std::size_t colon) const;
  bool announces_full_text(Span s) const;
  ClauseInfo clause_info(Span c) const;
  void opening(ClauseInfo& info, std::size_t wb, std::size_t we, std::size_t end) const;
  // Terms and the final order.
  bool sentence_has_speech_verb(std::size_t si);
  // Whether sentence si has a speech verb that no determiner or demonstrative precedes ("that states
  // budget": a noun).
  bool speech_verb_outside_np(std::size_t si) const;
  bool looks_like_term(const DirectQuote& q);
  bool charge_phrase(const DirectQuote& q) const;
  bool in_noun_phrase(const DirectQuote& q, std::size_t floor) const;
  bool pronoun(std::string_view w) const;
  bool quotes_self(const DirectQuote& q) const;
  bool echoes_title(const std::vector<DirectQuote>& result, std::size_t k) const;
  bool named_by_apposition(const DirectQuote& q) const;
  bool named_by_subject(const DirectQuote& q) const;
  bool after_be_form(const DirectQuote& q, std::size_t floor, std::size_t& at) const;
  bool inner_predicate_phrase(const DirectQuote& q, std::size_t parent_begin) const;
  bool stacked_modifiers(const DirectQuote& q, std::size_t floor) const;
  bool coordinated_term(const std::vector<DirectQuote>& result, std::size_t k) const;
  bool headline(Span p) const;
  bool title_line(Span p) const;
  bool dash_between(std::size_t b, std::size_t e) const;
  bool headline_speaker(Span p, std::size_t pos) const;
  bool headline_speech(Span p) const;
  bool after_common_noun(std::size_t pos, std::size_t floor) const;
  std::size_t sentence_at(std::size_t pos) const;
  int emit(DirectQuote q);
  // A transcript turn or sound-bite paragraph `content` labelled `cue`, continuing quote `continues`.
  // A quotation without marks (a transcript turn, an unmarked verbatim sentence): its marks are
  // empty spans at its ends.
  int emit_markless(Span content, Span cue, Recovery how, int continues = -1);
  bool has_double_marks() const;
  // A text whose title gives it to one speaker ("Remarks by Ambassador Anna Berg at ...") or an
  // interview whose title names both parties ("Ambassador Berg's Interview to the Star").
  struct TitleSpeaker {
    Span name;         // the speaker's title words and name in the title; empty: none
    Span surname;      // the name's last word
    Span interviewer;  // an interview title's other party
    bool interview = false;
    std::size_t body = kNpos;   // a heading that runs into its words on one line: where they begin
    std::size_t paragraph = 0;  // the title's paragraph: the first, or a heading line under it
    bool byline = false;        // a line of a title and a name alone, under a headline
  };
  TitleSpeaker title_speaker() const;
  TitleSpeaker title_speaker(std::size_t pi) const;
  TitleSpeaker run_on_heading(std::size_t pi) const;
  TitleSpeaker byline(std::size_t pi) const;
  TitleSpeaker lead_speaker() const;
  bool self_named(std::size_t at, std::size_t floor) const;
  void quotes_under_title(const TitleSpeaker& t);
  Span title_name(const std::vector<Span>& words, std::size_t from, std::size_t to) const;
  std::vector<bool> titled_body(const TitleSpeaker& t, bool strict = false) const;
  std::vector<Span> titled_sections() const;
  std::size_t trim_ellipsis_back(std::size_t begin, std::size_t end) const;
  bool reported_news(Span p) const;
  bool person_outside_marks(Span p, bool second) const;
  void count_voice(Span p, std::size_t& first, std::size_t& person) const;
  std::vector<signed char> interview_turns(const TitleSpeaker& t) const;
  bool bridges(std::size_t pi) const;
  std::vector<DirectQuote> finish();

  const QuoteFinderImpl& impl_;
  // Membership in a closed word class of the language pack.
  bool is(WordClass c, std::string_view w) const { return impl_.lexicon.is(c, w); }
  // The word of a grammatical role of the language pack ("that", "to", "by").
  const std::string& role_word(WordRole r) const { return impl_.lexicon.word(r); }
  const QuoteFinderOptions& opt_;
  std::string_view text_;
  const std::vector<Span>& paras_;
  const std::vector<Span>& sents_;
  std::vector<DirectQuote> out_;
  std::size_t pi_ = 0;
  // Marks state of the current paragraph.
  std::vector<OpenMark> stack_;
  std::array<int, kMarkFamilies> open_count_{};
  std::size_t last_end_ = 0;  // end of the last quote found in the paragraph
  bool paragraph_has_quote_ = false;
  std::size_t sent_cursor_ = 0;  // first sentence not yet read for narration
  // The previous paragraph's quote still open at its end, and its family.
  int carry_ = -1;
  MarkFamily carry_family_ = MarkFamily::kDouble;
  std::vector<signed char> sentence_speech_;  // cache: -1 unknown, 0/1
  // The block quotation running over the paragraphs after its lead: its last quote (-1: none),
  // that quote's paragraph and cue, and whether that paragraph is in another language.
  int block_ = -1;
  std::size_t block_para_ = 0;
  Span block_cue_;
  bool block_other_language_ = false;
  bool block_full_text_ = false;
  bool marked_ = false;       // the text has a double quotation mark
  std::vector<Span> tokens_;  // every token, in order
  std::vector<Span> words_;   // the word tokens among them

  // The first word [wb, we) starting at or after byte i and ending by `end`; moves i past it.
  bool next_word(std::size_t& i, std::size_t end, std::size_t& wb, std::size_t& we) const {
    auto it =
        std::lower_bound(words_.begin(), words_.end(), i, [](const Span& w, std::size_t p) { return w.begin < p; });
    if (it == words_.end() || it->end > end) return false;
    wb = it->begin;
    we = it->end;
    i = we;
    return true;
  }
  // The word [wb, we) right before byte i (white space between), not starting before `floor`;
  // false when the token before i is punctuation or there is none.
  bool word_before(std::size_t i, std::size_t floor, std::size_t& wb, std::size_t& we) const {
    const std::size_t at = trim_space_back(text_, floor, i);
    auto it =
        std::upper_bound(tokens_.begin(), tokens_.end(), at, [](std::size_t p, const Span& t) { return p < t.end; });
    if (it == tokens_.begin()) return false;
    --it;
    if (it->end != at || it->begin < floor || !is_word_token(it->in(text_))) return false;
    wb = it->begin;
    we = it->end;
    return true;
  }
  // The token starting at byte i, if any (a clitic after a word: "It" "'s").
  std::string_view token_at(std::size_t i) const {
    auto it =
        std::lower_bound(tokens_.begin(), tokens_.end(), i, [](const Span& t, std::size_t p) { return t.begin < p; });
    return it != tokens_.end() && it->begin == i ? it->in(text_) : std::string_view();
  }
};

std::size_t Run::sentence_at(std::size_t pos) const {
  auto it =
      std::upper_bound(sents_.begin(), sents_.end(), pos, [](std::size_t p, const Span& s) { return p < s.begin; });
  return it == sents_.begin() ? 0 : static_cast<std::size_t>(it - sents_.begin()) - 1;
}

int Run::emit(DirectQuote q) {
  q.paragraph = pi_;
  if (!sents_.empty()) {
    q.first_sentence = sentence_at(q.content.begin);
    q.last_sentence = sentence_at(q.content.end > q.content.begin ? q.content.end - 1 : q.content.begin);
  }
  out_.push_back(q);
  return static_cast<int>(out_.size()) - 1;
}

// --- transcripts -----------------------------------------------------------

// A "NAME:" label at the start of p, or end == 0.
// A label is at most six words and 80 bytes of letters, digits and . - ' &,
// ending in a colon and a space. `upper` tells an upper-case label (SECRETARY BLINKEN)
// from a Title Case one (Mao Ning, The Paper; "of"/"the"/"and" may be lower). A speaker
// label in name case (see speaker_label) may be longer, up to twelve words and 120 bytes.
// A short parenthetical before the colon is a stage direction, not part of the name:
// "President of China Hu Jintao (retranslated):".
Run::Label Run::label_end(Span p) const {
  constexpr std::size_t kMaxBytes = 120, kMaxWords = 12, kMaxShortWords = 6, kMaxShortBytes = 80;
  constexpr std::size_t kMaxDirection = 60;
  Label out;
  std::vector<Span> words;
  // A caption's turn marker before the label (">> CHAIR BERG: ...").
  std::size_t start = caption_turn(p);
  if (start == kNpos) start = p.begin;
  // A broadcast transcript's timestamp before the label ("[01:00:00] ANNA BERG, ANCHOR: ...").
  if (start < p.end && (text_[start] == '[' || text_[start] == '(')) {
    const char closer = text_[start] == '[' ? ']' : ')';
    std::size_t k = start + 1;
    bool colon = false;
    while (k < p.end && k - start <= 12 && (is_digit(static_cast<unsigned char>(text_[k])) || text_[k] == ':')) {
      colon = colon || text_[k] == ':';
      ++k;
    }
    if (colon && k < p.end && text_[k] == closer && k + 1 < p.end && text_[k + 1] == ' ')
      start = skip_space(text_, k + 1, p.end);
  }
  // A live chat's time stamp before the label, without brackets ("1:56 Anna: ...", "10:02:15 Jan
  // Novak: ..."): hours, a colon and two digits (and seconds), a space, then a capital.
  start = skip_time_stamp(start, p.end);
  // "[Anna Berg]: ..." (a podcast's label): the name inside the brackets.
  const bool bracketed = start < p.end && text_[start] == '[';
  const std::size_t nb = bracketed ? start + 1 : start;
  out.name_begin = nb;
  std::size_t i = nb, letters = 0, lower = 0, digits = 0, lower_at_comma = 0;
  bool word_start = true, title = true;
  std::size_t name_end = kNpos, comma_words = kNpos;  // the words before the first comma
  Span note;                                          // the first note in brackets before the colon
  auto note_char = [&](std::size_t k) {
    const char32_t c = cp_at(text_, k);
    return is_alnum(c) || c == ' ' || c == '-' || c == ',' || c == '.' || c == ':' || c == '\'' || c == 0x2019 ||
           c == '&' || c == '/';
  };
  while (i < p.end && i - p.begin <= kMaxBytes) {
    const std::size_t wstart = i;
    std::size_t j = i;
    char32_t c = next_cp(text_, j);
    if (c == ']' && bracketed && name_end == kNpos && !words.empty()) {
      name_end = trim_space_back(text_, nb, i);
      i = skip_space(text_, j, p.end);
      if (i >= p.end || text_[i] != ':') return out;
      continue;
    }
    if ((c == '(' || c == '[') && !words.empty()) {
      // Notes before the colon, not part of the name: a stage direction "(retranslated)", "(via
      // interpreter)"; a role or a seat "(Republican, Arizona)", "(Northtown) (Lab)"; a timestamp
      // "(00:22)", "[00:00:05]".
      const char closer = c == '(' ? ')' : ']';
      std::size_t k = j;
      while (k < p.end && k - j <= kMaxDirection && note_char(k)) next_cp(text_, k);
      if (k >= p.end || text_[k] != closer || k == j) return out;
      if (name_end == kNpos) {
        name_end = trim_space_back(text_, nb, i);
        note = {skip_space(text_, j, k), trim_space_back(text_, j, k)};
      }
      i = skip_space(text_, k + 1, p.end);
      if (i >= p.end || (text_[i] != ':' && text_[i] != '(' && text_[i] != '[')) return out;
      continue;
    }
    if (c == ':') {
      const bool spaced = j >= p.end || is_space(cp_at(text_, j));
      out.upper = lower == 0;
      // A script's section label ("INTRO:", "TEXT:") opens narration, not a speaker's turn, and so
      // does a page's furniture ("Editor's note:", "Key points:", "Photo credit:").
      if (spaced && !words.empty() && is_upper(cp_at(text_, words.front().begin)) &&
          (is(WordClass::kScriptLabels, fold_word(text_.substr(nb, wstart - nb))) ||
           (name_end == kNpos && words.size() <= 3 &&
            is(WordClass::kScriptLabels, fold_word(words.back().in(text_)))))) {
        out.section = true;
        return out;
      }
      // A radio transcript's "MICHELE ROE, host:": a name in capitals, a comma and a role in lower
      // case (one to three words); the name is the cue.
      if (!out.upper && spaced && comma_words != kNpos && comma_words > 0 && lower_at_comma == 0 &&
          words.size() - comma_words <= 3 && name_end == kNpos) {
        bool role = true;
        for (std::size_t k = comma_words; k < words.size(); ++k) role = role && !is_upper(cp_at(text_, words[k].begin));
        if (role && !title_case_headline({j, p.end})) {
          out.upper = true;
          out.name_end = words[comma_words - 1].end;
          out.end = j;
          return out;
        }
      }
      if (!(letters > 0 && spaced && (out.upper || title))) return out;
      // A name-case label before a lower-case word enumerates ("First: the budget."), no turn.
      if (!out.upper && is_lower(cp_at(text_, skip_space(text_, j, p.end)))) return out;
      // A name-case label with a number before words that do not end as a sentence is a heading
      // ("Episode 12: The future of cities"), not a turn ("France 24: Any comment?" is one).
      if (!out.upper && digits > 0) {
        const std::size_t e = trim_space_back(text_, j, p.end);
        const char32_t last = e > j ? cp_before(text_, e) : 0;
        if (last != '.' && last != '?' && last != '!' && last != ',' && last != ';') return out;
      }
      out.name_end = name_end == kNpos ? wstart : name_end;
      // "ANNA BERG, PRIME MINISTER OF SYLVANIA:" names the speaker before the comma and her role
      // after it (a title word there; "BEIJING, CHINA:" is a dateline): the name is the cue.
      const std::string_view whole = text_.substr(nb, out.name_end - nb);
      if (lower == 0 && role_after_comma(whole)) out.name_end = trim_space_back(text_, nb, nb + whole.find(','));
      // "Fourth Round of Talks: Evening Transit St. Regis Hotel" is a headline, not a turn, and so
      // is "CHAIRMAN TO LEADERS: CONFERENCE A CROSSROADS" (an upper-case one, all in capitals).
      if ((!out.upper || !has_lower({j, p.end})) && title_case_headline({j, p.end})) return out;
      // A text's first line of a phrase in capitals, a colon and a headline without a sentence's
      // end ("OPEN FOR BUSINESS: The port keeps its ships at sea") is a kicker over the headline: a
      // slogan or a topic, no person (no title word), and the text under it no one's turn.
      if (out.upper && !paras_.empty() && p.begin == paras_.front().begin && paras_.size() > 1 &&
          headline({j, p.end}) &&
          std::none_of(words.begin(), words.end(), [&](const Span& w) { return impl_.is_title_word(w.in(text_)); }))
        return out;
      // A name-case label before a quotation in marks leads in to that quotation ("Anna Berg:
      // “...”"); the marks give its words.
      Glyph g;
      const std::size_t body = skip_space(text_, j, p.end);
      if (!out.upper && body < p.end && quote_glyph(cp_at(text_, body), g)) return out;
      if (!out.upper && comma_words != kNpos) {
        // A name-case label with a comma: a bare personal name, then a role ("Anna Berg, Prime
        // Minister of Sylvania:"), a speaker label whose cue is the name.
        const std::vector<Span> name(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(comma_words));
        for (const Span& w : words)
          if (impl_.is_speech_verb_any_case(w.in(text_))) return out;  // "Anna Berg, Minister, Says:"
        if (!name.empty() && comma_words < words.size() && name_end == kNpos &&
            role_with_name(name, {words[comma_words].begin, words.back().end}, {j, p.end})) {
          // The role first, then the name ("Official Spokesperson, Jan Novak:"): the name is the cue.
          out.name_begin = words[comma_words].begin;
          out.name_end = words.back().end;
          out.speaker = true;
          out.end = j;
          return out;
        }
        // Or the name and the short name of a body in capitals, a script's caption ("Anna Berg,
        // USDA (voice-over):").
        constexpr std::size_t kMaxBodyWords = 3;
        bool body_after = words.size() - comma_words <= kMaxBodyWords;
        for (std::size_t k = comma_words; k < words.size() && body_after; ++k)
          body_after = words[k].size() >= 2 && !has_lower(words[k]);
        if (name.empty() || !(role_after_comma(whole) || body_after) ||
            !name_label(name, {nb, name.back().end}, {j, p.end}))
          return out;
        out.name_end = name.back().end;
        out.speaker = true;
        out.end = j;
        return out;
      }
      // "The Prime Minister (Jan Novak):" (a parliament's record): a role alone, and the person's
      // name in the note after it; the name is the cue.
      if (!out.upper && !note.empty() && role_with_name(words, note, {j, p.end})) {
        out.name_begin = note.begin;
        out.name_end = note.end;
        out.speaker = true;
        out.end = j;
        return out;
      }
      // A live chat's turn label "Comment From Anna:" ("Question from Jan Novak:"): a chat's noun,
      // the source preposition and the writer's name, which is the cue.
      constexpr std::size_t kMaxChatName = 4;
      if (name_end == kNpos && words.size() >= 3 && words.size() <= 2 + kMaxChatName &&
          is(WordClass::kChatTurnNouns, fold_word(words[0].in(text_))) &&
          fold_word(words[1].in(text_)) == role_word(WordRole::kSourcePreposition) &&
          is_upper(cp_at(text_, words[2].begin))) {
        out.name_begin = words[2].begin;
        out.name_end = words.back().end;
        out.name = true;
        out.end = j;
        return out;
      }
      out.speaker = !out.upper && speaker_label(words, {j, p.end});
      out.name = !out.upper && !out.speaker && name_label(words, {nb, out.name_end}, {j, p.end});
      if (!out.speaker && !(out.upper && upper_speaker_label(words)) &&
          (words.size() > kMaxShortWords || out.name_end - nb > kMaxShortBytes))
        return out;
      out.end = j;
      return out;
    }
    if (name_end != kNpos) return out;  // only the colon may follow a stage direction
    if (is_space(c)) {                  // a space, a tab, a no-break space
      word_start = true;
    } else if (is_alpha(c)) {
      letters += is_upper(c) ? 1 : 0;
      lower += is_lower(c) ? 1 : 0;
      if (word_start) {
        std::size_t k = wstart, wb, we;
        if (!next_word(k, p.end, wb, we)) return out;
        words.push_back({wb, we});
        if (words.size() > kMaxWords) return out;
        char buf[8];
        if (!is_upper(c))
          title = title && is(WordClass::kTitleSmallWords, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf));
      }
      word_start = false;
    } else if (c == '/' && (lower == 0 || (j < p.end && is_upper(cp_at(text_, j))))) {
      // "A/S HILL:" (an abbreviated title) in an upper-case label; two titles joined
      // ("High Representative/Vice-President Jan Novak:").
    } else if (c == ',') {
      // "JOHN KIRBY, NATIONAL SECURITY COUNCIL:"; in name case only a name and a role ("Anna
      // Berg, Prime Minister:", below).
      if (comma_words == kNpos) {
        comma_words = words.size();
        lower_at_comma = lower;
      }
      word_start = true;
    } else if (is_digit(c) || (c == '#' && j < p.end && is_digit(cp_at(text_, j)))) {
      ++digits;  // "Unidentified Man #1"
    } else if (!(c == '.' || c == '-' || c == '\'' || c == 0x2019 || c == '&')) {
      return out;
    }
    i = j;
  }
  return out;
}

// Where the words after a clock time at `i` begin: one or two digits, then one or two groups of a
// colon and two digits, a space and a capital letter ("1:56 Anna", "10:02:15 JAN"); `i` when
// there is none.
std::size_t Run::skip_time_stamp(std::size_t i, std::size_t end) const {
  std::size_t k = i, digits = 0;
  while (k < end && digits < 3 && is_digit(static_cast<unsigned char>(text_[k]))) ++k, ++digits;
  if (digits == 0 || digits > 2) return i;
  std::size_t groups = 0;
  while (groups < 2 && k + 2 < end && text_[k] == ':' && is_digit(static_cast<unsigned char>(text_[k + 1])) &&
         is_digit(static_cast<unsigned char>(text_[k + 2]))) {
    k += 3;
    ++groups;
  }
  if (groups == 0 || k >= end || text_[k] != ' ') return i;
  const std::size_t body = skip_space(text_, k, end);
  return body < end && is_upper(cp_at(text_, body)) ? body : i;
}

// Whether a name-case label is a role alone ("The Prime Minister", "Mr Speaker": title words and
// small words of Title Case, after the capitalised name of a body: "NATO Secretary General"; or
// a title and its portfolio after a preposition: "Minister for Trade and the Pacific") and
// its first note a personal name ("Jan Novak": two to four capitalised words, none a title word),
// as a parliament's record or an alliance's press conference gives a turn.
bool Run::role_with_name(const std::vector<Span>& words, Span note, Span after) const {
  // The role ends in a title word; before the title words, the body's name may stand ("NATO
  // Secretary General [Jan Novak]:", "The Prime Minister (Jan Novak):").
  if (words.empty()) return false;
  // A title with its portfolio after a preposition ("Minister for Trade and the Pacific"): the role
  // is read up to the title word; the portfolio's words are capitalised or small words.
  std::size_t role_end = words.size();
  if (!impl_.is_title_word(words.back().in(text_))) {
    role_end = 0;
    for (std::size_t k = 0; k + 2 < words.size() && role_end == 0; ++k) {
      if (!impl_.is_title_word(words[k].in(text_)) || !is_upper(cp_at(text_, words[k].begin)) ||
          !is(WordClass::kAdjunctPrepositions, fold_word(words[k + 1].in(text_))))
        continue;
      bool portfolio = true;
      for (std::size_t j = k + 2; j < words.size() && portfolio; ++j)
        portfolio =
            is_upper(cp_at(text_, words[j].begin)) || is(WordClass::kTitleSmallWords, fold_word(words[j].in(text_)));
      if (portfolio && is_upper(cp_at(text_, words[k + 2].begin))) role_end = k + 1;
    }
    if (role_end == 0) return false;
  }
  bool titles = true;
  for (std::size_t k = role_end; k-- > 0;) {
    const std::string f = fold_word(words[k].in(text_));
    const bool title = impl_.is_title_word(words[k].in(text_)) || is(WordClass::kTitleSmallWords, f);
    if (titles && !title) titles = false;
    if (!titles && (title || !is_upper(cp_at(text_, words[k].begin)))) return false;
  }
  std::vector<Span> name;
  std::size_t i = note.begin, wb, we;
  while (next_word(i, note.end, wb, we)) name.push_back({wb, we});
  return name_label(name, note, after);
}

// A question's label without a colon, as a press office writes it: "Q    Thank you." (the text
// after a tab or spaces), "Q (Inaudible.)", "Q. Thank you." It is a turn in a transcript that other
// labels show, but no evidence of one: where only the questions are labelled ("Q. ..." and then
// the answer without a label), the answers are the unlabelled principal's, not the questioner's
// turn going on.
// With `letter` 'A', an answer's label of the same shape ("A. We will."), read only in an interview
// whose opening names the interviewee (Run::run).
Run::Label Run::question_label(Span p, char letter) const {
  Label out;
  if (p.end - p.begin < 3 || text_[p.begin] != letter) return out;
  std::size_t i = p.begin + 1;
  const bool period = text_[i] == '.';
  if (period) ++i;
  const std::size_t body = skip_space(text_, i, p.end);
  if (body == i || body >= p.end) return out;
  const char32_t first = cp_at(text_, body);
  if (!is_upper(first) && first != '(' && first != '[' && !is_dash(first) && !is_digit(first)) return out;
  out.weak = true;
  out.upper = true;
  out.name_begin = p.begin;
  out.name_end = p.begin + 1;
  out.end = body;
  return out;
}

// The interviewee a news interview's opening names (its first kLeadParagraphs paragraphs, before
// the first turn): the name before an interviewee verb and its object of the language pack ("Mayor
// Anna Berg spoke to the Star", "Anna Berg answered questions"), the name after an interview noun
// and its preposition ("an interview with Anna Berg"), or the label of a headline that ends with an interview note
// ("Berg: We will build it (interview)"). The name is capitalised words in a row, spaces between; empty when the
// opening names no one so.
Span Run::interviewee(const std::vector<Label>& labels) const {
  constexpr std::size_t kLeadParagraphs = 3, kMaxNameWords = 5;
  if (!paras_.empty()) {
    const Span note = interview_note_label(paras_[0]);
    if (!note.empty()) return note;
  }
  for (std::size_t pi = 0; pi < paras_.size() && pi < kLeadParagraphs && labels[pi].end == 0; ++pi) {
    const Span p = paras_[pi];
    std::vector<Span> words;
    for (std::size_t i = p.begin, wb, we; next_word(i, p.end, wb, we);) words.push_back({wb, we});
    auto capital = [&](std::size_t k) {
      const std::string f = fold_word(words[k].in(text_));
      return is_upper(cp_at(text_, words[k].begin)) && !is(WordClass::kFunctionWords, f) &&
             !is(WordClass::kThirdPersonSubjects, f) && !is(WordClass::kFirstPerson, f);
    };
    auto joined = [&](std::size_t k) {  // words k - 1 and k with only spaces between
      for (std::size_t i = words[k - 1].end; i < words[k].begin; ++i)
        if (text_[i] != ' ') return false;
      return true;
    };
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (!joined(k + 1)) continue;
      const std::string w = fold_word(words[k].in(text_)), next = fold_word(words[k + 1].in(text_));
      if (is(WordClass::kIntervieweeVerbs, w) && is(WordClass::kIntervieweeObjects, next) && k > 0 && joined(k) &&
          capital(k - 1)) {
        std::size_t b = k - 1;
        while (b > 0 && k - b < kMaxNameWords && capital(b - 1) && joined(b)) --b;
        return {words[b].begin, words[k - 1].end};
      }
      // "Amira bin Khalid has led the bank since 2021. Last week she spoke to …": a pronoun
      // subject of the verb stands for the name that opens the paragraph (two words or more,
      // lower-case name particles inside).
      if (is(WordClass::kIntervieweeVerbs, w) && is(WordClass::kIntervieweeObjects, next) && k > 0 && joined(k) &&
          is(WordClass::kThirdPersonSubjects, fold_word(words[k - 1].in(text_))) && !words.empty() && capital(0)) {
        std::size_t e = 0;
        while (e + 1 < k - 1 && e + 1 < kMaxNameWords && joined(e + 1) &&
               (capital(e + 1) || (e + 2 < k - 1 && is(WordClass::kNameParticles, fold_word(words[e + 1].in(text_))) &&
                                   fold_word(words[e + 1].in(text_)) != role_word(WordRole::kGenitive))))
          ++e;
        while (e > 0 && !capital(e)) --e;
        if (e > 0) return {words[0].begin, words[e].end};
      }
      const std::size_t nb = k + 2;
      if (is(WordClass::kInterviewNouns, w) && is(WordClass::kInterviewPrepositions, next) && nb < words.size() &&
          joined(nb) && capital(nb)) {
        std::size_t e = nb;
        while (e + 1 < words.size() && e + 1 - nb < kMaxNameWords && capital(e + 1) && joined(e + 1)) ++e;
        return {words[nb].begin, words[e].end};
      }
    }
  }
  return headline_interviewee(labels);
}

// The interviewee of a text whose headline marks it as an interview (a word of interview_nouns:
// "Interview: Director Discusses the Budget") and whose lead opens with a person: the capitalised
// words that open the first paragraph after the headline, titles and initials included ("Senior
// Judge Anna K. Berg was named ..."), two words or more. Empty when none.
Span Run::headline_interviewee(const std::vector<Label>& labels) const {
  constexpr std::size_t kMaxWords = 8;
  if (paras_.size() < 3 || labels[1].end != 0) return {};
  bool marked = false;
  for (std::size_t i = paras_[0].begin, wb, we; !marked && next_word(i, paras_[0].end, wb, we);)
    marked = is(WordClass::kInterviewNouns, fold_word(text_.substr(wb, we - wb)));
  if (!marked) return {};
  const Span p = paras_[1];
  std::size_t i = p.begin, wb, we, last = kNpos, n = 0, prev_begin = p.begin, prev_end = p.begin;
  while (n < kMaxWords && next_word(i, p.end, wb, we)) {
    const std::string f = fold_word(text_.substr(wb, we - wb));
    if (!is_upper(cp_at(text_, wb)) || is(WordClass::kFunctionWords, f) || is(WordClass::kThirdPersonSubjects, f) ||
        is(WordClass::kFirstPerson, f))
      break;
    // Only spaces between the words, or the period of an initial or a short abbreviation right
    // after the word before ("Anna K. Berg", "Sen. Berg").
    constexpr std::size_t kMaxAbbreviation = 4;
    bool joined = n > 0 || wb == skip_space(text_, p.begin, p.end);
    for (std::size_t k = prev_end; k < wb && joined && n > 0; ++k)
      joined = text_[k] == ' ' || (text_[k] == '.' && k == prev_end && prev_end - prev_begin <= kMaxAbbreviation);
    if (!joined) break;
    last = we;
    prev_begin = wb;
    prev_end = we;
    ++n;
  }
  if (n < 2) return {};
  const std::size_t b = skip_space(text_, p.begin, p.end);
  // The name ends in a word that is no title ("Director Berg", not "Senior District Judge").
  if (impl_.is_title_word(text_.substr(prev_begin, prev_end - prev_begin))) return {};
  return {b, last};
}

// The label of a headline that ends with an interview note in brackets: "Berg: We will build it
// (interview)" gives "Berg" (capitalised words, at most four, before the first colon). Empty when
// none.
Span Run::interview_note_label(Span p) const {
  constexpr std::size_t kMaxLabelWords = 4;
  const std::size_t e = trim_space_back(text_, p.begin, p.end);
  if (e <= p.begin || text_[e - 1] != ')') return {};
  const std::size_t open = text_.rfind('(', e - 1);
  if (open == std::string_view::npos || open <= p.begin) return {};
  const Span inner{skip_space(text_, open + 1, e - 1), trim_space_back(text_, open + 1, e - 1)};
  if (!is(WordClass::kInterviewNouns, fold_word(inner.in(text_)))) return {};
  const std::size_t colon = text_.find(':', p.begin);
  if (colon == std::string_view::npos || colon >= open) return {};
  std::size_t i = p.begin, wb, we, n = 0, last = p.begin;
  while (next_word(i, colon, wb, we)) {
    if (++n > kMaxLabelWords || !is_upper(cp_at(text_, wb)) || (n == 1 && wb != p.begin)) return {};
    for (std::size_t k = last; k < wb && n > 1; ++k)
      if (text_[k] != ' ') return {};
    last = we;
  }
  if (n == 0 || last != colon) return {};
  return {p.begin, last};
}

// A hearing record's label: title words in name case ("Mr.", "Chairman", "Senator") or "The",
// then a name in capitals, then a period: "Mr. ROE.", "Chairman BERG.", "The CHAIRMAN.", "Mrs.
// BERG of Ohio." The name ends before "of"; the text starts with a capital after the period.
Run::Label Run::hearing_label(Span p) const {
  constexpr std::size_t kMaxChunks = 7, kMaxBytes = 60;
  Label out;
  std::size_t i = p.begin, titles = 0, caps = 0, name_end = kNpos;
  bool the = false;
  for (std::size_t n = 0; n < kMaxChunks && i < p.end && i - p.begin <= kMaxBytes; ++n) {
    std::size_t e = i;
    while (e < p.end && !is_space(cp_at(text_, e))) next_cp(text_, e);
    const std::string_view chunk = text_.substr(i, e - i);
    const bool ends = chunk.size() > 1 && chunk.back() == '.';
    const std::string_view bare = ends ? chunk.substr(0, chunk.size() - 1) : chunk;
    bool upper = bare.size() >= 2, lower = false;
    for (std::size_t k = 0; k < bare.size();) {
      const char32_t c = next_cp(bare, k);
      upper = upper && (is_upper(c) || c == '-' || c == '\'' || c == 0x2019);
      lower = lower || is_lower(c);
    }
    const bool in_name = name_end != kNpos;  // after "of": the member's state, in name case
    if (in_name) {
      if (!is_upper(cp_at(text_, i)) || !lower) return out;
    } else if (upper && (titles > 0 || the)) {
      // The name in capitals; with "The" a title word ("The CHAIRMAN.").
      if (the && titles == 0 && !impl_.is_title_word(bare)) return out;
      ++caps;
    } else if (n == 0 && chunk == "The") {
      the = true;
    } else if (caps == 0 && lower && is_upper(cp_at(text_, i)) && impl_.is_title_word(chunk)) {
      ++titles;
    } else if (caps > 0 && chunk == role_word(WordRole::kGenitive)) {
      name_end = trim_space_back(text_, p.begin, i);
    } else {
      return out;
    }
    if (caps > 0 && ends && (in_name || upper)) {
      const std::size_t body = skip_space(text_, e, p.end);
      if (body == e || body >= p.end) return out;
      const char32_t first = cp_at(text_, body);
      Glyph g;
      if (!is_upper(first) && first != '(' && first != '[' && !quote_glyph(first, g)) return out;
      out.name_begin = p.begin;
      out.name_end = name_end == kNpos ? e - 1 : name_end;
      out.end = e;
      out.hearing = true;
      return out;
    }
    i = skip_space(text_, e, p.end);
    if (i == e) return out;
  }
  return out;
}

// A label before a dash instead of a colon, as some interviews write it: "NOVAK - We need lower
// tariffs.", "Jan Novak — I agree." The label is one to four words, all in capitals or all
// capitalised (no digit, no small word), then a space, a dash, a space and a capital. A dateline
// has the same shape ("WASHINGTON — The president ..."), so such labels count only when they
// repeat (keep_dash_labels).
Run::Label Run::dash_label(Span p) const {
  constexpr std::size_t kMaxWords = 4, kMaxBytes = 60;
  Label out;
  std::size_t i = p.begin, n = 0, lower = 0;
  while (i < p.end && i - p.begin <= kMaxBytes) {
    std::size_t e = i;
    while (e < p.end && !is_space(cp_at(text_, e))) next_cp(text_, e);
    if (e == i || e >= p.end) return out;
    std::size_t k = i;
    const char32_t first = next_cp(text_, k);
    if (is_dash(first) && e == k) {  // the dash after the label
      const std::size_t body = skip_space(text_, e, p.end);
      if (n == 0 || body == e || body >= p.end || !is_upper(cp_at(text_, body))) return out;
      out.name_begin = p.begin;
      out.name_end = trim_space_back(text_, p.begin, i);
      out.end = body;
      out.upper = lower == 0;
      out.dash = true;
      return out;
    }
    if (++n > kMaxWords || !is_upper(first)) return out;
    for (std::size_t m = k; m < e;) {
      const char32_t c = next_cp(text_, m);
      if (is_lower(c)) {
        ++lower;
      } else if (!(is_upper(c) || c == '.' || c == '-' || c == '\'' || c == 0x2019)) {
        return out;
      }
    }
    i = skip_space(text_, e, p.end);
  }
  return out;
}

// Keeps the dash labels of a document only when they are a transcript's: three or more, of two
// speakers or more, one of them speaking twice; otherwise they are datelines or list items.
void Run::keep_dash_labels(std::vector<Label>& labels) const {
  std::size_t n = 0;
  bool repeated = false;
  std::unordered_set<std::string> seen;
  for (const Label& l : labels) {
    if (!l.dash) continue;
    ++n;
    repeated |= !seen.insert(fold_word(text_.substr(l.name_begin, l.name_end - l.name_begin))).second;
  }
  if (n >= 3 && repeated && seen.size() >= 2) return;
  for (Label& l : labels)
    if (l.dash) l = Label{};
}

// Drops the name-case labels of a list under a lead that ends in a colon ("Highlights of the
// budget:" / "Parks: $2 million ..." / "Roads: Repairs ..."): two paragraphs or more in a row
// right after the lead, each labelled in name case by a label the document never uses again.
// Speakers speak in turns and again; items of a list each come once. The items are paragraphs
// without a label: in a turn ("MR. ROE: We agreed on three things:") they go on with it.
void Run::drop_list_items(std::vector<Label>& labels) const {
  std::unordered_map<std::string, std::size_t> uses;
  auto key = [&](const Label& l) { return fold_word(text_.substr(l.name_begin, l.name_end - l.name_begin)); };
  for (const Label& l : labels)
    if (l.end != 0) ++uses[key(l)];
  auto item = [&](std::size_t pi) {
    const Label& l = labels[pi];
    return l.end != 0 && !l.upper && !l.speaker && !l.name && !l.hearing && !l.dash && uses[key(l)] == 1;
  };
  for (std::size_t pi = 1; pi < paras_.size(); ++pi) {
    const Span lead = paras_[pi - 1];
    const std::size_t e = trim_space_back(text_, lead.begin, lead.end);
    if (e <= lead.begin || text_[e - 1] != ':') continue;
    std::size_t k = pi;
    while (k < paras_.size() && item(k)) ++k;
    if (k - pi < 2) continue;
    for (std::size_t m = pi; m < k; ++m) labels[m] = Label{};
    pi = k;
  }
}

// Whether the colon at `colon` ends a page's section label that opens paragraph p ("Editor's
// note:", "Key points:", "Update:"): at most three words before it, the last one of the pack's
// script_labels.
bool Run::section_label(Span p, std::size_t colon) const {
  constexpr std::size_t kMaxWords = 3;
  std::size_t i = p.begin, wb, we, n = 0, last_b = 0, last_e = 0;
  while (next_word(i, colon, wb, we)) {
    if (++n > kMaxWords) return false;
    last_b = wb;
    last_e = we;
  }
  if (n == 0 || trim_space_back(text_, p.begin, colon) != last_e) return false;
  for (std::size_t k = p.begin; k < last_b; ++k)
    if (text_[k] == ',' || text_[k] == '.' || text_[k] == ':') return false;
  return is_upper(cp_at(text_, skip_space(text_, p.begin, colon))) &&
         is(WordClass::kScriptLabels, fold_word(text_.substr(last_b, last_e - last_b)));
}

// The end of a turn's words less the stage directions after its last sentence: "Still like the
// job? (Laughter.)" ends after "job?".
std::size_t Run::trim_stage_direction_back(std::size_t begin, std::size_t end) const {
  constexpr std::size_t kMaxDirection = 40;
  for (;;) {
    const std::size_t e = trim_space_back(text_, begin, end);
    if (e <= begin || (text_[e - 1] != ')' && text_[e - 1] != ']')) return e;
    const char opener = text_[e - 1] == ')' ? '(' : '[';
    std::size_t o = e - 1;
    while (o > begin && e - o <= kMaxDirection && text_[o - 1] != opener && text_[o - 1] != ')' && text_[o - 1] != ']')
      --o;
    if (o <= begin || text_[o - 1] != opener || !is_upper(cp_at(text_, o))) return e;
    const std::size_t before = trim_space_back(text_, begin, o - 1);
    if (before <= begin) return e;  // the whole turn is a direction ("Q (Inaudible.)")
    const char32_t last = cp_before(text_, before);
    if (!(last == '.' || last == '?' || last == '!' || is_dash(last) || last == 0x2026 || last == 0x201D ||
          last == '"' || last == ')'))
      return e;
    end = before;
  }
}

// A name-case label that names a speaker by title and name: a title word among its first three
// words ("President", "Prime Minister", "Ambassador", "Mr", "Pentagon Press Secretary"), ends in a name (a capitalised
// word that is no title word: "President of Russia Vladimir Putin", "Ambassador Rice"), and has no verb ("President
// Putin Says:" is a headline). What follows the colon must not be a quotation in marks (a headline "Name: “...”") or a
// Title Case headline with no sentence punctuation.
bool Run::speaker_label(const std::vector<Span>& words, Span after) const {
  constexpr std::size_t kMaxTitleAt = 3;  // "Pentagon Press Secretary Jan Novak:"
  if (words.size() < 2) return false;
  const std::string_view last = words.back().in(text_);
  std::size_t first_title = kNpos, last_title = 0;
  for (std::size_t k = 0; k < words.size(); ++k)
    if (impl_.is_title_word(words[k].in(text_))) {
      if (first_title == kNpos) first_title = k;
      last_title = k;
    }
  if (first_title == kNpos || first_title >= kMaxTitleAt || impl_.is_title_word(last) ||
      !is_upper(cp_at(text_, words.back().begin)))
    return false;
  // A title word after the first word ("Pentagon Press Secretary") needs a full name after the
  // title, two words or more: "ILAB Press Release:" is a headline's label.
  if (first_title > 0 && words.size() - last_title < 3) return false;
  for (const Span& w : words)
    if (impl_.is_speech_verb_any_case(w.in(text_)) || is(WordClass::kBeForms, fold_word(w.in(text_)))) return false;
  const std::size_t b = skip_space(text_, after.begin, after.end);
  Glyph g;
  if (b < after.end && quote_glyph(cp_at(text_, b), g)) return false;
  return !title_case_headline(after);
}

// An upper-case label longer than a short one that names a speaker by role and name: a title
// word among its words, and a last word that is no title word ("SECRETARY OF DEFENSE ANNA J.
// BERG III:", "PRESS SECRETARY AIR FORCE MAJ. GEN. JAN NOVAK:").
bool Run::upper_speaker_label(const std::vector<Span>& words) const {
  if (words.size() < 2 || impl_.is_title_word(words.back().in(text_))) return false;
  for (const Span& w : words)
    if (impl_.is_title_word(w.in(text_))) return true;
  return false;
}

// A label of a bare personal name in name case ("Anna Berg:", "Jan K. Novak:", "M. Novak:"): two to four
// capitalised words with lower-case letters (or initials before the last), none a title word, a small word of Title
// Case, a speech verb or a form of "be", no digit; what follows ends as a sentence or a vocative does
// (". ! ? , ;"), not as a headline.
bool Run::name_label(const std::vector<Span>& words, Span label, Span after) const {
  constexpr std::size_t kMaxNameWords = 4;
  if (words.size() < 2 || words.size() > kMaxNameWords) return false;
  for (std::size_t i = label.begin; i < label.end; ++i)
    if (is_digit(static_cast<unsigned char>(text_[i]))) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Span& w = words[k];
    const std::string_view v = w.in(text_);
    const std::string f = fold_word(v);
    // An initial before the surname ("M. Novak", "J. K. Roe"): one capital and its period.
    const bool dotted =
        (v.size() == 2 && v[1] == '.') || (v.size() == 1 && w.end < text_.size() && text_[w.end] == '.');
    if (k + 1 < words.size() && dotted && is_upper(cp_at(text_, w.begin))) continue;
    if (!is_upper(cp_at(text_, w.begin)) || !has_lower(w) || impl_.is_title_word(v) ||
        is(WordClass::kTitleSmallWords, f) || is(WordClass::kBeForms, f) || impl_.is_speech_verb_any_case(v) ||
        is(WordClass::kScriptLabels, f))
      return false;
  }
  const std::size_t e = trim_space_back(text_, after.begin, after.end);
  if (e <= after.begin) return false;
  const char32_t last = cp_before(text_, e);
  return last == '.' || last == '!' || last == '?' || last == ',' || last == ';';
}

// Whether paragraph pi introduces a transcript: it ends in a colon and has a word of the
// language pack's transcript_intros ("Excerpts from the transcript:").
bool Run::introduces_transcript(std::size_t pi) const {
  const Span p = paras_[pi];
  const std::size_t e = trim_space_back(text_, p.begin, p.end);
  if (e <= p.begin || text_[e - 1] != ':') return false;
  std::size_t i = p.begin, wb, we;
  while (next_word(i, e, wb, we))
    if (is(WordClass::kTranscriptIntros, fold_word(text_.substr(wb, we - wb)))) return true;
  return false;
}

// Whether `s` has a lower-case letter.
bool Run::has_lower(Span s) const {
  for (std::size_t i = s.begin; i < s.end;)
    if (is_lower(next_cp(text_, i))) return true;
  return false;
}

// Whether `s` holds a Title Case headline: words, most of them capitalised, and no sentence
// punctuation at the end ("Talks in Crisis", "Evening Transit St. Regis Hotel"; not "Mr
// President," or "Thank you.").
bool Run::title_case_headline(Span s) const {
  const std::size_t b = skip_space(text_, s.begin, s.end);
  const std::size_t e = trim_space_back(text_, b, s.end);
  if (b >= e || !is_alnum(cp_before(text_, e))) return false;
  std::size_t k = b, wb, we, n = 0, capital = 0;
  while (next_word(k, e, wb, we)) {
    ++n;
    capital += is_upper(cp_at(text_, wb)) ? 1 : 0;
  }
  return n > 0 && 2 * capital > n;
}

// A transcript has at least transcript_min_labels upper-case labels, or one
// upper-case label of two words or more ("PRESIDENT OBAMA:" opening the
// remarks), or at least three Title Case ones of which one speaks twice
// ("Mao Ning:"), or one name-case speaker label ("Prime Minister of Japan Shinzo Abe:"), or
// two labels of bare personal names ("Anna Berg: Mr Novak," ... "Jan Novak: Ms Berg,"), or one
// right after a paragraph that introduces a transcript ("Excerpts from the transcript:"), or two
// labels of a hearing record ("Mr. ROE.") or of dash labels kept (keep_dash_labels), or an
// interview's question label (question_labels: "Question:", "Interviewer:") with an answer's label
// ("Answer:") or a person's name label after it.
bool Run::is_transcript(const std::vector<Label>& labels) const {
  std::size_t n_upper = 0, n_title = 0, n_name = 0, n_shaped = 0;
  bool repeated = false, long_upper = false, speaker = false, introduced = false, surname_turn = false;
  std::unordered_set<std::string_view> seen, surnames;  // surnames: the last words of bare-name labels
  for (const Label& l : labels)
    if (l.end != 0 && l.name) {
      const std::string_view label = text_.substr(l.name_begin, l.name_end - l.name_begin);
      const std::size_t space = label.rfind(' ');
      if (space != std::string_view::npos) surnames.insert(label.substr(space + 1));
    }
  bool asked = false, answered = false;  // a question's label, and after it an answer's or a name's
  for (std::size_t pi = 0; pi < labels.size(); ++pi) {
    if (labels[pi].end == 0 || labels[pi].weak) continue;
    const std::string_view label = text_.substr(labels[pi].name_begin, labels[pi].name_end - labels[pi].name_begin);
    std::string_view word = label;  // "Q.", "A." (the period is no part of the word)
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    const std::string folded = fold_word(word);
    if (is(WordClass::kQuestionLabels, folded))
      asked = true;
    else if (asked && (is(WordClass::kAnswerLabels, folded) || labels[pi].name || labels[pi].speaker))
      answered = true;
    if (labels[pi].hearing || labels[pi].dash) {  // kept dash labels are a transcript's already
      ++n_shaped;
    } else if (labels[pi].upper) {
      ++n_upper;
      // "PRESIDENT OBAMA:" alone opens remarks; "BEIJING, CHINA:" alone is a dateline.
      long_upper |= label.find(' ') != std::string_view::npos && label.find(',') == std::string_view::npos;
    } else {
      ++n_title;
      speaker |= labels[pi].speaker;
      n_name += labels[pi].name ? 1 : 0;
      introduced |= labels[pi].name && pi > 0 && introduces_transcript(pi - 1);
      repeated |= !seen.insert(label).second;
      // A bare name's speaker labelled again by the surname alone ("Anna Berg:" ... "Berg:").
      surname_turn |= !labels[pi].name && !labels[pi].speaker && surnames.count(label) != 0;
    }
  }
  return n_upper >= std::max<std::size_t>(1, opt_.transcript_min_labels) || (n_upper == 1 && long_upper) ||
         (n_title >= 3 && repeated) || speaker || n_name >= 2 || introduced || n_shaped >= 2 || surname_turn ||
         answered;
}

// Where the words of p begin after a caption's turn marker: two or more '>' and a space open
// every turn of live captions (">> CHAIR BERG: Good morning.", ">> Aye."); kNpos when p has none.
std::size_t Run::caption_turn(Span p) const {
  constexpr std::size_t kMinMarks = 2;
  std::size_t i = p.begin;
  while (i < p.end && text_[i] == '>') ++i;
  if (i - p.begin < kMinMarks || i >= p.end || !is_space(cp_at(text_, i))) return kNpos;
  const std::size_t body = skip_space(text_, i, p.end);
  return body < p.end ? body : kNpos;
}

// The person the turn in paragraph pi calls on, for the unlabelled caption turn after it: one of
// its last kCallSentences sentences is a call, a title and a name alone ("Mr. Novak?",
// "Commissioner Berg.", the title glued on: "Mr.Novak?") or before a comma that opens a question
// ("Ms. Berg, any comments?"). The span of the title and the name; empty when none.
Span Run::called_on(std::size_t pi, std::size_t from) const {
  constexpr std::size_t kCallSentences = 2, kMaxNameWords = 3;
  const Span p{from, paras_[pi].end};
  if (sents_.empty() || p.begin >= p.end) return {};
  const std::size_t last = sentence_at(trim_space_back(text_, p.begin, p.end) - 1);
  for (std::size_t n = 0, si = last; n < kCallSentences; ++n, --si) {
    const Span s{std::max(sents_[si].begin, p.begin), trim_space_back(text_, p.begin, std::min(sents_[si].end, p.end))};
    if (s.begin >= s.end) break;
    std::vector<Span> words;
    std::size_t stop = s.end;  // the end of the call: the sentence's end or the comma after the name
    for (std::size_t i = s.begin, wb, we; next_word(i, s.end, wb, we);) {
      words.push_back({wb, we});
      if (we < s.end && text_[we] == ',') {
        stop = we;
        break;
      }
    }
    const char32_t end_mark = cp_before(text_, s.end);
    const bool question = end_mark == '?';
    const bool alone = stop == s.end && (question || end_mark == '.') && !words.empty() &&
                       trim_space_back(text_, s.begin, s.end - 1) == words.back().end;
    const bool vocative = stop < s.end && question;
    if ((alone || vocative) && !words.empty() && words.size() <= kMaxNameWords + 1 && words.front().begin == s.begin) {
      // The first word a title ("Mr.", "Commissioner"), or a title glued to the name by its period.
      const std::string_view first = words.front().in(text_);
      const std::size_t dot = first.find('.');
      const bool glued = dot != std::string_view::npos && dot > 0 && dot + 1 < first.size() &&
                         impl_.is_title_word(first.substr(0, dot)) &&
                         is_alpha(cp_at(text_, words.front().begin + dot + 1));
      bool name = glued || (words.size() >= 2 && impl_.is_title_word(first));
      for (const Span& w : words) name = name && is_upper(cp_at(text_, w.begin));
      if (name) return {words.front().begin, words.back().end};
    }
    if (si == 0 || sents_[si].begin <= p.begin) break;
  }
  return {};
}

// Whether an upper-case label has a title word after its first comma ("ANNA BERG, PRIME
// MINISTER"; not "BEIJING, CHINA", a dateline).
bool Run::role_after_comma(std::string_view label) const {
  const std::size_t comma = label.find(',');
  if (comma == std::string_view::npos) return false;
  const std::size_t base = static_cast<std::size_t>(label.data() - text_.data());
  std::size_t i = base + comma + 1, wb, we;
  while (next_word(i, base + label.size(), wb, we))
    if (impl_.is_title_word(text_.substr(wb, we - wb))) return true;
  return false;
}

// Skips white space and short stage directions: "(Via interpreter)", "[Laughter.]".
std::size_t Run::skip_stage_directions(std::size_t i, std::size_t end) const {
  for (;;) {
    i = skip_space(text_, i, end);
    if (i >= end || (text_[i] != '(' && text_[i] != '[')) return i;
    const char closer = text_[i] == '(' ? ')' : ']';
    std::size_t limit = std::min(end, i + 80);
    std::size_t k = i + 1;
    while (k < limit && text_[k] != closer) ++k;
    if (k >= limit) return i;
    i = k + 1;
  }
}

// --- marks -------------------------------------------------------------------

void Run::emit_marked(const OpenMark& o, Span close, std::size_t content_end, Recovery r) {
  // Content: strictly between the marks, less white space inside them (« Bonjour »).
  const bool opened = o.end > o.begin;
  DirectQuote q;
  const std::size_t content_begin = skip_space(text_, o.end, content_end);
  q.content = {content_begin, trim_space_back(text_, content_begin, content_end)};
  q.open_mark = opened ? Span{o.begin, o.end} : Span{q.content.begin, q.content.begin};
  q.close_mark = close;
  q.recovery = r;
  q.continues = o.continues;
  last_end_ = std::max(last_end_, close.end > close.begin ? close.end : content_end);
  paragraph_has_quote_ = true;
  if (q.content.empty()) return;
  // A quotation by both its marks, inside no other, that runs on over its own attribution: two
  // quotes, the first with its closing mark lost, the second with its opening mark lost.
  const bool inside =
      std::any_of(stack_.begin(), stack_.end(), [](const OpenMark& m) { return m.family != MarkFamily::kSingle; });
  std::size_t rest = kNpos;
  const std::size_t comma =
      r == Recovery::kNone && opened && !close.empty() && !inside ? wrapped_attribution(q.content, rest) : kNpos;
  if (comma != kNpos) {
    DirectQuote first = q, second = q;
    first.content.end = comma + 1;
    first.close_mark = {comma + 1, comma + 1};
    first.recovery = Recovery::kUnclosed;
    second.content.begin = rest;
    second.open_mark = {rest, rest};
    second.recovery = Recovery::kUnopened;
    second.continues = -1;
    emit(first);
    emit(second);
    return;
  }
  emit(q);
}

// Where a quotation by its marks runs on over its own attribution because the writer left out the
// marks around it (“The agency plays a role, said Anna Berg, Director of the Agency. We will …”):
// a sentence of the quotation, not its last, whose words after a comma are a verb of speech and a
// name with its title (capitalised words and the small words of a name: "said Anna Berg, Director
// of the Agency"), or at most three capitalised words or a third-person pronoun and a verb of speech
// ("Berg said", "he said"), up to its final period; a capitalised sentence follows. The comma's
// position and, in `rest`, where the next sentence begins; kNpos when there is none.
std::size_t Run::wrapped_attribution(Span content, std::size_t& rest) const {
  constexpr int kMaxAttributionWords = 16;
  constexpr int kMinQuotedWords = 3;
  if (sents_.empty()) return kNpos;
  for (std::size_t si = sentence_at(content.begin); si < sents_.size() && sents_[si].end < content.end; ++si) {
    const std::size_t begin = std::max(sents_[si].begin, content.begin);
    const std::size_t end = trim_space_back(text_, begin, sents_[si].end);
    if (end <= begin || text_[end - 1] != '.') continue;
    rest = skip_space(text_, end, content.end);
    if (rest >= content.end || !is_upper(cp_at(text_, rest))) continue;
    const std::string_view s = text_.substr(begin, end - begin);
    if (s.find_first_of("\"\u201C\u201D") != std::string_view::npos) continue;
    int before = 0;
    std::size_t i = begin, wb, we;
    for (std::size_t comma = begin; comma + 1 < end; ++comma) {
      if (text_[comma] != ',') continue;
      while (i < comma && next_word(i, comma, wb, we)) ++before;
      if (before < kMinQuotedWords) continue;
      std::vector<Span> after;
      for (std::size_t k = comma + 1; after.size() <= kMaxAttributionWords && next_word(k, end, wb, we);)
        after.push_back({wb, we});
      if (after.size() < 2 || after.size() > kMaxAttributionWords) continue;
      char buf[16];
      auto lower = [&](Span w) { return ascii_lower(w.in(text_), buf, sizeof buf); };
      auto self = [&](Span w) { return is(WordClass::kSelfPronouns, lower(w)); };
      bool ok = false;
      if (impl_.is_speech_verb(text_, after[0].begin, after[0].end) && is_upper(cp_at(text_, after[1].begin))) {
        ok = true;  // ", said Anna Berg, Director of the Agency."
        for (std::size_t k = 1; ok && k < after.size(); ++k)
          ok = !self(after[k]) &&
               (is_upper(cp_at(text_, after[k].begin)) || is(WordClass::kTitleSmallWords, lower(after[k])) ||
                is(WordClass::kAffiliationPrepositions, lower(after[k])));
      } else if (after.size() <= 4 && impl_.is_speech_verb(text_, after.back().begin, after.back().end)) {
        ok = true;  // ", Berg said." / ", he said."
        for (std::size_t k = 0; ok && k + 1 < after.size(); ++k)
          ok = !self(after[k]) && (is_upper(cp_at(text_, after[k].begin)) ||
                                   (after.size() == 2 && is(WordClass::kThirdPersonSubjects, lower(after[k]))));
      }
      if (ok) return comma;
    }
  }
  return kNpos;
}

// Where a quote whose closing mark at `close` was never opened starts: at the
// paragraph start, or after the previous quote's sentence, or after the last
// sentence before it that is clearly narration (a third-person speech cue).
std::size_t Run::unopened_start(std::size_t begin, std::size_t close) {
  std::size_t start = begin;
  while (sent_cursor_ < sents_.size() && sents_[sent_cursor_].begin < last_end_) ++sent_cursor_;
  if (paragraph_has_quote_) {
    start = sent_cursor_ < sents_.size() && sents_[sent_cursor_].begin < close ? sents_[sent_cursor_].begin : last_end_;
  }
  while (sent_cursor_ < sents_.size() && sents_[sent_cursor_].end <= close) {
    Span s = sents_[sent_cursor_++];
    if (s.begin < start) continue;
    ClauseInfo info = clause_info(s);
    if (info.person_cue.size() > 0 && !info.first_or_second_person) start = s.end;
  }
  return skip_space(text_, std::max(start, begin), close);
}

// Whether an opening mark of a double family at `at`, while a quote of the same family is open,
// opens a quotation inside it ("I forgot to say “Gamarjoba” at the beginning", "He told me:
// “We are ready.” That matters", with the same marks) rather than ending it where its closing
// mark was lost: it stands after a space after a word, a comma or a colon, and no words between
// the two opening marks narrate (a trailing
// attribution, "... ready, he said, “..."; a third-person speech cue, "Kerry said “...").
bool Run::nests(MarkFamily family, std::size_t at) const {
  if (family == MarkFamily::kSingle || at < 2 || text_[at - 1] != ' ') return false;
  const char32_t before = cp_before(text_, at - 1);
  if (!is_alnum(before) && before != ',' && before != ':') return false;
  // One quotation inside another of the same marks, no deeper: real text never nests the same
  // marks twice, and a run of openers that never close ("a "a "a …) would otherwise make every
  // quotation run to the paragraph's end (output quadratic in the number of marks).
  constexpr std::size_t kMaxSameMarkDepth = 2;
  std::size_t from = kNpos, depth = 0;
  for (const OpenMark& o : stack_)
    if (o.family == family) from = o.end, ++depth;
  if (from == kNpos || from >= at || depth >= kMaxSameMarkDepth) return false;
  if (short_inner_quote(family, at)) return true;
  for (std::size_t si = sentence_at(from); si < sents_.size() && sents_[si].begin < at; ++si) {
    const ClauseInfo c = clause_info({std::max(sents_[si].begin, from), std::min(sents_[si].end, at)});
    const bool tail = !c.tail_cue.empty() && (!c.has_self_person() || c.self_person < c.tail_comma);
    if (tail || (!c.person_cue.empty() && !c.first_or_second_person)) return false;
  }
  return true;
}

// A short quotation of the same marks opening at `at` inside an open one, closed within a few
// words by a mark that the sentence goes on after in lower case ("… declare this week,
// "Workers Week," because we …"): a name or a phrase quoted inside the quotation.
bool Run::short_inner_quote(MarkFamily family, std::size_t at) const {
  constexpr std::size_t kMostBytes = 60;
  std::size_t i = at;
  next_cp(text_, i);  // the opening mark
  const std::size_t stop = std::min(text_.size(), i + kMostBytes);
  while (i < stop) {
    const std::size_t mark = i;
    const char32_t c = next_cp(text_, i);
    if (c == '\n') return false;
    Glyph g;
    if (!quote_glyph(c, g) || g.family != family) continue;
    // The closing mark: after a letter or a comma, then a space and a lower-case word.
    const char32_t before = cp_before(text_, mark);
    if (!is_alnum(before) && before != ',') return false;
    return i + 1 < text_.size() && text_[i] == ' ' && is_lower(cp_at(text_, i + 1));
  }
  return false;
}

// Whether the paragraph after pi opens with a single quotation mark that opens (not an
// apostrophe: ’90s, 'Tis).
bool Run::next_opens_single(std::size_t pi) const {
  if (pi + 1 >= paras_.size()) return false;
  const Span p = paras_[pi + 1];
  const std::size_t b = skip_space(text_, p.begin, p.end);
  std::size_t j = b;
  Glyph g;
  if (b >= p.end || !quote_glyph(next_cp(text_, j), g) || g.family != MarkFamily::kSingle) return false;
  const MarkRole role = classify_mark(text_, b, j, p.begin, p.end, g, impl_.lexicon);
  return role == MarkRole::kOpen || role == MarkRole::kEither;
}

// Pops the innermost opener of `family` and, above it, the openers that were
// never closed inside it (apostrophes or debris: dropped).
OpenMark Run::pop_family(MarkFamily family) {
  while (stack_.back().family != family) {
    --open_count(stack_.back().family);
    stack_.pop_back();
  }
  OpenMark o = stack_.back();
  stack_.pop_back();
  --open_count(family);
  return o;
}

void Run::scan_marks(std::size_t pi, std::size_t begin, std::size_t end) {
  stack_.clear();
  open_count_.fill(0);
  last_end_ = begin;
  paragraph_has_quote_ = false;
  sent_cursor_ = sentence_at(begin);
  const bool carried = carry_ >= 0 && out_[static_cast<std::size_t>(carry_)].paragraph + 1 == pi;
  const int carry = carried ? carry_ : -1;
  carry_ = -1;
  const std::size_t first = skip_space(text_, begin, end);
  // A quote that starts the paragraph with the family left open continues it.
  auto continues = [&](std::size_t start, MarkFamily f) { return start == first && f == carry_family_ ? carry : -1; };

  for (std::size_t i = begin; i < end;) {
    const unsigned char b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80 && b != '"' && b != '\'') {
      ++i;
      continue;
    }
    std::size_t j = i;
    Glyph g;
    if (!quote_glyph(next_cp(text_, j), g)) {
      i = j;
      continue;
    }
    const bool family_open = open_count(g.family) > 0;
    MarkRole role = classify_mark(text_, i, j, begin, end, g, impl_.lexicon);
    if (role == MarkRole::kEither) role = family_open ? MarkRole::kClose : MarkRole::kOpen;

    if (role == MarkRole::kClose && family_open) {
      emit_marked(pop_family(g.family), {i, j}, i, Recovery::kNone);
    } else if (role == MarkRole::kOpen) {
      if (family_open && !nests(g.family, i)) {  // a second opener: the first quote ends just before it
        const OpenMark o = pop_family(g.family);
        if (g.family != MarkFamily::kSingle)  // a lone single mark was an apostrophe
          emit_marked(o, {i, i}, trim_space_back(text_, o.end, i), Recovery::kUnclosed);
      }
      stack_.push_back({i, j, g.family, continues(i, g.family)});
      ++open_count(g.family);
    } else if (role == MarkRole::kClose && stack_.empty() && g.family != MarkFamily::kSingle &&
               !(g.direction == 0 && is_digit(cp_before(text_, i)))) {  // not 6'2"
      const std::size_t start = unopened_start(begin, i);
      emit_marked({start, start, g.family, continues(start, g.family)}, {i, j}, i, Recovery::kUnopened);
    }
    i = j;
  }
  // Still open at the paragraph end: runs to the end. Single marks were apostrophes, unless the
  // outermost one is continued by the next paragraph opening with a single mark (the quotation
  // over several paragraphs of texts quoting with single marks: ‘... / ‘...’).
  const std::size_t para_end = trim_space_back(text_, begin, end);
  for (std::size_t k = 0; k < stack_.size(); ++k) {
    const OpenMark& o = stack_[k];
    if (o.family == MarkFamily::kSingle && (k > 0 || !next_opens_single(pi))) continue;
    std::size_t before = out_.size();
    emit_marked(o, {para_end, para_end}, para_end, Recovery::kUnclosed);
    if (k == 0 && out_.size() > before) {
      carry_ = static_cast<int>(out_.size()) - 1;
      carry_family_ = o.family;
    }
  }
}

// --- recovery without marks ----------------------------------------------------

// The extents (marks included) of the top-level quotes found so far in the
// paragraph, sorted and merged.
std::vector<Span> Run::covered(std::size_t first_quote, std::size_t last_quote) const {
  std::vector<Span> v;
  for (std::size_t k = first_quote; k < last_quote; ++k)
    v.push_back({out_[k].open_mark.begin, std::max(out_[k].close_mark.end, out_[k].content.end)});
  std::sort(v.begin(), v.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (Span s : v) {
    if (!merged.empty() && s.begin < merged.back().end)
      merged.back().end = std::max(merged.back().end, s.end);
    else
      merged.push_back(s);
  }
  return merged;
}

// "reiterated: I have already said ..." -> a quote to the end of the sentence.
void Run::recover_colon(std::size_t pi, std::size_t first_quote) {
  const Span p = paras_[pi];
  const std::vector<Span> cov = covered(first_quote, out_.size());
  std::size_t ci = 0;
  for (std::size_t i = p.begin; i < p.end; ++i) {
    if (text_[i] != ':') continue;
    while (ci < cov.size() && cov[ci].end <= i) ++ci;
    if (ci < cov.size() && cov[ci].begin <= i) {
      i = cov[ci].end - 1;
      continue;
    }
    if (i + 1 >= p.end || !is_space(cp_at(text_, i + 1))) continue;  // 10:30, a:b
    const std::size_t content_begin = skip_space(text_, i + 1, p.end);
    Glyph g;
    if (content_begin >= p.end || quote_glyph(cp_at(text_, content_begin), g)) continue;
    if (section_label(p, i)) continue;  // "Editor's note: ...": a page's label, no one's speech
    // A speech verb among the four words before the colon, with no punctuation between.
    Span cue;
    std::size_t pos = i;
    const std::size_t floor = i > p.begin + 64 ? i - 64 : p.begin;
    for (int w = 0; w < 4 && cue.empty(); ++w) {
      std::size_t wb, we;
      if (!word_before(pos, floor, wb, we) || trim_space_back(text_, floor, pos) != we) break;
      if (impl_.is_speech_verb(text_, wb, we)) cue = {wb, we};
      pos = wb;
    }
    if (cue.empty()) continue;
    const Span s = sents_.empty() ? p : sents_[sentence_at(i)];
    std::size_t content_end = std::min(s.end > i ? s.end : p.end, p.end);
    for (std::size_t k = ci; k < cov.size() && cov[k].begin < content_end; ++k) {
      if (cov[k].end > content_end) {  // a quote crossing the sentence end: stop before it
        content_end = trim_space_back(text_, content_begin, cov[k].begin);
        break;
      }
    }
    if (content_end <= content_begin) continue;
    DirectQuote q;
    q.content = {content_begin, content_end};
    q.open_mark = {content_begin, content_begin};
    q.close_mark = {content_end, content_end};
    q.recovery = Recovery::kColon;
    q.cue = cue;
    emit(q);
    i = content_end - 1;
  }
}

// Quote marks read aloud, as a broadcast script writes them: "an invitation for a QUOTE good party
// UNQUOTE". The words between an opening and a closing word of the language pack (both in capitals,
// at most twelve words apart, in one sentence, outside other quotes) are a quote whose marks are
// those words.
void Run::recover_spoken(std::size_t pi, std::size_t first_quote) {
  const Span p = paras_[pi];
  const std::vector<Span> cov = covered(first_quote, out_.size());
  auto capitals = [&](Span w) {
    const std::string_view v = w.in(text_);
    return v.size() > 1 && v.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
  };
  auto inside = [&](std::size_t pos) {
    for (const Span& c : cov)
      if (c.begin <= pos && pos < c.end) return true;
    return false;
  };
  auto it =
      std::lower_bound(words_.begin(), words_.end(), p.begin, [](const Span& w, std::size_t x) { return w.begin < x; });
  for (; it != words_.end() && it->end <= p.end; ++it) {
    if (!capitals(*it) || !is(WordClass::kSpokenQuoteOpens, fold_word(it->in(text_))) || inside(it->begin)) continue;
    const std::size_t si = sentence_at(it->begin);
    for (auto c = std::next(it); c != words_.end() && c->end <= p.end && c - it <= 13; ++c) {
      if (sentence_at(c->begin) != si || inside(c->begin)) break;
      if (!capitals(*c) || !is(WordClass::kSpokenQuoteCloses, fold_word(c->in(text_)))) continue;
      if (c - it < 2) break;
      DirectQuote q;
      q.content = {std::next(it)->begin, std::prev(c)->end};
      q.open_mark = *it;
      q.close_mark = *c;
      emit(q);
      it = c;
      break;
    }
  }
}

// Block quotations: whole paragraphs of someone's words set off by their lead, without marks
// ("Mr. X issued the following statement:", "..., he said:", or a report followed by the words
// in their original language and then in translation).
//
// A paragraph that does not open with a quote mark starts a block when the paragraph before it
//   - ends with a colon right after a speech verb or a speech-act noun ("he said:", "issued the
//     following statement [links added]:"), or
//   - ends with a colon, has a speech verb in its last sentence (not a passive "stated by"), and
//     this paragraph speaks in the first or second person, or
//   - ends with a colon, has a lead verb in its last sentence (a speech verb of the profile or the
//     pack, or one of the pack's block_lead_verbs: "posted a summary of the interview:",
//     "provided some context:", "warmly welcomed him:"), and this paragraph is prose without an
//     attribution of its own, in the present tense when the verb is no speech verb, or
//   - has a speech verb in its last sentence or ends with a colon, and this paragraph is in
//     another language, or
//   - ends with a colon ("... were on the agenda:"), and this paragraph, with no marks of its
//     own, opens with a clause in the first or second person and no attribution ("We also
//     discussed ...": QuoteFinderOptions::unmarked_quotes; the others: colon_quotes).
// A paragraph whose marks already give a quote from its start is no block. The block runs on
// over the paragraphs that speak in the first or second person without an attribution of their
// own, are in another language, or follow one that is (its translation). A readout after
// "provided the following readout:" (readout_nouns) is narration in the third person, and no
// block.
bool Run::recover_block(std::size_t pi, std::size_t first_quote) {
  const Span p = paras_[pi];
  const int previous = block_;
  const bool continuing = previous >= 0 && block_para_ + 1 == pi;
  block_ = -1;
  const std::size_t b = skip_space(text_, p.begin, p.end);
  const std::size_t e = trim_space_back(text_, b, p.end);
  Glyph g;
  if (b >= e || quote_glyph(cp_at(text_, b), g)) return false;
  // A quote the marks already found from the paragraph's start (one closed but never opened).
  for (std::size_t k = first_quote; k < out_.size(); ++k)
    if (out_[k].content.begin <= b) return false;
  const bool foreign = other_language({b, e});
  // The paragraph's clauses: does it speak in the first or second person, and does it carry a
  // trailing attribution of its own (", he said") that ends any block?
  const std::vector<ClauseInfo> clauses = clauses_of({b, e}, {});
  bool personal = false, attributed = false;
  for (const ClauseInfo& c : clauses) {
    personal = personal || c.first_or_second_person;
    attributed = attributed || !c.tail_cue.empty();
  }
  const bool speech_like = personal && !attributed;
  Span cue = block_cue_;
  bool full_text = false;
  if (continuing) {
    // The full text runs on over prose, whatever its person, even one reporting someone else
    // ("When he addressed the Assembly, the President said that “...”").
    full_text = block_full_text_ && prose({b, e});
    if (!foreign && !block_other_language_ && !speech_like && !full_text) return false;
  } else {
    if (pi == 0) return false;
    const Span lead = paras_[pi - 1];
    const std::size_t end = trim_space_back(text_, lead.begin, lead.end);
    if (end == lead.begin) return false;
    const bool colon = text_[end - 1] == ':';
    const std::size_t si = sents_.empty() ? 0 : sentence_at(end - 1);
    const Span last{sents_.empty() ? lead.begin : std::max(sents_[si].begin, lead.begin), end};
    const Span fin = colon ? lead_final_word(lead, end - 1) : Span{};
    // The last speech verb of the lead's last sentence, not a passive one, and not inside the
    // editor's notes before the colon ("[links added]").
    Span verb;
    std::size_t i = last.begin, wb, we;
    while (next_word(i, fin.empty() ? last.end : fin.end, wb, we)) {
      if (!impl_.is_lead_verb(text_, wb, we)) continue;
      std::size_t j = we, nb, ne;
      char buf[8];
      if (next_word(j, last.end, nb, ne) &&
          ascii_lower(text_.substr(nb, ne - nb), buf, sizeof buf) == role_word(WordRole::kPassiveAgent))
        continue;
      verb = {wb, we};
    }
    char buf[24];
    const std::string_view fin_word = fin.empty() ? std::string_view() : ascii_lower(fin.in(text_), buf, sizeof buf);
    const bool strong =
        !fin.empty() && (impl_.is_speech_verb(text_, fin.begin, fin.end) || is(WordClass::kReportNouns, fin_word));
    // "provided the following readout:" opens an account in the third person, no quotation.
    const bool readout = !fin.empty() && is(WordClass::kReadoutNouns, fin_word);
    // A colon lead with a speech verb ("posted a summary of the interview:") before a paragraph
    // of prose, whatever its person, without an attribution of its own ("Mujica reaffirms his
    // solidarity ..."); with another lead verb ("provided some context:"), prose in the present
    // tense (narration, a readout, a list of figures is in the past).
    bool present = false;
    for (const ClauseInfo& c : clauses) present = present || c.present;
    const bool lead_prose = colon && !verb.empty() && !attributed && prose({b, e}) &&
                            (present || impl_.is_report_verb(text_, verb.begin, verb.end));
    // Any colon lead ("... were on the agenda:") when the paragraph opens in the first or second
    // person ("We also discussed ..."), with no marks of its own and no attribution in that clause.
    const bool self_opening = opt_.unmarked_quotes && colon && out_.size() == first_quote && !clauses.empty() &&
                              clauses[0].has_self_person() && clauses[0].person_cue.empty() &&
                              clauses[0].tail_cue.empty();
    // A lead announcing the full text ("The following statement was released by the
    // participants:", "her remarks as prepared for delivery are below:") opens a block of prose
    // without an attribution of its own, whatever its person.
    const bool announces = colon && !readout && announces_full_text(last);
    // A lead that ends on the marker ("... are below:", "The statement follows:") hands the rest
    // of the text to the words: the block runs on over prose whatever its person.
    full_text = announces && is(WordClass::kFullTextMarkers, fin_word);
    const bool opens = (opt_.colon_quotes && !readout &&
                        (foreign ? colon || !verb.empty()
                                 : strong || (colon && !verb.empty() && speech_like) || lead_prose ||
                                       (announces && !attributed && prose({b, e})))) ||
                       self_opening;
    if (!opens) return false;
    cue = !verb.empty() ? verb : strong ? fin : colon ? Span{end - 1, end} : Span{};
  }
  block_ = emit_markless({b, e}, cue, Recovery::kColon, continuing ? previous : -1);
  block_para_ = pi;
  block_cue_ = cue;
  block_other_language_ = foreign;
  block_full_text_ = full_text;
  return true;
}

// Whether sentence s of a lead announces the full text of a statement or remarks: one of the
// pack's report_nouns and one of its full_text_markers ("the following statement", "remarks ...
// are below").
bool Run::announces_full_text(Span s) const {
  bool noun = false, marker = false;
  std::size_t i = s.begin, wb, we;
  char buf[24];
  while (next_word(i, s.end, wb, we)) {
    const std::string_view w = ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf);
    noun = noun || is(WordClass::kReportNouns, w);
    marker = marker || is(WordClass::kFullTextMarkers, w);
  }
  return noun && marker;
}

// Where the words start after a dialogue dash that opens paragraph p ("— We are ready, she
// said."): an em or en dash, a space and a capital; kNpos when p opens otherwise.
std::size_t Run::dialogue_dash(Span p) const {
  std::size_t i = skip_space(text_, p.begin, p.end);
  if (i >= p.end) return kNpos;
  const char32_t c = next_cp(text_, i);
  if ((c != 0x2014 && c != 0x2013) || i >= p.end || !is_space(cp_at(text_, i))) return kNpos;
  i = skip_space(text_, i, p.end);
  return i < p.end && is_upper(cp_at(text_, i)) ? i : kNpos;
}

// Whether paragraph p is prose: it opens with a letter, a digit or a bracket (not a bullet or a
// dash of a list), ends with sentence punctuation (before any closing marks or brackets) and
// has six words or more (not a heading). A post may end in links, hashtags and handles
// instead ("... to discuss trade #diplomacy https://t.co/x").
bool Run::prose(Span p) const {
  constexpr std::size_t kMinWords = 6;
  const std::size_t b = skip_space(text_, p.begin, p.end);
  std::size_t e = trim_space_back(text_, b, p.end);
  if (b >= e) return false;
  bool post = false;
  for (;;) {
    std::size_t k = e;
    while (k > b && !is_space(cp_before(text_, k))) --k;
    const std::string_view last_chunk = text_.substr(k, e - k);
    if (k == b || !(last_chunk[0] == '#' || last_chunk[0] == '@' || last_chunk.find("://") != std::string_view::npos ||
                    last_chunk.rfind("pic.", 0) == 0 || last_chunk.rfind("www.", 0) == 0))
      break;
    post = true;
    e = trim_space_back(text_, b, k);
  }
  const char32_t first = cp_at(text_, b);
  if (!is_alnum(first) && first != '(' && first != '[') return false;
  Glyph g;
  while (e > b && (quote_glyph(cp_before(text_, e), g) || text_[e - 1] == ')' || text_[e - 1] == ']')) {
    --e;
    while (e > b && (static_cast<unsigned char>(text_[e]) & 0xC0) == 0x80) --e;  // to the lead byte
  }
  const char32_t last = e > b ? cp_before(text_, e) : U' ';
  if (last != '.' && last != '!' && last != '?' && last != 0x2026 && !(post && is_alnum(last))) return false;
  std::size_t i = b, wb, we, words = 0;
  while (words < kMinWords && next_word(i, e, wb, we)) ++words;
  return words >= kMinWords;
}

// The word right before the colon at `colon` that ends `lead`, after any bracketed notes
// ("statement [links added]:", "concern [2]:"); empty when there is none.
Span Run::lead_final_word(Span lead, std::size_t colon) const {
  std::size_t end = trim_space_back(text_, lead.begin, colon);
  while (end > lead.begin && (text_[end - 1] == ']' || text_[end - 1] == ')')) {
    const char open = text_[end - 1] == ']' ? '[' : '(';
    const std::size_t k = text_.substr(lead.begin, end - lead.begin).rfind(open);
    if (k == std::string_view::npos) return {};
    end = trim_space_back(text_, lead.begin, lead.begin + k);
  }
  std::size_t wb, we;
  if (!word_before(end, lead.begin, wb, we)) return {};
  return {wb, we};
}

// A paragraph in another language than the pack's: fifteen words or more, fewer than one in
// twenty-five of them among the pack's function words (an English paragraph of that length
// has one in five or more).
bool Run::other_language(Span p) const {
  constexpr std::size_t kMinWords = 15, kPerFunctionWord = 25;
  std::size_t i = p.begin, wb, we, words = 0, function = 0;
  while (next_word(i, p.end, wb, we)) {
    ++words;
    if (is(WordClass::kFunctionWords, fold_word(text_.substr(wb, we - wb)))) ++function;
  }
  return words >= kMinWords && function * kPerFunctionWord < words;
}

ClauseInfo Run::clause_info(Span c) const {
  ClauseInfo info;
  info.span = c;
  std::size_t i = c.begin, wb, we, prev_end = c.begin, since_comma = 0, after_tail = 0, names_since_comma = 0;
  std::size_t comma = kNpos;
  bool third_subject = false, relative = false, tail_inverted = false;
  Span verb_before, that_cue;  // the speech verb of the word before; of "VERB that"
  bool after_that = false;
  for (int n = 0; next_word(i, c.end, wb, we); ++n) {
    const std::size_t k = text_.substr(prev_end, wb - prev_end).rfind(',');
    if (k != kNpos) {
      comma = prev_end + k;
      since_comma = 0;
      names_since_comma = 0;
      relative = false;
    }
    char buf[16];
    std::string_view w = ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf);
    const WordClassSet cls = impl_.lexicon.classes(w);  // one look-up for every question below
    auto in = [&cls](WordClass wc) { return cls.has(wc); };
    if (in(WordClass::kFirstPerson) || in(WordClass::kSecondPerson)) info.first_or_second_person = true;
    // "we", "I", "you" as words, not "US" (an acronym)
    if (in(WordClass::kSelfPronouns) && (we - wb == 1 || !is_upper(cp_at(text_, wb + 1)))) {
      if (info.self_person == kNpos) info.self_person = wb;
      if (info.lost_open != kNpos) info.first_person_after_open = true;
    }
    if (in(WordClass::kPresentFinite)) info.present = true;
    if (n == 0 && is_upper(cp_at(text_, wb))) opening(info, wb, we, c.end);
    if (after_that && info.lost_open == kNpos && is_upper(cp_at(text_, wb)) &&
        w != role_word(WordRole::kFirstPersonSingular) && in(WordClass::kSentenceStarters) &&
        trim_space_back(text_, c.begin, wb) == prev_end) {
      info.lost_open = wb;
      info.lost_cue = that_cue;
      if (in(WordClass::kSelfPronouns)) info.first_person_after_open = true;
    }
    after_that = !verb_before.empty() && w == role_word(WordRole::kComplementizer) &&
                 trim_space_back(text_, c.begin, wb) == prev_end;
    if (after_that) that_cue = verb_before;
    verb_before = {};
    if (impl_.is_speech_verb(text_, wb, we)) {
      verb_before = {wb, we};
      if (n < 3 && info.leading_cue.empty()) info.leading_cue = {wb, we};
      if (third_subject && info.person_cue.empty()) info.person_cue = {wb, we};
      // ", noting that ..." (a participle) adds a report of its own: no inverted attribution.
      const bool participle = since_comma == 0 && w.size() > 4 && w.substr(w.size() - 3) == "ing";
      // The subject between: at most three words, or a title and name of capitalised words
      // (", Ex-Im Bank Vice Chairman Aguirre said.").
      const bool short_subject = since_comma <= 3 || (since_comma <= 8 && names_since_comma == since_comma);
      if (comma != kNpos && short_subject && !relative && !participle) {
        info.tail_cue = {wb, we};
        info.tail_comma = comma;
        after_tail = 0;
        tail_inverted = since_comma == 0;  // ", said President Mejia during his remarks"
      }
    }
    relative = relative || in(WordClass::kRelativeWords);
    if (in(WordClass::kThirdPersonSubjects) ||
        (is_upper(cp_at(text_, wb)) && !in(WordClass::kFirstPerson) && !in(WordClass::kSecondPerson)))
      third_subject = true;
    ++since_comma;
    if (is_upper(cp_at(text_, wb))) ++names_since_comma;
    ++after_tail;
    prev_end = we;
  }
  // ", where the mayor said the city was calm" is no attribution; an inverted one (", said
  // President Mejia during his remarks at the lunch") carries its speaker and an adjunct.
  if (after_tail > (tail_inverted ? 10u : 4u)) info.tail_cue = {};
  return info;
}

// The first word [wb, we) of a clause: "We", "I'm", "Our" (first person), or
// "This is", "It's", "There are" (present tense), either apostrophe.
void Run::opening(ClauseInfo& info, std::size_t wb, std::size_t we, std::size_t end) const {
  char hbuf[16];
  const std::string_view head = ascii_lower(text_.substr(wb, we - wb), hbuf, sizeof hbuf);
  const std::string_view suffix = token_at(we);  // "'s" of "It's", "'m" of "I'm"
  const bool clitic = !suffix.empty() && (suffix[0] == '\'' || suffix.substr(0, 3) == "\xE2\x80\x99");
  info.opens_first_person = is(WordClass::kFirstPerson, head);
  if (!is(WordClass::kDemonstratives, head)) return;
  std::size_t i = we, b2, e2;
  char buf2[8];
  info.opens_present = (clitic && (suffix == "'s" || suffix == "\xE2\x80\x99s")) ||
                       (!clitic && next_word(i, end, b2, e2) &&
                        is(WordClass::kPresentBe, ascii_lower(text_.substr(b2, e2 - b2), buf2, sizeof buf2)));
}

// The clauses of paragraph p (its sentences, split at ". lower-case": the splitter keeps
// "community. and reiterated" together), each marked covered when a quote of `cov` overlaps it.
std::vector<ClauseInfo> Run::clauses_of(Span p, const std::vector<Span>& cov) const {
  std::vector<ClauseInfo> clauses;
  for (std::size_t si = sentence_at(p.begin); si < sents_.size() && sents_[si].begin < p.end; ++si) {
    const Span s = sents_[si];
    if (s.end <= p.begin) continue;
    std::size_t start = s.begin;
    for (std::size_t k = s.begin; k < s.end; ++k) {
      const char ch = text_[k];
      if (ch != '.' && ch != '!' && ch != '?') continue;
      const std::size_t next = skip_space(text_, k + 1, s.end);
      if (next == k + 1 || next >= s.end || !is_lower(cp_at(text_, next))) continue;
      clauses.push_back(clause_info({start, k + 1}));
      start = next;
    }
    clauses.push_back(clause_info({start, s.end}));
  }
  std::size_t ci = 0;
  for (ClauseInfo& c : clauses) {
    while (ci < cov.size() && cov[ci].end <= c.span.begin) ++ci;
    c.covered = ci < cov.size() && cov[ci].begin < c.span.end;
  }
  return clauses;
}

// Verbatim sentences whose marks were lost. A clause with no marks that opens
// in the first person ("We had ...") or in the present tense ("This is ...")
// and does not itself report speech is a quote when
//   - first person (strong evidence): the clause before it has a third-person
//     speech cue ("Blinken posted ...") or the clause after leads with one
//     ("... . and reiterated:"), or
//   - present tense (weak evidence: "It is the largest drill since 2019." is
//     narration): both, i.e. it sits inside a run of speech.
// A clause ending in a trailing attribution (", he added.": the quote ends at the comma) is a
// quote when it opens so, or has "I", "we" or "you" before the attribution ("The
// process looks positive, but we hope ..., he said."). Such a quote takes in the clauses before
// it that read as the same speaker's (first person; or, in a text with no double marks, where
// unmarked sentences are not narration by that alone, present tense with no speech cue):
// all of them when they reach the paragraph start ("Dialog is necessary. We stress it. We
// wish ..., he said."), else only the first-person ones next to it. The clauses after the
// attribution that read so are one more quote of the same speaker when one has a first-person
// word ("..., Mr. Yohannes said. Cape Verde illustrates ... We look forward ...").
// A paragraph opened by a dialogue dash (an em or en dash and a space before a capital) is the
// speech of its trailing attribution whatever its person ("— The sanctions stay, she replied.",
// "— What about the sanctions? asked a reporter."), without the dash.
// "VERB that In the final agreement, we ...": a capitalised sentence opener after "that"
// where a mark was lost, with a first-person word after it, opens a quote to the paragraph end.
// `lost_marks`: the document lost its marks (see run()): a trailing attribution of a clause in
// the present tense is a quote too, and so are the present-tense clauses after it.
// Returns whether a quote was found on first-person evidence.
bool Run::recover_unmarked(std::size_t pi, const std::vector<Span>& cov, bool lost_marks) {
  const Span p = paras_[pi];
  std::vector<ClauseInfo> clauses = clauses_of(p, cov);
  bool strong = false;
  // A paragraph opened by a dialogue dash ("— We are ready, she said."): the dash marks speech
  // as an opening mark would, and is no part of it.
  const std::size_t dash = dialogue_dash(p);
  auto start_of = [&](std::size_t k) { return k == 0 && dash != kNpos ? dash : clauses[k].span.begin; };
  // A clause that reads as the speaker's own words next to a verbatim one.
  auto reads_verbatim = [&](const ClauseInfo& c) {
    return !c.covered && c.tail_cue.empty() && c.person_cue.empty() && c.lost_open == kNpos &&
           (c.has_self_person() || (c.present && c.leading_cue.empty() && !marked_));
  };
  for (std::size_t k = 0; k < clauses.size(); ++k) {
    const ClauseInfo& c = clauses[k];
    if (c.covered) continue;
    if (c.lost_open != kNpos && c.first_person_after_open) {
      emit_markless({c.lost_open, trim_space_back(text_, c.lost_open, p.end)}, c.lost_cue, Recovery::kUnmarked);
      strong = true;
      break;  // to the paragraph end
    }
    if (!c.tail_cue.empty()) {
      std::size_t from = k;
      while (from > 0 && reads_verbatim(clauses[from - 1])) --from;
      if (from > 0)  // not from the paragraph start: only the first-person clauses next to it
        while (from < k && !clauses[from].has_self_person()) ++from;
      bool person = c.verbatim_person();
      for (std::size_t j = from; j < k; ++j) person = person || clauses[j].has_self_person();
      const bool quote = c.opens_first_person || c.opens_present || person || (lost_marks && c.present) ||
                         (from == 0 && dash != kNpos);
      if (quote) {
        emit_markless({start_of(from), trim_space_back(text_, c.span.begin, c.tail_comma + 1)}, c.tail_cue,
                      Recovery::kUnmarked);
        strong = strong || person;
      }
      std::size_t to = k + 1;
      bool after_person = false;
      while (to < clauses.size() && reads_verbatim(clauses[to])) after_person |= clauses[to++].has_self_person();
      if (to > k + 1 && (after_person || (lost_marks && quote))) {
        emit_markless({clauses[k + 1].span.begin, clauses[to - 1].span.end}, c.tail_cue, Recovery::kUnmarked);
        k = to - 1;
      }
      continue;
    }
    const bool dashed = k == 0 && dash != kNpos;
    if (lost_marks || !(c.opens_first_person || c.opens_present || dashed)) continue;
    const bool cue_before = k > 0 && !clauses[k - 1].person_cue.empty() && !clauses[k - 1].first_or_second_person;
    const bool cue_after = k + 1 < clauses.size() && !clauses[k + 1].leading_cue.empty();
    if (!c.person_cue.empty() || !(dashed                 ? cue_after
                                   : c.opens_first_person ? cue_before || cue_after
                                                          : cue_before && cue_after))
      continue;
    emit_markless({start_of(k), c.span.end}, cue_before ? clauses[k - 1].person_cue : clauses[k + 1].leading_cue,
                  Recovery::kUnmarked);
  }
  return strong;
}

// --- terms -------------------------------------------------------------------------

bool Run::sentence_has_speech_verb(std::size_t si) {
  if (sentence_speech_.empty()) sentence_speech_.assign(sents_.size(), -1);
  if (sentence_speech_[si] < 0) {
    std::size_t i = sents_[si].begin, wb, we;
    bool found = false;
    while (!found && next_word(i, sents_[si].end, wb, we)) found = impl_.is_speech_verb(text_, wb, we);
    sentence_speech_[si] = found ? 1 : 0;
  }
  return sentence_speech_[si] == 1;
}

bool Run::speech_verb_outside_np(std::size_t si) const {
  if (sents_.empty()) return false;
  std::size_t i = sents_[si].begin, wb, we, pb = 0, pe = 0;
  char buf[16];
  while (next_word(i, sents_[si].end, wb, we)) {
    if (impl_.is_speech_verb(text_, wb, we) &&
        !(pe > pb && (is(WordClass::kDeterminers, ascii_lower(text_.substr(pb, pe - pb), buf, sizeof buf)) ||
                      is(WordClass::kDemonstratives, ascii_lower(text_.substr(pb, pe - pb), buf, sizeof buf)))))
      return true;
    pb = wb;
    pe = we;
  }
  return false;
}

// "a program called “X”" names a thing; "Trump called “X”" and "which he
// called “X”" report speech: the word before must be a lower-case noun.
bool Run::after_common_noun(std::size_t pos, std::size_t floor) const {
  std::size_t wb, we;
  char buf[16];
  // In apposition after its comma: "The plan, called “…”".
  const std::size_t before = trim_space_back(text_, floor, pos);
  if (before > floor && text_[before - 1] == ',') pos = before - 1;
  return word_before(pos, floor, wb, we) && is_lower(cp_at(text_, wb)) &&
         !is(WordClass::kNotCommonNouns, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf));
}

// Whether paragraph p is a headline: no sentence punctuation at its end, before closing marks.
bool Run::headline(Span p) const {
  std::size_t e = trim_space_back(text_, p.begin, p.end);
  Glyph g;
  while (e > p.begin && quote_glyph(cp_before(text_, e), g)) {
    --e;
    while (e > p.begin && (static_cast<unsigned char>(text_[e]) & 0xC0) == 0x80) --e;  // to the lead byte
  }
  if (e == p.begin) return false;
  const char32_t c = cp_before(text_, e);
  return !(c == '.' || c == '!' || c == '?' || c == ':' || c == ';');
}

// Whether the headline p names its speaker before a colon ahead of `pos` ("Ashton: Ukraine
// 'Intends to Sign' ..."): a name, or a short description that a title word ends ("Israeli
// Negotiator:", "Agency Administrator:": the story names the person who holds it). A title
// word before the last one is a name's title and no speaker alone ("Secretary of State:").
bool Run::headline_speaker(Span p, std::size_t pos) const {
  constexpr int kMaxDescribedWords = 3;
  const std::size_t colon = text_.substr(p.begin, pos - p.begin).find(": ");
  if (colon == std::string_view::npos) return false;
  std::size_t i = p.begin, wb, we;
  int words = 0;
  bool title_last = false;
  while (next_word(i, p.begin + colon, wb, we)) {
    if (!is_upper(cp_at(text_, wb)) || title_last) return false;
    title_last = impl_.is_title_word(text_.substr(wb, we - wb));
    ++words;
  }
  return words > 0 && (!title_last || words <= kMaxDescribedWords);
}

// Whether the headline p has a speech verb in any case, not a title word ("..., Demands Zambian
// President", "White House Says"; not "Secretary of State").
bool Run::headline_speech(Span p) const {
  std::size_t i = p.begin, wb, we;
  while (next_word(i, p.end, wb, we)) {
    const std::string_view w = text_.substr(wb, we - wb);
    if (impl_.is_report_verb_any_case(w) && !impl_.is_title_word(w)) return true;
  }
  return false;
}

// A quoted name, title or scare quote:
//   - a cue word right before the opening mark, or before a determiner there (so-called,
//     dubbed, known as, the term ...: "known as the “Pacific Marines.”");
//   - in prose, a quote right after a capitalised noun that opens with a capital (a name in
//     apposition: "the Annual Convention “Global trade for global dairy”");
//   - a Title Case name (lower-case small words and prepositions allowed) in a sentence that
//     has no speech verb: up to 24 words; with a final period or comma inside the marks when
//     it has four words or more, or stands inside another quotation ("for a 'Free and Open
//     Indo-Pacific.'");
//   - one word inside another quotation, with no punctuation of its own: a word the speaker
//     mentions or keeps at a distance ("I forgot to say “Gamarjoba”", "this so-called 'reform'");
//   - a quote right after a noun of a work or a document, or after it and a comma in
//     apposition (work_nouns: "the report “Climate change and farming”", "her article, “Why
//     trade matters,” appeared");
//   - one hyphenated word right before a lower-case word, a compound modifier held at a distance
//     ("calls for a “people-driven” constitution", "is an “EU-only” agreement").
// A quote in a headline after its speaker's colon ("Ashton: Ukraine 'Intends to Sign' ...") is
// speech.
// "sentenced her for “insulting the state”", "on charges of “spreading propaganda.”": a
// lower-case phrase in marks right after a preposition that follows, in its sentence and at most
// kMaxChargeGap words back, a word of a charge, a conviction or a sentence (the pack's
// charge_words) names the offence, the court's or the law's wording, no one's speech. A speech
// verb between gives the words to its subject ("was convicted, she said, of “nothing at all”").
bool Run::charge_phrase(const DirectQuote& q) const {
  constexpr int kMaxChargeGap = 12;
  if (sents_.empty() || !is_lower(cp_at(text_, q.content.begin)) || q.open_mark.empty()) return false;
  const std::size_t floor = std::max(sents_[q.first_sentence].begin, paras_[q.paragraph].begin);
  if (q.open_mark.begin <= floor) return false;
  std::size_t pb, pe;
  char buf[16];
  if (!word_before(q.open_mark.begin, floor, pb, pe) || trim_space_back(text_, floor, q.open_mark.begin) != pe)
    return false;
  const std::string_view prep = ascii_lower(text_.substr(pb, pe - pb), buf, sizeof buf);
  // "charged the staff to “do right”": after the infinitive marker the phrase is a verb phrase, a
  // task someone set, not the name of an offence.
  if (!is(WordClass::kAdjunctPrepositions, prep) || prep == role_word(WordRole::kInfinitiveMarker)) return false;
  auto it =
      std::lower_bound(words_.begin(), words_.end(), pb, [](const Span& w, std::size_t p) { return w.begin < p; });
  for (int n = 0; n < kMaxChargeGap && it != words_.begin() && (it - 1)->begin >= floor; ++n) {
    --it;
    if (impl_.is_speech_verb(text_, it->begin, it->end)) return false;
    if (is(WordClass::kChargeWords, ascii_lower(it->in(text_), buf, sizeof buf))) return true;
  }
  return false;
}

bool Run::looks_like_term(const DirectQuote& q) {
  {
    // A code in marks ("a meeting in the format “C5+1,”", "“G7”", "“2+2”"): one chunk without
    // white space, with a digit and no lower-case letter, names a format, a group or a number,
    // no one's words (shouted speech, "“NO!”", has no digit).
    std::string_view c = q.content.in(text_);
    while (!c.empty() && std::string_view(",.;:!?").find(c.back()) != std::string_view::npos) c.remove_suffix(1);
    bool digit = false, lower = false, space = false;
    for (char ch : c) {
      digit = digit || (ch >= '0' && ch <= '9');
      lower = lower || (ch >= 'a' && ch <= 'z') || (static_cast<unsigned char>(ch) >= 0x80);
      space = space || ch == ' ' || ch == '\t' || ch == '\n';
    }
    if (!c.empty() && digit && !lower && !space) return true;
  }
  if (charge_phrase(q)) return true;
  if (named_by_subject(q)) return true;  // "The theme for 2008 is “Prevent Home Fires.”"
  {
    // "It's a 'one-stop shop' for …", "There is no such thing as a 'man's job,'" inside another
    // quotation: a short lower-case noun phrase right after its determiner (a comma or period of
    // the sentence around it may stand inside the marks), a hyphenated compound or after a
    // preposition and the determiner, is held at a distance, no speech of its own ("call it a
    // 'quiet crisis'" may be the speaker's own naming).
    std::string_view c = q.content.in(text_);
    if (!c.empty() && (c.back() == ',' || c.back() == '.')) c.remove_suffix(1);
    const Span p = paras_[q.paragraph];
    if (q.depth > 0 && !c.empty() && is_lower(cp_at(text_, q.content.begin)) &&
        c.find_first_of(",.;:!?") == std::string_view::npos) {
      constexpr int kMaxScareWords = 3;
      int words = 0;
      for (std::size_t k = q.content.begin, b, e; next_word(k, q.content.begin + c.size(), b, e);) ++words;
      const std::size_t floor = q.open_mark.begin > p.begin + 20 ? q.open_mark.begin - 20 : p.begin;
      std::size_t db, de;
      char buf[16];
      if (words <= kMaxScareWords && word_before(q.open_mark.begin, floor, db, de) &&
          trim_space_back(text_, floor, q.open_mark.begin) == de &&
          is(WordClass::kDeterminers, ascii_lower(text_.substr(db, de - db), buf, sizeof buf)) &&
          !pronoun(ascii_lower(text_.substr(db, de - db), buf, sizeof buf))) {
        std::size_t pb, pe;
        const bool hyphen = c.find('-') != std::string_view::npos;
        const std::size_t pfloor = db > p.begin + 20 ? db - 20 : p.begin;
        const bool after_preposition = word_before(db, pfloor, pb, pe) &&
                                       (is(WordClass::kAdjunctPrepositions, fold_word(text_.substr(pb, pe - pb))) ||
                                        fold_word(text_.substr(pb, pe - pb)) == role_word(WordRole::kPredicativeAs));
        if (hyphen || after_preposition) return true;
      }
    }
  }
  if (is_alnum(cp_before(text_, q.content.end))) {
    std::size_t i = q.content.begin, wb, we;
    const bool one_word = next_word(i, q.content.end, wb, we) && wb == q.content.begin && we == q.content.end;
    if (one_word && q.depth > 0) return true;
    const Span p = paras_[q.paragraph];
    std::size_t j = q.close_mark.end, nb, ne;
    if (one_word && q.content.in(text_).find('-') != std::string_view::npos && j < p.end && text_[j] == ' ' &&
        next_word(j, p.end, nb, ne) && nb == q.close_mark.end + 1 && is_lower(cp_at(text_, nb)))
      return true;
  }
  const Span p = paras_[q.paragraph];
  const std::size_t floor = q.open_mark.begin > p.begin + 40 ? q.open_mark.begin - 40 : p.begin;
  std::size_t b1, e1, b2, e2;
  char buf1[16], buf2[16];
  const bool adjacent =
      word_before(q.open_mark.begin, floor, b1, e1) && trim_space_back(text_, floor, q.open_mark.begin) == e1;
  for (int skip = 0; adjacent && skip < 2; ++skip) {
    std::string_view w1 = ascii_lower(text_.substr(b1, e1 - b1), buf1, sizeof buf1);
    if (is(WordClass::kTermCues, w1) && (w1 != "called" || after_common_noun(b1, floor))) return true;
    if (is(WordClass::kTermCuePairSecond, w1) && word_before(b1, floor, b2, e2) &&
        is(WordClass::kTermCuePairFirst, ascii_lower(text_.substr(b2, e2 - b2), buf2, sizeof buf2)))
      return true;
    if (!is(WordClass::kDeterminers, w1) || !word_before(b1, floor, b1, e1)) break;
  }
  {
    // After a comma, in apposition only: a comma closes the title too.
    std::size_t before = trim_space_back(text_, floor, q.open_mark.begin);
    const bool closed_by_comma =
        cp_before(text_, q.content.end) == ',' || (q.close_mark.end < p.end && text_[q.close_mark.end] == ',');
    if (before > floor && text_[before - 1] == ',' && closed_by_comma)
      before = trim_space_back(text_, floor, before - 1);
    // A naming noun's name too: "the theme, “Partners in Progress,” as timely" (naming_nouns).
    if (word_before(before, floor, b1, e1) && e1 == before &&
        (is(WordClass::kWorkNouns, ascii_lower(text_.substr(b1, e1 - b1), buf1, sizeof buf1)) ||
         (is_lower(cp_at(text_, b1)) &&
          is(WordClass::kNamingNouns, ascii_lower(text_.substr(b1, e1 - b1), buf1, sizeof buf1)))))
      return true;  // "the report “Climate change and farming”"
  }
  const bool speech = !sents_.empty() && sentence_has_speech_verb(q.first_sentence);
  const bool prose = !headline(p);
  if (!prose && headline_speaker(p, q.open_mark.begin)) return false;  // "Ashton: Ukraine 'Intends to Sign' ..."
  if (!prose && headline_speech(p)) return false;                      // "Show Me an 'X', Demands President"
  if (!prose && !speech && is_lower(cp_at(text_, q.content.begin)) && is_alnum(cp_before(text_, q.content.end))) {
    std::size_t i = q.content.begin, wb, we;  // "Tanzania's opposition ‘heavyweights’ are back"
    if (next_word(i, q.content.end, wb, we) && wb == q.content.begin && we == q.content.end) return true;
  }
  // "attempts to “terminate” the crisis": one lower-case word after "to", in a sentence with no
  // verb of speech (a speech verb's form after a determiner or a demonstrative is a noun: "that states
  // budget", a slip for "that state's budget"), is a
  // verb held at a distance, no one's words.
  if (prose && !speech_verb_outside_np(q.first_sentence) && is_lower(cp_at(text_, q.content.begin)) &&
      is_alnum(cp_before(text_, q.content.end)) && word_before(q.open_mark.begin, floor, b1, e1) &&
      trim_space_back(text_, floor, q.open_mark.begin) == e1 &&
      text_.substr(b1, e1 - b1) == role_word(WordRole::kInfinitiveMarker)) {
    std::size_t i = q.content.begin, wb, we;
    if (next_word(i, q.content.end, wb, we) && wb == q.content.begin && we == q.content.end) return true;
  }
  // "members who pledged to “get things done”", "took the pledge to “serve with honor,”": a
  // lower-case verb phrase right after "to" and a word of a commitment (commitment_words) is the
  // pledge's or the motto's words, held at a distance; a vow is no report either (corpus rule 6).
  // Not a gerund after the preposition "to" ("commitment to “preserving this order has never
  // been greater,” declared X"), nor a quote a speech verb follows.
  if (prose && is_lower(cp_at(text_, q.content.begin)) && word_before(q.open_mark.begin, floor, b1, e1) &&
      trim_space_back(text_, floor, q.open_mark.begin) == e1 &&
      text_.substr(b1, e1 - b1) == role_word(WordRole::kInfinitiveMarker) && word_before(b1, floor, b2, e2) &&
      trim_space_back(text_, floor, b1) == e2 &&
      is(WordClass::kCommitmentWords, ascii_lower(text_.substr(b2, e2 - b2), buf2, sizeof buf2))) {
    std::size_t i = q.content.begin, wb, we, j = q.close_mark.end, nb, ne;
    const bool gerund = next_word(i, q.content.end, wb, we) && we - wb > 4 && text_.substr(we - 3, 3) == "ing";
    const bool cue_after = next_word(j, p.end, nb, ne) && impl_.is_speech_verb(text_, nb, ne);
    if (!gerund && !cue_after) return true;
  }
  // A short lower-case noun phrase held at a distance, no one's words: "selected ‘global
  // leadership’ as one of its goals" (two to four words, in a sentence with no verb of speech), or
  // a name a relative clause then describes ("the model of “partnership economics,” which …").
  if (prose && is_lower(cp_at(text_, q.content.begin)) && q.depth == 0) {
    constexpr int kMaxPhraseWords = 4;
    constexpr int kMaxNameWords = 3;
    int words = 0;
    bool plain = true;
    for (std::size_t k = q.content.begin, wb, we; next_word(k, q.content.end, wb, we);) {
      ++words;
      plain = plain && is_lower(cp_at(text_, wb));
    }
    const char32_t last = cp_before(text_, q.content.end);
    std::size_t j = q.close_mark.end, nb, ne;
    if (j < p.end && text_[j] == ',') ++j;
    char buf[16];
    bool relative = j < p.end && text_[j] == ' ' && next_word(j, p.end, nb, ne) &&
                    is(WordClass::kRelativePronouns, ascii_lower(text_.substr(nb, ne - nb), buf, sizeof buf));
    // "highlighted the relationship as “joint triumphs” which …": after "as" in a sentence with a
    // verb of speech (the pack's too: "highlight", "describe") the phrase is the description the
    // cue governs, the speaker's words.
    bool described = false;
    {
      std::size_t ab, ae;
      if (!sents_.empty() && word_before(q.open_mark.begin, floor, ab, ae) &&
          trim_space_back(text_, floor, q.open_mark.begin) == ae &&
          ascii_lower(text_.substr(ab, ae - ab), buf, sizeof buf) == role_word(WordRole::kPredicativeAs)) {
        std::size_t k = sents_[q.first_sentence].begin, wb, we;
        while (!described && next_word(k, q.open_mark.begin, wb, we)) described = impl_.is_report_verb(text_, wb, we);
      }
    }
    if (described) relative = false;
    // Between real marks, not after a determiner ("the “pinch points” in …" may be a speaker's).
    std::size_t db, de;
    // Nor after a form of "be": "had been “frank and useful”" is an evaluation, someone's words.
    const bool after_det = word_before(q.open_mark.begin, floor, db, de) &&
                           trim_space_back(text_, floor, q.open_mark.begin) == de &&
                           (is(WordClass::kDeterminers, ascii_lower(text_.substr(db, de - db), buf, sizeof buf)) ||
                            is(WordClass::kBeForms, ascii_lower(text_.substr(db, de - db), buf, sizeof buf)));
    const bool marks = q.open_mark.size() > 0 && is_quote_mark(cp_at(text_, q.open_mark.begin));
    // Up to four words with no verb of speech ("examiner “boots on the ground”"); a name a relative
    // clause describes is shorter (“it is very comforting” that … after "said" is speech).
    // Also with a verb of speech, when two modifiers or more stand between the phrase and the
    // determiner that opens its noun phrase ("at a town-hall Sept. 9 “all hands” in the gym").
    // The phrase opens with no determiner of its own ("a German brigade “a historic step”" is a
    // small clause's predicate, someone's words).
    std::size_t fb, fe;
    std::size_t k0 = q.content.begin;
    const bool own_det = next_word(k0, q.content.end, fb, fe) &&
                         is(WordClass::kDeterminers, ascii_lower(text_.substr(fb, fe - fb), buf, sizeof buf));
    if (plain && marks && words >= 2 && words <= kMaxPhraseWords && is_alnum(last) && !described && !own_det &&
        stacked_modifiers(q, floor))
      return true;
    if (plain && marks && words >= 2 &&
        ((!speech && !described && !after_det && is_alnum(last) && words <= kMaxPhraseWords) ||
         (relative && words <= kMaxNameWords && (is_alnum(last) || last == ','))))
      return true;
  }
  if (prose && !speech && word_before(q.open_mark.begin, floor, b1, e1) &&
      trim_space_back(text_, floor, q.open_mark.begin) == e1 && is_upper(cp_at(text_, b1)) &&
      is_upper(cp_at(text_, q.content.begin)) && (sents_.empty() || b1 > sents_[q.first_sentence].begin) &&
      !impl_.is_title_word(text_.substr(b1, e1 - b1)))
    return true;  // "the Annual Convention “Global trade for global dairy”"
  constexpr std::size_t kMaxTitleBytes = 200;
  constexpr int kMaxTitleWords = 24, kPunctuatedTitleWords = 4;
  if (q.content.size() > kMaxTitleBytes) return false;
  // "hosting a “Global Health in the 21st century” event": a capitalised name between a
  // determiner and the lower-case noun it modifies is a title, also with lower-case words in it;
  // so is a short lower-case phrase there, also inside a quotation ("how the ‘troop surge’
  // strategy works": the name of a policy, no one's words).
  const bool capitalised = is_upper(cp_at(text_, q.content.begin));
  if ((capitalised ? q.depth == 0 : is_lower(cp_at(text_, q.content.begin))) &&
      is_alnum(cp_before(text_, q.content.end)) &&
      (capitalised || q.content.in(text_).find_first_of(",;:!?") == std::string_view::npos)) {
    constexpr int kMaxModifierWords = 8, kMaxLowerModifierWords = 4;
    int words = 0;
    for (std::size_t k = q.content.begin, wb, we; next_word(k, q.content.end, wb, we);) ++words;
    if (!capitalised && words > kMaxLowerModifierWords) words = kMaxModifierWords + 1;
    char buf[16];
    const bool after_det = word_before(q.open_mark.begin, floor, b1, e1) &&
                           trim_space_back(text_, floor, q.open_mark.begin) == e1 && is_lower(cp_at(text_, b1)) &&
                           is(WordClass::kDeterminers, ascii_lower(text_.substr(b1, e1 - b1), buf, sizeof buf)) &&
                           !pronoun(ascii_lower(text_.substr(b1, e1 - b1), buf, sizeof buf));
    // The word after the mark: a lower-case word that is no function word, preposition, pronoun
    // or speech verb (the noun the name modifies).
    std::size_t j = q.close_mark.end, nb, ne;
    const Span para = paras_[q.paragraph];
    bool noun_after = false;
    if (after_det && j < para.end && text_[j] == ' ' && next_word(j, para.end, nb, ne) && nb == q.close_mark.end + 1 &&
        is_lower(cp_at(text_, nb))) {
      const std::string_view f = ascii_lower(text_.substr(nb, ne - nb), buf, sizeof buf);
      noun_after = !f.empty() && !is(WordClass::kFunctionWords, f) && !is(WordClass::kTitleSmallWords, f) &&
                   !is(WordClass::kAdjunctPrepositions, f) && !is(WordClass::kPlaceTimeAdverbs, f) && !pronoun(f) &&
                   !impl_.is_speech_verb(text_, nb, ne);
    }
    if (words >= 2 && words <= kMaxModifierWords && noun_after) return true;
  }
  std::size_t end = q.content.end, i = q.content.begin, wb, we;
  const char32_t last = cp_before(text_, end);
  const bool punctuated = last == '.' || last == ',';
  if (!is_alnum(last) && !punctuated) return false;
  int words = 0;
  bool lower = false;  // "THANK YOU VERY MUCH." is shouted speech, not a title
  while (next_word(i, end, wb, we)) {
    char buf[16];
    std::string_view w = ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf);
    bool capital = is_upper(cp_at(text_, wb)) || is_digit(cp_at(text_, wb));
    for (std::size_t k = wb; k < we && !lower; ++k) lower = text_[k] >= 'a' && text_[k] <= 'z';
    if (words == 0 && (!capital || w == role_word(WordRole::kFirstPersonSingular))) return false;
    if (!capital && !is(WordClass::kTitleSmallWords, w) && !is(WordClass::kAdjunctPrepositions, w)) return false;
    if (++words > kMaxTitleWords) return false;
  }
  if (words >= 2 && lower && named_by_apposition(q)) return true;  // “Taking Stock,” a roundtable on …
  // "commander of the African-American “Red Tails.”": a short Title Case name with the sentence's
  // period or comma inside its marks, right after a determiner (no pronoun) or after one modifier
  // of the noun phrase (a lower-case or hyphenated word) that a determiner opens, is a name.
  if (punctuated && q.depth == 0 && lower && words >= 2 && words < kPunctuatedTitleWords) {
    std::size_t db, de;
    char buf[16];
    if (word_before(q.open_mark.begin, floor, db, de) && trim_space_back(text_, floor, q.open_mark.begin) == de) {
      for (int skip = 0; skip < 2; ++skip) {
        const std::string_view w = ascii_lower(text_.substr(db, de - db), buf, sizeof buf);
        if (is(WordClass::kDeterminers, w) && !pronoun(w) && is_lower(cp_at(text_, db))) return true;
        const bool modifier =
            is_lower(cp_at(text_, db)) || text_.substr(db, de - db).find('-') != std::string_view::npos;
        if (skip > 0 || !modifier || is(WordClass::kFunctionWords, w) || impl_.is_speech_verb_any_case(w) ||
            !word_before(db, floor, db, de))
          break;
      }
    }
  }
  if (punctuated && ((words < kPunctuatedTitleWords && q.depth == 0) || !lower)) return false;  // "rare." "tension,"
  if (words == 0) return false;
  if (!speech) return true;
  // In a sentence with a speech verb, a short Title Case name in the place of a noun or its
  // modifier: "launched the agency's 2012 “Drive Safe or Pay” seat belt effort and reminded ...".
  // Inside another quotation, a short Title Case name with its comma ("declare this week, "Road
  // Workers Week," because …") too.
  constexpr int kMaxNameWords = 6;
  if (q.depth > 0 && words >= 2 && words <= kMaxNameWords && lower) return true;
  return !punctuated && words <= kMaxNameWords && in_noun_phrase(q, floor);
}

// Whether two modifiers or more stand between the quote's opening mark and the determiner (no
// pronoun) that opens its noun phrase, at most kMaxModifiers words back: words with only spaces
// between them or an abbreviation's period ("a town-hall Sept. 9 “all hands”"), one of them at
// least a marked modifier (hyphenated, a number or capitalised: not "the council should"); none a
// function word, an auxiliary, a modal, a preposition or a verb of speech.
bool Run::stacked_modifiers(const DirectQuote& q, std::size_t floor) const {
  constexpr int kMaxModifiers = 4, kMinModifiers = 2;
  constexpr std::size_t kMaxAbbreviation = 4;
  std::size_t at = q.open_mark.begin, wb, we;
  char buf[16];
  bool marked = false;
  for (int n = 0; n <= kMaxModifiers && word_before(at, floor, wb, we); ++n, at = wb) {
    for (std::size_t k = we; k < at; ++k)
      if (!(text_[k] == ' ' || (text_[k] == '.' && k == we && we - wb <= kMaxAbbreviation && n > 0))) return false;
    const std::string_view w = text_.substr(wb, we - wb);
    const std::string_view f = ascii_lower(w, buf, sizeof buf);
    if (is_lower(cp_at(text_, wb)) && is(WordClass::kDeterminers, f) && !pronoun(f))
      return n >= kMinModifiers && marked;
    if (n == kMaxModifiers || is(WordClass::kFunctionWords, f) || is(WordClass::kAdjunctPrepositions, f) ||
        is(WordClass::kBeForms, f) || is(WordClass::kAuxiliaries, f) || is(WordClass::kModals, f) ||
        is(WordClass::kFiniteAuxiliaries, f) || impl_.is_speech_verb_any_case(w))
      return false;
    marked =
        marked || w.find('-') != std::string_view::npos || is_digit(cp_at(text_, wb)) || is_upper(cp_at(text_, wb));
  }
  return false;
}

// Whether a quote sits inside a noun phrase: right after a determiner that is no pronoun ("the",
// "its"; not "her": "told her “Good Luck”"), a possessive ("the agency's") or a number ("2012"),
// or right before a lower-case word that is neither a function word, a preposition, a pronoun
// nor a speech verb ("“Drive Safe or Pay” seat belt effort"; not "“Thank You” and left",
// "“China Rises” to that", "“Yes” he said").
bool Run::in_noun_phrase(const DirectQuote& q, std::size_t floor) const {
  std::size_t wb, we;
  char buf[16];
  if (word_before(q.open_mark.begin, floor, wb, we) && trim_space_back(text_, floor, q.open_mark.begin) == we) {
    const std::string_view w = text_.substr(wb, we - wb);
    const std::string_view f = ascii_lower(w, buf, sizeof buf);
    if (is_lower(cp_at(text_, wb)) && is(WordClass::kDeterminers, f) && !pronoun(f)) return true;
    if (w.size() > 2 && (w.substr(w.size() - 2) == "'s" || (w.size() > 4 && w.substr(w.size() - 4) == "\u2019s")))
      return true;
    bool digits = true;
    for (const char c : w) digits = digits && is_digit(static_cast<unsigned char>(c));
    if (digits) return true;
  }
  const Span p = paras_[q.paragraph];
  std::size_t j = q.close_mark.end;
  if (j >= p.end || text_[j] != ' ' || !next_word(j, p.end, wb, we) || wb != q.close_mark.end + 1) return false;
  if (!is_lower(cp_at(text_, wb))) return false;
  const std::string_view f = ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf);
  return !f.empty() && !is(WordClass::kFunctionWords, f) && !is(WordClass::kTitleSmallWords, f) &&
         !is(WordClass::kAdjunctPrepositions, f) && !pronoun(f) && !impl_.is_speech_verb(text_, wb, we);
}

// Whether quote q, inside another quotation, gives the words of the first person who speaks
// there, after her own verb of saying or thinking ("“... I would say ‘great momentum.’ ...”",
// "“When I heard, I thought, ‘This is big.’”"): her words are the outer quotation's already,
// mentioned again, no new quotation. The verb is a speech verb or one of the pack's
// thought_verbs, right before the mark (or before a comma or colon there), and a subject of
// the pack's first_person_subjects ("I", "we") at most three words before the verb.
bool Run::quotes_self(const DirectQuote& q) const {
  constexpr int kMaxSubjectGap = 3;
  if (q.depth == 0) return false;
  const Span p = paras_[q.paragraph];
  std::size_t at = trim_space_back(text_, p.begin, q.open_mark.begin);
  if (at > p.begin && (text_[at - 1] == ',' || text_[at - 1] == ':')) --at;
  std::size_t wb, we;
  if (!word_before(at, p.begin, wb, we) || trim_space_back(text_, p.begin, at) != we) return false;
  char buf[16];
  if (!impl_.is_speech_verb(text_, wb, we) &&
      !(is_lower(cp_at(text_, wb)) &&
        is(WordClass::kThoughtVerbs, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf))))
    return false;
  for (int gap = 0; gap < kMaxSubjectGap && word_before(wb, p.begin, wb, we); ++gap) {
    if (is(WordClass::kFirstPersonSubjects, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf))) return true;
  }
  return false;
}

// Whether a lower-case word is a personal pronoun of the language pack.
bool Run::pronoun(std::string_view w) const {
  return is(WordClass::kMalePronouns, w) || is(WordClass::kFemalePronouns, w) || is(WordClass::kGroupPronouns, w) ||
         is(WordClass::kFirstPerson, w) || is(WordClass::kSecondPerson, w) || is(WordClass::kThirdPersonSubjects, w);
}

// Whether quote k, a few words with no sentence punctuation of their own, repeats the opening
// words of a title quoted before it (a term): "a hearing on “Emerging Trends in Farm Policy”
// ... “The most significant ‘emerging trend’ is ...”" mentions the title, no one's speech.
bool Run::echoes_title(const std::vector<DirectQuote>& result, std::size_t k) const {
  constexpr std::size_t kMaxEchoWords = 4;
  const DirectQuote& q = result[k];
  if (!is_alnum(cp_before(text_, q.content.end))) return false;
  std::size_t i = q.content.begin, wb, we, words = 0;
  while (next_word(i, q.content.end, wb, we))
    if (++words > kMaxEchoWords) return false;
  if (words == 0) return false;
  const std::string echo = fold_word(q.content.in(text_));
  for (std::size_t j = 0; j < k; ++j) {
    if (result[j].kind != QuoteKind::kTerm) continue;
    const std::string title = fold_word(result[j].content.in(text_));
    // The title's first words, with a plural ending allowed on the last one ("trends").
    if (title.compare(0, echo.size(), echo) != 0) continue;
    const std::size_t after = echo.size();
    if (after == title.size() || !is_alnum(static_cast<unsigned char>(title[after])) ||
        (title[after] == 's' && (after + 1 == title.size() || !is_alnum(static_cast<unsigned char>(title[after + 1])))))
      return true;
  }
  return false;
}

// Whether a Title Case quote closed by a comma is the name of the noun phrase in apposition
// after it: “Taking Stock,” a roundtable discussion on …; “The Tender Book,” the series that …
// A determiner opens the phrase right after the marks, and the rest of the sentence has no
// speech verb (“Thank You,” the minister said is speech), nor has the word before the marks.
bool Run::named_by_apposition(const DirectQuote& q) const {
  if (sents_.empty() || q.close_mark.empty()) return false;
  const Span p = paras_[q.paragraph];
  std::size_t j = q.close_mark.end;
  const bool comma_inside = cp_before(text_, q.content.end) == ',';
  if (!comma_inside) {
    if (j >= p.end || text_[j] != ',') return false;
    ++j;
  }
  std::size_t wb, we;
  char buf[16];
  const std::size_t floor = std::max(sents_[q.first_sentence].begin, p.begin);
  if (q.open_mark.begin > floor && word_before(q.open_mark.begin, floor, wb, we) && impl_.is_speech_verb(text_, wb, we))
    return false;
  if (j >= p.end || text_[j] != ' ' || !next_word(j, p.end, wb, we) ||
      wb != q.close_mark.end + (comma_inside ? 1 : 2) || !is_lower(cp_at(text_, wb)) ||
      !is(WordClass::kDeterminers, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf)))
    return false;
  const std::size_t end = std::min(sents_[sentence_at(wb)].end, p.end);
  for (std::size_t i = we; next_word(i, end, wb, we);)
    if (impl_.is_speech_verb(text_, wb, we)) return false;
  return true;
}

// Whether the word right before the opening mark of q (after `floor`, with only white space
// between) is a lower-case form of "be"; `at` is where that word begins.
bool Run::after_be_form(const DirectQuote& q, std::size_t floor, std::size_t& at) const {
  std::size_t wb, we;
  char buf[16];
  if (q.open_mark.begin <= floor || !word_before(q.open_mark.begin, floor, wb, we) ||
      trim_space_back(text_, floor, q.open_mark.begin) != we || !is_lower(cp_at(text_, wb)) ||
      !is(WordClass::kBeForms, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf)))
    return false;
  at = wb;
  return true;
}

// Whether the quote is the name that a naming noun (the pack's naming_nouns: "theme", "slogan",
// "motto") gives as the subject of a form of "be" right before the marks: "The theme for 2008 is
// “Prevent Home Fires.”", "Its slogan was “Drive Safe.”" The subject is at most kMaxSubjectWords
// words back in the sentence, with no comma between.
bool Run::named_by_subject(const DirectQuote& q) const {
  constexpr int kMaxSubjectWords = 5;
  constexpr int kMaxNameWords = 12;
  if (sents_.empty() || q.open_mark.empty()) return false;
  int words = 0;
  for (std::size_t k = q.content.begin, wb, we; next_word(k, q.content.end, wb, we);)
    if (++words > kMaxNameWords) return false;
  const Span p = paras_[q.paragraph];
  const std::size_t floor = std::max(sents_[q.first_sentence].begin, p.begin);
  std::size_t at, wb, we;
  char buf[16];
  if (!after_be_form(q, floor, at)) return false;
  for (int n = 0; n < kMaxSubjectWords && word_before(at, floor, wb, we); ++n) {
    if (text_.substr(we, at - we).find_first_of(",;:") != std::string_view::npos) return false;
    if (is_lower(cp_at(text_, wb)) &&
        is(WordClass::kNamingNouns, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf)))
      return true;
    at = wb;
  }
  return false;
}

// Whether quote q, inside another quotation, is a short lower-case phrase the outer speaker holds
// at a distance as the predicate of her own clause, right after a form of "be" (“… all staff
// are ‘correctional workers first.’ …”), or inside her clause, which runs on after it (“… to
// heights ‘over and above’ the clouds …”): her words already, no quotation of someone else's. A
// speech verb in its clause before the marks (after the last comma) gives the phrase to the
// verb's subject (“He told us the plan was ‘dead on arrival’”) and keeps it a quotation.
bool Run::inner_predicate_phrase(const DirectQuote& q, std::size_t parent_begin) const {
  constexpr int kMaxPhraseWords = 4;
  if (q.depth == 0 || q.open_mark.empty() || !is_lower(cp_at(text_, q.content.begin))) return false;
  int words = 0;
  for (std::size_t k = q.content.begin, wb, we; next_word(k, q.content.end, wb, we);) ++words;
  if (words == 0 || words > kMaxPhraseWords) return false;
  const std::string_view c = q.content.in(text_);
  const std::size_t punct = c.find_first_of(",;:!?.");
  if (punct != std::string_view::npos && punct + 1 < c.size()) return false;  // one clause, a final . or , at most
  const Span p = paras_[q.paragraph];
  // Within the outer quotation's words and the phrase's sentence.
  std::size_t floor = std::max(p.begin, q.parent >= 0 ? parent_begin : p.begin);
  if (!sents_.empty()) floor = std::max(floor, sents_[q.first_sentence].begin);
  std::size_t wb, we;
  char buf[16];
  if (!after_be_form(q, floor, wb)) {
    // Or a phrase inside the outer speaker's clause, which runs on after it: a lower-case word
    // right before the opening mark (no determiner: “call it a ‘quiet crisis’ here” may name it
    // in someone's words) and a word right after the closing one, no punctuation around or
    // inside (“… to heights ‘over and above’ the clouds …”).
    // Every word of the phrase is in lower case (“could ‘stand with Sri Lanka’ as X put it” names
    // a country in someone's words), and the word before is no auxiliary, modal or infinitive
    // marker (a verb phrase in marks is someone's words).
    std::size_t b, e;
    const std::size_t j = q.close_mark.end;
    if (punct != std::string_view::npos || q.close_mark.empty() || !word_before(q.open_mark.begin, floor, b, e) ||
        trim_space_back(text_, floor, q.open_mark.begin) != e || !is_lower(cp_at(text_, b)) || j + 1 >= p.end ||
        text_[j] != ' ' || !is_alnum(cp_at(text_, j + 1)))
      return false;
    for (std::size_t k = q.content.begin, cb, ce; next_word(k, q.content.end, cb, ce);)
      if (!is_lower(cp_at(text_, cb))) return false;
    const std::string_view f = ascii_lower(text_.substr(b, e - b), buf, sizeof buf);
    if (is(WordClass::kDeterminers, f) || is(WordClass::kModals, f) || is(WordClass::kAuxiliaries, f) ||
        is(WordClass::kFiniteAuxiliaries, f) || is(WordClass::kBeForms, f) ||
        f == role_word(WordRole::kInfinitiveMarker))
      return false;
    wb = q.open_mark.begin;  // the word before the mark may be the speech verb
  }
  for (std::size_t at = wb; word_before(at, floor, wb, we); at = wb) {
    if (text_.substr(we, at - we).find(',') != std::string_view::npos) break;
    if (impl_.is_speech_verb(text_, wb, we) ||
        (is_lower(cp_at(text_, wb)) &&
         is(WordClass::kThoughtVerbs, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf))))
      return false;
  }
  return true;
}

// Whether quote k is a short phrase joined by "and" or "or" to the quote right before it, a term:
// “… will not be ‘money’ or ‘donor aid.’ …” quotes two names held at a distance, one list.
bool Run::coordinated_term(const std::vector<DirectQuote>& result, std::size_t k) const {
  constexpr int kMaxPhraseWords = 4;
  const DirectQuote& q = result[k];
  if (k == 0 || q.open_mark.empty()) return false;
  std::size_t j = k;
  while (j > 0 && result[j - 1].parent != q.parent) --j;  // the sibling before, if any
  if (j == 0) return false;
  const DirectQuote& prev = result[j - 1];
  if (prev.kind != QuoteKind::kTerm || prev.paragraph != q.paragraph || prev.close_mark.empty() ||
      prev.close_mark.end >= q.open_mark.begin)
    return false;
  int words = 0;
  for (std::size_t i = q.content.begin, wb, we; next_word(i, q.content.end, wb, we);) ++words;
  if (words == 0 || words > kMaxPhraseWords) return false;
  std::size_t i = prev.close_mark.end, wb, we;
  if (!next_word(i, q.open_mark.begin, wb, we) || trim_space_back(text_, prev.close_mark.end, q.open_mark.begin) != we)
    return false;
  if (text_.substr(prev.close_mark.end, wb - prev.close_mark.end).find_first_not_of(" ,") != std::string_view::npos)
    return false;
  char buf[16];
  const std::string_view w = ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf);
  return w == role_word(WordRole::kConjunctionAnd) || w == role_word(WordRole::kConjunctionOr);
}

// --- the whole document ------------------------------------------------------------

// A script's sound-bite marker paragraph: "/// REEKER ACT ///" (1, with the speaker's words in
// `name`) or "/// END ACT ///" (2); 0 for any other paragraph.
int Run::sound_bite_marker(Span p, Span& name) const {
  std::string_view s = p.in(text_);
  while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.size() < 8 || s.size() > 120 || s.compare(0, 2, "//") != 0 || s.compare(s.size() - 2, 2, "//") != 0) return 0;
  std::size_t b = s.find_first_not_of('/'), e = s.find_last_not_of('/');
  if (b == std::string_view::npos || e < b) return 0;
  std::vector<Span> words;
  for (std::size_t i = b; i <= e;) {
    while (i <= e && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j <= e && s[j] != ' ') ++j;
    if (j > i) words.push_back({p.begin + i, p.begin + j});
    i = j;
  }
  if (words.size() < 2 || !is(WordClass::kSoundBiteWords, fold_word(words.back().in(text_)))) return 0;
  if (words.size() == 2 && fold_word(words[0].in(text_)) == "end") return 2;
  name = {words.front().begin, words[words.size() - 2].end};
  return 1;
}

// For each paragraph, the name of the speaker of the sound bite it belongs to (the paragraphs
// between an opening marker and the next marker, when that one closes it; at most 20), or an
// empty span.
std::vector<Span> Run::sound_bites() const {
  constexpr std::size_t kMaxBiteParagraphs = 20;
  std::vector<Span> out(paras_.size());
  for (std::size_t pi = 0; pi < paras_.size(); ++pi) {
    Span name;
    if (sound_bite_marker(paras_[pi], name) != 1) continue;
    for (std::size_t k = pi + 1; k < paras_.size() && k <= pi + kMaxBiteParagraphs + 1; ++k) {
      Span other;
      const int m = sound_bite_marker(paras_[k], other);
      if (m == 0) continue;
      if (m == 2)
        for (std::size_t q = pi + 1; q < k; ++q) out[q] = name;
      break;
    }
  }
  return out;
}

std::vector<DirectQuote> Run::run() {
  std::vector<Label> labels(paras_.size());
  if (opt_.transcript_turns) {
    for (std::size_t pi = 0; pi < paras_.size(); ++pi) {
      labels[pi] = label_end(paras_[pi]);
      if (labels[pi].end == 0 && !labels[pi].section) labels[pi] = question_label(paras_[pi]);
      if (labels[pi].end == 0 && !labels[pi].section) labels[pi] = hearing_label(paras_[pi]);
      if (labels[pi].end == 0 && !labels[pi].section) labels[pi] = dash_label(paras_[pi]);
    }
    keep_dash_labels(labels);
    drop_list_items(labels);
  }
  // A news interview whose opening names the interviewee: its answers' labels ("A:", "ANSWER:",
  // and "A." when two or more of them and of "Q." show the shape) give the turn to the
  // interviewee, and where only the questions are labelled (two or more "Q." and no other label),
  // the unlabelled paragraphs after a question are the interviewee's answer. Without an
  // interviewee, neither.
  const Span who = opt_.transcript_turns ? interviewee(labels) : Span{};
  bool questions_only = false, answer_labels = false;
  if (!who.empty()) {
    std::vector<Label> answers(paras_.size());
    std::size_t n_answers = 0, n_questions = 0, n_other = 0;
    for (std::size_t pi = 0; pi < paras_.size(); ++pi) {
      if (labels[pi].end == 0 && !labels[pi].section) answers[pi] = question_label(paras_[pi], 'A');
      n_answers += answers[pi].end != 0 ? 1 : 0;
      n_questions += labels[pi].end != 0 && labels[pi].weak ? 1 : 0;
      n_other += labels[pi].end != 0 && !labels[pi].weak ? 1 : 0;
    }
    answer_labels = n_answers >= 2 && n_questions >= 2;
    if (answer_labels) {
      for (std::size_t pi = 0; pi < paras_.size(); ++pi)
        if (answers[pi].end != 0) labels[pi] = answers[pi];
    } else {
      questions_only = n_questions >= 2 && n_other == 0;
    }
  }
  // Live captions mark every turn (">>"), named or not: two such marks make a transcript.
  std::vector<std::size_t> caption(paras_.size(), kNpos);
  std::size_t n_captions = 0;
  if (opt_.transcript_turns) {
    for (std::size_t pi = 0; pi < paras_.size(); ++pi) {
      caption[pi] = caption_turn(paras_[pi]);
      n_captions += caption[pi] != kNpos ? 1 : 0;
    }
  }
  const bool transcript =
      opt_.transcript_turns && (is_transcript(labels) || questions_only || answer_labels || n_captions >= 2);
  std::size_t turn_body = kNpos;  // where the words of the current turn's paragraph begin
  bool after_question = false;    // the paragraph before ends a question's turn (questions_only)
  const std::vector<Span> bites = opt_.transcript_turns ? sound_bites() : std::vector<Span>(paras_.size());
  int turn = -1;  // the current turn's last quote
  Span alone;     // the cue of a label alone in its paragraph, for the paragraph after it
  int bite = -1;  // the current sound bite's last quote
  marked_ = has_double_marks();
  // A title that gives the text to one speaker, or names an interview's two parties (not in a
  // transcript: its labels name the speakers).
  const TitleSpeaker by_title = transcript || !opt_.transcript_turns ? TitleSpeaker{} : title_speaker();
  const std::vector<signed char> interview =
      transcript || !opt_.transcript_turns ? std::vector<signed char>(paras_.size(), 0) : interview_turns(by_title);
  const bool interviewed = std::any_of(interview.begin(), interview.end(), [](signed char r) { return r != 0; });
  // Only the first line gives the whole text to its speaker; a heading under it ("Statement by …"
  // under a headline) credits the quotation that opens the text (quotes_under_title), and its
  // section's paragraphs go to the speaker as a section's do (titled_sections), which ends at the
  // next heading or at a paragraph that reports someone else.
  // A byline under the headline ("U.S. Ambassador Anna Berg" on a line of its own) gives the text
  // to its speaker as the first line does.
  std::vector<bool> titled = interviewed || !opt_.unmarked_quotes || (by_title.paragraph != 0 && !by_title.byline)
                                 ? std::vector<bool>(paras_.size(), false)
                                 : titled_body(by_title);
  // Without such a title, a headline or first paragraph that names the statement's speaker before
  // a speech verb, when every paragraph after it is in the first person (lead_speaker).
  const TitleSpeaker lead =
      transcript || interviewed || !opt_.transcript_turns || !opt_.unmarked_quotes || !by_title.name.empty()
          ? TitleSpeaker{}
          : lead_speaker();
  if (!lead.name.empty()) titled = titled_body(lead, true);
  const Span whole_speaker = by_title.name.empty() ? lead.name : by_title.name;
  // Sections that headings inside the text give to one speaker each (a listing page's items),
  // where the title gives the text to no one.
  const bool whole = std::any_of(titled.begin(), titled.end(), [](bool b) { return b; });
  const std::vector<Span> section =
      transcript || interviewed || whole || !opt_.transcript_turns || !opt_.unmarked_quotes
          ? std::vector<Span>(paras_.size())
          : titled_sections();
  int answer = -1;                                                 // the current answer's last quote
  bool strong = false;                                             // an unmarked quote found on first-person evidence
  std::vector<Span> quotes_of(paras_.size(), Span{kNpos, kNpos});  // each paragraph's quotes of the first pass
  for (pi_ = 0; pi_ < paras_.size(); ++pi_) {
    const Span p = paras_[pi_];
    const std::size_t first_quote = out_.size();
    std::size_t body = p.begin;
    bool in_turn = false;
    if (!bites[pi_].empty()) {
      // A paragraph of a sound bite: the named speaker's words, as a transcript turn labelled
      // by the marker.
      body = skip_stage_directions(p.begin, p.end);
      if (body < p.end)
        bite = emit_markless({body, p.end}, bites[pi_], Recovery::kTranscript,
                             pi_ > 0 && !bites[pi_ - 1].empty() ? bite : -1);
      scan_marks(pi_, body, p.end);
      continue;
    }
    bite = -1;
    if (interview[pi_] != 0) {  // a question or an answer of an interview without labels
      body = skip_space(text_, p.begin, p.end);
      // With a title that names both parties, a question is the interviewer's and an answer the
      // interviewee's; otherwise the speaker comes from the text.
      Span cue{body, body};
      if (by_title.interview && !by_title.interviewer.empty() && interview[pi_] != 3)
        cue = interview[pi_] == 1 ? by_title.interviewer : by_title.name;
      const int q = emit_markless({body, trim_space_back(text_, body, p.end)}, cue, Recovery::kTranscript,
                                  interview[pi_] == 3 ? answer : -1);
      answer = interview[pi_] == 1 ? -1 : q;
      scan_marks(pi_, body, p.end);
      continue;
    }
    if (titled[pi_]) {  // a paragraph of a text its title gives to one speaker: a turn of that speaker
      body = skip_space(text_, p.begin, p.end);
      const int q = emit_markless({body, trim_space_back(text_, body, p.end)}, whole_speaker, Recovery::kTranscript);
      out_[static_cast<std::size_t>(q)].heading = true;
      scan_marks(pi_, body, p.end);
      continue;
    }
    if (!section[pi_].empty()) {  // a paragraph of a section its heading gives to one speaker
      const TitleSpeaker run_on = run_on_heading(pi_);
      body = skip_space(text_, run_on.body != kNpos ? run_on.body : p.begin, p.end);
      const int q = emit_markless({body, trim_ellipsis_back(body, p.end)}, section[pi_], Recovery::kTranscript);
      out_[static_cast<std::size_t>(q)].heading = true;
      scan_marks(pi_, body, p.end);
      continue;
    }
    if (transcript && labels[pi_].section) {  // "Editor's note: ..." ends the turn before it
      turn = -1;
      alone = {};
    }
    // An unlabelled caption turn (">> Aye.") is a new speaker's: the one the turn before called on
    // by name ("Mr. Novak?"), or an unnamed one; it continues no earlier turn.
    const bool caption_only = transcript && labels[pi_].end == 0 && caption[pi_] != kNpos;
    if (caption_only) {
      body = skip_stage_directions(caption[pi_], p.end);
      const Span called = turn >= 0 && turn_body != kNpos && pi_ > 0 ? called_on(pi_ - 1, turn_body) : Span{};
      if (body < p.end) {
        turn = emit_markless({body, trim_stage_direction_back(body, p.end)}, called.empty() ? Span{body, body} : called,
                             Recovery::kTranscript);
        out_[static_cast<std::size_t>(turn)].new_turn = true;
        turn_body = body;
      }
      alone = {};
      in_turn = true;
    } else if (transcript && (labels[pi_].end != 0 || turn >= 0 || !alone.empty())) {  // a turn, or the rest of one
      const bool labelled = labels[pi_].end != 0;
      body = skip_stage_directions(labelled ? labels[pi_].end : p.begin, p.end);
      turn_body = body;
      in_turn = true;
      // The cue is NAME, without its stage direction and colon; a label alone in its paragraph
      // ("SECRETARY BERG:" on a line of its own) labels the paragraph after it.
      Span cue = labelled ? Span{labels[pi_].name_begin, labels[pi_].name_end} : alone;
      if (labelled && !who.empty()) {  // "A:", "A." (the period is no part of the word)
        std::string_view word = cue.in(text_);
        if (!word.empty() && word.back() == '.') word.remove_suffix(1);
        if (is(WordClass::kAnswerLabels, fold_word(word))) cue = who;
      }
      if (questions_only && !labelled && after_question) cue = who;
      after_question = labelled && labels[pi_].weak;
      if (body < p.end) {
        // Stage directions after the last sentence are no words of the speaker ("(Laughter.)").
        turn = emit_markless({body, trim_stage_direction_back(body, p.end)}, cue.empty() ? Span{body, body} : cue,
                             Recovery::kTranscript, cue.empty() ? turn : -1);
        alone = {};
      } else if (labelled) {
        alone = cue;
        turn = -1;
      }
    }
    const int carried = carry_ >= 0 && out_[static_cast<std::size_t>(carry_)].paragraph + 1 == pi_ ? carry_ : -1;
    scan_marks(pi_, body, p.end);
    if (in_turn) continue;
    if (carried >= 0 && out_.size() == first_quote && bridges(pi_)) {  // a paragraph inside a quotation
      carry_ = emit_markless({skip_space(text_, p.begin, p.end), trim_space_back(text_, p.begin, p.end)}, {},
                             Recovery::kUnclosed, carried);
      continue;
    }
    recover_spoken(pi_, first_quote);
    if ((opt_.colon_quotes || opt_.unmarked_quotes) && recover_block(pi_, first_quote)) continue;
    if (opt_.colon_quotes) recover_colon(pi_, first_quote);
    if (opt_.unmarked_quotes) strong |= recover_unmarked(pi_, covered(first_quote, out_.size()), false);
    quotes_of[pi_] = {first_quote, out_.size()};
  }
  // A document with no double quotation marks at all and a verbatim clause found on
  // first-person evidence lost its marks: its trailing attributions of present-tense clauses
  // attribute quotes too (a second pass over the paragraphs).
  if (strong && opt_.unmarked_quotes && !marked_) {
    for (pi_ = 0; pi_ < paras_.size(); ++pi_)
      if (quotes_of[pi_].begin != kNpos) recover_unmarked(pi_, covered(quotes_of[pi_].begin, quotes_of[pi_].end), true);
  }
  if (!interviewed && std::none_of(titled.begin(), titled.end(), [](bool b) { return b; }))
    quotes_under_title(by_title);
  return finish();
}

// Whether paragraph pi, with no quotation mark of the family left open by the paragraph before
// it, lies inside that quotation: a later paragraph (at most kMaxBridged on) closes it with a mark
// it never opened, and the paragraphs between have no marks of the family either (“A ... / B ...
// / C ...” with the closing mark at the end of C only).
bool Run::bridges(std::size_t pi) const {
  constexpr std::size_t kMaxBridged = 4;
  for (std::size_t k = pi; k < paras_.size() && k <= pi + kMaxBridged; ++k) {
    const Span p = paras_[k];
    for (std::size_t i = p.begin; i < p.end;) {
      const std::size_t at = i;
      const unsigned char b = static_cast<unsigned char>(text_[i]);
      if (b < 0x80 && b != '"' && b != '\'') {
        ++i;
        continue;
      }
      Glyph g;
      if (!quote_glyph(next_cp(text_, i), g) || g.family != carry_family_) continue;
      return k > pi && at > skip_space(text_, p.begin, p.end) &&
             classify_mark(text_, at, i, p.begin, p.end, g, impl_.lexicon) == MarkRole::kClose;
    }
  }
  return false;
}

// An interview written up without labels: questions to "you" alone in their paragraphs, each
// answered by the next paragraph in the first person. With two such pairs or more, every pair is
// a question (1) and an answer (2), and the answer runs on (3) over the paragraphs after it that
// speak in the first or second person with no speech cue of a third person, up to the next
// question; 0 elsewhere. Paragraphs with quotation marks of a double family take no part.
// With a title that names the interviewee and the interviewer (`t.interview`), the alternation is
// shown by the title: a question may also be a paragraph addressed to the interviewee (a second
// person word) that asks a question inside it or ends in one, one pair is enough, and a question
// after the last answer that ends the text is a question too.
std::vector<signed char> Run::interview_turns(const TitleSpeaker& t) const {
  constexpr std::size_t kMaxQuestionWords = 60, kMaxTitledQuestionWords = 90;
  const bool titled = t.interview && !t.name.empty() && !t.interviewer.empty();
  std::vector<signed char> role(paras_.size(), 0);
  auto personal = [&](Span p, bool first_only) {  // and no narration of someone's speech
    bool person = false;
    for (const ClauseInfo& c : clauses_of(p, {})) {
      if (!c.person_cue.empty() && !c.first_or_second_person) return false;
      std::size_t i = c.span.begin, wb, we;
      char buf[8];
      while (!person && next_word(i, c.span.end, wb, we)) {
        const std::string_view w = ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf);
        person = (is(WordClass::kFirstPerson, w) || (!first_only && is(WordClass::kSecondPerson, w))) &&
                 (we - wb == 1 || !is_upper(cp_at(text_, wb + 1)));  // not "US"
      }
    }
    return person;
  };
  auto marked = [&](Span p) {
    for (std::size_t i = p.begin; i < p.end;) {
      Glyph g;
      if (quote_glyph(next_cp(text_, i), g) && g.family != MarkFamily::kSingle) return true;
    }
    return false;
  };
  // A paragraph that opens by addressing the interviewee by title words alone and a comma ("Ms.
  // Ambassador, tell us ...").
  auto addressed = [&](Span p) {
    constexpr std::size_t kMaxVocativeWords = 3;
    std::size_t i = p.begin, wb, we, words = 0;
    while (words < kMaxVocativeWords && next_word(i, p.end, wb, we)) {
      if (!is_upper(cp_at(text_, wb)) || !impl_.is_title_word(text_.substr(wb, we - wb))) return false;
      ++words;
      const std::size_t k = skip_space(text_, we, p.end);
      if (k < p.end && text_[k] == ',') return true;
    }
    return false;
  };
  auto question = [&](std::size_t pi) {
    const Span p = paras_[pi];
    const std::size_t b = skip_space(text_, p.begin, p.end), e = trim_space_back(text_, b, p.end);
    if (b >= e || marked(p)) return false;
    const bool asks = text_[e - 1] == '?';
    const bool vocative = titled && addressed({b, e});
    if (!asks && !vocative && !(titled && text_.substr(b, e - b).find('?') != std::string_view::npos)) return false;
    const std::size_t most = titled ? kMaxTitledQuestionWords : kMaxQuestionWords;
    std::size_t i = b, wb, we, words = 0;
    bool you = vocative;
    char buf[8];
    while (next_word(i, e, wb, we) && ++words <= most)
      you = you || is(WordClass::kSecondPerson, ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf));
    return you && words <= most;
  };
  std::size_t pairs = 0;
  for (std::size_t pi = 0; pi + 1 < paras_.size(); ++pi) {
    if (!question(pi) || question(pi + 1) || marked(paras_[pi + 1]) || !personal(paras_[pi + 1], true)) continue;
    role[pi] = 1;
    role[pi + 1] = 2;
    ++pairs;
    for (std::size_t k = pi + 2; k < paras_.size() && !question(k) && !marked(paras_[k]) && personal(paras_[k], false);
         ++k)
      role[k] = 3;
  }
  if (titled && pairs >= 1) {  // a last question the text ends on, after an answer
    std::size_t last = paras_.size();
    while (last > 0 && skip_space(text_, paras_[last - 1].begin, paras_[last - 1].end) == paras_[last - 1].end) --last;
    if (last >= 2 && role[last - 1] == 0 && role[last - 2] >= 2 && question(last - 1)) role[last - 1] = 1;
  }
  if (pairs < (titled ? 1U : 2U)) role.assign(paras_.size(), 0);
  return role;
}

// A straight or a curly apostrophe.
bool apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// The speaker a title names, a text of one speaker's words ("Remarks to the Press by Under
// Secretary of State Ambassador Anna Berg after Meeting with ...", "A Message from Ambassador Jan
// Novak", "Statement of Mayor Novak on ...", "Ambassador Berg Remarks: ...", "Mayor Novak's
// Statement at ..."), or an interview's parties ("Ambassador Anna Berg's Interview to Radio
// North"). The first paragraph is a headline in mixed case (an upper-case title hides where a
// name ends) with a noun of the pack's title_speech_nouns (interview_nouns): the name follows a
// word of title_speaker_prepositions at most four words after the noun, or opens the title before
// the noun when a possessive or a colon right after the noun shows it ("Secretary Berg Delivers
// Remarks at ..." names an event). The interviewee is the name before a possessive interview noun,
// the interviewer the capitalised words after a word of interviewer_prepositions right after it.
// Paragraph pi is the title (0), a heading line under it, or a heading inside the text (a
// section's, see titled_sections).
// The title may also be a heading line right under a first headline ("Minister Visits the Port"
// then "Statement by Ambassador Anna Berg"): the leading headlines are read in order, up to
// kMaxHeadings.
Run::TitleSpeaker Run::title_speaker() const {
  constexpr std::size_t kMaxHeadings = 2;
  for (std::size_t pi = 0;
       pi < kMaxHeadings && pi + 1 < paras_.size() && (pi == 0 ? title_line(paras_[pi]) : headline(paras_[pi])); ++pi) {
    TitleSpeaker t = title_speaker(pi);
    if (!t.name.empty()) return t;
    t = byline(pi + 1);
    if (!t.name.empty()) return t;
  }
  return {};
}

// A byline under the first headline: a line of a title word and a name alone ("U.S. Ambassador
// Anna Berg", "Mayor Jan Novak"), followed by more text; the whole line is title_name's (no
// other word after the name). The line after it may name the speaker's institution (a headline
// as well), which the body skips as it skips every headline.
Run::TitleSpeaker Run::byline(std::size_t pi) const {
  constexpr std::size_t kMaxBylineWords = 8;
  TitleSpeaker t;
  if (pi == 0 || pi + 1 >= paras_.size() || !headline(paras_[pi])) return t;
  const Span p = paras_[pi];
  std::vector<Span> words;
  for (std::size_t i = p.begin, wb, we; words.size() <= kMaxBylineWords && next_word(i, p.end, wb, we);)
    words.push_back({wb, we});
  if (words.size() < 2 || words.size() > kMaxBylineWords) return t;
  if (trim_space_back(text_, p.begin, p.end) != words.back().end) return t;  // a name ends the line
  bool titled = false;
  for (const Span& w : words) titled = titled || impl_.is_title_word(w.in(text_));
  const Span name = titled ? title_name(words, 0, words.size()) : Span{};
  if (name.empty() || name.end != words.back().end) return t;
  t.name = name;
  t.paragraph = pi;
  t.byline = true;
  for (std::size_t i = t.name.begin, wb, we; next_word(i, t.name.end, wb, we);) t.surname = {wb, we};
  return t;
}

// Whether the speaker's name at byte `at` is the speaker's own introduction: the capitalised
// words before it follow the first person singular and a form of "be" or its clitic ("I am Anna
// Berg", "I'm Anna Berg, ..."), not before `floor`.
bool Run::self_named(std::size_t at, std::size_t floor) const {
  std::size_t wb, we, pos = at;
  while (word_before(pos, floor, wb, we) && is_upper(cp_at(text_, wb))) pos = wb;
  // The token before the name, a clitic included ("'m" is no word token).
  const std::size_t at_end = trim_space_back(text_, floor, pos);
  auto it =
      std::upper_bound(tokens_.begin(), tokens_.end(), at_end, [](std::size_t p, const Span& t) { return p < t.end; });
  if (it == tokens_.begin() || (--it)->end != at_end || it->begin < floor) return false;
  wb = it->begin;
  we = it->end;
  const std::string be = fold_word(text_.substr(wb, we - wb));
  if (!is(WordClass::kBeForms, be) && !is_clitic(be)) return false;  // "am", "'m"
  return word_before(wb, floor, wb, we) &&
         fold_word(text_.substr(wb, we - wb)) == role_word(WordRole::kFirstPersonSingular);
}

Run::TitleSpeaker Run::title_speaker(std::size_t pi) const {
  constexpr std::size_t kMaxTitleWords = 40, kMaxPrepositionGap = 4, kMaxNounModifiers = 2;
  TitleSpeaker t;
  t.paragraph = pi;
  // Only the first line may end in a colon; a line in the text that does leads a block quotation,
  // unless it is a label of the words under it: the noun, its preposition and the speaker's name
  // right before the colon ("Statement of Chairman Jan Novak:"; checked below).
  const bool label_line = pi > 0 && !headline(paras_[pi]) && title_line(paras_[pi]);
  if (paras_.size() < pi + 2 || !(pi == 0 || label_line ? title_line(paras_[pi]) : headline(paras_[pi])) ||
      !has_lower(paras_[pi]))
    return t;
  const Span p = paras_[pi];
  // A first line that ends in a colon names its speaker after the noun only ("A Message from
  // Ambassador Anna Berg:"); a name before it is a lead's subject ("Mayor Novak issued the
  // following statement:", a block quotation's lead).
  const bool colon_line = !headline(p);
  std::vector<Span> words;
  for (std::size_t i = p.begin, wb, we; next_word(i, p.end, wb, we);) words.push_back({wb, we});
  if (words.size() > kMaxTitleWords) return t;
  auto fold = [&](std::size_t k) { return fold_word(words[k].in(text_)); };
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string f = fold(k);
    const bool interview = is(WordClass::kInterviewNouns, f);
    if (!interview && !is(WordClass::kTitleSpeechNouns, f)) continue;
    // Before the noun, from the title's start: a possessive ("Novak's Statement") or a colon right
    // after the noun ("Ambassador Berg Remarks: ...").
    if (k > 0 && !colon_line) {
      // The possessive may stand before capitalised words that qualify the noun ("Anna Berg's
      // Opening Remarks", "Novak's New Year Message"): up to kMaxNounModifiers of them.
      std::size_t owner = kNpos;  // the word after the possessive
      for (std::size_t m = k; m > 0 && k - m <= kMaxNounModifiers; --m) {
        if (m < k && !is_upper(cp_at(text_, words[m].begin))) break;
        const std::size_t prev_end = words[m - 1].end;
        if (prev_end < words[m].begin && apostrophe(cp_at(text_, prev_end))) {  // "'s", "s'"
          owner = m;
          break;
        }
      }
      const bool possessive = owner != kNpos;
      const bool colon = words[k].end < p.end && text_[words[k].end] == ':';
      if (possessive || (colon && !interview)) t.name = title_name(words, 0, possessive ? owner : k);
    }
    if (!interview && t.name.empty()) {
      for (std::size_t j = k + 1; j < words.size() && j <= k + kMaxPrepositionGap; ++j) {
        if (!is(WordClass::kTitleSpeakerPrepositions, fold(j))) continue;
        t.name = title_name(words, j + 1, words.size());
        break;
      }
    }
    // The speaker's title and name run straight into the noun, which ends the title or comes
    // before a preposition ("Ambassador Berg Remarks at the Port"): every word before the noun
    // is the name, a title word among them, and none a verb of a headline that reports the
    // speech as an event ("Secretary Berg Delivers Remarks at ...").
    if (!interview && t.name.empty() && k > 0 && !colon_line &&
        (k + 1 == words.size() || is(WordClass::kAdjunctPrepositions, fold(k + 1)))) {
      bool titled = false, event = false;
      for (std::size_t j = 0; j < k; ++j) {
        titled = titled || impl_.is_title_word(words[j].in(text_));
        event = event || is(WordClass::kTitleEventVerbs, fold(j));
      }
      const Span name = titled && !event ? title_name(words, 0, k) : Span{};
      if (!name.empty() && name.end == words[k - 1].end) t.name = name;
    }
    if (interview && !t.name.empty()) {
      t.interview = true;
      if (k + 2 < words.size() && is(WordClass::kInterviewerPrepositions, fold(k + 1))) {
        std::size_t j = k + 2;
        while (j < words.size() && is(WordClass::kDeterminers, fold(j))) ++j;
        std::size_t e = j;
        while (e < words.size() && is_upper(cp_at(text_, words[e].begin))) ++e;
        if (e > j) t.interviewer = {words[j].begin, words[e - 1].end};
      }
    }
    break;
  }
  if (label_line && !t.name.empty() && t.name.end != words.back().end) t.name = {};
  if (!t.name.empty()) {
    std::size_t i = t.name.begin, wb, we;
    while (next_word(i, t.name.end, wb, we)) t.surname = {wb, we};
  }
  return t;
}

// The speaker's title words and name among words [from, to) of a title: capitalised words from
// `from` on (a note in brackets, "(designate)", goes with them; a preposition only between a title
// word and a capitalised word: "Secretary of State"), up to a comma, a colon, a possessive or
// another word. At least one capitalised word that is no title word must follow the last title
// word, and with no title word the name has two words or more; the span is the name without its
// titles ("Anna Berg" of "Under Secretary (designate) Ambassador Anna Berg"), or the whole run
// when a title's department or destination comes before the name. Empty when there is none.
Span Run::title_name(const std::vector<Span>& words, std::size_t from, std::size_t to) const {
  std::size_t last_title = kNpos, name_begin = kNpos, end = from;
  bool subheading = false;  // the name ran into a heading of its own ("... Obama Ramadan Message")
  bool department = false;  // a preposition after a title word: "Secretary of State", "Ambassador to Senegal"
  for (std::size_t k = from; k < to; ++k) {
    const Span w = words[k];
    // A dash between words ends the name: a topic follows ("Statement by Ambassador Anna Berg –
    // Trade Council Meeting").
    if (k > from && name_begin != kNpos && dash_between(words[k - 1].end, w.begin)) break;
    const bool bracketed = w.begin > 0 && text_[w.begin - 1] == '(' && w.end < text_.size() && text_[w.end] == ')';
    if (bracketed && k > from) continue;
    const std::string f = fold_word(w.in(text_));
    const bool upper = is_upper(cp_at(text_, w.begin));
    // A date after the name ("... Anna Berg May 3, 2023"): a month and a number end it.
    if (upper && name_begin != kNpos && is(WordClass::kMonths, f) && k + 1 < to &&
        is_digit(cp_at(text_, words[k + 1].begin)))
      break;
    // Lines of a heading run together: another speech noun after the name starts a heading of its
    // own, with the one word before it ("Remarks of President Jan Novak Harvest Message
    // Pellam"), which is no part of the name.
    if (upper && name_begin != kNpos && k > name_begin && is(WordClass::kTitleSpeechNouns, f)) {
      subheading = true;
      break;
    }
    if (upper && impl_.is_title_word(w.in(text_))) {  // "Under Secretary": a title word first
      last_title = k;
      name_begin = kNpos;
    } else if (is(WordClass::kAdjunctPrepositions, f)) {
      if (!(k > from && impl_.is_title_word(words[k - 1].in(text_)) && k + 1 < to &&
            is_upper(cp_at(text_, words[k + 1].begin))))
        break;
      department = true;
    } else if (!upper) {
      break;
    } else if (name_begin == kNpos) {
      name_begin = k;
    }
    end = k + 1;
    if (w.end < text_.size() && (text_[w.end] == ',' || text_[w.end] == ':' || apostrophe(cp_at(text_, w.end)))) break;
  }
  if (subheading && end - name_begin >= 3) --end;
  if (name_begin == kNpos || name_begin >= end) return {};
  if (last_title == kNpos && end - name_begin < 2) return {};
  // After a title's department or destination ("Ambassador to Senegal Jane M. Roe", "Secretary
  // of State Ann Lee") only the speakers' reading tells the place from the name: the span keeps
  // the titles, and the speaker is resolved from it as in a sentence.
  if (department) return {words[from].begin, words[end - 1].end};
  return {words[name_begin].begin, words[end - 1].end};
}

// Whether the bytes [b, e) between two words hold a dash: an en or em dash, or a hyphen with
// white space on both sides.
bool Run::dash_between(std::size_t b, std::size_t e) const {
  for (std::size_t i = b; i < e;) {
    const std::size_t at = i;
    const char32_t c = next_cp(text_, i);
    if (c == 0x2013 || c == 0x2014) return true;
    if (c == '-' && at > b && at + 1 < e && is_space(cp_before(text_, at)) && is_space(cp_at(text_, at + 1)))
      return true;
  }
  return false;
}

// Whether paragraph p is a title line: a headline, or a line that ends with a colon and has no
// other sentence punctuation before it ("A Message from Ambassador Anna Berg:"); only the first
// line of a text is read so (title_speaker).
bool Run::title_line(Span p) const {
  if (headline(p)) return true;
  const std::size_t e = trim_space_back(text_, p.begin, p.end);
  if (e == p.begin || text_[e - 1] != ':') return false;
  return headline({p.begin, e - 1});
}

// Whether paragraph p has a first-person word (or, with `second`, a second-person one) outside
// its quotation marks of a double family ("US" in capitals is no "us").
bool Run::person_outside_marks(Span p, bool second) const {
  bool inside = false;
  std::size_t i = p.begin, wb, we;
  std::size_t mark = p.begin;
  char buf[8];
  while (next_word(i, p.end, wb, we)) {
    for (std::size_t k = mark; k < wb;) {  // the marks between the last word and this one
      Glyph g;
      if (quote_glyph(next_cp(text_, k), g) && g.family != MarkFamily::kSingle) inside = !inside;
    }
    mark = we;
    if (inside) continue;
    const std::string_view w = ascii_lower(text_.substr(wb, we - wb), buf, sizeof buf);
    if ((is(WordClass::kFirstPerson, w) || (second && is(WordClass::kSecondPerson, w))) &&
        (we - wb == 1 || !is_upper(cp_at(text_, wb + 1))))
      return true;
  }
  return false;
}

// Counts paragraph p toward a body's voice: `first` when it has a first-person word outside
// marks, `person` when it has a first- or second-person word there.
void Run::count_voice(Span p, std::size_t& first, std::size_t& person) const {
  if (person_outside_marks(p, false)) {
    ++first;
    ++person;
  } else if (person_outside_marks(p, true)) {
    ++person;
  }
}

// A statement that a line before it gives to one speaker with no speech noun: a first headline
// whose subject is a name (two words or more, title_name) right before a speech verb ("The
// Embassy Urges Calm in the Capital"), or, under a headline that names no one, a first paragraph
// of one sentence without quotation marks in which a title and a name stand before a report cue's
// form (QuoteFinderOptions::cue_forms), at most kMaxVerbGap lower-case words on ("..., Ambassador Anna Berg would like
// to clarify ..."; that paragraph is narration, the body follows it). Weaker evidence than a title's noun: the caller
// asks every paragraph of the body for the first person (titled_body, strict).
Run::TitleSpeaker Run::lead_speaker() const {
  constexpr std::size_t kMaxWords = 60, kMaxVerbGap = 4, kMaxHeadlineWords = 20;
  TitleSpeaker t;
  if (paras_.size() < 2 || !has_lower(paras_[0])) return t;
  auto sentences_in = [&](Span p) {
    std::size_t n = 0;
    for (const Span& s : sents_) n += s.begin >= p.begin && s.begin < p.end ? 1 : 0;
    return n;
  };
  auto words_of = [&](Span p) {
    std::vector<Span> words;
    for (std::size_t i = p.begin, wb, we; words.size() <= kMaxWords && next_word(i, p.end, wb, we);)
      words.push_back({wb, we});
    return words;
  };
  auto set = [&](Span name, std::size_t pi) {
    t.name = name;
    t.paragraph = pi;
    for (std::size_t i = name.begin, wb, we; next_word(i, name.end, wb, we);) t.surname = {wb, we};
  };
  // The headline: name, then a speech verb in Title Case. A headline may end in an
  // abbreviation's period ("... Colombia – EE.UU."): a short line of one sentence is one too.
  const std::vector<Span> head = words_of(paras_[0]);
  if (!headline(paras_[0]) && (head.size() > kMaxHeadlineWords || sentences_in(paras_[0]) != 1)) return t;
  for (std::size_t v = 2; headline(paras_[0]) && v < head.size(); ++v) {
    const std::string_view w = head[v].in(text_);
    if (!is_upper(cp_at(text_, head[v].begin)) || impl_.is_title_word(w)) break;
    if (!impl_.is_speech_verb_any_case(w)) continue;
    // A name may end in a word of a speech verb's form ("The United States Urges ..."): the verb
    // is the last of a run of them.
    while (v + 1 < head.size() && is_upper(cp_at(text_, head[v + 1].begin)) &&
           impl_.is_speech_verb_any_case(head[v + 1].in(text_)))
      ++v;
    const Span name = title_name(head, 0, v);
    if (!name.empty() && name.end == head[v - 1].end) set(name, 0);
    return t;
  }
  // The first paragraph under the headline.
  std::size_t pi = 1;
  while (pi < paras_.size() && (skip_space(text_, paras_[pi].begin, paras_[pi].end) == paras_[pi].end)) ++pi;
  if (pi + 1 >= paras_.size()) return t;
  const Span p = paras_[pi];
  const std::size_t e = trim_space_back(text_, p.begin, p.end);
  if (e == p.begin || text_[e - 1] != '.') return t;
  if (sentences_in({p.begin, e}) != 1) return t;
  for (std::size_t i = p.begin; i < e;) {
    Glyph g;
    if (quote_glyph(next_cp(text_, i), g) && g.family != MarkFamily::kSingle) return t;
  }
  const std::vector<Span> words = words_of(p);
  if (words.size() > kMaxWords) return t;
  for (std::size_t j = 0; j < words.size(); ++j) {
    if (!is_upper(cp_at(text_, words[j].begin)) || !impl_.is_title_word(words[j].in(text_))) continue;
    const Span name = title_name(words, j, words.size());
    if (name.empty()) continue;
    std::size_t k = j;
    while (k < words.size() && words[k].end <= name.end) ++k;
    for (std::size_t v = k; v < words.size() && v <= k + kMaxVerbGap; ++v) {
      if (!is_lower(cp_at(text_, words[v].begin))) break;
      if (impl_.is_cue_form(text_, words[v].begin, words[v].end)) {
        set(name, pi);
        return t;
      }
    }
    j = k > j ? k - 1 : j;
  }
  return t;
}

// The paragraphs of a text whose title gives it to one speaker (title_speaker) that are that
// speaker's words: every paragraph after the title that ends as a sentence does (headings,
// datelines and notes in between take no part), when the body is in the speaker's voice: one
// paragraph or more in the first person and at least half in the first or second person,
// outside quotation marks, and the speaker's name (its last word) nowhere after the title. A
// body with a paragraph that opens with a quotation mark, or that names the speaker (a news
// release: "Ambassador Berg thanked ..."), is no one's words. All false when it is not so.
std::vector<bool> Run::titled_body(const TitleSpeaker& t, bool strict) const {
  std::vector<bool> body(paras_.size(), false);
  if (t.name.empty() || t.interview) return body;
  const std::string_view surname = t.surname.in(text_);
  std::size_t last = paras_.size();  // the last paragraph with words
  while (last > 1 && skip_space(text_, paras_[last - 1].begin, paras_[last - 1].end) == paras_[last - 1].end) --last;
  std::size_t n = 0, first = 0, person = 0;
  for (std::size_t pi = t.paragraph + 1; pi < last; ++pi) {
    const Span p = paras_[pi];
    const std::size_t b = skip_space(text_, p.begin, p.end), e = trim_space_back(text_, b, p.end);
    if (b >= e) continue;
    std::size_t k = b;
    Glyph g;
    if (quote_glyph(next_cp(text_, k), g) && g.family != MarkFamily::kSingle) return std::vector<bool>(paras_.size());
    bool named = false;
    for (std::size_t i = b, wb, we; !named && next_word(i, e, wb, we);)
      named = text_.substr(wb, we - wb) == surname && !self_named(wb, b);
    // A note about the author that ends the text ("Anna Berg is the ambassador of ...", in the
    // third person) is no part of the words; a paragraph elsewhere that names the speaker is
    // narration.
    if (named && pi + 1 == last && !person_outside_marks({b, e}, false)) continue;
    // Under the strict test every paragraph speaks in the first person, and a body may name its
    // own speaker ("The Embassy ... We ... the Embassy and its partners").
    if (named && !(strict && person_outside_marks({b, e}, false))) return std::vector<bool>(paras_.size());
    if (headline({b, e})) continue;
    body[pi] = true;
    ++n;
    count_voice({b, e}, first, person);
  }
  if (first == 0 || person * 2 < n || (strict && first < n)) body.assign(paras_.size(), false);
  return body;
}

// A heading that runs into its words on one line, the way listing pages join an item's lines:
// the paragraph opens with a noun of title_speech_nouns, a word of title_speaker_prepositions at
// most four words on names the speaker (title_name), a date follows the name (a month, a day,
// and a year: "Remarks by Ambassador Anna Berg May 3, 2023 We meet today ..."), and the words
// begin after it with a capital. Without the date nothing shows where the name ends.
Run::TitleSpeaker Run::run_on_heading(std::size_t pi) const {
  constexpr std::size_t kMaxPrepositionGap = 4, kMaxHeadingWords = 40;
  TitleSpeaker t;
  const Span p = paras_[pi];
  std::vector<Span> words;
  for (std::size_t i = p.begin, wb, we; words.size() < kMaxHeadingWords && next_word(i, p.end, wb, we);)
    words.push_back({wb, we});
  if (words.size() < 2 || !is_upper(cp_at(text_, words[0].begin)) ||
      !is(WordClass::kTitleSpeechNouns, fold_word(words[0].in(text_))))
    return t;
  for (std::size_t j = 1; j < words.size() && j <= kMaxPrepositionGap; ++j) {
    if (!is(WordClass::kTitleSpeakerPrepositions, fold_word(words[j].in(text_)))) continue;
    const Span name = title_name(words, j + 1, words.size());
    if (name.empty()) return t;
    std::size_t k = j + 1;
    while (k < words.size() && words[k].end <= name.end) ++k;
    // The date: a month, a day, and a year after an optional comma.
    if (k + 2 >= words.size() || !is(WordClass::kMonths, fold_word(words[k].in(text_))) ||
        !is_digit(cp_at(text_, words[k + 1].begin)))
      return t;
    k += 2;
    if (k < words.size() && words[k].end - words[k].begin == 4 && is_digit(cp_at(text_, words[k].begin))) ++k;
    if (k >= words.size() || !is_upper(cp_at(text_, words[k].begin))) return t;
    t.name = name;
    t.body = words[k].begin;
    break;
  }
  if (!t.name.empty()) {
    std::size_t i = t.name.begin, wb, we;
    while (next_word(i, t.name.end, wb, we)) t.surname = {wb, we};
  }
  return t;
}

// The end of [begin, end) less white space and an ellipsis that cuts the words short on a
// listing page ("... Today's session ...", "…").
std::size_t Run::trim_ellipsis_back(std::size_t begin, std::size_t end) const {
  std::size_t e = trim_space_back(text_, begin, end);
  if (e >= begin + 3 && text_.substr(e - 3, 3) == "...") {
    e -= 3;
  } else if (e > begin && cp_before(text_, e) == 0x2026) {
    e -= 3;  // U+2026 is three bytes in UTF-8
  } else {
    return e;
  }
  return trim_space_back(text_, begin, e);
}

// Whether paragraph p reads as a news report rather than a speaker's words: a clause with a speech
// verb of a third person and no first- or second-person word ("The visitors stressed ...",
// "..., the mayor said."; "We told them ..." is the speaker's own). A speech verb's form right
// after a preposition or a determiner modifies a noun ("a fine for alleged violations"): no
// report.
bool Run::reported_news(Span p) const {
  auto reports = [&](Span cue, Span clause) {
    if (cue.empty()) return false;
    std::size_t wb, we;
    if (!word_before(cue.begin, clause.begin, wb, we)) return true;
    const std::string before = fold_word(text_.substr(wb, we - wb));
    return !is(WordClass::kAdjunctPrepositions, before) && !is(WordClass::kDeterminers, before);
  };
  for (const ClauseInfo& c : clauses_of(p, {}))
    if (!c.first_or_second_person && (reports(c.person_cue, c.span) || reports(c.tail_cue, c.span))) return true;
  return false;
}

// Sections of a text that headings inside it give to one speaker each: a heading paragraph
// after the title that title_speaker reads ("Remarks of President Jan Novak", "A Message from
// Ambassador Anna Berg"), or a paragraph that opens with such a heading run into its words
// (run_on_heading). The section runs from the paragraph after the heading (or from the words
// after a run-on heading) to the next headline or heading paragraph, and stops at a paragraph
// that reads as a news report (reported_news). Its paragraphs that end as sentences
// are the speaker's when the section is in the speaker's voice, as titled_body asks of a whole
// text: one paragraph or more in the first person, at least half in the first or second person,
// none opening with a quotation mark, the speaker's last name in none. Each paragraph's cue (the
// name without its titles); empty elsewhere. A run-on heading's paragraph begins at t.body: the
// caller reads it from the cue's paragraph (see run()).
std::vector<Span> Run::titled_sections() const {
  std::vector<Span> cue(paras_.size());
  std::size_t pi = 1;
  while (pi < paras_.size()) {
    TitleSpeaker t = title_speaker(pi);
    const bool heading = !t.name.empty() && !t.interview;
    if (!heading) t = run_on_heading(pi);
    if (t.name.empty() || t.interview) {
      ++pi;
      continue;
    }
    const std::string_view surname = t.surname.in(text_);
    std::size_t k = heading ? pi + 1 : pi, n = 0, first = 0, person = 0;
    bool ok = true;
    std::vector<std::size_t> body;
    for (; k < paras_.size(); ++k) {
      const Span p = paras_[k];
      const std::size_t b = skip_space(text_, k == pi ? t.body : p.begin, p.end), e = trim_space_back(text_, b, p.end);
      if (b >= e) continue;
      if (k != pi && (headline({b, e}) || !run_on_heading(k).name.empty())) break;  // the next item
      if (reported_news({b, e})) break;
      std::size_t q = b;
      Glyph g;
      bool named = quote_glyph(next_cp(text_, q), g) && g.family != MarkFamily::kSingle;
      for (std::size_t i = b, wb, we; !named && next_word(i, e, wb, we);) named = text_.substr(wb, we - wb) == surname;
      if (named) {
        ok = false;
        break;
      }
      body.push_back(k);
      ++n;
      count_voice({b, e}, first, person);
    }
    if (ok && first > 0 && person * 2 >= n)
      for (std::size_t b : body) cue[b] = t.name;
    pi = std::max(k, pi + 1);
  }
  return cue;
}

// A statement whose title names its speaker and whose text is given in quotation marks
// ("Statement by Ambassador Anna Berg" then "City, May 2 - “…”"): the quotation that opens the
// first paragraph under the title (after at most a dateline: no lower-case word before its mark)
// carries the title's name as its cue, for the speaker sieves to give it to that person when no
// sentence attributes it (the quotations after it follow it as a stand-alone quote does).
void Run::quotes_under_title(const TitleSpeaker& t) {
  if (t.name.empty() || t.interview) return;
  std::size_t pi = t.paragraph + 1;
  while (pi < paras_.size() &&
         (skip_space(text_, paras_[pi].begin, paras_[pi].end) == paras_[pi].end || headline(paras_[pi])))
    ++pi;
  if (pi >= paras_.size()) return;
  const DirectQuote* first = nullptr;
  for (const DirectQuote& q : out_)
    if (q.paragraph == pi && !q.open_mark.empty() && (!first || q.open_mark.begin < first->open_mark.begin)) first = &q;
  if (!first || first->kind != QuoteKind::kDirect || !first->cue.empty()) return;
  for (std::size_t i = paras_[pi].begin, wb, we; next_word(i, first->open_mark.begin, wb, we);)
    if (is_lower(cp_at(text_, wb))) return;
  for (DirectQuote& q : out_)
    if (q.paragraph == pi && q.open_mark.begin == first->open_mark.begin) q.cue = t.name;
}

// Whether the text has a quotation mark of a double family (", “, ”, «, », „).
bool Run::has_double_marks() const {
  for (std::size_t i = 0; i < text_.size();) {
    const unsigned char b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80 && b != '"') {
      ++i;
      continue;
    }
    Glyph g;
    if (quote_glyph(next_cp(text_, i), g) && g.family != MarkFamily::kSingle) return true;
  }
  return false;
}

int Run::emit_markless(Span content, Span cue, Recovery how, int continues) {
  DirectQuote q;
  q.content = content;
  q.open_mark = {content.begin, content.begin};
  q.close_mark = {content.end, content.end};
  q.recovery = how;
  q.cue = cue;
  q.continues = continues;
  return emit(q);
}

// Sorts (outer first), links children to parents, remaps `continues`, marks terms.
std::vector<DirectQuote> Run::finish() {
  std::vector<std::size_t> order(out_.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return out_[a].content < out_[b].content;  // by begin, outer first
  });
  std::vector<int> new_index(out_.size(), -1);
  std::vector<DirectQuote> result;
  result.reserve(out_.size());
  std::vector<int> open;  // the enclosing quotes, as indexes into result
  auto top = [&]() -> const DirectQuote& { return result[static_cast<std::size_t>(open.back())]; };
  for (std::size_t k : order) {
    DirectQuote q = out_[k];
    const Span extent{q.open_mark.begin, std::max(q.close_mark.end, q.content.end)};
    while (!open.empty() && top().content.end <= extent.begin) open.pop_back();
    if (!open.empty() && !top().content.contains(extent))
      continue;  // would cross its neighbour: cannot happen by construction, never reported
    // “’If you want to go fast, go alone.’”: marks inside marks around the same words are one
    // quotation.
    if (!open.empty() && top().content == extent) continue;
    q.parent = open.empty() ? -1 : open.back();
    q.depth = static_cast<int>(open.size());
    new_index[k] = static_cast<int>(result.size());
    open.push_back(static_cast<int>(result.size()));
    result.push_back(q);
  }
  for (DirectQuote& q : result) q.continues = q.continues >= 0 ? new_index[static_cast<std::size_t>(q.continues)] : -1;
  if (opt_.detect_terms) {
    for (std::size_t k = 0; k < result.size(); ++k) {
      const bool leaf = k + 1 >= result.size() || result[k + 1].parent != static_cast<int>(k);
      if (leaf && result[k].recovery == Recovery::kNone &&
          (looks_like_term(result[k]) || echoes_title(result, k) || quotes_self(result[k]) ||
           inner_predicate_phrase(result[k], result[k].parent >= 0
                                                 ? result[static_cast<std::size_t>(result[k].parent)].content.begin
                                                 : 0) ||
           coordinated_term(result, k)))
        result[k].kind = QuoteKind::kTerm;
    }
  }
  return result;
}

}  // namespace
}  // namespace detail

QuoteFinder::QuoteFinder() : QuoteFinder(QuoteFinderOptions{}) {}
QuoteFinder::QuoteFinder(QuoteFinderOptions options) : QuoteFinder(std::move(options), Lexicon::english()) {}
QuoteFinder::QuoteFinder(QuoteFinderOptions options, Lexicon lexicon)
    : impl_(std::make_shared<detail::QuoteFinderImpl>(std::move(options), std::move(lexicon))) {}
QuoteFinder::~QuoteFinder() = default;
QuoteFinder::QuoteFinder(const QuoteFinder&) = default;
QuoteFinder& QuoteFinder::operator=(const QuoteFinder&) = default;
QuoteFinder::QuoteFinder(QuoteFinder&&) noexcept = default;
QuoteFinder& QuoteFinder::operator=(QuoteFinder&&) noexcept = default;

const QuoteFinderOptions& QuoteFinder::options() const noexcept { return impl_->options; }

std::vector<DirectQuote> QuoteFinder::find(std::string_view text, const std::vector<Span>& paragraphs,
                                           const std::vector<Span>& sentences) const {
  // The words come from the one tokenizer, run on each sentence (or paragraph).
  std::vector<Span> tokens;
  for (const Span& s : sentences.empty() ? paragraphs : sentences)
    detail::tokenize_sentence(text, s.begin, std::min(s.end, text.size()), tokens);
  return detail::Run(*impl_, text, paragraphs, sentences, std::move(tokens)).run();
}

std::vector<DirectQuote> QuoteFinder::find(const Document& doc) const {
  std::vector<Span> tokens;
  tokens.reserve(doc.tokens().size());
  for (const Token& t : doc.tokens()) tokens.push_back(t.span);
  return detail::Run(*impl_, doc.text(), doc.paragraph_spans(), doc.sentence_spans(), std::move(tokens)).run();
}

std::vector<DirectQuote> QuoteFinder::find(std::string_view text) const {
  SentenceSplitter splitter(SentenceOptions{}, impl_->lexicon);
  return find(text, split_paragraphs(text), splitter.split(text));
}

}  // namespace quoteattr
