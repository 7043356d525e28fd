#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/braille/braille_key.h"
#include "core/result.h"

namespace kiosk {

// A connection to BRLTTY's BrlAPI server, holding the whole braille display for the
// kiosk: it writes cells (the kiosk translates with its own tables) and reads the
// display's commands. BRLTTY handles the display itself, over USB, Bluetooth or serial,
// and keeps the connection while a display comes and goes: its size drops to none and
// comes back, which size_changed() reports.
class BrlapiConnection {
public:
    // `host` as BrlAPI names it (":0", "host:1", a socket's number); empty: $BRLAPI_HOST
    // or BrlAPI's default.
    explicit BrlapiConnection(std::string host);
    ~BrlapiConnection();
    BrlapiConnection(const BrlapiConnection&) = delete;
    BrlapiConnection& operator=(const BrlapiConnection&) = delete;

    // Connects and takes the display; fails with BrlAPI's reason (no server, refused).
    Status open();
    void close();
    bool is_open() const { return fd_ >= 0; }
    // Readable when the server sent something: a key, or news of the display's size.
    int file_descriptor() const { return fd_; }

    // Cells on the display now (columns × rows); 0 while no display is attached.
    std::size_t width() const { return width_; }
    // The size was read again since the last call: a display came, went, or changed.
    bool size_changed();
    // BrlAPI's news that the size may have changed, while the connection is read.
    void size_may_have_changed();

    // Exactly width() cells. A failure means the connection is gone.
    Status write(const std::vector<std::uint8_t>& cells);
    // The next command the display sent, if one is waiting; a failure means the
    // connection is gone.
    Result<std::optional<BrailleKey>> read_key();

private:
    Status read_size();
    Status lost(const std::string& doing);

    std::string host_;
    std::unique_ptr<unsigned char[]> handle_;  // BrlAPI's handle, of its own size
    int fd_ = -1;
    void* size_watch_ = nullptr;  // BrlAPI's descriptor of the watch on the display's size
    std::size_t width_ = 0;
    bool size_changed_ = false;
    bool size_to_read_ = false;
};

}  // namespace kiosk
