// The staff screens of the real kiosk: no key combination ends it; the staff code entered
// on the keypad's prompt, only when a code is configured, opens the maintenance screen,
// spoken like every screen, whose exit (pressed twice) ends the kiosk. Wrong codes make
// the next try wait and open nothing.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_command.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace kiosk {
namespace {

using testing::slurp;

// The keypad sequence that opens the prompt (help, settings, help, settings, help).
constexpr const char* kOpenPrompt =
    "key Keypad .\nwait 150\nkey Keypad /\nwait 150\nkey Keypad .\nwait 150\nkey Keypad /\nwait 150\n"
    "key Keypad .\nwait 300\n";

std::string keypad_digits(const std::string& code) {
    std::string out;
    for (char c : code) out += std::string("key Keypad ") + c + "\nwait 100\n";
    return out + "key Keypad Enter\n";
}

// The same, quickly: well inside the 2 s a first wrong code makes the next one wait.
std::string quickly(std::string script) {
    for (std::size_t at = script.find("wait "); at != std::string::npos; at = script.find("wait ", at + 1)) {
        const std::size_t end = script.find('\n', at);
        script.replace(at, end - at, "wait 30");
    }
    return script;
}

class StaffExit : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-staff-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override {
        if (!HasFailure()) fs::remove_all(dir_);
    }

    std::string hash_file(const std::string& code) {
        const fs::path path = dir_ / "staff.hash";
        const auto made = testing::run_command(
            "echo " + code + " | " + std::string(KIOSK_PACK_BINARY) + " hash-code -o " + path.string(), dir_);
        EXPECT_EQ(made.exit_code, 0) << made.err;
        return path.string();
    }

    testing::CommandResult run_kiosk(const std::string& script, const std::string& options) {
        std::ofstream(dir_ / "script.txt") << "wait 400\nkey Keypad 5\nwait 600\n" << script;
        return testing::run_command(
            "env SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy XDG_STATE_HOME=" + (dir_ / "state").string() +
                " KIOSK_CONFIG=" + (dir_ / "kiosk.toml").string() + " " + std::string(KIOSK_BINARY) +
                " --locale en --speech-log " + (dir_ / "speech.jsonl").string() + " --script " +
                (dir_ / "script.txt").string() + " " + options,
            dir_);
    }

    std::vector<json> log() const {
        std::vector<json> events;
        std::istringstream in(slurp(dir_ / "speech.jsonl"));
        for (std::string line; std::getline(in, line);) events.push_back(json::parse(line));
        return events;
    }
    bool noted(const std::string& prefix) const {
        for (const auto& e : log()) {
            if (e["event"] == "note" && e["message"].get<std::string>().rfind(prefix, 0) == 0) return true;
        }
        return false;
    }
    bool said(const std::string& part) const { return !voice_of(part).empty(); }
    // The voice that said `part`, or nothing when it was not said.
    std::string voice_of(const std::string& part) const {
        for (const auto& e : log()) {
            if (e["event"] == "speak" && e["display"].get<std::string>().find(part) != std::string::npos) {
                return e["voice"].get<std::string>();
            }
        }
        return {};
    }
    // Whether a key named `name` was taken after the note `after`.
    bool key_after_note(const std::string& after, const std::string& name) const {
        bool seen = false;
        for (const auto& e : log()) {
            if (e["event"] == "note" && e["message"].get<std::string>().rfind(after, 0) == 0) seen = true;
            if (seen && e["event"] == "key" && e["key"] == name) return true;
        }
        return false;
    }

    fs::path dir_;
};

TEST_F(StaffExit, NoKeyCombinationEndsTheKiosk) {
    const auto result = run_kiosk(
        "key Ctrl+Alt+Q\nwait 200\nkey Shift+Ctrl+Alt+Q\nwait 200\nkey Alt+F4\nwait 200\nkey Down\nwait 300\nquit\n",
        "");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_FALSE(noted("staff exit"));
    bool down = false;
    for (const auto& e : log()) down = down || (e["event"] == "key" && e["key"] == "Down");
    EXPECT_TRUE(down) << "the kiosk still took keys after Ctrl+Alt+Q: " << slurp(dir_ / "speech.jsonl");
}

TEST_F(StaffExit, WithoutAConfiguredCodeTheKeypadOpensNoPrompt) {
    const auto result = run_kiosk(std::string(kOpenPrompt) + keypad_digits("246810") + "wait 300\nquit\n", "");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_FALSE(said("Staff code"));
    EXPECT_FALSE(noted("staff exit"));
}

// The keypad's Down (2) as often as `times`, each heard before the next.
std::string keypad_down(int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += "key Keypad 2\nwait 400\n";
    return out;
}

