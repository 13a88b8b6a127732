// data_text.cpp — keys of the data's texts (see data_text.h).
#include "text/data_text.h"

#include "engine/describe.h"

namespace armistice::text {

std::string_view data_key_text(const Strings& t, std::string_view kind, std::string_view id,
                               std::string_view field, std::string_view own) {
    if (t.language() == 0) return own;  // English: the row's own text, no key to build
    std::string key;
    key.reserve(kind.size() + id.size() + field.size() + 2);
    key.append(kind).append(".").append(id).append(".").append(field);
    return t.data_text(key, own);
}

namespace {

std::string qualified(const Dimension& d, const Option& o) {
    return std::string(d.id) + "." + std::string(o.id);
}

}  // namespace

std::string_view dimension_label(const Strings& t, const Dimension& d) {
    return data_key_text(t, "dimension", d.id, "label", d.label);
}
std::string_view dimension_question(const Strings& t, const Dimension& d) {
    return data_key_text(t, "dimension", d.id, "question", d.question);
}
std::string_view option_label(const Strings& t, const Dimension& d, const Option& o) {
    return data_key_text(t, "option", qualified(d, o), "label", o.label);
}
std::string_view option_description(const Strings& t, const Dimension& d, const Option& o) {
    return data_key_text(t, "option", qualified(d, o), "description", o.description);
}
std::string_view lever_label(const Strings& t, const LeverInfo& l) {
    return data_key_text(t, "lever", l.id, "label", l.label);
}
std::string_view lever_unit(const Strings& t, const LeverInfo& l) {
    return data_key_text(t, "lever", l.id, "unit", l.unit);
}
std::string_view lever_note(const Strings& t, const LeverInfo& l) {
    return data_key_text(t, "lever", l.id, "note", l.source_note);
}
std::string lever_value(const Strings& t, Lever l, double value) {
    return format_lever(l, value, lever_unit(t, lever_info(l)));
}
std::string_view lens_label(const Strings& t, const Lens& l) {
    return data_key_text(t, "lens", l.key, "label", l.label);
}
std::string_view lens_description(const Strings& t, const Lens& l) {
    return data_key_text(t, "lens", l.key, "description", l.description);
}

}  // namespace armistice::text
