// Profiles: TOML loading, validation, saving, merging. (Stub; see issue 4.)
#include "quoteattr/profile.hpp"

namespace quoteattr {

namespace detail {
extern const std::string_view kDefaultProfileToml;
extern const char* const kDefaultProfileName;
}  // namespace detail

const char* to_string(Gender g) noexcept {
  switch (g) {
    case Gender::kUnknown: return "unknown";
    case Gender::kMale: return "male";
    case Gender::kFemale: return "female";
    case Gender::kGroup: return "group";
  }
  return "unknown";
}
const char* to_string(RuleWhere w) noexcept {
  switch (w) {
    case RuleWhere::kSentence: return "sentence";
    case RuleWhere::kParagraph: return "paragraph";
    case RuleWhere::kPrevious: return "previous";
  }
  return "sentence";
}
const char* to_string(RuleApplies a) noexcept {
  switch (a) {
    case RuleApplies::kDirect: return "direct";
    case RuleApplies::kIndirect: return "indirect";
    case RuleApplies::kAny: return "any";
  }
  return "direct";
}

Profile Profile::builtin() { return from_toml(detail::kDefaultProfileToml, detail::kDefaultProfileName); }
Profile Profile::from_file(const std::string&) { return Profile{}; }
Profile Profile::from_toml(std::string_view, const std::string&) { return Profile{}; }
std::string Profile::to_toml() const { return {}; }
void Profile::merge(const Profile&) {}
void Profile::add_speaker(SpeakerEntry s) { speakers_.push_back(std::move(s)); }
void Profile::add_cue(CueEntry c) { cues_.push_back(std::move(c)); }
void Profile::add_rule(RuleEntry r) { rules_.push_back(std::move(r)); }
void Profile::add_role_noun(std::string n) { role_nouns_.push_back(std::move(n)); }
void Profile::add_content_stop(std::string p) { content_stops_.push_back(std::move(p)); }

}  // namespace quoteattr
