// The quoteattr tool's output formats: each turns one analysed document into bytes.
// Every function is pure (same document, same bytes), so documents analysed on any
// thread come out byte-identical to a run on one thread.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <quoteattr/quoteattr.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace quoteattr_tool {

enum class Format { kText, kJsonl, kTsv, kHtml };

struct RenderOptions {
  Format format = Format::kText;
  bool sentences = false;  // list sentence spans (text, jsonl)
  bool explain = false;    // the evidence chain (text, jsonl)
  bool color = false;      // ANSI colour (text)
};

// One document as read: its name in the output, its text, and (JSONL input) the
// fields of its input line other than "text", passed through to JSONL output.
struct Input {
  std::string name;
  std::string text;
  nlohmann::json fields;  // null, or an object (with "id" when the line had one)
};

// One quote for --summary: who and what kind.
struct Tally {
  std::string speaker;  // "" when unattributed
  quoteattr::QuoteKind kind;
};

std::string render(const Input& in, const quoteattr::Result& r, const RenderOptions& o,
                   std::size_t index);  // index: the document's 0-based position in the run
std::vector<Tally> tallies(const quoteattr::Result& r);

// --tokens: one token a line (begin, end, text, tag, chunk), a blank line after each sentence.
std::string render_tokens(const std::string& name, const quoteattr::Document& doc, bool header);

// Once per run, around the documents (empty except for tsv's header line and html's page).
std::string render_prologue(const RenderOptions& o);
std::string render_epilogue(const RenderOptions& o, std::size_t documents, std::size_t quotes);

// TSV field escaping: backslash, tab, newline and carriage return as \\ \t \n \r.
std::string tsv_escape(std::string_view s);
// HTML text escaping, ill-formed UTF-8 written as U+FFFD.
std::string html_escape(std::string_view s);

}  // namespace quoteattr_tool