TEST_F(StaffExit, TheRightCodeOnTheKeypadOpensTheMaintenanceScreenWhichSpeaksItsFacts) {
    const std::string hash = hash_file("246810");
    const auto result = run_kiosk(std::string(kOpenPrompt) + keypad_digits("246810") +
                                      "wait 3000\nkey Keypad 5\nwait 3000\nkey Keypad 2\nwait 400\nkey Keypad 5\n"
                                      "wait 1000\n" +
                                      keypad_down(15) + "key Keypad 0\nwait 300\nquit\n",
                                  "--staff-code-hash " + hash);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(said("Staff code")) << "the prompt is spoken like every screen";
    EXPECT_TRUE(said("6 digits entered"));
    EXPECT_TRUE(noted("staff maintenance")) << slurp(dir_ / "speech.jsonl");
    EXPECT_FALSE(noted("staff exit"));
    EXPECT_EQ(slurp(dir_ / "speech.jsonl").find("246810"), std::string::npos) << "the code is not logged";
    EXPECT_TRUE(said("Maintenance. Test speech"));
    // Test speech: a sentence in each language's own voice.
    EXPECT_EQ(voice_of("This is the English voice of the kiosk."), "en-us");
    EXPECT_EQ(voice_of("这是本机的中文语音。"), "cmn-latn-pinyin");
    EXPECT_EQ(voice_of("이 키오스크의 한국어 음성입니다."), "ko");
    EXPECT_TRUE(said("That was the test sound.")) << slurp(dir_ / "speech.jsonl");
    for (const char* fact :
         {"Pack: changyi-disability-services, version 2.0.0", "Source: 昌邑区“十四五”残疾人保障和发展规划(讨论稿)",
          "Review by: 2027-06-30", "Last pack update: none since the kiosk started",
          "Sound device: ", "Speech: ", "Voices: 中文: cmn-latn-pinyin, English: en-us, 한국어: ko",
          "Fonts, 中文: Noto Sans CJK SC", "Fonts, English: ", "Fonts, 한국어: Noto Sans CJK KR",
          "Braille instructions (kiosk-pack braille-label makes the label for the keypad): Talking information kiosk.",
          "Running for 0 hours and 0 minutes", "Today: 1 session, 0 topics opened, 1 session with speech on",
          "Exit the kiosk"}) {
        EXPECT_TRUE(said(fact)) << fact << "\n" << slurp(dir_ / "speech.jsonl");
    }
    EXPECT_TRUE(key_after_note("staff maintenance", "Keypad 0")) << "Back leaves it; the kiosk runs on";
}

TEST_F(StaffExit, TheMaintenanceScreensExitEndsTheKioskOnItsSecondPress) {
    const std::string hash = hash_file("246810");
    // The exit is the last item, sixteen Downs below the first with the pack's three
    // languages: the braille instructions take two pages in the test's window.
    const auto result = run_kiosk(std::string(kOpenPrompt) + keypad_digits("246810") + "wait 3000\n" + keypad_down(16) +
                                      "key Keypad 5\nwait 500\nkey Keypad 5\nwait 300\n" + "key Down\nwait 300\nquit\n",
                                  "--staff-code-hash " + hash);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(said("Press Enter again to exit the kiosk")) << slurp(dir_ / "speech.jsonl");
    EXPECT_TRUE(noted("staff exit")) << slurp(dir_ / "speech.jsonl");
    EXPECT_FALSE(key_after_note("staff exit", "Down")) << "the kiosk ended at the second press";
}

TEST_F(StaffExit, AWrongCodeIsRefusedAndTheNextTryMustWait) {
    const std::string hash = hash_file("246810");
    const auto result =
        run_kiosk(std::string(kOpenPrompt) + keypad_digits("111111") + "wait 30\n" +
                      quickly(kOpenPrompt + keypad_digits("246810")) + "wait 1500\nkey Down\nwait 300\nquit\n",
                  "--staff-code-hash " + hash);
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(noted("wrong staff code; next try in 2 s")) << slurp(dir_ / "speech.jsonl");
    EXPECT_TRUE(said("Wrong code. Try again in 2 seconds."));
    // The right code, entered before the wait is over, is not even tried.
    EXPECT_TRUE(noted("staff code too soon")) << slurp(dir_ / "speech.jsonl");
    EXPECT_FALSE(noted("staff exit"));
    EXPECT_FALSE(noted("staff maintenance"));
    EXPECT_FALSE(said("Maintenance")) << "a wrong code opens nothing";
    EXPECT_TRUE(key_after_note("staff code too soon", "Down"));
}

TEST_F(StaffExit, AHashThatIsNoHashStopsTheStart) {
    const auto result = run_kiosk("quit\n", "--staff-code-hash 123456");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("kiosk-pack hash-code"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace kiosk
