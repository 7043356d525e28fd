#include "screens/home_screen.h"

#include "core/speech/speech_text.h"
#include "screens/source_status.h"

namespace kiosk {

Screen build_home_screen(const ScreenContext& context) {
    const UiStrings& strings = context.strings;
    Screen screen;
    screen.kind = ScreenKind::home;
    screen.title = context.content.title;
    screen.subtitle = context.content.subtitle;
    const std::string status = source_status_line(strings, context.content.source_status);
    if (!status.empty()) screen.subtitle += (screen.subtitle.empty() ? "" : "\n") + status;
    for (const Category& category : context.content.categories) {
        Item item;
        item.label = category.title;
        item.detail = strings.format("item_count", {}, {{"count", static_cast<long>(category.topic_ids.size())}});
        item.role = Role::category;
        item.style = ItemStyle::tile;
        item.spoken =
            join_spoken({item.label, role_name(strings, item.role), item.detail}, strings.get("list_separator"));
        item.action = OpenCategory{category.id};
        screen.items.push_back(std::move(item));
    }
    if (auto status_item = source_status_item(strings, context.content.source_status, true)) {
        screen.items.push_back(std::move(*status_item));
    }
    screen.buttons = footer_buttons(strings, screen.kind);
    // A listener hears what the header shows: which plan this is, that it is a draft, and
    // its period, before the first category, not only as the page's last item.
    screen.entry_speech = entry_announcement(strings, screen.title, context.content.categories.size(), status);
    screen.help = strings.get("help_home");
    return screen;
}

}  // namespace kiosk
