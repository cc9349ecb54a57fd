// quoteattr: the command-line tool. Reads documents (files, or standard input
// for "-" or no file) and prints their quotations and speakers.
//
//   quoteattr article.txt                       # readable text
//   quoteattr --format jsonl --sentences a.txt  # one JSON object per document
//
// Output contract of --format jsonl: ../DESIGN (README "Output").
#include <quoteattr/quoteattr.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using json = nlohmann::json;

struct CliOptions {
  std::vector<std::string> inputs;
  std::string format = "text";
  bool sentences = false;
  bool explain = false;
  bool strict_utf8 = false;
  bool direct_only = false;
  bool tokens = false;
  std::vector<std::string> profiles;
  std::string tagger_model;
};

bool read_document(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open file for reading";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = path + ": read error";
    return false;
  }
  out = ss.str();
  return true;
}

json span_json(quoteattr::Span s, std::string_view text) {
  return json{{"begin", s.begin}, {"end", s.end}, {"text", std::string(s.in(text))}};
}

json document_json(const std::string& name, std::string_view text, const quoteattr::Result& r,
                   const CliOptions& o) {
  json quotes = json::array();
  for (const auto& a : r.quotes) {
    json q{{"begin", a.span.begin},
           {"end", a.span.end},
           {"text", std::string(a.span.in(text))},
           {"kind", quoteattr::to_string(a.kind)},
           {"speaker", a.speaker ? json(*a.speaker) : json(nullptr)},
           {"speaker_id", a.speaker_id >= 0 ? json(a.speaker_id) : json(nullptr)},
           {"speaker_mention", a.speaker_mention.empty() ? json(nullptr) : span_json(a.speaker_mention, text)},
           {"cue", a.cue.empty() ? json(nullptr) : span_json(a.cue, text)},
           {"rule", a.rule.empty() ? json(nullptr) : json(a.rule)},
           {"confidence", a.confidence}};
    if (a.recovery != quoteattr::Recovery::kNone) q["recovery"] = quoteattr::to_string(a.recovery);
    if (a.parent >= 0) q["parent"] = a.parent;
    if (a.continues >= 0) q["continues"] = a.continues;
    if (o.explain) q["evidence"] = a.evidence;
    quotes.push_back(std::move(q));
  }
  json speakers = json::array();
  for (const auto& sp : r.speakers) {
    json mentions = json::array();
    for (auto m : sp.mentions) mentions.push_back(span_json(m, text));
    speakers.push_back(json{{"id", sp.id},
                            {"name", sp.name},
                            {"kind", quoteattr::to_string(sp.kind)},
                            {"titles", sp.titles},
                            {"affiliations", sp.affiliations},
                            {"from_profile", sp.from_profile},
                            {"quotes", sp.quotes},
                            {"mentions", std::move(mentions)}});
  }
  json doc{{"doc", name}, {"speakers", std::move(speakers)}, {"quotes", std::move(quotes)}};
  if (o.sentences) {
    json s = json::array();
    for (auto sp : r.sentences) s.push_back(json{{"begin", sp.begin}, {"end", sp.end}});
    doc["sentences"] = std::move(s);
  }
  if (!r.utf8.valid())
    doc["utf8"] = json{{"invalid_sequences", r.utf8.invalid_sequences}, {"first_invalid", r.utf8.first_invalid}};
  return doc;
}

std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

void print_text(const std::string& name, std::string_view text, const quoteattr::Result& r,
                const CliOptions& o) {
  std::cout << "== " << name << "\n";
  if (o.sentences) {
    std::size_t i = 0;
    for (auto s : r.sentences) std::cout << "[" << ++i << "] " << one_line(s.in(text)) << "\n";
  }
  for (const auto& a : r.quotes) {
    if (a.kind == quoteattr::QuoteKind::kTerm) continue;
    std::cout << (a.speaker ? *a.speaker : "(unknown)") << " [" << quoteattr::to_string(a.kind);
    if (!a.rule.empty()) std::cout << ", " << a.rule << " " << a.confidence;
    std::cout << "]: " << one_line(a.span.in(text)) << "\n";
    if (o.explain)
      for (const auto& e : a.evidence) std::cout << "    - " << e << "\n";
  }
}

void print_tsv(const std::string& name, std::string_view text, const quoteattr::Result& r) {
  for (const auto& a : r.quotes) {
    std::cout << name << '\t' << a.span.begin << '\t' << a.span.end << '\t'
              << quoteattr::to_string(a.kind) << '\t' << (a.speaker ? *a.speaker : "") << '\t'
              << a.rule << '\t' << a.confidence << '\t' << one_line(a.span.in(text)) << "\n";
  }
}

