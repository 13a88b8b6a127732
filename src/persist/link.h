// link.h — share links: the whole UI-visible state in a URL fragment, versioned forever.
//
// Purpose: educators put links in slides and e-mails; they must open identically for years, and
// anyone can craft one, so decoding treats the text as hostile (DESIGN.md §6, issue #6).
//
// [SECTION] Compatibility rule — READ BEFORE EDITING
//   Every released format version keeps decoding, byte for byte, forever. A format change adds a
//   new version (kLinkVersion + 1, a new link_payload_vN.cpp and a migration to LinkState); it
//   NEVER edits an old version's layout, bounds or lever quanta. Golden links for every version
//   live in tests/persist/link_golden_test.cpp with the state they must produce; they are never
//   regenerated. encode_link() writes the OLDEST version that holds the state: v1 unless a v2
//   or v3 field is set (so plain links stay byte-identical and open in older builds).
//
// [SECTION] Envelope (all versions)
//   link      = "a" <version, decimal> "." <base64url(envelope), no padding>     e.g. "a1.AQE..."
//   envelope  = u16 LE payload_len | payload (payload_len bytes) | u32 LE crc
//   crc       = CRC-32/IEEE over (u8 version | u16 LE payload_len | payload)
//   A shorter envelope than payload_len announces is "incomplete" (cut off); a longer one or a
//   CRC mismatch is "damaged". A leading '#', surrounding whitespace, or a full URL whose
//   fragment is the link are accepted by decode_link().
//
// [SECTION] Payload v1 (little-endian, the bytes cereal's PortableBinaryArchive wrote; written and
//   read by persist/byte_codec.h since; u64 lengths are capped
//   BEFORE any allocation or cast, so wasm32's 32-bit size_t never sees a garbage length)
//   u8   0x01                 endianness marker (must be 1 = little-endian)
//   u8   link flags           bit0 compare block follows, bit1 note, bit2 goal; bits 3-7 zero
//   u8   view                 LinkView, < LinkView::Count
//   ...  scenario block       the scenario
//   ...  scenario block       the compare partner (if bit0)
//   u64  note length ≤ 280, then note bytes (UTF-8, no control characters but '\n') (if bit1)
//   u8   goal flags           bit0 require_all_accept, bit1 require_lawful, bit2 min_p_hold_60;
//                             bits 3-7 zero; then f64 min_p_hold_60 ∈ [0,1] if bit2 (if bit2 of
//                             link flags)
//   (end: no trailing bytes)
//
// [SECTION] Payload v2 = v1 plus two append-only link flags (one shared reader for both)
//   link flags bit3       suggestions hidden (closest agreement, most durable deal): no bytes
//   link flags bit4       start block follows: a scenario block after the goal, the scenario the
//                         assignment began with (stored only when it differs from the main one)
//   bits 5-7 zero. A v1 link migrates with suggestions shown and no start block.
//
// [SECTION] Payload v3 = v2 plus one append-only scenario-block flag (same shared reader)
//   block flags bit2      the text's date follows the description: u16 as_of (Scenario::as_of,
//                         a month_code; range checked by validate()). Stored only when it
//                         differs from the base preset's date (or, without a known base preset,
//                         when the scenario is dated). Without it (v1, v2, or bit2 clear) the
//                         date is the base preset's in the running build, or undated.
//
//   scenario block:
//   u8   block flags          bit0 name stored, bit1 description stored; bits 2-7 zero
//   u64  base preset id length ≤ 64, then the id bytes (lower_snake_case or empty)
//   u64  choice count ≤ 64 (more than this build's dimensions = "newer version"), then one u8
//        option index per dimension in Dim order; absent dimensions take default_option
//   u64  lever count ≤ 9, then one i16 per lever in Lever order: value = q × quantum, with the
//        v1 quanta pinned in link_payload_v1.cpp (western_aid 5, sanctions 0.5, inflation 0.5,
//        policy rate 0.5, casualties 50, outside support 0.5, US reliability 0.05, European
//        readiness 0.05, battlefield trend 0.05); absent levers take their defaults
//   u8   lens                 LensId, < kLensCount
//   u64  relaxed red lines    bit i = red_lines()[i] relaxed
//   u32  runs, u32 horizon_months, u64 seed
//   u64  name length ≤ 120, name bytes          (if bit0)
//   u64  description length ≤ 1200, its bytes   (if bit1)
//
// [SECTION] Name and description
//   A link stores the name / description only when they differ from the base preset's (or there
//   is no known base preset). Otherwise decoding restores them from the base preset of the
//   running build: a preset whose wording was later edited shows the new wording; results never
//   depend on it. Preset ids are never removed; if one were, the name becomes
//   "Shared scenario (<id>)" and the description empty.
//
// [SECTION] Levers
//   Links store each lever on its slider grid (LeverInfo::step). validate() refuses off-grid
//   values (a file and its link must give the same results), so encode_link() never changes a
//   value; the UI snaps its sliders with quantise_lever(). Everything else round-trips exactly.
//
// Errors: every failure is ONE LinkError of a fixed kind with a detail; no function here throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scenario.h"
#include "persist/assignment.h"  // EducatorGoal

