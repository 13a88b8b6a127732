// fuzz_checks.h — the invariants of each fuzz target, shared by the libFuzzer targets
// (tests/fuzz/fuzz_*.cpp) and the corpus-replay GoogleTest (tests/persist/corpus_replay_test.cpp),
// which runs every corpus file natively and as wasm under node.
//
// Each check returns false when an invariant is broken (the fuzz target then aborts); a crash,
// sanitizer report, exception or hang inside is a failure by itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "persist/base64url.h"
#include "persist/crc32.h"
#include "persist/link.h"
#include "persist/link_payload.h"
#include "persist/scenario_file.h"

namespace armistice::persist::fuzz {

// Raw v1 payload: rejected with a message, or a state that encodes and decodes to itself.
inline bool check_link_payload(const std::uint8_t* data, std::size_t size) {
    const DecodeResult r = decode_payload(1, data, size);
    if (!r.ok()) return !r.error.message().empty();
    const std::string link = encode_link(*r.state);
    if (link.empty()) return false;
    const DecodeResult again = decode_link(link);
    return again.ok() && *again.state == *r.state;
}

// Whole link string: one message, or a validated state.
inline bool check_link_string(const std::uint8_t* data, std::size_t size) {
    const DecodeResult r = decode_link(std::string_view(reinterpret_cast<const char*>(data), size));
    if (r.ok()) return validate_link_state(*r.state).empty();
    const std::string msg = r.error.message();
    if (msg.empty()) return false;
    for (const char c : msg) {
        if (static_cast<unsigned char>(c) < 0x20) return false;  // one printable line
    }
    return true;
}

// data[0] % 3 = version byte, data[1..] = payload, wrapped in a valid envelope; a state that
// decodes must survive decode → encode → decode and encode canonically.
inline bool check_link_roundtrip(const std::uint8_t* data, std::size_t size) {
    if (size < 1 || size > kMaxPayloadBytes) return true;
    const std::uint8_t version = static_cast<std::uint8_t>(data[0] % 3);
    std::vector<std::uint8_t> env = {static_cast<std::uint8_t>((size - 1) & 0xFF),
                                     static_cast<std::uint8_t>((size - 1) >> 8)};
    env.insert(env.end(), data + 1, data + size);
    const std::uint8_t v[1] = {version};
    const std::uint32_t crc = crc32(env.data(), env.size(), crc32(v, 1));
    for (int i = 0; i < 4; ++i) env.push_back(static_cast<std::uint8_t>(crc >> (8 * i)));
    const std::string link = "a" + std::to_string(version) + "." + base64url_encode(env.data(), env.size());
    const DecodeResult first = decode_link(link);
    if (!first.ok()) return !first.error.message().empty();
    const std::string encoded = encode_link(*first.state);
    const DecodeResult second = decode_link(encoded);
    if (!second.ok() || *second.state != *first.state) return false;
    return encode_link(*second.state) == encoded;
}

// Scenario file: errors, or a file that saves and reloads to itself.
inline bool check_scenario_file(const std::uint8_t* data, std::size_t size) {
    const LoadResult r =
        load_scenario_file(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!r.ok()) return !r.errors.empty();
    const LoadResult again = load_scenario_file(save_scenario_json(*r.file), "saved.json");
    return again.ok() && *again.file == *r.file;
}

}  // namespace armistice::persist::fuzz
