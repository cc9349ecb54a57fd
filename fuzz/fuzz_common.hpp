// Shared by the fuzz targets: the engines they drive and the contract they check.
//
// Each target is a libFuzzer entry point, LLVMFuzzerTestOneInput. Built with
// -fsanitize=fuzzer it is a fuzzer; linked with replay_main.cpp it is a plain
// program that runs the files and directories it is given once each (CTest runs
// the checked-in corpus that way, with any compiler).
//
// The contract checked beyond memory safety: the library throws nothing but
// quoteattr::Error. Any other exception escapes the entry point and aborts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "quoteattr/quoteattr.hpp"

namespace quoteattr_fuzz {

// The input bytes as text.
inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The engine with the built-in profile, built once per process.
inline const quoteattr::Attributor& default_attributor() {
  static const quoteattr::Attributor engine;
  return engine;
}

// The built-in profile with a small analysis window (AttributorOptions::window_bytes), so that
// short inputs are cut into several windows too.
inline const quoteattr::Attributor& small_window_attributor() {
  static const quoteattr::Attributor engine = [] {
    quoteattr::AttributorOptions o;
    o.window_bytes = 97;
    return quoteattr::Attributor(quoteattr::Profile::builtin(), o);
  }();
  return engine;
}

// What every Result promises, whatever the text; a broken promise aborts (a finding).
inline void check_result(const quoteattr::Result& r, std::size_t text_size) {
  const auto inside = [&](quoteattr::Span s) { return s.begin <= s.end && s.end <= text_size; };
  for (std::size_t i = 0; i < r.quotes.size(); ++i) {
    const auto& a = r.quotes[i];
    if (!inside(a.span) || (!a.speaker_mention.empty() && !inside(a.speaker_mention)) ||
        (!a.cue.empty() && !inside(a.cue)))
      __builtin_trap();
    if (i > 0 && a.span.begin < r.quotes[i - 1].span.begin) __builtin_trap();  // sorted by start
    if (a.speaker_id >= static_cast<int>(r.speakers.size())) __builtin_trap();
    if (a.speaker_id >= 0 && (!a.speaker || *a.speaker != r.speakers[static_cast<std::size_t>(a.speaker_id)].name))
      __builtin_trap();
    if (a.parent >= static_cast<int>(i) || a.continues >= static_cast<int>(i)) __builtin_trap();
    if (a.confidence < 0.0 || a.confidence > 1.0) __builtin_trap();
  }
  for (std::size_t k = 0; k < r.speakers.size(); ++k)
    if (r.speakers[k].id != static_cast<int>(k)) __builtin_trap();
  for (const auto& d : r.diagnostics)
    if (!inside(d.where)) __builtin_trap();
}

// A short news text on which a profile's speakers, cues and rules have something to do.
inline constexpr std::string_view kFixedText =
    "\"We will not back down,\" Prime Minister Jane Doe said on Tuesday. She added that the "
    "talks would resume in Geneva.\n\n"
    "Foreign Minister Li Wei told reporters: \"The door is open.\" According to the spokesman, "
    "the ministry \u201Cdoes not comment\u201D on leaks. \u00ABNous verrons\u00BB, "
    "a dit M. Dupont.\n";

// The profile text loaded and, when it loads, merged into the built-in profile as the
// tool does (or replacing it); then an engine made from it analyses `text`.
// quoteattr::Error from loading or analysing is an answer, not a finding.
inline void profile_then_text(std::string_view profile_toml, std::string_view text) {
  quoteattr::Profile profile;
  try {
    quoteattr::Profile extra = quoteattr::Profile::from_toml(profile_toml, "fuzz.toml");
    // Nothing loaded (comments, empty tables): the engine would be the default one, which
    // the text target drives; skipping it keeps the loader fuzzing fast.
    if (extra == quoteattr::Profile() && text == kFixedText) return;
    if (extra.replaces_default()) {
      profile = std::move(extra);
    } else {
      profile = quoteattr::Profile::builtin();
      profile.merge(extra);
    }
  } catch (const quoteattr::Error&) {
    return;
  }
  try {
    const quoteattr::Attributor engine(std::move(profile));
    (void)engine.analyze(text);
  } catch (const quoteattr::Error&) {
  }
}

}  // namespace quoteattr_fuzz
