#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/ui/input.h"

namespace kiosk {

// The braille display, through BRLTTY's BrlAPI, on a thread of its own. The event loop
// hands it the text to show (show()); the thread translates it with liblouis, writes the
// cells and reads the display's keys, which come back as the kiosk's commands
// (take_commands()). It sleeps in poll() on the connection and on an eventfd; nothing
// polls by time.
//
// BRLTTY need not be running when the kiosk starts, and may restart: the thread connects
// again after 1 s, then after twice as long each time up to a minute, and says so once
// per outage. A display plugged in or out while BRLTTY runs is a size that comes and
// goes (BRLTTY tells the kiosk), so the kiosk picks it up or drops it without a restart.
class BrailleDisplay {
public:
    using Wake = std::function<void()>;                        // any thread: commands are waiting
    using NoteSink = std::function<void(const std::string&)>;  // any thread: a line for the log

    static constexpr std::size_t kCommandCapacity = 16;  // more unread keys than this: the oldest go
    static constexpr std::chrono::seconds kFirstRetry{1};
    static constexpr std::chrono::seconds kLongestRetry{60};

    // `host` as BrlAPI names it (":0", "host:1"); empty: $BRLAPI_HOST or BrlAPI's default.
    BrailleDisplay(std::string host, Wake wake, NoteSink note);
    ~BrailleDisplay();
    BrailleDisplay(const BrailleDisplay&) = delete;
    BrailleDisplay& operator=(const BrailleDisplay&) = delete;

    // Shows `text` (as on screen) in `locale`'s braille; only the latest text counts.
    void show(std::string text, std::string locale);
    // The commands the display's keys gave since the last call, oldest first.
    std::deque<Command> take_commands();

private:
    struct Shown {
        std::string text;
        std::string locale;
    };

    void run();
    void post(Command command);
    void signal() const;

    std::string host_;
    Wake wake_;
    NoteSink note_;
    std::mutex mutex_;
    std::optional<Shown> to_show_;
    std::deque<Command> commands_;
    std::atomic<bool> stopping_{false};
    int wake_fd_ = -1;  // an eventfd: new text, or the end
    std::thread thread_;
};

}  // namespace kiosk
