// quoteattr._quoteattr: the Python bindings (pybind11). The package quoteattr (python/quoteattr)
// re-exports these names; see python/quoteattr/_quoteattr.pyi for the API as Python sees it.
//
// Offsets. The library reports byte offsets into the UTF-8 text. Every span seen from Python
// carries both: `begin`/`end` in UTF-8 bytes (as the tool's JSONL) and `start`/`stop` as indices
// into the Python str, so that text[q.start:q.stop] == q.text.
//
// Threads. Attributor.analyze() releases the GIL while the library works: one Attributor can be
// shared by many Python threads, which then run in parallel. A rule given as a Python callable
// takes the GIL back for the duration of each call.
#include <pybind11/functional.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <quoteattr/quoteattr.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace py = pybind11;
namespace qa = quoteattr;

namespace {

// ---------------------------------------------------------------------------------------------
// Offsets: bytes of the UTF-8 text <-> indices of the Python str.
class OffsetMap {
 public:
  OffsetMap(std::string_view utf8, bool ascii) : size_(utf8.size()), ascii_(ascii) {
    if (ascii_) return;
    to_char_.resize(utf8.size() + 1);
    std::uint32_t chars = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
      const bool lead = (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
      // A byte inside a code point maps to the code point that holds it.
      to_char_[i] = lead ? chars : (chars ? chars - 1 : 0);
      if (lead) {
        to_byte_.push_back(static_cast<std::uint32_t>(i));
        ++chars;
      }
    }
    to_char_[utf8.size()] = chars;
    to_byte_.push_back(static_cast<std::uint32_t>(utf8.size()));
  }
  std::size_t to_char(std::size_t byte) const {
    byte = std::min(byte, size_);
    return ascii_ ? byte : to_char_[byte];
  }
  std::size_t to_byte(std::size_t index) const {
    if (ascii_) return std::min(index, size_);
    return to_byte_[std::min(index, to_byte_.size() - 1)];
  }

 private:
  std::size_t size_;
  bool ascii_;
  std::vector<std::uint32_t> to_char_;  // per byte, and one past the end
  std::vector<std::uint32_t> to_byte_;  // per code point, and one past the end
};

// The text of one analysis as both a Python str and its UTF-8 bytes (owned by the str).
struct Text {
  py::str str;
  std::string_view utf8;
  std::shared_ptr<const OffsetMap> map;

  explicit Text(py::str s) : str(std::move(s)) {
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(str.ptr(), &n);
    if (!p) throw py::error_already_set();
    utf8 = std::string_view(p, static_cast<std::size_t>(n));
    map = std::make_shared<const OffsetMap>(utf8, PyUnicode_IS_ASCII(str.ptr()) != 0);
  }
};

// ---------------------------------------------------------------------------------------------
// What Python sees of a result: plain values, independent of the text buffer.
struct PySpan {
  std::size_t begin = 0, end = 0;   // UTF-8 bytes
  std::size_t start = 0, stop = 0;  // str indices
  std::string text;
};

PySpan make_span(qa::Span s, const Text& t) {
  PySpan p;
  p.begin = s.begin;
  p.end = s.end;
  p.start = t.map->to_char(s.begin);
  p.stop = t.map->to_char(s.end);
  p.text = std::string(s.in(t.utf8));
  return p;
}

py::dict span_dict(const PySpan& s) {
  py::dict d;
  d["begin"] = s.begin;
  d["end"] = s.end;
  d["text"] = s.text;
  return d;
}

template <class T>
py::object or_none(const std::optional<T>& v) {
  return v ? py::cast(*v) : py::none();
}

struct PyQuote {
  std::size_t begin = 0, end = 0, start = 0, stop = 0;
  std::string text;
  std::string kind;
  std::optional<std::string> recovery;  // None for quotes opened and closed by marks
  std::optional<std::string> speaker;
  std::optional<int> speaker_id;
  std::optional<PySpan> speaker_mention;
  std::optional<PySpan> cue;
  std::optional<std::string> rule;
  double confidence = 0.0;
  double prior_confidence = 0.0;   // the hand-set confidence the sieves decided with
  std::vector<std::string> flags;  // the situations that make the answer less sure
  std::optional<int> parent;
  std::optional<int> continues;
  std::vector<std::string> evidence;

