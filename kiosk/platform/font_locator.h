#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
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

// The same for several locales: the manifest is read once, and a family the locales share
// ("Noto Sans" in every chain) is asked of fontconfig once.
class FontLocator {
public:
    explicit FontLocator(std::string manifest_path);
    Result<FontFaces> faces(const std::string& locale);

private:
    Result<FontFace> face(const std::string& family, int weight);

    std::string manifest_path_;
    std::optional<Error> manifest_error_;                       // set when it cannot be read
    std::map<std::string, std::vector<std::string>> families_;  // the manifest's sections
    std::map<std::pair<std::string, int>, FontFace> matched_;   // family and weight
};

}  // namespace kiosk
