// Sentence splitting: ICU's sentence BreakIterator proposes boundaries inside
// each paragraph; the rules below drop the ones that news copy proves false and
// add the few that ICU cannot see.
//
// Per paragraph, in one left-to-right pass over the candidate boundaries (each
// looked at through a window of bounded size, so the work is linear):
//   1. candidates: ICU's boundaries (snapped onto our code points), plus list
//      items ("1) a 2) b", "• a • b") and periods glued to the next sentence
//      ("world.Today");
//   2. a candidate is dropped when
//        - what precedes it is only a list marker ("1.", "a)", "•");
//        - the next word is lower case ("“We won!” she shouted", "Biden. in");
//        - the terminal punctuation is a three-dot ellipsis ("is . . . I");
//        - a lone "?" or "!" stands between two letters ("Justice?S", an
//          apostrophe lost to a change of encoding);
//        - the last word is an abbreviation that never ends a sentence ("Mr.");
//        - the last word is an abbreviation that may end one ("Co.", "U.S.",
//          "a.m.", "E.") and the next word does not plausibly begin a sentence
//          ("U.S. Government"; two spaces before a capitalised word do, after
//          anything but a single letter: "at 10 a.m.  Full"), or the fragment
//          is a fronted adverbial with no verb ("At 5 a.m.": a preposition and
//          at most three more words), or the next word is a title and the
//          abbreviation opens a noun phrase ("and U.S. Rep. Roe", "Today,
//          U.S. Sen. Roe"), or it follows a free-standing dash ("Washington –
//          U.S. Under Secretary Roe");
//      list-item boundaries are always kept;
//      and moved when a period ends a sentence before a spaced ellipsis
//      ("compounds. . . . The" splits after "compounds.");
//   3. a piece with no letter or digit (stray ". ") joins its neighbour.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <string>
#include <utility>

#include "quoteattr/error.hpp"
#include "quoteattr/sentences.hpp"
#include "text_util.hpp"

namespace quoteattr {

namespace detail {
namespace {
bool continues_line(std::string_view text, std::size_t prev_end, std::size_t next_begin);
bool has_sentence_end(std::string_view text, Span line);
}  // namespace
}  // namespace detail

std::vector<Span> split_paragraphs(std::string_view text) {
  std::vector<Span> out;
  // Lines that go on from the line before (continues_line) while their
  // sentence has not ended yet: they join the paragraph when a later line of
  // theirs ends it, else stay paragraphs ("features\ncontact manager": a list).
  std::vector<Span> pending;
  std::size_t i = 0, line_begin = 0;
  bool single_break = false;                // the line before has text and ended with \n, \r\n, \r or U+2028
  auto flush = [&](std::size_t line_end) {  // whether the line has text
    std::size_t b = detail::skip_space(text, line_begin, line_end);
    std::size_t e = detail::trim_space_back(text, b, line_end);
    if (e <= b) return false;
    const Span line{b, e};
    if (single_break &&  // then a line before is in `out` or `pending`
        detail::continues_line(text, (pending.empty() ? out : pending).back().end, b)) {
      if (detail::has_sentence_end(text, line)) {
        out.back().end = e;  // hard-wrapped lines: one paragraph
        pending.clear();
      } else {
        pending.push_back(line);
      }
      return true;
    }
    out.insert(out.end(), pending.begin(), pending.end());
    pending.clear();
    out.push_back(line);
    return true;
  };
  while (i < text.size()) {
    const unsigned char u = static_cast<unsigned char>(text[i]);
    if (u >= 0x20 && u < 0x80) {  // printable ASCII: no line end
      ++i;
      continue;
    }
    std::size_t j = i;
    char32_t c = detail::next_cp(text, j);
    if (detail::is_newline(c)) {
      bool has_text = flush(i);
      if (c == '\r' && j < text.size() && text[j] == '\n') ++j;
      single_break = has_text && (c == '\n' || c == '\r' || c == 0x2028);
      line_begin = j;
    }
    i = j;
  }
  flush(text.size());
  out.insert(out.end(), pending.begin(), pending.end());
  return out;
}

namespace detail {
namespace {

// ---------------------------------------------------------------------------
// Word lists come from the language pack (quoteattr::Lexicon): the one
// abbreviation list (abbreviations.never_final, abbreviations.may_be_final),
// sentence_starters and fronted_prepositions. An entry written with a capital
// matches only a capitalised word ("Rep" the title, not "rep" the salesman;
// "No" the number, not "no"); a lower-case entry matches any case. Entries are
// given without the final period; "’" in the text matches "'" here.

// Longest word looked up in a list; longer words are never abbreviations.
constexpr std::size_t kMaxWordBytes = 32;

// A sorted word list with the capital rule above.
class WordList {
 public:
  template <typename Range>
  void add(const Range& words) {
    for (const auto& w : words) {
      std::string_view v(w);
      if (v.empty()) continue;
      entries_.push_back({fold_word(v), is_upper(cp_at(v, 0))});
    }
    std::sort(entries_.begin(), entries_.end());
  }