  // Exactly the object the tool prints for this quote (with --explain: evidence too).
  py::dict to_dict(bool evidence_too) const {
    py::dict d;
    d["begin"] = begin;
    d["end"] = end;
    d["text"] = text;
    d["kind"] = kind;
    d["speaker"] = or_none(speaker);
    d["speaker_id"] = or_none(speaker_id);
    d["speaker_mention"] = speaker_mention ? py::object(span_dict(*speaker_mention)) : py::none();
    d["cue"] = cue ? py::object(span_dict(*cue)) : py::none();
    d["rule"] = or_none(rule);
    d["confidence"] = confidence;
    if (recovery) d["recovery"] = *recovery;
    if (parent) d["parent"] = *parent;
    if (continues) d["continues"] = *continues;
    if (evidence_too) {
      d["evidence"] = evidence;
      if (speaker) {
        d["prior_confidence"] = prior_confidence;
        d["flags"] = flags;
      }
    }
    return d;
  }
};

PyQuote make_quote(const qa::Attribution& a, const Text& t) {
  PyQuote q;
  q.begin = a.span.begin;
  q.end = a.span.end;
  q.start = t.map->to_char(a.span.begin);
  q.stop = t.map->to_char(a.span.end);
  q.text = std::string(a.span.in(t.utf8));
  q.kind = qa::to_string(a.kind);
  if (a.recovery != qa::Recovery::kNone) q.recovery = qa::to_string(a.recovery);
  q.speaker = a.speaker;
  if (a.speaker_id >= 0) q.speaker_id = a.speaker_id;
  if (!a.speaker_mention.empty()) q.speaker_mention = make_span(a.speaker_mention, t);
  if (!a.cue.empty()) q.cue = make_span(a.cue, t);
  if (!a.rule.empty()) q.rule = a.rule;
  q.confidence = a.confidence;
  q.prior_confidence = a.prior_confidence;
  q.flags = a.flags;
  if (a.parent >= 0) q.parent = a.parent;
  if (a.continues >= 0) q.continues = a.continues;
  q.evidence = a.evidence;
  return q;
}

struct PySpeaker {
  int id = -1;
  std::string kind;
  std::string name;
  std::vector<std::string> titles;
  std::vector<std::string> affiliations;
  std::vector<PySpan> mentions;
  bool from_profile = false;
  std::size_t quotes = 0;

  py::dict to_dict() const {
    py::dict d;
    d["id"] = id;
    d["name"] = name;
    d["kind"] = kind;
    d["titles"] = titles;
    d["affiliations"] = affiliations;
    d["from_profile"] = from_profile;
    d["quotes"] = quotes;
    py::list m;
    for (const auto& s : mentions) m.append(span_dict(s));
    d["mentions"] = m;
    return d;
  }
};

struct PyDiagnostic {
  PySpan where;
  std::string message;
  std::optional<std::string> rule;
};

struct PyResult {
  py::str text;
  std::vector<PySpan> paragraphs;
  std::vector<PySpan> sentences;
  std::vector<PyQuote> quotes;
  std::vector<PySpeaker> speakers;
  std::vector<PyDiagnostic> diagnostics;
  std::size_t invalid_utf8 = 0;

