// mechanisms.cpp — stable names of the generic mechanisms (see mechanisms.h).
#include "engine/mechanisms.h"

#include <array>

namespace armistice {

namespace {
constexpr std::array<std::string_view, kMechanismCount> kNames = {
    "withdrawal",           "dmz",                   "dmz_wide",
    "observers_neutral",    "observers_with_party",  "armed_neutral_force",
    "force_with_party",     "guarantee",             "joint_commission",
    "specificity_high",     "specificity_low",       "arms_limits",
    "economic_linkage",     "territory_unresolved",  "great_power_party",
    "decisive_victory",     "tech_monitoring",       "western_force",
    "reassurance_force",    "trainers_only",         "strong_guarantee",
    "guarantee_russian_veto", "guarantee_conditional", "ukraine_rearmed",
    "ukraine_capped",       "ukraine_demilitarised", "auto_snapback",
    "sanctions_kept",       "sanctions_lifted",      "secondary_sanctions",
    "assets_escrow",        "assets_to_ukraine",     "nato_membership",
    "nato_barred",          "neutrality",            "recognition_de_facto",
    "recognition_de_jure",  "international_admin",   "ukraine_gains",
    "maximal_territory",    "humanitarian",          "flank_alert",
    "arms_control_europe",  "two_tracks",            "special_status",
    "prosecution",
};
}  // namespace

std::string_view mechanism_name(Mechanism m) {
    const auto i = static_cast<std::size_t>(m);
    return i < kNames.size() ? kNames[i] : std::string_view("unknown");
}

}  // namespace armistice
