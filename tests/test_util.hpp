// Test helpers shared by the test programs.
#pragma once

#include "catch_compat.hpp"
#include "quoteattr/error.hpp"

// The quoteattr::Error thrown by `f`; fails the test when nothing is thrown.
template <class F>
quoteattr::Error error_of(F f) {
  try {
    f();
  } catch (const quoteattr::Error& e) {
    return e;
  }
  FAIL("no quoteattr::Error was thrown");
  return quoteattr::Error(quoteattr::ErrorCode::kInternal, "unreachable");
}
