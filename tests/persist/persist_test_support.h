// persist_test_support.h — small helpers shared by the persist test files: a preset's scenario
// by id (failing the test when the id is unknown), a clause list as qualified ids, and a share
// link's envelope re-wrapped under another format version.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/scenario.h"
#include "persist/base64url.h"
#include "persist/crc32.h"
#include "persist/presets.h"

namespace armistice::test_support {

// The embedded preset `id`; an unknown id fails the test and returns the first preset.
inline const Scenario& preset(const char* id) {
    const persist::ScenarioFile* f = persist::find_preset(id);
    EXPECT_NE(f, nullptr) << id;
    return f ? f->scenario : persist::presets().front().scenario;
}

// Default choices with each "dimension.option" of `qualified` set; an unknown id fails the test.
inline Choices choices_of(const std::vector<std::string>& qualified) {
    Choices c = Scenario::default_choices();
    for (const std::string& q : qualified) {
        const auto ref = catalog().find_qualified(q);
        EXPECT_TRUE(ref.has_value()) << q;
        if (ref) c[static_cast<std::size_t>(ref->dim)] = ref->option;
    }
    return c;
}

// The envelope of `link` (its CRC recomputed) re-wrapped as format `version`: the same payload
// bytes under another version's rules. Edit the envelope's bytes first with `edit`, if given.
template <class Edit>
std::string rewrap(const std::string& link, std::uint8_t version, Edit edit) {
    std::vector<std::uint8_t> env;
    persist::base64url_decode(link.substr(link.find('.') + 1), env);
    env.resize(env.size() - 4);
    edit(env);
    const std::uint8_t v[1] = {version};
    const std::uint32_t crc = persist::crc32(env.data(), env.size(), persist::crc32(v, 1));
    for (int i = 0; i < 4; ++i) env.push_back(static_cast<std::uint8_t>(crc >> (8 * i)));
    return "a" + std::to_string(version) + "." + persist::base64url_encode(env.data(), env.size());
}

inline std::string rewrap(const std::string& link, std::uint8_t version) {
    return rewrap(link, version, [](std::vector<std::uint8_t>&) {});
}

}  // namespace armistice::test_support
