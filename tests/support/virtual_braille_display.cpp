#include "support/virtual_braille_display.h"

#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <algorithm>
#include <array>
#include <csignal>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace kiosk::testing {
namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds left_until(Clock::time_point until) {
    return std::max(std::chrono::milliseconds(0),
                    std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()));
}

}  // namespace

VirtualBrailleDisplay::VirtualBrailleDisplay(std::filesystem::path work_dir, std::size_t cells)
    : work_dir_(std::move(work_dir)), width_(cells), api_number_(100 + ::getpid() % 30000), shown_(cells, 0) {
    std::filesystem::create_directories(work_dir_);
    const std::string socket_path = (work_dir_ / "display.sock").string();
    std::filesystem::remove(socket_path);
    listener_ = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (socket_path.size() >= sizeof address.sun_path) throw std::runtime_error("socket path too long: " + socket_path);
    std::strncpy(address.sun_path, socket_path.c_str(), sizeof address.sun_path - 1);
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 1) != 0) {
        throw std::runtime_error("cannot listen on " + socket_path + ": " + std::strerror(errno));
    }
    start_brltty();
}

VirtualBrailleDisplay::~VirtualBrailleDisplay() {
    stop_brltty();
    if (listener_ >= 0) ::close(listener_);
}

void VirtualBrailleDisplay::start_brltty() {
    if (brltty_ > 0) return;
    const std::string driver = "client:" + (work_dir_ / "display.sock").string();
    const std::string api = "host=" + host() + ",auth=none";
    const std::string pid_file = (work_dir_ / "brltty.pid").string();
    const std::string updatable = work_dir_.string();
    const std::string log = (work_dir_ / "brltty.log").string();
    // -n: in the foreground; -e: its log on stderr; -x no / -s no: no screen, no speech;
    // -f /dev/null: none of the machine's configuration.
    const std::array<const char*, 22> argv = {
        "brltty", "-n",   "-e", "-q",        "-b", "vr",        "-d", driver.c_str(),   "-x", "no",
        "-s",     "no",   "-A", api.c_str(), "-f", "/dev/null", "-P", pid_file.c_str(), "-U", updatable.c_str(),
        nullptr,  nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    const int failed = ::posix_spawnp(&brltty_, "brltty", &actions, nullptr, const_cast<char**>(argv.data()), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) {
        brltty_ = -1;
        throw std::runtime_error(std::string("cannot start brltty (Debian package brltty): ") + std::strerror(failed));
    }
    accept_display();
}

void VirtualBrailleDisplay::stop_brltty() {
    if (display_ >= 0) ::close(display_);
    display_ = -1;
    if (brltty_ <= 0) return;
    ::kill(brltty_, SIGTERM);
    int status = 0;
    ::waitpid(brltty_, &status, 0);
    brltty_ = -1;
}

void VirtualBrailleDisplay::unplug() {
    if (display_ >= 0) ::close(display_);
    display_ = -1;
    accept_display();
}

// BRLTTY's driver connects to the display's socket, and is told its size.
void VirtualBrailleDisplay::accept_display() {
    pollfd ready{listener_, POLLIN, 0};
    if (::poll(&ready, 1, 15000) <= 0) {
        throw std::runtime_error("brltty's virtual driver did not connect; its log: " +
                                 (work_dir_ / "brltty.log").string());
    }
    display_ = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (display_ < 0) throw std::runtime_error(std::string("accept: ") + std::strerror(errno));
    pending_.clear();
    shown_.assign(width_, 0);  // a display plugged in shows nothing until BRLTTY writes to it
    send("cells " + std::to_string(width_));
}

void VirtualBrailleDisplay::send(const std::string& line) {
    const std::string whole = line + "\n";
    if (::send(display_, whole.data(), whole.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(whole.size())) {
        throw std::runtime_error("cannot write to brltty's virtual driver: " + std::string(std::strerror(errno)));
    }
}

void VirtualBrailleDisplay::press(const std::string& command) { send(command); }

VirtualBrailleDisplay::Cells VirtualBrailleDisplay::parse(const std::string& dots) {
    Cells cells;
    std::size_t start = 0;
    while (start <= dots.size()) {
        const std::size_t end = std::min(dots.find('|', start), dots.size());
        std::uint8_t cell = 0;
        for (std::size_t i = start; i < end; ++i) {
            if (dots[i] >= '1' && dots[i] <= '8') cell |= static_cast<std::uint8_t>(1U << (dots[i] - '1'));
        }
        cells.push_back(cell);
        start = end + 1;
    }
    return cells;
}

bool VirtualBrailleDisplay::read_lines(std::chrono::milliseconds limit) {
    if (display_ < 0) {  // BRLTTY is stopped: the display waits for it to come back
        pollfd incoming{listener_, POLLIN, 0};
        if (::poll(&incoming, 1, static_cast<int>(limit.count())) <= 0) return false;
        accept_display();
        return true;
    }
    pollfd ready{display_, POLLIN, 0};
    if (::poll(&ready, 1, static_cast<int>(limit.count())) <= 0) return false;
    std::array<char, 4096> buffer{};
    const ssize_t got = ::recv(display_, buffer.data(), buffer.size(), 0);
    if (got <= 0) {  // BRLTTY let go of the display: it looks for it again
        ::close(display_);
        display_ = -1;
        accept_display();
        return true;
    }
    pending_.append(buffer.data(), static_cast<std::size_t>(got));
    constexpr std::string_view kPrefix = "Braille \"";
    for (std::size_t newline; (newline = pending_.find('\n')) != std::string::npos;) {
        const std::string line = pending_.substr(0, newline);
        pending_.erase(0, newline + 1);
        if (line.rfind(kPrefix, 0) == 0 && line.size() > kPrefix.size() && line.back() == '"') {
            shown_ = parse(line.substr(kPrefix.size(), line.size() - kPrefix.size() - 1));
        }
    }
    return true;
}

bool VirtualBrailleDisplay::wait_until(const std::function<bool(const Cells&)>& wanted,
                                       std::chrono::milliseconds limit) {
    const auto until = Clock::now() + limit;
    while (!wanted(shown_)) {
        const auto left = left_until(until);
        if (left.count() == 0) return false;
        read_lines(left);
    }
    return true;
}

}  // namespace kiosk::testing
