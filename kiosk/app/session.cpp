#include "app/session.h"

#include "core/content/pack_loader.h"
#include "platform/pack_machine_checks.h"
#include "screens/pack_screens.h"

namespace kiosk {
namespace {

constexpr std::size_t kProblemsShown = 5;

std::string summarize(const PackErrors& problems) {
    std::string text;
    std::size_t errors = 0;
    for (const auto& problem : problems) {
        if (problem.severity != Severity::error) continue;
        if (errors++ < kProblemsShown) text += (text.empty() ? "" : "; ") + problem.to_string();
    }
    if (errors > kProblemsShown) text += "; and " + std::to_string(errors - kProblemsShown) + " more";
    return text;
}

}  // namespace

std::variant<PreparedPack, std::string> prepare_pack(const PackSettings& settings) {
    PackLoadResult loaded = load_trusted_pack(settings.path, settings.trusted_key);
    // The same glyph check as kiosk-pack: a character the fonts lack would show as a box.
    // (Voices are not checked here: eSpeak NG belongs to the speech thread.)
    if (loaded.pack) check_glyph_coverage(*loaded.pack, settings.fonts_manifest, loaded.problems);
    // The same screen check as kiosk-pack: a pack whose screens cannot all be built is refused.
    if (loaded.pack) {
        const PackErrors screens = check_every_screen(*loaded.pack, settings.strings_dir);
        loaded.problems.insert(loaded.problems.end(), screens.begin(), screens.end());
    }
    if (!loaded.pack || has_errors(loaded.problems)) return summarize(loaded.problems);
    PreparedPack prepared{std::move(*loaded.pack), {}};
    for (const auto& locale : prepared.pack.manifest.locales) {
        std::string error;
        auto strings = UiStrings::open(settings.strings_dir, locale, error);
        auto faces = strings ? locate_fonts(settings.fonts_manifest, locale, error) : std::nullopt;
        if (!faces) return locale + ": " + error;
        prepared.languages.push_back({locale, std::move(*strings), std::move(*faces)});
    }
    return prepared;
}

std::vector<LanguageChoice> language_choices(const PreparedPack& prepared) {
    std::vector<LanguageChoice> choices;
    for (const auto& language : prepared.languages) {
        choices.push_back({language.locale, language.strings.get("language_name"),
                           prepared.pack.manifest.voice_for(language.locale, language.strings.get("voice")),
                           language.strings.get("attract_invitation")});
    }
    return choices;
}

const PreparedPack::Language& Session::language(const std::string& locale) const {
    for (const auto& language : pack_->languages) {
        if (language.locale == locale) return language;
    }
    return pack_->languages.front();
}

Reaction Session::show(PreparedPack prepared, const std::string& locale) {
    kiosk_.reset();
    text_.reset();
    fonts_.clear();
    pack_ = std::make_unique<PreparedPack>(std::move(prepared));
    for (const auto& language : pack_->languages) {
        fonts_[language.locale] = std::make_unique<FontSet>(language.faces);
    }
    default_locale_ = pack_->pack.content_for(locale).locale;
    make_kiosk(default_locale_, defaults_);
    return kiosk_->show_attract();
}

Reaction Session::reset() {
    make_kiosk(default_locale_, defaults_);
    return kiosk_->start_fresh();
}

Reaction Session::switch_locale(const std::string& locale) {
    // The resident's own settings go with them into the new language.
    make_kiosk(locale, kiosk_ ? kiosk_->preferences() : defaults_);
    return kiosk_->start();
}

void Session::make_kiosk(const std::string& locale, Preferences preferences) {
    const PreparedPack::Language& chosen = language(pack_->pack.content_for(locale).locale);
    std::vector<LanguageChoice> choices = language_choices(*pack_);
    kiosk_.reset();
    locale_ = chosen.locale;
    FontSet& fonts = *fonts_.at(locale_);
    // Textures of another language's font, or of the last resident's pages, are of no
    // use now: the cache starts afresh.
    text_ = std::make_unique<TextTextureCache>(renderer_, fonts, kTextCacheBytes);
    kiosk_ = std::make_unique<Kiosk>(pack_->pack, chosen.strings, fonts, std::move(choices), std::move(preferences));
}

}  // namespace kiosk
