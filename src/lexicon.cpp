// lexicon: see attributor.cpp (filled in by issues 4 and 5).
