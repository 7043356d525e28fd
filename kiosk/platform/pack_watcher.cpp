#include "platform/pack_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr uint32_t kDirectoryEvents =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF;
constexpr uint32_t kArchiveEvents = IN_CLOSE_WRITE | IN_MOVED_TO;

}  // namespace

PackWatcher::PackWatcher(const std::string& path, std::function<void()> on_change)
    : path_(path), on_change_(std::move(on_change)) {
    inotify_fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    stop_fd_ = eventfd(0, EFD_CLOEXEC);
    if (inotify_fd_ < 0 || stop_fd_ < 0) return;
    std::error_code ec;
    if (fs::is_directory(path_, ec)) {
        add_directory_watches(path_);
    } else {
        const fs::path file(path_);
        archive_name_ = file.filename().string();
        const std::string parent = file.has_parent_path() ? file.parent_path().string() : ".";
        inotify_add_watch(inotify_fd_, parent.c_str(), kArchiveEvents);
    }
    thread_ = std::thread([this] { run(); });
}

PackWatcher::~PackWatcher() {
    if (thread_.joinable()) {
        const uint64_t one = 1;
        [[maybe_unused]] const auto written = write(stop_fd_, &one, sizeof one);
        thread_.join();
    }
    if (inotify_fd_ >= 0) close(inotify_fd_);
    if (stop_fd_ >= 0) close(stop_fd_);
}

void PackWatcher::add_directory_watches(const std::string& directory) {
    inotify_add_watch(inotify_fd_, directory.c_str(), kDirectoryEvents);
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(directory, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_directory(ec)) inotify_add_watch(inotify_fd_, it->path().c_str(), kDirectoryEvents);
    }
}

void PackWatcher::run() {
    alignas(inotify_event) char buffer[16 * 1024];
    pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {stop_fd_, POLLIN, 0}};
    for (;;) {
        if (poll(fds, 2, -1) < 0) continue;
        if (fds[1].revents != 0) return;
        bool changed = false;
        ssize_t length = 0;
        while ((length = read(inotify_fd_, buffer, sizeof buffer)) > 0) {
            for (char* at = buffer; at < buffer + length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(at);
                const bool ours = archive_name_.empty() || (event->len > 0 && archive_name_ == event->name);
                changed = changed || ours;
                // A new folder in a directory pack is watched too.
                if (archive_name_.empty() && (event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
                    add_directory_watches(path_);
                }
                at += sizeof(inotify_event) + event->len;
            }
        }
        if (changed) on_change_();
    }
}

}  // namespace kiosk
