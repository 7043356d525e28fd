// The kiosk over time, on a made-up clock: the idle warning, reset, attract screen and
// invitations (not in the quiet hours), a waiting pack shown only when nobody uses the
// kiosk, say-all handed over a few utterances at a time, what a cancel cut off, and the
// deadline the shell must wake at. No SDL, no sleeping.

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

TEST_F(Flow, WarningCountdownResetAttractAndAnInvitation) {
    EXPECT_TRUE(host_.kiosk().showing_attract());
    press(Command::next, at(1s));  // wakes the kiosk
    EXPECT_FALSE(host_.kiosk().at_rest());
    AppOutputs out = step(at(100s));
    EXPECT_TRUE(out.speech.empty());
    EXPECT_EQ(out.deadline, time(121s)) << "the warning, 120 s after the last input";

    out = step(at(121s));
    ASSERT_EQ(spoken(out).size(), 1u);
    EXPECT_NE(spoken(out)[0].utterance.text.find("还在使用吗"), std::string::npos) << spoken(out)[0].utterance.text;
    EXPECT_EQ(host_.kiosk().idle_warning(), 20);
    EXPECT_EQ(out.deadline, time(122s)) << "the countdown's next second";

    out = step(at(130s + 500ms));
    EXPECT_EQ(host_.kiosk().idle_warning(), 11);
    EXPECT_TRUE(spoken(out).empty()) << "the countdown is shown, not said";
    EXPECT_EQ(host_.resets, 0);

    out = step(at(141s));
    EXPECT_EQ(host_.resets, 1);
    EXPECT_EQ(notes(out), std::vector<std::string>{"idle reset"});
    EXPECT_TRUE(cancels(out)) << "what the last resident heard stops";
    EXPECT_TRUE(host_.kiosk().at_rest());
    EXPECT_FALSE(host_.kiosk().showing_attract());
    EXPECT_EQ(out.deadline, time(201s)) << "the attract screen, 60 s after the reset";

    out = step(at(201s));
    EXPECT_TRUE(host_.kiosk().showing_attract());
    EXPECT_TRUE(spoken(out).empty());
    EXPECT_EQ(out.deadline, time(321s)) << "the invitation, 180 s after the reset";

    out = step(at(321s));
    ASSERT_EQ(spoken(out).size(), 2u) << "an invitation in each language";
    EXPECT_EQ(spoken(out)[1].utterance.text, "Touch the screen or press any key to start");
    EXPECT_EQ(out.deadline, time(501s));
}

TEST_F(Flow, AnInvitationInTheQuietHoursIsNotSpoken) {
    AppOutputs out = step(at(60s, 22));
    EXPECT_EQ(out.deadline, time(180s));
    out = step(at(180s, 22));  // 22:00, in the quiet hours from 20 to 8
    EXPECT_TRUE(spoken(out).empty());
    EXPECT_EQ(out.deadline, time(360s)) << "the next one is still planned";
    out = step(at(360s, 7));
    EXPECT_TRUE(spoken(out).empty()) << "7:00 is still quiet";
    out = step(at(540s, 8));
    EXPECT_EQ(spoken(out).size(), 2u) << "from 8:00 the kiosk invites again";
}

TEST_F(Flow, AWaitingPackIsShownOnlyAfterTheKioskWasLeftAlone) {
    press(Command::next, at(5s));
    AppInputs arrived;
    arrived.pack_arrived = true;
    AppOutputs out = step(at(10s), arrived);
    EXPECT_FALSE(out.pack_shown);
    EXPECT_EQ(out.deadline, time(35s)) << "30 s after the last input";
    press(Command::next, at(20s));
    out = step(at(35s));
    EXPECT_FALSE(out.pack_shown) << "the resident touched the kiosk again";
    EXPECT_EQ(out.deadline, time(50s));
    out = step(at(50s));
    EXPECT_TRUE(out.pack_shown);
    EXPECT_TRUE(out.redraw);
    EXPECT_TRUE(cancels(out));
    EXPECT_EQ(host_.packs_shown, 1);
    EXPECT_TRUE(host_.kiosk().showing_attract());
    EXPECT_FALSE(step(at(90s)).pack_shown) << "shown once";
}

