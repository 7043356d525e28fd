// What the braille display is given over time: each item as it is asked for, in the
// kiosk's language and as shown on screen; say-all's sentences as they are heard; and
// with speech turned off, the items all the same.

#include <gtest/gtest.h>

#include "support/flow_fixture.h"

namespace kiosk {
namespace {

using namespace std::chrono_literals;
using testing::Flow;
using testing::spoken;

class BrailleFlow : public Flow {
protected:
    const Item& focused() { return host_.kiosk().stack().focused_item(); }
    // Moves the focus to the item whose label starts with `label`.
    void focus_on(const std::string& label, Moment now) {
        for (int i = 0; i < 40 && focused().label.rfind(label, 0) != 0; ++i) press(Command::next, now);
        ASSERT_EQ(focused().label.rfind(label, 0), 0u) << label;
    }
};

TEST_F(BrailleFlow, AFocusMoveShowsTheItemAtOnceInTheKiosksLanguage) {
    press(Command::next, at(1s));  // wakes the kiosk
    const AppOutputs out = press(Command::next, at(2s));
    ASSERT_TRUE(out.braille.has_value()) << "shown before its speech begins";
    EXPECT_EQ(out.braille->locale, "zh-Hans");
    EXPECT_EQ(out.braille->text, focused().label);
    ASSERT_FALSE(spoken(out).empty());
    EXPECT_EQ(out.braille->text, spoken(out).front().utterance.display) << "the shown text, not the spoken words";
}

TEST_F(BrailleFlow, SayAllShowsEachSentenceWhenItIsHeardNotWhenItIsQueued) {
    press(Command::next, at(1s));                              // wake
    press(Command::activate, at(2s));                          // legal aid
    press(Command::activate, at(3s));                          // its topic
    for (int i = 0; i < 4; ++i) press(Command::next, at(4s));  // a claim of two sentences
    AppOutputs out = press(Command::say_all, at(5s));
    const std::vector<SpeakCommand> queued = spoken(out);
    ASSERT_GE(queued.size(), 2u);
    ASSERT_TRUE(out.braille.has_value());
    EXPECT_EQ(out.braille->text, queued.front().utterance.display) << "the first, asked for, at once";
    out = event(SpeechEvent::Kind::audio_start, queued.front().id, at(6s));
    out = event(SpeechEvent::Kind::done, queued.front().id, at(7s));
    EXPECT_FALSE(out.braille.has_value()) << "the next sentence is not heard yet";
    out = event(SpeechEvent::Kind::audio_start, queued[1].id, at(7s));
    ASSERT_TRUE(out.braille.has_value());
    EXPECT_EQ(out.braille->text, "免费的法律咨询和代理。");
}

TEST_F(BrailleFlow, WithSpeechOffTheItemsAreShownAllTheSame) {
    press(Command::next, at(1s));  // wake: speech on
    press(Command::settings, at(2s));
    focus_on("语音朗读", at(3s));
    press(Command::activate, at(4s));
    ASSERT_FALSE(host_.kiosk().preferences().speech);
    const AppOutputs out = press(Command::next, at(5s));
    EXPECT_TRUE(spoken(out).empty());
    ASSERT_TRUE(out.braille.has_value());
    EXPECT_EQ(out.braille->text.rfind(focused().label, 0), 0u) << out.braille->text;
}

TEST_F(BrailleFlow, TheIdleResetTakesWhatTheLastResidentReadOffTheDisplay) {
    press(Command::next, at(1s));      // wake
    press(Command::activate, at(2s));  // legal aid
    const AppOutputs opened = press(Command::activate, at(3s));
    ASSERT_TRUE(opened.braille.has_value());
    const std::string read = opened.braille->text;
    std::optional<BrailleText> after;
    for (auto now = 4s; now <= 3s + 120s + 20s + 2s; now += 1s) {
        const AppOutputs out = step(at(now));
        if (out.braille) after = out.braille;
    }
    ASSERT_TRUE(host_.kiosk().at_rest()) << "the kiosk has reset";
    ASSERT_TRUE(after.has_value()) << "the display is given the screen the reset shows";
    EXPECT_NE(after->text, read);
    EXPECT_EQ(after->locale, "zh-Hans");
}

}  // namespace
}  // namespace kiosk
