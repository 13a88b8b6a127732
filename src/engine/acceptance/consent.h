// consent.h — veto players: clauses that need the consent of whoever holds the sanctions or the
// immobilised assets, not only of the four negotiating parties.
//
// Purpose: a treaty can promise sanctions relief or a decision on Russia's immobilised central-
// bank assets, but only the bodies that hold them can deliver it: the EU Council for EU sanctions
// and for the assets held in the EU (CFSP decisions by unanimity, sanctions renewed every six
// months), and the US Congress for the sanctions written into statute (CAATSA 2017 lets it review
// and block their relief). Each ConsentNeed ties one option to one such holder with a
// probability range that the holder consents; the ranges are assumptions (labelled) informed by
// the sourced record in the note.
//
// Keeping sanctions needs consent too: EU sanctions lapse unless the Council renews them by
// unanimity every six months, so one member can end them. A need with `decisions` > 1 is a run
// of such renewals: the range is per decision, and the holder consents to the clause only if it
// consents to every one (probability p^decisions for a drawn p).
//
// Use: acceptance_odds (odds.h) folds consent into P(all accept): in each draw a probability is
// drawn uniformly in [p_low, p_high] for every need the deal's clauses trigger, and the holder
// consents with that probability; the deal goes through only when all four parties accept and
// every holder consents. The closest-agreement search (closest.h) first looks for agreements
// that add no clause needing consent, so relief it cannot deliver is not its first sweetener.
//
// Invariants (tested): every option id exists; 0 ≤ p_low ≤ p_high ≤ 1; the table order is
// append-only (ids are printed in JSON).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/message.h"
#include "engine/scenario.h"

namespace armistice {

struct ConsentNeed {
    std::string_view id;      // "holder.what", e.g. "eu_council.sanctions_lifted"
    std::string_view holder;  // string-table key, e.g. "consent.holder.eu_council"
    std::string_view option;  // qualified option id that needs it, e.g. "sanctions.lifted"
    double p_low;             // probability the holder consents, lower end of the range [0, 1]
    double p_high;            // upper end [0, 1]
    SourceRef source;         // the record the range rests on; the numbers are assumptions
    std::uint8_t decisions = 1;  // consecutive decisions the clause needs (renewals), ≥ 1
};

// Probability that the holder makes every decision the need asks for, given a per-decision
// probability p in [p_low, p_high]: p^decisions.
double consent_over_decisions(const ConsentNeed& n, double p);

// Empty when the need is one decision; else the message " per renewal; 66–96% over 4 renewals"
// (key consent.renewal_note), to follow the printed per-decision range (page and CLI say the same).
Message renewal_note(const ConsentNeed& n);

const std::vector<ConsentNeed>& consent_needs();

// Indices into consent_needs() that the scenario's chosen clauses trigger, in table order.
std::vector<std::size_t> consents_needed(const Choices& choices);

// Whether option o of dimension d needs anyone's consent beyond the four parties.
bool needs_consent(Dim d, std::uint8_t o);

// Probability, at the middle of each range, that every holder option o of d needs consents to
// all its decisions (1 when it needs none).
double consent_midpoint(Dim d, std::uint8_t o);

// Whether that probability is below kDoubtfulConsentBelow: the closest-agreement search does not
// add such a clause as a sweetener while an agreement without it reaches its target (closest.h).
// Keeping sanctions through four renewals (about 0.8) is not doubtful; every relief or asset
// decision in the table is (0.18 to 0.51).
constexpr double kDoubtfulConsentBelow = 0.6;  // probability; assumption
bool doubtful_consent(Dim d, std::uint8_t o);

}  // namespace armistice