  // The tool's document object (doc aside unless given; sentences as with --sentences).
  py::dict to_dict(py::object doc, bool with_sentences, bool evidence) const {
    py::dict d;
    if (!doc.is_none()) d["doc"] = doc;
    py::list sp;
    for (const auto& s : speakers) sp.append(s.to_dict());
    d["speakers"] = sp;
    py::list qs;
    for (const auto& q : quotes) qs.append(q.to_dict(evidence));
    d["quotes"] = qs;
    if (with_sentences) {
      py::list ss;
      for (const auto& s : sentences) {
        py::dict o;
        o["begin"] = s.begin;
        o["end"] = s.end;
        ss.append(o);
      }
      d["sentences"] = ss;
    }
    return d;
  }
};

std::vector<PySpan> spans(const std::vector<qa::Span>& in, const Text& t) {
  std::vector<PySpan> out;
  out.reserve(in.size());
  for (auto s : in) out.push_back(make_span(s, t));
  return out;
}

PyResult make_result(const qa::Result& r, const Text& t) {
  PyResult p;
  p.text = t.str;
  p.paragraphs = spans(r.paragraphs, t);
  p.sentences = spans(r.sentences, t);
  p.quotes.reserve(r.quotes.size());
  for (const auto& a : r.quotes) p.quotes.push_back(make_quote(a, t));
  for (const auto& s : r.speakers) {
    PySpeaker o;
    o.id = s.id;
    o.kind = qa::to_string(s.kind);
    o.name = s.name;
    o.titles = s.titles;
    o.affiliations = s.affiliations;
    o.mentions = spans(s.mentions, t);
    o.from_profile = s.from_profile;
    o.quotes = s.quotes;
    p.speakers.push_back(std::move(o));
  }
  for (const auto& d : r.diagnostics) {
    PyDiagnostic o;
    o.where = make_span(d.where, t);
    o.message = d.message;
    if (!d.rule.empty()) o.rule = d.rule;
    p.diagnostics.push_back(std::move(o));
  }
  p.invalid_utf8 = r.utf8.invalid_sequences;
  return p;
}

// ---------------------------------------------------------------------------------------------
// Errors: quoteattr::Error becomes the quoteattr.Error subclass of its code (quoteattr._errors).
[[noreturn]] void raise_error(const qa::Error& e) {
  py::object make = py::module_::import("quoteattr._errors").attr("_make");
  const auto& w = e.where();
  py::object exc =
      make(qa::error_code_name(e.code()), e.what(), e.message(), w.file.empty() ? py::none() : py::cast(w.file),
           w.line ? py::cast(w.line) : py::none(), w.column ? py::cast(w.column) : py::none(),
           w.offset == qa::Location::npos ? py::none() : py::cast(w.offset));
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
  throw py::error_already_set();
}

template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const qa::Error& e) {
    raise_error(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Rules given as Python callables.

// The state of one analyze() call, seen by the Python rules it runs (on the same thread).
struct CallState {
  const Text* text = nullptr;
  std::optional<py::error_already_set> error;  // what a Python rule raised
};
thread_local CallState* current_call = nullptr;

// Thrown through the library when a Python rule raised: not a std::runtime_error, so that the
// library does not take it for a rule that gave up, and analyze() re-raises the Python error.
struct PythonRuleFailed : std::exception {
  const char* what() const noexcept override { return "a Python rule raised an exception"; }
};

struct PyProposal {
  std::optional<std::pair<std::size_t, std::size_t>> speaker_mention;  // str indices
  std::optional<std::pair<std::size_t, std::size_t>> cue;
  std::optional<std::string> speaker;
  double confidence = 0.9;
};

struct PyRuleContext {
  py::str text;
  std::size_t quote_index = 0;
  PyQuote quote;
  std::vector<PyQuote> quotes;  // every quote of the document, as decided so far
  PySpan sentence;              // the sentence holding the quote's start
  PySpan paragraph;             // the paragraph holding the quote's start
};

qa::Span containing(const std::vector<qa::Span>& spans, std::size_t pos) {
  auto it =
      std::upper_bound(spans.begin(), spans.end(), pos, [](std::size_t p, const qa::Span& s) { return p < s.begin; });
  if (it == spans.begin()) return spans.empty() ? qa::Span{} : spans.front();
  return *std::prev(it);
}

// A span given by a Python rule: a (start, stop) pair of str indices, or a Span.
std::optional<qa::Span> span_from_python(py::handle h, const OffsetMap& map) {
  if (h.is_none()) return std::nullopt;
  if (py::isinstance<PySpan>(h)) {
    const auto& s = h.cast<const PySpan&>();
    return qa::Span{s.begin, s.end};
  }
  auto pair = h.cast<std::pair<std::size_t, std::size_t>>();
  return qa::Span{map.to_byte(pair.first), map.to_byte(pair.second)};
}

qa::RuleFunction python_rule(py::object fn, const std::string& id) {
  // The callable is released with the GIL held, whichever thread drops the last copy.
  std::shared_ptr<py::object> held(new py::object(std::move(fn)), [](py::object* o) {
    py::gil_scoped_acquire gil;
    delete o;
  });
  return [held, id](const qa::RuleContext& ctx) -> std::optional<qa::Proposal> {
    CallState* st = current_call;
    if (!st) throw PythonRuleFailed();
    py::gil_scoped_acquire gil;
    try {
      const Text& t = *st->text;
      PyRuleContext c;
      c.text = t.str;
      c.quote_index = ctx.quote_index;
      for (const auto& a : ctx.result.quotes) c.quotes.push_back(make_quote(a, t));
      const qa::Attribution& a = ctx.result.quotes[ctx.quote_index];
      c.quote = c.quotes[ctx.quote_index];
      c.sentence = make_span(containing(ctx.result.sentences, a.span.begin), t);
      c.paragraph = make_span(containing(ctx.result.paragraphs, a.span.begin), t);
      py::object r = (*held)(std::move(c));
      if (r.is_none()) return std::nullopt;
      qa::Proposal p;
      if (py::isinstance<PyProposal>(r)) {
        const auto& pp = r.cast<const PyProposal&>();
        if (pp.speaker_mention)
          p.speaker_mention = {t.map->to_byte(pp.speaker_mention->first), t.map->to_byte(pp.speaker_mention->second)};
        if (pp.cue) p.cue = {t.map->to_byte(pp.cue->first), t.map->to_byte(pp.cue->second)};
        p.speaker = pp.speaker;
        p.confidence = pp.confidence;
      } else if (py::isinstance<py::dict>(r)) {
        py::dict d = r.cast<py::dict>();
        if (d.contains("speaker_mention"))
          if (auto s = span_from_python(d["speaker_mention"], *t.map)) p.speaker_mention = *s;
        if (d.contains("cue"))
          if (auto s = span_from_python(d["cue"], *t.map)) p.cue = *s;
        if (d.contains("speaker") && !d["speaker"].is_none()) p.speaker = d["speaker"].cast<std::string>();
        if (d.contains("confidence")) p.confidence = d["confidence"].cast<double>();
      } else {
        throw py::type_error("returned a " + py::str(py::type::handle_of(r).attr("__name__")).cast<std::string>());
      }
      return p;
    } catch (py::error_already_set& e) {
      st->error = std::move(e);
    } catch (const std::exception& e) {
      PyErr_SetString(
          PyExc_TypeError,
          ("Python rule '" + id + "': " + e.what() + " (expected None, a quoteattr.Proposal or a dict)").c_str());
      st->error = py::error_already_set();
    }
    throw PythonRuleFailed();
  };
}

// ---------------------------------------------------------------------------------------------
// Attributor.
class PyAttributor {
 public:
  PyAttributor(std::optional<qa::Profile> profile, const std::vector<py::object>& profiles,
               std::optional<std::string> profile_text, const std::vector<py::tuple>& rules, bool indirect, bool terms,
               double min_confidence, std::optional<qa::Limits> limits_arg) {
    const qa::Limits limits = limits_arg.value_or(qa::Limits{});
    guarded([&] {
      // As the tool does with --profile: each profile is added on top of the built-in one (or of
      // `profile`), unless it says replace_default = true.
      qa::Profile base = profile ? *profile : qa::Profile::builtin();
      auto add = [&base](qa::Profile extra) {
        if (extra.replaces_default())
          base = std::move(extra);
        else
          base.merge(extra);
      };
      for (const auto& p : profiles) {
        if (py::isinstance<qa::Profile>(p))
          add(p.cast<qa::Profile>());
        else
          add(qa::Profile::from_file(py::str(py::module_::import("os").attr("fspath")(p)).cast<std::string>(), limits));
      }
      if (profile_text) add(qa::Profile::from_toml(*profile_text, "<profile_text>", limits));
      qa::AttributorOptions options;
      options.indirect = indirect;
      options.terms = terms;
      options.min_confidence = min_confidence;
      options.limits = limits;
      qa::Attributor::Builder builder(std::move(base), std::move(options));
      for (const auto& r : rules) {
        if (r.size() < 2 || r.size() > 3)
          throw qa::Error(qa::ErrorCode::kInvalidArgument, "a rule is (id, callable) or (id, callable, first)");
        py::object fn = r[1];
        if (!PyCallable_Check(fn.ptr()))
          throw qa::Error(qa::ErrorCode::kInvalidArgument, "rule '" + r[0].cast<std::string>() + "' is not callable");
        const std::string id = r[0].cast<std::string>();
        builder.add_rule(id, python_rule(fn, id), r.size() == 3 && r[2].cast<bool>());
      }
      attributor_ = std::make_shared<const qa::Attributor>(builder.build());
      return 0;
    });
  }

  PyResult analyze(py::str s) const {
    Text t(std::move(s));
    CallState st;
    st.text = &t;
    std::optional<qa::Result> r;
    std::exception_ptr failure;
    {
      py::gil_scoped_release nogil;
      CallState* outer = current_call;
      current_call = &st;
      try {
        r.emplace(attributor_->analyze(t.utf8));
      } catch (const PythonRuleFailed&) {
      } catch (...) {
        failure = std::current_exception();
      }
      current_call = outer;
    }
    if (st.error) {
      st.error->restore();
      throw py::error_already_set();
    }
    if (failure) std::rethrow_exception(failure);  // a quoteattr::Error: translated to quoteattr.Error
    return make_result(*r, t);
  }

  std::vector<PyQuote> attribute(py::str s) const { return analyze(std::move(s)).quotes; }

  qa::Profile profile() const { return attributor_->profile(); }

 private:
  std::shared_ptr<const qa::Attributor> attributor_;
};

// ---------------------------------------------------------------------------------------------
// Profile enums from and to their names.
template <class E>
E enum_from(const std::string& name, std::initializer_list<std::pair<const char*, E>> table, const char* what) {
  for (const auto& [n, v] : table)
    if (name == n) return v;
  std::string allowed;
  for (const auto& [n, v] : table) allowed += std::string(allowed.empty() ? "" : ", ") + n;
  throw qa::Error(qa::ErrorCode::kInvalidArgument,
                  std::string("unknown ") + what + " '" + name + "' (one of " + allowed + ")");
}

qa::Gender gender_from(const std::string& s) {
  return enum_from<qa::Gender>(s,
                               {{"unknown", qa::Gender::kUnknown},
                                {"male", qa::Gender::kMale},
                                {"female", qa::Gender::kFemale},
                                {"group", qa::Gender::kGroup}},
                               "gender");
}
qa::RuleWhere where_from(const std::string& s) {
  return enum_from<qa::RuleWhere>(s,
                                  {{"sentence", qa::RuleWhere::kSentence},
                                   {"paragraph", qa::RuleWhere::kParagraph},
                                   {"previous", qa::RuleWhere::kPrevious}},
                                  "rule context");
}
qa::RuleApplies applies_from(const std::string& s) {
  return enum_from<qa::RuleApplies>(
      s,
      {{"direct", qa::RuleApplies::kDirect}, {"indirect", qa::RuleApplies::kIndirect}, {"any", qa::RuleApplies::kAny}},
      "rule target");
}

std::string span_repr(const PySpan& s) {
  return "Span(begin=" + std::to_string(s.begin) + ", end=" + std::to_string(s.end) +
         ", start=" + std::to_string(s.start) + ", stop=" + std::to_string(s.stop) +
         ", text=" + py::repr(py::str(s.text)).cast<std::string>() + ")";
}

}  // namespace

PYBIND11_MODULE(_quoteattr, m) {
  m.doc() = "quoteattr: quotations in news text and who said them (C++ library bindings)";
  m.attr("__version__") = qa::version();

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const qa::Error& e) {
      try {
        raise_error(e);
      } catch (py::error_already_set& pe) {
        pe.restore();
      }
    }
  });

  py::class_<PySpan>(m, "Span", "A piece of the text: UTF-8 byte offsets and str indices.")
      .def_readonly("begin", &PySpan::begin, "first byte (UTF-8)")
      .def_readonly("end", &PySpan::end, "one past the last byte (UTF-8)")
      .def_readonly("start", &PySpan::start, "first index into the Python str")
      .def_readonly("stop", &PySpan::stop, "one past the last index into the Python str")
      .def_readonly("text", &PySpan::text)
      .def_property_readonly("slice", [](const PySpan& s) { return py::slice(s.start, s.stop, 1); })
      .def("to_dict", &span_dict, "{'begin', 'end', 'text'} as in the tool's JSONL")
      .def("__repr__", &span_repr);

  py::class_<PyQuote>(m, "Quote", "A quotation and its attribution (one object of the JSONL 'quotes').")
      .def_readonly("begin", &PyQuote::begin)
      .def_readonly("end", &PyQuote::end)
      .def_readonly("start", &PyQuote::start)
      .def_readonly("stop", &PyQuote::stop)
      .def_readonly("text", &PyQuote::text)
      .def_readonly("kind", &PyQuote::kind)
      .def_readonly("recovery", &PyQuote::recovery)
      .def_readonly("speaker", &PyQuote::speaker)
      .def_readonly("speaker_id", &PyQuote::speaker_id)
      .def_readonly("speaker_mention", &PyQuote::speaker_mention)
      .def_readonly("cue", &PyQuote::cue)
      .def_readonly("rule", &PyQuote::rule)
      .def_readonly("confidence", &PyQuote::confidence)
      .def_readonly("prior_confidence", &PyQuote::prior_confidence)
      .def_readonly("flags", &PyQuote::flags)
      .def_readonly("parent", &PyQuote::parent)
      .def_readonly("continues", &PyQuote::continues)
      .def_readonly("evidence", &PyQuote::evidence)
      .def_property_readonly("slice", [](const PyQuote& q) { return py::slice(q.start, q.stop, 1); })
      .def("to_dict", &PyQuote::to_dict, py::arg("evidence") = false,
           "The tool's JSONL object for this quote (with evidence=True: as with --explain)")
      .def("__repr__", [](const PyQuote& q) {
        return "Quote(" + std::to_string(q.begin) + ".." + std::to_string(q.end) + ", " + q.kind +
               ", speaker=" + py::repr(or_none(q.speaker)).cast<std::string>() + ", text=" +
               py::repr(py::str(q.text.size() > 60 ? q.text.substr(0, 57) + "..." : q.text)).cast<std::string>() + ")";
      });

  py::class_<PySpeaker>(m, "Speaker", "An entry of the entity table: someone the text quotes.")
      .def_readonly("id", &PySpeaker::id)
      .def_readonly("kind", &PySpeaker::kind)
      .def_readonly("name", &PySpeaker::name)
      .def_readonly("titles", &PySpeaker::titles)
      .def_readonly("affiliations", &PySpeaker::affiliations)
      .def_readonly("mentions", &PySpeaker::mentions)
      .def_readonly("from_profile", &PySpeaker::from_profile)
      .def_readonly("quotes", &PySpeaker::quotes)
      .def("to_dict", &PySpeaker::to_dict)
      .def("__repr__", [](const PySpeaker& s) {
        return "Speaker(id=" + std::to_string(s.id) + ", name=" + py::repr(py::str(s.name)).cast<std::string>() +
               ", kind=" + s.kind + ", quotes=" + std::to_string(s.quotes) + ")";
      });

  py::class_<PyDiagnostic>(m, "Diagnostic")
      .def_readonly("where", &PyDiagnostic::where)
      .def_readonly("message", &PyDiagnostic::message)
      .def_readonly("rule", &PyDiagnostic::rule)
      .def("__repr__", [](const PyDiagnostic& d) {
        return "Diagnostic(" + py::repr(py::str(d.message)).cast<std::string>() + ")";
      });

  py::class_<PyResult>(m, "Result", "The analysis of one document.")
      .def_readonly("text", &PyResult::text)
      .def_readonly("paragraphs", &PyResult::paragraphs)
      .def_readonly("sentences", &PyResult::sentences)
      .def_readonly("quotes", &PyResult::quotes)
      .def_readonly("speakers", &PyResult::speakers)
      .def_readonly("diagnostics", &PyResult::diagnostics)
      .def_readonly("invalid_utf8", &PyResult::invalid_utf8)
      .def("to_dict", &PyResult::to_dict, py::arg("doc") = py::none(), py::arg("sentences") = false,
           py::arg("evidence") = false,
           "The tool's JSONL document object ('doc' only when given; 'sentences' as with --sentences)")
      .def("__repr__", [](const PyResult& r) {
        return "Result(" + std::to_string(r.quotes.size()) + " quotes, " + std::to_string(r.speakers.size()) +
               " speakers, " + std::to_string(r.sentences.size()) + " sentences)";
      });

  py::class_<PyProposal>(m, "Proposal", "What a Python rule returns: who said the quote (spans are str indices).")
      .def(py::init([](std::optional<std::pair<std::size_t, std::size_t>> mention,
                       std::optional<std::pair<std::size_t, std::size_t>> cue, std::optional<std::string> speaker,
                       double confidence) {
             if (!(confidence > 0.0 && confidence <= 1.0))
               throw qa::Error(qa::ErrorCode::kInvalidArgument, "a proposal's confidence must be in (0, 1]");
             return PyProposal{mention, cue, std::move(speaker), confidence};
           }),
           py::arg("speaker_mention") = py::none(), py::arg("cue") = py::none(), py::arg("speaker") = py::none(),
           py::arg("confidence") = 0.9)
      .def_readonly("speaker_mention", &PyProposal::speaker_mention)
      .def_readonly("cue", &PyProposal::cue)
      .def_readonly("speaker", &PyProposal::speaker)
      .def_readonly("confidence", &PyProposal::confidence);

  py::class_<PyRuleContext>(m, "RuleContext", "What a Python rule sees.")
      .def_readonly("text", &PyRuleContext::text)
      .def_readonly("quote_index", &PyRuleContext::quote_index)
      .def_readonly("quote", &PyRuleContext::quote)
      .def_readonly("quotes", &PyRuleContext::quotes)
      .def_readonly("sentence", &PyRuleContext::sentence)
      .def_readonly("paragraph", &PyRuleContext::paragraph);

  py::class_<qa::SpeakerEntry>(m, "SpeakerEntry", "A speaker of a profile.")
      .def_readonly("name", &qa::SpeakerEntry::name)
      .def_readonly("aliases", &qa::SpeakerEntry::aliases)
      .def_readonly("titles", &qa::SpeakerEntry::titles)
      .def_readonly("affiliations", &qa::SpeakerEntry::affiliations)
      .def_property_readonly("gender", [](const qa::SpeakerEntry& s) { return qa::to_string(s.gender); })
      .def_readonly("institution", &qa::SpeakerEntry::institution)
      .def("__repr__", [](const qa::SpeakerEntry& s) {
        return "SpeakerEntry(" + py::repr(py::str(s.name)).cast<std::string>() + ")";
      });

  py::class_<qa::CueEntry>(m, "CueEntry", "A speech cue of a profile.")
      .def_readonly("lemma", &qa::CueEntry::lemma)
      .def_readonly("forms", &qa::CueEntry::forms)
      .def_readonly("frames", &qa::CueEntry::frames);

  py::class_<qa::RuleEntry>(m, "RuleEntry", "An attribution rule of a profile.")
      .def_readonly("id", &qa::RuleEntry::id)
      .def_property_readonly("where", [](const qa::RuleEntry& r) { return qa::to_string(r.where); })
      .def_property_readonly("applies", [](const qa::RuleEntry& r) { return qa::to_string(r.applies); })
      .def_readonly("pattern", &qa::RuleEntry::pattern)
      .def_readonly("tokens", &qa::RuleEntry::tokens)
      .def_readonly("confidence", &qa::RuleEntry::confidence)
      .def_readonly("description", &qa::RuleEntry::description)
      .def("__repr__",
           [](const qa::RuleEntry& r) { return "RuleEntry(" + py::repr(py::str(r.id)).cast<std::string>() + ")"; });

  py::class_<qa::Limits>(m, "Limits",
                         "How much input is accepted (C++ quoteattr::Limits); each field in bytes or rules.")
      .def(py::init([](std::optional<std::size_t> max_document_bytes, std::optional<std::size_t> max_profile_bytes,
                       std::optional<std::size_t> max_rules, std::optional<std::size_t> max_pattern_bytes) {
             qa::Limits l;
             if (max_document_bytes) l.max_document_bytes = *max_document_bytes;
             if (max_profile_bytes) l.max_profile_bytes = *max_profile_bytes;
             if (max_rules) l.max_rules = *max_rules;
             if (max_pattern_bytes) l.max_pattern_bytes = *max_pattern_bytes;
             return l;
           }),
           py::kw_only(), py::arg("max_document_bytes") = py::none(), py::arg("max_profile_bytes") = py::none(),
           py::arg("max_rules") = py::none(), py::arg("max_pattern_bytes") = py::none(),
           "The defaults (64 MiB documents, 8 MiB profiles, 1024 rules, 4096-byte patterns), with the "
           "fields given changed")
      .def_readwrite("max_document_bytes", &qa::Limits::max_document_bytes,
                     "largest document analyze() accepts, in UTF-8 bytes (DocumentTooLargeError)")
      .def_readwrite("max_profile_bytes", &qa::Limits::max_profile_bytes,
                     "largest profile text the loader parses (ProfileTooLargeError)")
      .def_readwrite("max_rules", &qa::Limits::max_rules, "most rules a profile may have (TooManyRulesError)")
      .def_readwrite("max_pattern_bytes", &qa::Limits::max_pattern_bytes,
                     "longest rule pattern, as written (PatternTooLongError)")
      .def_static("unlimited", &qa::Limits::unlimited, "Every limit at its largest: for trusted input only")
      .def("__repr__", [](const qa::Limits& l) {
        return "Limits(max_document_bytes=" + std::to_string(l.max_document_bytes) +
               ", max_profile_bytes=" + std::to_string(l.max_profile_bytes) +
               ", max_rules=" + std::to_string(l.max_rules) +
               ", max_pattern_bytes=" + std::to_string(l.max_pattern_bytes) + ")";
      });

  py::class_<qa::Profile>(m, "Profile", "Speakers, cues and rules: the data that drives attribution.")
      .def(py::init<>(), "An empty profile (no speakers, cues or rules)")
      .def_static("builtin", &qa::Profile::builtin, "The built-in diplomatic profile")
      .def_static(
          "from_file",
          [](py::object path, std::optional<qa::Limits> limits) {
            std::string p = py::str(py::module_::import("os").attr("fspath")(path)).cast<std::string>();
            return guarded([&] { return qa::Profile::from_file(p, limits.value_or(qa::Limits{})); });
          },
          py::arg("path"), py::arg("limits") = py::none())
      .def_static(
          "from_toml",
          [](const std::string& toml, const std::string& source, std::optional<qa::Limits> limits) {
            return guarded([&] { return qa::Profile::from_toml(toml, source, limits.value_or(qa::Limits{})); });
          },
          py::arg("toml"), py::arg("source") = "<string>", py::arg("limits") = py::none())
      .def("to_toml", &qa::Profile::to_toml)
      .def(
          "save",
          [](const qa::Profile& p, py::object path) {
            std::string s = py::str(py::module_::import("os").attr("fspath")(path)).cast<std::string>();
            guarded([&] {
              p.save(s);
              return 0;
            });
          },
          py::arg("path"))
      .def(
          "merge",
          [](qa::Profile& p, const qa::Profile& other) {
            guarded([&] {
              p.merge(other);
              return 0;
            });
          },
          py::arg("other"))
      .def(
          "add_speaker",
          [](qa::Profile& p, std::string name, std::vector<std::string> aliases, std::vector<std::string> titles,
             std::vector<std::string> affiliations, const std::string& gender, bool institution) {
            guarded([&] {
              qa::SpeakerEntry s;
              s.name = std::move(name);
              s.aliases = std::move(aliases);
              s.titles = std::move(titles);
              s.affiliations = std::move(affiliations);
              s.gender = gender_from(gender);
              s.institution = institution;
              p.add_speaker(std::move(s));
              return 0;
            });
          },
          py::arg("name"), py::kw_only(), py::arg("aliases") = std::vector<std::string>{},
          py::arg("titles") = std::vector<std::string>{}, py::arg("affiliations") = std::vector<std::string>{},
          py::arg("gender") = "unknown", py::arg("institution") = false)
      .def(
          "add_cue",
          [](qa::Profile& p, std::string lemma, std::vector<std::string> forms, std::vector<std::string> frames) {
            guarded([&] {
              p.add_cue(qa::CueEntry{std::move(lemma), std::move(forms), std::move(frames)});
              return 0;
            });
          },
          py::arg("lemma"), py::kw_only(), py::arg("forms") = std::vector<std::string>{},
          py::arg("frames") = std::vector<std::string>{})
      .def(
          "add_rule",
          [](qa::Profile& p, std::string id, std::string pattern, std::string tokens, const std::string& where,
             const std::string& applies, double confidence, std::string description) {
            guarded([&] {
              qa::RuleEntry r;
              r.id = std::move(id);
              r.pattern = std::move(pattern);
              r.tokens = std::move(tokens);
              r.where = where_from(where);
              r.applies = applies_from(applies);
              r.confidence = confidence;
              r.description = std::move(description);
              p.add_rule(std::move(r));
              return 0;
            });
          },
          py::arg("id"), py::kw_only(), py::arg("pattern") = "", py::arg("tokens") = "", py::arg("where") = "sentence",
          py::arg("applies") = "direct", py::arg("confidence") = 0.9, py::arg("description") = "")
      .def("add_role_noun",
           [](qa::Profile& p, std::string n) {
             guarded([&] {
               p.add_role_noun(std::move(n));
               return 0;
             });
           })
      .def("add_institution_noun",
           [](qa::Profile& p, std::string n) {
             guarded([&] {
               p.add_institution_noun(std::move(n));
               return 0;
             });
           })
      .def("add_light_noun",
           [](qa::Profile& p, std::string n) {
             guarded([&] {
               p.add_light_noun(std::move(n));
               return 0;
             });
           })
      .def("add_content_stop",
           [](qa::Profile& p, std::string n) {
             guarded([&] {
               p.add_content_stop(std::move(n));
               return 0;
             });
           })
      .def("add_event_noun",
           [](qa::Profile& p, std::string n) {
             guarded([&] {
               p.add_event_noun(std::move(n));
               return 0;
             });
           })
      .def_property("name", &qa::Profile::name, &qa::Profile::set_name)
      .def_property("replaces_default", &qa::Profile::replaces_default, &qa::Profile::set_replaces_default)
      .def_property_readonly("speakers", [](const qa::Profile& p) { return p.speakers(); })
      .def_property_readonly("cues", [](const qa::Profile& p) { return p.cues(); })
      .def_property_readonly("rules", [](const qa::Profile& p) { return p.rules(); })
      .def_property_readonly("role_nouns", [](const qa::Profile& p) { return p.role_nouns(); })
      .def_property_readonly("institution_nouns", [](const qa::Profile& p) { return p.institution_nouns(); })
      .def_property_readonly("light_nouns", [](const qa::Profile& p) { return p.light_nouns(); })
      .def_property_readonly("content_stops", [](const qa::Profile& p) { return p.content_stops(); })
      .def_property_readonly("event_nouns", [](const qa::Profile& p) { return p.event_nouns(); })
      .def("find_speaker",
           [](const qa::Profile& p, const std::string& n) -> std::optional<qa::SpeakerEntry> {
             const auto* s = p.find_speaker(n);
             return s ? std::optional<qa::SpeakerEntry>(*s) : std::nullopt;
           })
      .def("find_rule",
           [](const qa::Profile& p, const std::string& id) -> std::optional<qa::RuleEntry> {
             const auto* r = p.find_rule(id);
             return r ? std::optional<qa::RuleEntry>(*r) : std::nullopt;
           })
      .def("__copy__", [](const qa::Profile& p) { return qa::Profile(p); })
      .def("__eq__", [](const qa::Profile& a, const qa::Profile& b) { return a == b; })
      .def("__repr__", [](const qa::Profile& p) {
        return "Profile(" + py::repr(py::str(p.name())).cast<std::string>() + ", " +
               std::to_string(p.speakers().size()) + " speakers, " + std::to_string(p.rules().size()) + " rules)";
      });

  py::class_<PyAttributor>(m, "Attributor",
                           "Finds quotations and their speakers. Immutable; analyze() may be called from many threads.")
      .def(py::init<std::optional<qa::Profile>, std::vector<py::object>, std::optional<std::string>,
                    std::vector<py::tuple>, bool, bool, double, std::optional<qa::Limits>>(),
           py::arg("profile") = py::none(), py::kw_only(), py::arg("profiles") = std::vector<py::object>{},
           py::arg("profile_text") = py::none(), py::arg("rules") = std::vector<py::tuple>{},
           py::arg("indirect") = true, py::arg("terms") = true, py::arg("min_confidence") = 0.5,
           py::arg("limits") = py::none())
      .def("analyze", &PyAttributor::analyze, py::arg("text"), "Analyse one document (the GIL is released)")
      .def("attribute", &PyAttributor::attribute, py::arg("text"), "analyze(text).quotes")
      .def_property_readonly("profile", &PyAttributor::profile);
}
