# Every dependency comes from the system (Debian 12 packages; see scripts/install-deps.sh).
# Nothing is downloaded at configure, build or test time.
include(GNUInstallDirs)

find_package(ICU 63 REQUIRED COMPONENTS uc i18n)
find_package(Boost 1.70 REQUIRED COMPONENTS regex)
find_package(tomlplusplus 3 REQUIRED)

if(QUOTEATTR_BUILD_EXAMPLES OR QUOTEATTR_BUILD_TESTS OR QUOTEATTR_BUILD_BENCH OR QUOTEATTR_BUILD_TOOLS)
  find_package(nlohmann_json 3.9 REQUIRED)
  find_package(CLI11 2 REQUIRED)
endif()

# Catch2 v3 where the system has it, else v2.13 (Debian 12); tests/catch_compat.hpp hides the
# difference. QUOTEATTR_CATCH2_TARGET is what a test program links.
if(QUOTEATTR_BUILD_TESTS)
  find_package(Catch2 3 QUIET)
  if(Catch2_FOUND)
    set(QUOTEATTR_CATCH2_V3 ON)
    set(QUOTEATTR_CATCH2_TARGET Catch2::Catch2WithMain)
  else()
    find_package(Catch2 2.13 REQUIRED)
    set(QUOTEATTR_CATCH2_V3 OFF)
    set(QUOTEATTR_CATCH2_TARGET Catch2::Catch2)
  endif()
  message(STATUS "quoteattr: tests use Catch2 ${Catch2_VERSION}")
endif()
