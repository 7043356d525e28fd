// Private listening in the real kiosk, with the script standing in for the headset jack:
// a plug moves speech to the headset's audio device and says so, an unplug moves it back
// to the default device with its notice, and a headset device that does not open leaves
// speech on the default one; privacy mode that needs a headset waits for one and ends with
// it. The dummy audio driver has one device, SDL's default, "System audio output device",
// which serves as the headset's.

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "support/kiosk_program.h"

namespace kiosk {
namespace {

using nlohmann::json;
using testing::slurp;

constexpr const char* kPlugAndUnplug =
    "wait 300\nheadset-in\nawait headset plugged in\nwait 300\n"
    "headset-out\nawait headset unplugged\nwait 300\nquit\n";

class Headset : public testing::KioskProgram {
protected:
    void run_with(const std::string& options, const std::string& script = kPlugAndUnplug) {
        const auto path = write_script(script);
        const auto result = run("--locale en " + options + " --speech-log " + (dir_ / "speech.jsonl").string() +
                                " --script " + path.string());
        ASSERT_EQ(result.exit_code, 0) << result.err;
    }
    // The speech log's notes and spoken lines, in order, as "note: ..." and "speak: ...".
    std::vector<std::string> events() {
        std::vector<std::string> lines;
        for (const json& event : read_log()) {
            if (event["event"] == "note") lines.push_back("note: " + event["message"].get<std::string>());
            if (event["event"] == "speak") lines.push_back("speak: " + event["display"].get<std::string>());
        }
        return lines;
    }
    // Where the plug was noted and then its notice said, in English.
    std::size_t after_the_plug(const std::vector<std::string>& lines) {
        const std::size_t plugged = find_after(lines, "note: headset plugged in", 0);
        return find_after(
            lines, "speak: Headphones connected. Speech is now in the headphones, and the speakers are off.", plugged);
    }
    // The position of `line` in `lines` after `from`; fails the test when it is not there.
    std::size_t find_after(const std::vector<std::string>& lines, const std::string& line, std::size_t from) {
        for (std::size_t i = from; i < lines.size(); ++i) {
            if (lines[i] == line) return i;
        }
        ADD_FAILURE() << "'" << line << "' is not in the speech log after line " << from << ":\n"
                      << slurp(dir_ / "speech.jsonl");
        return lines.size();
    }
};

TEST_F(Headset, APlugMovesSpeechToTheHeadsetDeviceAndAnUnplugMovesItBackEachSaidInTurn) {
    run_with("--headset-audio-device 'System audio output device'");
    const std::vector<std::string> lines = events();
    std::size_t at = after_the_plug(lines);
    at = find_after(lines, "note: speech on the headset audio device 'System audio output device'", at);
    at = find_after(lines, "note: headset unplugged", at);
    at = find_after(lines, "speak: Headphones removed. Speech is now on the speakers.", at);
    find_after(lines, "note: speech on the default audio device", at);
}

TEST_F(Headset, AHeadsetDeviceThatDoesNotOpenLeavesSpeechOnTheDefaultDevice) {
    run_with("--headset-audio-device 'No such headset'");
    const std::vector<std::string> lines = events();
    const std::size_t at = after_the_plug(lines);
    const auto refused_at =
        std::find_if(lines.begin() + static_cast<std::ptrdiff_t>(at), lines.end(), [](const auto& line) {
            return line.rfind("note: cannot open the headset audio device 'No such headset': ", 0) == 0;
        });
    ASSERT_NE(refused_at, lines.end()) << slurp(dir_ / "speech.jsonl");
    const std::string& refused = *refused_at;
    EXPECT_NE(refused.find("; speech stays on the default audio device (SDL's output devices: 'System audio output "
                           "device')"),
              std::string::npos)
        << refused;
}

TEST_F(Headset, WithoutAHeadsetDeviceSpeechStaysOnTheDefaultDeviceAndTheNoticesAreSaid) {
    run_with("");
    const std::vector<std::string> lines = events();
    for (const std::string& line : lines) EXPECT_EQ(line.find("audio device"), std::string::npos) << line;
    find_after(lines, "speak: Headphones removed. Speech is now on the speakers.", after_the_plug(lines));
}

// Settings, Privacy mode (the seventh setting) is tried without a headset, then with one,
// which is then unplugged.
TEST_F(Headset, WithThePrivacyRulePrivacyModeWaitsForAHeadsetAndEndsWhenItIsUnplugged) {
    std::string script = "wait 300\nkey Down\nwait 300\nkey F11\nwait 300\n";
    for (int i = 0; i < 6; ++i) script += "key Down\n";
    script += "wait 300\nkey Return\nwait 300\nheadset-in\nawait headset plugged in\nwait 300\nkey Return\n";
    script += "wait 300\nheadset-out\nawait headset unplugged\nwait 300\nquit\n";
    run_with("--privacy-needs-headset", script);
    const std::vector<std::string> lines = events();
    std::size_t at = find_after(lines, "speak: Privacy mode", 0);
    at = find_after(lines, "speak: Privacy mode needs headphones. Plug headphones into the headphone jack first.", at);
    at = find_after(lines, "note: headset plugged in", at);
    at = find_after(lines, "speak: Privacy mode on. The screen is off and everything is spoken.", at);
    at = find_after(lines, "note: headset unplugged; privacy mode ends", at);
    find_after(lines,
               "speak: Headphones removed. Privacy mode is off, the screen is back, and speech is now on the speakers.",
               at);
}

}  // namespace
}  // namespace kiosk
