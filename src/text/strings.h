// strings.h — the text a reader sees, in one language: the presentation layer's only way to
// turn a string id into words (data/strings/, generated into text::kTables).
//
// Purpose: the engine, the UI and the CLI name texts by id — the enum Str for the fixed texts
// (text/string_ids.h, generated), or a data key such as "option.line.current_line.label" for
// texts that come with the data — and a Strings object, chosen once per reader, gives the words.
// Languages are either compiled in (natively: all of them) or loaded at run time from their pack
// file (the page compiles in English only and fetches strings-<code>.pack when a reader picks
// another language, so unused languages cost no download: text/language_pack.h).
// Invariants: a Strings object is an immutable view of a compiled-in table or of a LanguagePack,
// which must outlive it (cheap to copy); every Str has a non-empty text in every language (the
// build checks it); format() fills only the placeholders it is given and leaves any other
// `{name}` visible rather than dropping it.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "text/string_ids.h"

namespace armistice::text {

struct Arg {  // one placeholder's value: {name} -> value
    std::string_view name;
    std::string value;
};

class LanguagePack;

class Strings {
public:
    // A compiled-in language (index below language_count()); English for an index out of range
    // or a language that is not compiled in (see embedded()).
    explicit Strings(std::size_t language = 0);
    explicit Strings(const LanguagePack& pack);  // a language loaded at run time

    const char* operator()(Str id) const;  // NUL-terminated, for ImGui
    // The text of `id` with its {placeholders} filled from `args`.
    std::string format(Str id, std::initializer_list<Arg> args) const;
    // A text that comes with the data: this language's text for `key`, or `own` (the data row's
    // English) when the language is English or the table has no such key.
    std::string_view data_text(std::string_view key, std::string_view own) const;
    // Of the three keys of a counted text (ids ending .one, .few, .many), the one this
    // language's grammar takes for `n`: English 1 -> one, else many; Ukrainian and Russian
    // n%10 == 1 (not 11) -> one, n%10 in 2..4 (not 12..14) -> few, else many.
    Str plural(long long n, Str one, Str few, Str many) const;
    // Any key's text in this language (the English when this language's is empty), or null when
    // no table has the key: the lookup behind engine messages (text/message_text.h).
    const char* find(std::string_view key) const;

    std::size_t language() const { return language_; }
    const char* code() const;  // "en", "uk", "ru"
    const char* name() const;  // in the language itself

private:
    std::size_t language_;
    const char* const* texts_;  // [key], kTables.key_count entries
};

std::size_t language_count();
bool embedded(std::size_t language);              // compiled in (else: load its pack)
const char* language_code(std::size_t language);  // "uk"; "en" for an index out of range
const char* language_name(std::size_t language);  // in the language itself
std::optional<std::size_t> find_language(std::string_view code);  // exact code
// The first of `preferences` (BCP 47 tags in order, e.g. navigator.languages: "uk-UA", "en")
// whose primary subtag is a language of the tables; English when none is.
std::size_t preferred_language(std::initializer_list<std::string_view> preferences);
std::size_t preferred_language(const std::string* first, std::size_t count);

// `text` with each {name} in `args` replaced by its value.
std::string fill(std::string_view text, std::initializer_list<Arg> args);
std::string fill(std::string_view text, const Arg* first, const Arg* last);

}  // namespace armistice::text
