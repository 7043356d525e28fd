#pragma once

#include <string>

#include "core/content/pack.h"
#include "core/strings/ui_strings.h"
#include "core/ui/screen.h"
#include "screens/language_choice.h"

namespace kiosk {

// What every screen builder shares: the words of the current language and the pack.
struct ScreenContext {
    const LocaleContent& content;
    const UiStrings& strings;
};

// A button labelled from the bundle, spoken with its role.
Item button(const UiStrings& strings, const char* label_key, Action action, ItemStyle style = ItemStyle::button);
// The footer buttons; the home screen has nowhere to go back to, so only Help.
std::vector<Item> footer_buttons(const UiStrings& strings, ScreenKind kind);

// "title，共6项" — said when a screen opens, before its focused item; a status line (the
// source the home screen names) goes between the title and the count.
std::string entry_announcement(const UiStrings& strings, const std::string& title, std::size_t items,
                               const std::string& status = {});

std::string role_name(const UiStrings& strings, Role role);

// "第2项，共6项": where an item is among the items of its group.
std::string position_text(const UiStrings& strings, std::size_t index, std::size_t count);

}  // namespace kiosk
