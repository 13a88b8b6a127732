// data_text.h — the reader's-language text of things that come with the data: catalog
// dimensions and options (data/catalog/), the context levers and lenses (data/model/), presets
// (scenarios/).
//
// Purpose: the English of these lives in the data rows themselves; the other languages keep it
// in data/strings/<lang>/catalog.csv, model.csv and presets.csv under derived keys (engine/data/
// string_set.h). These functions build the key and fall back to the row's English, so a panel
// never assembles a key by hand. Invariant: ImGui-free (ui_logic).
#pragma once

#include <string_view>

#include <string>

#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/lens.h"
#include "text/strings.h"
#include "ui/preset_library.h"

namespace armistice::ui {

std::string_view dimension_label(const text::Strings& t, const Dimension& d);
std::string_view dimension_question(const text::Strings& t, const Dimension& d);
std::string_view option_label(const text::Strings& t, const Dimension& d, const Option& o);
std::string_view option_description(const text::Strings& t, const Dimension& d, const Option& o);
std::string_view lever_label(const text::Strings& t, const LeverInfo& l);
std::string_view lever_unit(const text::Strings& t, const LeverInfo& l);
std::string_view lever_note(const text::Strings& t, const LeverInfo& l);
// A lever value with the unit in the reader's language, e.g. "1500 осіб на добу" (format_lever).
std::string lever_value(const text::Strings& t, Lever l, double value);
std::string_view lens_label(const text::Strings& t, const Lens& l);
std::string_view lens_description(const text::Strings& t, const Lens& l);
std::string_view preset_name(const text::Strings& t, const PresetEntry& e);
std::string_view preset_description(const text::Strings& t, const PresetEntry& e);

}  // namespace armistice::ui
