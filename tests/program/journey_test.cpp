// Runs the real kiosk binary on SDL's dummy video driver and disk audio driver, drives
// it with an input script, and checks what a blind resident would hear: the speech log
// and the audio that reached the device.

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/kiosk_program.h"
#include "support/paths.h"
#include "support/run_command.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace kiosk {
namespace {

using testing::slurp;
using ProgramRun = testing::CommandResult;

using Program = testing::KioskProgram;

// Root mean square of 16-bit little-endian samples: 0 is silence.
double rms_of_s16(const std::string& bytes) {
    double sum = 0;
    const std::size_t count = bytes.size() / 2;
    for (std::size_t i = 0; i < count; ++i) {
        const auto sample = static_cast<std::int16_t>(static_cast<std::uint8_t>(bytes[2 * i]) |
                                                      (static_cast<std::uint8_t>(bytes[2 * i + 1]) << 8));
        sum += static_cast<double>(sample) * sample;
    }
    return count == 0 ? 0.0 : std::sqrt(sum / static_cast<double>(count));
}

TEST_F(Program, KeypadJourneyIsSpokenInMandarinAndHeard) {
    const fs::path script = write_script(
        "wait 500\n"
        "key Keypad 5\nwait 1000\n"  // the first key on an idle kiosk turns speech on
        "key Down\nwait 300\n"
        "key Up\nwait 300\n"
        "key Keypad 2\nwait 300\n"      // next, from the numeric keypad
        "key Return\nwait 600\n"        // open the category
        "key Keypad Enter\nwait 600\n"  // open its first topic
        "key Down\nwait 300\n"
        "key F1\nwait 600\n"
        "key Escape\nwait 300\n"
        "key Home\nwait 300\n"
        "key Alt+F4\nwait 200\n"   // must not close the kiosk
        "key Escape\nwait 3000\n"  // on the home screen: stays, and says so, to the end
                                   // (time enough for a loaded machine)
        "quit\n");
    const fs::path audio = dir_ / "audio.raw";
    const ProgramRun result = run("--speech-log " + (dir_ / "speech.jsonl").string() + " --script " + script.string(),
                                  "SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=" + audio.string());
    ASSERT_EQ(result.exit_code, 0) << result.err;

    const auto events = read_log();
    std::vector<std::string> keys;
    std::vector<std::string> spoken;
    int audio_starts = 0;
    int cancels = 0;
    for (const auto& e : events) {
        ASSERT_TRUE(e.contains("t_ms")) << e.dump();
        const std::string kind = e["event"];
        if (kind == "key") keys.push_back(e["key"]);
        if (kind == "speak") {
            EXPECT_EQ(e["voice"], "cmn-latn-pinyin");
            EXPECT_FALSE(e["display"].get<std::string>().empty());
            spoken.push_back(e["text"]);
        }
        audio_starts += kind == "audio-start";
        cancels += kind == "cancel";
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"Keypad 5", "Down", "Up", "Keypad 2", "Return", "Keypad Enter", "Down",
                                              "F1", "Escape", "Home", "Escape"}));
    // The waking key: how to use the keys, then where you are; then one utterance per key.
    ASSERT_EQ(spoken.size(), keys.size() + 1) << ::testing::PrintToString(spoken);
    EXPECT_EQ(spoken[0].rfind("语音已开启。", 0), 0u) << spoken[0];
    EXPECT_EQ(spoken[1].rfind("昌邑区残疾人服务指南，依据规划讨论稿：", 0), 0u)
        << "the plan and its status first: " << spoken[1];
    EXPECT_NE(spoken[1].find("规划期二零二一到二零二五年，共十项。生活保障与补贴，类别，六项，第一项，共十项"),
              std::string::npos)
        << spoken[1];
    EXPECT_EQ(spoken[2], spoken[4]) << "Down then Up then Down again says the same item";
    EXPECT_NE(spoken[2].find("类别"), std::string::npos) << spoken[2];
    EXPECT_NE(spoken[2].find("第二项，共十项"), std::string::npos) << "items say their position: " << spoken[2];
    EXPECT_NE(spoken[6].find("。"), std::string::npos) << "a topic opens with its title, then its summary";
    EXPECT_EQ(spoken[8].rfind("帮助。", 0), 0u) << spoken[8];
    EXPECT_EQ(spoken.back(), "这里就是首页");
    EXPECT_GE(audio_starts, 3);
    int earcons = 0;
    for (const auto& e : events) earcons += e["event"] == "earcon";
    EXPECT_EQ(earcons, static_cast<int>(keys.size())) << "every key gives a sound before the words";
    EXPECT_GE(cancels, 3) << "key presses cut off the speech before them";
    EXPECT_EQ(events.back()["event"], "done") << "the last utterance plays to its end";

    const std::string samples = slurp(audio);
    EXPECT_GT(samples.size(), 22050u) << "at least half a second of audio";
    EXPECT_GT(rms_of_s16(samples), 200.0) << "the captured audio is not silence";
}

