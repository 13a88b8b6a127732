// language_choice.cpp — see language_choice.h.
#include "ui/language_choice.h"

#include <algorithm>

#include "text/strings.h"

namespace armistice::ui {

std::optional<std::string> query_param(std::string_view url, std::string_view name) {
    const std::size_t hash = url.find('#');
    if (hash != std::string_view::npos) url = url.substr(0, hash);
    const std::size_t q = url.find('?');
    if (q == std::string_view::npos) return std::nullopt;
    std::string_view rest = url.substr(q + 1);
    while (!rest.empty()) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        const std::size_t eq = pair.find('=');
        if (pair.substr(0, eq) == name)
            return std::string(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
        if (amp == std::string_view::npos) break;
        rest = rest.substr(amp + 1);
    }
    return std::nullopt;
}

std::string without_query_param(std::string_view url, std::string_view name) {
    const std::size_t hash = std::min(url.find('#'), url.size());
    const std::size_t q = url.find('?');
    if (q == std::string_view::npos || q > hash) return std::string(url);
    std::string out(url.substr(0, q));
    std::string_view rest = url.substr(q + 1, hash - q - 1);
    char sep = '?';
    while (true) {
        const std::size_t amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        if (!pair.empty() && pair.substr(0, pair.find('=')) != name) {
            out += sep;
            out.append(pair);
            sep = '&';
        }
        if (amp == std::string_view::npos) break;
        rest = rest.substr(amp + 1);
    }
    out.append(url.substr(hash));
    return out;
}

std::size_t choose_language(std::string_view page_url, const std::optional<std::string>& stored,
                            const std::vector<std::string>& browser_languages) {
    if (const auto q = query_param(page_url, "lang")) {
        if (const auto lang = text::find_language(*q)) return *lang;
    }
    if (stored) {
        if (const auto lang = text::find_language(*stored)) return *lang;
    }
    return text::preferred_language(browser_languages.data(), browser_languages.size());
}

}  // namespace armistice::ui