  bool contains(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWordBytes) return false;
    std::string key = fold_word(word);
    auto it = std::lower_bound(entries_.begin(), entries_.end(), Entry{key, false});
    for (; it != entries_.end() && it->folded == key; ++it)
      if (!it->needs_capital || is_upper(cp_at(word, 0))) return true;
    return false;
  }

 private:
  struct Entry {
    std::string folded;
    bool needs_capital;
    bool operator<(const Entry& o) const {
      return folded != o.folded ? folded < o.folded : needs_capital < o.needs_capital;
    }
  };
  std::vector<Entry> entries_;
};

// "E", "U.S", "a.m", "U.S.A": single letters joined by periods (the final
// period is not part of the word).
bool is_initialism(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size()) {
    if (!is_alpha(next_cp(w, i))) return false;
    if (i == w.size()) return true;
    if (w[i] != '.') return false;
    ++i;
  }
  return false;
}

bool is_bullet(char32_t c) {
  return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25AA || c == 0x25CF || c == 0x25E6 || c == 0x25A0 ||
         c == 0x25B8 || c == '*';
}

bool is_terminal(char32_t c) {
  return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x203C || c == 0x203D || c == 0x2047 || c == 0x2048 ||
         c == 0x2049;
}

bool has_alnum(std::string_view p, std::size_t b, std::size_t e) {
  while (b < e)
    if (is_alnum(next_cp(p, b))) return true;
  return false;
}

// A candidate boundary; a forced one (a list item) is kept without question.
struct Cut {
  std::size_t pos;
  bool forced;
  bool operator<(const Cut& o) const { return pos != o.pos ? pos < o.pos : forced > o.forced; }
};

// ---------------------------------------------------------------------------
// List markers: an optional bullet, then an optional enumerator ("1." "2)"
// "3.)" "a." "b)"), then white space or the end of the text.
struct ListMarker {
  std::size_t end = 0;  // one past the marker; 0 when there is none
  char32_t bullet = 0;
  int ordinal = 0;  // 1, 2, ... ("a" is 1); 0 without an enumerator
  bool letter = false;
  int style = 0;  // 1 ".", 2 ")", 3 ".)"
};

ListMarker parse_list_marker(std::string_view p, std::size_t i, std::size_t limit) {
  ListMarker m;
  std::size_t j = i;
  if (j < limit) {
    std::size_t k = j;
    char32_t c = next_cp(p, k);
    if (is_bullet(c)) {
      m.bullet = c;
      j = k;
      while (j < limit && p[j] == ' ') ++j;
    }
  }
  std::size_t k = j;
  if (k < limit && p[k] >= '0' && p[k] <= '9') {
    while (k < limit && k - j < 2 && p[k] >= '0' && p[k] <= '9') m.ordinal = m.ordinal * 10 + (p[k++] - '0');
  } else if (k < limit && ((p[k] | 0x20) >= 'a' && (p[k] | 0x20) <= 'z')) {
    m.letter = true;
    m.ordinal = ascii_lower(p[k++]) - 'a' + 1;
  }
  if (k > j) {
    if (k < limit && p[k] == '.' && k + 1 < limit && p[k + 1] == ')') {
      m.style = 3;
      k += 2;
    } else if (k < limit && (p[k] == '.' || p[k] == ')')) {
      m.style = p[k] == '.' ? 1 : 2;
      ++k;
    } else {
      m.ordinal = 0;  // digits or a letter without "." or ")": not an enumerator
      m.letter = false;
      k = j;
    }
  }
  if (m.bullet == 0 && m.style == 0) return {};
  if (m.style != 0 && k < limit && !is_space(cp_at(p, k))) return {};
  m.end = k;
  return m;
}

bool is_only_list_marker(std::string_view p, std::size_t b, std::size_t e) {
  ListMarker m = parse_list_marker(p, b, e);
  return m.end != 0 && m.end == e;
}

// A line break inside a sentence of hard-wrapped text ("It was a cold\nnight"):
// the line before does not end with sentence-final punctuation (closing quotes
// and brackets aside) or a colon, and the next line goes on with a lower-case
// word, as next_is_lower_word() sees one, that is not a list marker ("b) ...").
bool continues_line(std::string_view text, std::size_t prev_end, std::size_t next_begin) {
  std::size_t i = prev_end;
  for (int n = 0; n < 8 && i > 0; ++n) {
    std::size_t j = i;
    char32_t c = prev_cp(text, j);
    if (!is_quote_mark(c) && !is_close_bracket(c)) break;
    i = j;
  }
  char32_t last = cp_before(text, i);
  if (is_terminal(last) || last == ':') return false;
  if (parse_list_marker(text, next_begin, text.size()).end != 0) return false;
  std::size_t k = next_begin;
  if (!is_lower(next_cp(text, k))) return false;
  while (k < text.size() && k - next_begin < kMaxWordBytes) {
    char32_t c = next_cp(text, k);
    if (is_upper(c)) return false;
    if (!is_alpha(c) && c != '\'' && c != 0x2019) break;
  }
  return true;
}

// Whether a sentence ends inside `line`: a terminal mark, closing quotes and
// brackets aside, before white space or the line end ("night.", "won!”", not
// "0.926").
bool has_sentence_end(std::string_view text, Span line) {
  for (std::size_t i = line.begin; i < line.end;) {
    if (!is_terminal(next_cp(text, i))) continue;
    std::size_t j = i;
    while (j < line.end) {
      std::size_t k = j;
      char32_t c = next_cp(text, k);
      if (!is_terminal(c) && !is_quote_mark(c) && !is_close_bracket(c)) break;
      j = k;
    }
    if (j >= line.end || is_space(cp_at(text, j))) return true;
    i = j;
  }
  return false;
}

// Boundaries before the items of a list that opens the paragraph: the same
// bullet again, or the next enumerator of the same style ("1." then "2.",
// "a)" then "b)"). Letter lists must start at "a".
void add_list_cuts(std::string_view p, std::vector<Cut>& cuts) {
  ListMarker first = parse_list_marker(p, 0, p.size());
  if (first.end == 0) return;
  if (first.bullet == 0 && first.letter && first.ordinal != 1) return;
  int want = first.ordinal + 1;
  for (std::size_t i = first.end + 1; i < p.size(); ++i) {
    if (p[i - 1] != ' ' && p[i - 1] != '\t') continue;
    if (first.bullet != 0) {
      if (cp_at(p, i) == first.bullet) cuts.push_back({i, true});
      continue;
    }
    ListMarker m = parse_list_marker(p, i, p.size());
    if (m.end != 0 && m.bullet == 0 && m.letter == first.letter && m.style == first.style && m.ordinal == want) {
      cuts.push_back({i, true});
      ++want;
    }
  }
}

// Periods with no space before the next sentence: "world.Today", "1,000.That".
// Only between a word of two or more letters or digits and a capitalised word
// ("U.S.Army" and "J.Smith" are not), and never inside an e-mail or web
// address ("Jane.Doe@example.com").
void add_glued_cuts(std::string_view p, std::vector<Cut>& cuts) {
  constexpr std::size_t kWindow = 64;
  for (std::size_t i = 1; i + 2 < p.size(); ++i) {
    if (p[i] != '.') continue;
    std::size_t j = i + 1;
    if (!is_upper(next_cp(p, j)) || !is_lower(cp_at(p, j))) continue;
    std::size_t k = i;
    if (!is_alnum(prev_cp(p, k)) || !is_alnum(cp_before(p, k))) continue;
    std::size_t lo = i, hi = i;
    auto blank = [&](std::size_t x) { return p[x] == ' ' || p[x] == '\t'; };
    while (lo > 0 && i - lo < kWindow && !blank(lo - 1)) --lo;
    while (hi < p.size() && hi - i < kWindow && !blank(hi)) ++hi;
    if (i - lo >= kWindow || hi - i >= kWindow) continue;  // too long a token to judge
    std::string_view token = p.substr(lo, hi - lo);
    if (token.find_first_of("@/") != std::string_view::npos) continue;
    if (fold_word(token.substr(0, 4)) == "www.") continue;
    cuts.push_back({i + 1, false});
  }
}

// ---------------------------------------------------------------------------
// How the text before a candidate boundary ends: ... word, terminal run
// ("." "?!" ". . . ." "…"), closing quotes and brackets.
struct Ending {
  std::size_t run_begin = 0;
  int dots = 0;                 // periods in the run; "…" counts three
  bool other_terminal = false;  // "?" "!" and the like in the run
  bool spaced = false;          // ". . ." with spaces inside the run
  bool closers = false;         // closing quotes or brackets after the run
  bool attached = false;        // the run follows a non-space directly
  std::string_view word;        // the word before the run, openers stripped
};

Ending analyze_ending(std::string_view p, std::size_t s0, std::size_t e) {
  constexpr int kMaxSteps = 64;
  Ending end;
  std::size_t i = e;
  for (int n = 0; n < kMaxSteps && i > s0; ++n) {
    std::size_t j = i;
    char32_t c = prev_cp(p, j);
    if (!is_quote_mark(c) && !is_close_bracket(c)) break;
    end.closers = true;
    i = j;
  }
  for (int n = 0; n < kMaxSteps && i > s0; ++n) {
    std::size_t j = i;
    char32_t c = prev_cp(p, j);
    if (c == '.') {
      ++end.dots;
    } else if (c == 0x2026) {
      end.dots += 3;
    } else if (is_terminal(c)) {
      end.other_terminal = true;
    } else if (c == ' ' && j > s0 && cp_before(p, j) == '.' && end.dots > 0) {
      end.spaced = true;
    } else {
      break;
    }
    i = j;
  }
  end.run_begin = i;
  end.attached = i > s0 && !is_space(cp_before(p, i));
  std::size_t w = i;
  while (w > s0 && i - w <= kMaxWordBytes) {
    std::size_t j = w;
    if (is_space(prev_cp(p, j))) break;
    w = j;
  }
  if (i - w > kMaxWordBytes) return end;
  while (w < i) {  // strip opening quotes and brackets: "(Mr." is "Mr"
    std::size_t j = w;
    char32_t c = next_cp(p, j);
    if (!is_quote_mark(c) && !is_open_bracket(c)) break;
    w = j;
  }
  end.word = p.substr(w, i - w);
  return end;
}

// The fragment [b, e) is a preposition and at most three more words ("At 5
// a.m.", "In the U.S.", "By Jan."): a fronted adverbial phrase, which has no
// verb and cannot be a sentence, so the abbreviation that ends it does not end
// the sentence.
bool is_fronted_adverbial(std::string_view p, std::size_t b, std::size_t e, const WordList& prepositions) {
  constexpr std::size_t kMaxBytes = 48;
  constexpr int kMaxWords = 4;
  if (e - b > kMaxBytes) return false;
  int words = 0;
  bool in_word = false;
  std::size_t first_end = e;
  for (std::size_t i = b; i < e;) {
    std::size_t at = i;
    bool space = is_space(next_cp(p, i));
    if (space && words == 1 && in_word) first_end = at;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= kMaxWords && prepositions.contains(p.substr(b, first_end - b));
}

}  // namespace

// ---------------------------------------------------------------------------
class SentenceSplitterImpl {
 public:
  SentenceSplitterImpl(SentenceOptions o, const Lexicon& lexicon) : options(std::move(o)) {
    UErrorCode status = U_ZERO_ERROR;
    prototype.reset(
        icu::BreakIterator::createSentenceInstance(icu::Locale::createCanonical(options.locale.c_str()), status));
    if (U_FAILURE(status) || !prototype)
      throw Error(ErrorCode::kInternal,
                  std::string("ICU could not create a sentence break iterator: ") + u_errorName(status));
    if (options.builtin_abbreviations) {
      never_final_.add(lexicon.words(WordClass::kAbbrevNeverFinal));
      may_be_final_.add(lexicon.words(WordClass::kAbbrevMayBeFinal));
    }
    never_final_.add(options.extra_titles);
    may_be_final_.add(options.extra_abbreviations);
    starters_.add(lexicon.words(WordClass::kSentenceStarters));
    prepositions_.add(lexicon.words(WordClass::kFrontedPrepositions));
    coordinators_.add(
        std::vector<std::string>{lexicon.word(WordRole::kConjunctionAnd), lexicon.word(WordRole::kConjunctionOr)});
  }