// With speech off (as the kiosk starts) a tap opens at once and nothing is said.
TEST_F(Program, WithSpeechOffATapStartsTheKioskAndTheNextOpensACategory) {
    const fs::path script =
        write_script("wait 800\ntap 300 300\nwait 500\ntap 300 300\nwait 500\nkey F1\nwait 300\nquit\n");
    const ProgramRun result =
        run("--windowed 1920x1080 --speech-log " + (dir_ / "speech.jsonl").string() + " --script " + script.string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const auto& e : read_log()) EXPECT_NE(e["event"], "speak") << "speech stays off: a key is not the first input";
}

// With speech on, the first tap speaks and the second opens; a finger sliding across
// the home screen speaks each category it passes.
TEST_F(Program, WithSpeechOnTouchAndConfirmAndTheTalkingFingertip) {
    std::string steps =
        "wait 500\nkey Keypad 5\nwait 500\n"  // speech on
        "tap 300 300\nwait 300\n"             // speaks the first category
        "tap 300 300\nwait 500\n"             // opens it
        "key Escape\nwait 300\n"
        "press 300 300\n";
    for (int x = 320; x <= 1800; x += 40) steps += "move " + std::to_string(x) + " 300\nwait 20\n";
    steps += "release 1800 300\nwait 500\nquit\n";
    const ProgramRun result = run("--windowed 1920x1080 --speech-log " + (dir_ / "speech.jsonl").string() +
                                  " --script " + write_script(steps).string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::vector<std::string> spoken;
    for (const auto& e : read_log()) {
        if (e["event"] == "speak") spoken.push_back(e["text"]);
    }
    ASSERT_GE(spoken.size(), 8u) << ::testing::PrintToString(spoken);
    EXPECT_EQ(spoken[2], "生活保障与补贴，类别，六项，第一项，共十项") << "the first tap only speaks";
    EXPECT_EQ(spoken[3].rfind("生活保障与补贴，共六项。", 0), 0u) << "the second tap opens: " << spoken[3];
    const std::vector<std::string> slid(spoken.end() - 3, spoken.end());
    EXPECT_EQ(slid[0].rfind("生活保障与补贴，类别", 0), 0u) << ::testing::PrintToString(spoken);
    EXPECT_NE(slid[1].find("第二项，共十项"), std::string::npos) << slid[1];
    EXPECT_NE(slid[2].find("第三项，共十项"), std::string::npos) << slid[2];
}

TEST_F(Program, HelpListsEveryFlag) {
    const ProgramRun result = run("--help");
    EXPECT_EQ(result.exit_code, 0);
    for (const char* flag : {"--pack", "--locale", "--windowed", "--theme", "--text-size", "--speech", "--speech-log",
                             "--idle-timeout", "--idle-warning", "--attract-after", "--invite-every", "--quiet-hours",
                             "--render-all", "--audit", "--staff-code-hash"}) {
        EXPECT_NE(result.out.find(flag), std::string::npos) << flag;
    }
    EXPECT_EQ(result.out.find("Ctrl+Alt"), std::string::npos) << "no way out is published";
}

TEST_F(Program, UnknownOptionIsAUsageError) {
    const ProgramRun result = run("--frobnicate 1");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("unknown option --frobnicate"), std::string::npos) << result.err;
}

