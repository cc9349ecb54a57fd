// The Document: paragraphs and sentences (from the SentenceSplitter, the one
// place that decides them), then one tokenizer, the tagger, lemmas, noun-phrase
// chunks and clauses, all computed once per text. Every later stage reads the
// result by token index.
#include "quoteattr/document.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <atomic>
#include <mutex>

#include "quoteattr/lemmatizer.hpp"
#include "quoteattr/parser.hpp"
#include "quoteattr/tagger.hpp"
#include "text_util.hpp"
#include "tokenizer.hpp"

namespace quoteattr {

std::string_view to_string(Shape s) noexcept {
  switch (s) {
    case Shape::kLower:
      return "lower";
    case Shape::kCapitalized:
      return "capitalized";
    case Shape::kUpper:
      return "upper";
    case Shape::kSingleUpper:
      return "single-upper";
    case Shape::kMixed:
      return "mixed";
    case Shape::kNumber:
      return "number";
    case Shape::kPunct:
      return "punct";
    case Shape::kOther:
      return "other";
  }
  return "other";
}

std::string_view to_string(Chunk c) noexcept {
  switch (c) {
    case Chunk::kOutside:
      return "O";
    case Chunk::kBeginNP:
      return "B-NP";
    case Chunk::kInsideNP:
      return "I-NP";
  }
  return "O";
}

// ---------------------------------------------------------------------------
// Document look-ups.

std::size_t Document::token_at_or_after(std::size_t pos) const noexcept {
  auto it = std::upper_bound(tokens_.begin(), tokens_.end(), pos,
                             [](std::size_t p, const Token& t) { return p < t.span.end; });
  return static_cast<std::size_t>(it - tokens_.begin());
}

std::pair<std::size_t, std::size_t> Document::tokens_in(Span range) const noexcept {
  auto first = std::lower_bound(tokens_.begin(), tokens_.end(), range.begin,
                                [](const Token& t, std::size_t p) { return t.span.begin < p; });
  auto last =
      std::upper_bound(first, tokens_.end(), range.end, [](std::size_t p, const Token& t) { return p < t.span.end; });
  return {static_cast<std::size_t>(first - tokens_.begin()), static_cast<std::size_t>(last - tokens_.begin())};
}

std::size_t Document::sentence_at(std::size_t pos) const noexcept {
  if (sentences_.empty()) return 0;
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                             [](std::size_t p, const Sentence& s) { return p < s.span.begin; });
  return it == sentences_.begin() ? 0 : static_cast<std::size_t>(it - sentences_.begin()) - 1;
}

std::size_t Document::paragraph_at(std::size_t pos) const noexcept {
  if (paragraphs_.empty()) return 0;
  auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), pos,
                             [](std::size_t p, const Paragraph& g) { return p < g.span.begin; });
  return it == paragraphs_.begin() ? 0 : static_cast<std::size_t>(it - paragraphs_.begin()) - 1;
}

std::vector<Span> Document::paragraph_spans() const {
  std::vector<Span> out;
  out.reserve(paragraphs_.size());
  for (const Paragraph& p : paragraphs_) out.push_back(p.span);
  return out;
}

std::vector<Span> Document::sentence_spans() const {
  std::vector<Span> out;
  out.reserve(sentences_.size());
  for (const Sentence& s : sentences_) out.push_back(s.span);
  return out;
}

// ---------------------------------------------------------------------------
// The tokenizer.

