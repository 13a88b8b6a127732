// base64url.h — RFC 4648 §5 base64url without padding (internal to the link format).
//
// Invariants: encode() output uses only [A-Za-z0-9_-]; decode() accepts exactly the canonical
// form encode() produces (no padding, no whitespace, unused low bits zero) and reports why
// anything else is rejected. Both run in O(n) and allocate at most 3/4 of the input size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace armistice::persist {

std::string base64url_encode(const std::uint8_t* data, std::size_t size);

enum class Base64Status {
    Ok,
    BadCharacter,   // a character outside the alphabet
    DanglingChar,   // length % 4 == 1: the last character cannot hold a whole byte (cut off)
    NonCanonical,   // unused bits of the last character are not zero
};

// On BadCharacter `out` is unspecified. On DanglingChar `out` holds the bytes of everything but
// the last character, on NonCanonical all bytes (so a caller can tell how much was cut off).
Base64Status base64url_decode(std::string_view text, std::vector<std::uint8_t>& out);

}  // namespace armistice::persist
