#include "pack_tool/speech_review.h"

#include <cstdio>
#include <optional>
#include <set>

#include "core/content/pack_loader.h"
#include "core/speech/speech_lexicons.h"
#include "core/strings/ui_strings.h"
#include "pack_tool/exit_codes.h"
#include "platform/data_directory.h"
#include "platform/espeak_phonemes.h"
#include "screens/screen_catalog.h"

namespace kiosk {

const char* const kSpeechHelp =
    "Usage: kiosk-pack speech DIR|PACK [--locale L] [--topic ID]\n"
    "Prints, for every spoken item of every screen (as --render-all shows them), three lines:\n"
    "  shown:    the text on screen\n"
    "  espeak:   the exact text handed to eSpeak NG (SSML: lexicon readings, numbers in words,\n"
    "            Chinese inside other languages in the Mandarin voice)\n"
    "  phonemes: eSpeak NG's phonemes for it, in the same voice (as espeak-ng -x)\n"
    "An utterance heard on several screens (the footer's buttons) is printed once.\n"
    "--locale picks one language, --topic one topic's screen. Exit 1 when the pack has errors.\n";

namespace {

// One language's screens, item by item.
class LanguageReview {
public:
    LanguageReview(const Pack& pack, const std::string& locale, const UiStrings& strings, EspeakPhonemes& espeak)
        : locale_(locale),
          voice_(pack.manifest.voice_for(locale, strings.get("voice"))),
          markup_(speech_markup_for(pack, locale)),
          espeak_(espeak) {}

    void screen(const CatalogScreen& entry) {
        say(entry.name + " (on arrival)", entry.screen.title, entry.screen.entry_speech, {});
        for (std::size_t i = 0; i < entry.screen.focusable_count(); ++i) {
            const Item& item = entry.screen.focusable(i);
            say(entry.name + " #" + std::to_string(i + 1), item.label, item.spoken, item.voice);
        }
    }

    std::size_t said() const { return said_; }

private:
    void say(const std::string& where, const std::string& shown, const std::string& spoken, const std::string& voice) {
        if (spoken.empty()) return;
        const bool own_voice = !voice.empty() && voice != voice_;
        const std::string text = own_voice ? xml_escaped(spoken) : markup_.compose(spoken);
        const std::string& speaker = own_voice ? voice : voice_;
        if (!heard_.insert(speaker + '\n' + text).second) return;
        ++said_;
        std::printf("%s %s [%s]\n  shown:    %s\n  espeak:   %s\n  phonemes: %s\n", locale_.c_str(), where.c_str(),
                    speaker.c_str(), flat(shown).c_str(), text.c_str(), espeak_.phonemes(text, speaker).c_str());
    }

    // The review is one line per field: line breaks of shown text as " / ".
    static std::string flat(const std::string& text) {
        std::string out;
        for (char c : text) out += c == '\n' ? std::string(" / ") : std::string(1, c);
        return out;
    }

    std::string locale_;
    std::string voice_;
    SpeechMarkup markup_;
    EspeakPhonemes& espeak_;
    std::set<std::string> heard_;
    std::size_t said_ = 0;
};

std::vector<LanguageChoice> language_choices(const Pack& pack, std::vector<UiStrings>& strings) {
    std::vector<LanguageChoice> choices;
    for (const UiStrings& words : strings) {
        choices.push_back({words.locale(), words.get("language_name"),
                           pack.manifest.voice_for(words.locale(), words.get("voice")),
                           words.get("attract_invitation")});
    }
    return choices;
}

}  // namespace

int speech_command(const SpeechOptions& options) {
    PackLoadResult loaded = load_pack(options.pack);
    for (const auto& problem : loaded.problems) {
        if (problem.severity == Severity::error) std::fprintf(stderr, "%s\n", problem.to_string().c_str());
    }
    if (!loaded.pack) return kProblems;
    const Pack& pack = *loaded.pack;
    if (options.locale && pack.locales.count(*options.locale) == 0) {
        std::fprintf(stderr, "kiosk-pack: the pack has no language '%s'\n", options.locale->c_str());
        return kUsage;
    }
    std::vector<UiStrings> strings;
    const std::string strings_dir = DataDirectory::locate().strings_dir();
    for (const auto& locale : pack.manifest.locales) {
        auto words = UiStrings::open(strings_dir, locale);
        if (!words) {
            std::fprintf(stderr, "kiosk-pack: %s: %s\n", locale.c_str(), words.error().to_string().c_str());
            return kFailed;
        }
        strings.push_back(std::move(*words));
    }
    EspeakPhonemes espeak;
    if (Status started = espeak.start(); !started) {
        std::fprintf(stderr, "kiosk-pack: %s\n", started.error().to_string().c_str());
        return kFailed;
    }
    const std::vector<LanguageChoice> languages = language_choices(pack, strings);
    std::size_t said = 0;
    bool topic_found = false;
    for (const UiStrings& words : strings) {
        if (options.locale && words.locale() != *options.locale) continue;
        const LocaleContent& content = pack.content_for(words.locale());
        LanguageReview review(pack, words.locale(), words, espeak);
        for (const CatalogScreen& entry : screen_catalog({content, words}, languages)) {
            if (options.topic && entry.name != file_name_safe("topic-" + *options.topic)) continue;
            topic_found = true;
            review.screen(entry);
        }
        said += review.said();
    }
    if (options.topic && !topic_found) {
        std::fprintf(stderr, "kiosk-pack: the pack has no topic '%s'\n", options.topic->c_str());
        return kUsage;
    }
    std::fprintf(stderr, "%zu utterances\n", said);
    return kOk;
}

}  // namespace kiosk
