// model_card.h — the durability model card: the model in plain words plus every parameter.
//
// Purpose: `armistice model-card` prints it and the UI shows the same data, so it is exposed as
// rows (name, value, range, label, unit, source) and paragraphs, not as formatted text. Every
// text is a string-table key (data/strings/<lang>/engine_model_card.csv and engine_param.csv),
// rendered in the reader's language by the presentation layer (text::render); the English of
// each is what the CLI prints.
// Invariants: rows are exactly param_table() in order; every key exists in every language
// (tests/text/message_keys_test.cpp, tests/ui/hold_languages_test.cpp).
#pragma once

#include <string_view>
#include <vector>

namespace armistice::durability {

struct ModelCardRow {
    std::string_view name;  // the parameter's public id (lower_snake_case)
    double value;
    double low;
    double high;
    std::string_view label;   // key: the parameter in plain words
    std::string_view unit;    // key
    std::string_view source;  // key: paper or dataset / seed / "assumption: ..."
};

// The card's first page, for a reader who has never seen a survival model: what the page
// computes and the words the technical part uses (points, lens, hazard, Weibull, Harrell's C...),
// each explained in a sentence or two. `term` is a short heading, `text` its explanation (keys).
struct PlainWords {
    std::string_view term;
    std::string_view text;
};
const std::vector<PlainWords>& model_card_plain_words();

std::vector<ModelCardRow> model_card_rows();
// Keys of the paragraphs: what the model does, how uncertainty is shown, limits (plain words,
// paraphrased, with citations by outlet, title and date).
const std::vector<std::string_view>& model_card_paragraphs();

}  // namespace armistice::durability