  // Sentences of the given paragraphs of `text`. One iterator per call.
  std::vector<Span> split(std::string_view text, const std::vector<Span>& paragraphs) const {
    std::vector<Span> out;
    std::unique_ptr<icu::BreakIterator> bi(prototype->clone());
    if (!bi) throw Error(ErrorCode::kInternal, "ICU could not clone the sentence break iterator");
    UText ut = UTEXT_INITIALIZER;
    struct Closer {
      UText* t;
      ~Closer() { utext_close(t); }
    } closer{&ut};
    std::vector<std::size_t> cuts;
    std::vector<Cut> extra;
    for (Span para : paragraphs) {
      std::string_view p = para.in(text);
      if (p.empty()) continue;
      candidate_cuts(p, *bi, ut, cuts, extra);
      emit(p, para.begin, decide_all(p, cuts, extra), out);
    }
    return out;
  }

  SentenceOptions options;
  std::unique_ptr<icu::BreakIterator> prototype;

 private:
  // ICU's boundaries strictly inside `p`, snapped onto code points, then the
  // list and glued-period cuts (`extra`); both sorted.
  static void candidate_cuts(std::string_view p, icu::BreakIterator& bi, UText& ut, std::vector<std::size_t>& cuts,
                             std::vector<Cut>& extra) {
    cuts.clear();
    extra.clear();
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&ut, p.data(), static_cast<int64_t>(p.size()), &status);
    bi.setText(&ut, status);
    if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU could not open the text");
    for (int32_t b = bi.next(); b != icu::BreakIterator::DONE; b = bi.next()) {
      std::size_t c = cp_boundary_at_or_after(p, static_cast<std::size_t>(b));
      if (c > 0 && c < p.size() && (cuts.empty() || c > cuts.back())) cuts.push_back(c);
    }
    add_list_cuts(p, extra);
    add_glued_cuts(p, extra);
    std::sort(extra.begin(), extra.end());
  }

