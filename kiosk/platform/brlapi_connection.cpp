#include "platform/brlapi_connection.h"

#include <brlapi.h>

#include <cstdlib>
#include <utility>

namespace kiosk {
namespace {

brlapi_handle_t* as_handle(const std::unique_ptr<unsigned char[]>& bytes) {
    return reinterpret_cast<brlapi_handle_t*>(bytes.get());
}

std::string brlapi_reason() { return brlapi_strerror(&brlapi_error); }

// BrlAPI's own handler abort()s on an asynchronous error (a write the server refused).
// The kiosk treats it as a lost connection instead: the call that reports it fails, and
// the worker connects afresh.
void BRLAPI_STDCALL ignore_exception(brlapi_handle_t* /*handle*/, int /*error*/, brlapi_packetType_t /*type*/,
                                     const void* /*packet*/, std::size_t /*size*/) {}

// Called by BrlAPI while the kiosk reads from the connection: the display's size may have
// changed. Its data is not used: BrlAPI 0.8.4 hands some notices of this parameter over
// in the server's byte order (20 × 1 cells arrived as 0x14000000 × 0x01000000), so the
// size is asked for again in the usual way.
void size_watched(brlapi_param_t /*parameter*/, brlapi_param_subparam_t /*subparam*/, brlapi_param_flags_t /*flags*/,
                  void* connection, const void* /*data*/, std::size_t /*length*/) {
    static_cast<BrlapiConnection*>(connection)->size_may_have_changed();
}

BrailleKey key_from(brlapi_keyCode_t code) {
    brlapi_expandedKeyCode_t expanded{};
    BrailleKey key;
    if (brlapi_expandKeyCode(code, &expanded) != 0 || expanded.type != BRLAPI_KEY_TYPE_CMD) return key;
    switch (expanded.command) {
        case BRLAPI_KEY_CMD_FWINRT:
            key.kind = BrailleKey::Kind::pan_forward;
            break;
        case BRLAPI_KEY_CMD_FWINLT:
            key.kind = BrailleKey::Kind::pan_back;
            break;
        case BRLAPI_KEY_CMD_LNDN:
            key.kind = BrailleKey::Kind::line_down;
            break;
        case BRLAPI_KEY_CMD_LNUP:
            key.kind = BrailleKey::Kind::line_up;
            break;
        case BRLAPI_KEY_CMD_ROUTE:
            key.kind = BrailleKey::Kind::route;
            key.cell = expanded.argument;
            break;
        default:
            break;
    }
    return key;
}

}  // namespace

BrlapiConnection::BrlapiConnection(std::string host)
    : host_(std::move(host)), handle_(std::make_unique<unsigned char[]>(brlapi_getHandleSize())) {}

BrlapiConnection::~BrlapiConnection() { close(); }

Status BrlapiConnection::open() {
    close();
    brlapi_connectionSettings_t settings{nullptr, host_.empty() ? nullptr : host_.data()};
    const int fd = brlapi__openConnection(as_handle(handle_), &settings, nullptr);
    if (fd < 0) return failure("cannot reach BRLTTY" + (host_.empty() ? "" : " at " + host_) + ": " + brlapi_reason());
    fd_ = fd;
    brlapi__setExceptionHandler(as_handle(handle_), ignore_exception);
    // The whole display, whatever terminal BRLTTY follows: the kiosk is the only client.
    if (brlapi__enterTtyModeWithPath(as_handle(handle_), nullptr, 0, nullptr) < 0) return lost("taking the display");
    std::uint32_t ignored[2] = {0, 0};  // a buffer, so BrlAPI does not call back at once
    size_watch_ = brlapi__watchParameter(as_handle(handle_), BRLAPI_PARAM_DISPLAY_SIZE, 0, BRLAPI_PARAMF_GLOBAL,
                                         size_watched, this, ignored, sizeof ignored);
    if (size_watch_ == nullptr) return lost("watching the display's size");
    Status read = read_size();
    size_changed_ = false;  // the size a new connection starts with is no change
    return read;
}

void BrlapiConnection::close() {
    if (fd_ < 0) return;
    // Unwatching asks the server; a server that is gone leaves BrlAPI 0.8 holding the
    // watch's record, which only the next connection forgets (it starts a new list), so
    // the record is freed here: it was malloc()ed by brlapi__watchParameter.
    const bool unwatched = size_watch_ == nullptr || brlapi__unwatchParameter(as_handle(handle_), size_watch_) == 0;
    brlapi__closeConnection(as_handle(handle_));
    if (!unwatched) std::free(size_watch_);  // NOLINT(cppcoreguidelines-no-malloc): BrlAPI's own allocation
    size_watch_ = nullptr;
    fd_ = -1;
    width_ = 0;
}

void BrlapiConnection::size_may_have_changed() { size_to_read_ = true; }

bool BrlapiConnection::size_changed() {
    if (std::exchange(size_to_read_, false) && fd_ >= 0) (void)read_size();
    return std::exchange(size_changed_, false);
}

Status BrlapiConnection::read_size() {
    unsigned int columns = 0;
    unsigned int rows = 0;
    if (brlapi__getDisplaySize(as_handle(handle_), &columns, &rows) < 0) return lost("reading the display's size");
    const std::size_t cells = static_cast<std::size_t>(columns) * rows;
    if (cells != width_) size_changed_ = true;
    width_ = cells;
    return {};
}

Status BrlapiConnection::write(const std::vector<std::uint8_t>& cells) {
    if (fd_ < 0) return failure("no connection to BRLTTY");
    if (cells.size() != width_ || width_ == 0) return {};  // the display changed size; the next write fits
    if (brlapi__writeDots(as_handle(handle_), cells.data()) < 0) return lost("writing to the display");
    return {};
}

Result<std::optional<BrailleKey>> BrlapiConnection::read_key() {
    if (fd_ < 0) return failure("no connection to BRLTTY");
    brlapi_keyCode_t code = 0;
    const int read = brlapi__readKey(as_handle(handle_), 0, &code);
    if (read < 0) {
        const Status gone = lost("reading the display's keys");
        return failure(gone.error());
    }
    if (read == 0) return std::optional<BrailleKey>();
    return std::optional<BrailleKey>(key_from(code));
}

Status BrlapiConnection::lost(const std::string& doing) {
    const std::string reason = brlapi_reason();
    close();
    return failure("BRLTTY connection lost " + doing + ": " + reason);
}

}  // namespace kiosk
