// json_writer.h — a minimal streaming JSON writer for the CLI's machine-readable output.
//
// Purpose: `armistice evaluate --json`, `backtest --json` and friends write their results with
// this, so every command escapes strings and formats numbers the same way.
// Invariants: the caller nests begin/end calls correctly (checked with assert in debug builds);
// non-finite numbers are written as null (JSON has no NaN); strings are escaped per RFC 8259.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace armistice::cli {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out, bool pretty = true) : out_(out), pretty_(pretty) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view k);  // inside an object, before each value
    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(double d);            // shortest round-trip form; non-finite → null
    void value(std::int64_t i);
    void value(int i) { value(static_cast<std::int64_t>(i)); }
    void value(std::uint32_t i) { value(static_cast<std::int64_t>(i)); }
    void value(std::uint64_t i);
    void value(bool b);
    void null();

private:
    void before_value();
    void write_escaped(std::string_view s);
    void newline_indent();

    std::string& out_;
    bool pretty_;
    std::vector<bool> first_;  // per open container: no element written yet
    bool after_key_ = false;
};

}  // namespace armistice::cli
