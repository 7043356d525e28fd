#include "screens/screen_parts.h"

#include "core/speech/speech_text.h"

namespace kiosk {

Item button(const UiStrings& strings, const char* label_key, Action action, ItemStyle style) {
    Item item;
    item.label = strings.get(label_key);
    item.role = Role::button;
    item.style = style;
    item.spoken = join_spoken({item.label, strings.get("role_button")}, strings.get("list_separator"));
    item.action = std::move(action);
    return item;
}

std::vector<Item> footer_buttons(const UiStrings& strings, ScreenKind kind) {
    std::vector<Item> buttons;
    // The staff screens lead nowhere but back: they are left as they were entered.
    if (kind == ScreenKind::staff_code || kind == ScreenKind::maintenance) {
        return {button(strings, "button_back", GoBack{})};
    }
    if (kind != ScreenKind::home) {
        buttons.push_back(button(strings, "button_back", GoBack{}));
        buttons.push_back(button(strings, "button_home", GoHome{}));
    }
    if (kind != ScreenKind::help) buttons.push_back(button(strings, "button_help", ShowHelp{}));
    if (kind != ScreenKind::settings) buttons.push_back(button(strings, "button_settings", ShowSettings{}));
    if (kind != ScreenKind::languages) buttons.push_back(button(strings, "button_language", ShowLanguages{}));
    // A person can always be asked for, from every screen a resident reaches.
    if (kind != ScreenKind::attract) buttons.push_back(button(strings, "button_call_staff", CallStaff{}));
    return buttons;
}

std::string entry_announcement(const UiStrings& strings, const std::string& title, std::size_t items,
                               const std::string& status) {
    const std::string count = strings.format("screen_items", {}, {{"count", static_cast<long>(items)}});
    return join_spoken({title, status, count}, strings.get("list_separator"));
}

std::string role_name(const UiStrings& strings, Role role) {
    switch (role) {
        case Role::category:
            return strings.get("role_category");
        case Role::topic:
            return strings.get("role_topic");
        case Role::heading:
            return strings.get("role_heading");
        case Role::button:
            return strings.get("role_button");
        case Role::table_row:
            return strings.get("role_table_row");
        case Role::setting:
            return strings.get("role_setting");
        case Role::paragraph:
        case Role::list_item:
            return {};
    }
    return {};
}

std::string position_text(const UiStrings& strings, std::size_t index, std::size_t count) {
    return strings.format("position", {},
                          {{"index", static_cast<long>(index + 1)}, {"count", static_cast<long>(count)}});
}

}  // namespace kiosk
