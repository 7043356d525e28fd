// The fonts of fonts/fonts.toml, found through fontconfig and drawn with SDL_ttf and
// HarfBuzz: the fallback chain, right-to-left text, missing characters and the texture cache.

#include "platform/font_set.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/text/line_breaker.h"
#include "platform/font_coverage.h"
#include "platform/font_locator.h"
#include "platform/text_texture_cache.h"
#include "support/paths.h"

namespace kiosk {
namespace {

const std::string kManifest = testing::source_path("fonts/fonts.toml");
const std::string kArabic = "مرحبا بالعالم";  // "hello, world"
const FontSpec kBody{40, FontWeight::regular};

class FontSetTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { ASSERT_EQ(TTF_Init(), 0) << TTF_GetError(); }
    static void TearDownTestSuite() { TTF_Quit(); }

    static FontFaces faces_for(const std::string& locale) {
        auto faces = locate_fonts(kManifest, locale);
        EXPECT_TRUE(faces) << faces.error().to_string();
        return faces.value_or(FontFaces{});
    }

    static std::size_t position_of(const FontFaces& faces, const std::string& family) {
        for (std::size_t i = 0; i < faces.chain.size(); ++i) {
            if (faces.chain[i].name == family) return i;
        }
        return faces.chain.size();
    }
};

TEST_F(FontSetTest, EveryLocaleHasAChainStartingWithItsOwnFace) {
    EXPECT_EQ(faces_for("zh-Hans").chain.front().name, "Noto Sans CJK SC");
    EXPECT_EQ(faces_for("ko").chain.front().name, "Noto Sans CJK KR");
    for (const std::string locale : {"zh-Hans", "ko", "en"}) {
        EXPECT_LT(position_of(faces_for(locale), "Noto Sans Arabic"), faces_for(locale).chain.size()) << locale;
    }
}

TEST_F(FontSetTest, ArabicLineIsMeasuredWithNothingMissing) {
    FontSet fonts(faces_for("zh-Hans"));
    EXPECT_GT(fonts.width(kArabic, kBody), 0);
    EXPECT_TRUE(fonts.missing_glyphs(kArabic).empty());
}

TEST_F(FontSetTest, ArabicIsDrawnRightToLeftByTheArabicFamily) {
    const FontFaces faces = faces_for("zh-Hans");
    FontSet fonts(faces);
    const LineRuns line = fonts.runs(kArabic, kBody);
    ASSERT_EQ(line.runs.size(), 1u);
    EXPECT_EQ(line.runs[0].face, position_of(faces, "Noto Sans Arabic"));
    EXPECT_EQ(line.runs[0].direction, TextDirection::right_to_left);
    EXPECT_EQ(line.runs[0].script, "Arab");
}

TEST_F(FontSetTest, ArabicLettersAreShapedIntoJoinedForms) {
    // Joined (medial) forms of beh are narrower than four letters standing alone:
    // HarfBuzz shaped the run as Arabic.
    FontSet fonts(faces_for("zh-Hans"));
    EXPECT_LT(fonts.width("بببب", kBody), 4 * fonts.width("ب", kBody));
}

TEST_F(FontSetTest, MixedLineIsAsWideAsItsRuns) {
    FontSet fonts(faces_for("zh-Hans"));
    const std::string mixed = "热线12385 مرحبا hello";
    int sum = 0;
    const LineRuns line = fonts.runs(mixed, kBody);
    for (const TextRun& run : line.runs) sum += fonts.width(run.utf8, kBody);
    EXPECT_GE(line.runs.size(), 3u);
    EXPECT_EQ(fonts.width(mixed, kBody), sum);
    EXPECT_GT(fonts.width(mixed, kBody), fonts.width("热线12385 hello", kBody));
}

TEST_F(FontSetTest, CharacterNoFontHasIsMissing) {
    FontSet fonts(faces_for("zh-Hans"));
    EXPECT_EQ(fonts.missing_glyphs("مرحبا\uE000"), std::u32string{U'\uE000'});
    // Left out: the line is as wide as without it.
    EXPECT_EQ(fonts.width("مرحبا\uE000", kBody), fonts.width("مرحبا", kBody));
}

TEST_F(FontSetTest, ChineseInEnglishTextComesFromTheCjkFace) {
    const FontFaces faces = faces_for("en");
    FontSet fonts(faces);
    const LineRuns line = fonts.runs("Changyi 昌邑区", kBody);
    ASSERT_EQ(line.runs.size(), 2u);
    EXPECT_EQ(line.runs[1].face, position_of(faces, "Noto Sans CJK SC"));
    EXPECT_TRUE(line.missing.empty());
}

// Lines are filled from the widths of their pieces; with the real fonts each line, measured
// whole, must still fit: English with a Chinese name in it changes face inside the line.
TEST_F(FontSetTest, MixedEnglishAndChineseLinesFitWhenMeasuredWhole) {
    FontSet fonts(faces_for("en"));
    LineBreaker breaker("en");
    const std::string text =
        "Join cultural activities such as the \u201CCulture Week for People with Disabilities\u201D "
        "(\u6B8B\u75BE\u4EBA\u6587\u5316\u5468) and \u201CShare the Fragrance, Build a Better Life "
        "Together\u201D (\u5171\u4EAB\u82AC\u82B3\u00B7\u5171\u94F8\u7F8E\u597D).";
    for (int px : {40, 60, 114, 120}) {
        const FontSpec font{px, FontWeight::regular};
        for (int width = 8 * px; width <= 12 * px; width += px / 8) {
            for (const std::string& line : breaker.break_lines(text, width, font, fonts)) {
                EXPECT_LE(fonts.width(line, font), width) << px << " px, " << width << ": " << line;
            }
        }
    }
}

// At 300% on a portrait screen a tile holds about eight bold letters of 156 px: "accessibility"
// is hyphenated with the system's dictionary, each line fits, and nothing is cut.
TEST_F(FontSetTest, LongEnglishWordsAreHyphenatedToFitTheRealFonts) {
    FontSet fonts(faces_for("en"));
    LineBreaker breaker("en");
    const FontSpec font{156, FontWeight::bold};  // a tile's label
    for (const std::string text : {"Travel and accessibility", "Basic rehabilitation", "Accessible information"}) {
        int forced = 0;
        const std::vector<std::string> lines = breaker.break_lines(text, 928, font, fonts, &forced);
        EXPECT_EQ(forced, 0) << text;
        bool hyphenated = false;
        for (const std::string& line : lines) {
            EXPECT_LE(fonts.width(line, font), 928) << line;
            hyphenated = hyphenated || line.ends_with("-");
        }
        EXPECT_TRUE(hyphenated) << ::testing::PrintToString(lines);
    }
}

TEST_F(FontSetTest, CoverageCountsTheWholeChain) {
    auto coverage = FontCoverage::for_faces(faces_for("zh-Hans"));
    ASSERT_TRUE(coverage) << coverage.error().to_string();
    EXPECT_TRUE(coverage->covers(U'中'));
    EXPECT_TRUE(coverage->covers(U'م'));
    EXPECT_FALSE(coverage->covers(U'\uE000'));
}

class ManifestTest : public ::testing::Test {
protected:
    std::string write(const std::string& text) {
        path_ = std::filesystem::temp_directory_path() / ("kiosk-fonts-" + std::to_string(::getpid()) + ".toml");
        std::ofstream(path_) << text;
        return path_.string();
    }
    void TearDown() override { std::filesystem::remove(path_); }

private:
    std::filesystem::path path_;
};

TEST_F(ManifestTest, SingleFamilyFormStillWorks) {
    auto faces = locate_fonts(write("[en]\nfamily = \"Noto Sans\"\n"), "en-GB");
    ASSERT_TRUE(faces) << faces.error().to_string();
    ASSERT_EQ(faces->chain.size(), 1u);
    EXPECT_EQ(faces->chain[0].name, "Noto Sans");
}

TEST_F(ManifestTest, FamilyThatIsNotInstalledIsNamed) {
    const auto faces = locate_fonts(write("[en]\nfamilies = [\"Noto Sans\", \"No Such Sans\"]\n"), "en");
    ASSERT_FALSE(faces);
    EXPECT_NE(faces.error().message.find("\"No Such Sans\" is not installed"), std::string::npos)
        << faces.error().message;
}

TEST_F(ManifestTest, LocaleWithoutFontsIsNamed) {
    const auto faces = locate_fonts(write("[en]\nfamilies = []\n"), "en");
    ASSERT_FALSE(faces);
    EXPECT_NE(faces.error().message.find("no font family for locale en"), std::string::npos) << faces.error().message;
}

// Lines drawn into textures by SDL's software renderer, as the kiosk draws them.
class TextTextureTest : public FontSetTest {
protected:
    void SetUp() override {
        surface_ = SDL_CreateRGBSurfaceWithFormat(0, 640, 480, 32, SDL_PIXELFORMAT_ARGB8888);
        ASSERT_NE(surface_, nullptr) << SDL_GetError();
        renderer_ = SDL_CreateSoftwareRenderer(surface_);
        ASSERT_NE(renderer_, nullptr) << SDL_GetError();
    }
    void TearDown() override {
        if (renderer_ != nullptr) SDL_DestroyRenderer(renderer_);
        if (surface_ != nullptr) SDL_FreeSurface(surface_);
    }

