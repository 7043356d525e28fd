#pragma once

#include <optional>
#include <string>

#include "core/text/text_measurer.h"

namespace kiosk {

// A font face inside a file; collections such as NotoSansCJK.ttc hold many.
struct FontFace {
    std::string file;
    long index = 0;
};

struct FontFaces {
    FontFace regular;
    FontFace bold;
};

// Finds the faces for a locale: the family comes from the fonts manifest (fonts/fonts.toml),
// the file from fontconfig. Fails with a message when the family is not installed, rather
// than silently drawing with whatever fontconfig would substitute.
std::optional<FontFaces> locate_fonts(const std::string& manifest_path, const std::string& locale,
                                      std::string& error);

}  // namespace kiosk
