#include "platform/pack_watcher.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <filesystem>

namespace fs = std::filesystem;

namespace kiosk {
namespace {

// In a folder of a directory pack: a write of any size (a slow copy keeps the pack from
// settling), and anything created, moved or removed.
constexpr std::uint32_t kPackFolderEvents = IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_TO | IN_MOVED_FROM |
                                            IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF;
// In a folder holding the pack or a link's target: the named entry written, replaced,
// renamed away or removed.
constexpr std::uint32_t kParentEvents =
    IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE;

std::string parent_of(const fs::path& path) {
    return path.has_parent_path() ? path.parent_path().string() : std::string(".");
}

}  // namespace

PackWatcher::PackWatcher(const std::string& path, std::function<void()> on_change)
    : path_(path), on_change_(std::move(on_change)) {
    inotify_fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    stop_fd_ = eventfd(0, EFD_CLOEXEC);
    if (inotify_fd_ < 0 || stop_fd_ < 0) return;
    refresh_watches();
    watching_ = !watches_.empty();
    thread_ = std::thread([this] { run(); });
}

PackWatcher::~PackWatcher() {
    if (thread_.joinable()) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = write(stop_fd_, &one, sizeof one);
        thread_.join();
    }
    if (inotify_fd_ >= 0) close(inotify_fd_);
    if (stop_fd_ >= 0) close(stop_fd_);
}

// Watches what the path names now. inotify_add_watch returns the same descriptor for a
// folder already watched, so only folders no longer involved lose their watch.
void PackWatcher::refresh_watches() {
    std::map<int, Watch> wanted;
    auto add = [&](const std::string& folder, std::uint32_t events, const std::string& name) {
        const int wd = inotify_add_watch(inotify_fd_, folder.c_str(), events | IN_MASK_ADD);
        if (wd < 0) return;
        Watch& watch = wanted[wd];
        if (name.empty()) {
            watch.whole = true;
        } else {
            watch.names.insert(name);
        }
    };
    const fs::path given(path_);
    std::error_code ec;
    add(parent_of(given), kParentEvents, given.filename().string());
    const fs::path target = fs::canonical(given, ec);
    if (!ec && target != fs::absolute(given, ec)) add(parent_of(target), kParentEvents, target.filename().string());
    if (!ec && fs::is_directory(target, ec)) {
        add(target.string(), kPackFolderEvents, {});
        for (auto it = fs::recursive_directory_iterator(target, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
            if (it->is_directory(ec)) add(it->path().string(), kPackFolderEvents, {});
        }
    }
    for (const auto& [wd, watch] : watches_) {
        if (wanted.count(wd) == 0) inotify_rm_watch(inotify_fd_, wd);
    }
    // Both a parent and a pack folder may be one folder: it then reports everything.
    watches_ = std::move(wanted);
}

bool PackWatcher::concerns_pack(const Watch& watch, const char* name, std::uint32_t mask) const {
    if (watch.whole) return true;
    if (mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) return true;  // a folder on the way went away
    return name != nullptr && watch.names.count(name) != 0;
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
                auto it = watches_.find(event->wd);
                const bool overflow = (event->mask & IN_Q_OVERFLOW) != 0;
                if (overflow || (it != watches_.end() &&
                                 concerns_pack(it->second, event->len > 0 ? event->name : nullptr, event->mask))) {
                    changed = true;
                }
                at += sizeof(inotify_event) + event->len;
            }
        }
        if (!changed) continue;
        // The pack may now be another folder (renamed into place, a link pointed
        // elsewhere) or have new folders: watch what the path names now.
        refresh_watches();
        on_change_();
    }
}

}  // namespace kiosk
