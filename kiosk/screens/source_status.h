#pragma once

#include <optional>

#include "core/content/pack.h"
#include "core/strings/ui_strings.h"
#include "core/ui/screen.h"

namespace kiosk {

// Where the content comes from, so no resident takes a draft's goals for services in
// force: the source's title, that it is a discussion draft (and, where asked, that its
// targets may not be in place yet), and the period it plans for. One line each, three at
// most so the home screen shows them under its categories; nothing when the pack names none.
std::optional<Item> source_status_item(const UiStrings& strings, const SourceStatus& status, bool explain_targets);

// The same in one line, for the home screen's header, seen before anything else at every
// text size: "依据规划讨论稿：…，规划期2021–2025年". Empty unless the pack names the source and
// its period.
std::string source_status_line(const UiStrings& strings, const SourceStatus& status);

}  // namespace kiosk
