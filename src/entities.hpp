// Internal: the entity table of a document (Result::speakers).
//
// After the sieves have run, every attribution names a speaker through a Resolution: an entity
// of the Discourse (a profile speaker, or a person or institution the text introduced) or, when
// the mention named no known entity, a description or a name as written ("senior State
// Department official", "Damascus"). This stage gathers them into one table: one entry per
// speaker, with its kind, canonical name, titles, affiliations and every mention in the text,
// and points each attribution at its entry (Attribution::speaker_id).
#pragma once

#include <vector>

#include "quoteattr/attributor.hpp"
#include "speakers.hpp"

namespace quoteattr {
namespace detail {

// `resolutions[i]` is how r.quotes[i]'s speaker was resolved. Fills r.speakers and each
// attribution's speaker_id (and makes its speaker the entry's name).
void build_speaker_table(Result& r, const std::vector<Resolution>& resolutions, const Discourse& d,
                         const SpeakerModel& model);

}  // namespace detail
}  // namespace quoteattr
