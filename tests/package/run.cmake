# Driver of the package tests (tests/package/CMakeLists.txt): cmake -DMODE=... -P run.cmake
#   install          cmake --install the current build into PREFIX, check its layout and the tool
#   find_package     consumer project find_package(quoteattr) against PREFIX
#   add_subdirectory consumer project add_subdirectory(SOURCE_DIR)
#   fetchcontent     consumer project FetchContent_Declare(quoteattr SOURCE_DIR SOURCE_DIR)
#   pkgconfig        plain compile and link with `pkg-config --cflags --libs --static quoteattr`
#   shared           a shared build of SOURCE_DIR installed into its own prefix: SONAME, exported
#                    symbols, the tool, and a find_package consumer
# Every consumer runs tests/package/consumer.cpp and must print the speaker "Wang Yi".
# Nothing is downloaded: all dependencies come from the system.
cmake_minimum_required(VERSION 3.16)

foreach(var MODE SOURCE_DIR WORK_DIR GENERATOR CXX VERSION LIBDIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run.cmake: -D${var}=... is required")
  endif()
endforeach()
set(PACKAGE_DIR "${SOURCE_DIR}/tests/package")
if(NOT BUILD_TYPE)
  set(BUILD_TYPE Release)
endif()

# Runs a command, stops with its output if it fails; the output is left in ${out_var}.
function(run_step what out_var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# Configures and builds the consumer project in ${PACKAGE_DIR}/${project}, then runs it.
function(build_and_run_consumer project build_dir)
  file(REMOVE_RECURSE "${build_dir}")
  run_step("configure ${project} consumer" out
           "${CMAKE_COMMAND}" -S "${PACKAGE_DIR}/${project}" -B "${build_dir}" -G "${GENERATOR}"
           "-DCMAKE_CXX_COMPILER=${CXX}" ${ARGN})
  run_step("build ${project} consumer" out "${CMAKE_COMMAND}" --build "${build_dir}" -j2)
  check_consumer("${build_dir}/consumer")
endfunction()

function(check_consumer program)
  # Run from an empty directory: the library needs no data files at run time.
  file(MAKE_DIRECTORY "${WORK_DIR}/cwd")
  execute_process(COMMAND "${program}" WORKING_DIRECTORY "${WORK_DIR}/cwd"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "Wang Yi\n")
    message(FATAL_ERROR "${program}: exit ${rc}, printed '${out}' (expected 'Wang Yi')\n${err}")
  endif()
  message(STATUS "${program}: Wang Yi")
endfunction()

function(check_tool prefix)
  run_step("installed tool" out "${prefix}/bin/quoteattr" --version)
  if(NOT out MATCHES "${VERSION}")
    message(FATAL_ERROR "${prefix}/bin/quoteattr --version printed '${out}', expected ${VERSION}")
  endif()
endfunction()

function(check_installed prefix libname)
  foreach(f include/quoteattr/quoteattr.hpp include/quoteattr/version.hpp
            include/quoteattr/export.hpp ${LIBDIR}/${libname}
            ${LIBDIR}/cmake/quoteattr/quoteattrConfig.cmake
            ${LIBDIR}/cmake/quoteattr/quoteattrConfigVersion.cmake
            ${LIBDIR}/cmake/quoteattr/quoteattrTargets.cmake
            ${LIBDIR}/pkgconfig/quoteattr.pc bin/quoteattr)
    if(NOT EXISTS "${prefix}/${f}")
      message(FATAL_ERROR "not installed: ${prefix}/${f}")
    endif()
  endforeach()
  # The data is compiled in: no model, table or profile files are installed.
  file(GLOB_RECURSE data RELATIVE "${prefix}" "${prefix}/*.model" "${prefix}/*.tsv" "${prefix}/*.toml")
  if(data)
    message(FATAL_ERROR "data files installed: ${data}")
  endif()
  file(READ "${prefix}/include/quoteattr/version.hpp" version_hpp)
  if(NOT version_hpp MATCHES "#define QUOTEATTR_VERSION_STRING \"${VERSION}\"")
    message(FATAL_ERROR "installed version.hpp does not say ${VERSION}")
  endif()
  check_tool("${prefix}")
endfunction()

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${PREFIX}")
  run_step("cmake --install" out "${CMAKE_COMMAND}" --install "${QUOTEATTR_BUILD_DIR}" --prefix "${PREFIX}")
  check_installed("${PREFIX}" libquoteattr.a)

elseif(MODE STREQUAL "find_package")
  build_and_run_consumer(find_package "${WORK_DIR}/find_package"
    "-DCMAKE_PREFIX_PATH=${PREFIX}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
    "-DQUOTEATTR_EXPECTED_VERSION=${VERSION}")

elseif(MODE STREQUAL "add_subdirectory")
  build_and_run_consumer(add_subdirectory "${WORK_DIR}/add_subdirectory"
    "-DQUOTEATTR_SOURCE_DIR=${SOURCE_DIR}")

elseif(MODE STREQUAL "fetchcontent")
  # FULLY_DISCONNECTED off: FetchContent runs its population step on the local source tree.
  build_and_run_consumer(fetchcontent "${WORK_DIR}/fetchcontent"
    "-DQUOTEATTR_SOURCE_DIR=${SOURCE_DIR}" -DFETCHCONTENT_FULLY_DISCONNECTED=OFF)

elseif(MODE STREQUAL "pkgconfig")
  find_program(PKG_CONFIG NAMES pkg-config pkgconf)
  if(NOT PKG_CONFIG)
    message(FATAL_ERROR "pkg-config not found (scripts/install-deps.sh installs it)")
  endif()
  set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${LIBDIR}/pkgconfig")
  run_step("pkg-config" flags "${PKG_CONFIG}" --cflags --libs --static quoteattr)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  file(MAKE_DIRECTORY "${WORK_DIR}/pkgconfig")
  run_step("compile and link with pkg-config flags" out
           "${CXX}" -std=c++17 "${PACKAGE_DIR}/consumer.cpp" ${flags}
           -o "${WORK_DIR}/pkgconfig/consumer")
  check_consumer("${WORK_DIR}/pkgconfig/consumer")

elseif(MODE STREQUAL "shared")
  set(build "${WORK_DIR}/shared/build")
  set(prefix "${WORK_DIR}/shared/prefix")
  file(REMOVE_RECURSE "${WORK_DIR}/shared")
  run_step("configure shared quoteattr" out
           "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${build}" -G "${GENERATOR}"
           "-DCMAKE_CXX_COMPILER=${CXX}" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON
           -DQUOTEATTR_BUILD_TESTS=OFF -DQUOTEATTR_BUILD_BENCH=OFF -DQUOTEATTR_BUILD_TOOLS=OFF
           -DQUOTEATTR_BUILD_EXAMPLES=ON)
  run_step("build shared quoteattr" out "${CMAKE_COMMAND}" --build "${build}" -j2)
  run_step("install shared quoteattr" out "${CMAKE_COMMAND}" --install "${build}" --prefix "${prefix}")
  string(REGEX MATCH "^[0-9]+" major "${VERSION}")
  check_installed("${prefix}" libquoteattr.so.${VERSION})
  set(lib "${prefix}/${LIBDIR}/libquoteattr.so")

  # SONAME carries the major version.
  run_step("readelf" dynamic readelf -d "${lib}")
  if(NOT dynamic MATCHES "SONAME[^\n]*\\[libquoteattr\\.so\\.${major}\\]")
    message(FATAL_ERROR "${lib}: no SONAME libquoteattr.so.${major}:\n${dynamic}")
  endif()

  # Exported symbols: the public API, and nothing of the internals or the dependencies.
  run_step("nm -D" symbols nm -D --defined-only -C "${lib}")
  if(NOT symbols MATCHES "quoteattr::Attributor::analyze")
    message(FATAL_ERROR "${lib} does not export quoteattr::Attributor::analyze:\n${symbols}")
  endif()
  string(REGEX MATCHALL "[^\n]*(quoteattr::detail|boost::|icu_|toml::)[^\n]*" leaked "${symbols}")
  if(leaked)
    list(LENGTH leaked n)
    string(REPLACE ";" "\n" leaked "${leaked}")
    message(FATAL_ERROR "${lib} exports ${n} internal symbols:\n${leaked}")
  endif()

  build_and_run_consumer(find_package "${WORK_DIR}/shared/consumer"
    "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_BUILD_TYPE=Release "-DQUOTEATTR_EXPECTED_VERSION=${VERSION}")
  run_step("readelf consumer" needed readelf -d "${WORK_DIR}/shared/consumer/consumer")
  if(NOT needed MATCHES "NEEDED[^\n]*libquoteattr\\.so\\.${major}")
    message(FATAL_ERROR "the consumer is not linked to libquoteattr.so.${major}:\n${needed}")
  endif()

else()
  message(FATAL_ERROR "run.cmake: unknown MODE '${MODE}'")
endif()
