// data_text.h — the reader's-language text of what comes with the engine's data: catalog
// dimensions and options (data/catalog/), the context levers and lenses (data/model/).
//
// Purpose: the English of these lives in the data rows themselves; the other languages keep it
// in data/strings/<lang>/catalog.csv and model.csv under derived keys (engine/data/
// string_set.h). These functions build the key and fall back to the row's English, so no caller
// assembles a key by hand; ui/data_text.h adds the presets. Invariant: for English each returns
// the row's own text (the same bytes the engine holds).
#pragma once

#include <string>
#include <string_view>

#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/lens.h"
#include "text/strings.h"

namespace armistice::text {

// `own` in English; else the text of the key "<kind>.<id>.<field>" in t's language, or `own`
// when that language has none.
std::string_view data_key_text(const Strings& t, std::string_view kind, std::string_view id,
                               std::string_view field, std::string_view own);

std::string_view dimension_label(const Strings& t, const Dimension& d);
std::string_view dimension_question(const Strings& t, const Dimension& d);
std::string_view option_label(const Strings& t, const Dimension& d, const Option& o);
std::string_view option_description(const Strings& t, const Dimension& d, const Option& o);
std::string_view lever_label(const Strings& t, const LeverInfo& l);
std::string_view lever_unit(const Strings& t, const LeverInfo& l);
std::string_view lever_note(const Strings& t, const LeverInfo& l);
// A lever value with the unit in the reader's language, e.g. "1500 осіб на добу" (format_lever).
std::string lever_value(const Strings& t, Lever l, double value);
std::string_view lens_label(const Strings& t, const Lens& l);
std::string_view lens_description(const Strings& t, const Lens& l);

}  // namespace armistice::text
