// party.cpp — ids and labels of the parties (see party.h).
#include "engine/party.h"

#include <array>

namespace armistice {

namespace {
constexpr std::array<std::string_view, kPartyCount> kIds = {"ukraine", "russia", "united_states",
                                                           "europe"};
constexpr std::array<std::string_view, kPartyCount> kLabels = {"Ukraine", "Russia", "United States",
                                                              "European allies"};
}  // namespace

std::string_view party_id(Party p) { return kIds[static_cast<std::size_t>(p)]; }
std::string_view party_label(Party p) { return kLabels[static_cast<std::size_t>(p)]; }

std::optional<Party> find_party(std::string_view id) {
    for (std::size_t i = 0; i < kPartyCount; ++i) {
        if (kIds[i] == id) return static_cast<Party>(i);
    }
    return std::nullopt;
}

}  // namespace armistice
