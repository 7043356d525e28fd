#include "platform/espeak_wave.h"

#include <espeak-ng/speak_lib.h>

#include <cstdint>
#include <mutex>

namespace kiosk {
namespace {

std::mutex espeak_turn;               // eSpeak NG is one synthesizer per process
std::string* samples_into = nullptr;  // the call under way's samples, under espeak_turn

constexpr std::size_t kLongestWave = 16u << 20;  // about six minutes of speech

int keep_samples(short* samples, int count, espeak_EVENT*) {
    if (samples != nullptr && count > 0 && samples_into != nullptr) {
        if (samples_into->size() > kLongestWave) return 1;  // stop: no item is that long
        samples_into->append(reinterpret_cast<const char*>(samples), static_cast<std::size_t>(count) * 2);
    }
    return 0;
}

void put_u32(std::string& out, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

void put_u16(std::string& out, std::uint16_t value) {
    out += static_cast<char>(value & 0xff);
    out += static_cast<char>(value >> 8);
}

std::string wav_file(const std::string& pcm, int rate) {
    std::string out = "RIFF";
    put_u32(out, static_cast<std::uint32_t>(36 + pcm.size()));
    out += "WAVEfmt ";
    put_u32(out, 16);
    put_u16(out, 1);  // PCM
    put_u16(out, 1);  // mono
    put_u32(out, static_cast<std::uint32_t>(rate));
    put_u32(out, static_cast<std::uint32_t>(rate * 2));
    put_u16(out, 2);
    put_u16(out, 16);
    out += "data";
    put_u32(out, static_cast<std::uint32_t>(pcm.size()));
    return out + pcm;
}

}  // namespace

Status EspeakWave::start() {
    const std::lock_guard lock(espeak_turn);
    sample_rate_ = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, 0);
    if (sample_rate_ <= 0) return failure("eSpeak NG could not start (is espeak-ng-data installed?)");
    espeak_SetSynthCallback(&keep_samples);
    return {};
}

Result<std::string> EspeakWave::wave(const std::string& ssml, const std::string& voice) {
    if (sample_rate_ <= 0) return failure("eSpeak NG has not started");
    const std::lock_guard lock(espeak_turn);
    if (espeak_SetVoiceByName(voice.c_str()) != EE_OK) return failure("eSpeak NG has no voice '" + voice + "'");
    std::string pcm;
    samples_into = &pcm;
    espeak_Synth(ssml.c_str(), ssml.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakSSML, nullptr, nullptr);
    espeak_Synchronize();
    samples_into = nullptr;
    return wav_file(pcm, sample_rate_);
}

}  // namespace kiosk
