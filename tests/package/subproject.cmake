# Included by the consumers that build quoteattr inside their own build (add_subdirectory,
# FetchContent), after quoteattr was added: checks that quoteattr builds the library only and
# leaves the parent's settings alone, and adds the consumer program.
if(CMAKE_BUILD_TYPE)
  message(FATAL_ERROR "quoteattr set the parent's CMAKE_BUILD_TYPE to '${CMAKE_BUILD_TYPE}'")
endif()
foreach(opt QUOTEATTR_BUILD_TESTS QUOTEATTR_BUILD_EXAMPLES QUOTEATTR_BUILD_BENCH
            QUOTEATTR_BUILD_TOOLS QUOTEATTR_INSTALL)
  if(${opt})
    message(FATAL_ERROR "${opt} is ON in a subproject build")
  endif()
endforeach()

add_executable(consumer ${CMAKE_CURRENT_LIST_DIR}/consumer.cpp)
target_link_libraries(consumer PRIVATE quoteattr::quoteattr)
