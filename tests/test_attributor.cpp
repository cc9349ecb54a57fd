#include <catch2/catch.hpp>

#include "quoteattr/quoteattr.hpp"

TEST_CASE("attributor: placeholder until the component lands", "[attributor]") { CHECK(quoteattr::version() == std::string("0.1.0")); }
