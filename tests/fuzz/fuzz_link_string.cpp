// fuzz_link_string.cpp — libFuzzer target: the whole link string as pasted by a user (prefix, '#', URL, base64url,
// length field, CRC, payload): one printable message or a validated state.
// The invariant is check_link_string() in fuzz_checks.h, also replayed over tests/fuzz/corpus/fuzz_link_string/
// by tests/persist/corpus_replay_test.cpp (natively and as wasm under node).
#include <cstdlib>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!armistice::persist::fuzz::check_link_string(data, size)) std::abort();
    return 0;
}
