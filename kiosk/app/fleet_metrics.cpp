#include "app/fleet_metrics.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <sstream>

namespace kiosk {
namespace {

using WallClock = FleetState::WallClock;

double seconds_since_epoch(WallClock::time_point at) {
    return std::chrono::duration<double>(at.time_since_epoch()).count();
}

// A label value as the text format escapes it.
std::string label(const std::string& value) {
    std::string escaped;
    for (char c : value) {
        if (c == '\n') {
            escaped += "\\n";
            continue;
        }
        if (c == '\\' || c == '"') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

void metric(std::ostringstream& out, const char* name, const char* type, const char* help, const std::string& value,
            const std::string& labels = "") {
    out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n'
        << name << labels << ' ' << value << '\n';
}

std::string number(double value) {
    std::ostringstream out;
    out.precision(15);
    out << value;
    return out.str();
}

// The pack channel's metrics: when it was last checked, what came of it (one series per
// result, 1 for the last one, so an alert can match a result), the sequence installed.
void channel_metrics(std::ostringstream& out, const UpdateStatus& channel) {
    const std::string labels = "channel=\"" + label(channel.channel) + "\"";
    metric(out, "access_kiosk_update_last_check_timestamp_seconds", "gauge",
           "When the pack channel was last checked, in seconds since 1970; 0 if not since the start.",
           number(channel.last_check ? seconds_since_epoch(*channel.last_check) : 0), "{" + labels + "}");
    out << "# HELP access_kiosk_update_last_result What the last check of the pack channel came to: 1 for that "
           "result.\n# TYPE access_kiosk_update_last_result gauge\n";
    for (const UpdateResult result : kUpdateResults) {
        out << "access_kiosk_update_last_result{" << labels << ",result=\"" << update_result_name(result) << "\"} "
            << (result == channel.last_result ? 1 : 0) << '\n';
    }
    metric(out, "access_kiosk_update_installed_sequence", "gauge",
           "The sequence of the pack installed from the channel; 0 for none.",
           std::to_string(channel.installed_sequence), "{" + labels + "}");
}

}  // namespace

void FleetState::count(const std::vector<UsageEvent>& usage) {
    for (const UsageEvent& event : usage) {
        if (event.kind == UsageEvent::Kind::session_began) ++sessions;
    }
}

std::string prometheus_text(const FleetState& state) {
    std::ostringstream out;
    metric(out, "access_kiosk_up", "gauge", "1 while the kiosk runs, 0 once it has stopped.", state.up ? "1" : "0");
    metric(out, "access_kiosk_start_time_seconds", "gauge", "When the kiosk started, in seconds since 1970.",
           number(seconds_since_epoch(state.started)));
    metric(out, "access_kiosk_pack_info", "gauge", "The content pack shown, by id and version.", "1",
           "{id=\"" + label(state.pack_id) + "\",version=\"" + label(state.pack_version) + "\"}");
    metric(out, "access_kiosk_pack_last_update_time_seconds", "gauge",
           "When a pack update was last shown or refused, in seconds since 1970; 0 if none since the start.",
           number(state.last_update ? seconds_since_epoch(*state.last_update) : 0));
    metric(out, "access_kiosk_pack_last_update_success", "gauge",
           "1 if the last pack update was shown (or there was none), 0 if it was refused.",
           state.last_update_shown ? "1" : "0");
    metric(out, "access_kiosk_audio_ok", "gauge", "1 while a sound device plays the kiosk's speech.",
           state.audio_ok ? "1" : "0");
    metric(out, "access_kiosk_sessions_total", "counter", "Sessions begun since the kiosk started.",
           std::to_string(state.sessions));
    metric(out, "access_kiosk_speech_errors_total", "counter", "Errors the speech driver reported since the start.",
           std::to_string(state.speech_errors.load()));
    metric(out, "access_kiosk_staff_calls_total", "counter", "Calls for staff residents made since the start.",
           std::to_string(state.staff_calls));
    metric(out, "access_kiosk_staff_call_last_timestamp_seconds", "gauge",
           "When a resident last called staff, in seconds since 1970; 0 if not since the start.",
           number(state.last_staff_call ? seconds_since_epoch(*state.last_staff_call) : 0));
    if (state.channel) channel_metrics(out, *state.channel);
    return out.str();
}

Status write_atomically(const std::string& path, const std::string& text) {
    const std::filesystem::path target(path);
    const std::string temporary =
        (target.parent_path() / ("." + target.filename().string() + "." + std::to_string(getpid()) + ".tmp")).string();
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (file == nullptr) return failure(Error(temporary, "cannot write"));
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    if (std::fclose(file) != 0 || !written) {
        std::remove(temporary.c_str());
        return failure(Error(temporary, "cannot write"));
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return failure(Error(path, "cannot replace"));
    }
    return {};
}

}  // namespace kiosk
