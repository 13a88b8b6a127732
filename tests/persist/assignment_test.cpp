// assignment_test.cpp — the educator's assignment in scenario files and on the command line:
// goal specs (parse, print, refuse with one clear message), the note/goal/suggestions keys of
// a scenario file (optional, strict, round-tripped through save and through a link), and the
// honest "Edited from: <preset> (N changes)" labels.
#include <gtest/gtest.h>

#include <string>

#include "engine/diff/edit_summary.h"
#include "persist/assignment.h"
#include "persist/edited_from.h"
#include "persist/presets.h"
#include "persist/scenario_arg.h"
#include "persist/scenario_file.h"
#include "text/scenario_text.h"

namespace armistice::persist {
namespace {

TEST(GoalSpec, ParsesEveryCombinationAndPrintsItBack) {
    std::string why;
    const auto g = parse_goal_spec(" all_accept , lawful,p_hold_60>=0.55", &why);
    ASSERT_TRUE(g.has_value()) << why;
    EXPECT_TRUE(g->require_all_accept);
    EXPECT_TRUE(g->require_lawful);
    EXPECT_EQ(*g->min_p_hold_60, 0.55);
    EXPECT_EQ(goal_spec(*g), "all_accept,lawful,p_hold_60>=0.55");
    for (const char* spec :
         {"all_accept", "lawful", "p_hold_60>=0", "p_hold_60>=1", "lawful,p_hold_60>=0.05"}) {
        const auto p = parse_goal_spec(spec, &why);
        ASSERT_TRUE(p.has_value()) << spec << ": " << why;
        EXPECT_EQ(parse_goal_spec(goal_spec(*p), &why), p) << spec;
    }
}

TEST(GoalSpec, BadSpecsGiveOneClearMessage) {
    const std::pair<const char*, const char*> cases[] = {
        {"", "empty"},
        {"all_accept,,lawful", "empty condition"},
        {"all_accept,all_accept", "twice"},
        {"everyone_happy", "unknown goal condition \"everyone_happy\""},
        {"p_hold_60>=1.5", "from 0 to 1"},
        {"p_hold_60>=-0.1", "from 0 to 1"},
        {"p_hold_60>=nan", "from 0 to 1"},
        {"p_hold_60>=1e-1", "from 0 to 1"},
        {"p_hold_60>=", "from 0 to 1"},
        {"p_hold_60>=0.5,p_hold_60>=0.6", "twice"},
    };
    for (const auto& [spec, message] : cases) {
        std::string why;
        EXPECT_FALSE(parse_goal_spec(spec, &why).has_value()) << spec;
        EXPECT_NE(why.find(message), std::string::npos) << spec << " -> " << why;
        for (const char c : why) EXPECT_GE(static_cast<unsigned char>(c), 0x20u);
    }
}

std::string preset_text_with(const std::string& extra) {
    std::string text = save_scenario_json(*find_preset("nato_norway"));
    text.insert(text.rfind('}'), "," + extra);
    return text;
}

TEST(ScenarioFileAssignment, NoteGoalAndSuggestionsLoadSaveAndTravelInLinks) {
    const std::string text = preset_text_with(
        "\"note\": \"Привет, class: %s%n <script>x</script>\\nline 2\", \"goal\": "
        "\"all_accept,p_hold_60>=0.5\", "
        "\"suggestions\": \"hidden\"");
    const LoadResult r = load_scenario_file(text, "class.json");
    ASSERT_TRUE(r.ok()) << r.errors.front().to_string();
    EXPECT_EQ(r.file->note, "Привет, class: %s%n <script>x</script>\nline 2");
    EXPECT_TRUE(r.file->goal.require_all_accept);
    EXPECT_EQ(*r.file->goal.min_p_hold_60, 0.5);
    EXPECT_TRUE(r.file->suggestions_hidden);
    const LoadResult again = load_scenario_file(save_scenario_json(*r.file), "again.json");
    ASSERT_TRUE(again.ok()) << again.errors.front().to_string();
    EXPECT_EQ(*again.file, *r.file);
    const DecodeResult link = decode_link(encode_link(link_state_from_file(*r.file)));
    ASSERT_TRUE(link.ok()) << link.error.message();
    EXPECT_EQ(file_from_link_state(*link.state).note, r.file->note);
    EXPECT_EQ(file_from_link_state(*link.state).goal, r.file->goal);
    EXPECT_TRUE(file_from_link_state(*link.state).suggestions_hidden);
}

TEST(ScenarioFileAssignment, FilesWithoutTheKeysSaveAsBefore) {
    for (const ScenarioFile& p : presets()) {
        const std::string text = save_scenario_json(p);
        EXPECT_EQ(text.find("\"note\""), std::string::npos) << p.id;
        EXPECT_EQ(text.find("\"goal\""), std::string::npos) << p.id;
        EXPECT_EQ(text.find("\"suggestions\""), std::string::npos) << p.id;
    }
}

TEST(ScenarioFileAssignment, BadValuesAreRefusedWithTheirPath) {
    const std::pair<std::string, std::string> cases[] = {
        {"\"goal\": \"all_accept,maybe\"", "unknown goal condition"},
        {"\"goal\": 3", "goal"},
        {"\"suggestions\": \"sometimes\"", "allowed: hidden, shown"},
        {"\"note\": \"" + std::string(281, 'x') + "\"", "281 characters"},
        {"\"note\": \"bell \\u0007\"", "control characters"},
    };
    for (const auto& [extra, message] : cases) {
        const LoadResult r = load_scenario_file(preset_text_with(extra), "bad.json");
        ASSERT_FALSE(r.ok()) << extra;
        const std::string key = extra.substr(1, extra.find('"', 1) - 1);
        EXPECT_EQ(r.errors.front().path, key) << extra;
        EXPECT_NE(r.errors.front().to_string().find(message), std::string::npos)
            << extra << " -> " << r.errors.front().to_string();
    }
}

TEST(EditedFrom, AnEditedPresetNeverCarriesThePresetNameAlone) {
    const ScenarioFile& p = *find_preset("nato_norway");
    EXPECT_EQ(honest_title(p.scenario), p.scenario.name);
    EXPECT_FALSE(edited_from_preset(p.scenario).has_value());
    Scenario s = p.scenario;
    s.set_choice(Dim::Alignment, option_ref("alignment.constitutional_ban").option);
    EXPECT_EQ(honest_title(s), "Edited from: " + p.scenario.name + " (1 change)");
    s.context.set(Lever::WesternAid, s.context.get(Lever::WesternAid) + 5);
    s.lens = s.lens == LensId::Evidence ? LensId::Leverage : LensId::Evidence;
    EXPECT_EQ(honest_title(s), "Edited from: " + p.scenario.name + " (3 changes)");
    const Scenario shown = with_honest_labels(s);
    EXPECT_EQ(shown.name, honest_title(s));
    EXPECT_NE(shown.description, p.scenario.description);
    EXPECT_EQ(shown.description.rfind("Changed from the preset: Ukraine's alignment: ", 0), 0u)
        << shown.description;
    EXPECT_EQ(text::describe_edits(text::Strings(), edited_from_preset(s)->diff).size(), 3u);
    s.sim.seed += 1;  // settings are not terms
    EXPECT_EQ(edited_from_preset(s)->changes, 3u);
    s.name = "My own deal";  // a name the user wrote is kept
    EXPECT_EQ(honest_title(s), "My own deal");
}

}  // namespace
}  // namespace armistice::persist
