// link.cpp — the link envelope (prefix, base64url, length, CRC) and the single exception
// boundary of link decoding (see link.h for the layout and the compatibility rule).
#include "persist/link.h"

#include <cmath>

#include "persist/base64url.h"
#include "persist/crc32.h"
#include "persist/link_payload.h"
#include "persist/presets.h"
#include "persist/scenario_file.h"

namespace armistice::persist {

namespace {

LinkError make_error(LinkErrorKind kind, std::string detail) { return LinkError{kind, std::move(detail)}; }

DecodeResult failure(LinkErrorKind kind, std::string detail) {
    DecodeResult r;
    r.error = make_error(kind, std::move(detail));
    return r;
}

std::uint32_t envelope_crc(std::uint8_t version, const std::uint8_t* len_and_payload, std::size_t size) {
    const std::uint8_t v[1] = {version};
    return crc32(len_and_payload, size, crc32(v, 1));
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Strips whitespace, a URL up to its '#', and a leading '#'.
std::string_view fragment_of(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    const std::size_t hash = text.find('#');
    if (hash != std::string_view::npos) text.remove_prefix(hash + 1);
    return text;
}

}  // namespace

std::string LinkError::message() const {
    std::string head;
    switch (kind) {
        case LinkErrorKind::Damaged: head = "This link is damaged"; break;
        case LinkErrorKind::Incomplete:
            head = "This link is incomplete (it was probably cut off when it was copied)";
            break;
        case LinkErrorKind::NewerVersion:
            head = "This link was made by a newer version of Armistice Explorer";
            break;
        case LinkErrorKind::NotALink: head = "This is not an Armistice Explorer scenario link"; break;
    }
    return detail.empty() ? head : head + ": " + detail;
}

std::vector<ValidationIssue> validate_link_state(const LinkState& state) {
    std::vector<ValidationIssue> issues;
    auto check = [&issues](const Scenario& s, const std::string& prefix) {
        for (ValidationIssue& i : validate(s))
            issues.push_back({prefix + i.path, std::move(i.message)});
        if (!s.base_preset.empty() && !is_valid_id(s.base_preset)) {
            issues.push_back({prefix + "base_preset", "is not a valid preset id"});
        }
    };
    check(state.scenario, "");
    if (state.compare) check(*state.compare, "compare.");
    if (state.start) check(*state.start, "start.");
    if (static_cast<std::uint8_t>(state.view) >= static_cast<std::uint8_t>(LinkView::Count)) {
        issues.push_back({"view", "unknown view"});
    }
    if (std::string why = note_problem(state.note, kMaxNoteChars, kMaxNoteBytes); !why.empty()) {
        issues.push_back({"note", std::move(why)});
    }
    if (state.goal.min_p_hold_60) {
        const double p = *state.goal.min_p_hold_60;
        if (!std::isfinite(p) || p < 0.0 || p > 1.0) {
            issues.push_back({"goal.min_p_hold_60", "must be a probability from 0 to 1"});
        }
    }
    return issues;
}

std::string link_view_notice(const LinkState& state) {
    if (state.view == LinkView::Compare && !state.compare) {
        return "This link asks for the Compare view but holds no second agreement to compare "
               "with; showing the agreement alone.";
    }
    return "";
}

double quantise_lever(Lever l, double value) {
    return snap_lever_to_step(l, value);
}

std::string encode_link(const LinkState& state) {
    if (!validate_link_state(state).empty()) return "";
    const std::uint32_t version = payload_version(state);
    const std::vector<std::uint8_t> payload = encode_payload(state);
    if (payload.size() > kMaxPayloadBytes) return "";  // unreachable: bounded fields
    std::vector<std::uint8_t> env;
    env.reserve(payload.size() + 6);
    env.push_back(static_cast<std::uint8_t>(payload.size() & 0xFF));
    env.push_back(static_cast<std::uint8_t>(payload.size() >> 8));
    env.insert(env.end(), payload.begin(), payload.end());
    const std::uint32_t crc =
        envelope_crc(static_cast<std::uint8_t>(version), env.data(), env.size());
    for (int i = 0; i < 4; ++i) env.push_back(static_cast<std::uint8_t>(crc >> (8 * i)));
    return "a" + std::to_string(version) + "." + base64url_encode(env.data(), env.size());
}

DecodeResult decode_link(std::string_view text) {
    try {
        if (text.size() > kMaxLinkChars + 2048) {
            return failure(LinkErrorKind::Damaged, "it is far too long (" + std::to_string(text.size()) +
                                                       " characters)");
        }
        const std::string_view link = fragment_of(text);
        if (link.empty()) return failure(LinkErrorKind::NotALink, "it is empty");
        if (link.size() > kMaxLinkChars) {
            return failure(LinkErrorKind::Damaged, "it is " + std::to_string(link.size()) +
                                                       " characters long; links are at most " +
                                                       std::to_string(kMaxLinkChars));
        }
        // Prefix "a<version>.".
        std::size_t i = 1;
        std::uint32_t version = 0;
        if (link[0] != 'a') return failure(LinkErrorKind::NotALink, "it does not start with \"a1.\"");
        while (i < link.size() && i <= 4 && link[i] >= '0' && link[i] <= '9') {
            version = version * 10 + static_cast<std::uint32_t>(link[i] - '0');
            ++i;
        }
        if (i == 1 || i >= link.size() || link[i] != '.' || link[1] == '0') {
            return failure(LinkErrorKind::NotALink, "it does not start with a version such as \"a1.\"");
        }
        if (version > kLinkVersion) {
            return failure(LinkErrorKind::NewerVersion,
                           "its format is version " + std::to_string(version) +
                               "; this version reads up to " + std::to_string(kLinkVersion) +
                               " (open it with the newest Armistice Explorer)");
        }
        const std::string_view body = link.substr(i + 1);

        std::vector<std::uint8_t> env;
        const Base64Status b64 = base64url_decode(body, env);
        if (b64 == Base64Status::BadCharacter) {
            return failure(LinkErrorKind::Damaged, "it contains characters that never appear in a link");
        }
        if (env.size() < 2) return failure(LinkErrorKind::Incomplete, "it ends after the prefix");
        const std::size_t payload_len = env[0] | (static_cast<std::size_t>(env[1]) << 8);
        if (payload_len > kMaxPayloadBytes) {
            return failure(LinkErrorKind::Damaged, "its length field is impossible");
        }
        const std::size_t expected = 2 + payload_len + 4;
        // Shortness first: a link cut anywhere usually also ends in a non-canonical character.
        if (env.size() < expected) {
            return failure(LinkErrorKind::Incomplete, "it holds " + std::to_string(env.size()) + " of " +
                                                          std::to_string(expected) + " bytes");
        }
        if (b64 == Base64Status::DanglingChar) {
            return failure(LinkErrorKind::Damaged, "it has a stray character at the end");
        }
        if (b64 == Base64Status::NonCanonical) {
            return failure(LinkErrorKind::Damaged, "its last character is wrong");
        }
        if (env.size() > expected) {
            return failure(LinkErrorKind::Damaged, "it has unexpected characters at the end");
        }
        const std::uint32_t stored = static_cast<std::uint32_t>(env[expected - 4]) |
                                     (static_cast<std::uint32_t>(env[expected - 3]) << 8) |
                                     (static_cast<std::uint32_t>(env[expected - 2]) << 16) |
                                     (static_cast<std::uint32_t>(env[expected - 1]) << 24);
        if (stored != envelope_crc(static_cast<std::uint8_t>(version), env.data(), 2 + payload_len)) {
            return failure(LinkErrorKind::Damaged, "its check digits do not match (a character was changed)");
        }
        return decode_payload(version, env.data() + 2, payload_len);
    } catch (...) {
        return failure(LinkErrorKind::Damaged, "it could not be read");
    }
}

std::uint32_t payload_version(const LinkState& state) {
    const bool start = state.start && *state.start != state.scenario;  // else not stored
    const bool dated = detail::should_store_as_of(state.scenario) ||
                       (state.compare && detail::should_store_as_of(*state.compare)) ||
                       (start && detail::should_store_as_of(*state.start));
    if (dated) return 3u;
    return state.suggestions_hidden || start ? 2u : 1u;
}

std::vector<std::uint8_t> encode_payload(const LinkState& state) {
    // The oldest version that holds the state (v2 only adds flags and a trailing block).
    switch (payload_version(state)) {
        case 1:
            return detail::encode_payload_v1(state);
        case 2:
            return detail::encode_payload_v2(state);
        default:
            return detail::encode_payload_v3(state);
    }
}

DecodeResult decode_payload(std::uint32_t version, const std::uint8_t* data, std::size_t size) {
    DecodeResult result;
    try {
        switch (version) {
            case 1: result.state = detail::decode_payload_v1(data, size); break;
            case 2:
                result.state = detail::decode_payload_v2(data, size);
                break;
            case 3:
                result.state = detail::decode_payload_v3(data, size);
                break;
            default:
                return failure(version > kLinkVersion ? LinkErrorKind::NewerVersion : LinkErrorKind::NotALink,
                               "unknown format version " + std::to_string(version));
        }
    } catch (const detail::PayloadFailure& f) {
        return failure(f.kind, f.detail);
    } catch (const detail::PayloadEnd&) {
        return failure(LinkErrorKind::Damaged, "its contents end early");
    } catch (...) {
        return failure(LinkErrorKind::Damaged, "it could not be read");
    }
    const std::vector<ValidationIssue> issues = validate_link_state(*result.state);
    if (!issues.empty()) {
        return failure(LinkErrorKind::Damaged, "it holds an impossible scenario (" + issues.front().path +
                                                   " " + issues.front().message + ")");
    }
    return result;
}

namespace detail {

bool should_store_name(const Scenario& s) {
    const ScenarioFile* base = find_preset(s.base_preset);
    return base == nullptr || base->scenario.name != s.name;
}

bool should_store_description(const Scenario& s) {
    const ScenarioFile* base = find_preset(s.base_preset);
    return base == nullptr ? !s.description.empty() : base->scenario.description != s.description;
}

void restore_texts(Scenario& s, bool name_stored, bool description_stored) {
    const ScenarioFile* base = find_preset(s.base_preset);
    if (!name_stored) {
        if (base != nullptr) {
            s.name = base->scenario.name;
        } else {
            s.name = s.base_preset.empty() ? "Shared scenario" : "Shared scenario (" + s.base_preset + ")";
        }
    }
    if (!description_stored && base != nullptr) s.description = base->scenario.description;
}

bool should_store_as_of(const Scenario& s) {
    const ScenarioFile* base = find_preset(s.base_preset);
    return base == nullptr ? s.as_of != 0 : base->scenario.as_of != s.as_of;
}

void restore_as_of(Scenario& s, bool as_of_stored) {
    if (as_of_stored) return;
    const ScenarioFile* base = find_preset(s.base_preset);
    s.as_of = base != nullptr ? base->scenario.as_of : 0;
}

}  // namespace detail

}  // namespace armistice::persist
