// persist_test_support.h — small helpers shared by the persist test files: a preset's scenario
// by id (failing the test when the id is unknown) and a clause list as qualified ids.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/scenario.h"
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

}  // namespace armistice::test_support
