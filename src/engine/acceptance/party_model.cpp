// party_model.cpp — assembles the party model and answers utility lookups (see party_model.h).
#include "engine/acceptance/party_model.h"

#include <array>

#include "engine/acceptance/party_model_data.h"

namespace armistice {

namespace {

// A left-open clause is valued at the party's expectation of later talks: the mean of its
// utilities over the dimension's negotiable options (an uninformative prior over where talks
// could end; an assumption, given a wide range in uncertainty.h).
void value_left_open(std::vector<DimensionModel>& table) {
    const Catalog& cat = catalog();
    for (std::size_t d = 0; d < table.size() && d < cat.dimensions.size(); ++d) {
        const auto& options = cat.dimensions[d].options;
        auto& rows = table[d].rows;
        for (std::size_t p = 0; p < kPartyCount; ++p) {
            double sum = 0.0;
            int n = 0;
            for (std::size_t o = 0; o < options.size() && o < rows.size(); ++o) {
                if (options[o].kind != ClauseKind::Negotiable) continue;
                sum += rows[o].utility[p];
                ++n;
            }
            const double mean = n > 0 ? sum / n : 0.0;
            for (std::size_t o = 0; o < options.size() && o < rows.size(); ++o) {
                if (options[o].kind != ClauseKind::LeftOpen) continue;
                rows[o].utility[p] = static_cast<std::int8_t>(mean < 0 ? mean - 0.5 : mean + 0.5);
            }
        }
    }
}

double lens_factor(Party p, Dim d, LensId id) {
    if (p != Party::Russia) return 1.0;
    const Lens& l = lens(id);
    switch (d) {
        case Dim::Alignment:
        case Dim::EuropeanSecurity: return l.concession_effect;
        case Dim::ForeignForces: return l.western_presence_risk;
        default: return 1.0;
    }
}

}  // namespace

const std::vector<DimensionModel>& party_model() {
    static const std::vector<DimensionModel> table = [] {
        std::vector<DimensionModel> t = party_model_data::models();
        value_left_open(t);
        return t;
    }();
    return table;
}

double option_utility(Party p, Dim d, std::uint8_t option) {
    return party_model()[static_cast<std::size_t>(d)]
        .rows[option]
        .utility[static_cast<std::size_t>(p)];
}

double effective_salience(Party p, Dim d, LensId lens_id) {
    const auto& dm = party_model()[static_cast<std::size_t>(d)];
    return dm.salience[static_cast<std::size_t>(p)] * lens_factor(p, d, lens_id);
}

namespace {

// Sum over dimensions of a party's effective salience, per lens and party, summed once in
// catalog order (the same order, so the same double, as summing it on every call). Immutable
// after the first call, like party_model(); weighted_utility() runs in the acceptance and search
// hot paths, where re-summing it was a quarter of the most-durable search's time.
double salience_total(Party p, LensId lens_id) {
    static const auto totals = [] {
        std::array<std::array<double, kPartyCount>, kLensCount> t{};
        for (std::size_t l = 0; l < kLensCount; ++l)
            for (std::size_t q = 0; q < kPartyCount; ++q)
                for (std::size_t i = 0; i < kDimensionCount; ++i)
                    t[l][q] += effective_salience(static_cast<Party>(q), static_cast<Dim>(i),
                                                  static_cast<LensId>(l));
        return t;
    }();
    return totals[static_cast<std::size_t>(lens_id)][static_cast<std::size_t>(p)];
}

}  // namespace

double weighted_utility(Party p, Dim d, std::uint8_t option, LensId lens_id) {
    return effective_salience(p, d, lens_id) * option_utility(p, d, option) /
           salience_total(p, lens_id);
}

}  // namespace armistice
