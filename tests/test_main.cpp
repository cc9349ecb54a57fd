// The test programs' main(): Catch2 v2 generates it here; v3 links it from
// Catch2::Catch2WithMain (see catch_compat.hpp).
#if !defined(QUOTEATTR_CATCH2_V3)
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#endif
