// backtest_data.h — the development backtest cases compiled into the binary.
//
// Purpose: the model card scores the durability model on data/backtest/cases_dev.csv (a copy of
// the project's shared backtest/cases_dev.csv) with the same engine functions as
// `armistice backtest`. The build embeds that file byte-exact (cmake/UiEmbeds.cmake, regenerated
// whenever the CSV changes) into <build>/generated/ui/backtest_cases_dev.cpp.
// Invariants: the bytes are the file's, unmodified; static storage, never freed.
#pragma once

#include <string_view>

namespace armistice::ui::data {

// The text of data/backtest/cases_dev.csv as it was at build time.
std::string_view backtest_cases_dev_csv();

}  // namespace armistice::ui::data
