#include "screens/staff_code_screen.h"

namespace kiosk {

Screen build_staff_code_screen(const ScreenContext& context, std::size_t digits_entered) {
    const UiStrings& strings = context.strings;
    Screen screen;
    screen.kind = ScreenKind::staff_code;
    screen.title = strings.get("staff_code_title");

    Item hint;
    hint.label = strings.get("staff_code_hint");
    hint.spoken = hint.label;
    screen.help = hint.label;
    screen.items.push_back(std::move(hint));

    Item entered;
    const std::string count = strings.format("staff_code_digits", {}, {{"count", static_cast<long>(digits_entered)}});
    entered.label = count;
    for (std::size_t i = 0; i < digits_entered; ++i) entered.label += i == 0 ? "\n\xE2\x97\x8F" : " \xE2\x97\x8F";  // ●
    entered.spoken = count;
    entered.style = ItemStyle::summary;
    screen.items.push_back(std::move(entered));

    screen.buttons = footer_buttons(strings, screen.kind);
    screen.entry_speech = screen.title;
    return screen;
}

}  // namespace kiosk
