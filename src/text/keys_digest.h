// keys_digest.h — the fingerprint of a table's key list that a language pack carries, so a pack
// written for another version of the tables is refused (text/language_pack.h).
//
// Invariant: FNV-1a 64 over every key followed by '\n', in table order, as 16 lower-case hex
// digits; the generator (src/datagen) and the reader compute it with this one function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace armistice::text {

template <typename KeyAt>  // KeyAt(i) -> const char* (NUL-terminated)
std::string keys_digest(std::size_t count, KeyAt key_at) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    const auto mix = [&h](unsigned char c) {
        h ^= c;
        h *= 0x100000001b3ull;
    };
    for (std::size_t k = 0; k < count; ++k) {
        for (const char* p = key_at(k); *p; ++p) mix(static_cast<unsigned char>(*p));
        mix('\n');
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace armistice::text
