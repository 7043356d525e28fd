// The eSpeak driver end to end: eSpeak NG synthesizes, SDL's disk audio driver plays in
// real time into a file, and the events come back through the sink. The tests wait for
// events (with a generous bound), never for a fixed time.

#include "platform/espeak_speech_driver.h"

#include <SDL.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <thread>
#include <vector>

#include "core/speech/speech_settings.h"
#include "platform/soft_limiter.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;
using Kind = SpeechEvent::Kind;
using Seen = std::vector<std::pair<Kind, std::uint64_t>>;

constexpr int kRate = 22050;  // eSpeak NG's
const EarconSound kFocusSound{{880.0}, 50, 0.5};

class EspeakSpeech : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("kiosk-speech-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
        ::setenv("SDL_AUDIODRIVER", "disk", 1);
        ::setenv("SDL_DISKAUDIOFILE", (dir_ / "out.raw").c_str(), 1);
        ASSERT_EQ(SDL_InitSubSystem(SDL_INIT_AUDIO), 0) << SDL_GetError();
        driver_ = std::make_unique<EspeakSpeechDriver>(
            [this](const SpeechEvent& event) {
                {
                    std::lock_guard lock(mutex_);
                    seen_.emplace_back(event.kind, event.utterance);
                }
                changed_.notify_all();
            },
            [](const std::string&) {}, EarconSet{{Earcon::focus, kFocusSound}});
        const Status started = driver_->start();
        ASSERT_TRUE(started) << (started ? "" : started.error().to_string());
        ASSERT_TRUE(driver_->audio_available());
    }
    void TearDown() override {
        driver_.reset();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        fs::remove_all(dir_);
    }

    static SpeakCommand say(std::uint64_t id, const std::string& text) {
        Utterance utterance;
        utterance.text = text;
        utterance.voice = "en-us";
        return {id, utterance};
    }
    // Waits until `kind` of `id` was reported; false after 20 s (a loaded machine).
    bool wait_for(Kind kind, std::uint64_t id) {
        std::unique_lock lock(mutex_);
        return changed_.wait_for(lock, std::chrono::seconds(20), [&] {
            return std::find(seen_.begin(), seen_.end(), std::pair{kind, id}) != seen_.end();
        });
    }
    Seen seen() {
        std::lock_guard lock(mutex_);
        return seen_;
    }
    std::vector<std::int16_t> played() const {
        std::ifstream in(dir_ / "out.raw", std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        std::vector<std::int16_t> samples(bytes.size() / 2);
        std::memcpy(samples.data(), bytes.data(), samples.size() * 2);
        return samples;
    }

    fs::path dir_;
    std::mutex mutex_;
    std::condition_variable changed_;
    Seen seen_;
    std::unique_ptr<EspeakSpeechDriver> driver_;
};

TEST_F(EspeakSpeech, EachUtteranceStartsThenEndsAndMarksFollowWhatCameBefore) {
    driver_->speak({say(1, "One."), MarkCommand{2}, say(3, "Two."), MarkCommand{4}});
    ASSERT_TRUE(wait_for(Kind::done, 4)) << ::testing::PrintToString(seen());
    EXPECT_EQ(seen(), (Seen{{Kind::audio_start, 1},
                            {Kind::done, 1},
                            {Kind::done, 2},
                            {Kind::audio_start, 3},
                            {Kind::done, 3},
                            {Kind::done, 4}}));
}

TEST_F(EspeakSpeech, SequencesQueueBehindOneAnother) {
    driver_->speak({say(1, "First.")});
    driver_->speak({say(2, "Second."), MarkCommand{3}});
    ASSERT_TRUE(wait_for(Kind::done, 3)) << ::testing::PrintToString(seen());
    EXPECT_EQ(
        seen(),
        (Seen{{Kind::audio_start, 1}, {Kind::done, 1}, {Kind::audio_start, 2}, {Kind::done, 2}, {Kind::done, 3}}));
}

TEST_F(EspeakSpeech, NothingOfACancelledSequenceIsReportedAfterTheCancel) {
    driver_->speak({say(1, "This sentence is long enough to be cut off well before its end, surely."), MarkCommand{2},
                    say(3, "Never heard.")});
    ASSERT_TRUE(wait_for(Kind::audio_start, 1));
    driver_->cancel();
    const std::size_t at_cancel = seen().size();
    driver_->speak({MarkCommand{4}, say(5, "After."), MarkCommand{6}});
    ASSERT_TRUE(wait_for(Kind::done, 6)) << ::testing::PrintToString(seen());
    const Seen all = seen();
    EXPECT_EQ(Seen(all.begin() + static_cast<std::ptrdiff_t>(at_cancel), all.end()),
              (Seen{{Kind::done, 4}, {Kind::audio_start, 5}, {Kind::done, 5}, {Kind::done, 6}}))
        << "only what was queued after the cancel";
    EXPECT_EQ(std::count(all.begin(), all.end(), std::pair{Kind::done, std::uint64_t{1}}), 0);
}

