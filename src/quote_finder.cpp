// Direct quotation finding. (First version: balanced double quotes only.)
#include "quoteattr/quotes.hpp"
#include "quoteattr/sentences.hpp"
#include "text_util.hpp"

namespace quoteattr {

const char* to_string(QuoteKind kind) noexcept {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kIndirect: return "indirect";
    case QuoteKind::kMixed: return "mixed";
    case QuoteKind::kTerm: return "term";
  }
  return "direct";
}

const char* to_string(Recovery r) noexcept {
  switch (r) {
    case Recovery::kNone: return "none";
    case Recovery::kUnclosed: return "unclosed";
    case Recovery::kUnopened: return "unopened";
    case Recovery::kColon: return "colon";
    case Recovery::kTranscript: return "transcript";
    case Recovery::kUnmarked: return "unmarked";
  }
  return "none";
}

namespace detail {
class QuoteFinderImpl {
 public:
  explicit QuoteFinderImpl(QuoteFinderOptions o) : options(std::move(o)) {}
  QuoteFinderOptions options;
};
}  // namespace detail

QuoteFinder::QuoteFinder() : QuoteFinder(QuoteFinderOptions{}) {}
QuoteFinder::QuoteFinder(QuoteFinderOptions options)
    : impl_(std::make_shared<detail::QuoteFinderImpl>(std::move(options))) {}
QuoteFinder::~QuoteFinder() = default;
QuoteFinder::QuoteFinder(const QuoteFinder&) = default;
QuoteFinder& QuoteFinder::operator=(const QuoteFinder&) = default;
QuoteFinder::QuoteFinder(QuoteFinder&&) noexcept = default;
QuoteFinder& QuoteFinder::operator=(QuoteFinder&&) noexcept = default;

const QuoteFinderOptions& QuoteFinder::options() const noexcept { return impl_->options; }

std::vector<DirectQuote> QuoteFinder::find(std::string_view text, const std::vector<Span>& paragraphs,
                                           const std::vector<Span>& sentences) const {
  std::vector<DirectQuote> out;
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    Span p = paragraphs[pi];
    std::size_t open = std::string_view::npos, open_len = 0;
    for (std::size_t i = p.begin; i < p.end;) {
      std::size_t j = i;
      char32_t c = detail::next_cp(text, j);
      bool opener = c == 0x201C || (c == '"' && open == std::string_view::npos);
      bool closer = c == 0x201D || (c == '"' && open != std::string_view::npos);
      if (closer && open != std::string_view::npos) {
        DirectQuote q;
        q.open_mark = {open, open + open_len};
        q.content = {open + open_len, i};
        q.close_mark = {i, j};
        q.paragraph = pi;
        for (std::size_t si = 0; si < sentences.size(); ++si) {
          if (sentences[si].end > q.content.begin && sentences[si].begin <= q.content.begin) q.first_sentence = si;
          if (sentences[si].begin < q.content.end) q.last_sentence = si;
        }
        out.push_back(q);
        open = std::string_view::npos;
      } else if (opener) {
        open = i;
        open_len = j - i;
      }
      i = j;
    }
  }
  return out;
}

std::vector<DirectQuote> QuoteFinder::find(std::string_view text) const {
  SentenceSplitter splitter;
  return find(text, split_paragraphs(text), splitter.split(text));
}

}  // namespace quoteattr
