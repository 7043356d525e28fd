// The maintenance screen of the real kiosk tells the last pack update as it happened: a
// pack broken while the kiosk runs is refused, and the screen, opened afterwards by the
// staff code on the keypad, says so with the reason.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/kiosk_program.h"
#include "support/paths.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

using testing::slurp;

class MaintenanceUpdate : public testing::KioskProgram {};

TEST_F(MaintenanceUpdate, TheScreenSaysTheLastUpdateWasRefusedAndWhy) {
    const fs::path hash = dir_ / "staff.hash";
    const auto made = testing::run_command(
        "echo 246810 | " + std::string(KIOSK_PACK_BINARY) + " hash-code -o " + hash.string(), dir_);
    ASSERT_EQ(made.exit_code, 0) << made.err;
    const fs::path pack = dir_ / "pack";
    fs::copy(testing::fixture_path("mini-pack"), pack, fs::copy_options::recursive);
    const fs::path script = write_script(
        "wait 300\nkey Down\n"  // wakes the kiosk: speech on
        "await pack update refused\n"
        "key Keypad .\nwait 150\nkey Keypad /\nwait 150\nkey Keypad .\nwait 150\nkey Keypad /\nwait 150\n"
        "key Keypad .\nwait 300\n"
        "key Keypad 2\nkey Keypad 4\nkey Keypad 6\nkey Keypad 8\nkey Keypad 1\nkey Keypad 0\nkey Keypad Enter\n"
        "wait 3000\n"
        "key Keypad 2\nwait 200\nkey Keypad 2\nwait 200\nkey Keypad 2\nwait 200\nkey Keypad 2\nwait 200\n"
        "key Keypad 2\nwait 300\nquit\n");
    const pid_t child = start("--pack " + pack.string() + " --staff-code-hash " + hash.string() + " --speech-log " +
                              (dir_ / "speech.jsonl").string() + " --script " + script.string());
    ASSERT_GE(child, 0);
    wait_for_log("\"speak\"");  // running, and watching the pack
    std::string home = slurp(pack / "zh-Hans/home.toml");
    home.replace(home.find("[sections]"), 10, "[sections");  // a TOML syntax error
    std::ofstream(pack / "zh-Hans/home.toml", std::ios::trunc) << home;
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");

    std::string update;
    for (const auto& e : read_log()) {
        const std::string display = e["event"] == "speak" ? e["display"].get<std::string>() : "";
        if (display.rfind("最近一次内容包更新：", 0) == 0) update = display;
    }
    EXPECT_NE(update.find("被拒绝，继续使用现有内容包。原因：zh-Hans/home.toml:4:"), std::string::npos)
        << update << "\n"
        << slurp(dir_ / "speech.jsonl");
}

}  // namespace
}  // namespace kiosk
