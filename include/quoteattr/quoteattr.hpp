/// @file quoteattr/quoteattr.hpp
/// @brief The whole public API of quoteattr, in one include.
///
/// @code
///   #include <quoteattr/quoteattr.hpp>
///
///   quoteattr::Attributor attributor;                     // build once, share across threads
///   auto result = attributor.analyze(text);               // text: UTF-8 std::string_view
///   for (const auto& q : result.quotes)
///     std::cout << q.speaker.value_or("?") << " said: " << q.span.in(text) << "\n";
/// @endcode
#pragma once

#include "quoteattr/attributor.hpp"
#include "quoteattr/calibration.hpp"
#include "quoteattr/document.hpp"
#include "quoteattr/error.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/limits.hpp"
#include "quoteattr/parser.hpp"
#include "quoteattr/profile.hpp"
#include "quoteattr/quotes.hpp"
#include "quoteattr/relations.hpp"
#include "quoteattr/sentences.hpp"
#include "quoteattr/span.hpp"
#include "quoteattr/tagger.hpp"
#include "quoteattr/tags.hpp"
#include "quoteattr/utf8.hpp"
#include "quoteattr/version.hpp"

/// @namespace quoteattr
/// @brief Everything public of quoteattr: the Attributor, its Result and Profile, and the
/// pieces it is built from (Document, SentenceSplitter, QuoteFinder, Tagger, Lemmatizer,
/// Lexicon). Names in quoteattr::detail are internal.