// The earcon and the pause are steps of the sequence like the words: the speech, then
// the pause's silence, then the earcon, exactly as synthesized, over nothing.
TEST_F(EspeakSpeech, AnEarconAndAPauseArePlayedInTheirPlaceInTheSequence) {
    constexpr auto kPause = std::chrono::milliseconds(400);
    driver_->speak({say(1, "One."), PauseCommand{kPause}, EarconCommand{Earcon::focus},
                    PauseCommand{std::chrono::milliseconds(200)}, MarkCommand{2}});
    ASSERT_TRUE(wait_for(Kind::done, 2)) << ::testing::PrintToString(seen());
    const std::vector<std::int16_t> samples = played();
    const std::vector<std::int16_t> earcon = synthesize_earcon(kFocusSound, kRate);
    const auto found = std::search(samples.begin(), samples.end(), earcon.begin(), earcon.end());
    ASSERT_NE(found, samples.end()) << "the earcon was played whole, over silence";
    const auto earcon_at = static_cast<std::size_t>(found - samples.begin());
    const std::size_t pause = kRate * kPause.count() / 1000;
    ASSERT_GT(earcon_at, pause);
    // The fades of the earcon's tone start and end at zero: look before its first sound.
    std::size_t quiet = 0;
    for (std::size_t i = earcon_at; i > 0 && samples[i - 1] == 0; --i) ++quiet;
    EXPECT_GE(quiet, pause) << "the pause's silence comes before the earcon";
    const auto loud = [](std::int16_t s) { return s > 1000 || s < -1000; };
    EXPECT_TRUE(std::any_of(samples.begin(), found - static_cast<std::ptrdiff_t>(quiet), loud))
        << "and the words before the pause";
    EXPECT_EQ(driver_->underruns(), 0u);
}

// The loudest volume step, in each language's voice: speech peaks within 1 dB of full
// scale, and no sample passes the soft limiter's ceiling, half a decibel below it. Measured
// on what the disk audio driver wrote.
TEST_F(EspeakSpeech, TheLoudestVolumePeaksWithinOneDecibelOfFullScaleUnclipped) {
    const std::vector<std::pair<std::string, std::string>> sentences{
        {"cmn-latn-pinyin", "这是本机的中文语音。残疾人服务指南，办公时间上午九点到下午五点。"},
        {"en-us", "This is the English voice of the kiosk. The office opens at nine and closes at five."},
        {"ko", "이 키오스크의 한국어 음성입니다. 장애인 서비스 안내입니다."}};
    std::size_t from = 0;
    std::uint64_t id = 0;
    for (const auto& [voice, text] : sentences) {
        SpeakCommand command = say(++id, text);
        command.utterance.voice = voice;
        command.utterance.volume = SpeechSettings::kVolumes.back();
        driver_->speak({command, MarkCommand{++id}});
        ASSERT_TRUE(wait_for(Kind::done, id)) << voice;
        const std::vector<std::int16_t> samples = played();
        ASSERT_GT(samples.size(), from) << voice;
        const auto [low, high] =
            std::minmax_element(samples.begin() + static_cast<std::ptrdiff_t>(from), samples.end());
        const int peak = std::max(-static_cast<int>(*low), static_cast<int>(*high));
        const double peak_dbfs = 20.0 * std::log10(peak / 32768.0);
        RecordProperty("peak_dbfs_" + voice, std::to_string(peak_dbfs));
        EXPECT_GE(peak_dbfs, -1.0) << voice;
        EXPECT_LE(peak, static_cast<int>(SoftLimiter::kCeiling)) << voice << ": no room left below full scale";
        from = samples.size();
    }
    EXPECT_EQ(driver_->underruns(), 0u);
}

TEST_F(EspeakSpeech, WithoutADeviceUtterancesAreDoneAtOnceUnheard) {
    driver_->speak({say(1, "Heard.")});
    ASSERT_TRUE(wait_for(Kind::done, 1));
    fs::remove_all(dir_);  // the disk driver's device cannot open in a missing folder
    const Status lost = driver_->reopen_audio();
    EXPECT_FALSE(lost);
    EXPECT_FALSE(driver_->audio_available());
    ASSERT_FALSE(lost.has_value());
    EXPECT_FALSE(lost.error().message.empty());
    driver_->speak({say(2, "Unheard."), MarkCommand{3}});
    ASSERT_TRUE(wait_for(Kind::done, 3)) << ::testing::PrintToString(seen());
    EXPECT_EQ(seen(), (Seen{{Kind::audio_start, 1}, {Kind::done, 1}, {Kind::done, 2}, {Kind::done, 3}}));

    fs::create_directories(dir_);  // and back
    const Status back = driver_->reopen_audio();
    EXPECT_TRUE(back) << (back ? "" : back.error().to_string());
    driver_->speak({say(4, "Heard again.")});
    ASSERT_TRUE(wait_for(Kind::done, 4));
    EXPECT_EQ(seen().at(4), std::pair(Kind::audio_start, std::uint64_t{4}));
}

// The worker answers the watchdog when idle, while it synthesizes, and while a pause
// holds a long synthesis waiting for room in the audio queue. An answer is an atomic the
// main thread reads: the test looks every few milliseconds, for at most 10 s a question.
bool answered_soon(const SpeechDriver& driver, std::uint64_t question) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (driver.answered() < question) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

TEST_F(EspeakSpeech, TheWorkerAnswersTheWatchdogIdleSpeakingAndHeldByAPause) {
    driver_->ask_alive(1);
    EXPECT_TRUE(answered_soon(*driver_, 1)) << "idle";
    driver_->set_paused(true);
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "A sentence that takes a while to say. ";
    driver_->speak({say(1, long_text)});
    // More than the queue's three seconds: the synthesis soon waits for room, held there.
    for (std::uint64_t question = 2; question <= 6; ++question) {
        driver_->ask_alive(question);
        EXPECT_TRUE(answered_soon(*driver_, question)) << "question " << question;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    EXPECT_EQ(seen(), Seen{}) << "nothing was heard: the pause held it";
}

}  // namespace
}  // namespace kiosk
