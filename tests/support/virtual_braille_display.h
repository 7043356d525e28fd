#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kiosk::testing {

// A braille display for tests: BRLTTY as a child process with its virtual braille driver
// ("vr"), which connects to a Unix socket this object listens on, so the test is the
// display. It gives BRLTTY the display's size, reads back the cells BRLTTY shows, and
// presses the display's keys by BRLTTY's command names ("FWINRT", "ROUTE 3"). BRLTTY
// serves BrlAPI at host() without authentication, and has no screen driver: the kiosk is
// the only thing it shows. Each instance has its own BrlAPI number, from the test's pid.
//
// Nothing runs in the background: the cells are read while a test waits for them.
class VirtualBrailleDisplay {
public:
    using Cells = std::vector<std::uint8_t>;  // dot 1 in the lowest bit, as BrlAPI writes them

    VirtualBrailleDisplay(std::filesystem::path work_dir, std::size_t cells);
    ~VirtualBrailleDisplay();
    VirtualBrailleDisplay(const VirtualBrailleDisplay&) = delete;
    VirtualBrailleDisplay& operator=(const VirtualBrailleDisplay&) = delete;

    // BRLTTY's BrlAPI address, for --braille-host or BrlapiConnection.
    std::string host() const { return ":" + std::to_string(api_number_); }
    // BRLTTY stops, as on a machine where it is not running, and starts again.
    void stop_brltty();
    void start_brltty();
    // The display is unplugged: its connection closes; BRLTTY looks for it again and finds it.
    void unplug();

    // Waits until the display shows cells `wanted` accepts, reading all it is shown
    // meanwhile; false after `limit`.
    bool wait_until(const std::function<bool(const Cells&)>& wanted,
                    std::chrono::milliseconds limit = std::chrono::seconds(15));
    bool wait_until_shows(const Cells& cells, std::chrono::milliseconds limit = std::chrono::seconds(15)) {
        return wait_until([&cells](const Cells& shown) { return shown == cells; }, limit);
    }
    // The cells shown last (all blank before BRLTTY showed anything).
    const Cells& shown() const { return shown_; }
    // Presses a key of the display: one of BRLTTY's commands.
    void press(const std::string& command);

    // `cells` as BRLTTY's virtual driver writes them: "1|12| |..."
    static Cells parse(const std::string& dots);

private:
    void accept_display();
    bool read_lines(std::chrono::milliseconds limit);  // false: nothing arrived in time
    void send(const std::string& line);

    std::filesystem::path work_dir_;
    std::size_t width_;
    int api_number_;
    int listener_ = -1;
    int display_ = -1;
    std::string pending_;  // a line not yet whole
    Cells shown_;
    pid_t brltty_ = -1;
};

}  // namespace kiosk::testing
