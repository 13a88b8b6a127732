// json_reader.h — strict field-by-field reading on top of cereal::JSONInputArchive (internal).
//
// Purpose: cereal's JSON archive reads by name and ignores what it is not asked for. Scenario
// files must reject unknown and duplicate keys and name the field of every type error, so the
// loader walks each object's members in document order (getNodeName) and reads each one with
// its own name, turning every cereal/rapidjson exception into a LoadError with the field path.
// A value that fails to read is skipped so reading continues and all errors are reported.
//
// Invariants: only used on text that passed prescan_json() (bounded size and depth, strict
// syntax); every archive call that can throw is wrapped here; after any member call the archive
// is positioned on the next member of the current object.
#pragma once

#include "persist/cereal_json.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "persist/scenario_file.h"

namespace armistice::persist::detail {

class JsonReader {
public:
    JsonReader(cereal::JSONInputArchive& ar, std::string file, std::vector<LoadError>& errors)
        : ar_(ar), file_(std::move(file)), errors_(errors) {}

    // `path` may contain keys from the file: control characters become '?' and it is cut at
    // 120 bytes, so messages stay one safe line.
    void error(const std::string& path, const std::string& message);

    // Walks the members of the current object (the root when nothing is open). For each key,
    // `on_member(key)` must consume the value with one read_* / object / array call, or call
    // skip(). Duplicate keys are reported and skipped before on_member sees them.
    void members(const std::string& path, const std::function<void(const std::string&)>& on_member);

    // Each reader consumes the member `key` of the current object; false (and an error at
    // `path`) when the value has the wrong type. `expected` describes the allowed values.
    bool read_string(const std::string& key, const std::string& path, std::string& out,
                     std::size_t max_bytes, const char* expected = "a string");
    bool read_double(const std::string& key, const std::string& path, double& out);
    bool read_u32(const std::string& key, const std::string& path, std::uint32_t& out,
                  const char* expected);
    bool read_u64(const std::string& key, const std::string& path, std::uint64_t& out,
                  const char* expected);
    // Opens member `key` as an object and walks it with members(); false when not an object.
    bool object(const std::string& key, const std::string& path,
                const std::function<void(const std::string&)>& on_member);
    // Opens member `key` as an array of at most max_items strings, each ≤ max_bytes.
    bool string_array(const std::string& key, const std::string& path, std::size_t max_items,
                      std::size_t max_bytes, std::vector<std::string>& out);
    // Consumes member `key` whatever its type.
    void skip(const std::string& key);

private:
    template <typename Unsigned>
    bool read_unsigned(const std::string& key, const std::string& path, Unsigned& out,
                       const char* expected);
    enum class Node { Object, Array, Scalar };
    Node open(const std::string& key);  // Object/Array: node entered; Scalar: nothing consumed

    cereal::JSONInputArchive& ar_;
    std::string file_;
    std::vector<LoadError>& errors_;
};

inline std::string join_path(const std::string& parent, const std::string& key) {
    return parent.empty() ? key : parent + "." + key;
}

}  // namespace armistice::persist::detail
