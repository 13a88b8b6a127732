// cli_language.cpp — see cli_language.h.
#include "cli/cli_language.h"

#include <string_view>

#include "persist/text_util.h"
#include "text/strings.h"

namespace armistice::cli {

std::string language_codes() {
    std::string out;
    for (std::size_t i = 0; i < text::language_count(); ++i) {
        if (i > 0) out += ", ";
        out += text::language_code(i);
    }
    return out;
}

LanguageOption take_language_option(int& argc, char** argv) {
    LanguageOption result;
    int kept = 1;
    bool options_ended = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") options_ended = true;
        std::string_view code;
        bool is_lang = false;
        if (!options_ended && arg == "--lang") {
            is_lang = true;
            if (i + 1 >= argc) {
                result.error = text::Strings().format(text::Str::cli_lang_missing,
                                                      {{"languages", language_codes()}});
                continue;
            }
            code = argv[++i];
        } else if (!options_ended && arg.rfind("--lang=", 0) == 0) {
            is_lang = true;
            code = arg.substr(7);
        }
        if (!is_lang) {
            argv[kept++] = argv[i];
            continue;
        }
        if (const auto lang = text::find_language(code)) {
            result.language = *lang;
        } else if (result.error.empty()) {
            result.error = text::Strings().format(
                text::Str::cli_lang_unknown,
                {{"code", persist::printable_name(code, 16)}, {"languages", language_codes()}});
        }
    }
    argc = kept;
    argv[argc] = nullptr;
    return result;
}

}  // namespace armistice::cli
