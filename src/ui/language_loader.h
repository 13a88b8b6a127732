// language_loader.h — the reader's language when it is not compiled in: asks the host for its
// pack, keeps the pack once it arrives, and says what to show meanwhile.
//
// Purpose: the page compiles in English only (text/strings.h); another language's texts come in
// a pack file the host fetches (web: strings-<code>.pack, requested at start-up by app.js in
// parallel with the wasm, or when the reader switches). Until the pack is there the page shows
// English, so nothing waits on the network; a damaged or stale pack, or a failed download, is
// refused with a message and the page stays in English.
// Invariants: at most one request per language is outstanding; strings() always returns a valid
// Strings (compiled-in language, the loaded pack, or English); ImGui-free (ui_logic).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "text/language_pack.h"
#include "text/strings.h"

namespace armistice::ui {

struct PackArrival {    // what the host delivers for a requested pack
    std::string code;   // the language asked for
    std::string bytes;  // the file; empty when `error` is set
    std::string error;  // the download failed: the host's reason ("" = none)
};

class LanguageLoader {
public:
    // The texts for `language` as far as they are here: compiled in, or its loaded pack, else
    // English.
    text::Strings strings(std::size_t language) const;
    // The code of a pack to ask the host for now (once per language), if `language` needs one.
    std::optional<std::string> request(std::size_t language);
    // Takes a pack the host delivered; returns a message for the reader when it is refused.
    std::optional<std::string> arrive(PackArrival arrival);

private:
    std::optional<text::LanguagePack> pack_;
    std::size_t requested_ = 0;  // language last asked for (0: none; English is compiled in)
};

}  // namespace armistice::ui
