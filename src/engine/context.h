// context.h — the leverage context around an agreement: levers a user moves with sliders.
//
// Purpose: the context changes each party's alternative to a deal (acceptance) and the pressures
// on a ceasefire once signed (durability). Every lever has a unit, a range, a default and a
// source (or is labelled an assumption); `lever_info()` is the single table of that metadata and
// the model card prints it.
//
// Invariants: values are finite and inside [min, max] after `validate()`; the `Lever` order is
// append-only (share links store levers by index).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/catalog.h"

namespace armistice {

enum class Lever : std::uint8_t {
    WesternAid,         // Western military aid to Ukraine, % of the 2024 level
    SanctionsPressure,  // strength of sanctions on Russia, index 0–10
    RussianInflation,   // Russian consumer-price inflation, % per year
    RussianPolicyRate,  // Bank of Russia key rate, % per year
    RussianCasualties,  // Russian casualties, persons per day
    OutsideSupport,     // support to Russia from China, North Korea and Iran, index 0–10
    UsReliability,      // probability the US honours its commitments over the horizon, 0–1
    EuropeanReadiness,  // Europe's readiness to field and sustain forces, 0–1
    BattlefieldTrend,   // −1 Russia gaining fast … 0 stalemate … +1 Ukraine gaining fast
    Count
};

constexpr std::size_t kLeverCount = static_cast<std::size_t>(Lever::Count);

struct LeverInfo {
    Lever lever;
    std::string_view id;     // lower_snake_case, used in scenario files
    std::string_view label;  // short slider label
    std::string_view unit;   // e.g. "% of 2024 level", "persons/day"
    double min;
    double max;
    double default_value;
    double step;  // slider step and link quantum; ranges are multiples of it
    SourceId source;
    std::string_view source_note;  // where the default comes from, or why it is an assumption
};

const LeverInfo& lever_info(Lever l);

// `value` snapped to the nearest multiple of the lever's step (the slider grid, which is also
// what a share link stores); a non-finite value gives the default. validate() refuses values
// for which this is not the identity. Not clamped to the range.
double snap_lever_to_step(Lever l, double value);

struct Context {
    std::array<double, kLeverCount> values{};  // unit and range per lever_info(); see defaults()

    double get(Lever l) const { return values[static_cast<std::size_t>(l)]; }
    void set(Lever l, double v) { values[static_cast<std::size_t>(l)] = v; }
    // Lever value mapped to [0, 1] over its range (0 at min, 1 at max).
    double normalised(Lever l) const;

    static Context defaults();
    bool operator==(const Context& o) const { return values == o.values; }
    bool operator!=(const Context& o) const { return !(*this == o); }
};

}  // namespace armistice