namespace armistice::persist {

constexpr std::uint32_t kLinkVersion = 3;         // the newest version encode_link() writes
constexpr std::size_t kMaxNoteChars = 280;        // educator note, characters (code points)
constexpr std::size_t kMaxNoteBytes = 4 * kMaxNoteChars;  // UTF-8 bytes: bound while decoding
constexpr std::size_t kMaxPayloadBytes = 6000;    // envelope payload_len cap; every valid state
                                                  // fits (three full scenarios + a full note:
                                                  // tests/persist/link_v2_test.cpp)
constexpr std::size_t kMaxLinkChars = 8192;       // checked before anything is decoded; above the
                                                  // base64 length of the largest valid envelope

// Which view the page shows. Append-only (stored in links).
enum class LinkView : std::uint8_t {
    Agreement,   // the agreement builder (default)
    Acceptance,  // who signs
    Legal,       // legal findings
    Durability,  // will it hold
    Compare,     // side by side with the compare partner
    ModelCard,   // assumptions and sources
    Count
};

struct LinkState {
    Scenario scenario;                // the scenario on screen
    std::optional<Scenario> compare;  // the compare partner, if one is set
    LinkView view = LinkView::Agreement;
    std::string note;                 // educator note, ≤ kMaxNoteChars characters, text only
    EducatorGoal goal;
    bool suggestions_hidden = false;  // v2: hide the closest-agreement / most-durable suggestions
    std::optional<Scenario> start;    // v2: the assignment's starting scenario, when it differs
                                      // from `scenario` (a student's shared result)

    bool operator==(const LinkState& o) const {
        return scenario == o.scenario && compare == o.compare && view == o.view && note == o.note &&
               goal == o.goal && suggestions_hidden == o.suggestions_hidden && start == o.start;
    }
    bool operator!=(const LinkState& o) const { return !(*this == o); }
};

enum class LinkErrorKind : std::uint8_t {
    Damaged,       // corrupt: bad characters, CRC mismatch, impossible values, trailing bytes
    Incomplete,    // cut off: fewer bytes than the envelope announces
    NewerVersion,  // made by a newer version of Armistice Explorer
    NotALink,      // not an Armistice Explorer scenario link at all
};

struct LinkError {
    LinkErrorKind kind = LinkErrorKind::Damaged;
    std::string detail;  // plain words, safe to print (no control characters)

    // One line for the UI and the CLI, e.g. "This link is damaged: the check digits do not match".
    std::string message() const;
};

struct DecodeResult {
    std::optional<LinkState> state;  // set on success (validated)
    LinkError error;                 // meaningful only when !state

    bool ok() const { return state.has_value(); }
};

// Problems that would stop `state` from being encoded (validate() of every scenario with paths
// prefixed "compare." / "start." for the partner / the start, note length/UTF-8, goal range,
// view). Empty = encodable.
std::vector<ValidationIssue> validate_link_state(const LinkState& state);

// "a1.<base64url>" or "a2.…" (no '#'). Returns "" when validate_link_state(state) is not empty.
std::string encode_link(const LinkState& state);

// Decodes a link, a "#fragment", or a URL ending in one. Never throws.
DecodeResult decode_link(std::string_view text);

// What a valid link asks for that cannot be shown as asked, in plain words, or "" when nothing:
// the Compare view without a compare partner (the agreement is shown alone). The page shows
// this in its banner and `armistice link decode` prints it, so both say the same about a link.
// A partner with another view is honoured: it is kept (and kept in the page's link) for Compare.
std::string link_view_notice(const LinkState& state);

// The value a link stores for lever `l` (nearest point of the link grid); non-finite → default.
double quantise_lever(Lever l, double value);

}  // namespace armistice::persist
