// The floor under the kiosk's speech latency: how long eSpeak NG alone takes from
// espeak_Synth to its first buffer of samples, for the texts the kiosk speaks on a key
// press. Prints p50 and p95 per voice; scripts/speech-latency.sh puts it beside the
// kiosk's own key-to-audio figures.

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

Clock::time_point first_samples;
Clock::time_point first_audible;  // the first sample loud enough to hear, after any lead-in silence
bool got_samples = false;
bool got_audible = false;

// Synthesis runs to the end each time: cutting it short leaves eSpeak holding samples
// that the next call would hand over at once, which would flatter the figure.
int on_samples(short* samples, int count, espeak_EVENT*) {
    if (!got_samples && samples != nullptr && count > 0) {
        first_samples = Clock::now();
        got_samples = true;
    }
    for (int i = 0; !got_audible && samples != nullptr && i < count; ++i) {
        if (samples[i] > 500 || samples[i] < -500) {
            first_audible = Clock::now();
            got_audible = true;
        }
    }
    return 0;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

}  // namespace

int main(int argc, char** argv) {
    const int presses = argc > 1 ? std::max(10, std::atoi(argv[1])) : 100;
    struct Voice {
        const char* name;
        std::vector<std::string> texts;
    };
    const std::vector<Voice> voices = {
        {"cmn-latn-pinyin", {"出行与无障碍，类别，五项", "电话和上网优惠，类别，两项"}},
        {"en-us",
         {"Travel and accessibility, category, five topics", "Phone and internet discounts, category, two topics"}},
        {"ko", {"이동과 무장애 환경, 분류, 다섯 개 항목", "전화와 인터넷 할인, 분류, 두 개 항목"}},
    };
    if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, nullptr, 0) <= 0) {
        std::fprintf(stderr, "espeak_floor: eSpeak NG could not start\n");
        return 1;
    }
    espeak_SetSynthCallback(&on_samples);
    for (const Voice& voice : voices) {
        espeak_SetVoiceByName(voice.name);
        std::vector<double> ms;
        std::vector<double> audible_ms;
        for (int i = 0; i < presses; ++i) {
            const std::string& text = voice.texts[static_cast<std::size_t>(i) % voice.texts.size()];
            got_samples = false;
            got_audible = false;
            const auto start = Clock::now();
            espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
            if (got_samples) ms.push_back(std::chrono::duration<double, std::milli>(first_samples - start).count());
            if (got_audible) {
                audible_ms.push_back(std::chrono::duration<double, std::milli>(first_audible - start).count());
            }
        }
        std::printf(
            "eSpeak alone   %-16s n=%3zu  first samples p50 %6.2f ms  p95 %6.2f ms;"
            "  first audible sample p50 %6.2f ms  p95 %6.2f ms\n",
            voice.name, ms.size(), percentile(ms, 0.50), percentile(ms, 0.95), percentile(audible_ms, 0.50),
            percentile(audible_ms, 0.95));
    }
    espeak_Terminate();
    return 0;
}
