// The audio queue is bounded: a synthesizer faster than the device waits for room, so it
// runs at most AudioOutput::kAheadSeconds ahead of what is heard, and a cancel frees it.
// The device is SDL's dummy driver, held paused: a sink that plays nothing at all.

#include "platform/audio_output.h"

#include <SDL.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace kiosk {
namespace {

constexpr int kRate = 22050;
constexpr std::size_t kChunk = 1024;  // about what eSpeak NG hands over at a time
constexpr std::size_t kLimit = static_cast<std::size_t>(kRate) * AudioOutput::kAheadSeconds;

class BoundedAudio : public ::testing::Test {
protected:
    void SetUp() override {
        ::setenv("SDL_AUDIODRIVER", "dummy", 1);
        ASSERT_EQ(SDL_InitSubSystem(SDL_INIT_AUDIO), 0) << SDL_GetError();
        const Status opened = audio_.open();
        ASSERT_TRUE(opened) << (opened ? "" : opened.error().to_string());
        audio_.set_paused(true);
    }
    void TearDown() override {
        audio_.close();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }

    // Waits (up to 10 s) until `done` holds, polling: how long the producer takes to
    // fill the queue depends on the machine.
    template <class Predicate>
    static bool eventually(Predicate done) {
        for (int i = 0; i < 1000; ++i) {
            if (done()) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return done();
    }

    AudioOutput audio_{kRate, {}, [](const SpeechEvent&) {}};
};

TEST_F(BoundedAudio, ASynthesizerFasterThanPlaybackWaitsForRoomAndACancelFreesIt) {
    const std::vector<std::int16_t> samples(kChunk, 1000);
    constexpr std::size_t kChunks = 60 * kRate / kChunk;  // a minute of speech
    std::atomic<std::size_t> pushed{0};
    const std::uint64_t epoch = audio_.epoch();
    std::thread synthesizer([&] {
        for (std::size_t i = 0; i < kChunks; ++i) {
            audio_.push_samples(epoch, samples.data(), samples.size());
            ++pushed;
        }
    });
    ASSERT_TRUE(eventually([&] { return audio_.queued_samples() >= kLimit; }));
    // Nothing is played, so nothing more may be queued: the synthesizer waits.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_LE(audio_.queued_samples(), kLimit + kChunk);
    EXPECT_LT(pushed.load(), kChunks / 4) << "the synthesizer ran on unbounded";
    const std::size_t waiting_at = pushed.load();
    EXPECT_LE(waiting_at, kLimit / kChunk + 2);

    audio_.flush();  // a key cut the utterance off: the waiting synthesizer drops the rest
    synthesizer.join();
    EXPECT_EQ(pushed.load(), kChunks);
    EXPECT_EQ(audio_.queued_samples(), 0u);
}

TEST_F(BoundedAudio, PlayingMakesRoomForMore) {
    const std::vector<std::int16_t> samples(kChunk, 1000);
    const std::size_t chunks = kLimit / kChunk + 8;  // more than the queue holds
    std::atomic<std::size_t> pushed{0};
    const std::uint64_t epoch = audio_.epoch();
    std::thread synthesizer([&] {
        for (std::size_t i = 0; i < chunks; ++i) {
            audio_.push_samples(epoch, samples.data(), samples.size());
            ++pushed;
        }
    });
    ASSERT_TRUE(eventually([&] { return audio_.queued_samples() >= kLimit; }));
    EXPECT_LT(pushed.load(), chunks);
    audio_.set_paused(false);  // the device plays, and the synthesizer goes on
    EXPECT_TRUE(eventually([&] { return pushed.load() == chunks; }));
    audio_.flush();
    synthesizer.join();
}

TEST_F(BoundedAudio, ClosingTheDeviceFreesAWaitingSynthesizer) {
    const std::vector<std::int16_t> samples(kChunk, 1000);
    std::atomic<bool> finished{false};
    const std::uint64_t epoch = audio_.epoch();
    std::thread synthesizer([&] {
        for (std::size_t i = 0; i < kLimit / kChunk + 8; ++i) audio_.push_samples(epoch, samples.data(), samples.size());
        finished = true;
    });
    ASSERT_TRUE(eventually([&] { return audio_.queued_samples() >= kLimit; }));
    EXPECT_FALSE(finished.load());
    audio_.close();  // the device was unplugged
    synthesizer.join();
    EXPECT_TRUE(finished.load());
}

}  // namespace
}  // namespace kiosk
