// cereal_json.h — the one place persist includes cereal's JSON archives (rapidjson inside).
//
// Why a wrapper: Debian's rapidjson 1.1.0 computes `nullptr + n` in internal::Stack::Reserve on
// its first push (undefined pointer arithmetic, harmless in practice, fixed upstream after 1.1.0).
// UBSan's pointer-overflow check aborts every fuzz run on it. We switch off exactly that check,
// for exactly the functions declared in these third-party headers (clang only); our own code
// keeps every sanitizer check.
#pragma once

#if defined(__clang__)
#pragma clang attribute push(__attribute__((no_sanitize("pointer-overflow"))), apply_to = function)
#endif
#include <cereal/archives/json.hpp>
#if defined(__clang__)
#pragma clang attribute pop
#endif
