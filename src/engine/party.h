// party.h — the four parties whose acceptance the explorer judges.
//
// Invariants: the `Party` order is append-only; ids are the public JSON ids
// ("ukraine", "russia", "united_states", "europe") used by `armistice evaluate --json`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace armistice {

enum class Party : std::uint8_t { Ukraine, Russia, UnitedStates, Europe, Count };

constexpr std::size_t kPartyCount = static_cast<std::size_t>(Party::Count);

std::string_view party_id(Party p);     // "ukraine", "russia", "united_states", "europe"
std::string_view party_label(Party p);  // "Ukraine", "Russia", "United States", "European allies"
std::optional<Party> find_party(std::string_view id);

}  // namespace armistice
