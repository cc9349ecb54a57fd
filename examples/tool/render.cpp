// The quoteattr tool's output formats (see render.hpp and docs/quoteattr.1).
#include "render.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace quoteattr_tool {
namespace {

using json = nlohmann::json;
using quoteattr::Attribution;
using quoteattr::QuoteKind;
using quoteattr::Result;
using quoteattr::Span;

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

bool is_speech(const Attribution& a) { return a.kind != QuoteKind::kTerm; }

// ---- jsonl: the output contract of ../shared/DESIGN.md (field names never change) ----

json span_json(Span s, std::string_view text) {
  return json{{"begin", s.begin}, {"end", s.end}, {"text", std::string(s.in(text))}};
}

void dump_to(std::string& out, const json& j) { out += j.dump(-1, ' ', false, json::error_handler_t::replace); }

// One document's line. Written part by part (one quotation's object at a time), so that memory
// stays near the size of the line itself; the fields come in sorted order, as nlohmann::json
// writes an object, so the line is byte for byte what one json object's dump() gives.
std::string render_jsonl(const Input& in, const Result& r, const RenderOptions& o) {
  const std::string_view text = in.text;
  using Writer = std::function<void(std::string&)>;
  std::map<std::string, Writer> fields;
  fields["doc"] = [&](std::string& out) { dump_to(out, json(in.name)); };
  fields["quotes"] = [&](std::string& out) {
    out += '[';
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
      if (o.explain) {
        q["evidence"] = a.evidence;
        if (a.speaker) {
          q["prior_confidence"] = a.prior_confidence;  // what the sieves decided with
          q["flags"] = a.flags;
        }
      }
      if (&a != r.quotes.data()) out += ',';
      dump_to(out, q);
    }
    out += ']';
  };
  fields["speakers"] = [&](std::string& out) {
    out += '[';
    for (const auto& sp : r.speakers) {
      json mentions = json::array();
      for (auto m : sp.mentions) mentions.push_back(span_json(m, text));
      if (&sp != r.speakers.data()) out += ',';
      dump_to(out, json{{"id", sp.id},
                        {"name", sp.name},
                        {"kind", quoteattr::to_string(sp.kind)},
                        {"titles", sp.titles},
                        {"affiliations", sp.affiliations},
                        {"from_profile", sp.from_profile},
                        {"quotes", sp.quotes},
                        {"mentions", std::move(mentions)}});
    }
    out += ']';
  };
  if (o.sentences)
    fields["sentences"] = [&](std::string& out) {
      out += '[';
      for (const auto& sp : r.sentences) {
        if (&sp != r.sentences.data()) out += ',';
        dump_to(out, json{{"begin", sp.begin}, {"end", sp.end}});
      }
      out += ']';
    };
  if (!r.utf8.valid())
    fields["utf8"] = [&](std::string& out) {
      dump_to(out, json{{"invalid_sequences", r.utf8.invalid_sequences}, {"first_invalid", r.utf8.first_invalid}});
    };
  // JSONL input: the line's other fields, unchanged (the tool's own fields win a clash).
  if (in.fields.is_object())
    for (auto it = in.fields.begin(); it != in.fields.end(); ++it) {
      const json& value = it.value();
      if (fields.count(it.key()) == 0) fields[it.key()] = [&value](std::string& out) { dump_to(out, value); };
    }
  std::string line = "{";
  for (const auto& [key, write] : fields) {
    if (line.size() > 1) line += ',';
    dump_to(line, json(key));
    line += ':';
    write(line);
  }
  line += "}\n";
  return line;
}

// ---- tsv ----

std::string render_tsv(const Input& in, const Result& r) {
  std::string out;
  const std::string doc = tsv_escape(in.name);
  for (const auto& a : r.quotes) {
    out += doc;
    out += '\t' + std::to_string(a.span.begin) + '\t' + std::to_string(a.span.end) + '\t';
    out += quoteattr::to_string(a.kind);
    out += '\t' + tsv_escape(a.speaker.value_or("")) + '\t' + tsv_escape(a.rule) + '\t';
    out += number(a.confidence) + '\t' + tsv_escape(a.span.in(in.text)) + '\n';
  }
  return out;
}

// ---- text ----

// Terminal colours by speaker id: blue, yellow, green, magenta, red, cyan.
const char* const kAnsi[] = {"\033[1;34m", "\033[1;33m", "\033[1;32m", "\033[1;35m", "\033[1;31m", "\033[1;36m"};
constexpr const char* kDim = "\033[2m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kReset = "\033[0m";

std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return out;
}

