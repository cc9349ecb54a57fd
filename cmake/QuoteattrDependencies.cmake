# Every dependency comes from the system (Debian 12 packages; see scripts/install-deps.sh).
# Nothing is downloaded at configure, build or test time.
include(GNUInstallDirs)

find_package(ICU 63 REQUIRED COMPONENTS uc i18n)
find_package(Boost 1.70 REQUIRED COMPONENTS regex)
find_package(tomlplusplus 3 REQUIRED)

if(QUOTEATTR_BUILD_EXAMPLES OR QUOTEATTR_BUILD_TESTS OR QUOTEATTR_BUILD_BENCH)
  find_package(nlohmann_json 3.9 REQUIRED)
  find_package(CLI11 2 REQUIRED)
endif()

if(QUOTEATTR_BUILD_TESTS)
  find_package(Catch2 2.13 REQUIRED)
endif()
