#include "screens/source_status.h"

#include "core/speech/speech_text.h"

namespace kiosk {

std::optional<Item> source_status_item(const UiStrings& strings, const SourceStatus& status, bool explain_targets) {
    std::vector<std::string> lines;
    if (!status.title.empty()) lines.push_back(strings.format("status_source", {{"source", status.title}}));
    if (status.draft) lines.push_back(strings.get("status_draft"));
    if (!status.period.empty()) lines.push_back(strings.format("status_period", {{"period", status.period}}));
    if (lines.empty()) return std::nullopt;
    if (explain_targets) lines.push_back(strings.get("status_targets"));
    Item item;
    for (const auto& line : lines) item.label += (item.label.empty() ? "" : "\n") + line;
    item.spoken = join_spoken(lines, strings.get("list_separator"));
    item.style = ItemStyle::source;
    return item;
}

}  // namespace kiosk
