// The audio queue is bounded: a synthesizer faster than the device waits for room, so it
// runs at most AudioOutput::kAheadSeconds ahead of what is heard, and a cancel frees it.
// The device is SDL's dummy driver, held paused: a sink that plays nothing at all.

#include "platform/audio_output.h"

#include <SDL.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "platform/soft_limiter.h"

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
public:
    template <class Predicate>
    static bool eventually(Predicate done) {
        for (int i = 0; i < 1000; ++i) {
            if (done()) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return done();
    }

protected:
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
        for (std::size_t i = 0; i < kLimit / kChunk + 8; ++i)
            audio_.push_samples(epoch, samples.data(), samples.size());
        finished = true;
    });
    ASSERT_TRUE(eventually([&] { return audio_.queued_samples() >= kLimit; }));
    EXPECT_FALSE(finished.load());
    audio_.close();  // the device was unplugged
    synthesizer.join();
    EXPECT_TRUE(finished.load());
}

// A paused device still wakes SDL's audio thread every period, so after a silence the
// device is closed; the next words open it again and are heard, in order.
TEST(IdleAudio, ASilentDeviceIsLetGoOfAndOpenedAgainForTheNextWords) {
    ::setenv("SDL_AUDIODRIVER", "dummy", 1);
    ASSERT_EQ(SDL_InitSubSystem(SDL_INIT_AUDIO), 0) << SDL_GetError();
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<SpeechEvent> events;
    {
        AudioOutput audio{kRate,
                          {},
                          [&](const SpeechEvent& event) {
                              std::lock_guard lock(mutex);
                              events.push_back(event);
                              changed.notify_all();
                          },
                          {},
                          std::chrono::milliseconds(50)};
        const Status opened = audio.open();
        ASSERT_TRUE(opened) << opened.error().to_string();
        const std::vector<std::int16_t> samples(kChunk, 1000);
        auto say = [&](std::uint64_t id) {
            const std::uint64_t epoch = audio.epoch();
            EXPECT_TRUE(audio.begin_utterance(epoch, id));
            EXPECT_TRUE(audio.push_samples(epoch, samples.data(), samples.size()));
            EXPECT_TRUE(audio.end_utterance(epoch, id));
        };
        auto heard = [&](std::size_t count) {
            std::unique_lock lock(mutex);
            return changed.wait_for(lock, std::chrono::seconds(10), [&] { return events.size() >= count; });
        };
        say(1);
        ASSERT_TRUE(heard(2));
        EXPECT_TRUE(BoundedAudio::eventually([&] { return audio.released(); })) << "the idle device was kept open";
        EXPECT_TRUE(audio.is_open()) << "a device let go of while idle is still there for speech";
        say(2);
        ASSERT_TRUE(heard(4)) << "the words after the silence were not heard";
        std::lock_guard lock(mutex);
        EXPECT_EQ(events[2].kind, SpeechEvent::Kind::audio_start);
        EXPECT_EQ(events[2].utterance, 2u);
        EXPECT_EQ(events[3].kind, SpeechEvent::Kind::done);
        audio.close();
    }
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

// An earcon over speech already near full scale is bent below it by the soft limiter, not
// clipped: the disk audio driver writes what the device was handed.
TEST(EarconMix, AnEarconOverLoudSpeechStaysBelowFullScale) {
    const std::string file = ::testing::TempDir() + "kiosk-earcon-mix-" + std::to_string(::getpid()) + ".raw";
    ::setenv("SDL_AUDIODRIVER", "disk", 1);
    ::setenv("SDL_DISKAUDIOFILE", file.c_str(), 1);
    ASSERT_EQ(SDL_InitSubSystem(SDL_INIT_AUDIO), 0) << SDL_GetError();
    std::mutex mutex;
    std::condition_variable changed;
    bool done = false;
    {
        AudioOutput audio{kRate, {std::vector<std::int16_t>(kChunk, 20000)}, [&](const SpeechEvent& event) {
                              std::lock_guard lock(mutex);
                              done |= event.kind == SpeechEvent::Kind::done && event.utterance == 2;
                              changed.notify_all();
                          }};
        ASSERT_TRUE(audio.open());
        const std::uint64_t epoch = audio.epoch();
        std::vector<std::int16_t> speech(kChunk);
        for (std::size_t i = 0; i < kChunk; ++i) speech[i] = i % 2 == 0 ? 30000 : -30000;
        audio.set_paused(true);  // all queued before the device plays: the earcon is over the speech
        ASSERT_TRUE(audio.begin_utterance(epoch, 1));
        ASSERT_TRUE(audio.play_earcon(epoch, 0));
        ASSERT_TRUE(audio.push_samples(epoch, speech.data(), speech.size()));
        ASSERT_TRUE(audio.end_utterance(epoch, 1));
        // Silence after, so the speech was written to the file before the mark is done.
        ASSERT_TRUE(audio.push_silence(epoch, 4 * AudioOutput::kPeriodSamples));
        ASSERT_TRUE(audio.mark(epoch, 2));
        audio.set_paused(false);
        std::unique_lock lock(mutex);
        ASSERT_TRUE(changed.wait_for(lock, std::chrono::seconds(10), [&] { return done; }));
    }
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    std::remove(file.c_str());
    std::vector<std::int16_t> played(bytes.size() / 2);
    std::memcpy(played.data(), bytes.data(), played.size() * 2);
    const std::int16_t louder = SoftLimiter::limited(50000.0F);
    EXPECT_EQ(std::count(played.begin(), played.end(), louder), static_cast<std::ptrdiff_t>(kChunk / 2))
        << "30000 + 20000, bent below full scale";
    EXPECT_EQ(std::count(played.begin(), played.end(), std::int16_t{-10000}), static_cast<std::ptrdiff_t>(kChunk / 2))
        << "-30000 + 20000, unchanged";
    EXPECT_LE(*std::max_element(played.begin(), played.end()), static_cast<int>(SoftLimiter::kCeiling));
}

}  // namespace
}  // namespace kiosk
