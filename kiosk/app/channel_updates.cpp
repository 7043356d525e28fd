#include "app/channel_updates.h"

#include <filesystem>
#include <random>

#include "app/kiosk_identity.h"

namespace fs = std::filesystem;

namespace kiosk {

std::unique_ptr<ChannelUpdates> ChannelUpdates::start(const Options& options, const PackSettings& pack,
                                                      UpdateClient::Report report) {
    if (options.update_url.empty() || !pack.trusted_key) return nullptr;
    ChannelSettings settings;
    settings.update_url = options.update_url;
    settings.channel = options.channel;
    settings.kiosk_id = options.kiosk_id.empty() ? default_kiosk_id() : options.kiosk_id;
    settings.trusted_key = *pack.trusted_key;
    settings.state_dir = pack.state_dir;
    // The kiosk's own check of a pack it would show, on the staged download.
    auto check = [pack](const std::string& path) -> Status {
        PackSettings staged = pack;
        staged.path = path;
        auto prepared = prepare_pack(staged);
        if (!prepared) return failure(prepared.error().reason);
        return {};
    };
    std::unique_ptr<ChannelUpdates> updates(new ChannelUpdates());
    auto random = [generator = std::mt19937_64(std::random_device{}())]() mutable {
        return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
    };
    report("pack updates from " + settings.update_url + ", channel " + settings.channel + ", as kiosk " +
           settings.kiosk_id + ", every " + std::to_string(options.poll_seconds) + " s");
    updates->client_ = std::make_unique<UpdateClient>(ChannelUpdater(settings, updates->fetcher_, check),
                                                      std::chrono::seconds(options.poll_seconds), std::move(report),
                                                      std::move(random), UpdateClient::SteadyClock::now());
    updates->client_->start();
    return updates;
}

PackSettings shown_pack_settings(const Options& options, const PackSettings& configured) {
    PackSettings shown = configured;
    std::error_code absent;
    if (!options.update_url.empty() && fs::is_regular_file(downloaded_pack_path(configured.state_dir), absent)) {
        shown.path = downloaded_pack_path(configured.state_dir);
    }
    return shown;
}

PackSettings watched_pack_settings(const Options& options, const PackSettings& configured) {
    PackSettings watched = configured;
    if (options.update_url.empty()) return watched;
    std::error_code ignored;
    fs::create_directories(updates_directory(configured.state_dir), ignored);  // watched before the first download
    watched.path = downloaded_pack_path(configured.state_dir);
    return watched;
}

}  // namespace kiosk
