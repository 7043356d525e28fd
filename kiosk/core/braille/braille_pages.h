#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"

namespace kiosk {

// Braille laid out on paper or a sign: lines of cells (dots as in BrailleCells), grouped
// into pages. Made for a braille label an embosser prints or a sign maker copies.
using BrailleLine = std::vector<std::uint8_t>;
using BraillePage = std::vector<BrailleLine>;

// An embosser's page: 40 cells by 25 lines is the common 11 by 11.5 inch sheet.
struct BraillePageSize {
    std::size_t cells_per_line = 40;
    std::size_t lines_per_page = 25;
};

// Each paragraph begins a line. A paragraph is broken at blank cells (the spaces between
// words) so no word is split across lines unless it is longer than a whole line; the blank
// at a break is dropped, as a reader expects the next line to start with a word.
std::vector<BraillePage> lay_out_braille(const std::vector<BrailleLine>& paragraphs, BraillePageSize size);

// Unicode braille patterns (U+2800 to U+28FF) for a line of cells, for the screen and text
// files: a sighted person can compare them with the label, dot for dot.
std::string unicode_braille(std::span<const std::uint8_t> dots);

// Pages as Unicode braille text: a line per line, and a blank line between pages.
std::string unicode_braille_text(const std::vector<BraillePage>& pages);

// Pages as a BRF file (North American braille ASCII, one character per six-dot cell), as
// embossers and braille translation software read it: CR LF after each line and a form
// feed between pages. Fails, naming the cell, when a cell uses dot 7 or 8, which six-dot
// braille ASCII cannot hold.
Result<std::string> braille_ready_file(const std::vector<BraillePage>& pages);

}  // namespace kiosk
