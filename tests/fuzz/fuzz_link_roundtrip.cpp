// fuzz_link_roundtrip.cpp — libFuzzer target: decode → encode → decode gives the same state, and
// encoding is canonical (encode(decode(encode(s))) == encode(s)). The input is a payload with a
// version byte in front, wrapped here in a valid envelope so the fuzzer reaches the codec.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "persist/base64url.h"
#include "persist/crc32.h"
#include "persist/link.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace armistice::persist;
    if (size < 1 || size > kMaxPayloadBytes) return 0;
    const std::uint8_t version = static_cast<std::uint8_t>(data[0] % 3);  // 0, 1, 2: also bad ones
    std::vector<std::uint8_t> env = {static_cast<std::uint8_t>((size - 1) & 0xFF),
                                     static_cast<std::uint8_t>((size - 1) >> 8)};
    env.insert(env.end(), data + 1, data + size);
    const std::uint8_t v[1] = {version};
    const std::uint32_t crc = crc32(env.data(), env.size(), crc32(v, 1));
    for (int i = 0; i < 4; ++i) env.push_back(static_cast<std::uint8_t>(crc >> (8 * i)));
    const std::string link =
        "a" + std::to_string(version) + "." + base64url_encode(env.data(), env.size());

    const DecodeResult first = decode_link(link);
    if (!first.ok()) return 0;
    const std::string encoded = encode_link(*first.state);
    const DecodeResult second = decode_link(encoded);
    if (!second.ok() || *second.state != *first.state) std::abort();
    if (encode_link(*second.state) != encoded) std::abort();
    return 0;
}
