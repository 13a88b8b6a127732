// link_payload.h — per-version payload codecs behind encode_link()/decode_link() (internal;
// exposed for tests and the fuzz targets). Byte layouts: see link.h.
//
// Invariants: decode_payload() never throws and never allocates more than a few KiB whatever
// the input (every length is read as u64 and capped first); its result is validated
// (validate_link_state) before it is returned; a payload with bytes left over is rejected.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "persist/link.h"

namespace armistice::persist {

// Payload bytes of the newest version (kLinkVersion). Precondition: validate_link_state() empty.
std::vector<std::uint8_t> encode_payload(const LinkState& state);

// Decodes the payload of format `version` (1..kLinkVersion); the envelope is already checked.
DecodeResult decode_payload(std::uint32_t version, const std::uint8_t* data, std::size_t size);

namespace detail {

// Thrown inside payload decoders, caught (with cereal::Exception) at decode_payload's boundary.
struct PayloadFailure {
    LinkErrorKind kind;
    std::string detail;
};

std::vector<std::uint8_t> encode_payload_v1(const LinkState& state);
LinkState decode_payload_v1(const std::uint8_t* data, std::size_t size);  // throws

// Name/description restoration shared by all versions (see link.h "Name and description").
bool should_store_name(const Scenario& s);
bool should_store_description(const Scenario& s);
void restore_texts(Scenario& s, bool name_stored, bool description_stored);

}  // namespace detail

}  // namespace armistice::persist
