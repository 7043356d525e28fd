// The pack update worker: a preparation that throws refuses the pack, and the worker
// thread (and the kiosk) carry on.

#include "app/pack_updates.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>

namespace kiosk {
namespace {

// Counts the worker's wake-ups, so the test waits for the worker without sleeping.
class Wakes {
public:
    void wake() {
        std::lock_guard lock(mutex_);
        ++count_;
        changed_.notify_all();
    }
    void wait_for(int count) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return count_ >= count; });
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    int count_ = 0;
};

TEST(PackUpdates, AThrowingPreparationIsARefusalNotACrash) {
    Wakes wakes;
    int attempts = 0;
    PackUpdates updates(
        {"/packs/next"}, [&] { wakes.wake(); },
        [&](const PackSettings&, bool, const std::atomic<bool>*) -> Result<PreparedPack, PackRefusal> {
            ++attempts;
            if (attempts == 1) throw std::runtime_error("ICU spell-out: U_MEMORY_ALLOCATION_ERROR");
            return failure(PackRefusal{PackRefusal::Cause::pack, "version 3 is older than version 4"});
        });
    const auto start = PackUpdates::Clock::time_point{};
    updates.notice_change(start);
    (void)updates.poll(start + kPackSettleTime);  // starts the worker
    wakes.wait_for(1);
    const PackUpdates::Outcome thrown = updates.poll(start + kPackSettleTime);
    EXPECT_FALSE(thrown.ready);
    ASSERT_TRUE(thrown.refused);
    EXPECT_EQ(*thrown.refused, "preparing the pack failed: ICU spell-out: U_MEMORY_ALLOCATION_ERROR");

    // The next change is prepared as usual.
    updates.notice_change(start + kPackSettleTime);
    (void)updates.poll(start + 2 * kPackSettleTime);
    wakes.wait_for(2);
    const PackUpdates::Outcome refused = updates.poll(start + 2 * kPackSettleTime);
    ASSERT_TRUE(refused.refused);
    EXPECT_EQ(*refused.refused, "version 3 is older than version 4");
}

}  // namespace
}  // namespace kiosk
