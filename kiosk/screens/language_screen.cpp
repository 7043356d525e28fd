#include "screens/language_screen.h"

namespace kiosk {

Screen build_language_screen(const ScreenContext& context, const std::vector<LanguageChoice>& languages,
                             const std::string& current_locale) {
    const UiStrings& strings = context.strings;
    Screen screen;
    screen.kind = ScreenKind::languages;
    screen.title = strings.get("languages_title");
    for (const LanguageChoice& language : languages) {
        Item item;
        item.label = language.name;
        item.spoken = language.name;
        item.voice = language.voice;
        item.role = Role::button;
        item.style = ItemStyle::tile;
        item.action = ChooseLanguage{language.locale};
        if (language.locale == current_locale) item.detail = "\xE2\x9C\x93";  // ✓ the language in use
        screen.items.push_back(std::move(item));
    }
    screen.buttons = footer_buttons(strings, screen.kind);
    screen.entry_speech = entry_announcement(strings, screen.title, screen.items.size());
    screen.help = strings.get("help_languages");
    return screen;
}

}  // namespace kiosk
