#include "app/channel_updater.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/pack_memory.h"
#include "app/pack_preparation.h"
#include "core/content/pack_signature.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

constexpr const char* kIndexStaging = "index.toml.part";
constexpr const char* kArchiveStaging = "pack.kpack.part";

using Outcome = ChannelUpdater::Outcome;

Outcome outcome(UpdateResult result, std::string message) { return {result, std::move(message)}; }

std::string read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Removes a staging file however the check ended.
class Staged {
public:
    explicit Staged(std::string path) : path_(std::move(path)) {}
    ~Staged() {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    Staged(const Staged&) = delete;
    Staged& operator=(const Staged&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

std::string fetch_error(const std::string& url, const FetchResult& fetched) {
    std::string why = fetched.error;
    if (why.empty()) why = fetched.http_status != 0 ? "HTTP " + std::to_string(fetched.http_status) : "no answer";
    return "cannot fetch " + url + ": " + why;
}

UpdateResult result_of(IndexVerdict verdict) {
    switch (verdict) {
        case IndexVerdict::take:
            return UpdateResult::installed;
        case IndexVerdict::up_to_date:
            return UpdateResult::up_to_date;
        case IndexVerdict::rollback:
            return UpdateResult::rollback;
        case IndexVerdict::expired:
            return UpdateResult::expired;
        case IndexVerdict::other_pack:
            return UpdateResult::other_pack;
        case IndexVerdict::not_in_rollout:
            break;
    }
    return UpdateResult::not_in_rollout;
}

}  // namespace

ChannelUpdater::ChannelUpdater(ChannelSettings settings, HttpFetcher& fetcher, CheckArchive check)
    : settings_(std::move(settings)), fetcher_(fetcher), check_(std::move(check)) {
    std::error_code ignored;
    const fs::path updates = updates_directory(settings_.state_dir);
    fs::remove(updates / kIndexStaging, ignored);
    fs::remove(updates / kArchiveStaging, ignored);
}

std::string ChannelUpdater::index_url() const {
    std::string base = settings_.update_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return base + "/" + settings_.channel + "/" + kChannelIndexFile;
}

std::uint64_t ChannelUpdater::installed_sequence() const {
    const auto state = read_channel_state(settings_.state_dir);
    return state && state->channel == settings_.channel ? state->installed.sequence : 0;
}

FetchRequest ChannelUpdater::request(const std::string& url, const std::string& staging, std::uint64_t limit,
                                     std::chrono::milliseconds timeout, const std::atomic<bool>* cancelled) const {
    FetchRequest request;
    request.url = url;
    request.staging_path = staging;
    request.max_bytes = limit;
    request.timeout = timeout;
    request.stall_timeout = settings_.stall_timeout;
    request.cancelled = cancelled;
    return request;
}

// The pack an index must name: the one installed from the channel, else the one the
// kiosk shows; any, on a kiosk that has shown nothing yet.
std::string ChannelUpdater::expected_pack_id(const InstalledFromChannel* installed) const {
    if (installed != nullptr) return installed->installed.pack_id;
    const auto shown = PackMemory(settings_.state_dir).shown();
    return shown ? shown->id : std::string();
}

ChannelUpdater::Outcome ChannelUpdater::check(std::int64_t now_unix, const std::atomic<bool>* cancelled) {
    const std::string updates = updates_directory(settings_.state_dir);
    std::error_code ec;
    fs::create_directories(updates, ec);
    if (ec) return outcome(UpdateResult::failed, "cannot make " + updates + ": " + ec.message());
    const Staged staged((fs::path(updates) / kIndexStaging).string());
    FetchRequest get = request(index_url(), staged.path(), settings_.index_limit, settings_.index_timeout, cancelled);
    // Now and then the whole index, whatever the ETag: nginx's ETag is the file's time to
    // the second and its size, so an index replaced twice within a second can keep it.
    if (++checks_with_etag_ >= kChecksPerEtag) {
        checks_with_etag_ = 0;
    } else {
        get.if_none_match = etag_;
    }
    const FetchResult fetched = fetcher_.fetch(get);
    if (fetched.outcome == FetchResult::Outcome::not_modified) return judge_again(now_unix);
    if (fetched.outcome != FetchResult::Outcome::fetched) {
        forget_index();
        return outcome(UpdateResult::failed, fetch_error(get.url, fetched));
    }
    const std::string text = read_whole(staged.path());
    if (judged_ && sha256_hex(text) == judged_->digest) return judge_again(now_unix);
    auto index = read_channel_index(text, settings_.trusted_key, index_url());
    Outcome judged = index ? judge_index(*index, now_unix, cancelled)
                           : outcome(UpdateResult::bad_index, "the index is refused: " + index.error().to_string());
    // An index judged is not fetched whole again until it changes; one that could not be
    // followed through (a download that failed) is.
    forget_index();
    if (!is_failure(judged.result)) {
        etag_ = fetched.etag;
        judged_ = Judged{sha256_hex(text), index ? std::optional<ChannelIndex>(*index) : std::nullopt, judged.result};
    }
    return judged;
}

void ChannelUpdater::forget_index() {
    etag_.clear();
    checks_with_etag_ = 0;
    judged_.reset();
}

// The index judged last, unchanged on the server: nothing new, unless time alone changed
// the verdict. An index left in place past its expiry (a freeze) is told when it expires.
ChannelUpdater::Outcome ChannelUpdater::judge_again(std::int64_t now_unix) {
    if (judged_ && judged_->index && judged_->result != UpdateResult::expired) {
        const IndexDecision decision = decide(*judged_->index, now_unix);
        if (decision.verdict == IndexVerdict::expired) {
            judged_->result = UpdateResult::expired;
            return outcome(UpdateResult::expired, decision.reason);
        }
    }
    return outcome(UpdateResult::not_modified, "no change (304 Not Modified)");
}

IndexDecision ChannelUpdater::decide(const ChannelIndex& index, std::int64_t now_unix) const {
    const auto installed = read_channel_state(settings_.state_dir);
    const bool same_channel = installed && installed->channel == settings_.channel;
    const InstalledFromChannel* ours = same_channel ? &*installed : nullptr;
    return decide_on_index(index, ours ? ours->installed : InstalledChannelState{}, expected_pack_id(ours),
                           settings_.channel, settings_.kiosk_id, now_unix);
}

ChannelUpdater::Outcome ChannelUpdater::judge_index(const ChannelIndex& index, std::int64_t now_unix,
                                                    const std::atomic<bool>* cancelled) {
    const IndexDecision decision = decide(index, now_unix);
    if (decision.verdict != IndexVerdict::take) return outcome(result_of(decision.verdict), decision.reason);
    return install(index, cancelled);
}

ChannelUpdater::Outcome ChannelUpdater::install(const ChannelIndex& index, const std::atomic<bool>* cancelled) {
    const std::string what =
        "sequence " + std::to_string(index.sequence) + " (" + index.pack_id + " version " + index.version + ")";
    if (index.archive_size > kMaxArchiveFileBytes) {
        return outcome(UpdateResult::bad_archive,
                       "the archive of " + what + " is " + std::to_string(index.archive_size) +
                           " bytes; the kiosk takes at most " + std::to_string(kMaxArchiveFileBytes));
    }
    const fs::path updates = updates_directory(settings_.state_dir);
    const Staged staged((updates / kArchiveStaging).string());
    const std::string url =
        index_url().substr(0, index_url().size() - std::string(kChannelIndexFile).size()) + index.archive_path;
    const FetchResult fetched =
        fetcher_.fetch(request(url, staged.path(), index.archive_size, settings_.archive_timeout, cancelled));
    if (fetched.outcome != FetchResult::Outcome::fetched) {
        return outcome(UpdateResult::failed, fetch_error(url, fetched));
    }
    const std::string bytes = read_whole(staged.path());
    if (Status matches = check_archive_against_index(sha256_hex(bytes), bytes.size(), index); !matches) {
        return outcome(UpdateResult::archive_mismatch,
                       "the archive at " + url + " is not the one the index names: " + matches.error().to_string());
    }
    if (Status checked = check_(staged.path()); !checked) {
        return outcome(UpdateResult::bad_archive,
                       "the archive of " + what + " is refused: " + checked.error().to_string());
    }
    std::error_code ec;
    fs::rename(staged.path(), downloaded_pack_path(settings_.state_dir), ec);
    if (ec)
        return outcome(UpdateResult::failed,
                       "cannot install " + downloaded_pack_path(settings_.state_dir) + ": " + ec.message());
    const InstalledFromChannel record{
        settings_.channel, {index.pack_id, index.sequence}, index.version, index.archive_sha256};
    if (Status recorded = write_channel_state(settings_.state_dir, record); !recorded) {
        return outcome(UpdateResult::installed,
                       what + " installed, but its sequence cannot be recorded: " + recorded.error().to_string());
    }
    return outcome(UpdateResult::installed, what + " of channel " + settings_.channel + " installed");
}

}  // namespace kiosk