TEST_F(Flow, SayAllIsHandedOverWhenNoMoreThanTwoUtterancesAreLeft) {
    press(Command::next, at(1s));                              // wake
    press(Command::activate, at(2s));                          // legal aid
    press(Command::activate, at(3s));                          // its topic
    for (int i = 0; i < 4; ++i) press(Command::next, at(4s));  // a claim of two sentences
    AppOutputs out = press(Command::say_all, at(5s));
    std::vector<SpeakCommand> queued = spoken(out);
    ASSERT_FALSE(queued.empty());
    ASSERT_LE(queued.size(), 3u) << "a few utterances at a time";
    std::vector<std::string> heard;
    std::size_t refills = 0;
    auto now = 6s;
    while (!queued.empty()) {
        const SpeakCommand next = queued.front();
        queued.erase(queued.begin());
        event(SpeechEvent::Kind::audio_start, next.id, at(now));
        heard.push_back(next.utterance.display);
        out = event(SpeechEvent::Kind::done, next.id, at(now += 1s));
        const std::vector<SpeakCommand> more = spoken(out);
        if (queued.size() > 2) {
            EXPECT_TRUE(more.empty()) << "more than two still to hear";
        } else if (!more.empty()) {
            ++refills;
        }
        queued.insert(queued.end(), more.begin(), more.end());
        ASSERT_LT(heard.size(), 100u);
    }
    EXPECT_GE(refills, 1u);
    ASSERT_GE(heard.size(), 3u);
    EXPECT_EQ(heard[0], "规划目标（约束性）·三（四）1\n") << "the claim's kind first";
    EXPECT_EQ(heard[1], "免费的法律咨询和代理。");
    EXPECT_EQ(heard[2], "涉及残疾人的刑事案件都提供法律援助。");
}

TEST_F(Flow, ACancelLogsWhatWasHeardElseWhatWasQueuedFirst) {
    const std::vector<SpeakCommand> waking = spoken(press(Command::next, at(1s)));
    ASSERT_EQ(waking.size(), 2u) << "how to use the keys, then where you are";
    AppOutputs out = press(Command::next, at(2s));
    auto cut = std::find_if(out.log.begin(), out.log.end(),
                            [](const LogEntry& e) { return e.kind == LogEntry::Kind::cancel; });
    ASSERT_NE(cut, out.log.end());
    EXPECT_EQ(cut->id, waking[0].id) << "nothing heard yet: the first queued";

    const std::vector<SpeakCommand> moved = spoken(out);
    ASSERT_EQ(moved.size(), 1u);
    event(SpeechEvent::Kind::audio_start, moved[0].id, at(3s));
    out = press(Command::next, at(4s));
    cut = std::find_if(out.log.begin(), out.log.end(),
                       [](const LogEntry& e) { return e.kind == LogEntry::Kind::cancel; });
    ASSERT_NE(cut, out.log.end());
    EXPECT_EQ(cut->id, moved[0].id);
    EXPECT_EQ(cut->utterance.text, moved[0].utterance.text);

    out = event(SpeechEvent::Kind::done, moved[0].id, at(5s));
    EXPECT_TRUE(out.log.empty()) << "a late event of what was cut off is not logged";
}

TEST_F(Flow, TheEarconComesBeforeTheWordsInOneSequenceAfterTheCancel) {
    const AppOutputs out = press(Command::next, at(1s));
    ASSERT_GE(out.speech.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<CancelSpeech>(out.speech[0]));
    const auto* sequence = std::get_if<SpeechSequence>(&out.speech.back());
    ASSERT_NE(sequence, nullptr);
    ASSERT_EQ(sequence->size(), 3u);
    EXPECT_TRUE(std::holds_alternative<EarconCommand>(sequence->front()));
    EXPECT_EQ(out.log.front().kind, LogEntry::Kind::key);
    EXPECT_EQ(out.log[1].kind, LogEntry::Kind::earcon);
}

TEST_F(Flow, NoDeadlineWhenNothingIsTimed) {
    KioskApp::Settings quiet;  // never warn, never invite
    quiet.idle.timeout = 0s;
    quiet.idle.invite_every = 0s;
    app_ = std::make_unique<KioskApp>(host_, std::move(quiet), at(0s));
    press(Command::next, at(1s));
    EXPECT_FALSE(step(at(2s)).deadline.has_value());
    AppInputs arrived;
    arrived.pack_arrived = true;
    EXPECT_EQ(step(at(3s), arrived).deadline, time(31s)) << "a waiting pack still waits for its moment";
}

}  // namespace
}  // namespace kiosk
