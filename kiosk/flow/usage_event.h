#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk {

// One anonymous fact about how the kiosk was used, as the flow decides it. It names only
// what the pack and the kiosk define (a topic's id, a locale, a setting's value) and never
// holds anything a resident typed or anything about who they are. The host stores it.
struct UsageEvent {
    enum class Kind {
        session_began,    // detail: "touch" or "keypad", the first input
        session_ended,    // detail: how ("idle_reset", "pack_update", "staff_exit"); seconds: its length
        topic_viewed,     // detail: the topic's id
        category_viewed,  // detail: the category's id
        language,         // detail: the locale the resident chose
        speech,           // detail: "on" or "off"
        text_size,        // detail: the percent chosen, e.g. "150"
        theme,            // detail: the theme's name
        privacy,          // detail: "on" or "off"
        say_all,          // the page read from the focused item to the end
        input_method,     // detail: "touch" or "keypad", the first use of each in a session
        pack_update,      // detail: "shown" or "refused"
    };
    Kind kind = Kind::session_began;
    std::string detail;
    std::int64_t seconds = 0;

    bool operator==(const UsageEvent&) const = default;
};

// The name an event kind is stored under, and back; none for an unknown name.
std::string_view usage_kind_name(UsageEvent::Kind kind);
std::optional<UsageEvent::Kind> usage_kind_from_name(std::string_view name);

}  // namespace kiosk
