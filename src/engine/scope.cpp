// scope.cpp — derives an agreement's scope and term from its clauses (see scope.h).
#include "engine/scope.h"

namespace armistice {

namespace {

struct ProcessScope {
    std::string_view process;  // option id of the process dimension
    Scope kind;
    std::uint32_t term_days;
};

// What each process clause implied before scope and term were dimensions of their own.
constexpr ProcessScope kFromProcess[] = {
    {"energy_pause", Scope::Partial, 30},
    {"interim_30day", Scope::CeasefireThenSettlement, 30},
    {"two_tracks", Scope::CeasefireThenSettlement, 0},
    {"elections_then_treaty", Scope::CeasefireThenSettlement, 0},
};

// Term in days of each option of the term dimension, in catalog order (append-only).
constexpr std::uint32_t kTermDays[] = {0, 30, 90, 365};

}  // namespace

AgreementScope scope_of(const Scenario& s) {
    const Catalog& cat = catalog();
    AgreementScope a;
    const std::string_view process = cat.at(Dim::Process).options[s.choice(Dim::Process)].id;
    for (const ProcessScope& p : kFromProcess) {
        if (p.process == process) {
            a.kind = p.kind;
            a.term_days = p.term_days;
        }
    }
    const std::uint8_t scope = s.choice(Dim::Scope);
    if (scope != cat.at(Dim::Scope).default_option) {
        a.kind = scope == 1 ? Scope::CeasefireThenSettlement : Scope::Partial;
    }
    const std::uint8_t term = s.choice(Dim::Term);
    if (term != cat.at(Dim::Term).default_option && term < sizeof kTermDays / sizeof kTermDays[0]) {
        a.term_days = kTermDays[term];
    }
    return a;
}

bool is_interim(const AgreementScope& a) {
    return a.kind == Scope::Partial || a.term_days > 0;
}

std::string_view scope_id(Scope s) {
    switch (s) {
        case Scope::Settlement:
            return "settlement";
        case Scope::CeasefireThenSettlement:
            return "ceasefire_then_settlement";
        case Scope::Partial:
            return "partial";
    }
    return "settlement";
}

}  // namespace armistice
