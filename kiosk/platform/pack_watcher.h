#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <thread>

namespace kiosk {

// Tells when a pack may have changed on disk, through inotify. It watches the path, not
// what the path named when the kiosk started: the folder holding the pack (so a pack
// renamed into place, `mv new pack`, is noticed), the folder holding a symlink's target
// (so a copy onto the target is noticed), and every folder of a directory pack (any file
// written, even a little, moved or removed). After each change it looks again at what the
// path names now. It only signals; reading and checking the pack is someone else's work.
class PackWatcher {
public:
    // `on_change` runs on the watcher's thread.
    PackWatcher(const std::string& path, std::function<void()> on_change);
    ~PackWatcher();
    PackWatcher(const PackWatcher&) = delete;
    PackWatcher& operator=(const PackWatcher&) = delete;

    bool is_watching() const { return watching_; }

private:
    // What one inotify watch is for: every entry of a folder of the pack, or only the
    // named entries of a folder holding the pack or a link's target.
    struct Watch {
        bool whole = false;
        std::set<std::string> names;
    };

    void refresh_watches();
    bool concerns_pack(const Watch& watch, const char* name, std::uint32_t mask) const;
    void run();

    std::string path_;
    std::function<void()> on_change_;
    int inotify_fd_ = -1;
    int stop_fd_ = -1;  // an eventfd that wakes the thread to end it
    bool watching_ = false;
    std::map<int, Watch> watches_;  // by watch descriptor; only the watcher's thread changes it after start
    std::thread thread_;
};

}  // namespace kiosk
