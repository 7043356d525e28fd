#pragma once

#include <memory>
#include <string>

#include "app/options.h"
#include "app/pack_preparation.h"
#include "app/update_client.h"
#include "platform/curl_fetcher.h"

namespace kiosk {

// The pack update client as the kiosk runs it with --update-url: libcurl, the kiosk's own
// pack check (prepare_pack, the archive's signature by --trust-key first), this kiosk's
// id, and the lines it logs. The pack it installs is the file the kiosk watches.
class ChannelUpdates {
public:
    // Starts checking the channel; nothing without --update-url.
    static std::unique_ptr<ChannelUpdates> start(const Options& options, const PackSettings& pack,
                                                 UpdateClient::Report report);

    UpdateStatus status() const { return client_->status(); }

private:
    ChannelUpdates() = default;

    CurlFetcher fetcher_;
    std::unique_ptr<UpdateClient> client_;  // declared after the fetcher it uses, so it stops first
};

// The pack the kiosk shows and watches. With --update-url it watches the pack downloaded
// from the channel (updates/pack.kpack in the state directory), and shows it from the
// start once there is one; until then it shows --pack.
PackSettings shown_pack_settings(const Options& options, const PackSettings& configured);
PackSettings watched_pack_settings(const Options& options, const PackSettings& configured);

}  // namespace kiosk
