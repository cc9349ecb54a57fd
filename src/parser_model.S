/* The built-in dependency model: the bytes of data/models/en-dep.model (the path comes from
   CMake as QUOTEATTR_PARSER_MODEL_FILE), between quoteattr_parser_model_begin and _end.
   Read by Parser::builtin() in src/parser.cpp. */
#if defined(__APPLE__)
#define QA_SYM(x) _##x
  .const
#else
#define QA_SYM(x) x
  .section .rodata
#endif
  .balign 16
  .globl QA_SYM(quoteattr_parser_model_begin)
#if defined(__ELF__)
  .hidden quoteattr_parser_model_begin
  .type quoteattr_parser_model_begin, %object
#endif
QA_SYM(quoteattr_parser_model_begin):
  .incbin QUOTEATTR_PARSER_MODEL_FILE
  .globl QA_SYM(quoteattr_parser_model_end)
#if defined(__ELF__)
  .hidden quoteattr_parser_model_end
  .type quoteattr_parser_model_end, %object
#endif
QA_SYM(quoteattr_parser_model_end):
  .byte 0

#if defined(__ELF__)
  .section .note.GNU-stack,"",%progbits
#endif