std::string render_text(const Input& in, const Result& r, const RenderOptions& o) {
  const std::string_view text = in.text;
  auto paint = [&](const char* style, const std::string& s) { return o.color ? style + s + kReset : s; };
  std::string out = paint(kBold, "== " + one_line(in.name)) + "\n";
  if (o.sentences) {
    std::size_t i = 0;
    for (auto s : r.sentences) out += "[" + std::to_string(++i) + "] " + one_line(s.in(text)) + "\n";
  }
  for (const auto& a : r.quotes) {
    if (!is_speech(a)) continue;
    if (a.speaker)
      out += paint(kAnsi[static_cast<std::size_t>(std::max(a.speaker_id, 0)) % std::size(kAnsi)], *a.speaker);
    else
      out += paint(kDim, "(unknown)");
    std::string meta = std::string(" [") + quoteattr::to_string(a.kind);
    if (!a.rule.empty()) meta += ", " + a.rule + " " + number(a.confidence);
    out += paint(kDim, meta + "]") + ": " + one_line(a.span.in(text)) + "\n";
    if (o.explain)
      for (const auto& e : a.evidence) out += paint(kDim, "    - " + e) + "\n";
  }
  return out;
}

// ---- html ----

// The page's speaker colours: background tint and strong colour, by speaker id modulo 10.
constexpr std::size_t kPalette = 10;

std::string attr_escape(std::string_view s) { return html_escape(s); }

std::string speaker_class(int id) {
  return id < 0 ? "cu" : "c" + std::to_string(static_cast<std::size_t>(id) % kPalette);
}

// An element over a byte range of the text. Ranges nest in the output; one that crosses
// another is closed and reopened around it.
enum class Role { kQuote, kMention, kCue, kTerm };
struct Mark {
  std::size_t begin, end;
  Role role;
  std::string open, close;
};

