#include <catch2/catch.hpp>

#include "quoteattr/quoteattr.hpp"

TEST_CASE("profile: placeholder until the component lands", "[profile]") { CHECK(quoteattr::version() == std::string("0.1.0")); }
