#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app/update_status.h"
#include "screens/maintenance_facts.h"

namespace kiosk {

// What the kiosk learns about itself while it runs, for the staff maintenance screen: the
// last pack update and when it came (on the local wall clock), whether eSpeak NG started,
// whether a sound device is open and which; and where today's usage is counted. The event
// loop and start-up tell it; the Session asks it when the screen opens.
class MachineStatus {
public:
    using UsageSource = std::function<std::optional<UsageTally>()>;
    using UpdateSource = std::function<UpdateStatus()>;

    void pack_shown(const std::string& version);
    void pack_refused(const std::string& reason);
    void set_speech_engine(SpeechEngine engine) { speech_ = engine; }
    void set_sound_available(bool available) { sound_available_ = available; }
    // Today's counts, read when the screen opens; without a source the screen says that
    // no usage statistics are recorded.
    void set_usage_source(UsageSource source) { usage_ = std::move(source); }
    // The pack update client's state, read when the screen opens; none without a channel.
    void set_update_source(UpdateSource source) { channel_ = std::move(source); }

    // Fills in the last update, the channel, the sound device, speech and today's use.
    void add_to(MaintenanceFacts& facts) const;

private:
    std::optional<PackUpdateReport> last_update_;
    SpeechEngine speech_ = SpeechEngine::turned_off;
    bool sound_available_ = false;
    UsageSource usage_;
    UpdateSource channel_;
};

}  // namespace kiosk
