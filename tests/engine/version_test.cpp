// version_test.cpp — the version constants agree with each other and with semantic versioning.
#include "engine/version.h"

#include <gtest/gtest.h>

#include <string>

namespace armistice {
namespace {

TEST(Version, StringMatchesNumericParts) {
    const std::string expected = std::to_string(kVersionMajor) + "." +
                                 std::to_string(kVersionMinor) + "." +
                                 std::to_string(kVersionPatch);
    EXPECT_EQ(kVersion, expected);
}

TEST(Version, PartsAreNonNegativeAndNotAllZero) {
    EXPECT_GE(kVersionMajor, 0);
    EXPECT_GE(kVersionMinor, 0);
    EXPECT_GE(kVersionPatch, 0);
    EXPECT_GT(kVersionMajor + kVersionMinor + kVersionPatch, 0);
}

TEST(Version, ProductNameIsStable) { EXPECT_EQ(kProductName, "Armistice Explorer"); }

}  // namespace
}  // namespace armistice
