#pragma once

#include <cstddef>
#include <optional>

#include "core/text/text_measurer.h"
#include "core/ui/display_list.h"
#include "core/ui/screen_layout.h"
#include "core/ui/screen_stack.h"
#include "core/ui/theme.h"
#include "screens/reaction.h"
#include "screens/screen_view.h"
#include "screens/speech_wording.h"

namespace kiosk {

// Reading on: say-all a sentence at a time with the sentence underlined as it is heard, an
// item taller than the page a page at a time, and spelling.
class PageReader {
public:
    PageReader(ScreenStack& stack, const SpeechWording& wording, ScreenView& view, const UiStrings& strings,
               TextMeasurer& measurer);

    // Reads the page from the focused item to its end, a few utterances at a time; as each
    // is heard the focus follows it (follow). Any key cuts it off where it is, and say-all
    // again goes on from there.
    Reaction say_all();
    // The next few utterances of say-all, or nothing once it reached the end or stopped.
    Reaction next(Interrupt first);
    // Say-all stops; the sentence it was reading stays underlined until clear_underline().
    void stop() { place_.reset(); }
    void clear_underline() { underlined_ = {}; }
    // An utterance of say-all started to be heard: its item takes focus and its sentence is
    // underlined. True if anything on screen changed.
    bool follow(const Utterance& heard);
    // Underlines, line by line, the part of the focused item's text that is being read.
    void underline(DisplayList& list, const ScreenLayout& layout, const Theme& theme) const;

    // An item taller than the page (a long paragraph at 300%) is read on page by page: Down
    // first brings its next lines into view and says them. Nothing once its end is shown.
    std::optional<Reaction> read_on_tall_item();
    // Character by character, for numbers and names: "12385" is said 一，二，三，八，五.
    Reaction spell_focused() const;

private:
    void read_next_piece(Reaction& reaction);

    ScreenStack& stack_;
    const SpeechWording& wording_;
    ScreenView& view_;
    const UiStrings& strings_;
    TextMeasurer& measurer_;
    struct Underlined {
        int item = -1;
        int begin = -1;
        int end = -1;
        bool operator==(const Underlined&) const = default;
    } underlined_;  // the sentence say-all is reading
    struct Place {
        std::size_t item = 0;
        std::size_t offset = 0;  // in the item's label, in bytes
    };
    std::optional<Place> place_;  // where say-all goes on, while it reads
};

}  // namespace kiosk
