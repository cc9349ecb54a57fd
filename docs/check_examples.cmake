# Checks that the examples of docs/attribution.md say what the tool does (CTest, label docs).
#
#   cmake -DCLI=<quoteattr> -DPAGE=docs/attribution.md -DWORK=<scratch dir> -P check_examples.cmake
#
# Two kinds of example are checked:
#  - a ```text block (the input) followed directly by another ```text block (the output): the
#    output must equal what `quoteattr --explain --format text` prints for the input, without its
#    first line (`== FILE`);
#  - a table row | `rule` | `input` [(with `--direct-only`)] | [second quote: ]`output line` |:
#    the output line must be one of the lines the tool prints for the input (with --direct-only
#    when the row says so).
cmake_minimum_required(VERSION 3.16)
foreach(var CLI PAGE WORK)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_examples.cmake: -D${var}=... is required")
  endif()
endforeach()
file(MAKE_DIRECTORY "${WORK}")
file(READ "${PAGE}" page)

set(failures 0)
set(checked 0)

# Runs the tool on `text`; sets `out` in the caller to its output without the `== FILE` line.
function(run_tool text extra out)
  math(EXPR n "${checked} + 1")
  set(file "${WORK}/example-${n}.txt")
  file(WRITE "${file}" "${text}")
  execute_process(COMMAND "${CLI}" ${extra} --explain --format text "${file}"
                  OUTPUT_VARIABLE result ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(SEND_ERROR "quoteattr failed (${rc}) on ${file}: ${err}")
  endif()
  string(FIND "${result}" "\n" nl)
  math(EXPR nl "${nl} + 1")
  string(SUBSTRING "${result}" ${nl} -1 result)
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Fenced blocks: split on the fences (semicolons protected, since CMake lists use them).
string(REPLACE ";" "<semicolon>" protected "${page}")
string(REPLACE "```" ";" parts "${protected}")
list(LENGTH parts count)
set(i 1)
while(i LESS count)
  math(EXPR next "${i} + 2")
  math(EXPR between "${i} + 1")
  if(next LESS count)
    list(GET parts ${i} first)
    list(GET parts ${between} gap)
    list(GET parts ${next} second)
    if(first MATCHES "^text\n" AND second MATCHES "^text\n" AND gap STREQUAL "\n")
      string(REPLACE "<semicolon>" ";" first "${first}")
      string(REPLACE "<semicolon>" ";" second "${second}")
      string(SUBSTRING "${first}" 5 -1 input)
      string(SUBSTRING "${second}" 5 -1 expected)
      run_tool("${input}" "" actual)
      math(EXPR checked "${checked} + 1")
      if(NOT actual STREQUAL expected)
        math(EXPR failures "${failures} + 1")
        message(SEND_ERROR "example ${checked}: the page says\n${expected}\nthe tool prints\n${actual}\nfor\n${input}")
      endif()
      set(i ${next})
    endif()
  endif()
  math(EXPR i "${i} + 2")
endwhile()

# Table rows of the profile's rules.
string(REPLACE "\n" ";" lines "${protected}")
foreach(line IN LISTS lines)
  if(line MATCHES "^\\| `[a-z0-9-]+` \\| `([^`]*)`( \\(with `--direct-only`\\))? \\| (second quote: )?`([^`]*)` \\|$")
    string(REPLACE "<semicolon>" ";" input "${CMAKE_MATCH_1}")
    string(REPLACE "<semicolon>" ";" expected "${CMAKE_MATCH_4}")
    set(extra "")
    if(CMAKE_MATCH_2)
      set(extra --direct-only)
    endif()
    run_tool("${input}\n" "${extra}" actual)
    math(EXPR checked "${checked} + 1")
    string(FIND "\n${actual}" "\n${expected}\n" at)
    if(at EQUAL -1)
      math(EXPR failures "${failures} + 1")
      message(SEND_ERROR "example ${checked}: the page says\n${expected}\nthe tool prints\n${actual}\nfor\n${input}")
    endif()
  endif()
endforeach()

if(checked LESS 20)
  message(FATAL_ERROR "only ${checked} examples found in ${PAGE}: has the page's format changed?")
endif()
message(STATUS "${checked} examples of ${PAGE} checked, ${failures} wrong")
