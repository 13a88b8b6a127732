// consent.cpp — the veto-player table (see consent.h). Every probability range is an assumption
// (SourceId of the note: the record it is informed by); the notes paraphrase that record.
#include "engine/acceptance/consent.h"

#include <cmath>
#include <cstdio>

namespace armistice {

namespace {

using S = SourceId;
using St = Stance;

// The holders' names: string-table keys (data/strings/*/engine_consent.csv).
constexpr std::string_view kEu = "consent.holder.eu_council";
constexpr std::string_view kEuAssets = "consent.holder.eu_assets";
constexpr std::string_view kCongress = "consent.holder.us_congress";

std::vector<ConsentNeed> build() {
    return {
        {"eu_council.sanctions_lifted",
         kEu,
         "sanctions.lifted",
         0.05,
         0.3,
         {S::Reported2025, St::Describes,
          "EU sanctions are Council decisions taken by unanimity and renewed every six months; "
          "through 2025 the Council kept renewing them and said they stay until a just peace, "
          "so lifting all of them needs states that oppose it to agree (range: assumption)"}},
        {"eu_council.sanctions_partial",
         kEu,
         "sanctions.partial_tech_kept",
         0.15,
         0.45,
         {S::Reported2025, St::Describes,
          "broad relief short of full lifting still needs a unanimous Council decision; front-"
          "line members opposed early relief in 2025 (range: assumption)"}},
        {"eu_council.sanctions_phased",
         kEu,
         "sanctions.phased_snapback",
         0.5,
         0.85,
         {S::Reported2025, St::Describes,
          "relief in steps tied to compliance, with snapback, is what the European counter-texts "
          "of 2025 themselves proposed; each step is still a unanimous decision (range: "
          "assumption)"}},
        {"us_congress.sanctions_lifted",
         kCongress,
         "sanctions.lifted",
         0.35,
         0.75,
         {S::Reported2025, St::Describes,
          "CAATSA (2017) makes the President submit relief of Russia sanctions to Congress, which "
          "may block it by joint resolution; blocking needs majorities able to override a veto "
          "(range: assumption)"}},
        {"us_congress.sanctions_partial",
         kCongress,
         "sanctions.partial_tech_kept",
         0.45,
         0.8,
         {S::Reported2025, St::Describes,
          "the same CAATSA review applies to partial relief; keeping technology controls makes "
          "a resolution of disapproval less likely (range: assumption)"}},
        {"us_congress.sanctions_phased",
         kCongress,
         "sanctions.phased_snapback",
         0.6,
         0.9,
         {S::Reported2025, St::Describes,
          "each relief step is reviewable under CAATSA; automatic snapback answers the usual "
          "objection (range: assumption)"}},
        {"eu_assets.returned",
         kEuAssets,
         "assets.returned",
         0.02,
         0.15,
         {S::Reported2025, St::Describes,
          "in December 2025 the EU immobilised the Russian central-bank assets it holds without a "
          "fixed end date, to stay until Russia compensates Ukraine (range: assumption)"}},
        {"eu_assets.reconstruction_fund",
         kEuAssets,
         "assets.reconstruction_fund",
         0.25,
         0.6,
         {S::Reported2025, St::Describes,
          "using the assets for Ukraine divided EU leaders in late 2025: Belgium, which holds "
          "most of them, asked for shared guarantees and the December summit chose joint "
          "borrowing instead (range: assumption)"}},
        {"eu_assets.us_russia_funds",
         kEuAssets,
         "assets.us_russia_funds",
         0.02,
         0.2,
         {S::Reported2025, St::Describes,
          "the November 2025 US draft would place assets held in Europe into US-led and joint "
          "US-Russian funds; European governments rejected deciding on them without Europe "
          "(range: assumption)"}},
        // Appended: keeping EU sanctions is a decision too (consent.h).
        {"eu_council.sanctions_renewal",
         "consent.holder.eu_council_renewal",
         "sanctions.kept_until_settlement",
         0.9,
         0.99,
         {S::Reported2025, St::Describes,
          "the EU's economic sanctions on Russia (Council Decision 2014/512/CFSP) lapse unless "
          "renewed by unanimity every six months; the Council renewed them at every deadline "
          "since Jul 2014, but in Jan and Jul 2025 Hungary held out until the last days (per-"
          "renewal range and four renewals, i.e. two years to a settlement: assumptions)"},
         4},
    };
}

}  // namespace

const std::vector<ConsentNeed>& consent_needs() {
    static const std::vector<ConsentNeed> table = build();
    return table;
}

namespace {

// Per need, the (dim, option) it applies to; resolved once.
const std::vector<Catalog::Ref>& resolved() {
    static const std::vector<Catalog::Ref> refs = [] {
        std::vector<Catalog::Ref> out;
        for (const ConsentNeed& n : consent_needs()) out.push_back(option_ref(n.option));
        return out;
    }();
    return refs;
}

}  // namespace

std::vector<std::size_t> consents_needed(const Choices& choices) {
    std::vector<std::size_t> out;
    const auto& refs = resolved();
    for (std::size_t i = 0; i < refs.size(); ++i) {
        if (choices[static_cast<std::size_t>(refs[i].dim)] == refs[i].option) out.push_back(i);
    }
    return out;
}

double consent_over_decisions(const ConsentNeed& n, double p) {
    return std::pow(p, n.decisions < 1 ? 1 : n.decisions);
}

Message renewal_note(const ConsentNeed& n) {
    if (n.decisions <= 1) return {};
    const auto pct = [](double p) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.0f", 100.0 * p);
        return std::string(buf);
    };
    return {"consent.renewal_note",
            {{"low", pct(consent_over_decisions(n, n.p_low))},
             {"high", pct(consent_over_decisions(n, n.p_high))},
             {"n", std::to_string(static_cast<int>(n.decisions))}}};
}

bool needs_consent(Dim d, std::uint8_t o) {
    for (const Catalog::Ref& r : resolved()) {
        if (r.dim == d && r.option == o) return true;
    }
    return false;
}

double consent_midpoint(Dim d, std::uint8_t o) {
    double p = 1.0;
    const auto& refs = resolved();
    const auto& needs = consent_needs();
    for (std::size_t i = 0; i < refs.size(); ++i) {
        if (refs[i].dim != d || refs[i].option != o) continue;
        p *= consent_over_decisions(needs[i], 0.5 * (needs[i].p_low + needs[i].p_high));
    }
    return p;
}

bool doubtful_consent(Dim d, std::uint8_t o) {
    return consent_midpoint(d, o) < kDoubtfulConsentBelow;
}

}  // namespace armistice
