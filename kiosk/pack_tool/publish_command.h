#pragma once

#include <string>

namespace kiosk {

// `kiosk-pack publish`: writes a pack into a channel folder that any web server serves.
struct PublishOptions {
    std::string pack;     // a pack directory or archive
    std::string key;      // the publisher's secret key file
    std::string channel;  // the channel's name, and its folder under out_dir
    std::string out_dir;  // the web server's folder of channels
    int expires_days = 7;
    int rollout_percent = 100;
    bool prune = false;
};

extern const char* const kPublishHelp;

int publish_command(const PublishOptions& options);

}  // namespace kiosk
