// Fuzz target (a): any text through the whole pipeline with the built-in profile.
#include "fuzz_common.hpp"

// Text up to 1 MiB: long inputs find the slow paths (run with -max_len=1048576).
constexpr std::size_t kMaxInput = std::size_t{1} << 20;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return -1;  // not added to the corpus
  try {
    (void)quoteattr_fuzz::default_attributor().analyze(quoteattr_fuzz::as_text(data, size));
  } catch (const quoteattr::Error&) {
  }
  return 0;
}
