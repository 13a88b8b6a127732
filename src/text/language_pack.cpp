// language_pack.cpp — reading a language pack (see language_pack.h).
#include "text/language_pack.h"

#include "text/keys_digest.h"
#include "text/string_tables.h"
#include "text/strings.h"

namespace armistice::text {

namespace {

// i18n-exempt-begin: the format's own tokens, and reasons that are shown only when a pack
// failed, so only English exists to show them in.
constexpr const char* kMagic = "armistice-strings-pack 1";

// The header line at `pos` (advanced past its '\n'); false at the end of the bytes.
bool line(const std::string& bytes, std::size_t& pos, std::string& out) {
    const std::size_t end = bytes.find('\n', pos);
    if (end == std::string::npos) return false;
    out = bytes.substr(pos, end - pos);
    pos = end + 1;
    return true;
}

bool field(const std::string& bytes, std::size_t& pos, const char* name, std::string& value) {
    std::string l;
    const std::string prefix = std::string(name) + "=";
    if (!line(bytes, pos, l) || l.compare(0, prefix.size(), prefix) != 0) return false;
    value = l.substr(prefix.size());
    return true;
}

}  // namespace

std::string keys_digest() {
    return keys_digest(kTables.key_count, [](std::size_t k) { return kTables.keys[k]; });
}

std::optional<LanguagePack> LanguagePack::parse(std::string bytes, std::string* error) {
    // The reasons are English only: a pack that failed leaves English as the only language here.
    const auto fail = [error](std::string why) {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    std::size_t pos = 0;
    std::string magic, code, keys, digest, blank;
    if (!line(bytes, pos, magic) || magic != kMagic) return fail("not a language pack");
    if (!field(bytes, pos, "code", code) || !field(bytes, pos, "keys", keys) ||
        !field(bytes, pos, "digest", digest) || !line(bytes, pos, blank) || !blank.empty())
        return fail("the pack's header is damaged");
    const auto lang = find_language(code);
    if (!lang || *lang == 0) return fail("the pack is for an unknown language '" + code + "'");
    if (keys != std::to_string(kTables.key_count) || digest != keys_digest())
        return fail("the pack for '" + code + "' belongs to another version of the page");
    LanguagePack pack;
    pack.language_ = *lang;
    std::vector<std::size_t> starts;
    starts.reserve(kTables.key_count);
    std::size_t at = pos;
    for (std::size_t k = 0; k < kTables.key_count; ++k) {
        const std::size_t nul = bytes.find('\0', at);
        if (nul == std::string::npos) return fail("the pack for '" + code + "' is cut short");
        starts.push_back(at);
        at = nul + 1;
    }
    if (at != bytes.size()) return fail("the pack for '" + code + "' has extra bytes");
    pack.bytes_.assign(bytes.begin(), bytes.end());
    pack.texts_.reserve(starts.size());
    for (const std::size_t s : starts) pack.texts_.push_back(pack.bytes_.data() + s);
    return pack;
}
// i18n-exempt-end

}  // namespace armistice::text
