#include "core/strings/ui_strings.h"

#include <unicode/msgfmt.h>
#include <unicode/ures.h>

#include <array>

namespace kiosk {
namespace {

constexpr std::array kKeys = {
    "voice",
    "language_name",
    "role_category",
    "role_topic",
    "role_heading",
    "role_button",
    "role_table_row",
    "item_count",
    "screen_items",
    "button_back",
    "button_home",
    "button_help",
    "help_title",
    "source_label",
    "list_separator",
    "sentence_separator",
    "label_separator",
    "edge_top",
    "edge_bottom",
    "already_home",
    "help_home",
    "help_category",
    "help_topic",
    "help_help",
    "help_keys",
    "button_language",
    "button_call_staff",
    "staff_call_sent",
    "staff_call_already",
    "staff_call_received",
    "staff_call_failed",
    "staff_call_coming",
    "languages_title",
    "help_languages",
    "notice_no_sound",
    "setting_volume",
    "setting_rate",
    "setting_pitch",
    "nothing_to_repeat",
    "end_of_reading",
    "button_settings",
    "settings_title",
    "setting_language",
    "setting_text_size",
    "setting_theme",
    "setting_speech",
    "setting_speech_rate",
    "setting_volume_name",
    "setting_privacy",
    "setting_key_repeat",
    "setting_double_press",
    "setting_slow_keys",
    "value_seconds",
    "value_seconds_spoken",
    "value_on",
    "value_off",
    "value_level",
    "value_level_spoken",
    "value_percent",
    "theme_standard",
    "theme_high_contrast",
    "theme_inverted",
    "theme_colour_safe",
    "role_setting",
    "position",
    "speech_started",
    "speech_on",
    "privacy_label",
    "privacy_on",
    "privacy_off",
    "privacy_needs_headset",
    "headset_in",
    "headset_out",
    "headset_out_privacy",
    "idle_title",
    "idle_warning",
    "idle_countdown",
    "idle_extended",
    "attract_invitation",
    "help_settings",
    "help_attract",
    "help_guide",
    "staff_code_title",
    "staff_code_hint",
    "staff_code_digits",
    "staff_code_wrong",
    "staff_code_wait",
    "maintenance_title",
    "maintenance_help",
    "maintenance_test_speech",
    "maintenance_test_sound",
    "maintenance_test_sentence",
    "maintenance_sound_played",
    "maintenance_exit",
    "maintenance_exit_confirm",
    "maintenance_exit_armed",
    "maintenance_version_point",
    "maintenance_pack",
    "maintenance_source",
    "maintenance_source_none",
    "maintenance_review_by",
    "maintenance_review_by_none",
    "maintenance_update_none",
    "maintenance_update_shown",
    "maintenance_update_refused",
    "maintenance_channel",
    "maintenance_channel_unchecked",
    "maintenance_channel_sequence",
    "maintenance_channel_nothing",
    "maintenance_audio",
    "maintenance_audio_none",
    "maintenance_speech_working",
    "maintenance_speech_no_sound",
    "maintenance_speech_off",
    "maintenance_speech_failed",
    "maintenance_voices",
    "maintenance_fonts",
    "maintenance_uptime",
    "maintenance_usage",
    "maintenance_usage_none",
    "maintenance_braille",
    "maintenance_braille_none",
    "claim_target",
    "claim_target_binding",
    "claim_target_expected",
    "claim_rule",
    "claim_result",
    "claim_label",
    "status_source",
    "status_draft",
    "status_draft_targets",
    "status_period",
    "status_line",
    "status_targets",
};

struct BundleCloser {
    void operator()(UResourceBundle* b) const { ures_close(b); }
};

std::string icu_locale_id(const std::string& bcp47) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(bcp47, status);
    return U_FAILURE(status) ? std::string("root") : std::string(locale.getName());
}

}  // namespace

Result<UiStrings> UiStrings::open(const std::string& directory, const std::string& locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::string path = directory;
    if (!path.empty() && path.back() != '/') path += '/';
    std::unique_ptr<UResourceBundle, BundleCloser> bundle(
        ures_open(path.c_str(), icu_locale_id(locale).c_str(), &status));
    if (U_FAILURE(status)) {
        return failure("cannot open UI string bundles in " + directory + ": " + u_errorName(status));
    }
    UiStrings strings;
    strings.locale_ = locale;
    std::string missing;
    for (const char* key : kKeys) {
        UErrorCode key_status = U_ZERO_ERROR;
        int32_t length = 0;
        const UChar* value = ures_getStringByKey(bundle.get(), key, &length, &key_status);
        if (U_FAILURE(key_status)) {
            missing += std::string(missing.empty() ? "" : ", ") + key;
            continue;
        }
        icu::UnicodeString(value, length).toUTF8String(strings.strings_[key]);
    }
    if (!missing.empty()) {
        return failure("UI string bundles in " + directory + " lack: " + missing);
    }
    return strings;
}

const std::string& UiStrings::get(const std::string& key) const { return strings_.at(key); }

std::string UiStrings::format(const std::string& key, const std::vector<std::pair<std::string, std::string>>& text_args,
                              const std::vector<std::pair<std::string, long>>& number_args) const {
    UErrorCode status = U_ZERO_ERROR;
    UErrorCode locale_status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(locale_, locale_status);
    icu::MessageFormat pattern(icu::UnicodeString::fromUTF8(get(key)), locale, status);
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const auto& [name, value] : text_args) {
        names.push_back(icu::UnicodeString::fromUTF8(name));
        values.emplace_back(icu::UnicodeString::fromUTF8(value));
    }
    for (const auto& [name, value] : number_args) {
        names.push_back(icu::UnicodeString::fromUTF8(name));
        values.emplace_back(static_cast<int32_t>(value));
    }
    icu::UnicodeString result;
    pattern.format(names.data(), values.data(), static_cast<int32_t>(names.size()), result, status);
    if (U_FAILURE(status)) return get(key);
    std::string out;
    result.toUTF8String(out);
    return out;
}

}  // namespace kiosk
