// Reported speech finding. (Stub: see issue 5.)
#include "reported_speech.hpp"

namespace quoteattr {
namespace detail {

class ReportedSpeechFinderImpl {};

ReportedSpeechFinder::ReportedSpeechFinder(const Profile&)
    : impl_(std::make_shared<ReportedSpeechFinderImpl>()) {}
ReportedSpeechFinder::~ReportedSpeechFinder() = default;

std::vector<ReportedSpeech> ReportedSpeechFinder::find(std::string_view, const std::vector<Span>&,
                                                       const std::vector<Span>&,
                                                       const std::vector<DirectQuote>&) const {
  return {};
}

}  // namespace detail
}  // namespace quoteattr
