#include "core/braille/braille_pages.h"

#include <algorithm>

namespace kiosk {
namespace {

// North American braille ASCII, indexed by a six-dot cell's dots (dot 1 in the lowest bit).
constexpr std::string_view kBrailleAscii = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";
constexpr std::uint8_t kSixDots = 0x3F;

// Breaks one paragraph into lines of at most `width` cells.
void break_paragraph(const BrailleLine& paragraph, std::size_t width, std::vector<BrailleLine>& lines) {
    std::size_t at = 0;
    while (at < paragraph.size()) {
        const std::size_t rest = paragraph.size() - at;
        if (rest <= width) {
            lines.emplace_back(paragraph.begin() + static_cast<std::ptrdiff_t>(at), paragraph.end());
            return;
        }
        // The last blank cell that still lets the line end within the width.
        std::size_t end = at + width;
        std::size_t blank = end;
        while (blank > at && paragraph[blank] != 0) --blank;
        if (blank > at) end = blank;
        lines.emplace_back(paragraph.begin() + static_cast<std::ptrdiff_t>(at),
                           paragraph.begin() + static_cast<std::ptrdiff_t>(end));
        at = end;
        while (at < paragraph.size() && paragraph[at] == 0) ++at;
    }
}

}  // namespace

std::vector<BraillePage> lay_out_braille(const std::vector<BrailleLine>& paragraphs, BraillePageSize size) {
    const std::size_t width = std::max<std::size_t>(size.cells_per_line, 1);
    const std::size_t height = std::max<std::size_t>(size.lines_per_page, 1);
    std::vector<BrailleLine> lines;
    for (const BrailleLine& paragraph : paragraphs) {
        if (paragraph.empty()) continue;
        break_paragraph(paragraph, width, lines);
    }
    std::vector<BraillePage> pages;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i % height == 0) pages.emplace_back();
        pages.back().push_back(std::move(lines[i]));
    }
    return pages;
}

std::string unicode_braille(std::span<const std::uint8_t> dots) {
    std::string text;
    text.reserve(dots.size() * 3);
    for (const std::uint8_t cell : dots) {
        // U+2800 + dots, in UTF-8: E2 A0|(dots >> 6) 80|(dots & 3F).
        text += static_cast<char>(0xE2);
        text += static_cast<char>(0xA0 | (cell >> 6));
        text += static_cast<char>(0x80 | (cell & kSixDots));
    }
    return text;
}

std::string unicode_braille_text(const std::vector<BraillePage>& pages) {
    std::string text;
    for (std::size_t page = 0; page < pages.size(); ++page) {
        if (page > 0) text += '\n';
        for (const BrailleLine& line : pages[page]) text += unicode_braille(line) + '\n';
    }
    return text;
}

Result<std::string> braille_ready_file(const std::vector<BraillePage>& pages) {
    std::string file;
    for (std::size_t page = 0; page < pages.size(); ++page) {
        if (page > 0) file += '\f';
        for (std::size_t line = 0; line < pages[page].size(); ++line) {
            const BrailleLine& cells = pages[page][line];
            for (std::size_t cell = 0; cell < cells.size(); ++cell) {
                if ((cells[cell] & ~kSixDots) != 0) {
                    return failure("page " + std::to_string(page + 1) + ", line " + std::to_string(line + 1) +
                                   ", cell " + std::to_string(cell + 1) +
                                   " uses dot 7 or 8, which a BRF file (six-dot braille) cannot hold");
                }
                file += kBrailleAscii[cells[cell]];
            }
            file += "\r\n";
        }
    }
    return file;
}

}  // namespace kiosk
