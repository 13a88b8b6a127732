// file_read_test.cpp — issue #17 defects 1 and 5: every input file is read once, with the size cap
// applied while reading; pipes, devices and directories get a clear message and never block;
// file names are escaped before they are echoed.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "persist/file_read.h"
#include "persist/scenario_arg.h"
#include "persist/text_util.h"

namespace armistice::persist {
namespace {

std::string temp_path(const std::string& leaf) {
    return "/tmp/armistice_file_read_test_" + std::to_string(::getpid()) + "_" + leaf;
}

std::string preset_file_text() {
    std::ifstream in(std::string(ARMISTICE_SOURCE_DIR) + "/scenarios/no_agreement.json");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(FileRead, ARegularFileIsReadWhole) {
    const std::string path = temp_path("regular.json");
    const std::string text = preset_file_text();
    ASSERT_FALSE(text.empty());
    std::ofstream(path) << text;
    const FileRead r = read_capped(path, 1 << 20);
    EXPECT_EQ(r.status, ReadStatus::Ok) << r.message;
    EXPECT_EQ(r.text, text);
    // The scenario argument path reads it once and loads it (before: probed, then reopened).
    const LoadResult loaded = load_scenario_arg(path);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.errors[0].to_string());
    std::remove(path.c_str());
}

TEST(FileRead, TheCapIsAppliedAndNamed) {
    const std::string path = temp_path("big.csv");
    std::ofstream(path) << std::string(5000, 'x');
    const FileRead r = read_capped(path, 4096);
    EXPECT_EQ(r.status, ReadStatus::TooLarge);
    EXPECT_NE(r.message.find("4096 bytes"), std::string::npos) << r.message;
    EXPECT_TRUE(r.text.empty());
    EXPECT_EQ(read_capped(path, 5000).status, ReadStatus::Ok);  // exactly at the cap is fine
    std::remove(path.c_str());
}

TEST(FileRead, ADirectoryIsNamedAsOne) {
    const std::string dir = temp_path("dir");
    ASSERT_EQ(::mkdir(dir.c_str(), 0700), 0);
    const FileRead r = read_capped(dir, 1024);
    EXPECT_EQ(r.status, ReadStatus::NotRegular);
    EXPECT_NE(r.message.find("is a directory"), std::string::npos) << r.message;
    const LoadResult loaded = load_scenario_arg(dir);  // before: "read error"
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.errors[0].message.find("is a directory"), std::string::npos);
    EXPECT_EQ(load_scenario_path(dir).errors[0].message, loaded.errors[0].message);
    ::rmdir(dir.c_str());
}

TEST(FileRead, ANamedPipeWithoutWriterDoesNotBlock) {
    const std::string fifo = temp_path("fifo");
    struct stat st {};
    if (::mkfifo(fifo.c_str(), 0600) != 0 || ::stat(fifo.c_str(), &st) != 0 ||
        !S_ISFIFO(st.st_mode)) {
        std::remove(fifo.c_str());
        GTEST_SKIP() << "this file system does not report named pipes (wasm under node)";
    }
    // Before the fix this open blocked forever (every command that reads a scenario hung).
    const FileRead r = read_capped(fifo, 1024);
    EXPECT_EQ(r.status, ReadStatus::NotRegular);
    EXPECT_NE(r.message.find("named pipe"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("'-'"), std::string::npos) << r.message;  // says what to do instead
    const LoadResult loaded = load_scenario_arg(fifo);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.errors[0].message.find("named pipe"), std::string::npos);
    std::remove(fifo.c_str());
}

TEST(FileRead, ADeviceIsRefusedBeforeReading) {
    struct stat st {};
    if (::stat("/dev/zero", &st) != 0 || !S_ISCHR(st.st_mode)) GTEST_SKIP() << "no /dev/zero";
    const FileRead r = read_capped("/dev/zero", 1024);  // before: read until memory ran out
    EXPECT_EQ(r.status, ReadStatus::NotRegular);
    EXPECT_NE(r.message.find("device"), std::string::npos) << r.message;
}

TEST(FileRead, AMissingNameFallsThroughToPresetsAndLinks) {
    EXPECT_EQ(read_capped(temp_path("missing"), 10).status, ReadStatus::NotFound);
    EXPECT_TRUE(load_scenario_arg("no_agreement").ok());  // a preset id, not a file
    const LoadResult none = load_scenario_arg(temp_path("missing"));
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.errors[0].message.find("no such file"), std::string::npos);
}

TEST(PrintableName, TerminalEscapesAreShownNotSent) {
    EXPECT_EQ(printable_name("plain/ñame.json"), "plain/ñame.json");
    EXPECT_EQ(printable_name("a\x1b[31mred"), "a\\x1B[31mred");
    EXPECT_EQ(printable_name("bell\x07"), "bell\\x07");
    EXPECT_EQ(printable_name("c1\xC2\x9B"), "c1\\xC2\\x9B");             // U+009B CSI
    EXPECT_EQ(printable_name("bad\xFF"), "bad\\xFF");                    // invalid UTF-8
    EXPECT_EQ(printable_name("rlo\xE2\x80\xAEtxt"), "rlo\\u{202E}txt");  // bidi override
    EXPECT_EQ(printable_name("back\\slash"), "back\\\\slash");
    EXPECT_EQ(printable_name(std::string(300, 'x'), 10), std::string(10, 'x') + "...");
    // A load error's one line carries the escaped name.
    const LoadResult r = load_scenario_path("/nonexistent/\x1b]0;pwned\x07.json");
    ASSERT_FALSE(r.ok());
    const std::string line = r.errors[0].to_string();
    EXPECT_EQ(line.find('\x1b'), std::string::npos) << line;
    EXPECT_NE(line.find("\\x1B]0;pwned\\x07.json"), std::string::npos) << line;
}

}  // namespace
}  // namespace armistice::persist