  // The boundaries kept, in order. List cuts are always kept; every other
  // candidate goes through decide().
  std::vector<std::size_t> decide_all(std::string_view p, const std::vector<std::size_t>& cuts,
                                      const std::vector<Cut>& extra) const {
    std::vector<std::size_t> kept;
    std::size_t s0 = 0;  // start of the sentence being built
    std::size_t a = 0, b = 0;
    while (a < cuts.size() || b < extra.size()) {
      bool from_extra = a == cuts.size() || (b < extra.size() && extra[b].pos <= cuts[a]);
      std::size_t c = from_extra ? extra[b].pos : cuts[a];
      bool forced = from_extra && extra[b].forced;
      if (from_extra) ++b;
      if (a < cuts.size() && cuts[a] == c) ++a;
      if (c <= s0) continue;
      std::size_t cut = c;
      if (!forced && !decide(p, s0, cut)) continue;
      kept.push_back(cut);
      s0 = cut;
    }
    return kept;
  }

  // Whether the candidate boundary `cut` is one (possibly moving it back).
  bool decide(std::string_view p, std::size_t s0, std::size_t& cut) const {
    std::size_t e = trim_space_back(p, s0, cut);
    std::size_t n = skip_space(p, cut, p.size());
    if (e <= s0 || n >= p.size()) return false;
    if (is_only_list_marker(p, skip_space(p, s0, e), e)) return false;
    if (next_is_lower_word(p, n)) return false;
    Ending end = analyze_ending(p, s0, e);
    if (!end.other_terminal && end.dots == 3) return false;  // an ellipsis goes on
    if (!end.other_terminal && end.dots == 4 && end.spaced && end.attached && !end.closers && p[end.run_begin] == '.') {
      // "compounds. . . . The": the attached period ends the sentence and the
      // spaced ellipsis marks an omission before the next one.
      cut = end.run_begin + 1;
      return true;
    }
    if (end.other_terminal && end.dots == 0 && !end.closers && e == n && is_alpha(cp_at(p, n)) &&
        is_alpha(cp_before(p, end.run_begin))) {
      // A "?" or "!" between two letters ("Justice?s", a lost apostrophe;
      // "Yahoo!Mail") is inside a word.
      std::size_t r = end.run_begin;
      next_cp(p, r);
      if (r == e) return false;
    }
    if (end.dots != 1 || end.other_terminal || end.closers || end.spaced) return true;
    // A compound's last part is the abbreviation: "ROK-U.S." is "U.S.", "Lt.-Gen." is "Gen.".
    const std::string_view abbrev = end.word.substr(end.word.find_last_of("-/") + 1);
    if (never_final_.contains(end.word) || never_final_.contains(abbrev)) return false;
    if (may_be_final_.contains(end.word) || is_initialism(end.word) || may_be_final_.contains(abbrev) ||
        is_initialism(abbrev)) {
      if (is_fronted_adverbial(p, skip_space(p, s0, e), e, prepositions_)) return false;
      const std::size_t w = end.run_begin - end.word.size();
      if (follows_dash(p, s0, w)) return false;
      if (next_is_title(p, n)) return !opens_noun_phrase(p, s0, w);
      return next_starts_sentence(p, n) || (two_spaces(p, e, n) && end.word.size() > 1 && next_is_capitalised(p, n));
    }
    return true;
  }

