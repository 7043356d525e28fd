#include "screens/preferences.h"

#include <algorithm>
#include <iterator>

#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"

namespace kiosk {
namespace {

// The step from `index` in a list of `count` values.
std::size_t stepped(std::size_t index, std::size_t count, int delta, bool wrap) {
    const auto last = static_cast<long>(count) - 1;
    long next = static_cast<long>(index) + delta;
    if (next < 0) next = wrap ? last : 0;
    if (next > last) next = wrap ? 0 : last;
    return static_cast<std::size_t>(next);
}

template <class Values, class Value>
std::size_t index_of(const Values& values, const Value& value) {
    const auto it = std::find(std::begin(values), std::end(values), value);
    return it == std::end(values) ? 0 : static_cast<std::size_t>(std::distance(std::begin(values), it));
}

std::size_t theme_index(const std::string& name) {
    const auto& themes = builtin_themes();
    for (std::size_t i = 0; i < themes.size(); ++i) {
        if (themes[i].name == name) return i;
    }
    return 0;
}

}  // namespace

bool step_setting(Preferences& p, Setting setting, int delta, bool wrap) {
    const Preferences before = p;
    switch (setting) {
        case Setting::text_size:
            p.text_size = kTextSizes[stepped(index_of(kTextSizes, p.text_size), kTextSizes.size(), delta, wrap)];
            break;
        case Setting::theme:
            p.theme = builtin_themes()[stepped(theme_index(p.theme), builtin_themes().size(), delta, wrap)].name;
            break;
        case Setting::speech:
            // Privacy mode shows nothing, so it keeps speech on.
            if (!p.privacy) p.speech = wrap ? !p.speech : delta > 0;
            break;
        case Setting::speech_rate:
            p.speech_settings.rate = stepped(p.speech_settings.rate, SpeechSettings::kRates.size(), delta, wrap);
            break;
        case Setting::volume:
            p.speech_settings.volume = stepped(p.speech_settings.volume, SpeechSettings::kVolumes.size(), delta, wrap);
            break;
        case Setting::privacy:
            p.privacy = wrap ? !p.privacy : delta > 0;
            if (p.privacy) p.speech = true;
            break;
        case Setting::key_repeat:
            p.key_timing.repeat_delay_ms = step_among(kRepeatDelaySteps, p.key_timing.repeat_delay_ms, delta, wrap);
            break;
        case Setting::double_press:
            p.key_timing.double_press_ms = step_among(kDoublePressSteps, p.key_timing.double_press_ms, delta, wrap);
            break;
        case Setting::slow_keys:
            p.key_timing.slow_keys_ms = step_among(kSlowKeysSteps, p.key_timing.slow_keys_ms, delta, wrap);
            break;
    }
    return !(p == before);
}

bool step_pitch(Preferences& p, int delta) {
    const std::size_t before = p.speech_settings.pitch;
    p.speech_settings.pitch = stepped(before, SpeechSettings::kPitches.size(), delta, false);
    return p.speech_settings.pitch != before;
}

}  // namespace kiosk
