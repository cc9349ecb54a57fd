// Sentence splitting: ICU's sentence BreakIterator, then news-specific fixes.
// (First version: paragraphs + ICU only; see issue 2 for the corrections.)
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <mutex>

#include "quoteattr/error.hpp"
#include "quoteattr/sentences.hpp"
#include "text_util.hpp"

namespace quoteattr {

std::vector<Span> split_paragraphs(std::string_view text) {
  std::vector<Span> out;
  std::size_t i = 0, line_begin = 0;
  auto flush = [&](std::size_t line_end) {
    std::size_t b = detail::skip_space(text, line_begin, line_end);
    std::size_t e = detail::trim_space_back(text, b, line_end);
    if (e > b) out.push_back({b, e});
  };
  while (i < text.size()) {
    std::size_t j = i;
    char32_t c = detail::next_cp(text, j);
    if (detail::is_newline(c)) {
      flush(i);
      line_begin = j;
    }
    i = j;
  }
  flush(text.size());
  return out;
}

namespace detail {

class SentenceSplitterImpl {
 public:
  explicit SentenceSplitterImpl(SentenceOptions o) : options(std::move(o)) {
    UErrorCode status = U_ZERO_ERROR;
    prototype.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale::createCanonical(options.locale.c_str()), status));
    if (U_FAILURE(status) || !prototype)
      throw Error(ErrorCode::kInternal, std::string("ICU could not create a sentence break iterator: ") +
                                            u_errorName(status));
  }

  std::vector<Span> split(std::string_view text, Span para) const {
    std::vector<Span> out;
    std::unique_ptr<icu::BreakIterator> bi(prototype->clone());
    UErrorCode status = U_ZERO_ERROR;
    std::string_view p = para.in(text);
    UText* ut = utext_openUTF8(nullptr, p.data(), static_cast<int64_t>(p.size()), &status);
    if (U_FAILURE(status)) throw Error(ErrorCode::kInternal, "ICU could not open the text");
    bi->setText(ut, status);
    std::size_t start = 0;
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
      push(text, para.begin + start, para.begin + static_cast<std::size_t>(b), out);
      start = static_cast<std::size_t>(b);
    }
    push(text, para.begin + start, para.end, out);
    utext_close(ut);
    return out;
  }

  static void push(std::string_view text, std::size_t b, std::size_t e, std::vector<Span>& out) {
    b = skip_space(text, b, e);
    e = trim_space_back(text, b, e);
    if (e > b) out.push_back({b, e});
  }

  SentenceOptions options;
  std::unique_ptr<icu::BreakIterator> prototype;
};

}  // namespace detail

SentenceSplitter::SentenceSplitter() : SentenceSplitter(SentenceOptions{}) {}
SentenceSplitter::SentenceSplitter(SentenceOptions options)
    : impl_(std::make_shared<detail::SentenceSplitterImpl>(std::move(options))) {}
SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(const SentenceSplitter&) = default;
SentenceSplitter& SentenceSplitter::operator=(const SentenceSplitter&) = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

std::vector<Span> SentenceSplitter::split(std::string_view text) const {
  std::vector<Span> out;
  for (Span p : split_paragraphs(text)) {
    auto s = impl_->split(text, p);
    out.insert(out.end(), s.begin(), s.end());
  }
  return out;
}

std::vector<Span> SentenceSplitter::split(std::string_view text, Span para) const {
  return impl_->split(text, para);
}

const SentenceOptions& SentenceSplitter::options() const noexcept { return impl_->options; }

}  // namespace quoteattr
