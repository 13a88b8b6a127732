// scenario.h — the complete input of one evaluation: an agreement, its context, a lens and the
// simulation settings.
//
// Purpose: `Scenario` is plain data with defaults; `validate()` lists every problem with its field
// path, so file loaders, link decoders and the UI report the same messages. The engine is
// deterministic: the same Scenario (including `sim.seed`) always gives the same Result.
//
// Invariants after a successful validate():
//  - choices[d] < catalog().at(d).options.size() for every dimension d;
//  - every context value is finite and inside its lever range;
//  - relaxed_red_lines has no bit at or above red_lines().size();
//  - every context value is a multiple of its lever's step (the share-link grid), so a file and
//    its link give the same results;
//  - name non-empty; name ≤ kMaxNameBytes, description ≤ kMaxDescriptionBytes, base_preset ≤
//    kMaxPresetIdBytes, all valid UTF-8 without control characters other than '\n' in the
//    description, and without bidi embeddings/overrides/isolates (U+202A..U+202E,
//    U+2066..U+2069); the name also without line/paragraph separators (U+2028, U+2029);
//  - sim settings inside the ranges below;
//  - as_of is 0 (undated) or a month in [kMinAsOf, kMaxAsOf].
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/context.h"
#include "engine/lens.h"
#include "engine/utf8_text.h"  // is_clean_utf8, used by every text check

namespace armistice {

constexpr std::size_t kMaxNameBytes = 120;
constexpr std::size_t kMaxDescriptionBytes = 1200;
constexpr std::size_t kMaxPresetIdBytes = 64;

struct SimSettings {
    static constexpr std::uint32_t kMinRuns = 100;
    static constexpr std::uint32_t kMaxRuns = 100000;
    static constexpr std::uint32_t kMinHorizon = 12;   // months
    static constexpr std::uint32_t kMaxHorizon = 240;  // months

    std::uint32_t runs = 10000;           // Monte Carlo trajectories, [kMinRuns, kMaxRuns]
    std::uint32_t horizon_months = 120;   // months simulated, [kMinHorizon, kMaxHorizon]
    std::uint64_t seed = 1;               // random seed; any value

    bool operator==(const SimSettings& o) const {
        return runs == o.runs && horizon_months == o.horizon_months && seed == o.seed;
    }
};

using Choices = std::array<std::uint8_t, kDimensionCount>;  // option index per dimension

// A text's date, as a month count: year × 12 + (month − 1). 0 = undated.
constexpr std::uint16_t month_code(int year, int month) {
    return static_cast<std::uint16_t>(year * 12 + (month - 1));
}
constexpr std::uint16_t kMinAsOf = month_code(1991, 1);  // Ukraine's independence year
constexpr std::uint16_t kMaxAsOf = month_code(2100, 12);
std::string month_text(std::uint16_t code);  // "2025-11"; "" for 0 (undated)

struct Scenario {
    std::string name = "Untitled scenario";  // short title, UTF-8, non-empty, ≤ kMaxNameBytes
    std::string description;  // two or three sentences, UTF-8, ≤ kMaxDescriptionBytes
    std::string base_preset;  // id of the preset this was made from ("" if none)
    Choices choices = default_choices();
    Context context = Context::defaults();
    LensId lens = LensId::Evidence;
    std::uint64_t relaxed_red_lines = 0;  // bit i set: red_lines()[i] is relaxed
    SimSettings sim;
    // The date whose context the text is judged in (month_code; 0 = undated). The parties that
    // proposed or signed a text accept it in the context of its date: a red line stated after
    // it (RedLine::from) does not apply to it; an undated text faces only the undated red lines.
    std::uint16_t as_of = 0;

    std::uint8_t choice(Dim d) const { return choices[static_cast<std::size_t>(d)]; }
    void set_choice(Dim d, std::uint8_t option) { choices[static_cast<std::size_t>(d)] = option; }
    // The chosen option of dimension d (choice must be valid).
    const Option& option(Dim d) const;
    // Union of the mechanisms of every chosen option.
    MechanismSet mechanisms() const;
    bool is_relaxed(std::size_t red_line) const { return (relaxed_red_lines >> red_line) & 1u; }

    static Choices default_choices();

    // Equality over everything that affects results AND what a user sees (name, description).
    bool operator==(const Scenario& o) const;
    bool operator!=(const Scenario& o) const { return !(*this == o); }
};

struct ValidationIssue {
    std::string path;     // e.g. "choices.alignment", "context.western_aid", "sim.runs"
    std::string message;  // plain words: what is wrong and what is allowed
};

// Every problem found, in field order; empty when the scenario is valid.
std::vector<ValidationIssue> validate(const Scenario& s);

}  // namespace armistice
