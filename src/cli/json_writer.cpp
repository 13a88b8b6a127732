// json_writer.cpp — see json_writer.h.
#include "cli/json_writer.h"

#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace armistice::cli {

void JsonWriter::newline_indent() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(first_.size() * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
        newline_indent();
    }
}

void JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    first_.push_back(true);
}

void JsonWriter::end_object() {
    assert(!first_.empty());
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline_indent();
    out_ += '}';
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    first_.push_back(true);
}

void JsonWriter::end_array() {
    assert(!first_.empty());
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline_indent();
    out_ += ']';
}

void JsonWriter::key(std::string_view k) {
    before_value();
    write_escaped(k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    write_escaped(s);
}

void JsonWriter::write_escaped(std::string_view s) {
    out_ += '"';
    for (const unsigned char c : s) {
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out_ += buf;
                } else {
                    out_ += static_cast<char>(c);
                }
        }
    }
    out_ += '"';
}

void JsonWriter::value(double d) {
    if (!std::isfinite(d)) {
        null();
        return;
    }
    before_value();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", d);
    // Prefer the shortest representation that round-trips.
    for (int precision = 6; precision < 17; ++precision) {
        char shorter[32];
        std::snprintf(shorter, sizeof shorter, "%.*g", precision, d);
        if (std::strtod(shorter, nullptr) == d) {
            out_ += shorter;
            return;
        }
    }
    out_ += buf;
}

void JsonWriter::value(std::int64_t i) {
    before_value();
    out_ += std::to_string(i);
}

void JsonWriter::value(std::uint64_t i) {
    before_value();
    out_ += std::to_string(i);
}

void JsonWriter::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

}  // namespace armistice::cli
