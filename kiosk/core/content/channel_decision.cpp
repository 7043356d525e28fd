// Whether a kiosk takes a verified channel index, and whether a download is the archive
// the index names (declared in channel_index.h).

#include <string>

#include "core/content/channel_index.h"
#include "core/content/pack_signature.h"

namespace kiosk {
namespace {

std::string sequence_text(std::uint64_t sequence) { return std::to_string(sequence); }

}  // namespace

IndexDecision decide_on_index(const ChannelIndex& index, const InstalledChannelState& installed,
                              const std::string& expected_pack_id, const std::string& kiosk_id, std::int64_t now_unix) {
    const std::string seq = sequence_text(index.sequence);
    if (!expected_pack_id.empty() && index.pack_id != expected_pack_id) {
        return {IndexVerdict::other_pack, "the index names pack '" + index.pack_id + "', not the kiosk's '" +
                                              expected_pack_id + "': refused as a mix-and-match"};
    }
    if (index.sequence < installed.sequence) {
        return {IndexVerdict::rollback, "the index's sequence " + seq + " is older than the installed " +
                                            sequence_text(installed.sequence) + ": refused as a rollback"};
    }
    if (index.expires_unix <= now_unix) {
        return {IndexVerdict::expired, "the index's sequence " + seq + " expired at " + utc_text(index.expires_unix) +
                                           ", now is " + utc_text(now_unix) + ": refused as stale (a freeze)"};
    }
    if (index.sequence == installed.sequence) {
        return {IndexVerdict::up_to_date, "the index's sequence " + seq + " is the installed one: up to date"};
    }
    const int bucket = rollout_bucket(index.pack_id, kiosk_id);
    if (bucket >= index.rollout_percent) {
        return {IndexVerdict::not_in_rollout,
                "the index's sequence " + seq + " rolls out to " + std::to_string(index.rollout_percent) +
                    "% of kiosks and this kiosk's bucket is " + std::to_string(bucket) + ": not taken yet"};
    }
    return {IndexVerdict::take, "the index's sequence " + seq + " (pack '" + index.pack_id + "' version " +
                                    index.version + ") is newer than the installed " +
                                    sequence_text(installed.sequence) + ": taken"};
}

IndexDecision decide_on_index(const ChannelIndex& index, const InstalledChannelState& installed,
                              const std::string& expected_pack_id, const std::string& expected_channel,
                              const std::string& kiosk_id, std::int64_t now_unix) {
    if (index.channel != expected_channel) {
        return {IndexVerdict::other_pack, "the index is of channel '" + index.channel + "', not the kiosk's '" +
                                              expected_channel + "': refused as a mix-and-match"};
    }
    return decide_on_index(index, installed, expected_pack_id, kiosk_id, now_unix);
}

int rollout_bucket(const std::string& pack_id, const std::string& kiosk_id) {
    // The first 64 bits of the digest: far more than 100 buckets need, so the modulo is fair.
    const std::string digest = sha256_hex(pack_id + "/" + kiosk_id);
    return static_cast<int>(std::stoull(digest.substr(0, 16), nullptr, 16) % 100);
}

Status check_archive_against_index(const std::string& archive_bytes_sha256, std::uint64_t size,
                                   const ChannelIndex& index) {
    if (size != index.archive_size) {
        return failure("the archive is " + std::to_string(size) + " bytes, the index says " +
                       std::to_string(index.archive_size) + ": refused");
    }
    if (archive_bytes_sha256 != index.archive_sha256) {
        return failure("the archive's SHA-256 is " + archive_bytes_sha256 + ", the index says " + index.archive_sha256 +
                       ": refused");
    }
    return {};
}

}  // namespace kiosk
