// fuzz_link_roundtrip.cpp — libFuzzer target: decode -> encode -> decode gives the same state and encoding is canonical;
// the input (version byte + payload) is wrapped in a valid envelope to reach the codec.
// The invariant is check_link_roundtrip() in fuzz_checks.h, also replayed over tests/fuzz/corpus/fuzz_link_roundtrip/
// by tests/persist/corpus_replay_test.cpp (natively and as wasm under node).
#include <cstdlib>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!armistice::persist::fuzz::check_link_roundtrip(data, size)) std::abort();
    return 0;
}
