#include "core/braille/braille_window.h"

#include <algorithm>

namespace kiosk {

void BrailleWindow::show(BrailleCells cells) {
    cells_ = std::move(cells);
    start_ = 0;
}

void BrailleWindow::set_width(std::size_t width) {
    width_ = width;
    if (width_ > 0) start_ = start_ / width_ * width_;
}

std::vector<std::uint8_t> BrailleWindow::visible() const {
    std::vector<std::uint8_t> cells(width_, 0);
    if (start_ >= cells_.dots.size()) return cells;
    const std::size_t shown = std::min(width_, cells_.dots.size() - start_);
    std::copy_n(cells_.dots.begin() + static_cast<std::ptrdiff_t>(start_), shown, cells.begin());
    return cells;
}

BrailleWindow::Pan BrailleWindow::pan_forward() {
    if (width_ == 0 || start_ + width_ >= cells_.dots.size()) return Pan::at_end;
    start_ += width_;
    return Pan::moved;
}

BrailleWindow::Pan BrailleWindow::pan_back() {
    if (width_ == 0 || start_ == 0) return Pan::at_end;
    start_ -= std::min(start_, width_);
    return Pan::moved;
}

std::optional<std::size_t> BrailleWindow::source_at(std::size_t index) const {
    if (index >= width_ || start_ + index >= cells_.source.size()) return std::nullopt;
    return cells_.source[start_ + index];
}

}  // namespace kiosk