  // Two or more spaces, or a tab, between a period and the next word: the
  // typewriter's sentence end, kept by much press-release copy ("at 10 a.m.
  // Full details follow" with two spaces).
  static bool two_spaces(std::string_view p, std::size_t e, std::size_t n) {
    int spaces = 0;
    for (std::size_t i = e; i < n; ++i) {
      if (p[i] == '\t') return true;
      if (p[i] == ' ') ++spaces;
    }
    return spaces >= 2;
  }

  static bool next_is_capitalised(std::string_view p, std::size_t n) {
    NextWord w = next_word(p, n);
    return w.end > w.begin && is_upper(cp_at(p, w.begin));
  }

  // The abbreviation that begins at `w` follows a free-standing dash, as the
  // name after a dateline does ("Washington – U.S. Under Secretary Roe"): it
  // opens what follows.
  static bool follows_dash(std::string_view p, std::size_t s0, std::size_t w) {
    std::size_t i = trim_space_back(p, s0, w);
    if (i == w || i == s0) return false;
    std::size_t b = i;
    while (b > s0 && is_dash(cp_before(p, b))) prev_cp(p, b);
    if (b == i) return false;
    return b == s0 || is_space(cp_before(p, b));
  }

  // The next word is a title abbreviation ("Rep.", "Gen.").
  bool next_is_title(std::string_view p, std::size_t n) const {
    NextWord w = next_word(p, n);
    if (w.end == w.begin || w.quoted || !is_upper(cp_at(p, w.begin)) || cp_at(p, w.end) != '.') return false;
    return never_final_.contains(p.substr(w.begin, w.end - w.begin));
  }

