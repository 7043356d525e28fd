#include "screens/help_screen.h"

#include <algorithm>

#include "core/speech/speech_text.h"

namespace kiosk {

Screen build_help_screen(const ScreenContext& context, const Screen& about) {
    const UiStrings& strings = context.strings;
    Screen screen;
    screen.kind = ScreenKind::help;
    screen.title = strings.get("help_title");
    std::vector<std::string> paragraphs = {about.help, strings.get("help_keys")};
    // The guide is a paragraph a line, so it reads (and grows) a piece at a time.
    const std::string& guide = strings.get("help_guide");
    for (std::size_t start = 0; start < guide.size();) {
        const std::size_t end = std::min(guide.find('\n', start), guide.size());
        if (end > start) paragraphs.push_back(guide.substr(start, end - start));
        start = end + 1;
    }
    for (const std::string& text : paragraphs) {
        Item item;
        item.label = text;
        item.spoken = text;
        screen.items.push_back(std::move(item));
    }
    screen.buttons = footer_buttons(strings, screen.kind);
    // The context and the keys are said at once; the longer guide is there to read on to.
    screen.entry_speech =
        join_spoken({screen.title, about.help, strings.get("help_keys")}, strings.get("sentence_separator"));
    screen.entry_reads_all = true;
    screen.help = strings.get("help_help");
    return screen;
}

}  // namespace kiosk
