// The key timings in the real kiosk: held keys and quick second presses played by an input
// script on the virtual clock, and the keys the speech log shows acted on.

#include <gtest/gtest.h>

#include <string>

#include "support/kiosk_program.h"

namespace kiosk {
namespace {

using Program = testing::KioskProgram;

// A tremor's press of Down: down 100 ms, up, and a bounce 100 ms later.
constexpr const char* kBouncedPress =
    "wait 500\nkey Keypad 5\nwait 1000\n"  // the first key on an idle kiosk turns speech on
    "key-down Down\nwait 100\nkey-up Down\nwait 100\n"
    "key-down Down\nwait 50\nkey-up Down\nwait 1000\n"  // the bounce
    "key-down Down\nwait 100\nkey-up Down\nwait 500\n"  // a real second press
    "quit\n";

int downs_acted_on(const std::vector<nlohmann::json>& log) {
    int downs = 0;
    for (const auto& event : log) downs += event["event"] == "key" && event["key"] == "Down";
    return downs;
}

TEST_F(Program, TheDoublePressFilterDropsABounceButNotASecondPress) {
    const std::string log = " --speech-log " + (dir_ / "speech.jsonl").string();
    const auto script = write_script(kBouncedPress);
    auto result = run("--speech off --double-press-filter 0.5 --key-repeat off --script " + script.string() + log);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(downs_acted_on(read_log()), 2);

    std::filesystem::remove(dir_ / "speech.jsonl");
    result = run("--speech off --key-repeat off --script " + script.string() + log);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(downs_acted_on(read_log()), 3) << "without the filter the bounce acts";
}

TEST_F(Program, AHeldKeyRepeatsAfterTheDelayAndASlowKeyWaitsToBeHeld) {
    const std::string log = " --speech-log " + (dir_ / "speech.jsonl").string();
    const auto script = write_script(
        "wait 500\nkey Keypad 5\nwait 1000\n"
        "key-down Down\nwait 1100\nkey-up Down\nwait 300\n"  // acts at 0, then 500, 750 and 1000 ms
        "quit\n");
    auto result = run("--speech off --key-repeat 0.5 --script " + script.string() + log);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(downs_acted_on(read_log()), 4);

    std::filesystem::remove(dir_ / "speech.jsonl");
    result =
        run("--speech off --key-repeat off --slow-keys 0.3 --script " + write_script(kBouncedPress).string() + log);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(downs_acted_on(read_log()), 0) << "no press of Down was held 0.3 s";
}

}  // namespace
}  // namespace kiosk