// --tokens: one token per line (begin, end, text, tag, chunk; byte offsets),
// an empty line after each sentence.
void print_tokens(const std::string& name, const quoteattr::Document& doc, bool header) {
  if (header) std::cout << "# doc " << name << "\n";
  for (const auto& s : doc.sentences()) {
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      const quoteattr::Token& t = doc.tokens()[i];
      std::cout << t.span.begin << '\t' << t.span.end << '\t' << doc.word(i) << '\t'
                << quoteattr::tag_name(t.tag) << '\t' << quoteattr::to_string(t.chunk) << '\n';
    }
    std::cout << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  CliOptions o;
  CLI::App app{"quoteattr: find the quotations in news text and who said them"};
  app.set_version_flag("--version", std::string(quoteattr::version()));
  app.add_option("files", o.inputs, "Documents to read (UTF-8); '-' or none reads standard input");
  app.add_option("-f,--format", o.format, "Output format: text, jsonl or tsv")
      ->check(CLI::IsMember({"text", "jsonl", "tsv"}));
  app.add_flag("--sentences", o.sentences, "Also print the sentence spans");
  app.add_flag("--explain", o.explain, "Print each attribution's chain of evidence");
  app.add_option("--tagger-model", o.tagger_model,
                 "A part-of-speech model written by quoteattr_train_tagger, instead of the built-in one");
  app.add_option("--profile", o.profiles,
                 "A TOML profile to add to the built-in one (or to replace it, if it says "
                 "replace_default = true); may be given several times")
      ->allow_extra_args(false);
  app.add_flag("--strict-utf8", o.strict_utf8, "Reject ill-formed UTF-8 instead of reading it as U+FFFD");
  app.add_flag("--direct-only", o.direct_only, "Report direct quotations only");
  app.add_flag("--tokens", o.tokens,
               "Print the text model instead of quotations: one token per line (begin, end, text, "
               "part-of-speech tag, noun-phrase chunk), an empty line after each sentence");
  CLI11_PARSE(app, argc, argv);
  if (o.inputs.empty()) o.inputs.push_back("-");

  std::ios::sync_with_stdio(false);
  quoteattr::Profile profile;
  quoteattr::AttributorOptions options;
  options.utf8 = o.strict_utf8 ? quoteattr::Utf8Policy::kStrict : quoteattr::Utf8Policy::kReplace;
  options.indirect = !o.direct_only;
  try {
    if (!o.tagger_model.empty())
      options.tagger = std::make_shared<const quoteattr::Tagger>(quoteattr::Tagger::load(o.tagger_model));
    profile = quoteattr::Profile::builtin();
    for (const auto& path : o.profiles) {
      quoteattr::Profile extra = quoteattr::Profile::from_file(path);
      if (extra.replaces_default()) profile = std::move(extra);
      else profile.merge(extra);
    }
  } catch (const quoteattr::Error& e) {
    std::cerr << "quoteattr: " << e.what() << "\n";
    return 2;
  }
  std::optional<quoteattr::Attributor> built;
  try {
    built.emplace(std::move(profile), options);
  } catch (const quoteattr::Error& e) {
    std::cerr << "quoteattr: cannot build the attributor: " << e.what() << "\n";
    return 2;
  }
  const quoteattr::Attributor& attributor = *built;

  int status = 0;
  for (const auto& path : o.inputs) {
    std::string text, error;
    if (!read_document(path, text, error)) {
      std::cerr << "quoteattr: " << error << "\n";
      status = 1;
      continue;
    }
    const std::string name = path == "-" ? "<stdin>" : path;
    try {
      if (o.tokens) {
        if (o.strict_utf8) quoteattr::require_valid_utf8(text);
        static const quoteattr::DocumentBuilder builder(options.sentences, options.lexicon, options.tagger.get());
        print_tokens(name, builder.build(text), o.inputs.size() > 1);
        continue;
      }
      quoteattr::Result r = attributor.analyze(text);
      if (o.format == "jsonl")
        std::cout << document_json(name, text, r, o).dump(-1, ' ', false, json::error_handler_t::replace)
                  << "\n";
      else if (o.format == "tsv")
        print_tsv(name, text, r);
      else
        print_text(name, text, r, o);
    } catch (const quoteattr::Error& e) {
      std::cerr << "quoteattr: " << name << ": " << e.what() << "\n";
      status = 1;
    }
  }
  std::cout.flush();
  return status;
}