  // Whether the abbreviation that begins at `w` (inside the fragment from
  // `s0`) opens a noun phrase rather than closing one: it follows a
  // coordinator ("and U.S. Rep. Jane Roe") or the comma of an opening
  // adverbial ("Today, U.S. Sen. Roe", "Last week, U.S."): one whose word
  // before the comma is lower case or a sentence starter, not a place name
  // ("Washington, D.C.").
  bool opens_noun_phrase(std::string_view p, std::size_t s0, std::size_t w) const {
    std::size_t i = trim_space_back(p, s0, w);
    if (i == w) return false;  // glued to what precedes
    bool comma = i > s0 && p[i - 1] == ',';
    if (comma) --i;
    std::size_t b = i;
    while (b > s0 && !is_space(cp_before(p, b))) prev_cp(p, b);
    if (b == i || i - b > kMaxWordBytes) return false;
    std::string_view before = p.substr(b, i - b);
    if (!comma) return coordinators_.contains(before);
    return !is_upper(cp_at(before, 0)) || starters_.contains(before);
  }

  // Next word after openers and dashes ("“", "(", "-he"): [begin, end) and
  // whether a quotation mark opened before it.
  struct NextWord {
    std::size_t begin = 0, end = 0;
    bool quoted = false;
  };
  static NextWord next_word(std::string_view p, std::size_t n) {
    NextWord w;
    std::size_t i = n;
    for (int k = 0; k < 4 && i < p.size(); ++k) {
      std::size_t j = i;
      char32_t c = next_cp(p, j);
      if (is_quote_mark(c)) {
        w.quoted = true;
      } else if (!is_open_bracket(c) && !is_dash(c)) {
        break;
      }
      i = j;
    }
    w.begin = w.end = i;
    while (w.end < p.size() && w.end - w.begin < kMaxWordBytes) {
      std::size_t j = w.end;
      char32_t c = next_cp(p, j);
      if (!is_alpha(c) && c != '\'' && c != 0x2019) break;
      w.end = j;
    }
    return w;
  }

