// message_text.h — engine messages (engine/message.h) turned into words in one language.
//
// Purpose: the engine names its texts by string-table key (Message); render() looks the key up
// in the generated tables (any key: the fixed data/strings/en/*.csv rows and the data-derived
// ones) and fills its {placeholders}. Invariants: a key missing from the tables renders as the key
// itself (visible, never dropped, never a crash); a language whose text is empty for a key falls
// back to the English; an empty message renders as ""; a keyed argument is looked up in the same
// language (its key shown when no table has it); a clause's label ("dimension.<d>.label",
// "option.<d>.<o>.label") whose table text is empty is the catalog's English.
#pragma once

#include <string>
#include <string_view>

#include "engine/message.h"
#include "text/strings.h"

namespace armistice::text {

// The text of any table key in `t`'s language (English when that language has none), or null
// when the key is in no table.
const char* lookup(const Strings& t, std::string_view key);

std::string render(const Strings& t, const Message& m);
std::string render(const Strings& t, std::string_view key);  // a message without placeholders

}  // namespace armistice::text
