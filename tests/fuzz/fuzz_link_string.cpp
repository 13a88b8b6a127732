// fuzz_link_string.cpp — libFuzzer target: the whole link string as pasted by a user (prefix,
// '#', URL, base64url, length field, CRC, payload). Invariant: one LinkError or a valid state,
// never a crash, exception, hang or large allocation.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/scenario.h"
#include "persist/link.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace armistice::persist;
    const DecodeResult r = decode_link(std::string_view(reinterpret_cast<const char*>(data), size));
    if (r.ok()) {
        if (!validate_link_state(*r.state).empty()) std::abort();
    } else if (r.error.message().empty()) {
        std::abort();
    }
    return 0;
}
