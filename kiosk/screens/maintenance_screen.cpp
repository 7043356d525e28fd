#include "screens/maintenance_screen.h"

#include <algorithm>

#include "core/speech/speech_text.h"

namespace kiosk {
namespace {

using std::chrono::duration_cast;

Item fact(std::string label, std::string spoken = {}) {
    Item item;
    item.spoken = spoken.empty() ? label : std::move(spoken);
    item.label = std::move(label);
    item.role = Role::list_item;
    return item;
}

// A staff task, drawn as large as the facts so it is easy to press.
Item task(const UiStrings& strings, const char* label_key, StaffTask kind) {
    return button(strings, label_key, RunStaffTask{kind}, ItemStyle::setting);
}

// A version is read part by part ("2 point 0 point 0"), not as a decimal number.
std::string spoken_version(const UiStrings& strings, const std::string& version) {
    std::string spoken;
    for (const char c : version) spoken += c == '.' ? strings.get("maintenance_version_point") : std::string(1, c);
    return spoken;
}

Item pack_item(const UiStrings& strings, const MaintenanceFacts& facts) {
    return fact(strings.format("maintenance_pack", {{"id", facts.pack_id}, {"version", facts.pack_version}}),
                strings.format("maintenance_pack",
                               {{"id", facts.pack_id}, {"version", spoken_version(strings, facts.pack_version)}}));
}

Item update_item(const UiStrings& strings, const std::optional<PackUpdateReport>& update) {
    if (!update) return fact(strings.get("maintenance_update_none"));
    if (!update->shown) {
        return fact(strings.format("maintenance_update_refused", {{"time", update->at}, {"reason", update->reason}}));
    }
    return fact(strings.format("maintenance_update_shown", {{"version", update->version}, {"time", update->at}}),
                strings.format("maintenance_update_shown",
                               {{"version", spoken_version(strings, update->version)}, {"time", update->at}}));
}

std::string channel_line(const UiStrings& strings, const ChannelReport& channel) {
    const std::string sequence = channel.installed_sequence == 0
                                     ? strings.get("maintenance_channel_nothing")
                                     : strings.format("maintenance_channel_sequence",
                                                      {{"sequence", std::to_string(channel.installed_sequence)}});
    if (channel.last_check.empty()) {
        return strings.format("maintenance_channel_unchecked", {{"channel", channel.channel}, {"sequence", sequence}});
    }
    return strings.format("maintenance_channel", {{"channel", channel.channel},
                                                  {"sequence", sequence},
                                                  {"time", channel.last_check},
                                                  {"result", channel.last_result}});
}

std::string speech_line(const UiStrings& strings, const MaintenanceFacts& facts) {
    switch (facts.speech) {
        case SpeechEngine::turned_off:
            return strings.get("maintenance_speech_off");
        case SpeechEngine::not_started:
            return strings.get("maintenance_speech_failed");
        case SpeechEngine::running:
            break;
    }
    return strings.get(facts.speech_heard() ? "maintenance_speech_working" : "maintenance_speech_no_sound");
}

std::string voices_line(const UiStrings& strings, const std::vector<LanguageFacts>& languages) {
    std::vector<std::string> voices;
    for (const LanguageFacts& language : languages) {
        voices.push_back(language.name + strings.get("label_separator") + language.voice);
    }
    return strings.format("maintenance_voices", {{"voices", join_spoken(voices, strings.get("list_separator"))}});
}

// Shown with the font files, which tell the technician what fontconfig found; said with
// the families only, since a file name read aloud helps nobody.
Item fonts_item(const UiStrings& strings, const LanguageFacts& language) {
    std::vector<std::string> shown;
    std::vector<std::string> said;
    for (const FontFact& font : language.fonts) {
        shown.push_back(font.family + " (" + font.file + ")");
        said.push_back(font.family);
    }
    const std::string& separator = strings.get("list_separator");
    return fact(
        strings.format("maintenance_fonts", {{"language", language.name}, {"fonts", join_spoken(shown, separator)}}),
        strings.format("maintenance_fonts", {{"language", language.name}, {"fonts", join_spoken(said, separator)}}));
}

std::string uptime_line(const UiStrings& strings, std::chrono::seconds uptime) {
    const auto days = duration_cast<std::chrono::days>(uptime);
    const auto hours = duration_cast<std::chrono::hours>(uptime - days);
    const auto minutes = duration_cast<std::chrono::minutes>(uptime - days - hours);
    return strings.format("maintenance_uptime", {},
                          {{"days", static_cast<long>(days.count())},
                           {"hours", static_cast<long>(hours.count())},
                           {"minutes", static_cast<long>(minutes.count())}});
}

std::string usage_line(const UiStrings& strings, const std::optional<UsageTally>& usage) {
    if (!usage) return strings.get("maintenance_usage_none");
    return strings.format(
        "maintenance_usage", {},
        {{"sessions", usage->sessions}, {"topics", usage->topic_views}, {"speech", usage->sessions_with_speech}});
}

// The braille instructions of the screen's language, in print and in braille: staff compare
// the label by the keypad with the braille dot for dot. Only the print is spoken.
Item braille_item(const UiStrings& strings, const MaintenanceFacts& facts, const std::string& locale) {
    const auto language = std::find_if(facts.languages.begin(), facts.languages.end(),
                                       [&](const LanguageFacts& entry) { return entry.locale == locale; });
    if (language == facts.languages.end() || language->braille_instructions.empty()) {
        return fact(strings.get("maintenance_braille_none"));
    }
    std::string spoken = strings.format("maintenance_braille", {{"text", language->braille_instructions}});
    std::string label = spoken;
    if (!language->braille_instructions_cells.empty()) label += "\n" + language->braille_instructions_cells;
    return fact(std::move(label), std::move(spoken));
}

}  // namespace

Screen build_maintenance_screen(const ScreenContext& context, const MaintenanceFacts& facts, bool exit_armed) {
    const UiStrings& strings = context.strings;
    Screen screen;
    screen.kind = ScreenKind::maintenance;
    screen.title = strings.get("maintenance_title");
    screen.items.push_back(task(strings, "maintenance_test_speech", StaffTask::test_speech));
    screen.items.push_back(task(strings, "maintenance_test_sound", StaffTask::test_sound));
    screen.items.push_back(pack_item(strings, facts));
    screen.items.push_back(fact(facts.pack_source.empty()
                                    ? strings.get("maintenance_source_none")
                                    : strings.format("maintenance_source", {{"source", facts.pack_source}})));
    screen.items.push_back(fact(facts.review_by.empty()
                                    ? strings.get("maintenance_review_by_none")
                                    : strings.format("maintenance_review_by", {{"date", facts.review_by}})));
    screen.items.push_back(update_item(strings, facts.last_update));
    if (facts.channel) screen.items.push_back(fact(channel_line(strings, *facts.channel)));
    screen.items.push_back(fact(facts.audio_device.empty()
                                    ? strings.get("maintenance_audio_none")
                                    : strings.format("maintenance_audio", {{"device", facts.audio_device}})));
    screen.items.push_back(fact(speech_line(strings, facts)));
    screen.items.push_back(fact(voices_line(strings, facts.languages)));
    for (const LanguageFacts& language : facts.languages) screen.items.push_back(fonts_item(strings, language));
    screen.items.push_back(braille_item(strings, facts, context.content.locale));
    screen.items.push_back(fact(uptime_line(strings, facts.uptime)));
    screen.items.push_back(fact(usage_line(strings, facts.usage_today)));
    Item exit = task(strings, "maintenance_exit", StaffTask::exit_kiosk);
    if (exit_armed) {
        exit.label = strings.get("maintenance_exit_confirm");
        exit.spoken = strings.get("maintenance_exit_armed");
    }
    screen.items.push_back(std::move(exit));

    screen.buttons = footer_buttons(strings, screen.kind);
    screen.entry_speech = entry_announcement(strings, screen.title, screen.items.size());
    screen.help = strings.get("maintenance_help");
    return screen;
}

std::size_t maintenance_exit_index(const Screen& screen) {
    const auto exit = std::find_if(screen.items.begin(), screen.items.end(), [](const Item& item) {
        const auto* run = std::get_if<RunStaffTask>(&item.action);
        return run != nullptr && run->task == StaffTask::exit_kiosk;
    });
    return static_cast<std::size_t>(exit - screen.items.begin());
}

MaintenanceFacts sample_maintenance_facts(const ScreenContext& context, const std::vector<LanguageChoice>& languages) {
    MaintenanceFacts facts;
    facts.pack_id = "changyi-disability-services";
    facts.pack_version = "2025.12.31-3";
    facts.pack_source = context.content.source_status.title;
    facts.review_by = "2026-06-30";
    facts.last_update =
        PackUpdateReport{false,
                         {},
                         "content/zh-Hans/topics/legal-aid.md:12:3: the claim names no reference in the source",
                         "2026-12-01 14:05"};
    facts.channel = ChannelReport{"stable", "2026-12-01 14:00", "no change (304 Not Modified)", 12};
    facts.audio_device = "Built-in Audio Analog Stereo";
    facts.speech = SpeechEngine::running;
    for (const LanguageChoice& language : languages) {
        facts.languages.push_back(
            {language.locale,
             language.name,
             language.voice,
             {{"Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"}, {"Noto Sans", "NotoSans-Regular.ttf"}},
             language.invitation});
        // The print only: braille comes from liblouis, which the screens do not reach.
        if (language.locale == context.content.locale) {
            facts.languages.back().braille_instructions = context.content.braille_instructions_text();
        }
    }
    facts.uptime = std::chrono::hours(24 * 12 + 5) + std::chrono::minutes(42);
    facts.usage_today = UsageTally{128, 342, 37};
    return facts;
}

}  // namespace kiosk
