#include "app/machine_status.h"

#include <SDL.h>

#include <array>
#include <ctime>

namespace kiosk {
namespace {

// "2026-12-01 14:05", local time: what a technician compares with the log and the hall's clock.
std::string local_time(std::time_t at) {
    std::tm local{};
    std::array<char, 32> text{};
    if (localtime_r(&at, &local) == nullptr) return {};
    const std::size_t length = std::strftime(text.data(), text.size(), "%Y-%m-%d %H:%M", &local);
    return std::string(text.data(), length);
}

std::string local_time_now() { return local_time(std::time(nullptr)); }

ChannelReport channel_report(const UpdateStatus& status) {
    ChannelReport report;
    report.channel = status.channel;
    if (status.last_check) report.last_check = local_time(std::chrono::system_clock::to_time_t(*status.last_check));
    report.last_result = status.last_message;
    report.installed_sequence = status.installed_sequence;
    return report;
}

// The default device SDL opened for speech, as the sound system names it, with the
// driver; the driver alone where it names no device (the disk and dummy drivers).
std::string default_audio_device() {
    const char* driver = SDL_GetCurrentAudioDriver();
    std::string driver_name = driver != nullptr ? driver : "SDL";
    char* name = nullptr;
    SDL_AudioSpec spec{};
    if (SDL_GetDefaultAudioInfo(&name, &spec, 0) != 0 || name == nullptr) return driver_name;
    std::string device = std::string(name) + " (" + driver_name + ")";
    SDL_free(name);
    return device;
}

}  // namespace

void MachineStatus::pack_shown(const std::string& version) {
    last_update_ = PackUpdateReport{true, version, {}, local_time_now()};
}

void MachineStatus::pack_refused(const std::string& reason) {
    last_update_ = PackUpdateReport{false, {}, reason, local_time_now()};
}

void MachineStatus::add_to(MaintenanceFacts& facts) const {
    facts.last_update = last_update_;
    facts.speech = speech_;
    facts.audio_device = sound_available_ && speech_ == SpeechEngine::running ? default_audio_device() : std::string();
    facts.usage_today = usage_ ? usage_() : std::nullopt;
    if (channel_) facts.channel = channel_report(channel_());
}

}  // namespace kiosk
