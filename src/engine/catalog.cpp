// catalog.cpp — assembles the immutable catalog and answers lookups (see catalog.h).
#include "engine/catalog.h"

#include <cstdio>
#include <cstdlib>

#include "engine/catalog_data.h"

namespace armistice {

namespace {

Catalog build() {
    Catalog c;
    c.dimensions = catalog_data::dimensions();
    for (std::size_t i = 0; i < c.dimensions.size(); ++i) {
        if (static_cast<std::size_t>(c.dimensions[i].dim) != i) {
            std::fprintf(stderr, "catalog: dimension %zu is out of order\n", i);
            std::abort();
        }
    }
    return c;
}

}  // namespace

const Catalog& catalog() {
    static const Catalog instance = build();
    return instance;
}

std::optional<Dim> Catalog::find_dimension(std::string_view id) const {
    for (const Dimension& d : dimensions) {
        if (d.id == id) return d.dim;
    }
    return std::nullopt;
}

std::optional<std::uint8_t> Catalog::find_option(Dim d, std::string_view option_id) const {
    const auto& options = at(d).options;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].id == option_id) return static_cast<std::uint8_t>(i);
    }
    return std::nullopt;
}

std::optional<Catalog::Ref> Catalog::find_qualified(std::string_view qualified_id) const {
    const auto dot = qualified_id.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    const auto dim = find_dimension(qualified_id.substr(0, dot));
    if (!dim) return std::nullopt;
    const auto option = find_option(*dim, qualified_id.substr(dot + 1));
    if (!option) return std::nullopt;
    return Ref{*dim, *option};
}

Catalog::Ref option_ref(std::string_view qualified_id) {
    const auto ref = catalog().find_qualified(qualified_id);
    if (!ref) {
        std::fprintf(stderr, "catalog: unknown option id '%.*s'\n",
                     static_cast<int>(qualified_id.size()), qualified_id.data());
        std::abort();
    }
    return *ref;
}

}  // namespace armistice
