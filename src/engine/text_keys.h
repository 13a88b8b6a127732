// text_keys.h — the string-table keys of the names the engine's messages put in keyed arguments
// (engine/message.h): a party's name and a clause's question and answer.
//
// Invariants: the keys are those data/strings/*/parties.csv and the catalog's derived rows use
// ("party.<id>", "dimension.<dim>.label", "option.<dim>.<option>.label"); one place builds them.
#pragma once

#include <cstdint>
#include <string>

#include "engine/catalog.h"
#include "engine/party.h"

namespace armistice {

inline std::string party_key(Party p) {
    return "party." + std::string(party_id(p));
}

inline std::string dimension_key(Dim d) {
    return "dimension." + std::string(catalog().at(d).id) + ".label";
}

inline std::string option_key(Dim d, std::uint8_t option) {
    const Dimension& dim = catalog().at(d);
    return "option." + std::string(dim.id) + "." +
           (option < dim.options.size() ? std::string(dim.options[option].id) : "?") + ".label";
}

}  // namespace armistice
