// json_reader.cpp — strict member-by-member reading over cereal's JSON archive (see json_reader.h).
#include "persist/json_reader.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

#include "persist/text_util.h"

namespace armistice::persist::detail {

void JsonReader::error(const std::string& path, const std::string& message) {
    std::string safe = path.substr(0, 120);
    for (char& c : safe) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    }
    errors_.push_back({file_, std::move(safe), message});
}

void JsonReader::members(const std::string& path,
                         const std::function<void(const std::string&)>& on_member) {
    std::set<std::string> seen;
    while (const char* name = ar_.getNodeName()) {
        const std::string key = name;
        if (!seen.insert(key).second) {
            error(join_path(path, key), "duplicate key " + quote_text(key) + " (each key may appear once)");
            skip(key);
            continue;
        }
        on_member(key);
    }
}

JsonReader::Node JsonReader::open(const std::string& key) {
    try {
        ar_.setNextName(key.c_str());
        ar_.startNode();
    } catch (const cereal::Exception&) {
        return Node::Scalar;  // startNode throws before changing the position on scalars
    }
    try {
        cereal::size_type n = 0;
        ar_.loadSize(n);  // asserts IsArray on the opened node: throws for objects
        return Node::Array;
    } catch (const cereal::Exception&) {
        return Node::Object;
    }
}

void JsonReader::skip(const std::string& key) {
    if (open(key) != Node::Scalar) {
        ar_.finishNode();
        return;
    }
    // Scalars: try each type; a failed load leaves the archive position unchanged.
    try { double d; ar_(cereal::make_nvp(key.c_str(), d)); return; } catch (const cereal::Exception&) {}
    try { std::string s; ar_(cereal::make_nvp(key.c_str(), s)); return; } catch (const cereal::Exception&) {}
    try { bool b; ar_(cereal::make_nvp(key.c_str(), b)); return; } catch (const cereal::Exception&) {}
    std::nullptr_t n;
    ar_(cereal::make_nvp(key.c_str(), n));  // the only JSON type left; cannot fail after prescan
}

bool JsonReader::read_string(const std::string& key, const std::string& path, std::string& out,
                             std::size_t max_bytes, const char* expected) {
    std::string value;
    try {
        ar_(cereal::make_nvp(key.c_str(), value));
    } catch (const cereal::Exception&) {
        error(path, std::string("wrong type: expected ") + expected);
        skip(key);
        return false;
    }
    if (value.size() > max_bytes) {
        error(path, "is " + std::to_string(value.size()) + " bytes long; at most " +
                        std::to_string(max_bytes) + " are allowed");
        return false;
    }
    out = std::move(value);
    return true;
}

bool JsonReader::read_double(const std::string& key, const std::string& path, double& out) {
    try {
        ar_(cereal::make_nvp(key.c_str(), out));
        return true;
    } catch (const cereal::Exception&) {
        error(path, "wrong type: expected a number");
        skip(key);
        return false;
    }
}

template <typename Unsigned>
bool JsonReader::read_unsigned(const std::string& key, const std::string& path, Unsigned& out,
                               const char* expected) {
    try {
        ar_(cereal::make_nvp(key.c_str(), out));
        return true;
    } catch (const cereal::Exception&) {
    }
    // Not an unsigned integer of this width: say what it is instead (a failed load leaves the
    // archive on the same member, so the value can be read again as another type).
    std::string what = "wrong type: expected ";
    try {
        double d = 0;
        ar_(cereal::make_nvp(key.c_str(), d));
        char shown[40];
        std::snprintf(shown, sizeof shown, "%.15g", d);
        if (d != std::floor(d)) {
            what = "is " + std::string(shown) + ", not a whole number: expected ";
        } else if (d < 0) {
            what = "is " + std::string(shown) + ", a negative number: expected ";
        } else if (d > static_cast<double>(std::numeric_limits<Unsigned>::max())) {
            what = "is " + std::string(shown) + ", out of range: expected ";
        } else {
            what = "is written with a decimal point or an exponent (" + std::string(shown) +
                   "): expected, without them, ";
        }
        error(path, what + expected);
        return false;
    } catch (const cereal::Exception&) {
    }
    try {
        std::string text;
        ar_(cereal::make_nvp(key.c_str(), text));
        error(path, "wrong type: a string (" + quote_text(text) + "), expected " + expected +
                        " without quotes");
        return false;
    } catch (const cereal::Exception&) {
    }
    error(path, what + expected);
    skip(key);
    return false;
}

bool JsonReader::read_u32(const std::string& key, const std::string& path, std::uint32_t& out,
                          const char* expected) {
    return read_unsigned(key, path, out, expected);
}

bool JsonReader::read_u64(const std::string& key, const std::string& path, std::uint64_t& out,
                          const char* expected) {
    return read_unsigned(key, path, out, expected);
}

bool JsonReader::object(const std::string& key, const std::string& path,
                        const std::function<void(const std::string&)>& on_member) {
    const Node node = open(key);
    if (node != Node::Object) {
        error(path, "wrong type: expected an object { ... }");
        if (node == Node::Array) {
            ar_.finishNode();
        } else {
            skip(key);
        }
        return false;
    }
    members(path, on_member);
    ar_.finishNode();
    return true;
}

bool JsonReader::string_array(const std::string& key, const std::string& path,
                              std::size_t max_items, std::size_t max_bytes,
                              std::vector<std::string>& out) {
    const Node node = open(key);
    if (node != Node::Array) {
        error(path, "wrong type: expected an array of strings [ ... ]");
        if (node == Node::Object) {
            ar_.finishNode();
        } else {
            skip(key);
        }
        return false;
    }
    cereal::size_type n = 0;
    ar_.loadSize(n);
    if (n > max_items) {
        error(path, "has " + std::to_string(n) + " entries; at most " + std::to_string(max_items) +
                        " are allowed");
        ar_.finishNode();
        return false;
    }
    bool ok = true;
    std::vector<std::string> items;
    for (cereal::size_type i = 0; i < n; ++i) {
        const std::string item_path = path + "[" + std::to_string(i) + "]";
        std::string s;
        try {
            ar_(s);
        } catch (const cereal::Exception&) {
            error(item_path, "wrong type: expected a string");
            ok = false;
            break;  // cannot skip unnamed array elements reliably; stop at the first one
        }
        if (s.size() > max_bytes) {
            error(item_path, "is " + std::to_string(s.size()) + " bytes long; at most " +
                                 std::to_string(max_bytes) + " are allowed");
            ok = false;
            continue;
        }
        items.push_back(std::move(s));
    }
    ar_.finishNode();
    if (ok) out = std::move(items);
    return ok;
}

}  // namespace armistice::persist::detail
