// language_loader.cpp — see language_loader.h.
#include "ui/language_loader.h"

namespace armistice::ui {

text::Strings LanguageLoader::strings(std::size_t language) const {
    if (text::embedded(language)) return text::Strings(language);
    if (pack_ && pack_->language() == language) return text::Strings(*pack_);
    return text::Strings(0);
}

std::optional<std::string> LanguageLoader::request(std::size_t language) {
    if (text::embedded(language) || language >= text::language_count()) return std::nullopt;
    if ((pack_ && pack_->language() == language) || requested_ == language) return std::nullopt;
    requested_ = language;
    return std::string(text::language_code(language));
}

std::optional<std::string> LanguageLoader::arrive(PackArrival arrival) {
    const auto lang = text::find_language(arrival.code);
    const std::string name = lang ? text::language_name(*lang) : arrival.code;
    std::string why = arrival.error;
    if (why.empty()) {
        if (auto pack = text::LanguagePack::parse(std::move(arrival.bytes), &why)) {
            if (!lang || pack->language() == *lang) {
                pack_ = std::move(pack);
                return std::nullopt;
            }
            why = "the file holds another language";  // i18n-exempt: a reason, shown in English
        }
    }
    // The language failed to load, so only English is here to say so.
    return text::Strings(0).format(text::Str::top_language_failed,
                                   {{"language", name}, {"reason", why}});
}

}  // namespace armistice::ui
