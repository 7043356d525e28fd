// The configuration file under the command line: values applied, the command line winning,
// and every problem told at its file, line and key.

#include <gtest/gtest.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/config_file.h"
#include "app/options.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

class ConfigFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-config-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string write(const std::string& text, const std::string& name = "kiosk.toml") {
        const fs::path path = dir_ / name;
        std::ofstream(path) << text;
        return path.string();
    }

    // The command line `arguments` with `default_config` as the file read when --config names none.
    static ParsedOptions parse(std::vector<std::string> arguments, const std::string& default_config) {
        arguments.insert(arguments.begin(), "kiosk");
        std::vector<char*> argv;
        for (auto& argument : arguments) argv.push_back(argument.data());
        return parse_options(static_cast<int>(argv.size()), argv.data(), default_config);
    }

    std::string absent() const { return (dir_ / "absent.toml").string(); }

    fs::path dir_;
};

TEST_F(ConfigFile, ValuesFromTheNamedFileAreApplied) {
    const auto path = write("idle-timeout = 90\ntheme = \"high-contrast\"\nspeech = \"off\"\nquiet-hours = \"22-7\"\n");
    const auto parsed = parse({"--config", path}, absent());
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->idle_timeout_seconds, 90);
    EXPECT_EQ(parsed.options->theme, "high-contrast");
    EXPECT_FALSE(parsed.options->speech);
    EXPECT_EQ(parsed.options->quiet_from_hour, 22);
    EXPECT_EQ(parsed.options->quiet_to_hour, 7);
    EXPECT_EQ(parsed.options->config_file, path);
}

TEST_F(ConfigFile, TheHeadsetOptionsAreTakenFromTheFile) {
    const auto path = write("headset-audio-device = \"USB Audio Device, USB Audio\"\nprivacy-needs-headset = true\n");
    const auto parsed = parse({"--config", path}, absent());
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->headset_audio_device, "USB Audio Device, USB Audio");
    EXPECT_TRUE(parsed.options->privacy_needs_headset);
    const auto defaults = parse({}, absent());
    ASSERT_TRUE(defaults.options) << defaults.message;
    EXPECT_TRUE(defaults.options->headset_audio_device.empty());
    EXPECT_FALSE(defaults.options->privacy_needs_headset);
}

TEST_F(ConfigFile, TheDefaultFileIsReadWhenItExists) {
    const auto path = write("text-size = 150\n");
    const auto parsed = parse({}, path);
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->text_size, 150);
    ASSERT_EQ(parsed.given.size(), 1u);
    EXPECT_EQ(parsed.given[0].from, path + ":1");
}

TEST_F(ConfigFile, AMissingDefaultFileLeavesTheDefaults) {
    const auto parsed = parse({}, absent());
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->idle_timeout_seconds, 120);
    EXPECT_TRUE(parsed.options->config_file.empty());
    EXPECT_TRUE(parsed.given.empty());
}

TEST_F(ConfigFile, AMissingNamedFileIsAnError) {
    const auto parsed = parse({"--config", absent()}, absent());
    EXPECT_FALSE(parsed.options);
    EXPECT_EQ(parsed.exit_code, 2);
    EXPECT_NE(parsed.message.find(absent() + ": cannot be read"), std::string::npos) << parsed.message;
}

TEST_F(ConfigFile, TheCommandLineWins) {
    const auto path = write("idle-timeout = 90\ntheme = \"inverted\"\n");
    const auto parsed = parse({"--idle-timeout", "30"}, path);
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->idle_timeout_seconds, 30);
    EXPECT_EQ(parsed.options->theme, "inverted");
    ASSERT_EQ(parsed.given.size(), 2u);
    EXPECT_EQ(parsed.given[0].key, "idle-timeout");
    EXPECT_EQ(parsed.given[0].from, "command line, over " + path + ":1");
    EXPECT_EQ(parsed.given[1].from, path + ":2");
}

TEST_F(ConfigFile, AnOverriddenValueIsStillChecked) {
    const auto path = write("idle-timeout = \"soon\"\n");
    const auto parsed = parse({"--idle-timeout", "30"}, path);
    EXPECT_FALSE(parsed.options);
    EXPECT_NE(parsed.message.find(path + ":1:1: idle-timeout takes seconds"), std::string::npos) << parsed.message;
}

TEST_F(ConfigFile, ARefusedValueIsToldAtItsKeysLine) {
    const auto path = write("# settings\n\ntheme = \"standard\"\n\n\n\nidle-timeout = \"two minutes\"\n");
    const auto parsed = parse({}, path);
    EXPECT_FALSE(parsed.options);
    EXPECT_EQ(parsed.exit_code, 2);
    EXPECT_NE(parsed.message.find("kiosk: " + path + ":7:1: idle-timeout takes seconds, 0 to 86400; not 'two minutes'"),
              std::string::npos)
        << parsed.message;
}

TEST_F(ConfigFile, AnUnknownKeyNamesTheClosestKnownKey) {
    const auto path = write("theme = \"standard\"\nidle_timout = 60\n");
    const auto parsed = parse({}, path);
    EXPECT_NE(parsed.message.find(path + ":2:1: unknown key 'idle_timout'; did you mean 'idle-timeout'?"),
              std::string::npos)
        << parsed.message;
}

TEST_F(ConfigFile, AWrongTypeIsNamed) {
    const auto path = write("speech = false\ntext-size = 1.5\n");
    const auto parsed = parse({}, path);
    EXPECT_NE(parsed.message.find(path + ":1:1: speech takes a string in quotes or a whole number, not true or false"),
              std::string::npos)
        << parsed.message;
    EXPECT_NE(parsed.message.find(path + ":2:1: text-size takes a string in quotes or a whole number, not a number "
                                         "with a fraction"),
              std::string::npos)
        << parsed.message;
}

