// commands.h — everything a panel can ask the state owner to do.
//
// Purpose: panels take a read-only view and return commands (DESIGN §5.4); AppState::apply() is
// the only code that mutates state. A command is small plain data: no pointers into state.
// Invariant: adding a command means adding one alternative here and one branch in app_state.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "engine/scenario.h"
#include "ui/class_link.h"

namespace armistice::ui {

enum class Theme : std::uint8_t { Dark, Light };
enum class View : std::uint8_t { Explore, Compare, Timeline };

namespace cmd {
struct SetChoice { Dim dim; std::uint8_t option; };
// `coalesce`: part of a continuing drag; merges into the previous undo step.
struct SetLever { Lever lever; double value; bool coalesce; };
struct SetLens { LensId lens; };
struct SetRedLineRelaxed { std::size_t index; bool relaxed; };
struct LoadPreset { std::size_t index; };           // index into the preset library
struct ApplyScenario { Scenario scenario; };         // e.g. the closest acceptable agreement
struct Undo {};
struct Redo {};
struct Reset {};                                     // back to the loaded preset
struct SetTheme { Theme theme; };
struct SetLanguage { std::size_t language; };        // index into the string tables
struct SetView { View view; };
struct SetComparePreset { std::size_t index; };      // compare partner = a preset
struct CompareWithCurrent {};                        // compare partner = a snapshot of now
struct SwapCompare {};                               // edit B instead of A
struct ShowModelCard { bool open; };
struct Share {};
struct StartTour {};
struct TourStep { int step; };                       // -1 = dismiss for good
struct ToggleNote {};                                // fold / unfold the teacher's note
struct BackToAssignment {};                          // back to the assignment's start
struct OpenClassLink {
    bool open;
};  // the "Make a class link" dialog
struct EditClassLink {
    ClassLinkDraft draft;
};                                                  // the dialog's fields changed
struct CopyClassLink {};                            // copy the class link
struct PreviewClassLink {};                         // show the page as the student will
struct SetCard { int card; };                       // 1 sign, 2 law, 3 hold
struct DismissIntro {};                             // hide the top bar's statement for good
}  // namespace cmd

using Command =
    std::variant<cmd::SetChoice, cmd::SetLever, cmd::SetLens, cmd::SetRedLineRelaxed,
                 cmd::LoadPreset, cmd::ApplyScenario, cmd::Undo, cmd::Redo, cmd::Reset,
                 cmd::SetTheme, cmd::SetView, cmd::SetComparePreset, cmd::CompareWithCurrent,
                 cmd::SwapCompare, cmd::ShowModelCard, cmd::Share, cmd::StartTour, cmd::TourStep,
                 cmd::ToggleNote, cmd::SetCard, cmd::BackToAssignment, cmd::OpenClassLink,
                 cmd::EditClassLink, cmd::CopyClassLink, cmd::PreviewClassLink, cmd::DismissIntro,
                 cmd::SetLanguage>;

}  // namespace armistice::ui