  // "she shouted", "-he commented", "‘and then’": a word with a lower-case
  // first letter and no capital ("iPhone" and "eBay" may begin a sentence).
  static bool next_is_lower_word(std::string_view p, std::size_t n) {
    NextWord w = next_word(p, n);
    if (w.end == w.begin || !is_lower(cp_at(p, w.begin))) return false;
    for (std::size_t i = w.begin; i < w.end;)
      if (is_upper(next_cp(p, i))) return false;
    return true;
  }

  // A capitalised word that plausibly begins a sentence: a closed-class
  // starter ("The", "He", "How"), a title ("Mr."), or the start of a quotation.
  bool next_starts_sentence(std::string_view p, std::size_t n) const {
    NextWord w = next_word(p, n);
    if (w.end == w.begin || !is_upper(cp_at(p, w.begin))) return false;
    std::string_view word = p.substr(w.begin, w.end - w.begin);
    if (w.quoted || starters_.contains(word)) return true;
    return cp_at(p, w.end) == '.' && never_final_.contains(word);
  }

  // Spans of the pieces between kept boundaries, trimmed; a piece with no
  // letter or digit (". ", "—") joins the piece before it, or the next one.
  static void emit(std::string_view p, std::size_t base, const std::vector<std::size_t>& kept, std::vector<Span>& out) {
    const std::size_t first = out.size();
    std::size_t pending = std::string_view::npos, pending_end = 0, prev = 0;
    for (std::size_t k = 0; k <= kept.size(); ++k) {
      std::size_t next = k < kept.size() ? kept[k] : p.size();
      std::size_t b = skip_space(p, prev, next);
      std::size_t e = trim_space_back(p, b, next);
      prev = next;
      if (e <= b) continue;
      if (!has_alnum(p, b, e)) {
        if (out.size() > first) {
          out.back().end = base + e;
        } else {
          if (pending == std::string_view::npos) pending = b;
          pending_end = e;
        }
        continue;
      }
      if (pending != std::string_view::npos) {
        b = pending;
        pending = std::string_view::npos;
      }
      out.push_back({base + b, base + e});
    }
    if (pending != std::string_view::npos) out.push_back({base + pending, base + pending_end});
  }

  WordList never_final_, may_be_final_, starters_, prepositions_, coordinators_;
};

}  // namespace detail

SentenceSplitter::SentenceSplitter() : SentenceSplitter(SentenceOptions{}) {}
SentenceSplitter::SentenceSplitter(SentenceOptions options)
    : SentenceSplitter(std::move(options), Lexicon::english()) {}
SentenceSplitter::SentenceSplitter(SentenceOptions options, const Lexicon& lexicon)
    : impl_(std::make_shared<detail::SentenceSplitterImpl>(std::move(options), lexicon)) {}
SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(const SentenceSplitter&) = default;
SentenceSplitter& SentenceSplitter::operator=(const SentenceSplitter&) = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::vector<Span> SentenceSplitter::split(std::string_view text) const {
  return impl_->split(text, split_paragraphs(text));
}

std::vector<Span> SentenceSplitter::split(std::string_view text, Span para) const {
  para.end = std::min(para.end, text.size());
  if (para.begin >= para.end) return {};
  // A span holding several lines is split at its line breaks all the same
  // (hard-wrapped lines aside, as in split_paragraphs).
  std::vector<Span> lines = split_paragraphs(para.in(text));
  for (Span& l : lines) l = {l.begin + para.begin, l.end + para.begin};
  return impl_->split(text, lines);
}

const SentenceOptions& SentenceSplitter::options() const noexcept { return impl_->options; }

}  // namespace quoteattr
