#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// The faces of a fallback chain, in order: a character is drawn by the first face that
// has it. The shell answers from the font files; tests answer from a table.
class FaceChooser {
public:
    virtual ~FaceChooser() = default;
    virtual std::size_t face_count() = 0;
    virtual bool has_glyph(std::size_t face, char32_t character) = 0;
};

enum class TextDirection { left_to_right, right_to_left };

// A piece of a line drawn with one face, in one script and one direction: what a text
// shaper (HarfBuzz) takes in one call. Its text is in logical (reading) order.
struct TextRun {
    std::string utf8;
    std::size_t face = 0;  // its place in the fallback chain
    TextDirection direction = TextDirection::left_to_right;
    std::string script;  // ISO 15924 code, e.g. "Hani", "Arab", "Latn"; "Zyyy" when only common characters

    bool operator==(const TextRun&) const = default;
};

struct LineRuns {
    std::vector<TextRun> runs;  // in visual order, left to right
    std::u32string missing;     // characters no face has, in reading order; never drawn
};

// Splits one line into runs: the Unicode bidirectional algorithm (ICU ubidi, paragraph
// direction taken from the text) gives runs of one direction, which are split where the
// face or the script changes. Spaces, punctuation and digits stay in their neighbours' face
// when it has them, so a line is not cut into needless pieces, and a grapheme cluster
// (a letter with its marks, an emoji sequence) is never split.
class RunSplitter {
public:
    RunSplitter();
    ~RunSplitter();
    RunSplitter(const RunSplitter&) = delete;
    RunSplitter& operator=(const RunSplitter&) = delete;

    LineRuns split(std::string_view utf8, FaceChooser& faces);

private:
    struct Icu;
    std::unique_ptr<Icu> icu_;
};

}  // namespace kiosk
