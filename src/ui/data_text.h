// data_text.h — the reader's-language text of things that come with the data: catalog
// dimensions and options, the context levers and lenses (text/data_text.h, re-exported here),
// and presets (scenarios/).
//
// Purpose: the English of these lives in the data rows themselves; the other languages keep it
// in data/strings/<lang>/catalog.csv, model.csv and presets.csv under derived keys (engine/data/
// string_set.h). These functions build the key and fall back to the row's English, so a panel
// never assembles a key by hand. Invariant: ImGui-free (ui_logic).
#pragma once

#include <string_view>

#include "text/data_text.h"
#include "text/strings.h"
#include "ui/preset_library.h"

namespace armistice::ui {

using text::dimension_label;
using text::dimension_question;
using text::lens_description;
using text::lens_label;
using text::lever_label;
using text::lever_note;
using text::lever_unit;
using text::lever_value;
using text::option_description;
using text::option_label;

std::string_view preset_name(const text::Strings& t, const PresetEntry& e);
std::string_view preset_name(const text::Strings& t, const persist::ScenarioFile& f);
std::string_view preset_description(const text::Strings& t, const PresetEntry& e);
std::string_view preset_proposer(const text::Strings& t, const PresetEntry& e);  // meta.proposer

}  // namespace armistice::ui
