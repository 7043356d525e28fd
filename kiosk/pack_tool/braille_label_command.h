#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace kiosk {

// kiosk-pack braille-label PACK [--locale L] [--format brf|text] [-o FILE]: the pack's
// braille instructions (home.toml [braille] instructions) in each language's braille, for
// an embosser (BRF) or a sign maker (Unicode braille text). Each language begins a page.
// Returns a kiosk-pack exit code.
struct BrailleLabelOptions {
    std::string pack;
    std::optional<std::string> locale;  // none: every language of the pack, in its order
    std::string format = "brf";
    std::string output;  // empty: standard output
    std::size_t cells_per_line = 40;
    std::size_t lines_per_page = 25;
};
int braille_label_command(const BrailleLabelOptions& options);

extern const char* const kBrailleLabelHelp;

}  // namespace kiosk
