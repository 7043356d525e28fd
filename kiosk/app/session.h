#pragma once

#include <SDL.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/machine_status.h"
#include "app/pack_preparation.h"
#include "core/content/pack.h"
#include "core/strings/ui_strings.h"
#include "core/ui/geometry.h"
#include "core/ui/theme.h"
#include "flow/kiosk_host.h"
#include "platform/font_locator.h"
#include "platform/font_set.h"
#include "platform/text_texture_cache.h"
#include "screens/kiosk.h"

namespace kiosk {

// The pack's languages, each named, voiced and inviting in its own words.
std::vector<LanguageChoice> language_choices(const PreparedPack& prepared);

// What the kiosk is showing: one prepared pack, the language in use, and the Kiosk state
// machine for it. Switching language or pack replaces the Kiosk whole, never half.
// The KioskApp reaches the Kiosk through it.
class Session : public KioskHost {
public:
    // `defaults` are where every resident starts, and what an idle reset brings back.
    Session(SDL_Renderer* renderer, Preferences defaults) : renderer_(renderer), defaults_(std::move(defaults)) {}

    // Shows `prepared`, from its attract screen; `locale` (or the pack's default) is the
    // language the kiosk starts in and returns to.
    Reaction show(PreparedPack prepared, const std::string& locale);
    // Everything back to the start: the default language and settings, the home screen,
    // nothing left of what the last resident did.
    Reaction reset() override;
    // The resident chose a language: the home screen in it, with their own settings.
    Reaction switch_locale(const std::string& locale) override;
    // Keeps a checked pack until the KioskApp finds nobody using the kiosk; then
    // show_waiting_pack() shows it in the language now in use.
    void hold(PreparedPack prepared) { waiting_ = std::make_unique<PreparedPack>(std::move(prepared)); }
    void show_waiting_pack() override;

    // The window's size: each Kiosk made from now on lays its screens out for it, so input
    // finds its targets before anything is drawn.
    void set_viewport(Size viewport);

    Kiosk& kiosk() override { return *kiosk_; }
    // The pack's facts and the machine's, for the staff maintenance screen.
    MaintenanceFacts maintenance_facts() override;
    MachineStatus& machine() { return machine_; }
    PreparedPack& prepared() { return *pack_; }
    TextTextureCache& text() { return *text_; }
    const std::string& locale() const { return locale_; }

private:
    const PreparedPack::Language& language(const std::string& locale) const;
    void make_kiosk(const std::string& locale, Preferences preferences);

    static constexpr std::size_t kTextCacheBytes = 64u * 1024u * 1024u;

    SDL_Renderer* renderer_;
    Preferences defaults_;
    std::string default_locale_;
    std::string locale_;
    std::optional<Size> viewport_;
    MachineStatus machine_;
    // Declared in dependency order: the Kiosk refers to the pack and fonts, the text
    // cache to the fonts, so they are destroyed first.
    std::unique_ptr<PreparedPack> pack_;
    std::unique_ptr<PreparedPack> waiting_;
    std::map<std::string, std::unique_ptr<FontSet>> fonts_;
    std::unique_ptr<TextTextureCache> text_;
    std::unique_ptr<Kiosk> kiosk_;
};

}  // namespace kiosk
