// crc32.h — CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as in zlib/PNG), own code.
//
// Purpose: the share-link integrity check. Detects every burst error up to 32 bits and all
// single-bit flips; it is not a cryptographic MAC (links are untrusted anyway and are decoded
// defensively after the check). Invariant: crc32("123456789") == 0xCBF43926 (tested).
#pragma once

#include <cstddef>
#include <cstdint>

namespace armistice::persist {

std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc = 0);

}  // namespace armistice::persist
