// A headset plugged in and out, through the test double of the jack: speech moves and
// starts, the notices are heard even with speech off, and privacy mode may need a headset.

#include <gtest/gtest.h>

#include "support/fake_headset_jack.h"
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

// Private listening on a headset (EZ Access), with a simulated jack reported as the shell
// reports ALSA's: speech moves to the headset and speech mode starts, and unplugging moves
// it back with a notice; privacy mode may require a headset.
class HeadsetFlow : public Flow {
protected:
    void with_privacy_rule(bool privacy_needs_headset) {
        KioskApp::Settings settings;
        settings.privacy_needs_headset = privacy_needs_headset;
        make_app(std::move(settings));
    }
    // The jack's change, as the event loop hands it to the app; at the time `now_`.
    void jack_changed() {
        AppInputs inputs;
        inputs.headset = jack_.headset_present();
        last_ = step(now_, inputs);
    }
    AppOutputs toggle_privacy(Moment now) {
        if (host_.kiosk().at_rest()) press(Command::next, now);  // the first key only wakes the kiosk
        press(Command::settings, now);
        for (int i = 0; i < 20 && host_.kiosk().stack().focused_item().label != "隐私模式"; ++i) {
            press(Command::next, now);
        }
        EXPECT_EQ(host_.kiosk().stack().focused_item().label, "隐私模式");
        return press(Command::activate, now);
    }
    static std::vector<std::string> said(const AppOutputs& out) {
        std::vector<std::string> words;
        for (const SpeakCommand& speak : spoken(out)) words.push_back(speak.utterance.display);
        return words;
    }
    static bool begins_with_cancel(const AppOutputs& out) {
        return !out.speech.empty() && std::holds_alternative<CancelSpeech>(out.speech.front());
    }

    Moment now_ = at(0s);
    AppOutputs last_;
    testing::FakeHeadsetJack jack_{[this] { jack_changed(); }};
};

TEST_F(HeadsetFlow, APlugMovesSpeechToTheHeadsetStartsSpeechAndSaysSo) {
    ASSERT_FALSE(host_.kiosk().preferences().speech);
    now_ = at(10s);
    jack_.plug();
    ASSERT_EQ(last_.audio_route, AudioRoute::headset);
    EXPECT_TRUE(begins_with_cancel(last_)) << "what the speakers were saying stops before speech moves";
    const std::vector<std::string> words = said(last_);
    ASSERT_GE(words.size(), 2u);
    EXPECT_EQ(words.front(), "耳机已连接，语音改由耳机播放，扬声器已关闭。");
    EXPECT_EQ(words[1], "语音已开启。按上键、下键选择，按确认键打开，按返回键后退，按帮助键听说明。")
        << "on a kiosk nobody was using, the plug wakes it as the first key does";
    EXPECT_TRUE(host_.kiosk().preferences().speech);
    EXPECT_EQ(host_.kiosk().stack().top().screen.kind, ScreenKind::home);
    EXPECT_EQ(notes(last_), std::vector<std::string>{"headset plugged in"});

    now_ = at(20s);
    jack_.unplug();
    ASSERT_EQ(last_.audio_route, AudioRoute::speakers);
    EXPECT_TRUE(begins_with_cancel(last_));
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，语音改由扬声器播放。"});
    EXPECT_EQ(notes(last_), std::vector<std::string>{"headset unplugged"});
    EXPECT_TRUE(host_.kiosk().preferences().speech) << "a resident still there keeps hearing the kiosk";
}

TEST_F(HeadsetFlow, TheUnplugNoticeIsHeardEvenWithSpeechTurnedOff) {
    now_ = at(1s);
    jack_.plug();
    press(Command::settings, at(2s));
    for (int i = 0; i < 20 && host_.kiosk().stack().focused_item().label != "语音朗读"; ++i)
        press(Command::next, at(2s));
    press(Command::activate, at(3s));
    ASSERT_FALSE(host_.kiosk().preferences().speech);
    now_ = at(4s);
    jack_.unplug();
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，语音改由扬声器播放。"});
}

TEST_F(HeadsetFlow, AJackReportingTheSameStateAgainChangesNothing) {
    now_ = at(1s);
    jack_.unplug();
    EXPECT_FALSE(last_.audio_route.has_value()) << "no headset at start is no unplug";
    EXPECT_TRUE(said(last_).empty());
    jack_.plug();
    jack_.plug();
    EXPECT_FALSE(last_.audio_route.has_value());
    EXPECT_TRUE(said(last_).empty());
}

TEST_F(HeadsetFlow, APlugCountsAsSomeoneThereForTheIdleTimer) {
    press(Command::next, at(1s));
    now_ = at(100s);
    jack_.plug();
    step(at(215s));
    EXPECT_FALSE(host_.kiosk().idle_warning().has_value()) << "120 s after the plug, not after the key";
    step(at(221s));
    EXPECT_TRUE(host_.kiosk().idle_warning().has_value());
}

TEST_F(HeadsetFlow, WithoutTheRulePrivacyModeNeedsNoHeadsetAndOutlivesAnUnplug) {
    toggle_privacy(at(1s));
    ASSERT_TRUE(host_.kiosk().preferences().privacy);
    now_ = at(2s);
    jack_.plug();
    jack_.unplug();
    EXPECT_TRUE(host_.kiosk().preferences().privacy);
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，语音改由扬声器播放。"});
}

TEST_F(HeadsetFlow, WithTheRulePrivacyModeIsRefusedWithoutAHeadsetAndSaysWhy) {
    with_privacy_rule(true);
    const AppOutputs out = toggle_privacy(at(1s));
    EXPECT_FALSE(host_.kiosk().preferences().privacy);
    EXPECT_EQ(said(out), std::vector<std::string>{"隐私模式需要耳机。请先插入耳机。"});

    now_ = at(2s);
    jack_.plug();
    const AppOutputs on = press(Command::activate, at(3s));  // still on the privacy setting
    EXPECT_TRUE(host_.kiosk().preferences().privacy);
    EXPECT_EQ(said(on), std::vector<std::string>{"隐私模式已开启，屏幕已关闭，内容只用声音播报"});
}

TEST_F(HeadsetFlow, WithTheRuleUnpluggingEndsPrivacyModeAndTheNoticeSaysSo) {
    with_privacy_rule(true);
    now_ = at(1s);
    jack_.plug();
    toggle_privacy(at(2s));
    ASSERT_TRUE(host_.kiosk().preferences().privacy);
    now_ = at(3s);
    jack_.unplug();
    EXPECT_FALSE(host_.kiosk().preferences().privacy);
    EXPECT_TRUE(last_.redraw) << "the screen shows again";
    EXPECT_EQ(last_.audio_route, AudioRoute::speakers);
    EXPECT_EQ(said(last_), std::vector<std::string>{"耳机已拔出，隐私模式已关闭，屏幕已恢复，语音改由扬声器播放。"});
    EXPECT_EQ(notes(last_), std::vector<std::string>{"headset unplugged; privacy mode ends"});
    toggle_privacy(at(4s));
    EXPECT_FALSE(host_.kiosk().preferences().privacy) << "and it cannot come back on without the headset";
}

}  // namespace
}  // namespace kiosk
