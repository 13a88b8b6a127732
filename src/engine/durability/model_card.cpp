// model_card.cpp — model card rows and the keys of its texts (see model_card.h).
#include "engine/durability/model_card.h"

#include "engine/durability/params.h"

namespace armistice::durability {

std::vector<ModelCardRow> model_card_rows() {
    std::vector<ModelCardRow> rows;
    for (const ParamRow& p : param_table())
        rows.push_back({p.name, p.value, p.low, p.high, p.label, p.unit, p.source});
    return rows;
}

const std::vector<PlainWords>& model_card_plain_words() {
    static const std::vector<PlainWords> kWords = {
        {"model_card.plain.page.term", "model_card.plain.page.text"},
        {"model_card.plain.points.term", "model_card.plain.points.text"},
        {"model_card.plain.lens.term", "model_card.plain.lens.text"},
        {"model_card.plain.index.term", "model_card.plain.index.text"},
        {"model_card.plain.hazard.term", "model_card.plain.hazard.text"},
        {"model_card.plain.weibull.term", "model_card.plain.weibull.text"},
        {"model_card.plain.simulation.term", "model_card.plain.simulation.text"},
        {"model_card.plain.harrell_c.term", "model_card.plain.harrell_c.text"},
        {"model_card.plain.brier.term", "model_card.plain.brier.text"},
        {"model_card.plain.limits.term", "model_card.plain.limits.text"},
    };
    return kWords;
}

const std::vector<std::string_view>& model_card_paragraphs() {
    static const std::vector<std::string_view> kParagraphs = {
        "model_card.paragraph.hold",        "model_card.paragraph.provisions",
        "model_card.paragraph.deterrence",  "model_card.paragraph.consent",
        "model_card.paragraph.dynamic",     "model_card.paragraph.interim",
        "model_card.paragraph.uncertainty", "model_card.paragraph.backtest",
    };
    return kParagraphs;
}

}  // namespace armistice::durability
