// data_text.cpp — keys of the presets' texts (see data_text.h).
#include "ui/data_text.h"

namespace armistice::ui {

std::string_view preset_name(const text::Strings& t, const PresetEntry& e) {
    return preset_name(t, e.file);
}
std::string_view preset_name(const text::Strings& t, const persist::ScenarioFile& f) {
    return text::data_key_text(t, "preset", f.id, "name", f.scenario.name);
}
std::string_view preset_description(const text::Strings& t, const PresetEntry& e) {
    return text::data_key_text(t, "preset", e.file.id, "description", e.file.scenario.description);
}
std::string_view preset_proposer(const text::Strings& t, const PresetEntry& e) {
    return text::data_key_text(t, "preset", e.file.id, "proposer", e.proposer);
}

}  // namespace armistice::ui
