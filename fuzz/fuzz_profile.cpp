// Fuzz target (b): profile text through the loader and, when it loads, through an
// engine on a fixed short text.
#include "fuzz_common.hpp"

constexpr std::size_t kMaxInput = 64 * 1024;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return -1;
  quoteattr_fuzz::profile_then_text(quoteattr_fuzz::as_text(data, size), quoteattr_fuzz::kFixedText);
  return 0;
}
