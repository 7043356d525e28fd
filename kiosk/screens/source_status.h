#pragma once

#include <optional>

#include "core/content/pack.h"
#include "core/strings/ui_strings.h"
#include "core/ui/screen.h"

namespace kiosk {

// Where the content comes from, so no resident takes a draft's goals for services in
// force: the source's title, that it is a discussion draft, the period it plans for and,
// where asked, that its targets are aims. One line each; nothing when the pack names none.
std::optional<Item> source_status_item(const UiStrings& strings, const SourceStatus& status, bool explain_targets);

}  // namespace kiosk
