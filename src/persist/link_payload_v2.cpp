// link_payload_v2.cpp — link payload format version 2 (layout in link.h): v1's layout plus the
// "suggestions hidden" and "start block follows" link flags. FROZEN once released. The bytes are
// read and written by the shared v1 layout code (link_payload_v1.cpp), never re-implemented.
#include "persist/link_payload.h"

namespace armistice::persist::detail {

namespace {
constexpr std::uint8_t kLinkFlagsV2 = 0x1F;  // v1's three flags + suggestions hidden + start block
}  // namespace

std::vector<std::uint8_t> encode_payload_v2(const LinkState& state) {
    return encode_payload_layout(state, true, false);
}

LinkState decode_payload_v2(const std::uint8_t* data, std::size_t size) {
    return decode_payload_layout(data, size, kLinkFlagsV2, false);
}

}  // namespace armistice::persist::detail