std::string render_marked_text(std::string_view text, std::vector<Mark> marks) {
  for (auto& m : marks) m.end = std::min(m.end, text.size());
  marks.erase(std::remove_if(marks.begin(), marks.end(), [](const Mark& m) { return m.begin >= m.end; }), marks.end());
  // Outer first: earlier begin, then later end.
  std::stable_sort(marks.begin(), marks.end(),
                   [](const Mark& a, const Mark& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
  std::vector<std::size_t> points{0, text.size()};
  for (const auto& m : marks) {
    points.push_back(m.begin);
    points.push_back(m.end);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());

  std::string out;
  std::vector<const Mark*> open;
  std::size_t next = 0;  // next mark to open
  auto emit_text = [&](std::size_t from, std::size_t to) {
    // A run of line breaks is a paragraph break.
    std::size_t i = from;
    while (i < to) {
      std::size_t nl = text.find_first_of("\r\n", i);
      if (nl == std::string_view::npos || nl >= to) nl = to;
      out += html_escape(text.substr(i, nl - i));
      if (nl == to) break;
      while (nl < to && (text[nl] == '\n' || text[nl] == '\r')) ++nl;
      out += "<span class=\"pb\"></span>";
      i = nl;
    }
  };
  for (std::size_t k = 0; k < points.size(); ++k) {
    const std::size_t p = points[k];
    // Close what ends here, reopening what was opened inside it and goes on.
    auto first_ending = std::find_if(open.begin(), open.end(), [&](const Mark* m) { return m->end <= p; });
    if (first_ending != open.end()) {
      std::vector<const Mark*> reopen;
      while (open.end() != first_ending) {
        const Mark* m = open.back();
        open.pop_back();
        out += m->close;
        if (m->end > p) reopen.push_back(m);
      }
      for (auto it = reopen.rbegin(); it != reopen.rend(); ++it) {
        out += (*it)->open;
        open.push_back(*it);
      }
    }
    while (next < marks.size() && marks[next].begin == p) {
      out += marks[next].open;
      open.push_back(&marks[next]);
      ++next;
    }
    if (k + 1 < points.size()) emit_text(p, points[k + 1]);
  }
  for (auto it = open.rbegin(); it != open.rend(); ++it) out += (*it)->close;
  return out;
}

std::string render_html(const Input& in, const Result& r, std::size_t index) {
  const std::string_view text = in.text;
  std::string out = "<article id=\"doc-" + std::to_string(index + 1) + "\">\n<h2>" + html_escape(in.name) + "</h2>\n";

  std::size_t unattributed = 0, speech = 0;
  for (const auto& a : r.quotes)
    if (is_speech(a)) {
      ++speech;
      if (!a.speaker) ++unattributed;
    }
  out += "<p class=\"count\">" + std::to_string(speech) + (speech == 1 ? " quote" : " quotes") + ", " +
         std::to_string(r.speakers.size()) + (r.speakers.size() == 1 ? " speaker" : " speakers") + "</p>\n";
  out += "<ul class=\"legend\">";
  for (const auto& sp : r.speakers)
    out += "<li class=\"" + speaker_class(sp.id) + "\"><span class=\"sw\"></span>" + html_escape(sp.name) + " <small>" +
           quoteattr::to_string(sp.kind) + "</small> <b>" + std::to_string(sp.quotes) + "</b></li>";
  if (unattributed)
    out += "<li class=\"cu\"><span class=\"sw\"></span>unattributed <b>" + std::to_string(unattributed) + "</b></li>";
  out += "</ul>\n";

  std::vector<Mark> marks;
  for (const Attribution& a : r.quotes) {
    if (!is_speech(a)) {
      marks.push_back({a.span.begin, a.span.end, Role::kTerm,
                       "<span class=\"term\" title=\"term: a quoted name or scare quote, not speech\">", "</span>"});
      continue;
    }
    std::string info = a.speaker ? *a.speaker : std::string("unattributed");
    info += std::string(" · ") + quoteattr::to_string(a.kind);
    if (!a.rule.empty()) info += " · rule " + a.rule + " · confidence " + number(a.confidence);
    const std::string cls = speaker_class(a.speaker ? a.speaker_id : -1);
    marks.push_back({a.span.begin, a.span.end, Role::kQuote,
                     "<mark class=\"q " + cls + " " + quoteattr::to_string(a.kind) + "\" tabindex=\"0\" title=\"" +
                         attr_escape(info) + "\" data-info=\"" + attr_escape(info) + "\">",
                     "</mark>"});
    if (!a.speaker_mention.empty())
      marks.push_back(
          {a.speaker_mention.begin, a.speaker_mention.end, Role::kMention,
           "<span class=\"who " + cls + "\" title=\"speaker: " + attr_escape(a.speaker.value_or("?")) + "\">",
           "</span>"});
    if (!a.cue.empty())
      marks.push_back({a.cue.begin, a.cue.end, Role::kCue, "<span class=\"cue\" title=\"speech cue\">", "</span>"});
  }
  // One element per range and role: quotes sharing a cue or a mention mark it once.
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return std::tie(a.begin, a.end, a.role) < std::tie(b.begin, b.end, b.role);
  });
  marks.erase(std::unique(marks.begin(), marks.end(),
                          [](const Mark& a, const Mark& b) {
                            return a.role != Role::kQuote && a.begin == b.begin && a.end == b.end && a.role == b.role;
                          }),
              marks.end());
  out += "<div class=\"text\">" + render_marked_text(text, std::move(marks)) + "</div>\n</article>\n";
  return out;
}

