#include "flow/usage_event.h"

#include <array>
#include <utility>

namespace kiosk {
namespace {

using Kind = UsageEvent::Kind;

constexpr std::array<std::pair<Kind, std::string_view>, 12> kNames{{
    {Kind::session_began, "session_began"},
    {Kind::session_ended, "session_ended"},
    {Kind::topic_viewed, "topic_viewed"},
    {Kind::category_viewed, "category_viewed"},
    {Kind::language, "language"},
    {Kind::speech, "speech"},
    {Kind::text_size, "text_size"},
    {Kind::theme, "theme"},
    {Kind::privacy, "privacy"},
    {Kind::say_all, "say_all"},
    {Kind::input_method, "input_method"},
    {Kind::pack_update, "pack_update"},
}};

}  // namespace

std::string_view usage_kind_name(Kind kind) {
    for (const auto& [known, name] : kNames) {
        if (known == kind) return name;
    }
    return "unknown";
}

std::optional<Kind> usage_kind_from_name(std::string_view name) {
    for (const auto& [kind, known] : kNames) {
        if (known == name) return kind;
    }
    return std::nullopt;
}

}  // namespace kiosk
