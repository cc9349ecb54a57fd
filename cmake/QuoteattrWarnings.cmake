# Target-scoped compiler settings: no global flags.
function(quoteattr_target_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion)
    if(QUOTEATTR_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4)
  endif()
endfunction()

function(quoteattr_target_sanitize target)
  if(QUOTEATTR_SANITIZE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  elseif(QUOTEATTR_TSAN AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # ThreadSanitizer: every program that links the library is instrumented and linked with
    # the runtime. Reports inside uninstrumented Boost.Regex are suppressed by tsan.supp
    # (the tsan test preset sets TSAN_OPTIONS).
    target_compile_options(${target} PUBLIC -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=thread)
  endif()
endfunction()

# QUOTEATTR_FUZZ: the library gets libFuzzer's coverage instrumentation, and a sanitizer
# report of undefined behaviour stops the run (so the fuzzer sees it as a crash).
function(quoteattr_target_fuzz target)
  if(QUOTEATTR_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "QUOTEATTR_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    if(QUOTEATTR_SANITIZE)
      target_compile_options(${target} PUBLIC -fno-sanitize-recover=undefined)
      target_link_options(${target} PUBLIC -fno-sanitize-recover=undefined)
    endif()
  endif()
endfunction()
