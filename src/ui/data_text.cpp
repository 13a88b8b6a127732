// data_text.cpp — keys of the presets' texts (see data_text.h).
#include "ui/data_text.h"

namespace armistice::ui {

std::string_view preset_name(const text::Strings& t, const PresetEntry& e) {
    return text::data_key_text(t, "preset", e.file.id, "name", e.file.scenario.name);
}
std::string_view preset_description(const text::Strings& t, const PresetEntry& e) {
    return text::data_key_text(t, "preset", e.file.id, "description", e.file.scenario.description);
}
std::string_view preset_proposer(const text::Strings& t, const PresetEntry& e) {
    return text::data_key_text(t, "preset", e.file.id, "proposer", e.proposer);
}

}  // namespace armistice::ui
