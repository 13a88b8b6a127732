// fuzz_link_payload.cpp — libFuzzer target: the raw v1 payload decoder (envelope bypassed, so every field is reachable
// without forging CRCs): a message, or a state that encodes and decodes to itself.
// The invariant is check_link_payload() in fuzz_checks.h, also replayed over tests/fuzz/corpus/fuzz_link_payload/
// by tests/persist/corpus_replay_test.cpp (natively and as wasm under node).
#include <cstdlib>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!armistice::persist::fuzz::check_link_payload(data, size)) std::abort();
    return 0;
}
