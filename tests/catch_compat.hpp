// The one place that knows which Catch2 the tests build against. Debian 12 ships
// Catch2 2.13 (one header, <catch2/catch.hpp>); newer distributions ship v3
// (<catch2/catch_all.hpp>, matchers in Catch::Matchers, main in
// Catch2::Catch2WithMain). CMake defines QUOTEATTR_CATCH2_V3 when it found v3
// (cmake/QuoteattrDependencies.cmake); the tests use the v2 spellings below.
#pragma once

#if defined(QUOTEATTR_CATCH2_V3)
#include <catch2/catch_all.hpp>
#include <string>

namespace Catch {
inline Matchers::StringContainsMatcher Contains(const std::string& s) { return Matchers::ContainsSubstring(s); }
inline Matchers::StartsWithMatcher StartsWith(const std::string& s) { return Matchers::StartsWith(s); }
}  // namespace Catch
#else
#include <catch2/catch.hpp>
#endif
