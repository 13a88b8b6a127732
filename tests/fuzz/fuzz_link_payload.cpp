// fuzz_link_payload.cpp — libFuzzer target: the raw v1 payload decoder (envelope bypassed, so
// the fuzzer reaches every field without having to forge CRCs). Invariants checked: never a
// crash, exception, leak or large allocation; a payload that decodes re-encodes to a link that
// decodes to the same state.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "persist/link.h"
#include "persist/link_payload.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace armistice::persist;
    const DecodeResult r = decode_payload(1, data, size);
    if (!r.ok()) {
        if (r.error.message().empty()) std::abort();
        return 0;
    }
    const std::string link = encode_link(*r.state);
    if (link.empty()) std::abort();  // a decoded state must be encodable
    const DecodeResult again = decode_link(link);
    if (!again.ok() || *again.state != *r.state) std::abort();
    return 0;
}
