# cmake --install <build> --component python with DESTDIR=<stage>: the package lands in
# <stage><site dir>/quoteattr and imports from there alone (not from the build tree).
file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE}
                        ${CMAKE_COMMAND} --install ${BUILD} --component python
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}): ${out}${err}")
endif()
set(pkg "${STAGE}${SITE}/quoteattr")
foreach(f __init__.py _errors.py _quoteattr.pyi py.typed dask_corpus.py __main__.py)
  if(NOT EXISTS "${pkg}/${f}")
    message(FATAL_ERROR "not installed: ${pkg}/${f}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PYTHONPATH PYTHONPATH=${STAGE}${SITE}
                        ${PYTHON} -c "import quoteattr, os; assert os.path.dirname(quoteattr.__file__) == os.path.realpath('${pkg}') or quoteattr.__file__.startswith('${STAGE}'), quoteattr.__file__; print([q.speaker for q in quoteattr.Attributor().attribute('\"We are ready,\" said Wang Yi.')])"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Wang Yi")
  message(FATAL_ERROR "the installed package does not work (${rc}): ${out}${err}")
endif()
message(STATUS "installed and imported from ${pkg}: ${out}")
