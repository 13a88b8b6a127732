// language_choice.h — which language a reader gets when the page opens.
//
// Order: `?lang=uk|ru|en` in the page address overrides everything; then the reader's own
// choice from an earlier visit (local storage, "armistice.lang"); then the browser's languages
// in order (navigator.languages, or the POSIX locale natively); else English. The language is a
// reader's preference, never part of the scenario state: a link opens in each reader's language.
// Invariant: ImGui-free and platform-free (ui_logic); an unknown code is skipped, never an error.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace armistice::ui {

// The value of `name` in the query of `url` ("https://x/?a=1&lang=uk#f" -> "uk"), if present.
std::optional<std::string> query_param(std::string_view url, std::string_view name);

// `url` without the query parameter `name` (a shared link must not carry the sharer's ?lang=).
std::string without_query_param(std::string_view url, std::string_view name);

// Index into the string tables (text/strings.h).
std::size_t choose_language(std::string_view page_url, const std::optional<std::string>& stored,
                            const std::vector<std::string>& browser_languages);

}  // namespace armistice::ui
