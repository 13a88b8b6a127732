// sentence_text.h — engine sentences with list placeholders (engine/sentence.h) in one language.
//
// Invariants: as text::render of a Message (message_text.h): a missing key shows as itself; each
// list's items are rendered in the same language and joined by the texts of its joiner keys.
#pragma once

#include <string>

#include "engine/sentence.h"
#include "text/strings.h"

namespace armistice::text {

std::string render(const Strings& t, const Sentence& s);

}  // namespace armistice::text