TEST_F(ConfigFile, BadTomlIsToldAtItsPosition) {
    const auto path = write("theme = \"standard\"\nidle-timeout = = 5\n");
    const auto parsed = parse({}, path);
    EXPECT_FALSE(parsed.options);
    EXPECT_NE(parsed.message.find("kiosk: " + path + ":2:16: TOML syntax:"), std::string::npos) << parsed.message;
}

TEST_F(ConfigFile, EveryProblemIsToldAtOnceInLineOrder) {
    const auto path = write("zz-unknown = 1\ntheme = \"dark\"\naudit = true\nwindowed = \"big\"\n");
    const auto parsed = parse({"--check-config"}, path);
    EXPECT_FALSE(parsed.options);
    const auto& message = parsed.message;
    const auto first = message.find(path + ":1:1: unknown key 'zz-unknown'");
    const auto second = message.find(path + ":2:1: theme takes one of");
    const auto third = message.find(path + ":3:1: audit is given on the command line only");
    const auto fourth = message.find(path + ":4:1: windowed takes");
    ASSERT_NE(fourth, std::string::npos) << message;
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_LT(third, fourth);
    EXPECT_NE(message.find("kiosk --check-config: 4 problems"), std::string::npos) << message;
}

TEST_F(ConfigFile, RunsAndTheFilesOwnOptionsAreRefused) {
    for (const char* line : {"render-all = \"out\"", "script = \"a.txt\"", "config = \"b.toml\"", "check-config = true",
                             "locales = [\"en\"]"}) {
        const auto path = write(std::string(line) + "\n");
        const auto parsed = parse({}, path);
        EXPECT_FALSE(parsed.options) << line;
        EXPECT_NE(parsed.message.find("is given on the command line only"), std::string::npos) << parsed.message;
    }
}

// Options other parts of the program add later are read the same way: a switch takes
// true or false, a list a TOML list.
TEST_F(ConfigFile, SwitchesAndListsTakeTheirTomlTypes) {
    bool quiet = false;
    std::vector<std::string> names;
    CLI::App app;
    app.add_flag("--quiet", quiet);
    app.add_option("--names", names)->delimiter(',');
    CLI::App spare;
    const auto path = write("quiet = true\nnames = [\"a\", \"b\"]\n");
    const auto reading = apply_config_file(path, app, spare);
    EXPECT_TRUE(reading.problems.empty()) << reading.problems.front().to_string();
    EXPECT_TRUE(quiet);
    EXPECT_EQ(names, (std::vector<std::string>{"a", "b"}));

    const auto wrong = write("quiet = \"yes\"\n", "wrong.toml");
    const auto refused = apply_config_file(wrong, app, spare);
    ASSERT_EQ(refused.problems.size(), 1u);
    EXPECT_EQ(refused.problems[0].to_string(), wrong + ":1:1: quiet is a switch: it takes true or false, not a string");
}

std::string read_sample() {
    std::ifstream in(std::string(KIOSK_SOURCE_DIR) + "/kiosk/install/kiosk.toml");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The sample installed as /etc/access-kiosk/kiosk.toml lists every key, commented out, and
// names every option the file does not take: it cannot fall behind the options.
TEST_F(ConfigFile, TheSampleListsEveryOption) {
    const std::string sample = read_sample();
    ASSERT_FALSE(sample.empty());
    std::set<std::string> listed;
    const std::regex commented_key(R"(^# ([a-z-]+) = )");
    std::istringstream lines(sample);
    std::string uncommented;
    for (std::string line; std::getline(lines, line);) {
        std::smatch key;
        if (std::regex_search(line, key, commented_key)) {
            listed.insert(key[1]);
            uncommented += line.substr(2) + "\n";
        }
    }
    const auto keys = configurable_options();
    for (const auto& key : keys) EXPECT_TRUE(listed.count(key)) << key << " is missing from the sample";
    for (const auto& name : all_options()) {
        if (std::find(keys.begin(), keys.end(), name) != keys.end()) continue;
        EXPECT_NE(sample.find("--" + name), std::string::npos) << "the sample does not name --" << name;
    }
    EXPECT_EQ(listed.size(), keys.size()) << "the sample lists a key the kiosk does not take";

    // Uncommented as it is, every line is a value the kiosk takes.
    const auto parsed = parse({}, write(uncommented));
    EXPECT_TRUE(parsed.options) << parsed.message;
}

TEST_F(ConfigFile, TheSampleAsShippedSetsNothing) {
    const auto parsed = parse({}, write(read_sample()));
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_TRUE(parsed.given.empty());
}

// The help is written by hand; it must not fall behind the options either.
TEST(Usage, NamesEveryOption) {
    const std::string usage = usage_text();
    for (const auto& name : all_options()) {
        EXPECT_NE(usage.find("--" + name + " "), std::string::npos) << "kiosk --help does not name --" << name;
    }
}

TEST_F(ConfigFile, AFolderOrAHugeFileIsNoSettingsFile) {
    const auto folder = parse({"--config", dir_.string()}, absent());
    EXPECT_NE(folder.message.find(dir_.string() + ": is a folder"), std::string::npos) << folder.message;
    const auto endless = parse({"--config", "/dev/zero"}, absent());
    EXPECT_NE(endless.message.find("/dev/zero: is larger than 1 MiB"), std::string::npos) << endless.message;
}

}  // namespace
}  // namespace kiosk
