#include "app/session.h"

#include "app/pack_facts.h"

namespace kiosk {

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

void Session::show_waiting_pack() {
    if (!waiting_) return;
    std::unique_ptr<PreparedPack> waiting = std::move(waiting_);
    show(std::move(*waiting), locale_);
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
    if (viewport_) kiosk_->set_viewport(*viewport_);
}

MaintenanceFacts Session::maintenance_facts() {
    MaintenanceFacts facts = pack_facts(*pack_);
    machine_.add_to(facts);
    return facts;
}

void Session::set_viewport(Size viewport) {
    viewport_ = viewport;
    if (kiosk_) kiosk_->set_viewport(viewport);
}

}  // namespace kiosk
