#include "screens/category_screen.h"

#include <stdexcept>

#include "core/speech/speech_text.h"

namespace kiosk {

Screen build_category_screen(const ScreenContext& context, const std::string& category_id) {
    const UiStrings& strings = context.strings;
    const Category* category = nullptr;
    for (const auto& c : context.content.categories) {
        if (c.id == category_id) category = &c;
    }
    if (category == nullptr) throw std::out_of_range("no category " + category_id);

    Screen screen;
    screen.kind = ScreenKind::category;
    screen.title = category->title;
    for (const auto& topic_id : category->topic_ids) {
        const Topic* topic = context.content.find_topic(topic_id);
        if (topic == nullptr) {
            throw std::out_of_range("category " + category_id + " lists topic " + topic_id +
                                    ", which it does not have");
        }
        Item item;
        item.label = topic->title;
        item.detail = topic->summary;
        item.role = Role::topic;
        item.style = ItemStyle::tile;
        item.spoken = join_spoken({item.label, role_name(strings, item.role)}, strings.get("list_separator"));
        item.action = OpenTopic{topic->id};
        screen.items.push_back(std::move(item));
    }
    screen.buttons = footer_buttons(strings, screen.kind);
    screen.entry_speech = entry_announcement(strings, screen.title, screen.items.size());
    screen.help = strings.format("help_category", {{"title", screen.title}});
    return screen;
}

}  // namespace kiosk