namespace {

using detail::cp_at;
using detail::is_alnum;
using detail::is_digit;
using detail::is_newline;
using detail::is_space;
using detail::next_cp;

bool is_mark(char32_t c) noexcept {
  if (c < 0x300) return false;
  const auto t = u_charType(static_cast<UChar32>(c));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}
bool is_word_char(char32_t c) noexcept { return is_alnum(c) || is_mark(c); }
bool is_apostrophe(char32_t c) noexcept { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2032; }
bool is_hyphen(char32_t c) noexcept { return c == '-' || c == 0x2010 || c == 0x2011; }
// Punctuation whose runs form one token ("...", "--", "!!", "??", "**").
bool repeats(char32_t c) noexcept {
  return c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_' || c == '~' || c == 0x2014 ||
         c == 0x2013;
}

// Code points of the word [b, e), for the shape and the clitic test.
struct WordScan {
  std::string_view s;
  std::size_t b, e;
};

// Whether the letters `tail` after an apostrophe make a clitic (is_clitic(),
// the one list): 1 for "'s", "'re", ... (the clitic starts at the apostrophe),
// 2 for "n't" when `before`, the lower-case letter before the apostrophe, is its
// "n" (the clitic starts one letter earlier), 0 otherwise.
int clitic_form(char before, std::string_view tail) {
  std::string form = "'";
  for (char c : tail) form.push_back(detail::ascii_lower(c));
  if (detail::is_clitic(form)) return 1;
  form.insert(form.begin(), before);
  return detail::is_clitic(form) ? 2 : 0;
}

// A "?" standing for an apostrophe lost in a change of encoding ("Justice?s",
// "don?t", "we?re"): between a letter and the letters of a clitic that end the
// word. `q` is the position of the "?", `se` the end of the sentence.
bool is_lost_apostrophe(std::string_view s, std::size_t q, std::size_t se) {
  if (q == 0 || s[q] != '?' || !detail::is_alpha(detail::cp_before(s, q))) return false;
  std::size_t e = q + 1;
  while (e < se && e - q <= 3 && detail::is_alpha(cp_at(s, e))) next_cp(s, e);
  if (e == q + 1 || e - q > 3 || (e < se && is_word_char(cp_at(s, e)))) return false;
  return clitic_form(detail::ascii_lower(s[q - 1]), s.substr(q + 1, e - q - 1)) != 0;
}

// Length in bytes of a Penn clitic ending the word [b, e) ("n't", "'s", "’re",
// ...), or 0. The stem before it must keep at least one letter. A "?" inside
// the word is a lost apostrophe (is_lost_apostrophe() let it in).
std::size_t clitic_length(std::string_view s, std::size_t b, std::size_t e) {
  // The last apostrophe ("'", "’", or a "?" that stands for one) among the
  // word's last three code points, with at least one letter after it.
  std::size_t i = e;
  for (int n = 0; n < 3 && i > b; ++n) {
    std::size_t j = i;
    const char32_t c = detail::prev_cp(s, j);
    if ((is_apostrophe(c) || c == '?') && j > b && i < e) {
      std::size_t k = j;
      const char32_t before = detail::prev_cp(s, k);
      const char lower_before = before < 0x80 ? detail::ascii_lower(static_cast<char>(before)) : '\0';
      // The stem keeps at least one letter: "n't" needs a letter before its n.
      switch (clitic_form(lower_before, s.substr(i, e - i))) {
        case 1:
          return e - j;
        case 2:
          return k > b ? e - k : 0;
        default:
          return 0;
      }
    }
    i = j;
  }
  return 0;
}

}  // namespace

