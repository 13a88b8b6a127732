// corpus_replay_test.cpp — replays every file of the fuzz corpora (tests/fuzz/corpus/<target>/)
// through the same invariant checks the libFuzzer targets use (tests/fuzz/fuzz_checks.h).
//
// Purpose: inputs the fuzzer once found stay fixed, and hostile inputs are also exercised by the
// WebAssembly build: this suite runs natively and as wasm under node (NODERAWFS lets it read the
// repository through ARMISTICE_SOURCE_DIR), where size_t is 32 bits and exceptions are emulated.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../fuzz/fuzz_checks.h"

namespace armistice::persist::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> corpus(const char* target) {
    const fs::path dir = fs::path(ARMISTICE_SOURCE_DIR) / "tests" / "fuzz" / "corpus" / target;
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::uint8_t> read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void replay(const char* target, bool (*check)(const std::uint8_t*, std::size_t)) {
    const std::vector<fs::path> files = corpus(target);
    ASSERT_GE(files.size(), 5u) << "corpus for " << target << " missing (ARMISTICE_SOURCE_DIR="
                                << ARMISTICE_SOURCE_DIR << ")";
    for (const fs::path& f : files) {
        const std::vector<std::uint8_t> bytes = read_all(f);
        EXPECT_TRUE(check(bytes.data(), bytes.size())) << f.filename().string();
    }
}

TEST(FuzzCorpus, LinkPayload) { replay("fuzz_link_payload", check_link_payload); }
TEST(FuzzCorpus, LinkString) { replay("fuzz_link_string", check_link_string); }
TEST(FuzzCorpus, LinkRoundTrip) { replay("fuzz_link_roundtrip", check_link_roundtrip); }
TEST(FuzzCorpus, ScenarioFile) { replay("fuzz_scenario_file", check_scenario_file); }

}  // namespace
}  // namespace armistice::persist::fuzz
