#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/braille/braille_cells.h"

namespace kiosk {

// The part of a line of braille that a display of `width` cells shows, and its panning.
// A new line is shown from its start. Panning moves by a whole display; at either end it
// says so, and the kiosk moves to the next or previous item instead, as screen readers do,
// so a reader can go through a screen with the panning keys alone.
class BrailleWindow {
public:
    enum class Pan { moved, at_end };

    void show(BrailleCells cells);
    // The display's size changed (another display, or none: 0). The window keeps the
    // text under its first cell in view.
    void set_width(std::size_t width);
    std::size_t width() const { return width_; }
    const BrailleCells& line() const { return cells_; }

    // Exactly width() cells: the line under the window, then blanks.
    std::vector<std::uint8_t> visible() const;
    Pan pan_forward();
    Pan pan_back();
    // The byte offset in the text of the character under the window's cell `index`, or
    // none where the window shows no text.
    std::optional<std::size_t> source_at(std::size_t index) const;

private:
    BrailleCells cells_;
    std::size_t width_ = 0;
    std::size_t start_ = 0;  // the line's cell under the window's first cell
};

}  // namespace kiosk
