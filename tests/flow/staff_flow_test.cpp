// The staff side of the kiosk over time: the staff code's growing wait on the injected
// clock, the maintenance screen it opens with the host's facts and the uptime, its tests
// of speech and sound, and its exit, which the idle reset and warning take back.

#include <gtest/gtest.h>

#include "support/flow_fixture.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using testing::cancels;
using testing::Flow;
using testing::kViewport;
using testing::notes;
using testing::spoken;
using testing::TimePoint;

// The staff code on the keypad, with a code of 246810, on the made-up clock.
class StaffFlow : public Flow {
protected:
    void SetUp() override {
        const auto hash = hash_staff_code("246810");
        ASSERT_TRUE(hash);
        auto checker = StaffCodeChecker::from_hash(*hash);
        ASSERT_TRUE(checker) << checker.error().to_string();
        KioskApp::Settings settings;
        settings.staff_code = std::move(*checker);
        make_app(std::move(settings));
        press(Command::next, at(1s));  // wake
    }

    AppOutputs enter(const std::string& code, Moment now) {
        for (Command c : {Command::help, Command::settings, Command::help, Command::settings, Command::help}) {
            press(c, now);
        }
        EXPECT_TRUE(host_.kiosk().entering_staff_code());
        AppInputs digits;
        for (char c : code) digits.inputs.push_back({Digit{c - '0'}, "digit"});
        digits.inputs.push_back({Command::activate, "Return"});
        return step(now, digits);
    }
    ScreenKind shown() { return host_.kiosk().stack().top().screen.kind; }
    // Moves the focus to the item whose label starts with `label`.
    void focus_on(const std::string& label, Moment now) {
        for (int i = 0; i < 40 && host_.kiosk().stack().focused_item().label.rfind(label, 0) != 0; ++i) {
            press(Command::next, now);
        }
        ASSERT_EQ(host_.kiosk().stack().focused_item().label.rfind(label, 0), 0u) << label;
    }
};

TEST_F(StaffFlow, TheStaffCodeWaitGrowsOnTheInjectedClock) {
    AppOutputs out = enter("111111", at(2s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"wrong staff code; next try in 2 s"});
    EXPECT_NE(shown(), ScreenKind::maintenance);
    out = enter("246810", at(3s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff code too soon; next try in 1 s"});
    EXPECT_NE(shown(), ScreenKind::maintenance) << "the right code, too soon, is not even tried";
    out = enter("246810", at(5s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff maintenance"});
    EXPECT_EQ(shown(), ScreenKind::maintenance);
    EXPECT_FALSE(out.quit) << "the code opens the maintenance screen; only its exit ends the kiosk";
}

TEST_F(StaffFlow, TheRightCodeOpensTheMaintenanceScreenWithTheHostsFactsAndTheUptime) {
    host_.facts.usage_today = UsageTally{4, 9, 1};
    const AppOutputs out = enter("246810", at(3h + 25min + 10s));
    ASSERT_EQ(shown(), ScreenKind::maintenance);
    EXPECT_EQ(host_.facts_asked, 1) << "gathered as the screen opens";
    const std::vector<SpeakCommand> said = spoken(out);
    ASSERT_FALSE(said.empty());
    EXPECT_EQ(said.back().utterance.display, "维护。测试语音") << "title, then the focused item";
    std::vector<std::string> labels;
    for (const Item& item : host_.kiosk().stack().top().screen.items) labels.push_back(item.label);
    auto has = [&](const std::string& label) { return std::find(labels.begin(), labels.end(), label) != labels.end(); };
    EXPECT_TRUE(has("内容包：mini，版本1.0.0")) << ::testing::PrintToString(labels);
    EXPECT_TRUE(has("已运行3小时25分钟")) << "from the injected start: " << ::testing::PrintToString(labels);
    EXPECT_TRUE(has("今天：使用4次，打开主题9个，其中1次开启了语音")) << ::testing::PrintToString(labels);
}

TEST_F(StaffFlow, TheExitEndsTheKioskOnlyOnItsSecondPress) {
    enter("246810", at(2s));
    focus_on("退出查询机", at(3s));
    AppOutputs out = press(Command::activate, at(4s));
    EXPECT_FALSE(out.quit);
    EXPECT_EQ(spoken(out).at(0).utterance.display, "再按一次确认键就会退出查询机。按其他键则继续运行。");
    press(Command::repeat, at(5s));  // another key takes the first press back
    out = press(Command::activate, at(6s));
    EXPECT_FALSE(out.quit) << "asks again";
    out = press(Command::activate, at(7s));
    EXPECT_TRUE(out.quit);
    EXPECT_EQ(notes(out), std::vector<std::string>{"staff exit"});
}

TEST_F(StaffFlow, TheTestsOfSpeechAndSoundGoOutAsSpeechData) {
    enter("246810", at(2s));
    AppOutputs out = press(Command::activate, at(3s));  // "测试语音" has focus first
    const std::vector<SpeakCommand> voices = spoken(out);
    ASSERT_EQ(voices.size(), 2u) << "each language in its own voice";
    EXPECT_EQ(voices[0].utterance.voice, "cmn-latn-pinyin");
    EXPECT_EQ(voices[0].utterance.display, "这是本机的中文语音。");
    EXPECT_EQ(voices[1].utterance.voice, "en-us");
    EXPECT_EQ(voices[1].utterance.display, "This is the English voice of the kiosk.");
    press(Command::next, at(4s));
    out = press(Command::activate, at(5s));  // "测试声音"
    const auto* sequence = std::get_if<SpeechSequence>(&out.speech.back());
    ASSERT_NE(sequence, nullptr);
    const auto* earcon = std::get_if<EarconCommand>(&sequence->front());
    ASSERT_NE(earcon, nullptr) << "the tone goes the way every earcon goes";
    EXPECT_EQ(spoken(out).at(0).utterance.display, "刚才是测试提示音。");
}

TEST_F(StaffFlow, TheIdleResetClosesTheMaintenanceScreen) {
    enter("246810", at(2s));
    focus_on("退出查询机", at(2s));
    press(Command::activate, at(2s));  // a first press of the exit, then the staff walk away
    AppOutputs out = step(at(122s));
    EXPECT_TRUE(host_.kiosk().idle_warning().has_value()) << "the warning comes here as anywhere";
    out = step(at(142s));
    EXPECT_EQ(notes(out), std::vector<std::string>{"idle reset"});
    EXPECT_EQ(host_.resets, 1);
    EXPECT_NE(shown(), ScreenKind::maintenance);
    EXPECT_FALSE(out.quit);
    out = press(Command::activate, at(143s));
    EXPECT_FALSE(out.quit) << "the exit's first press went with the screen";
}

TEST_F(StaffFlow, TheIdleWarningTakesTheExitsFirstPressBack) {
    enter("246810", at(2s));
    focus_on("退出查询机", at(2s));
    press(Command::activate, at(2s));
    step(at(122s));
    ASSERT_TRUE(host_.kiosk().idle_warning().has_value());
    press(Command::activate, at(123s));  // dismisses the warning
    EXPECT_EQ(shown(), ScreenKind::maintenance);
    const AppOutputs out = press(Command::activate, at(124s));
    EXPECT_FALSE(out.quit) << "the exit asks again after the warning";
}

}  // namespace
}  // namespace kiosk
