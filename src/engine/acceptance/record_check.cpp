// record_check.cpp — parsing the reactions table and matching it (see record_check.h).
#include "engine/acceptance/record_check.h"

#include <cctype>

#include "engine/acceptance/acceptance.h"
#include "engine/acceptance/odds.h"
#include "engine/csv.h"

namespace armistice {

namespace {

const char* const kColumns[] = {"preset", "party", "reaction", "date", "confidence", "basis"};
constexpr std::size_t kNeeded = sizeof(kColumns) / sizeof(kColumns[0]);

bool has_word(const std::string& text, std::string_view word) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool start = at == 0 || !(std::isalpha(static_cast<unsigned char>(text[at - 1])));
        const std::size_t end = at + word.size();
        const bool stop = end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
        if (start && stop) return true;
    }
    return false;
}

bool is_own_text(const std::string& basis) {
    for (std::string_view w : {"proposer", "author", "co-author", "signatory", "signed"}) {
        if (has_word(basis, w)) return true;
    }
    return false;
}

}  // namespace

RecordParse parse_record_csv(std::string_view text) {
    RecordParse out;
    auto fail = [&](int line, std::string msg) {
        out.ok = false;
        out.error_line = line;
        out.error_message = std::move(msg);
        out.rows.clear();
        return out;
    };
    std::vector<std::string> fields;
    std::size_t idx[kNeeded] = {};
    std::size_t header_fields = 0;
    bool have_header = false;
    int line_no = 0;
    std::size_t pos = (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") ? 3 : 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view raw = text.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        if (raw.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        if (!split_csv_record(raw, fields)) return fail(line_no, "unterminated quoted field");
        if (!have_header) {
            for (std::size_t c = 0; c < kNeeded; ++c) {
                bool found = false;
                for (std::size_t j = 0; j < fields.size(); ++j) {
                    if (fields[j] == kColumns[c]) {
                        idx[c] = j;
                        found = true;
                    }
                }
                if (!found) return fail(line_no, std::string("header lacks column '") + kColumns[c] + "'");
            }
            header_fields = fields.size();
            have_header = true;
            continue;
        }
        if (fields.size() != header_fields) {
            return fail(line_no, "expected " + std::to_string(header_fields) + " fields, found " +
                                     std::to_string(fields.size()));
        }
        RecordRow r;
        r.line = line_no;
        r.preset = fields[idx[0]];
        if (r.preset.empty()) return fail(line_no, "preset is empty");
        const auto party = find_party(fields[idx[1]]);
        if (!party) {
            return fail(line_no, "party must be ukraine, russia, united_states or europe, got '" +
                                     fields[idx[1]] + "'");
        }
        r.party = *party;
        const std::string& reaction = fields[idx[2]];
        if (reaction != "accepts" && reaction != "rejects") {
            return fail(line_no, "reaction must be 'accepts' or 'rejects', got '" + reaction + "'");
        }
        r.accepts = reaction == "accepts";
        r.date = fields[idx[3]];
        r.confidence = fields[idx[4]];
        r.basis = fields[idx[5]];
        r.own_text = is_own_text(r.basis);
        out.rows.push_back(std::move(r));
    }
    if (!have_header) return fail(line_no == 0 ? 1 : line_no, "the file has no header row");
    return out;
}

RecordReport check_record(const std::vector<RecordRow>& rows,
                          const std::function<const Scenario*(std::string_view)>& scenario_of,
                          const RecordRow** unknown) {
    RecordReport rep;
    if (unknown) *unknown = nullptr;
    for (const RecordRow& row : rows) {
        const Scenario* s = scenario_of(row.preset);
        if (!s) {
            if (unknown) *unknown = &row;
            return rep;
        }
        const PartyAcceptance a = evaluate_party(*s, row.party);
        RecordMatch m;
        m.row = row;
        m.model_accepts = a.accepts;
        m.margin = a.margin;
        m.p_accept = acceptance_odds(*s).parties[static_cast<std::size_t>(row.party)].p_accept;
        m.match = m.model_accepts == row.accepts;
        rep.matched += m.match;
        if (row.own_text) {
            ++rep.own_text_rows;
            rep.own_text_rejected += !m.model_accepts;
        }
        rep.rows.push_back(std::move(m));
    }
    return rep;
}

}  // namespace armistice
