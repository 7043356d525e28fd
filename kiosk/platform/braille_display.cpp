#include "platform/braille_display.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <utility>

#include "core/braille/braille_presenter.h"
#include "platform/brlapi_connection.h"
#include "platform/louis_translator.h"

namespace kiosk {
namespace {

// Waits for either descriptor (a negative one is left out) or the timeout; which are readable.
struct Readable {
    bool connection = false;
    bool wake = false;
};

Readable wait_for(int connection_fd, int wake_fd, std::optional<std::chrono::milliseconds> timeout) {
    std::array<pollfd, 2> fds{pollfd{connection_fd, POLLIN, 0}, pollfd{wake_fd, POLLIN, 0}};
    const int ms = timeout ? static_cast<int>(timeout->count()) : -1;
    if (poll(fds.data(), fds.size(), ms) <= 0) return {};  // the timeout, or a signal
    constexpr short kAny = POLLIN | POLLHUP | POLLERR;
    return {connection_fd >= 0 && (fds[0].revents & kAny) != 0, (fds[1].revents & kAny) != 0};
}

std::string describe_width(std::size_t width) {
    return width == 0 ? "no display attached" : std::to_string(width) + " cells";
}

}  // namespace

BrailleDisplay::BrailleDisplay(std::string host, Wake wake, NoteSink note)
    : host_(std::move(host)), wake_(std::move(wake)), note_(std::move(note)) {
    wake_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wake_fd_ < 0) {
        note_("braille: cannot make an eventfd; no braille display");
        return;
    }
    thread_ = std::thread([this] { run(); });
}

BrailleDisplay::~BrailleDisplay() {
    stopping_ = true;
    if (thread_.joinable()) {
        signal();
        thread_.join();
    }
    if (wake_fd_ >= 0) ::close(wake_fd_);
}

void BrailleDisplay::signal() const {
    const std::uint64_t one = 1;
    (void)!::write(wake_fd_, &one, sizeof one);
}

void BrailleDisplay::show(std::string text, std::string locale) {
    {
        const std::lock_guard lock(mutex_);
        to_show_ = Shown{std::move(text), std::move(locale)};
    }
    if (wake_fd_ >= 0) signal();
}

std::deque<Command> BrailleDisplay::take_commands() {
    const std::lock_guard lock(mutex_);
    return std::exchange(commands_, {});
}

void BrailleDisplay::post(Command command) {
    {
        const std::lock_guard lock(mutex_);
        if (commands_.size() >= kCommandCapacity) commands_.pop_front();
        commands_.push_back(command);
    }
    wake_();
}

// The thread: liblouis and BrlAPI are used from here alone.
void BrailleDisplay::run() {
    // A BRLTTY that goes away mid-write would raise SIGPIPE, whose default ends the whole
    // kiosk. Blocked on this thread, the write fails with EPIPE instead and the thread
    // connects again; the signal stays pending on it, unseen.
    sigset_t pipe_signal;
    sigemptyset(&pipe_signal);
    sigaddset(&pipe_signal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_signal, nullptr);
    LouisTranslator translator;
    BraillePresenter presenter(translator);
    BrlapiConnection connection(host_);
    using Clock = std::chrono::steady_clock;
    std::chrono::milliseconds retry = kFirstRetry;
    Clock::time_point next_attempt = Clock::now();
    std::string last_failure;
    const auto write = [&] {
        if (const Status written = connection.write(presenter.cells()); !written)
            note_("braille: " + written.error().to_string());
    };
    while (!stopping_) {
        std::optional<std::chrono::milliseconds> wait;  // none: only the connection or show() wakes the thread
        if (!connection.is_open() && Clock::now() >= next_attempt) {
            const Status opened = connection.open();
            if (opened) {
                note_("braille: connected to BRLTTY, " + describe_width(connection.width()));
                last_failure.clear();
                retry = kFirstRetry;
                presenter.set_width(connection.width());
                write();
            } else {
                // Once per outage: a kiosk without BRLTTY must not fill its log.
                if (opened.error().to_string() != last_failure) {
                    last_failure = opened.error().to_string();
                    note_("braille: " + last_failure + "; trying again from time to time");
                }
                next_attempt = Clock::now() + retry;
                retry = std::min<std::chrono::milliseconds>(retry * 2, kLongestRetry);
            }
        }
        if (!connection.is_open()) {
            wait = std::max(std::chrono::milliseconds(0),
                            std::chrono::duration_cast<std::chrono::milliseconds>(next_attempt - Clock::now()));
        }
        const Readable readable = wait_for(connection.file_descriptor(), wake_fd_, wait);
        if (stopping_) break;
        if (readable.wake) {
            std::uint64_t count = 0;
            (void)!::read(wake_fd_, &count, sizeof count);
            std::optional<Shown> shown;
            {
                const std::lock_guard lock(mutex_);
                shown = std::exchange(to_show_, std::nullopt);
            }
            if (shown) {
                if (const Status translated = presenter.show(shown->text, shown->locale); !translated)
                    note_("braille: " + translated.error().to_string());
                if (connection.is_open()) write();
            }
        }
        if (!readable.connection || !connection.is_open()) continue;
        for (;;) {
            Result<std::optional<BrailleKey>> key = connection.read_key();
            if (!key) {
                note_("braille: " + key.error().to_string());
                break;
            }
            if (!*key) break;
            if (const std::optional<Command> command = presenter.on_key(**key)) {
                post(*command);
            } else {
                write();  // panned within the item
            }
        }
        if (connection.is_open() && connection.size_changed()) {
            note_("braille: " + describe_width(connection.width()));
            presenter.set_width(connection.width());
            write();
        }
    }
}

}  // namespace kiosk
