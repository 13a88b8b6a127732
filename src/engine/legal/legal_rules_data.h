// legal_rules_data.h — internal: the two halves of the legal rule table (legal_rules_*.cpp).
// Only legal.cpp calls these, once.
#pragma once

#include <vector>

#include "engine/legal/legal.h"

namespace armistice::legal_data {

std::vector<LegalRule> principle_rules();    // legal_rules_law.cpp
std::vector<LegalRule> consistency_rules();  // legal_rules_consistency.cpp

}  // namespace armistice::legal_data
