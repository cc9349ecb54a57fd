#include "quoteattr/version.hpp"

#define QUOTEATTR_STR2(x) #x
#define QUOTEATTR_STR(x) QUOTEATTR_STR2(x)

namespace quoteattr {
const char* version() noexcept {
  return QUOTEATTR_STR(QUOTEATTR_VERSION_MAJOR) "." QUOTEATTR_STR(
      QUOTEATTR_VERSION_MINOR) "." QUOTEATTR_STR(QUOTEATTR_VERSION_PATCH);
}
}  // namespace quoteattr
