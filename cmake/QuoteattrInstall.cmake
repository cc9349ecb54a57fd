# Install rules (QUOTEATTR_INSTALL): everything in GNUInstallDirs places.
#   include/quoteattr/*.hpp          public headers, with the generated version.hpp and export.hpp
#   lib/libquoteattr.a (or .so.N)    the library; its data (tagger model, lemma table, built-in
#                                    profile, English pack) is compiled in: no files at run time
#   lib/cmake/quoteattr/             quoteattrConfig.cmake, ...ConfigVersion.cmake, ...Targets.cmake
#   lib/pkgconfig/quoteattr.pc       for pkg-config
#   bin/quoteattr                    the command-line tool, when it is built
#   share/man/man1/quoteattr.1       its manual page (docs/quoteattr.1)
include(CMakePackageConfigHelpers)

set(QUOTEATTR_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/quoteattr"
    CACHE STRING "Where to install quoteattrConfig.cmake, relative to the prefix")
set(QUOTEATTR_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where to install quoteattr.pc, relative to the prefix")

install(TARGETS quoteattr EXPORT quoteattrTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/quoteattr"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
  FILES_MATCHING PATTERN "*.hpp")
install(FILES
    "${QUOTEATTR_GENERATED_INCLUDE}/quoteattr/version.hpp"
    "${QUOTEATTR_GENERATED_INCLUDE}/quoteattr/export.hpp"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/quoteattr")

# CMake package: find_package(quoteattr CONFIG REQUIRED) -> quoteattr::quoteattr.
get_target_property(_quoteattr_type quoteattr TYPE)
if(_quoteattr_type STREQUAL "SHARED_LIBRARY")
  set(QUOTEATTR_SHARED ON)
else()
  set(QUOTEATTR_SHARED OFF)
endif()
install(EXPORT quoteattrTargets
  NAMESPACE quoteattr::
  FILE quoteattrTargets.cmake
  DESTINATION "${QUOTEATTR_INSTALL_CMAKEDIR}")
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/quoteattrConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/generated/quoteattrConfig.cmake"
  INSTALL_DESTINATION "${QUOTEATTR_INSTALL_CMAKEDIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/generated/quoteattrConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}"
  COMPATIBILITY SameMajorVersion)
install(FILES
    "${PROJECT_BINARY_DIR}/generated/quoteattrConfig.cmake"
    "${PROJECT_BINARY_DIR}/generated/quoteattrConfigVersion.cmake"
  DESTINATION "${QUOTEATTR_INSTALL_CMAKEDIR}")

# pkg-config. The prefix is found from the .pc file's own place, so that
# `cmake --install build --prefix DIR` gives a working file whatever CMAKE_INSTALL_PREFIX was.
if(IS_ABSOLUTE "${QUOTEATTR_INSTALL_PKGCONFIGDIR}")
  set(QUOTEATTR_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _quoteattr_up "/${QUOTEATTR_INSTALL_PKGCONFIGDIR}" "/")
  string(REGEX REPLACE "/$" "" _quoteattr_up "${_quoteattr_up}")
  set(QUOTEATTR_PC_PREFIX "\${pcfiledir}/${_quoteattr_up}")
endif()
foreach(_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_dir}}")
    set(QUOTEATTR_PC_${_dir} "${CMAKE_INSTALL_${_dir}}")
  else()
    set(QUOTEATTR_PC_${_dir} "\${prefix}/${CMAKE_INSTALL_${_dir}}")
  endif()
endforeach()
configure_file("${PROJECT_SOURCE_DIR}/cmake/quoteattr.pc.in"
               "${PROJECT_BINARY_DIR}/generated/quoteattr.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/generated/quoteattr.pc"
  DESTINATION "${QUOTEATTR_INSTALL_PKGCONFIGDIR}")

# The command-line tool. A shared build finds libquoteattr beside it through its RPATH.
if(TARGET quoteattr_cli)
  if(QUOTEATTR_SHARED)
    file(RELATIVE_PATH _quoteattr_bin_to_lib
         "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}")
    set_target_properties(quoteattr_cli PROPERTIES INSTALL_RPATH "$ORIGIN/${_quoteattr_bin_to_lib}")
  endif()
  install(TARGETS quoteattr_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  install(FILES "${PROJECT_SOURCE_DIR}/docs/quoteattr.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()
