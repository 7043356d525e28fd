#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

// Where and how the console publishes: the same `kiosk-pack publish` staff run by hand.
struct PublishPlace {
    std::string tool_program;  // kiosk-pack itself
    std::filesystem::path pack_dir;
    std::filesystem::path state_dir;  // holds published/, the pack's files as last published
    std::string key_file;             // the secret key stays a file on the staff machine
    std::string channel = "stable";
    std::filesystem::path channel_dir;
};

// The pack as it was last published, kept as a copy of its files in the console's state
// folder, and publishing anew. Before the first publish from the console, the copy is the
// pack as the console first found it, so "changed" means changed in the console.
class ConsolePublisher {
public:
    explicit ConsolePublisher(PublishPlace place);

    // Makes the first copy when there is none.
    Status keep_starting_point();

    // "present", "changed" (since the last publish) or "missing", for a file of the pack.
    std::string file_state(const std::string& relative) const;

    // What changed since the last publish, per language and topic (as kiosk-pack diff).
    Result<std::vector<std::string>> changes() const;

    struct Published {
        std::string report;        // what kiosk-pack publish printed
        std::string archive_path;  // the signed archive in the channel folder
    };
    // Checks, builds, signs and writes the pack into the channel; on success the copy is
    // renewed. Fails with kiosk-pack's own words.
    Result<Published> publish();

private:
    std::filesystem::path published_dir() const { return place_.state_dir / "published"; }

    PublishPlace place_;
    std::mutex mutex_;
};

}  // namespace kiosk
