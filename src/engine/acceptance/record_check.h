// record_check.h — the acceptance model checked against the public record: one row per public
// reaction of a party to a preset (format: data/validation/README.md, columns preset, party,
// reaction, date, confidence, basis), matched against the model's verdict on that preset.
//
// Purpose: `armistice check-record FILE` and its ctest. A row is an own text when its basis says
// the party proposed, co-authored, authored or signed it (words "proposer", "author",
// "co-author", "signatory", "signed"): the principle to satisfy is that such parties accept.
//
// Invariants: parse errors name the 1-based line and the problem; rows keep file order.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/party.h"
#include "engine/scenario.h"

namespace armistice {

struct RecordRow {
    int line = 0;          // 1-based line in the file
    std::string preset;    // preset id
    Party party = Party::Ukraine;
    bool accepts = false;  // the recorded reaction
    std::string date;      // YYYY-MM-DD
    std::string confidence;
    std::string basis;
    bool own_text = false;  // proposer, author or signatory (see above)
};

struct RecordParse {
    bool ok = true;
    std::vector<RecordRow> rows;
    int error_line = 0;
    std::string error_message;
};

RecordParse parse_record_csv(std::string_view text);

struct RecordMatch {
    RecordRow row;
    bool model_accepts = false;  // the model's point verdict (acceptance.h accepts)
    double p_accept = 0.0;       // probability (odds.h)
    double margin = 0.0;         // points
    bool match = false;
};

struct RecordReport {
    std::vector<RecordMatch> rows;
    int matched = 0;
    int own_text_rows = 0;
    int own_text_rejected = 0;  // own-text rows the model has the party reject
};

// `scenario_of` returns the preset's scenario, or nullptr when the id is unknown (then
// `unknown` receives the row and the report stops).
RecordReport check_record(const std::vector<RecordRow>& rows,
                          const std::function<const Scenario*(std::string_view)>& scenario_of,
                          const RecordRow** unknown);

}  // namespace armistice
