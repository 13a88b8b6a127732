// preset_table_test.cpp — the presets compiled in at build time (persist/preset_table.h) are
// exactly what the scenario loader reads from scenarios/*.json: every file on disk, field by
// field (ScenarioFile ==), in file-name order, none missing and none extra.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "persist/preset_table.h"
#include "persist/presets.h"
#include "persist/scenario_file.h"

namespace armistice::persist {
namespace {

const std::string kScenarioDir = std::string(ARMISTICE_SOURCE_DIR) + "/scenarios";

std::vector<std::string> json_files_on_disk() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(kScenarioDir)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

TEST(PresetTable, OneRowPerScenarioFileInFileNameOrder) {
    std::size_t count = 0;
    const PresetRow* rows = preset_rows(&count);
    std::vector<std::string> compiled;
    for (std::size_t i = 0; i < count; ++i) compiled.emplace_back(rows[i].file);
    const std::vector<std::string> on_disk = json_files_on_disk();
    ASSERT_GE(on_disk.size(), 13u);
    EXPECT_EQ(compiled, on_disk);
    ASSERT_EQ(presets().size(), count);
}

TEST(PresetTable, EveryRowDecodesToWhatTheLoaderReadsFromItsFile) {
    std::size_t count = 0;
    const PresetRow* rows = preset_rows(&count);
    ASSERT_GT(count, 0u);
    for (std::size_t i = 0; i < count; ++i) {
        const std::string file(rows[i].file);
        SCOPED_TRACE(file);
        const LoadResult loaded = load_scenario_path(kScenarioDir + "/" + file);
        ASSERT_TRUE(loaded.ok()) << loaded.errors[0].to_string();
        EXPECT_EQ(preset_file(rows[i]), *loaded.file);
        EXPECT_EQ(presets()[i], *loaded.file);
        // Byte-identical when written back: texts, numbers and optional keys alike.
        EXPECT_EQ(save_scenario_json(presets()[i]), save_scenario_json(*loaded.file));
        const ScenarioFile* by_id = find_preset(loaded.file->id);
        ASSERT_NE(by_id, nullptr);
        EXPECT_EQ(by_id, &presets()[i]);
    }
}

TEST(PresetTable, TheComparisonSeesEveryField) {
    // The equality the test above relies on notices a change in any field a row carries.
    const ScenarioFile base = presets().front();
    std::vector<ScenarioFile> changed(9, base);
    changed[0].id += "x";
    changed[1].scenario.description += "x";
    changed[2].scenario.context.values[0] += 1;
    changed[3].scenario.sim.seed += 1;
    changed[4].scenario.as_of += 1;
    changed[5].note += "x";
    changed[6].goal.min_p_hold_60 = 0.25;
    changed[7].suggestions_hidden = !base.suggestions_hidden;
    changed[8].meta = base.meta ? std::optional<PresetMeta>() : PresetMeta{};
    for (const ScenarioFile& c : changed) EXPECT_NE(c, base);
}

}  // namespace
}  // namespace armistice::persist
