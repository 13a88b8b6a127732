// link_payload_v3.cpp — link payload format version 3 (layout in link.h): v2's layout plus the
// "text date stored" scenario-block flag. FROZEN once released. The bytes are read and written
// by the shared v1 layout code (link_payload_v1.cpp), never re-implemented.
#include "persist/link_payload.h"

namespace armistice::persist::detail {

namespace {
constexpr std::uint8_t kLinkFlagsV3 = 0x1F;  // the same link flags as v2
}  // namespace

std::vector<std::uint8_t> encode_payload_v3(const LinkState& state) {
    return encode_payload_layout(state, true, true);
}

LinkState decode_payload_v3(const std::uint8_t* data, std::size_t size) {
    return decode_payload_layout(data, size, kLinkFlagsV3, true);
}

}  // namespace armistice::persist::detail
