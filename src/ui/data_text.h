// data_text.h — the reader's-language text of things that come with the data: catalog
// dimensions and options (data/catalog/), presets (scenarios/).
//
// Purpose: the English of these lives in the data rows themselves; the other languages keep it
// in data/strings/<lang>/catalog.csv and presets.csv under derived keys (engine/data/
// string_set.h). These functions build the key and fall back to the row's English, so a panel
// never assembles a key by hand. Invariant: ImGui-free (ui_logic).
#pragma once

#include <string_view>

#include "engine/catalog.h"
#include "text/strings.h"
#include "ui/preset_library.h"

namespace armistice::ui {

std::string_view dimension_label(const text::Strings& t, const Dimension& d);
std::string_view dimension_question(const text::Strings& t, const Dimension& d);
std::string_view option_label(const text::Strings& t, const Dimension& d, const Option& o);
std::string_view option_description(const text::Strings& t, const Dimension& d, const Option& o);
std::string_view preset_name(const text::Strings& t, const PresetEntry& e);
std::string_view preset_description(const text::Strings& t, const PresetEntry& e);

}  // namespace armistice::ui
