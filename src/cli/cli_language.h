// cli_language.h — `--lang CODE`, the language of the CLI's reader-facing text.
//
// Every command accepts `--lang CODE` (or `--lang=CODE`) anywhere among its arguments; the
// dispatcher (main.cpp) takes it out before the command parses the rest. CODE is a language of
// data/strings/languages.csv (en, uk, ru). The default is English, so scripts that read the
// plain-text output see what they always saw. JSON output is a public interface for scripts:
// its text fields stay English in every language (its *_key fields name the table rows, so a
// script can look up any language itself). Commands whose output has no reader text (link,
// validate, data, version, bench) accept the option and print the same thing.
// Invariants: a bad or missing CODE is a usage error (exit 2) naming the languages there are;
// never a silent fallback to English. Its message is in English: the language is what failed.
#pragma once

#include <cstddef>
#include <string>

namespace armistice::cli {

struct LanguageOption {
    std::size_t language = 0;  // index into the string tables (text::Strings); 0 = English
    std::string error;         // non-empty: what was wrong with --lang
};

// Removes every `--lang CODE` / `--lang=CODE` from argv[1..argc) (argc shrinks; argv[argc]
// stays null-terminated), returning the last one's language. Arguments after a bare `--` are
// left alone.
LanguageOption take_language_option(int& argc, char** argv);

// The codes of the languages there are, "en, uk, ru" (for messages and help).
std::string language_codes();

}  // namespace armistice::cli
