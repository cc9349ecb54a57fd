// The attributor: sentences, quotes, speakers. (First version: no speakers yet.)
#include "quoteattr/attributor.hpp"

#include <algorithm>

namespace quoteattr {

namespace detail {
class AttributorImpl {
 public:
  AttributorImpl(Profile p, AttributorOptions o)
      : profile(std::move(p)), options(std::move(o)), splitter(options.sentences), finder(options.quotes) {}
  Profile profile;
  AttributorOptions options;
  SentenceSplitter splitter;
  QuoteFinder finder;
};
}  // namespace detail

Attributor::Attributor() : Attributor(Profile::builtin()) {}
Attributor::Attributor(Profile profile, AttributorOptions options)
    : impl_(std::make_shared<detail::AttributorImpl>(std::move(profile), std::move(options))) {}
Attributor::Attributor(std::shared_ptr<const detail::AttributorImpl> impl) : impl_(std::move(impl)) {}
Attributor::~Attributor() = default;
Attributor::Attributor(const Attributor&) = default;
Attributor& Attributor::operator=(const Attributor&) = default;
Attributor::Attributor(Attributor&&) noexcept = default;
Attributor& Attributor::operator=(Attributor&&) noexcept = default;

Attributor::Builder::Builder(Profile profile, AttributorOptions options)
    : profile_(std::move(profile)), options_(std::move(options)) {}
Attributor::Builder& Attributor::Builder::add_rule(std::string id, RuleFunction fn, bool first) {
  callables_.push_back({std::move(id), std::move(fn), first});
  return *this;
}
Attributor Attributor::Builder::build() const { return Attributor(profile_, options_); }

const Profile& Attributor::profile() const noexcept { return impl_->profile; }
const AttributorOptions& Attributor::options() const noexcept { return impl_->options; }

Result Attributor::analyze(std::string_view text) const {
  Result r;
  r.utf8 = check_utf8(text);
  if (options().utf8 == Utf8Policy::kStrict) require_valid_utf8(text);
  r.paragraphs = split_paragraphs(text);
  for (Span p : r.paragraphs) {
    auto s = impl_->splitter.split(text, p);
    r.sentences.insert(r.sentences.end(), s.begin(), s.end());
  }
  for (const DirectQuote& q : impl_->finder.find(text, r.paragraphs, r.sentences)) {
    if (q.kind == QuoteKind::kTerm && !options().terms) continue;
    Attribution a;
    a.span = q.content;
    a.kind = q.kind;
    a.recovery = q.recovery;
    a.parent = q.parent;
    a.continues = q.continues;
    r.quotes.push_back(std::move(a));
  }
  return r;
}

}  // namespace quoteattr
