// crc32.cpp — bitwise CRC-32 (links are tiny: no table, no global state). See crc32.h.
#include "persist/crc32.h"

namespace armistice::persist {

std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc) {
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

}  // namespace armistice::persist
