#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "app/channel_state.h"
#include "app/update_status.h"
#include "core/result.h"
#include "platform/http_fetcher.h"

namespace kiosk {

struct ChannelSettings {
    std::string update_url;  // the folder holding the channels: URL/CHANNEL/index.toml
    std::string channel = "stable";
    std::string kiosk_id;     // hashed with the pack id for the staged rollout
    std::string trusted_key;  // hexadecimal Ed25519 public key: the index and the archive are signed by it
    std::string state_dir;    // updates/ is kept here, and the pack shown (PackMemory) is read from here
    std::uint64_t index_limit = 64 * 1024;
    std::chrono::milliseconds index_timeout{30000};
    std::chrono::milliseconds archive_timeout{std::chrono::minutes(10)};
    std::chrono::milliseconds stall_timeout{30000};
};

// One check of the channel, as the update client makes it every poll:
//  1. GET index.toml, with the ETag of the index last judged (304, or the same bytes:
//     nothing new, unless that index has expired since), into updates/index.toml.part,
//     at most index_limit bytes;
//  2. its signature by the trusted key, then decide_on_index against the installed
//     sequence, the pack id shown, the channel, this kiosk's rollout bucket and the time;
//  3. for a newer pack: GET the archive (at most the index's size) into updates/pack.kpack.part,
//     its size and SHA-256 against the index, then `check` (the archive's own signature
//     and the kiosk's pack check);
//  4. rename it to updates/pack.kpack, and only then record the new sequence: a crash
//     between the two fetches the same index again, never skips one.
// Anything refused or failed leaves the installed pack and record as they were, and no
// .part file behind. Runs on the update client's thread; no clock is read here.
class ChannelUpdater {
public:
    // Whether the archive at the path may be shown: its signature and the kiosk's pack
    // check (prepare_pack), or why not.
    using CheckArchive = std::function<Status(const std::string& path)>;

    struct Outcome {
        UpdateResult result = UpdateResult::failed;
        std::string message;  // for the log and the maintenance screen
    };

    // Removes any download a crash left half-written.
    ChannelUpdater(ChannelSettings settings, HttpFetcher& fetcher, CheckArchive check);

    // One check at `now_unix` (seconds since 1970, for the index's expiry). `cancelled`
    // gives up a download under way.
    Outcome check(std::int64_t now_unix, const std::atomic<bool>* cancelled = nullptr);

    const ChannelSettings& settings() const { return settings_; }
    std::string index_url() const;
    // The sequence installed from this channel; 0 for none.
    std::uint64_t installed_sequence() const;

private:
    Outcome judge_index(const ChannelIndex& index, std::int64_t now_unix, const std::atomic<bool>* cancelled);
    Outcome judge_again(std::int64_t now_unix);
    IndexDecision decide(const ChannelIndex& index, std::int64_t now_unix) const;
    void forget_index();
    Outcome install(const ChannelIndex& index, const std::atomic<bool>* cancelled);
    FetchRequest request(const std::string& url, const std::string& staging, std::uint64_t limit,
                         std::chrono::milliseconds timeout, const std::atomic<bool>* cancelled) const;
    std::string expected_pack_id(const InstalledFromChannel* installed) const;

    ChannelSettings settings_;
    HttpFetcher& fetcher_;
    CheckArchive check_;
    // The index last judged, kept in memory only: its ETag (sent for kChecksPerEtag - 1
    // checks, then a whole GET), its SHA-256, and what came of it.
    static constexpr int kChecksPerEtag = 12;
    struct Judged {
        std::string digest;
        std::optional<ChannelIndex> index;  // none: it was refused unread (its signature)
        UpdateResult result;
    };
    std::string etag_;
    int checks_with_etag_ = 0;
    std::optional<Judged> judged_;
};

}  // namespace kiosk
