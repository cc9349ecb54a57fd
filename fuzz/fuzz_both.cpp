// Fuzz target (c): a profile and a text together. The input is the profile, a line
// "##TEXT##", then the text (a TOML comment line, so a profile seed stays valid
// TOML); without that line the whole input is the profile and the text is empty.
#include "fuzz_common.hpp"

constexpr std::size_t kMaxInput = 128 * 1024;
constexpr std::string_view kSeparator = "\n##TEXT##\n";

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return -1;
  const std::string_view input = quoteattr_fuzz::as_text(data, size);
  const std::size_t cut = input.find(kSeparator);
  const std::string_view profile = input.substr(0, cut);
  const std::string_view text =
      cut == std::string_view::npos ? std::string_view() : input.substr(cut + kSeparator.size());
  quoteattr_fuzz::profile_then_text(profile, text);
  return 0;
}
