// json_prescan.cpp — strict iterative JSON checker (see json_prescan.h).
#include "persist/json_prescan.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <string>

namespace armistice::persist {

namespace {

constexpr std::size_t kHardDepthLimit = 64;  // the stack below is fixed-size

class Scanner {
public:
    Scanner(std::string_view text, const PrescanLimits& limits) : s_(text), lim_(limits) {}

    PrescanResult run();

private:
    enum class Expect { Value, KeyOrEnd, Key, Colon, ObjNext, ArrValueOrEnd, ArrNext, Done };

    bool at_end() const { return pos_ >= s_.size(); }
    char peek() const { return s_[pos_]; }
    void skip_ws() {
        while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++pos_;
    }
    PrescanResult fail(PrescanError e, const std::string& what, std::size_t at) const;
    PrescanResult fail(PrescanError e, const std::string& what) const { return fail(e, what, pos_); }

    // Token scanners: return true on success; on failure set `err_` and return false.
    bool scan_string();
    bool scan_number();
    bool scan_literal();
    bool push(bool is_object);
    void after_value();

    std::string_view s_;
    PrescanLimits lim_;
    std::size_t pos_ = 0;
    std::array<bool, kHardDepthLimit> stack_{};  // true = object, false = array
    std::size_t depth_ = 0;
    Expect expect_ = Expect::Value;
    PrescanResult err_;
};

PrescanResult Scanner::fail(PrescanError e, const std::string& what, std::size_t at) const {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < at && i < s_.size(); ++i) {
        if (s_[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    PrescanResult r;
    r.error = e;
    r.line = line;
    r.column = col;
    r.message = what + " (line " + std::to_string(line) + ", column " + std::to_string(col) + ")";
    return r;
}

bool Scanner::push(bool is_object) {
    const std::size_t limit = lim_.max_depth < kHardDepthLimit ? lim_.max_depth : kHardDepthLimit;
    if (depth_ >= limit) {
        err_ = fail(PrescanError::TooDeep,
                    "nesting deeper than " + std::to_string(limit) + " levels");
        return false;
    }
    stack_[depth_++] = is_object;
    ++pos_;
    return true;
}

void Scanner::after_value() {
    if (depth_ == 0) {
        expect_ = Expect::Done;
    } else {
        expect_ = stack_[depth_ - 1] ? Expect::ObjNext : Expect::ArrNext;
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool Scanner::scan_string() {
    const std::size_t start = pos_;
    ++pos_;  // opening quote
    bool pending_high_surrogate = false;
    while (true) {
        if (at_end()) {
            err_ = fail(PrescanError::Truncated, "the text ends inside a string", start);
            return false;
        }
        if (pos_ - start - 1 > lim_.max_string_bytes) {
            err_ = fail(PrescanError::StringTooLong,
                        "a string is longer than " + std::to_string(lim_.max_string_bytes) +
                            " bytes",
                        start);
            return false;
        }
        const auto c = static_cast<unsigned char>(peek());
        if (c == '"') {
            if (pending_high_surrogate) {
                err_ = fail(PrescanError::BadString, "unpaired surrogate escape in a string");
                return false;
            }
            ++pos_;
            return true;
        }
        if (c < 0x20) {
            err_ = fail(PrescanError::BadString, "raw control character in a string");
            return false;
        }
        if (c == '\\') {
            if (pos_ + 1 >= s_.size()) {
                err_ = fail(PrescanError::Truncated, "the text ends inside a string", start);
                return false;
            }
            const char e = s_[pos_ + 1];
            if (e == 'u') {
                if (pos_ + 6 > s_.size()) {
                    err_ = fail(PrescanError::Truncated, "the text ends inside a string", start);
                    return false;
                }
                unsigned cp = 0;
                for (std::size_t k = 2; k < 6; ++k) {
                    const int h = hex_value(s_[pos_ + k]);
                    if (h < 0) {
                        err_ = fail(PrescanError::Syntax, "bad \\u escape in a string");
                        return false;
                    }
                    cp = cp * 16 + static_cast<unsigned>(h);
                }
                if (cp == 0) {
                    err_ = fail(PrescanError::BadString, "\\u0000 is not allowed in a string");
                    return false;
                }
                const bool high = cp >= 0xD800 && cp <= 0xDBFF;
                const bool low = cp >= 0xDC00 && cp <= 0xDFFF;
                if (pending_high_surrogate != low) {
                    err_ = fail(PrescanError::BadString, "unpaired surrogate escape in a string");
                    return false;
                }
                pending_high_surrogate = high;
                pos_ += 6;
                continue;
            }
            if (pending_high_surrogate) {
                err_ = fail(PrescanError::BadString, "unpaired surrogate escape in a string");
                return false;
            }
            switch (e) {
                case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                    pos_ += 2;
                    continue;
                default:
                    err_ = fail(PrescanError::Syntax, "unknown escape in a string");
                    return false;
            }
        }
        if (pending_high_surrogate) {
            err_ = fail(PrescanError::BadString, "unpaired surrogate escape in a string");
            return false;
        }
        if (c < 0x80) {
            ++pos_;
            continue;
        }
        // UTF-8 multi-byte sequence: shortest form, no surrogates, ≤ U+10FFFF.
        std::size_t len = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; }
        else {
            err_ = fail(PrescanError::BadString, "invalid UTF-8 in a string");
            return false;
        }
        if (pos_ + len > s_.size()) {
            err_ = fail(PrescanError::Truncated, "the text ends inside a string", start);
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s_[pos_ + k]);
            if ((cc & 0xC0) != 0x80) {
                err_ = fail(PrescanError::BadString, "invalid UTF-8 in a string");
                return false;
            }
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            err_ = fail(PrescanError::BadString, "invalid UTF-8 in a string");
            return false;
        }
        pos_ += len;
    }
}

bool Scanner::scan_number() {
    const std::size_t start = pos_;
    auto digit = [&] { return !at_end() && peek() >= '0' && peek() <= '9'; };
    auto truncated_or_syntax = [&](const char* what) {
        err_ = at_end() ? fail(PrescanError::Truncated, "the text ends inside a number", start)
                        : fail(PrescanError::Syntax, what);
        return false;
    };
    if (peek() == '-') ++pos_;
    if (!at_end() && (peek() == 'I' || peek() == 'N')) {
        err_ = fail(PrescanError::NonFinite, "NaN and Infinity are not allowed (non-finite number)",
                    start);
        return false;
    }
    if (!digit()) return truncated_or_syntax("a number needs digits");
    if (peek() == '0') {
        ++pos_;
        if (digit()) return truncated_or_syntax("a number must not start with 0");
    } else {
        while (digit()) ++pos_;
    }
    if (!at_end() && peek() == '.') {
        ++pos_;
        if (!digit()) return truncated_or_syntax("a decimal point must be followed by digits");
        while (digit()) ++pos_;
    }
    if (!at_end() && (peek() == 'e' || peek() == 'E')) {
        ++pos_;
        if (!at_end() && (peek() == '+' || peek() == '-')) ++pos_;
        if (!digit()) return truncated_or_syntax("an exponent needs digits");
        while (digit()) ++pos_;
    }
    const std::size_t len = pos_ - start;
    if (len > 64) {
        err_ = fail(PrescanError::Syntax, "a number is longer than 64 characters", start);
        return false;
    }
    char buf[72];
    s_.copy(buf, len, start);
    buf[len] = '\0';
    const double v = std::strtod(buf, nullptr);
    if (!std::isfinite(v)) {
        err_ = fail(PrescanError::NonFinite, "number too large (non-finite as a double)", start);
        return false;
    }
    return true;
}

bool Scanner::scan_literal() {
    static constexpr std::string_view kWords[] = {"true", "false", "null"};
    for (std::string_view w : kWords) {
        if (peek() != w[0]) continue;
        const std::string_view rest = s_.substr(pos_);
        if (rest.substr(0, w.size()) == w) {
            pos_ += w.size();
            return true;
        }
        if (w.substr(0, rest.size()) == rest) {
            err_ = fail(PrescanError::Truncated, "the text ends inside a literal");
            return false;
        }
    }
    if (peek() == 'N' || peek() == 'I') {
        err_ = fail(PrescanError::NonFinite, "NaN and Infinity are not allowed (non-finite number)");
        return false;
    }
    err_ = fail(PrescanError::Syntax, std::string("unexpected character '") +
                                          (static_cast<unsigned char>(peek()) >= 0x20 &&
                                                   static_cast<unsigned char>(peek()) < 0x7f
                                               ? std::string(1, peek())
                                               : std::string("?")) +
                                          "'");
    return false;
}

PrescanResult Scanner::run() {
    if (s_.size() > lim_.max_bytes) {
        PrescanResult r;
        r.error = PrescanError::TooLarge;
        r.line = r.column = 1;
        r.message = "the file is " + std::to_string(s_.size()) + " bytes; at most " +
                    std::to_string(lim_.max_bytes) + " are allowed";
        return r;
    }
    skip_ws();
    if (at_end()) {
        PrescanResult r;
        r.error = PrescanError::Empty;
        r.line = r.column = 1;
        r.message = "the file is empty";
        return r;
    }
    if (peek() != '{') {
        return fail(PrescanError::NotAnObject, "the top level must be a JSON object ({ ... })");
    }
    while (true) {
        skip_ws();
        if (expect_ == Expect::Done) {
            if (!at_end()) return fail(PrescanError::TrailingContent, "unexpected text after the end");
            return {};
        }
        if (at_end()) return fail(PrescanError::Truncated, "the text ends before the JSON is complete");
        const char c = peek();
        switch (expect_) {
            case Expect::Value:
            case Expect::ArrValueOrEnd:
                if (expect_ == Expect::ArrValueOrEnd && c == ']') {
                    --depth_;
                    ++pos_;
                    after_value();
                    break;
                }
                if (c == '{') {
                    if (!push(true)) return err_;
                    expect_ = Expect::KeyOrEnd;
                } else if (c == '[') {
                    if (!push(false)) return err_;
                    expect_ = Expect::ArrValueOrEnd;
                } else if (c == '"') {
                    if (!scan_string()) return err_;
                    after_value();
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    if (!scan_number()) return err_;
                    after_value();
                } else {
                    if (!scan_literal()) return err_;
                    after_value();
                }
                break;
            case Expect::KeyOrEnd:
            case Expect::Key:
                if (expect_ == Expect::KeyOrEnd && c == '}') {
                    --depth_;
                    ++pos_;
                    after_value();
                    break;
                }
                if (c != '"') return fail(PrescanError::Syntax, "expected a key in double quotes");
                if (!scan_string()) return err_;
                expect_ = Expect::Colon;
                break;
            case Expect::Colon:
                if (c != ':') return fail(PrescanError::Syntax, "expected ':' after a key");
                ++pos_;
                expect_ = Expect::Value;
                break;
            case Expect::ObjNext:
                if (c == ',') {
                    ++pos_;
                    expect_ = Expect::Key;
                } else if (c == '}') {
                    --depth_;
                    ++pos_;
                    after_value();
                } else {
                    return fail(PrescanError::Syntax, "expected ',' or '}'");
                }
                break;
            case Expect::ArrNext:
                if (c == ',') {
                    ++pos_;
                    expect_ = Expect::Value;
                } else if (c == ']') {
                    --depth_;
                    ++pos_;
                    after_value();
                } else {
                    return fail(PrescanError::Syntax, "expected ',' or ']'");
                }
                break;
            case Expect::Done:
                break;
        }
    }
}

}  // namespace

PrescanResult prescan_json(std::string_view text, const PrescanLimits& limits) {
    return Scanner(text, limits).run();
}

}  // namespace armistice::persist
