// fuzz_scenario_file.cpp — libFuzzer target: the scenario-file loader (pre-scan, cereal JSON, strict members,
// validate): errors or a file that saves and reloads to itself; never a stack overflow.
// The invariant is check_scenario_file() in fuzz_checks.h, also replayed over tests/fuzz/corpus/fuzz_scenario_file/
// by tests/persist/corpus_replay_test.cpp (natively and as wasm under node).
#include <cstdlib>

#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!armistice::persist::fuzz::check_scenario_file(data, size)) std::abort();
    return 0;
}
