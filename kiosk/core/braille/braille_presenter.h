#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/braille/braille_key.h"
#include "core/braille/braille_translator.h"
#include "core/braille/braille_window.h"
#include "core/ui/input.h"

namespace kiosk {

// What the braille display shows, and what its keys do. The display shows the item being
// spoken (or, with speech off, the one that would be), as its text is shown on screen:
// numbers stay figures, not the words speech says. Its keys work the kiosk like the
// keypad:
//   - panning past either end of an item moves to the next or previous item, so a reader
//     can go through a screen with the panning keys alone (as NVDA and JAWS do);
//   - a routing key over an item opens it, like Enter;
//   - line up and down move like Up and Down.
class BraillePresenter {
public:
    explicit BraillePresenter(BrailleTranslator& translator) : translator_(translator) {}

    // Text to show, in a language's braille. The same text again changes nothing, so the
    // reader keeps their panning place when the item is spoken after it was shown. Fails
    // (and shows nothing) when the text cannot be translated.
    Status show(const std::string& text, const std::string& locale);
    // The display's size in cells: another display, or none (0).
    void set_width(std::size_t width) { window_.set_width(width); }
    std::size_t width() const { return window_.width(); }
    // What the display shows now: exactly width() cells.
    std::vector<std::uint8_t> cells() const { return window_.visible(); }

    // A key of the display: the kiosk's command, or none when the display only moved
    // (panning within an item) or the key means nothing here. A key that moved the
    // window is redrawn by the caller (cells()).
    std::optional<Command> on_key(const BrailleKey& key);

private:
    BrailleTranslator& translator_;
    BrailleWindow window_;
    std::string text_;
    std::string locale_;
};

}  // namespace kiosk