TEST_F(Program, BrokenPackIsRefusedWithFileAndLine) {
    fs::copy(testing::fixture_path("mini-pack"), dir_ / "pack", fs::copy_options::recursive);
    std::ofstream(dir_ / "pack/zh-Hans/home.toml", std::ios::app) << "\n[[category]\nid = 1\n";
    const ProgramRun result = run("--pack " + (dir_ / "pack").string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("zh-Hans/home.toml:22:12: error: TOML syntax"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("cannot be shown"), std::string::npos) << result.err;
}

TEST_F(Program, RunsSilentlyWithSpeechOff) {
    const fs::path script = write_script("wait 300\nkey Down\nwait 300\nquit\n");
    const ProgramRun result =
        run("--speech off --speech-log " + (dir_ / "speech.jsonl").string() + " --script " + script.string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    for (const auto& e : read_log()) EXPECT_NE(e["event"], "speak");
}

// A script's note reaches the speech log where it was played, between the keys around it
// (a key pressed just before is taken on the loop's next turn, hence the waits), so
// whoever reads the log knows how far the script has got.
TEST_F(Program, ScriptNotesAreWrittenToTheSpeechLogInTheirPlace) {
    const fs::path script =
        write_script("wait 300\nkey Down\nwait 300\nnote soak 1 of 2\nwait 300\nkey Up\nwait 300\nquit\n");
    const ProgramRun result =
        run("--speech off --speech-log " + (dir_ / "speech.jsonl").string() + " --script " + script.string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::vector<std::string> order;  // keys and the script's note, as logged
    for (const auto& e : read_log()) {
        if (e["event"] == "key") order.push_back(e["key"]);
        if (e["event"] == "note" && e["message"] == "soak 1 of 2") order.push_back("note");
    }
    EXPECT_EQ(order, (std::vector<std::string>{"Down", "note", "Up"})) << ::testing::PrintToString(order);
}

// The audio device goes away and comes back (simulated with SDL's disk driver, whose
// "device" cannot open while its folder is missing): the kiosk keeps working silently,
// says why on screen, and speaks again once a device is back.
TEST_F(Program, SurvivesLosingTheAudioDeviceAndRecovers) {
    const fs::path audio_dir = dir_ / "audio";
    fs::create_directories(audio_dir);
    // The device's folder is removed by this test while the opening words are heard, and
    // made again once the kiosk said it has no sound; the script waits for it to be back.
    const std::string await_device = "await-path " + audio_dir.string() + "\n";
    const fs::path script = write_script(
        "wait 300\nkey Keypad 5\n"  // speech on: its words are heard in real time
        "wait 2200\naudio-removed\n"
        "wait 800\nkey Down\n" +  // spoken into the void: no device
        await_device +
        "wait 2500\naudio-added\n"
        "wait 500\nkey Down\n"  // heard again
        "wait 800\nquit\n");
    const pid_t child = start("--speech-log " + (dir_ / "speech.jsonl").string() + " --script " + script.string(),
                              "SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=" + (audio_dir / "out.raw").string());
    ASSERT_GE(child, 0);
    wait_for_log("audio-start");
    fs::remove_all(audio_dir);  // the device is gone: it cannot be opened again
    wait_for_log("no sound");
    fs::create_directories(audio_dir);  // and back
    ASSERT_EQ(wait_for_exit(child), 0) << slurp(dir_ / "stderr.txt");

    std::vector<std::string> notes;
    std::vector<json> downs;  // what each Down key asked to say
    std::set<int> heard;
    bool after_down = false;
    for (const auto& e : read_log()) {
        if (e["event"] == "note") notes.push_back(e["message"]);
        if (e["event"] == "key") after_down = e["key"] == "Down";
        if (e["event"] == "speak" && after_down) downs.push_back(e);
        if (e["event"] == "audio-start") heard.insert(e["id"].get<int>());
    }
    ASSERT_EQ(notes.size(), 2u) << ::testing::PrintToString(notes);
    EXPECT_EQ(notes[0].rfind("audio device removed; no sound: no audio device", 0), 0u) << notes[0];
    EXPECT_EQ(notes[1], "audio device added; sound is back");
    ASSERT_EQ(downs.size(), 2u);
    EXPECT_EQ(heard.count(downs[0]["id"].get<int>()), 0u) << "nothing heard while there is no device";
    EXPECT_EQ(heard.count(downs[1]["id"].get<int>()), 1u) << "heard again once a device is back";
}

// Say-all reads on, sentence after sentence, until a key stops it at once.
TEST_F(Program, SayAllReadsOnUntilAKeyStopsIt) {
    const fs::path script = write_script(
        "wait 500\nkey Keypad 5\nwait 300\n"                            // speech on
        "key Return\nwait 300\nkey Return\n"                            // legal aid
        "wait 300\nkey Down\nkey Down\nkey Down\nkey Down\nwait 200\n"  // a claim of two sentences
        "key Keypad *\nwait 6000\n"
        "key Down\nwait 800\nquit\n");
    const ProgramRun result = run("--pack " + testing::fixture_path("mini-pack") + " --speech-log " +
                                      (dir_ / "speech.jsonl").string() + " --script " + script.string(),
                                  "SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=" + (dir_ / "audio.raw").string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const auto events = read_log();
    double say_all_at = -1, stop_at = -1, cancel_at = -1;
    std::vector<std::string> heard_during_say_all;
    for (const auto& e : events) {
        if (e["event"] == "key" && e["key"] == "Keypad *") say_all_at = e["t_ms"];
        if (e["event"] == "key" && e["key"] == "Down" && say_all_at >= 0) stop_at = e["t_ms"];
        if (e["event"] == "audio-start" && say_all_at >= 0 && stop_at < 0) heard_during_say_all.push_back(e["display"]);
        if (e["event"] == "cancel" && stop_at >= 0 && cancel_at < 0) cancel_at = e["t_ms"];
    }
    ASSERT_GE(heard_during_say_all.size(), 3u) << "it read on by itself";
    EXPECT_EQ(heard_during_say_all[0], "规划目标（约束性）·三（四）1\n") << "the claim's kind first";
    EXPECT_EQ(heard_during_say_all[1], "免费的法律咨询和代理。");
    EXPECT_EQ(heard_during_say_all[2], "涉及残疾人的刑事案件都提供法律援助。");
    ASSERT_GE(cancel_at, 0) << "the key cut say-all off";
    EXPECT_LT(cancel_at - stop_at, 20.0) << "within 20 ms of the key";
}

// The language screen names each language in its own voice, and choosing one changes
// the words and the voice of the whole kiosk without a restart.
TEST_F(Program, LanguageChangesAtRunTime) {
    std::string keys = "wait 500\nkey Down\n";          // speech on
    for (int i = 0; i < 13; ++i) keys += "key Down\n";  // 10 categories, the date, Help, Settings, Language
    keys +=
        "key Return\nwait 200\nkey Down\nwait 200\nkey Return\nwait 300\n"  // English
        "key Down\nwait 300\nquit\n";
    const ProgramRun result =
        run("--speech-log " + (dir_ / "speech.jsonl").string() + " --script " + write_script(keys).string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::vector<json> speech;
    for (const auto& e : read_log()) {
        if (e["event"] == "speak") speech.push_back(e);
    }
    ASSERT_GE(speech.size(), 5u);
    const auto& english_name = speech[speech.size() - 4];
    EXPECT_EQ(english_name["text"], "English");
    EXPECT_EQ(english_name["voice"], "en-us");
    const auto& home = speech[speech.size() - 2];
    EXPECT_EQ(home["voice"], "en-us");
    EXPECT_NE(home["text"].get<std::string>().find("ten items"), std::string::npos) << home["text"];
    EXPECT_EQ(speech.back()["voice"], "en-us");
    EXPECT_NE(speech.back()["text"].get<std::string>().find("category"), std::string::npos);
}

}  // namespace
}  // namespace kiosk

namespace kiosk {
namespace {

// Context help from F1 and from the keypad's '.', in each language of the default pack.
TEST_F(Program, HelpComesFromF1AndTheKeypadDotInEveryLanguage) {
    const std::vector<std::pair<std::string, std::string>> languages = {{"zh-Hans", "帮助。这里是首页"},
                                                                        {"en", "Help. This is the home screen"},
                                                                        {"ko", "도움말. 여기는 첫 화면입니다"}};
    for (const auto& [locale, opening] : languages) {
        const fs::path script = write_script(
            "wait 300\nkey Down\nwait 200\nkey F1\nwait 200\nkey Escape\nwait 200\nkey Keypad .\nwait 300\nquit\n");
        const fs::path log = dir_ / ("speech-" + locale + ".jsonl");
        const ProgramRun result =
            run("--locale " + locale + " --speech-log " + log.string() + " --script " + script.string());
        ASSERT_EQ(result.exit_code, 0) << result.err;
        std::vector<std::string> helps;
        std::istringstream in(slurp(log));
        for (std::string line; std::getline(in, line);) {
            const json e = json::parse(line);
            if (e["event"] == "speak" && e["text"].get<std::string>().rfind(opening, 0) == 0)
                helps.push_back(e["text"]);
        }
        ASSERT_EQ(helps.size(), 2u) << locale << ": " << slurp(log);
        EXPECT_EQ(helps[0], helps[1]) << "the same help from both keys";
    }
}

// Walking away: after the idle time a warning counts down, then the kiosk starts afresh
// in its default language with default settings.
TEST_F(Program, AnIdleKioskWarnsThenStartsAfresh) {
    const fs::path script = write_script(
        "wait 300\nkey Down\nwait 200\n"
        "key F11\nkey Return\nwait 200\nkey Down\nkey Down\nkey Return\nwait 300\n"  // settings, language, 한국어
        "wait 5000\n"                                                                // walks away
        "key Down\nwait 500\nquit\n");                                               // the next resident
    const ProgramRun result = run("--idle-timeout 2 --idle-warning 2 --speech-log " + (dir_ / "speech.jsonl").string() +
                                  " --script " + script.string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::vector<json> events = read_log();
    std::vector<std::string> notes;
    std::string warning, after_reset;
    for (const auto& e : events) {
        if (e["event"] == "note") notes.push_back(e["message"]);
        if (e["event"] != "speak") continue;
        const std::string text = e["text"];
        if (text.find("계속 사용하고 계신가요") != std::string::npos) warning = text;
        if (!notes.empty() && notes.back() == "idle reset" && after_reset.empty()) after_reset = text;
    }
    EXPECT_NE(std::find(notes.begin(), notes.end(), "language ko"), notes.end()) << ::testing::PrintToString(notes);
    EXPECT_FALSE(warning.empty()) << "the warning is said in the resident's language";
    ASSERT_FALSE(notes.empty());
    EXPECT_EQ(notes.back(), "idle reset");
    EXPECT_EQ(after_reset.rfind("语音已开启", 0), 0u) << "the next resident starts in Chinese: " << after_reset;
    std::vector<std::string> after;
    bool reset_seen = false;
    for (const auto& e : events) {
        reset_seen |= e["event"] == "note" && e["message"] == "idle reset";
        if (reset_seen && e["event"] == "speak") after.push_back(e["text"]);
    }
    ASSERT_EQ(after.size(), 2u) << ::testing::PrintToString(after);
    EXPECT_EQ(after[1].rfind("昌邑区残疾人服务指南，依据规划讨论稿：", 0), 0u) << after[1];
    EXPECT_NE(after[1].find("共十项。生活保障与补贴"), std::string::npos)
        << "on the home screen, focus at the top, no history: " << after[1];
}

// Privacy mode: the screen goes blank and speech carries on.
TEST_F(Program, PrivacyModeKeepsSpeaking) {
    std::string keys = "wait 300\nkey Down\nwait 200\nkey F11\nwait 200\n";
    for (int i = 0; i < 6; ++i) keys += "key Down\n";  // language, text size, colours, speech, rate, volume, privacy
    keys += "key Return\nwait 300\nkey Home\nwait 200\nkey Down\nwait 300\nquit\n";
    const ProgramRun result =
        run("--speech-log " + (dir_ / "speech.jsonl").string() + " --script " + write_script(keys).string());
    ASSERT_EQ(result.exit_code, 0) << result.err;
    std::vector<std::string> spoken;
    for (const auto& e : read_log()) {
        if (e["event"] == "speak") spoken.push_back(e["text"]);
    }
    ASSERT_GE(spoken.size(), 3u);
    EXPECT_EQ(spoken[spoken.size() - 3], "隐私模式已开启，屏幕已关闭，内容只用声音播报");
    EXPECT_EQ(spoken.back().rfind("出行与无障碍，类别", 0), 0u) << spoken.back();
}

}  // namespace
}  // namespace kiosk
