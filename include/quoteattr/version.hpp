// quoteattr/version.hpp: the library version.
#pragma once

#define QUOTEATTR_VERSION_MAJOR 0
#define QUOTEATTR_VERSION_MINOR 1
#define QUOTEATTR_VERSION_PATCH 0

namespace quoteattr {
// "0.1.0"
const char* version() noexcept;
}  // namespace quoteattr
