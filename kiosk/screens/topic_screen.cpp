#include "screens/topic_screen.h"

#include <stdexcept>

#include "core/speech/speech_text.h"
#include "screens/claim_label.h"
#include "screens/source_status.h"

namespace kiosk {
namespace {

// A table row is shown and read as labelled cells ("指标：…"), so each value keeps
// its column header however narrow the screen.
std::string labelled_cells(const Block& row, const std::string& label_separator) {
    std::string out;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (!out.empty()) out += '\n';
        if (c < row.header.size() && !row.header[c].empty()) out += row.header[c] + label_separator;
        out += row.cells[c];
    }
    return out;
}

// A claim's kind and reference stand on their own line above its text, in words, so the
// difference between a plan's goal and a rule in force is seen and heard, not coloured.
std::string with_claim_label(const Block& block, const std::string& claim) {
    return claim.empty() ? block.text : claim + "\n" + block.text;
}

Item block_item(const Block& block, const UiStrings& strings) {
    const std::string& pause = strings.get("list_separator");
    Item item;
    if (block.claim) item.claim = claim_label(strings, *block.claim);
    switch (block.kind) {
        case BlockKind::heading:
            item.label = block.text;
            item.role = Role::heading;
            item.style = ItemStyle::heading;
            item.spoken = join_spoken({block.text, role_name(strings, Role::heading)}, pause);
            return item;
        case BlockKind::paragraph:
            item.label = with_claim_label(block, item.claim);
            item.role = Role::paragraph;
            break;
        case BlockKind::list_item:
            item.label = "\xE2\x80\xA2 " + with_claim_label(block, item.claim);
            item.role = Role::list_item;
            break;
        case BlockKind::table_row:
            item.label = labelled_cells(block, strings.get("label_separator"));
            item.role = Role::table_row;
            break;
    }
    item.style = ItemStyle::body;
    item.spoken = speakable(item.label, pause);
    return item;
}

}  // namespace

Screen build_topic_screen(const ScreenContext& context, const std::string& topic_id) {
    const UiStrings& strings = context.strings;
    const Topic* topic = context.content.find_topic(topic_id);
    if (topic == nullptr) throw std::out_of_range("no topic " + topic_id);

    Screen screen;
    screen.kind = ScreenKind::topic;
    screen.title = topic->title;

    Item summary;
    summary.label = topic->summary;
    summary.spoken = topic->summary;
    summary.style = ItemStyle::summary;
    screen.items.push_back(std::move(summary));
    for (const Block& block : topic->blocks) screen.items.push_back(block_item(block, strings));
    Item source;
    source.label = strings.get("source_label") + topic->source;
    source.spoken = source.label;
    source.style = ItemStyle::source;
    screen.items.push_back(std::move(source));
    if (auto status = source_status_item(strings, context.content.source_status, false)) {
        screen.items.push_back(std::move(*status));
    }

    screen.buttons = footer_buttons(strings, screen.kind);
    screen.entry_speech = screen.title;
    screen.help = strings.format("help_topic", {{"title", screen.title}});
    return screen;
}

}  // namespace kiosk
