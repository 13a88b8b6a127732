// csv.cpp — CSV record reading (see csv.h).
#include "engine/csv.h"

namespace armistice {

namespace {

// One field being read: leading blanks are skipped, trailing blanks trimmed down to the end of
// the last quoted part (`kept`), so quoted spaces survive.
struct Field {
    std::string text;
    std::size_t kept = 0;
    bool started = false;

    void add(char ch) {
        if (!started && (ch == ' ' || ch == '\t')) return;
        started = true;
        text.push_back(ch);
    }
    std::string finish() {
        std::size_t end = text.size();
        while (end > kept &&
               (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r'))
            --end;
        text.resize(end);
        std::string out;
        out.swap(text);
        kept = 0;
        started = false;
        return out;
    }
};

}  // namespace

bool read_csv_record(std::string_view text, std::size_t& pos, std::vector<std::string>& out,
                     std::size_t& lines) {
    out.clear();
    lines = 1;
    Field field;
    bool quoted = false;
    std::size_t i = pos;
    for (; i < text.size(); ++i) {
        const char ch = text[i];
        const bool has_next = i + 1 < text.size();
        if (quoted) {
            if (ch == '"' && has_next && text[i + 1] == '"') {
                field.text.push_back('"');
                ++i;
            } else if (ch == '"') {
                quoted = false;
                field.kept = field.text.size();
            } else if (ch == '\r' && has_next && text[i + 1] == '\n') {
                // CRLF inside quotes: kept as a plain line break (the '\n' comes next)
            } else {
                if (ch == '\n') ++lines;
                field.text.push_back(ch);
            }
        } else if (ch == '"') {
            quoted = true;
            field.started = true;
        } else if (ch == ',') {
            out.push_back(field.finish());
        } else if (ch == '\n') {
            break;
        } else {
            field.add(ch);
        }
    }
    out.push_back(field.finish());
    pos = i < text.size() ? i + 1 : text.size();
    return !quoted;
}

bool split_csv_record(std::string_view line, std::vector<std::string>& out) {
    std::size_t pos = 0, lines = 0;
    if (line.empty()) {
        out.assign(1, std::string());
        return true;
    }
    return read_csv_record(line, pos, out, lines);
}

}  // namespace armistice
