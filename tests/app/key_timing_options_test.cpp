// The key timing options: their defaults, the values they take in seconds on the command
// line and in the configuration file, and the values they refuse with the reason.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/options.h"

namespace kiosk {
namespace {

ParsedOptions parse(std::vector<std::string> arguments, const std::string& config = "/nonexistent/kiosk.toml") {
    arguments.insert(arguments.begin(), "kiosk");
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    return parse_options(static_cast<int>(argv.size()), argv.data(), config);
}

TEST(KeyTimingOptions, ByDefaultAHeldKeyRepeatsAfterHalfASecondAndNoFilterIsOn) {
    const auto parsed = parse({});
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->key_timing, (KeyTiming{500, 0, 0}));
}

TEST(KeyTimingOptions, TheCommandLineTakesSecondsAndOff) {
    const auto parsed = parse({"--key-repeat", "2", "--double-press-filter", "0.5", "--slow-keys", "0.3"});
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->key_timing, (KeyTiming{2000, 500, 300}));
    const auto off = parse({"--key-repeat", "off", "--double-press-filter", "off", "--slow-keys", "0"});
    ASSERT_TRUE(off.options) << off.message;
    EXPECT_EQ(off.options->key_timing, (KeyTiming{0, 0, 0}));
}

TEST(KeyTimingOptions, ValuesOutsideTheRangesAreRefusedWithWhatTheyTake) {
    const auto short_repeat = parse({"--key-repeat", "0.2"});
    EXPECT_FALSE(short_repeat.options);
    EXPECT_EQ(short_repeat.exit_code, 2);
    EXPECT_NE(short_repeat.message.find("--key-repeat takes off, 0 or 0.5 to 2 seconds, e.g. 1; not '0.2'"),
              std::string::npos)
        << short_repeat.message;
    for (const char* wrong : {"0.6", "-0.1", "0,3", "abc", "0.0001", ""}) {
        const auto parsed = parse({"--double-press-filter", wrong});
        EXPECT_FALSE(parsed.options) << wrong;
        EXPECT_NE(parsed.message.find("--double-press-filter takes"), std::string::npos) << parsed.message;
    }
    EXPECT_FALSE(parse({"--slow-keys", "2.5"}).options);
    EXPECT_FALSE(parse({"--key-repeat", "2.001"}).options);
}

TEST(KeyTimingOptions, TheConfigurationFileSetsThemAsTheCommandLineDoes) {
    const std::string path = ::testing::TempDir() + "key_timing_kiosk.toml";
    std::ofstream(path) << "key-repeat = \"1.5\"\ndouble-press-filter = \"0.25\"\nslow-keys = 1\n";
    const auto parsed = parse({}, path);
    std::filesystem::remove(path);
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->key_timing, (KeyTiming{1500, 250, 1000}));
}

TEST(KeyTimingOptions, TheHelpNamesThem) {
    const auto parsed = parse({"--help"});
    for (const char* name : {"--key-repeat SECS|off", "--double-press-filter SECS", "--slow-keys SECS"}) {
        EXPECT_NE(parsed.message.find(name), std::string::npos) << name;
    }
}

}  // namespace
}  // namespace kiosk
