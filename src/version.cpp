#include "quoteattr/version.hpp"

namespace quoteattr {
const char* version() noexcept { return QUOTEATTR_VERSION_STRING; }
}  // namespace quoteattr
