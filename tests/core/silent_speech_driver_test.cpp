// The silent driver, as `--speech off` and the tests use it: every step of a sequence is
// reported at once, in order, stamped by the injected clock.

#include "core/speech/silent_speech_driver.h"

#include <gtest/gtest.h>

#include <vector>

namespace kiosk {
namespace {

using Kind = SpeechEvent::Kind;
using Clock = SilentSpeechDriver::Clock;

class SilentSpeech : public ::testing::Test {
protected:
    SpeakCommand say(std::uint64_t id, const std::string& text) {
        Utterance utterance;
        utterance.text = text;
        return {id, utterance};
    }

    Clock::time_point now_{std::chrono::seconds(100)};
    std::vector<SpeechEvent> events_;
    SilentSpeechDriver driver_{[this](const SpeechEvent& event) { events_.push_back(event); }, [this] { return now_; }};
};

TEST_F(SilentSpeech, EachUtteranceStartsThenEndsInTheOrderQueued) {
    driver_.speak({say(7, "one"), say(8, "two")});
    ASSERT_EQ(events_.size(), 4u);
    EXPECT_EQ(events_[0].kind, Kind::audio_start);
    EXPECT_EQ(events_[0].utterance, 7u);
    EXPECT_EQ(events_[1].kind, Kind::done);
    EXPECT_EQ(events_[1].utterance, 7u);
    EXPECT_EQ(events_[2].kind, Kind::audio_start);
    EXPECT_EQ(events_[2].utterance, 8u);
    EXPECT_EQ(events_[3].kind, Kind::done);
    EXPECT_EQ(events_[3].utterance, 8u);
}

TEST_F(SilentSpeech, MarksAreDoneAfterWhatCameBeforeThemAndEarconsAndPausesAreSilent) {
    driver_.speak({EarconCommand{Earcon::focus}, say(1, "one"), PauseCommand{std::chrono::milliseconds(300)},
                   MarkCommand{2}, say(3, "three"), MarkCommand{4}});
    std::vector<std::pair<Kind, std::uint64_t>> seen;
    for (const auto& event : events_) seen.emplace_back(event.kind, event.utterance);
    EXPECT_EQ(seen, (std::vector<std::pair<Kind, std::uint64_t>>{{Kind::audio_start, 1},
                                                                 {Kind::done, 1},
                                                                 {Kind::done, 2},
                                                                 {Kind::audio_start, 3},
                                                                 {Kind::done, 3},
                                                                 {Kind::done, 4}}));
}

TEST_F(SilentSpeech, EventsAreStampedByTheInjectedClock) {
    driver_.speak({say(1, "one")});
    now_ += std::chrono::milliseconds(250);
    driver_.speak({MarkCommand{2}});
    ASSERT_EQ(events_.size(), 3u);
    EXPECT_EQ(events_[0].at, Clock::time_point(std::chrono::seconds(100)));
    EXPECT_EQ(events_[2].at, Clock::time_point(std::chrono::seconds(100)) + std::chrono::milliseconds(250));
}

TEST_F(SilentSpeech, ASequenceAfterACancelIsReportedAsUsualAndAudioIsNeverMissing) {
    driver_.speak({say(1, "one")});
    driver_.cancel();
    driver_.set_paused(true);
    driver_.speak({say(2, "two")});
    ASSERT_EQ(events_.size(), 4u);
    EXPECT_EQ(events_[2].utterance, 2u);
    EXPECT_TRUE(driver_.audio_available());
    EXPECT_TRUE(driver_.reopen_audio());
}

TEST_F(SilentSpeech, AnEmptySequenceReportsNothing) {
    driver_.speak({});
    driver_.speak({EarconCommand{Earcon::edge}, PauseCommand{std::chrono::milliseconds(100)}});
    EXPECT_TRUE(events_.empty());
}

TEST_F(SilentSpeech, AnswersTheWatchdogAsItIsAskedAndCannotBeWedged) {
    EXPECT_EQ(driver_.answered(), 0U);
    driver_.ask_alive(4);
    EXPECT_EQ(driver_.answered(), 4U);
    EXPECT_FALSE(driver_.wedge_next_synthesis()) << "no worker to wedge";
    driver_.ask_alive(5);
    EXPECT_EQ(driver_.answered(), 5U);
}

}  // namespace
}  // namespace kiosk
