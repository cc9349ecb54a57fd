/* The built-in lemma exception table: the bytes of data/lang/en-lemmas.tsv (the path comes from
   CMake as QUOTEATTR_LEMMA_TABLE_FILE), between quoteattr_lemma_table_begin and _end.
   Read by Lemmatizer::builtin() in src/lemmatizer.cpp. */
#if defined(__APPLE__)
#define QA_SYM(x) _##x
  .const
#else
#define QA_SYM(x) x
  .section .rodata
#endif
  .balign 16
  .globl QA_SYM(quoteattr_lemma_table_begin)
#if defined(__ELF__)
  .hidden quoteattr_lemma_table_begin
  .type quoteattr_lemma_table_begin, %object
#endif
QA_SYM(quoteattr_lemma_table_begin):
  .incbin QUOTEATTR_LEMMA_TABLE_FILE
  .globl QA_SYM(quoteattr_lemma_table_end)
#if defined(__ELF__)
  .hidden quoteattr_lemma_table_end
  .type quoteattr_lemma_table_end, %object
#endif
QA_SYM(quoteattr_lemma_table_end):
  .byte 0

#if defined(__ELF__)
  .section .note.GNU-stack,"",%progbits
#endif
