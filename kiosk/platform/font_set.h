#pragma once

#include <SDL_ttf.h>

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>

#include "core/text/text_measurer.h"
#include "core/text/text_runs.h"
#include "platform/font_locator.h"
#include "platform/mapped_file.h"

namespace kiosk {

// The open fonts of one locale's fallback chain, one per face, size and weight, answering
// layout's measurements from the real glyphs. A line is measured and drawn run by run
// (see RunSplitter): each run shaped by HarfBuzz with its own face, direction and script.
// A screen uses a handful of sizes, so the set stays small; it is bounded all the same.
class FontSet : public TextMeasurer {
public:
    explicit FontSet(FontFaces faces);
    ~FontSet() override;
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // A face of the chain (0 is the first). Null only when the font file cannot be opened;
    // the error is in SDL_GetError().
    TTF_Font* font(const FontSpec& spec, std::size_t face = 0);

    // The runs of one line in visual order, and the characters no face has.
    LineRuns runs(std::string_view utf8, const FontSpec& spec);
    // The run's face, set to shape in the run's direction and script. Null as font().
    TTF_Font* shaping_font(const TextRun& run, const FontSpec& spec);

    int width(std::string_view utf8, const FontSpec& spec) override;
    int line_height(const FontSpec& spec) override;
    std::u32string missing_glyphs(std::string_view utf8) override;

private:
    class Chooser;
    using Key = std::tuple<std::size_t, int, FontWeight>;  // face, px, weight

    std::size_t max_open_fonts() const { return 32 * faces_.chain.size(); }
    TTF_Font* open_font(const FontFace& face, int px);

    FontFaces faces_;
    std::map<std::string, std::unique_ptr<MappedFile>> files_;  // outlive the fonts read from them
    std::map<Key, TTF_Font*> open_;
    RunSplitter splitter_;
};

}  // namespace kiosk
