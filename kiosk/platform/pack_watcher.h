#pragma once

#include <functional>
#include <string>
#include <thread>

namespace kiosk {

// Tells when a pack may have changed on disk, through inotify: for a directory, any file
// written, moved or removed inside it; for an archive, a new file renamed or written at
// its path. It only signals; reading and checking the pack is someone else's work.
class PackWatcher {
public:
    // `on_change` runs on the watcher's thread.
    PackWatcher(const std::string& path, std::function<void()> on_change);
    ~PackWatcher();
    PackWatcher(const PackWatcher&) = delete;
    PackWatcher& operator=(const PackWatcher&) = delete;

    bool is_watching() const { return inotify_fd_ >= 0; }

private:
    void add_directory_watches(const std::string& directory);
    void run();

    std::string path_;
    std::string archive_name_;  // set when the pack is an archive file
    std::function<void()> on_change_;
    int inotify_fd_ = -1;
    int stop_fd_ = -1;  // an eventfd that wakes the thread to end it
    std::thread thread_;
};

}  // namespace kiosk