    SDL_Surface* surface_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
};

TEST_F(TextTextureTest, MixedLineIsOneTextureAsWideAsMeasured) {
    FontSet fonts(faces_for("zh-Hans"));
    TextTextureCache cache(renderer_, fonts, 1u << 24);
    const std::string mixed = "热线 مرحبا 2025 hello";
    const TextTexture texture = cache.get(mixed, kBody, Color{0, 0, 0});
    ASSERT_NE(texture.texture, nullptr);
    EXPECT_EQ(texture.w, fonts.width(mixed, kBody));
    EXPECT_GE(texture.h, fonts.line_height(kBody) - 4);
    EXPECT_LE(texture.top, 0);
    EXPECT_EQ(cache.entries(), 1u);
    EXPECT_EQ(cache.bytes(), static_cast<std::size_t>(texture.w) * static_cast<std::size_t>(texture.h) * 4);
}

TEST_F(TextTextureTest, LineOfOnlyMissingCharactersDrawsNothing) {
    FontSet fonts(faces_for("zh-Hans"));
    TextTextureCache cache(renderer_, fonts, 1u << 24);
    EXPECT_EQ(cache.get("\uE000\uE001", kBody, Color{0, 0, 0}).texture, nullptr);
    EXPECT_EQ(cache.bytes(), 0u);
}

TEST_F(TextTextureTest, EachMissingCharacterIsReportedOnce) {
    FontSet fonts(faces_for("zh-Hans"));
    TextTextureCache cache(renderer_, fonts, 1u << 24);
    ::testing::internal::CaptureStderr();
    cache.get("甲\uE000", kBody, Color{0, 0, 0});
    cache.get("乙\uE000", kBody, Color{0, 0, 0});
    cache.get("乙\uE000", kBody, Color{255, 255, 255});
    const std::string said = ::testing::internal::GetCapturedStderr();
    const auto first = said.find("U+E000");
    ASSERT_NE(first, std::string::npos) << said;
    EXPECT_EQ(said.find("U+E000", first + 1), std::string::npos) << said;
}

TEST_F(TextTextureTest, CacheStaysWithinItsBudget) {
    FontSet fonts(faces_for("zh-Hans"));
    constexpr std::size_t kBudget = 200 * 1024;
    TextTextureCache cache(renderer_, fonts, kBudget);
    for (int i = 0; i < 40; ++i) {
        ASSERT_NE(cache.get("第" + std::to_string(i) + "行 مرحبا", kBody, Color{0, 0, 0}).texture, nullptr);
        EXPECT_LE(cache.bytes(), kBudget);
    }
    EXPECT_LT(cache.entries(), 40u);
}

}  // namespace
}  // namespace kiosk
