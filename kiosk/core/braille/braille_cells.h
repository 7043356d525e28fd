#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kiosk {

// A line of braille: one byte of dots per cell, dot 1 in the lowest bit up to dot 8 in the
// highest (the order of BrlAPI and of liblouis's dot patterns), and for each cell the byte
// offset, in the UTF-8 text it was translated from, of the character it stands for: a
// routing key pressed over a cell names a place in the text.
struct BrailleCells {
    std::vector<std::uint8_t> dots;
    std::vector<std::size_t> source;  // as many as dots
};

}  // namespace kiosk
