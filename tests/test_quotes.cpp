#include <catch2/catch.hpp>

#include "quoteattr/quoteattr.hpp"

TEST_CASE("quotes: placeholder until the component lands", "[quotes]") { CHECK(quoteattr::version() == std::string("0.1.0")); }
