// byte_codec.h — the little-endian byte writer and reader behind the share-link payloads.
//
// Purpose: link payloads (link_payload_v1.cpp) are a fixed binary layout: a 0x01 byte-order
// marker, then integers and doubles in little-endian byte order and raw byte runs. The bytes are
// those cereal's PortableBinary archives (Options::LittleEndian) wrote for the same calls, which
// the released links were made with (tests/persist/link_golden_test.cpp); this keeps them without
// iostreams, so the page links no stream or locale code.
// Invariants: a value is its sizeof(T) bytes, least significant first (doubles: their IEEE-754
// bits); ByteReader never reads past its end: it throws detail::PayloadEnd instead, which
// decode_payload() reports as a damaged link (link_payload.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include "persist/link_payload.h"

namespace armistice::persist::detail {

class ByteWriter {
public:
    ByteWriter() { bytes_.push_back(1); }  // byte-order marker: little endian

    template <typename... T>
    void operator()(const T&... values) {
        (put(values), ...);
    }
    void raw(const void* data, std::size_t size) {
        const auto* p = static_cast<const std::uint8_t*>(data);
        bytes_.insert(bytes_.end(), p, p + size);
    }
    std::vector<std::uint8_t> take() { return std::move(bytes_); }

private:
    template <typename T>
    void put(const T& value) {
        static_assert(std::is_arithmetic_v<T>, "only numbers are written");
        std::uint64_t bits = 0;
        if constexpr (std::is_floating_point_v<T>) {
            static_assert(sizeof(T) == sizeof bits, "doubles only");
            std::memcpy(&bits, &value, sizeof bits);
        } else {
            bits = static_cast<std::uint64_t>(value);  // two's complement for signed values
        }
        for (std::size_t i = 0; i < sizeof(T); ++i)
            bytes_.push_back(static_cast<std::uint8_t>(bits >> (8 * i)));
    }

    std::vector<std::uint8_t> bytes_;
};

class ByteReader {
public:
    // `data[0]` must be the marker 0x01 (checked by the caller); reading starts after it.
    ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) { skip(1); }

    template <typename... T>
    void operator()(T&... values) {
        (get(values), ...);
    }
    void raw(void* data, std::size_t size) {
        need(size);
        std::memcpy(data, data_ + at_, size);
        at_ += size;
    }
    bool at_end() const { return at_ == size_; }

private:
    void need(std::size_t n) const {
        if (n > size_ - at_) throw PayloadEnd{};
    }
    void skip(std::size_t n) {
        need(n);
        at_ += n;
    }
    template <typename T>
    void get(T& value) {
        static_assert(std::is_arithmetic_v<T>, "only numbers are read");
        need(sizeof(T));
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i)
            bits |= std::uint64_t{data_[at_ + i]} << (8 * i);
        at_ += sizeof(T);
        if constexpr (std::is_floating_point_v<T>) {
            static_assert(sizeof(T) == sizeof bits, "doubles only");
            std::memcpy(&value, &bits, sizeof bits);
        } else {
            using U = std::make_unsigned_t<T>;
            value = static_cast<T>(static_cast<U>(bits));
        }
    }

    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t at_ = 0;
};

}  // namespace armistice::persist::detail
