#include "screens/attract_screen.h"

#include "screens/source_status.h"

namespace kiosk {

Screen build_attract_screen(const ScreenContext& context, const std::vector<LanguageChoice>& languages) {
    Screen screen;
    screen.kind = ScreenKind::attract;
    screen.title = context.content.title;
    screen.subtitle = context.content.subtitle;
    for (const LanguageChoice& language : languages) {
        Item item;
        item.label = language.invitation;
        item.detail = language.name;
        item.spoken = language.invitation;
        item.voice = language.voice;
        item.role = Role::button;
        item.style = ItemStyle::setting;
        item.action = Begin{language.locale};
        screen.items.push_back(std::move(item));
    }
    if (languages.empty()) {
        Item item;
        item.label = context.strings.get("attract_invitation");
        item.spoken = item.label;
        item.role = Role::button;
        item.style = ItemStyle::setting;
        item.action = Begin{};
        screen.items.push_back(std::move(item));
    }
    // A tap on the source's status starts the kiosk too, as a tap anywhere else does.
    if (auto status = source_status_item(context.strings, context.content.source_status, false)) {
        status->action = Begin{};
        screen.items.push_back(std::move(*status));
    }
    screen.entry_speech = screen.title;
    screen.help = context.strings.get("help_attract");
    return screen;
}

}  // namespace kiosk