namespace detail {

void tokenize_sentence(std::string_view s, std::size_t sb, std::size_t se, std::vector<Span>& out) {
  std::size_t i = sb;
  // The last non-space byte of the sentence: a period there ends the sentence.
  const std::size_t last = detail::trim_space_back(s, sb, se);
  while (i < se) {
    std::size_t j = i;
    const char32_t c = next_cp(s, j);
    if (is_space(c)) {
      i = j;
      continue;
    }
    if (!is_word_char(c)) {
      // Punctuation or a symbol: one code point, or a run of the same one.
      std::size_t e = j;
      if (repeats(c)) {
        // Also ". . ." (spaced ellipsis) stays three tokens; only glued runs join.
        while (e < se) {
          std::size_t k = e;
          if (next_cp(s, k) != c) break;
          e = k;
        }
      }
      out.push_back({i, e});
      i = e;
      continue;
    }
    // A word: letters, digits and marks, with inner joiners.
    const std::size_t b = i;
    std::size_t e = j;
    bool all_digits = is_digit(c);
    std::size_t part_begin = b;   // start of the current part (after the last joiner)
    bool dotted = false;          // saw "X.Y" with single-letter parts (an initialism)
    bool had_period_end = false;  // the token ends with an initialism's period
    for (;;) {
      // Extend the current part.
      while (e < se) {
        std::size_t k = e;
        const char32_t d = next_cp(s, k);
        if (!is_word_char(d)) break;
        if (!is_digit(d)) all_digits = false;
        e = k;
      }
      if (e >= se) break;
      std::size_t k = e;
      const char32_t d = next_cp(s, k);
      const char32_t after = cp_at(s, k);
      const bool word_after = k < se && is_word_char(after);
      // Number separators between digits: 1,000  3.5  10:30  9/11
      const bool digit_before = is_digit(detail::cp_before(s, e));
      if ((d == ',' || d == '.' || d == ':' || d == '/') && digit_before && k < se && is_digit(after) && all_digits) {
        e = k;
        part_begin = e;
        continue;
      }
      if (is_hyphen(d) && word_after) {
        e = k;
        part_begin = e;
        continue;
      }
      if ((is_apostrophe(d) && word_after && d != 0x2018) || (d == '?' && is_lost_apostrophe(s, e, se))) {
        e = k;
        part_begin = e;
        continue;
      }
      if (d == '&' && word_after && detail::is_upper(cp_at(s, part_begin))) {  // AT&T, S&P
        e = k;
        part_begin = e;
        continue;
      }
      if (d == '.') {
        // One letter before the period: an initialism goes on ("U.S", "a.m", "e.g").
        std::size_t pb = part_begin;
        next_cp(s, pb);
        const bool single = pb == e && !all_digits;
        if (single && word_after) {
          std::size_t k2 = k;
          next_cp(s, k2);
          // "U.S" and "a.m": the next part is one letter too (or an initialism goes on).
          const char32_t after2 = cp_at(s, k2);
          if (k2 >= se || !is_word_char(after2)) {
            dotted = true;
            e = k;
            part_begin = e;
            continue;
          }
        }
        if (single && dotted) {
          // The initialism's last period ("U.S.") belongs to it, even at the end.
          e = k;
          had_period_end = true;
          if (k < se && is_hyphen(cp_at(s, k))) {  // "U.S.-China"
            std::size_t k3 = k;
            next_cp(s, k3);
            if (k3 < se && is_word_char(cp_at(s, k3))) {
              e = k3;
              part_begin = e;
              had_period_end = false;
              continue;
            }
          }
        }
      }
      break;
    }
    // A period glued to the word that the splitter kept inside the sentence
    // ("Mr. Smith", "Jan. 5", "J. Smith") is an abbreviation's: white space and
    // a capitalised word, a number or an opening mark follow it. Not before a
    // lower-case word ("community. and reiterated", a sentence end the splitter
    // kept together) or a stray period ("dialogue. .").
    if (!had_period_end && e < se && s[e] == '.' && e + 1 < se && e != last && !all_digits &&
        is_space(cp_at(s, e + 1))) {
      const std::size_t n = detail::skip_space(s, e + 1, se);
      const char32_t after = cp_at(s, n);
      if (n < se &&
          (detail::is_upper(after) || is_digit(after) || after == '(' || after == '$' || detail::is_quote_mark(after)))
        e += 1;
    }
    // Clitics split off ("do" "n't", "Putin" "'s").
    const std::size_t cl = clitic_length(s, b, e);
    if (cl > 0) {
      out.push_back({b, e - cl});
      out.push_back({e - cl, e});
    } else {
      out.push_back({b, e});
    }
    i = e;
  }
}

Shape token_shape(std::string_view w) {
  std::size_t i = 0;
  int letters = 0, upper = 0, lower = 0, digits = 0, others = 0;
  bool first_upper = false, first_lower = false;
  while (i < w.size()) {
    const char32_t c = next_cp(w, i);
    if (detail::is_alpha(c)) {
      if (letters == 0) {
        first_upper = detail::is_upper(c);
        first_lower = detail::is_lower(c);
      }
      ++letters;
      if (detail::is_upper(c))
        ++upper;
      else if (detail::is_lower(c))
        ++lower;
    } else if (is_digit(c)) {
      ++digits;
    } else if (!is_mark(c)) {
      ++others;
    }
  }
  if (letters == 0) {
    if (digits > 0) return Shape::kNumber;
    std::size_t k = 0;
    const char32_t c = next_cp(w, k);
    const auto t = u_charType(static_cast<UChar32>(c));
    const bool punct = t == U_DASH_PUNCTUATION || t == U_START_PUNCTUATION || t == U_END_PUNCTUATION ||
                       t == U_CONNECTOR_PUNCTUATION || t == U_OTHER_PUNCTUATION || t == U_INITIAL_PUNCTUATION ||
                       t == U_FINAL_PUNCTUATION;
    return punct ? Shape::kPunct : Shape::kOther;
  }
  (void)others;
  if (letters == 1 && upper == 1 && digits == 0) return Shape::kSingleUpper;
  if (upper == letters && letters >= 2) return Shape::kUpper;
  if (first_upper && lower > 0) return Shape::kCapitalized;
  if (first_upper) return Shape::kUpper;
  if (first_lower && upper > 0) return Shape::kMixed;
  return Shape::kLower;
}

// Normalised lower case: ICU simple lower-casing per code point, apostrophes and
// double quotes folded to ASCII, ill-formed bytes as U+FFFD.
void normalise_token(std::string_view w, std::string& out) {
  out.clear();
  std::size_t i = 0;
  while (i < w.size()) {
    const unsigned char b = static_cast<unsigned char>(w[i]);
    if (b < 0x80) {
      // A "?" inside a word is a lost apostrophe ("Justice?s", see the tokenizer).
      const bool lost = b == '?' && i + 1 < w.size() && detail::is_alpha(static_cast<unsigned char>(w[i + 1]));
      out.push_back(lost ? '\'' : static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    char32_t c = next_cp(w, i);
    if (c == 0x2019 || c == 0x2018 || c == 0x201B || c == 0x2032)
      c = '\'';
    else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB || c == 0x2033)
      c = '"';
    else
      c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), err);
    if (err) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(buf, static_cast<std::size_t>(n));
    }
  }
}

