#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/text/text_measurer.h"

namespace kiosk {

// A font face inside a file; collections such as NotoSansCJK.ttc hold many.
struct FontFace {
    std::string file;
    long index = 0;
};

struct FontFamily {
    std::string name;
    FontFace regular;
    FontFace bold;
};

// The families a locale draws with, in fallback order: a character is drawn by the first
// family that has it (Chinese, then Latin, then Arabic, ...). Never empty.
struct FontFaces {
    std::vector<FontFamily> chain;
};

// Finds the faces for a locale: the families come from the fonts manifest (fonts/fonts.toml),
// the files from fontconfig. Fails with a message when a family is not installed, rather
// than silently drawing with whatever fontconfig would substitute.
Result<FontFaces> locate_fonts(const std::string& manifest_path, const std::string& locale);

}  // namespace kiosk
