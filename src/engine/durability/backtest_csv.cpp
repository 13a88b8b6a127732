// backtest_csv.cpp — parser for the historical case format (see backtest.h and
// shared/backtest/README.md). RFC-4180-style quoting; columns located by header name.
#include <cstdlib>
#include <set>

#include "engine/durability/backtest.h"

namespace armistice::durability {

namespace {

using M = Mechanism;

// Splits one CSV record; false on an unterminated quote.
bool split_record(std::string_view line, std::vector<std::string>& out) {
    out.clear();
    std::string cur;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    cur.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cur.push_back(ch);
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            out.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(ch);
        }
    }
    out.push_back(cur);
    return !quoted;
}

std::string trim(const std::string& s) {
    std::size_t a = 0, b = s.size();
    while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) --b;
    return s.substr(a, b - a);
}

const char* kColumns[] = {"case_id",       "name",         "signed",
                          "months",        "ended",        "withdrawal",
                          "dmz",           "peacekeeping", "peacekeeper_provider",
                          "guarantee",     "joint_commission", "specificity",
                          "arms_limits",   "economic_linkage", "territory_unresolved",
                          "great_power_party", "decisive_victory"};
constexpr std::size_t kNeeded = sizeof(kColumns) / sizeof(kColumns[0]);

bool valid_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return false;
    const int mo = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

}  // namespace

BacktestParse parse_backtest_csv(std::string_view text) {
    BacktestParse out;
    auto fail = [&](int line, std::string msg) {
        out.ok = false;
        out.error_line = line;
        out.error_message = std::move(msg);
        out.cases.clear();
        return out;
    };
    std::vector<std::string> fields;
    std::size_t idx[kNeeded] = {};
    bool have_header = false;
    std::size_t header_fields = 0;
    std::set<std::string> ids;
    int line_no = 0;
    std::size_t pos = 0;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // UTF-8 BOM
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view raw = text.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        if (raw.find_first_not_of(" \t") == std::string_view::npos) {
            if (nl == text.size()) break;
            continue;
        }
        if (!split_record(raw, fields)) return fail(line_no, "unterminated quoted field");
        for (auto& f : fields) f = trim(f);
        if (!have_header) {
            for (std::size_t c = 0; c < kNeeded; ++c) {
                bool found = false;
                for (std::size_t j = 0; j < fields.size(); ++j)
                    if (fields[j] == kColumns[c]) {
                        idx[c] = j;
                        found = true;
                    }
                if (!found) return fail(line_no, std::string("header lacks column '") + kColumns[c] + "'");
            }
            header_fields = fields.size();
            have_header = true;
            continue;
        }
        if (fields.size() != header_fields)
            return fail(line_no, "expected " + std::to_string(header_fields) + " fields, found " +
                                     std::to_string(fields.size()));
        if (out.cases.size() >= kMaxBacktestCases)
            return fail(line_no, "more than " + std::to_string(kMaxBacktestCases) +
                                     " cases; the backtest reads at most " +
                                     std::to_string(kMaxBacktestCases) + " rows");
        auto f = [&](std::size_t c) -> const std::string& { return fields[idx[c]]; };
        BacktestCase bc;
        bc.line = line_no;
        bc.case_id = f(0);
        bc.name = f(1);
        if (bc.case_id.empty()) return fail(line_no, "case_id is empty");
        if (!ids.insert(bc.case_id).second) return fail(line_no, "duplicate case_id '" + bc.case_id + "'");
        if (!valid_date(f(2))) return fail(line_no, "signed must be a date YYYY-MM-DD, got '" + f(2) + "'");
        {
            const std::string& m = f(3);
            char* end = nullptr;
            const double v = m.empty() ? -1.0 : std::strtod(m.c_str(), &end);
            if (m.empty() || end != m.c_str() + m.size() || !(v >= 0.0) || v > 100000.0)
                return fail(line_no, "months must be a non-negative number, got '" + m + "'");
            bc.months = v;
        }
        if (f(4) == "yes") bc.ended = true;
        else if (f(4) == "no") bc.ended = false;
        else return fail(line_no, "ended must be 'yes' or 'no', got '" + f(4) + "'");
        auto flag = [&](std::size_t c, M mech) -> bool {
            const std::string& v = f(c);
            if (v == "1") {
                add(bc.mechanisms, mech);
                return true;
            }
            return v == "0";
        };
        const std::pair<std::size_t, M> flags[] = {
            {5, M::Withdrawal},         {6, M::Dmz},           {9, M::Guarantee},
            {10, M::JointCommission},   {12, M::ArmsLimits},   {13, M::EconomicLinkage},
            {14, M::TerritoryUnresolved}, {15, M::GreatPowerParty}, {16, M::DecisiveVictory}};
        for (const auto& [c, mech] : flags)
            if (!flag(c, mech))
                return fail(line_no, std::string(kColumns[c]) + " must be 0 or 1, got '" + f(c) + "'");
        const std::string& pk = f(7);
        const std::string& prov = f(8);
        if (pk != "none" && pk != "observers" && pk != "armed")
            return fail(line_no, "peacekeeping must be none, observers or armed, got '" + pk + "'");
        if (prov != "none" && prov != "neutral" && prov != "party")
            return fail(line_no, "peacekeeper_provider must be none, neutral or party, got '" + prov + "'");
        if (pk == "none" && prov != "none")
            return fail(line_no, "peacekeeper_provider is '" + prov + "' but peacekeeping is none");
        if (pk == "observers") add(bc.mechanisms, prov == "party" ? M::ObserversWithParty : M::ObserversNeutral);
        if (pk == "armed") add(bc.mechanisms, prov == "party" ? M::ForceWithParty : M::ArmedNeutralForce);
        const std::string& sp = f(11);
        if (sp == "high") add(bc.mechanisms, M::SpecificityHigh);
        else if (sp == "low") add(bc.mechanisms, M::SpecificityLow);
        else if (sp != "medium") return fail(line_no, "specificity must be low, medium or high, got '" + sp + "'");
        const M protective[] = {M::Withdrawal, M::Dmz, M::Guarantee, M::JointCommission, M::ArmsLimits,
                                M::EconomicLinkage, M::SpecificityHigh};
        for (M m : protective) bc.mechanism_count += has(bc.mechanisms, m) ? 1 : 0;
        bc.mechanism_count += pk != "none" ? 1 : 0;
        out.cases.push_back(std::move(bc));
        if (nl == text.size()) break;
    }
    if (!have_header) return fail(line_no == 0 ? 1 : line_no, "no header line");
    return out;
}

}  // namespace armistice::durability
