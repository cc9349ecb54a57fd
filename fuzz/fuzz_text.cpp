// Fuzz target (a): any text through the whole pipeline with the built-in profile (and, for an
// input whose first byte is odd, a small analysis window); the Result's promises are checked.
#include "fuzz_common.hpp"

// Text up to 1 MiB: long inputs find the slow paths (run with -max_len=1048576).
constexpr std::size_t kMaxInput = std::size_t{1} << 20;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > kMaxInput) return -1;  // not added to the corpus
  try {
    // An odd first byte: a small analysis window, so that the windowing is fuzzed on short inputs.
    const bool small = size > 0 && (data[0] & 1) != 0;
    const auto& engine = small ? quoteattr_fuzz::small_window_attributor() : quoteattr_fuzz::default_attributor();
    quoteattr_fuzz::check_result(engine.analyze(quoteattr_fuzz::as_text(data, size)), size);
  } catch (const quoteattr::Error&) {
  }
  return 0;
}
