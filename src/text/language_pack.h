// language_pack.h — one language's texts loaded at run time from its pack file
// (strings-<code>.pack, written by the generator beside the string tables).
//
// Purpose: the page compiles in English only; the other languages are fetched when a reader
// chooses one, so a language not in use costs no download and no start-up time.
// Format (UTF-8): the header lines `armistice-strings-pack 1`, `code=<code>`, `keys=<count>`,
// `digest=<16 hex digits>` (FNV-1a 64 of every key, each followed by '\n', in table order), an
// empty line, then exactly <count> texts, each ended by a NUL byte, in table order.
// Invariants: a pack is accepted only if it names a language of the tables that is not compiled
// in, and its key count and digest match this build's tables (a stale file from another version
// is refused with a message, never shown with texts under the wrong keys); the object owns its
// bytes and the text pointers into them (moving it keeps them valid).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace armistice::text {

class LanguagePack {
public:
    // The pack in `bytes`, or nullopt with a one-line reason in *error.
    static std::optional<LanguagePack> parse(std::string bytes, std::string* error);

    LanguagePack(LanguagePack&&) = default;  // moving keeps the buffer, so the pointers
    LanguagePack& operator=(LanguagePack&&) = default;
    LanguagePack(const LanguagePack&) = delete;  // a copy's pointers would point into this one
    LanguagePack& operator=(const LanguagePack&) = delete;

    std::size_t language() const { return language_; }
    const char* const* texts() const { return texts_.data(); }

private:
    LanguagePack() = default;
    std::vector<char> bytes_;
    std::vector<const char*> texts_;
    std::size_t language_ = 0;
};

// The digest of this build's keys (the `digest=` header line a matching pack carries).
std::string keys_digest();

}  // namespace armistice::text