bool is_clitic(std::string_view lower) noexcept {
  return lower == "'s" || lower == "n't" || lower == "'re" || lower == "'ve" || lower == "'ll" || lower == "'d" ||
         lower == "'m";
}

bool is_word_token(std::string_view w) {
  std::size_t i = 0;
  return !w.empty() && is_word_char(next_cp(w, i));
}

std::vector<Token> tokenize_string(std::string_view s, std::string& store) {
  std::vector<Span> spans;
  tokenize_sentence(s, 0, s.size(), spans);
  std::vector<Token> out(spans.size());
  std::vector<std::pair<std::size_t, std::size_t>> at(spans.size());
  std::string lower;
  store.clear();
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const std::string_view w = spans[i].in(s);
    normalise_token(w, lower);
    at[i] = {store.size(), lower.size()};
    store += lower;
  }
  for (std::size_t i = 0; i < spans.size(); ++i) {
    Token& t = out[i];
    t.span = spans[i];
    t.lower = std::string_view(store).substr(at[i].first, at[i].second);
    t.lemma = t.lower;
    t.shape = token_shape(spans[i].in(s));
    t.space_before = i > 0 && spans[i].begin > spans[i - 1].end;
  }
  return out;
}

}  // namespace detail

namespace {

// The token as the tagger sees it: the text as written, with curly apostrophes
// read as "'" (so "’s" is the clitic the model knows).
std::string_view tagger_form(std::string_view w, std::string& buf) {
  // A lone mark stays as it is: the tagger tells an opening ‘ from a closing ’.
  if (w.size() <= 3 ||
      (w.find("\xE2\x80\x99") == std::string_view::npos && w.find("\xE2\x80\x98") == std::string_view::npos))
    return w;
  buf.clear();
  for (std::size_t i = 0; i < w.size();) {
    if (i + 3 <= w.size() && (w.compare(i, 3, "\xE2\x80\x99") == 0 || w.compare(i, 3, "\xE2\x80\x98") == 0)) {
      buf.push_back('\'');
      i += 3;
    } else {
      buf.push_back(w[i++]);
    }
  }
  return buf;
}

// The words of tokens [first, end) of `d` as the tagger and the parser see them (tagger_form):
// views of the text, or of `forms` for the words whose form differs.
void tagger_words(const Document& d, std::size_t first, std::size_t end, std::vector<std::string_view>& words,
                  std::string& forms, std::string& buf) {
  struct Moved {
    std::size_t k, at, size;
  };
  std::vector<Moved> moved;  // which words have their form in `forms`, and where (rare: curly apostrophes)
  words.resize(end - first);
  forms.clear();
  for (std::size_t k = 0; k < words.size(); ++k) {
    words[k] = tagger_form(d.word(first + k), buf);
    if (words[k].data() == buf.data()) {  // views can only be taken once `forms` stops growing
      moved.push_back({k, forms.size(), buf.size()});
      forms += buf;
    }
  }
  for (const Moved& m : moved) words[m.k] = std::string_view(forms).substr(m.at, m.size);
}

// A capitalised preposition inside a sentence, after a lower-case word or an acronym and before a
// proper noun, begins a title or a name ("said Under Secretary Jane Roe", "U.S. Under Secretary"):
// a proper noun too, so that it opens the noun phrase.
void proper_title_prepositions(const std::vector<Token>& tk, std::size_t first, std::vector<Tag>& tags) {
  for (std::size_t k = 1; k + 1 < tags.size(); ++k)
    if (tags[k] == Tag::IN && tags[k + 1] == Tag::NNP && tk[first + k].shape == Shape::kCapitalized &&
        (tk[first + k - 1].shape == Shape::kLower || tk[first + k - 1].shape == Shape::kUpper) &&
        tk[first + k + 1].shape == Shape::kCapitalized)
      tags[k] = Tag::NNP;
}

// ---------------------------------------------------------------------------
// Chunks and clauses, from the tags.

bool np_start(Tag t) {
  return t == Tag::DT || t == Tag::PDT || t == Tag::PRP_S || t == Tag::WP_S || is_adjective(t) || t == Tag::CD ||
         is_noun(t) || t == Tag::PRP || t == Tag::EX || t == Tag::WP;
}
bool np_head(Tag t) { return is_noun(t) || t == Tag::PRP || t == Tag::CD || t == Tag::EX || t == Tag::WP; }
bool finite(Tag t) { return t == Tag::VBD || t == Tag::VBZ || t == Tag::VBP || t == Tag::MD; }

void chunk_sentence(std::vector<Token>& tk, std::size_t first, std::size_t end, std::vector<NounPhrase>& nps) {
  std::size_t i = first;
  while (i < end) {
    const Tag t = tk[i].tag;
    if (!np_start(t)) {
      ++i;
      continue;
    }
    // Pronouns, wh-pronouns and existential "there" are phrases of their own.
    if (t == Tag::PRP || t == Tag::EX || t == Tag::WP) {
      tk[i].chunk = Chunk::kBeginNP;
      nps.push_back({i, i + 1, i});
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    std::size_t head = np_head(t) ? i : static_cast<std::size_t>(-1);
    // Determiners and pre-determiners first, then modifiers and nouns.
    while (j < end) {
      const Tag u = tk[j].tag;
      if (u == Tag::DT && (tk[j - 1].tag == Tag::PDT)) {
        ++j;
        continue;
      }
      if (is_adjective(u) || is_noun(u) || u == Tag::CD) {
        if (np_head(u)) head = j;
        ++j;
        continue;
      }
      // Participles and "-" only as pre-modifiers ("the so-called", "a guided missile").
      if ((u == Tag::VBN || u == Tag::VBG || u == Tag::HYPH) && j + 1 < end &&
          (is_noun(tk[j + 1].tag) || is_adjective(tk[j + 1].tag))) {
        ++j;
        continue;
      }
      // A possessive closes the phrase ("China 's" | "foreign minister").
      if (u == Tag::POS) {
        ++j;
        break;
      }
      break;
    }
    if (head == static_cast<std::size_t>(-1)) {
      // No noun: a determiner or adjective standing alone ("that", "those", "many").
      if (t == Tag::DT || t == Tag::CD || is_adjective(t))
        head = j - 1;
      else {
        ++i;
        continue;
      }
    }
    tk[i].chunk = Chunk::kBeginNP;
    for (std::size_t k = i + 1; k < j; ++k) tk[k].chunk = Chunk::kInsideNP;
    nps.push_back({i, j, head});
    i = j;
  }
}

// A clause opener at token i, or -1; returns the first token of the new clause.
//  - a complementizer ("that"/IN, "whether", "if") followed by a noun phrase: the
//    clause starts at it ("said | that the talks, …, were useful");
//  - a wh-word or another subordinator followed, within a few tokens and no
//    punctuation, by a noun phrase and a finite verb ("which lasted", "because he said");
//  - a coordinator followed by a new subject and verb: the clause starts at it
//    ("…, | and Wang agreed");
//  - a comma, colon or quote mark followed by a new subject and verb, or a comma
//    that closes a relative clause and is followed by a finite verb ("the talks,
//    which lasted hours, | were useful"): the clause starts after it.
long clause_opener(const std::vector<Token>& tk, std::size_t i, std::size_t end, bool in_relative, const Lexicon& lex) {
  const Tag t = tk[i].tag;
  if (t == Tag::IN && i + 1 < end && tk[i + 1].chunk == Chunk::kBeginNP &&
      (tk[i].lower == lex.word(WordRole::kComplementizer) || tk[i].lower == lex.word(WordRole::kPolarComplementizer) ||
       tk[i].lower == lex.word(WordRole::kConditionalComplementizer)))
    return static_cast<long>(i);
  const bool sub = t == Tag::IN || t == Tag::WDT || t == Tag::WP || t == Tag::WRB;
  const bool coord = t == Tag::CC;
  const bool punct = t == Tag::COMMA || t == Tag::COLON || t == Tag::LQUOTE || t == Tag::RQUOTE;
  if (!sub && !coord && !punct) return -1;
  if (t == Tag::COMMA && in_relative) {
    std::size_t k = i + 1;
    while (k < end && is_adverb(tk[k].tag)) ++k;
    if (k < end && finite(tk[k].tag)) return static_cast<long>(i + 1);
  }
  std::size_t k = i + 1;
  bool saw_np = t == Tag::WP || t == Tag::WDT;  // "who said", "which holds"
  for (std::size_t n = 0; k < end && n < 8; ++k, ++n) {
    const Tag u = tk[k].tag;
    if (finite(u)) return saw_np ? static_cast<long>(punct ? i + 1 : i) : -1;
    if (tk[k].chunk != Chunk::kOutside) {
      saw_np = true;
      continue;
    }
    if (is_adverb(u)) continue;
    return -1;
  }
  return -1;
}

void clauses_of(const std::vector<Token>& tk, std::size_t first, std::size_t end, const Lexicon& lex,
                std::vector<Clause>& out) {
  if (first >= end) return;
  std::size_t start = first;
  auto close = [&](std::size_t e) {
    if (e <= start) return;
    Clause c{start, e, -1};
    for (std::size_t k = start; k < e; ++k)
      if (finite(tk[k].tag)) {
        c.verb = static_cast<long>(k);
        break;
      }
    out.push_back(c);
    start = e;
  };
  for (std::size_t i = first + 1; i < end; ++i) {
    const bool in_relative = tk[start].tag == Tag::WDT || tk[start].tag == Tag::WP;
    const long open = clause_opener(tk, i, end, in_relative, lex);
    if (open > static_cast<long>(start)) close(static_cast<std::size_t>(open));
  }
  close(end);
}

}  // namespace

// ---------------------------------------------------------------------------
// The dependency parse, on demand.

namespace {

// The tokens of a dateline that opens a sentence, its dash included, or 0: at most eight
// capitalised words, abbreviations, numbers and commas ("WASHINGTON", "Leeds, U.K.", "Austin,
// Texas, May 4"), then a spaced dash ("-", "--", "–", "—") and at least three tokens.
std::size_t dateline_end(const Token* tk, std::size_t n, std::string_view text) {
  constexpr std::size_t kMostTokens = 8;
  if (n == 0 || (tk[0].shape != Shape::kCapitalized && tk[0].shape != Shape::kUpper)) return 0;
  for (std::size_t k = 1; k < n && k <= kMostTokens; ++k) {
    const Token& t = tk[k];
    const std::string_view w = t.span.in(text);
    if ((t.shape == Shape::kPunct || t.shape == Shape::kOther) && !w.empty() && detail::is_dash(cp_at(w, 0)) &&
        k + 3 < n && t.span.begin > 0 && is_space(detail::cp_before(text, t.span.begin)) && tk[k - 1].lower != ",")
      return k + 1;
    const bool ok = t.shape == Shape::kCapitalized || t.shape == Shape::kUpper || t.shape == Shape::kSingleUpper ||
                    t.shape == Shape::kNumber || w == "," || w == ".";
    if (!ok) return 0;
  }
  return 0;
}

}  // namespace

// Which sentences Document::parse has parsed, and its buffers (the mutex guards both).
struct Document::LazyParse {
  std::mutex mutex;
  std::unique_ptr<std::atomic<bool>[]> done;  // one per sentence: its tokens' heads are written
  std::vector<std::string_view> words;
  std::string forms, buf;
  std::vector<Tag> tags;
  std::vector<std::uint32_t> heads;
  std::vector<Relation> relations;
};

const std::vector<Token>& Document::parse(std::size_t sentence) const {
  if (!parse_ || sentence >= sentences_.size() || !sentences_[sentence].parsed) return tokens_;
  LazyParse& lp = *parse_;
  if (lp.done[sentence].load(std::memory_order_acquire)) return tokens_;
  const std::lock_guard<std::mutex> lock(lp.mutex);
  if (lp.done[sentence].load(std::memory_order_relaxed)) return tokens_;
  const Sentence& s = sentences_[sentence];
  const std::size_t n = s.end_token - s.first_token;
  tagger_words(*this, s.first_token, s.end_token, lp.words, lp.forms, lp.buf);
  lp.tags.resize(n);
  for (std::size_t k = 0; k < n; ++k) lp.tags[k] = tokens_[s.first_token + k].tag;
  lp.heads.resize(n);
  lp.relations.resize(n);
  // A dateline before the sentence ("Washington, D.C. – Today, the minister said ...") is parsed
  // apart, so that its place name is not taken for the subject; its root hangs on the sentence's.
  const std::size_t d = dateline_end(tokens_.data() + s.first_token, n, text_);
  if (d > 0) {
    Parser::builtin().parse(lp.words.data(), lp.tags.data(), d, lp.heads.data(), lp.relations.data());
    Parser::builtin().parse(lp.words.data() + d, lp.tags.data() + d, n - d, lp.heads.data() + d,
                            lp.relations.data() + d);
    std::uint32_t root = kNoParent;
    for (std::size_t k = d; k < n; ++k) {
      if (lp.heads[k] == kNoParent) {
        if (root == kNoParent) root = static_cast<std::uint32_t>(k);
      } else {
        lp.heads[k] += static_cast<std::uint32_t>(d);
      }
    }
    for (std::size_t k = 0; k < d; ++k) {
      if (lp.heads[k] == kNoParent && root != kNoParent) {
        lp.heads[k] = root;
        lp.relations[k] = Relation::kDep;
      }
    }
  } else {
    Parser::builtin().parse(lp.words.data(), lp.tags.data(), n, lp.heads.data(), lp.relations.data());
  }
  // The tokens are the Document's own (never const objects); only this sentence's head and
  // relation change, under the mutex, before `done` publishes them.
  Token* tk = const_cast<Token*>(tokens_.data()) + s.first_token;
  for (std::size_t k = 0; k < n; ++k) {
    tk[k].head = lp.heads[k] == kNoParent ? kNoParent : static_cast<std::uint32_t>(s.first_token + lp.heads[k]);
    tk[k].relation = lp.relations[k];
  }
  lp.done[sentence].store(true, std::memory_order_release);
  return tokens_;
}

// ---------------------------------------------------------------------------
// DocumentBuilder.

struct DocumentBuilder::Impl {
  SentenceSplitter splitter;
  Lexicon lexicon;
  const Tagger* tagger;
};

DocumentBuilder::DocumentBuilder() : DocumentBuilder(SentenceOptions{}) {}
DocumentBuilder::DocumentBuilder(SentenceOptions options, const Lexicon& lexicon, const Tagger* tagger)
    : impl_(std::make_shared<const Impl>(
          Impl{SentenceSplitter(std::move(options), lexicon), lexicon, tagger ? tagger : &Tagger::builtin()})) {}
DocumentBuilder::~DocumentBuilder() = default;
DocumentBuilder::DocumentBuilder(const DocumentBuilder&) = default;
DocumentBuilder& DocumentBuilder::operator=(const DocumentBuilder&) = default;
DocumentBuilder::DocumentBuilder(DocumentBuilder&&) noexcept = default;
DocumentBuilder& DocumentBuilder::operator=(DocumentBuilder&&) noexcept = default;

const SentenceSplitter& DocumentBuilder::splitter() const noexcept { return impl_->splitter; }
const Lexicon& DocumentBuilder::lexicon() const noexcept { return impl_->lexicon; }

Document DocumentBuilder::build(std::string_view text) const {
  Document d;
  d.text_ = text;
  const std::vector<Span> paras = split_paragraphs(text);
  const std::vector<Span> sents = impl_->splitter.split(text);
  d.paragraphs_.reserve(paras.size());
  for (const Span& p : paras) d.paragraphs_.push_back({p, 0, 0});
  d.sentences_.reserve(sents.size());

  std::vector<Span> raw;
  raw.reserve(text.size() / 5 + 8);
  std::size_t pi = 0;
  for (const Span s : sents) {
    while (pi + 1 < paras.size() && paras[pi].end <= s.begin) ++pi;
    Sentence sent{s, 0, 0, pi};
    sent.first_token = raw.size();
    detail::tokenize_sentence(text, s.begin, s.end, raw);
    sent.end_token = raw.size();
    d.sentences_.push_back(sent);
  }
  // Paragraph -> sentence ranges.
  {
    std::size_t k = 0;
    for (std::size_t p = 0; p < d.paragraphs_.size(); ++p) {
      d.paragraphs_[p].first_sentence = k;
      while (k < d.sentences_.size() && d.sentences_[k].paragraph == p) ++k;
      d.paragraphs_[p].end_sentence = k;
    }
  }

  // Lower-case forms and lemmas go to one store; the tokens view it once it is complete.
  // (offset, length) of each token's lower form and lemma in the store, meanwhile.
  d.tokens_.resize(raw.size());
  std::vector<char> store;  // becomes the Document's store
  store.reserve(text.size() + text.size() / 4);
  std::vector<std::uint32_t> lower_at(raw.size()), lower_len(raw.size()), lemma_at(raw.size()), lemma_len(raw.size());
  std::string buf;
  std::size_t prev_end = 0;
  for (std::size_t si = 0; si < d.sentences_.size(); ++si) {
    for (std::size_t i = d.sentences_[si].first_token; i < d.sentences_[si].end_token; ++i) {
      Token& t = d.tokens_[i];
      t.span = raw[i];
      t.sentence = static_cast<std::uint32_t>(si);
      const std::string_view w = t.span.in(text);
      detail::normalise_token(w, buf);
      lower_at[i] = static_cast<std::uint32_t>(store.size());
      lower_len[i] = static_cast<std::uint32_t>(buf.size());
      store.insert(store.end(), buf.begin(), buf.end());
      t.shape = detail::token_shape(w);
      if (i > 0) {
        t.space_before = t.span.begin > prev_end;
        for (std::size_t k = prev_end; k < t.span.begin; ++k)
          if (text[k] == '\n' || text[k] == '\r') t.newline_before = true;
      }
      prev_end = t.span.end;
    }
  }
  std::vector<Span>().swap(raw);  // the tokens hold the spans now
  auto lower_of = [&](std::size_t i) {
    return std::string_view(store.data(), store.size()).substr(lower_at[i], lower_len[i]);
  };

  // Tags and lemmas, sentence by sentence.
  std::vector<std::string_view> words;
  std::string forms;  // the tagger forms that differ from the word, one after another
  std::vector<Tag> tags;
  const Lemmatizer& lemmatizer = Lemmatizer::builtin();
  bool any_parsed = false;
  for (Sentence& s : d.sentences_) {
    const std::size_t n = s.end_token - s.first_token;
    tags.assign(n, Tag::XX);
    tagger_words(d, s.first_token, s.end_token, words, forms, buf);
    // A dateline is tagged apart from its sentence, as it is parsed (Document::parse): the word
    // after its dash opens the sentence ("WASHINGTON – Today, ...": "Today" an adverb).
    const std::size_t dl = dateline_end(d.tokens_.data() + s.first_token, n, d.text_);
    if (dl > 0) {
      impl_->tagger->tag(words.data(), dl, tags.data());
      impl_->tagger->tag(words.data() + dl, n - dl, tags.data() + dl);
    } else if (n > 0) {
      impl_->tagger->tag(words.data(), n, tags.data());
    }
    proper_title_prepositions(d.tokens_, s.first_token, tags);
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = s.first_token + k;
      Token& t = d.tokens_[i];
      t.tag = tags[k];
      lemma_at[i] = lower_at[i];
      lemma_len[i] = lower_len[i];
      if (is_verb(t.tag) || t.tag == Tag::NN || t.tag == Tag::NNS) {
        // "'s" is "has" before a participle of the class has_participles ("he's been", "she's
        // got"), "is" otherwise.
        if (t.tag == Tag::VBZ && lower_of(i) == "'s") {
          std::size_t j = k + 1;
          while (j + 1 < n && is_adverb(tags[j])) ++j;
          if (j < n && impl_->lexicon.is(WordClass::kHasParticiples, lower_of(s.first_token + j)))
            buf = "have";
          else
            lemmatizer.lemma(lower_of(i), t.tag, buf);
        } else {
          lemmatizer.lemma(lower_of(i), t.tag, buf);
        }
        if (buf != lower_of(i)) {
          lemma_at[i] = static_cast<std::uint32_t>(store.size());
          lemma_len[i] = static_cast<std::uint32_t>(buf.size());
          store.insert(store.end(), buf.begin(), buf.end());
        }
      }
    }
    // The dependency parse, for the sentences with a speech verb of the language pack (a verb
    // whose lemma is a speech_verb_bases entry or whose form or lemma is a speech_verb_forms
    // entry), made when a stage asks for it (Document::parse): parsing costs more than the rest
    // of the Document, and only reported speech reads it, for a few sentences.
    bool speech = false;
    for (std::size_t k = 0; k < n && !speech; ++k) {
      const std::size_t i = s.first_token + k;
      if (!is_verb(tags[k])) continue;
      const std::string_view lemma(store.data() + lemma_at[i], lemma_len[i]);
      speech = impl_->lexicon.is(WordClass::kSpeechVerbBases, lemma) ||
               impl_->lexicon.is(WordClass::kSpeechVerbForms, lemma) ||
               impl_->lexicon.is(WordClass::kSpeechVerbForms, lower_of(i));
    }
    s.parsed = speech;
    any_parsed = any_parsed || speech;
  }
  if (any_parsed) {
    d.parse_ = std::make_shared<Document::LazyParse>();
    d.parse_->done = std::make_unique<std::atomic<bool>[]>(d.sentences_.size());
  }
  d.store_ = std::move(store);
  const std::string_view kept(d.store_.data(), d.store_.size());
  for (std::size_t i = 0; i < d.tokens_.size(); ++i) {
    d.tokens_[i].lower = kept.substr(lower_at[i], lower_len[i]);
    d.tokens_[i].lemma = kept.substr(lemma_at[i], lemma_len[i]);
  }
  // Chunks and clauses, from the tags.
  for (const Sentence& s : d.sentences_) {
    chunk_sentence(d.tokens_, s.first_token, s.end_token, d.noun_phrases_);
    clauses_of(d.tokens_, s.first_token, s.end_token, impl_->lexicon, d.clauses_);
  }
  return d;
}

}  // namespace quoteattr