constexpr const char* kHtmlHead = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quoteattr @VERSION@">
<title>Who said what: quoteattr</title>
<style>
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}
body{margin:0;font:17px/1.65 Georgia,"Times New Roman",serif;color:var(--ink);background:#fbfbf8}
header,article,footer{max-width:46rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.5rem}
h1{font:600 1.5rem/1.2 system-ui,sans-serif;margin:0 0 .25rem}
header p,footer,.count,.legend{font-family:system-ui,sans-serif}
header p{color:var(--muted);margin:0;font-size:.9rem}
article{border-top:1px solid var(--line);margin-top:1.5rem;padding-top:1rem;padding-bottom:1rem}
h2{font:600 1.05rem/1.3 system-ui,sans-serif;margin:0;overflow-wrap:anywhere}
.count{color:var(--muted);font-size:.85rem;margin:.2rem 0 .6rem}
.legend{list-style:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.4rem}
.legend li{display:inline-flex;align-items:center;gap:.35rem;padding:.15rem .6rem .15rem .35rem;border-radius:1rem;
 background:var(--bg);border:1px solid var(--fg);font-size:.85rem;line-height:1.4}
.legend small{color:var(--muted)}
.legend b{color:var(--fg)}
.sw{width:.8rem;height:.8rem;border-radius:50%;background:var(--fg);flex:none}
.text{overflow-wrap:break-word}
.pb{display:block;height:.8em}
mark{color:inherit;background:var(--bg);box-shadow:inset 0 -2px 0 var(--fg);border-radius:2px;cursor:help;
 -webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.indirect,mark.mixed{box-shadow:none;border-bottom:2px dashed var(--fg)}
mark mark{box-shadow:inset 0 -4px 0 var(--fg)}
mark:focus{outline:2px solid var(--fg);outline-offset:1px}
mark:focus::after,mark:hover::after{content:attr(data-info);position:fixed;left:0;right:0;bottom:0;padding:.6rem 1rem;
 background:#1f2328;color:#fff;font:14px/1.4 system-ui,sans-serif;z-index:1;pointer-events:none}
.who{color:var(--fg);font-weight:700;text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:3px}
.cue{font-style:italic;text-decoration:underline dotted;text-underline-offset:3px}
.term{text-decoration:underline dotted var(--muted)}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.75rem;padding-bottom:3.5rem}
.c0{--bg:#dbeafe;--fg:#1d4ed8}.c1{--bg:#ffedd5;--fg:#c2410c}.c2{--bg:#dcfce7;--fg:#15803d}
.c3{--bg:#f3e8ff;--fg:#7e22ce}.c4{--bg:#ffe4e6;--fg:#be123c}.c5{--bg:#ccfbf1;--fg:#0f766e}
.c6{--bg:#fef9c3;--fg:#a16207}.c7{--bg:#fce7f3;--fg:#be185d}.c8{--bg:#e0e7ff;--fg:#4338ca}
.c9{--bg:#ecfccb;--fg:#4d7c0f}.cu{--bg:#e5e7eb;--fg:#4b5563}
@media (max-width:600px){body{font-size:16px;line-height:1.6}header,article,footer{padding-left:.9rem;padding-right:.9rem}}
</style>
</head>
<body>
<header><h1>Who said what</h1>
<p>Each quotation is highlighted in its speaker&#8217;s colour: <mark class="cu direct">direct quotes</mark> with a solid line, <mark class="cu indirect">reported speech</mark> with a dashed one. The speaker&#8217;s mention is <span class="who cu">underlined</span>, the speech cue <span class="cue">in italics</span>. Hover over or tap a quotation for its speaker, kind, rule and confidence.</p></header>
)";

}  // namespace

std::string tsv_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_escape(std::string_view s) {
  const std::string valid = quoteattr::check_utf8(s).valid() ? std::string(s) : quoteattr::replace_invalid_utf8(s);
  std::string out;
  out.reserve(valid.size());
  for (char c : valid) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string render(const Input& in, const Result& r, const RenderOptions& o, std::size_t index) {
  switch (o.format) {
    case Format::kJsonl:
      return render_jsonl(in, r, o);
    case Format::kTsv:
      return render_tsv(in, r);
    case Format::kHtml:
      return render_html(in, r, index);
    case Format::kText:
      break;
  }
  return render_text(in, r, o);
}

std::vector<Tally> tallies(const Result& r) {
  std::vector<Tally> out;
  for (const auto& a : r.quotes)
    if (is_speech(a)) out.push_back({a.speaker.value_or(""), a.kind});
  return out;
}

std::string render_tokens(const std::string& name, const quoteattr::Document& doc, bool header) {
  std::string out;
  if (header) out += "# doc " + name + "\n";
  for (const auto& s : doc.sentences()) {
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      const quoteattr::Token& t = doc.tokens()[i];
      out += std::to_string(t.span.begin) + '\t' + std::to_string(t.span.end) + '\t' + std::string(doc.word(i)) + '\t' +
             std::string(quoteattr::tag_name(t.tag)) + '\t' + std::string(quoteattr::to_string(t.chunk)) + '\n';
    }
    out += '\n';
  }
  return out;
}

std::string render_prologue(const RenderOptions& o) {
  if (o.format == Format::kTsv) return "doc\tbegin\tend\tkind\tspeaker\trule\tconfidence\ttext\n";
  if (o.format != Format::kHtml) return {};
  std::string head = kHtmlHead;
  const std::string key = "@VERSION@";
  head.replace(head.find(key), key.size(), std::string(quoteattr::version()));
  return head;
}

std::string render_epilogue(const RenderOptions& o, std::size_t documents, std::size_t quotes) {
  if (o.format != Format::kHtml) return {};
  return "<footer>" + std::to_string(documents) + (documents == 1 ? " document, " : " documents, ") +
         std::to_string(quotes) + (quotes == 1 ? " quote" : " quotes") + ". Made by quoteattr " +
         std::string(quoteattr::version()) + ".</footer>\n</body>\n</html>\n";
}

}  // namespace quoteattr_tool
