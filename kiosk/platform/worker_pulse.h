#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace kiosk {

// A worker thread's answers to the watchdog's questions (flow/watchdog_gate.h), and the
// test hook that wedges it. The main thread asks; the worker answers from its own thread
// wherever it shows it is moving (between steps, and on every buffer a synthesis hands
// over). A worker that is stuck answers nothing, which is the point.
class WorkerPulse {
public:
    // The main thread's side.
    void ask(std::uint64_t question) { asked_.store(question); }
    std::uint64_t answered() const { return answered_.load(); }
    bool unanswered() const { return answered_.load() < asked_.load(); }
    // The next hold_if_wedged() holds the worker until release().
    void wedge_next() { wedge_armed_.store(true); }
    // Lets a wedged worker go, for good: the driver is going away.
    void release();

    // The worker's side.
    void answer() { answered_.store(asked_.load()); }
    // Holds the worker, answering nothing, when a wedge was asked for; returns true if it
    // held (the work at hand should then be given up).
    bool hold_if_wedged();

private:
    std::atomic<std::uint64_t> asked_{0};
    std::atomic<std::uint64_t> answered_{0};
    std::atomic<bool> wedge_armed_{false};
    std::mutex mutex_;
    std::condition_variable released_signal_;
    bool released_ = false;
};

}  // namespace kiosk
