// model_card.h — the durability model card: the model in plain words plus every parameter.
//
// Purpose: `armistice model-card` prints it and the UI shows the same data, so it is exposed as
// rows (name, value, range, unit, source) and paragraphs, not only as formatted text.
// Invariants: rows are exactly param_table() in order; text is ASCII-safe UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace armistice::durability {

struct ModelCardRow {
    std::string_view name;
    double value;
    double low;
    double high;
    std::string_view unit;
    std::string_view source;
};

// The card's first page, for a reader who has never seen a survival model: what the page
// computes and the words the technical part uses (points, lens, hazard, Weibull, Harrell's C...),
// each explained in a sentence or two. `term` is a short heading, `text` its explanation.
struct PlainWords {
    std::string_view term;
    std::string_view text;
};
const std::vector<PlainWords>& model_card_plain_words();

std::vector<ModelCardRow> model_card_rows();
// Paragraphs: what the model does, how uncertainty is shown, limits (plain words, paraphrased,
// with citations by outlet, title and date).
const std::vector<std::string_view>& model_card_paragraphs();
// The whole card as plain text (the plain-words page, paragraphs, then a fixed-width table).
std::string model_card_text();

}  // namespace armistice::durability
