// The real kiosk with a configuration file: what the file sets reaches the running kiosk,
// and --check-config tells a technician, line by line, what would stop it.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/kiosk_program.h"
#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using ConfiguredKiosk = testing::KioskProgram;

// The file at the default place ($KIOSK_CONFIG here) sets the language and the speech log.
TEST_F(ConfiguredKiosk, TheFilesSettingsReachTheRunningKiosk) {
    const fs::path log = dir_ / "speech.jsonl";
    std::ofstream(config_path()) << "locale = \"en\"\nspeech-log = \"" << log.string() << "\"\n";
    const fs::path script = write_script("wait 300\nkey Down\nwait 200\nkey F1\nwait 300\nquit\n");
    const auto result = run("--script " + script.string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(testing::slurp(log).find("Help. This is the home screen"), std::string::npos) << testing::slurp(log);
}

TEST_F(ConfiguredKiosk, CheckConfigPassesAGoodFileAndShowsTheSettings) {
    std::ofstream(config_path()) << "# good\nidle-timeout = 90\ntheme = \"inverted\"\n";
    const auto result = run("--check-config --text-size 150");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("idle-timeout = 90    (" + config_path().string() + ":2)"), std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("text-size = 150    (command line)"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("changyi-disability-services version"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("The configuration is good."), std::string::npos) << result.out;
}

TEST_F(ConfiguredKiosk, CheckConfigNamesTheLineOfEachThingThatWouldFail) {
    const fs::path not_a_folder = dir_ / "plain-file";
    std::ofstream(not_a_folder) << "x";
    std::ofstream(config_path()) << "staff-code-hash = \"$argon2id$broken\"\n"
                                 << "speech-log = \"" << (not_a_folder / "speech.jsonl").string() << "\"\n"
                                 << "trust-key = \"" << (dir_ / "absent.pub").string() << "\"\n";
    const auto result = run("--check-config");
    EXPECT_EQ(result.exit_code, 1);
    const std::string file = config_path().string();
    EXPECT_NE(result.err.find("kiosk: " + file + ":1:1: staff-code-hash: "), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("kiosk: " + file + ":2:1: speech-log: " + not_a_folder.string() + " is not a folder"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("kiosk: " + file + ":3:1: trust-key: "), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("kiosk --check-config: 3 problems"), std::string::npos) << result.err;
}

TEST_F(ConfiguredKiosk, CheckConfigPreparesThePackAsTheKioskWould) {
    fs::create_directories(dir_ / "empty-pack");
    const auto result = run("--check-config --pack " + (dir_ / "empty-pack").string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("kiosk: --pack: " + (dir_ / "empty-pack").string() + " cannot be shown: "),
              std::string::npos)
        << result.err;
}

TEST_F(ConfiguredKiosk, CheckConfigRefusesAFileWithWrongValues) {
    std::ofstream(config_path()) << "idle-timeout = \"two minutes\"\n";
    const auto result = run("--check-config");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find(config_path().string() + ":1:1: idle-timeout takes seconds"), std::string::npos)
        << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(ConfiguredKiosk, AMissingNamedFileStopsTheKiosk) {
    const auto result = run("--config " + (dir_ / "absent.toml").string());
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find((dir_ / "absent.toml").string() + ": cannot be read: No such file or directory"),
              std::string::npos)
        << result.err;
}

// What the package installs as /etc/access-kiosk/kiosk.toml passes as it is.
TEST_F(ConfiguredKiosk, TheShippedSamplePassesCheckConfig) {
    const auto result = run("--check-config --config " + testing::source_path("kiosk/install/kiosk.toml"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("The configuration is good."), std::string::npos) << result.out;
}

}  // namespace
}  // namespace kiosk
