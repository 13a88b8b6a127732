// fuzz_scenario_file.cpp — libFuzzer target: the scenario-file loader (pre-scan, cereal JSON,
// strict member checks, validate). Invariants: errors or a file, never a crash, exception,
// stack overflow or leak; a file that loads saves to JSON that loads to the same file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "persist/scenario_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace armistice::persist;
    const LoadResult r =
        load_scenario_file(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!r.ok()) {
        if (r.errors.empty()) std::abort();
        return 0;
    }
    const LoadResult again = load_scenario_file(save_scenario_json(*r.file), "saved.json");
    if (!again.ok() || *again.file != *r.file) std::abort();
    return 0;
}
