// party_text.cpp — see party_text.h.
#include "ui/party_text.h"

namespace armistice::ui {

const char* party_name(const text::Strings& t, Party p) {
    switch (p) {
        case Party::Ukraine:
            return t(text::Str::party_ukraine);
        case Party::Russia:
            return t(text::Str::party_russia);
        case Party::UnitedStates:
            return t(text::Str::party_united_states);
        case Party::Europe:
        case Party::Count:
            break;
    }
    return t(text::Str::party_europe);
}

}  // namespace armistice::ui
