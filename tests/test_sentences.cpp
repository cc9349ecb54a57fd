#include <catch2/catch.hpp>

#include "quoteattr/quoteattr.hpp"

TEST_CASE("sentences: placeholder until the component lands", "[sentences]") { CHECK(quoteattr::version() == std::string("0.1.0")); }
