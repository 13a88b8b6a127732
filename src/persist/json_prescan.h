// json_prescan.h — a strict, non-allocating, non-recursive JSON checker run BEFORE any parser.
//
// Purpose: cereal's JSON reader (rapidjson underneath) recurses without a depth limit, accepts
// NaN/Infinity (cereal sets kParseNanAndInfFlag), silently truncates strings at "\u0000" and does
// not report syntax errors usefully. This pre-scan rejects all of that first, with a position:
//  - size cap (bytes) and nesting-depth cap (objects + arrays);
//  - strict RFC 8259 syntax, one top-level value which must be an object, nothing after it;
//  - strings: valid UTF-8, no raw control characters, no "\u0000", surrogate escapes paired,
//    each string at most `max_string_bytes` raw bytes;
//  - numbers: finite as doubles (1e999 is rejected), NaN/Infinity literals are rejected.
// Invariants: runs in O(size) time with O(max_depth) fixed memory; never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace armistice::persist {

struct PrescanLimits {
    std::size_t max_bytes = 64 * 1024;   // whole document, bytes
    std::size_t max_depth = 8;           // nested objects/arrays (the root object is depth 1)
    std::size_t max_string_bytes = 4096; // one string token, raw bytes between the quotes
};

enum class PrescanError {
    None,
    Empty,           // nothing but whitespace
    TooLarge,        // more than max_bytes
    TooDeep,         // nesting deeper than max_depth
    Truncated,       // input ended inside a value
    Syntax,          // anything else that is not JSON
    NotAnObject,     // the top-level value is not an object
    NonFinite,       // NaN, Infinity or a number too large for a double
    BadString,       // invalid UTF-8, control character, \u0000, unpaired surrogate
    StringTooLong,   // a string token longer than max_string_bytes
    TrailingContent, // something after the top-level value
};

struct PrescanResult {
    PrescanError error = PrescanError::None;
    std::size_t line = 0;    // 1-based position of the problem (0 when error == None)
    std::size_t column = 0;  // 1-based, in bytes
    std::string message;     // plain words, includes line and column
    bool ok() const { return error == PrescanError::None; }
};

PrescanResult prescan_json(std::string_view text, const PrescanLimits& limits = {});

}  // namespace armistice::persist
