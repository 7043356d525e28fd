#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/content/channel_index.h"
#include "core/result.h"

namespace kiosk {

// Where the pack update client keeps what it downloads, under the state directory:
//   updates/pack.kpack            the pack installed from the channel, shown as the kiosk's pack
//   updates/channel-state.toml    what that pack is: channel, pack id, sequence, version, SHA-256
//   updates/*.part                downloads under way; removed on every failure and at start
std::string updates_directory(const std::string& state_dir);
std::string downloaded_pack_path(const std::string& state_dir);

// What this kiosk installed from its channel.
struct InstalledFromChannel {
    std::string channel;
    InstalledChannelState installed;  // pack id and sequence
    std::string version;
    std::string archive_sha256;
};

// The record in `state_dir`; nothing when none was written or it cannot be read (then
// the kiosk has installed nothing from a channel, and the pack check still refuses an
// older pack than the one shown).
std::optional<InstalledFromChannel> read_channel_state(const std::string& state_dir);

// Replaces the record whole (written beside it, then renamed).
Status write_channel_state(const std::string& state_dir, const InstalledFromChannel& state);

}  // namespace kiosk
