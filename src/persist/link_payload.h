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

// The version encode_payload() writes for `state`: 3 when some scenario block must store its
// date (should_store_as_of), else 2 when a v2 field is set, else 1.
std::uint32_t payload_version(const LinkState& state);

// Payload bytes of payload_version(state). Precondition: validate_link_state() empty.
std::vector<std::uint8_t> encode_payload(const LinkState& state);

// Decodes the payload of format `version` (1..kLinkVersion); the envelope is already checked.
DecodeResult decode_payload(std::uint32_t version, const std::uint8_t* data, std::size_t size);

namespace detail {

// Thrown inside payload decoders, caught (with PayloadEnd) at decode_payload's boundary.
struct PayloadFailure {
    LinkErrorKind kind;
    std::string detail;
};
// Thrown by ByteReader (byte_codec.h) when the payload ends before a value it reads.
struct PayloadEnd {};

std::vector<std::uint8_t> encode_payload_v1(const LinkState& state);
LinkState decode_payload_v1(const std::uint8_t* data, std::size_t size);  // throws
std::vector<std::uint8_t> encode_payload_v2(const LinkState& state);
LinkState decode_payload_v2(const std::uint8_t* data, std::size_t size);  // throws
std::vector<std::uint8_t> encode_payload_v3(const LinkState& state);
LinkState decode_payload_v3(const std::uint8_t* data, std::size_t size);  // throws

// The one reader/writer of the v1 layout, with the link flags `allowed` (v1: 0x07, v2 and v3:
// 0x1F); the v2 flags (bits 3, 4) and v3's block flag (bit 2, the date) are handled here too,
// so later versions never re-implement v1.
std::vector<std::uint8_t> encode_payload_layout(const LinkState& state, bool v2_fields,
                                                bool v3_fields);
LinkState decode_payload_layout(const std::uint8_t* data, std::size_t size, std::uint8_t allowed,
                                bool v3_fields);

// Name/description restoration shared by all versions (see link.h "Name and description").
bool should_store_name(const Scenario& s);
bool should_store_description(const Scenario& s);
void restore_texts(Scenario& s, bool name_stored, bool description_stored);
// The date (Scenario::as_of) is stored (v3) only when it differs from the base preset's, or when
// there is no known base preset and the scenario is dated; otherwise it is the preset's (or 0).
bool should_store_as_of(const Scenario& s);
void restore_as_of(Scenario& s, bool as_of_stored);

}  // namespace detail

}  // namespace armistice::persist
