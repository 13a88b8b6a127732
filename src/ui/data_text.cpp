// data_text.cpp — keys of the data's texts (see data_text.h).
#include "ui/data_text.h"

#include <string>

#include "engine/describe.h"

namespace armistice::ui {

namespace {

std::string_view lookup(const text::Strings& t, std::string_view kind, std::string_view id,
                        std::string_view field, std::string_view own) {
    if (t.language() == 0) return own;  // English: the row's own text, no key to build
    std::string key;
    key.reserve(kind.size() + id.size() + field.size() + 2);
    key.append(kind).append(".").append(id).append(".").append(field);
    return t.data_text(key, own);
}

std::string qualified(const Dimension& d, const Option& o) {
    return std::string(d.id) + "." + std::string(o.id);
}

}  // namespace

std::string_view dimension_label(const text::Strings& t, const Dimension& d) {
    return lookup(t, "dimension", d.id, "label", d.label);
}
std::string_view dimension_question(const text::Strings& t, const Dimension& d) {
    return lookup(t, "dimension", d.id, "question", d.question);
}
std::string_view option_label(const text::Strings& t, const Dimension& d, const Option& o) {
    return lookup(t, "option", qualified(d, o), "label", o.label);
}
std::string_view option_description(const text::Strings& t, const Dimension& d, const Option& o) {
    return lookup(t, "option", qualified(d, o), "description", o.description);
}
std::string_view lever_label(const text::Strings& t, const LeverInfo& l) {
    return lookup(t, "lever", l.id, "label", l.label);
}
std::string_view lever_unit(const text::Strings& t, const LeverInfo& l) {
    return lookup(t, "lever", l.id, "unit", l.unit);
}
std::string_view lever_note(const text::Strings& t, const LeverInfo& l) {
    return lookup(t, "lever", l.id, "note", l.source_note);
}
std::string lever_value(const text::Strings& t, Lever l, double value) {
    return format_lever(l, value, lever_unit(t, lever_info(l)));
}
std::string_view lens_label(const text::Strings& t, const Lens& l) {
    return lookup(t, "lens", l.key, "label", l.label);
}
std::string_view lens_description(const text::Strings& t, const Lens& l) {
    return lookup(t, "lens", l.key, "description", l.description);
}
std::string_view preset_name(const text::Strings& t, const PresetEntry& e) {
    return lookup(t, "preset", e.file.id, "name", e.file.scenario.name);
}
std::string_view preset_description(const text::Strings& t, const PresetEntry& e) {
    return lookup(t, "preset", e.file.id, "description", e.file.scenario.description);
}

}  // namespace armistice::ui
