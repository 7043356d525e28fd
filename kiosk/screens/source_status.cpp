#include "screens/source_status.h"

#include "core/speech/speech_text.h"

namespace kiosk {

std::optional<Item> source_status_item(const UiStrings& strings, const SourceStatus& status, bool explain_targets) {
    std::vector<std::string> lines;
    if (!status.title.empty()) lines.push_back(strings.format("status_source", {{"source", status.title}}));
    if (status.draft) {
        lines.push_back(strings.get(explain_targets ? "status_draft_targets" : "status_draft"));
    } else if (explain_targets && !lines.empty()) {
        lines.push_back(strings.get("status_targets"));
    }
    if (!status.period.empty()) lines.push_back(strings.format("status_period", {{"period", status.period}}));
    if (lines.empty()) return std::nullopt;
    Item item;
    for (const auto& line : lines) item.label += (item.label.empty() ? "" : "\n") + line;
    item.spoken = join_spoken(lines, strings.get("list_separator"));
    item.style = ItemStyle::source;
    return item;
}

std::string source_status_line(const UiStrings& strings, const SourceStatus& status) {
    if (status.title.empty() || status.period.empty()) return {};
    return strings.format(
        "status_line", {{"draft", status.draft ? "yes" : "no"}, {"source", status.title}, {"period", status.period}});
}

}  // namespace kiosk
