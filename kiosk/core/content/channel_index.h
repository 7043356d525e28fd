#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/result.h"

namespace kiosk {

// A channel is a folder on any web server: index.toml names the channel's current pack
// archive, which lies beside it under archives/<sha256>.kpack. `kiosk-pack publish` writes
// both; kiosks poll the index. The index is signed, and carries what a kiosk needs to
// refuse the attacks a signature alone does not stop: a sequence number against replaying
// an older index (rollback), an expiry against being kept on an old one forever (freeze),
// and the pack id against an index of another pack (mix-and-match).
struct ChannelIndex {
    std::string channel;  // e.g. "stable"
    std::string pack_id;
    std::string version;         // the pack's version
    std::uint64_t sequence = 0;  // grows by one with every publish to this channel
    std::int64_t published_unix = 0;
    std::int64_t expires_unix = 0;
    std::string archive_path;    // relative to the channel folder, content-addressed: "archives/<sha256>.kpack"
    std::string archive_sha256;  // lowercase hex
    std::uint64_t archive_size = 0;
    int rollout_percent = 100;  // 0..100
};

// The file name of the index in a channel folder, and the folder of its archives.
inline constexpr const char* kChannelIndexFile = "index.toml";
inline constexpr const char* kChannelArchivesFolder = "archives";
// A real index is under 1 KiB; a download or text beyond this is refused unread.
inline constexpr std::size_t kMaxChannelIndexBytes = 64 * 1024;

// Where an archive with this SHA-256 lies in a channel folder: "archives/<sha256>.kpack".
std::string channel_archive_path(const std::string& archive_sha256);

// A moment as "2026-12-01T04:00:00Z", for people reading an index or a log.
std::string utc_text(std::int64_t unix_seconds);

// Whether `name` may name a channel (and so a folder): 1 to 64 of a-z, 0-9, '.', '-', '_',
// not starting with '.'.
bool is_valid_channel_name(const std::string& name);

// The index as signed text: the TOML body, then one last line
//   signature = "ed25519 <hex>"
// signing the exact bytes of the body before it. Empty when the secret key is malformed.
std::string write_channel_index(const ChannelIndex& index, const std::string& secret_hex);

// Checks the signature against the trusted public key first, and only then reads the
// signed body; every field must be present and valid. Errors name source_name:line:col.
Result<ChannelIndex> read_channel_index(const std::string& text, const std::string& public_hex,
                                        const std::string& source_name);

// What the kiosk already has from this channel (persisted by the updater).
struct InstalledChannelState {
    std::string pack_id;
    std::uint64_t sequence = 0;
};

// Why an index is not taken; `take` = take it.
enum class IndexVerdict { take, up_to_date, rollback, expired, other_pack, not_in_rollout };

struct IndexDecision {
    IndexVerdict verdict;
    std::string reason;  // one plain English sentence for the log, with the figures
};

// Whether a kiosk takes a verified index, checked in this order: the pack id (an index of
// another pack says nothing about ours; an empty `expected_pack_id` accepts any pack), a
// sequence older than the installed one (rollback), the expiry (freeze: an index whose
// expires_unix <= now is never taken, and an expired copy of the installed index is
// reported as expired, not up to date, so a frozen kiosk shows in the log), the same
// sequence (up to date), and last the staged rollout.
IndexDecision decide_on_index(const ChannelIndex& index, const InstalledChannelState& installed,
                              const std::string& expected_pack_id, const std::string& kiosk_id, std::int64_t now_unix);

// The same, and also refuses (as other_pack) an index of another channel than the one
// the kiosk follows: the same key may sign several channels.
IndexDecision decide_on_index(const ChannelIndex& index, const InstalledChannelState& installed,
                              const std::string& expected_pack_id, const std::string& expected_channel,
                              const std::string& kiosk_id, std::int64_t now_unix);

// Stable bucket 0..99 from SHA-256 of "<pack_id>/<kiosk_id>"; a kiosk takes the pack when
// bucket < rollout_percent. A new pack id reshuffles the buckets, so the same halls are
// not always first.
int rollout_bucket(const std::string& pack_id, const std::string& kiosk_id);

// Checks a downloaded archive against the index: its size first, then its SHA-256.
Status check_archive_against_index(const std::string& archive_bytes_sha256, std::uint64_t size,
                                   const ChannelIndex& index);

}  // namespace kiosk
