// base64url.cpp — see base64url.h.
#include "persist/base64url.h"

namespace armistice::persist {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int decode_char(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

}  // namespace

std::string base64url_encode(const std::uint8_t* data, std::size_t size) {
    std::string out;
    out.reserve((size * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= size; i += 3) {
        const std::uint32_t v = (std::uint32_t{data[i]} << 16) | (std::uint32_t{data[i + 1]} << 8) | data[i + 2];
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t rest = size - i;
    if (rest == 1) {
        const std::uint32_t v = std::uint32_t{data[i]} << 16;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
    } else if (rest == 2) {
        const std::uint32_t v = (std::uint32_t{data[i]} << 16) | (std::uint32_t{data[i + 1]} << 8);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

Base64Status base64url_decode(std::string_view text, std::vector<std::uint8_t>& out) {
    out.clear();
    for (const char c : text) {
        if (decode_char(c) < 0) return Base64Status::BadCharacter;
    }
    const bool dangling = text.size() % 4 == 1;
    if (dangling) text.remove_suffix(1);
    out.reserve(text.size() / 4 * 3 + 2);
    std::size_t i = 0;
    for (; i + 4 <= text.size(); i += 4) {
        const std::uint32_t v = (std::uint32_t(decode_char(text[i])) << 18) |
                                (std::uint32_t(decode_char(text[i + 1])) << 12) |
                                (std::uint32_t(decode_char(text[i + 2])) << 6) |
                                std::uint32_t(decode_char(text[i + 3]));
        out.push_back(static_cast<std::uint8_t>(v >> 16));
        out.push_back(static_cast<std::uint8_t>(v >> 8));
        out.push_back(static_cast<std::uint8_t>(v));
    }
    const std::size_t rest = text.size() - i;
    if (rest == 2) {
        const std::uint32_t v = (std::uint32_t(decode_char(text[i])) << 18) |
                                (std::uint32_t(decode_char(text[i + 1])) << 12);
        out.push_back(static_cast<std::uint8_t>(v >> 16));
        if (!dangling && (v & 0xFFFF) != 0) return Base64Status::NonCanonical;
    } else if (rest == 3) {
        const std::uint32_t v = (std::uint32_t(decode_char(text[i])) << 18) |
                                (std::uint32_t(decode_char(text[i + 1])) << 12) |
                                (std::uint32_t(decode_char(text[i + 2])) << 6);
        out.push_back(static_cast<std::uint8_t>(v >> 16));
        out.push_back(static_cast<std::uint8_t>(v >> 8));
        if (!dangling && (v & 0xFF) != 0) return Base64Status::NonCanonical;
    }
    return dangling ? Base64Status::DanglingChar : Base64Status::Ok;
}

}  // namespace armistice::persist
