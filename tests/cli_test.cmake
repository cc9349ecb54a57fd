# End-to-end checks of the quoteattr tool: the JSONL contract on the seed article,
# standard input, --explain, and a broken profile.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(rc "${rc}" PARENT_SCOPE)
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

# expect(<condition> MESSAGE <text>)
function(expect)
  cmake_parse_arguments(E "" "MESSAGE" "" ${ARGN})
  if(NOT (${E_UNPARSED_ARGUMENTS}))
    message(FATAL_ERROR "${E_MESSAGE}\nstdout: ${out}\nstderr: ${err}")
  endif()
endfunction()

# JSONL with sentences: 22 sentences, the headline ends at byte 96, quotes carry the contract fields.
run(${CLI} --format jsonl --sentences ${DATA}/seed-article.txt)
expect(rc EQUAL 0 MESSAGE "quoteattr exited with ${rc}")
string(JSON doc GET "${out}" doc)
expect(doc STREQUAL "${DATA}/seed-article.txt" MESSAGE "doc is '${doc}'")
string(JSON nsent LENGTH "${out}" sentences)
expect(nsent EQUAL 22 MESSAGE "expected 22 sentences in the seed article, got ${nsent}")
string(JSON first_end GET "${out}" sentences 0 end)
expect(first_end EQUAL 96 MESSAGE "expected the headline to end at byte 96, got ${first_end}")
string(JSON nquotes LENGTH "${out}" quotes)
expect(nquotes GREATER 6 MESSAGE "expected at least the 7 direct quotes, got ${nquotes}")
foreach(key begin end text kind speaker rule confidence)
  string(JSON value ERROR_VARIABLE missing GET "${out}" quotes 0 ${key})
  expect(NOT missing MESSAGE "quote 0 has no '${key}': ${missing}")
endforeach()

# Standard input, text format.
execute_process(COMMAND ${CMAKE_COMMAND} -E echo "“We are ready,” said Wang Yi."
                COMMAND ${CLI} --explain RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect(rc EQUAL 0 MESSAGE "reading standard input failed")
string(FIND "${out}" "Wang Yi [direct, trailing-cue" hit)
expect(hit GREATER -1 MESSAGE "expected Wang Yi as the speaker by trailing-cue")
string(FIND "${out}" "    - token rule trailing-cue" hit)
expect(hit GREATER -1 MESSAGE "--explain printed no evidence")

# A broken profile: non-zero exit, and the message says file:line:column and what was expected.
run(${CLI} --profile ${DATA}/profiles/unknown_key.toml ${DATA}/seed-article.txt)
expect(NOT rc EQUAL 0 MESSAGE "a broken profile was accepted")
string(FIND "${err}" "unknown_key.toml:6:1: unknown key 'titels'" hit)
expect(hit GREATER -1 MESSAGE "the error does not say where and what")

# A good profile given twice, then the document: the document is not taken for a profile.
run(${CLI} --profile ${DATA}/profiles/good_people.toml --profile ${DATA}/profiles/good_people.toml
    ${DATA}/seed-article.txt)
expect(rc EQUAL 0 MESSAGE "two --profile options and a document failed")

# --tokens: one token a line (begin, end, text, tag, chunk), an empty line after each sentence.
execute_process(COMMAND ${CMAKE_COMMAND} -E echo "Wang Yi said the talks went well. He didn't agree."
                COMMAND ${CLI} --tokens RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect(rc EQUAL 0 MESSAGE "--tokens failed")
string(FIND "${out}" "0\t4\tWang\tNNP\tB-NP\n5\t7\tYi\tNNP\tI-NP\n8\t12\tsaid\tVBD\tO\n" hit)
expect(hit EQUAL 0 MESSAGE "--tokens: expected Wang/NNP Yi/NNP said/VBD first")
string(FIND "${out}" "32\t33\t.\t.\tO\n\n34\t36\tHe\tPRP\tB-NP\n" hit)
expect(hit GREATER -1 MESSAGE "--tokens: expected an empty line between the sentences")
string(FIND "${out}" "37\t40\tdid\tVBD\tO\n40\t43\tn't\tRB\tO\n" hit)
expect(hit GREATER -1 MESSAGE "--tokens: expected the clitic n't split off")

# --tagger-model: the shipped model given as a file tags the same; a broken one is a clear error.
execute_process(COMMAND ${CMAKE_COMMAND} -E echo "He didn't agree."
                COMMAND ${CLI} --tokens --tagger-model ${DATA}/../../data/models/en-pos.model
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
expect(rc EQUAL 0 MESSAGE "--tagger-model with the shipped model failed")
string(FIND "${out}" "3\t6\tdid\tVBD\tO\n6\t9\tn't\tRB\tO\n" hit)
expect(hit GREATER -1 MESSAGE "--tagger-model: expected did/VBD n't/RB")
run(${CLI} --tagger-model ${DATA}/seed-article.txt ${DATA}/seed-article.txt)
expect(rc EQUAL 2 MESSAGE "a file that is no model was accepted (exit ${rc})")
string(FIND "${err}" "seed-article.txt" hit)
expect(hit GREATER -1 MESSAGE "the error does not name the model file")
