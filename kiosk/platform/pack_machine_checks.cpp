#include "platform/pack_machine_checks.h"

#include <unicode/utf8.h>

#include <set>

#include "core/strings/ui_strings.h"
#include "platform/espeak_voices.h"
#include "platform/font_coverage.h"
#include "platform/louis_translator.h"

namespace kiosk {
namespace {

struct ShownText {
    std::string file;
    int line = 0;
    std::string text;
};

std::vector<ShownText> shown_texts(const LocaleContent& content) {
    const std::string home = content.locale + "/home.toml";
    std::vector<ShownText> texts{
        {home, 0, content.title}, {home, 0, content.subtitle}, {home, 0, content.braille_instructions_text()}};
    for (const auto& category : content.categories) texts.push_back({home, 0, category.title});
    for (const auto& [id, topic] : content.topics) {
        texts.push_back({topic.file, 2, topic.title + topic.summary + topic.source});
        for (const auto& block : topic.blocks) {
            texts.push_back({topic.file, block.source_line, block.text});
            for (const auto& cell : block.header) texts.push_back({topic.file, block.source_line, cell});
        }
    }
    return texts;
}

std::string describe(char32_t c, const std::string& utf8) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    return std::string(code) + " '" + utf8 + "'";
}

}  // namespace

void check_glyph_coverage(const Pack& pack, const std::string& fonts_manifest, PackErrors& problems) {
    std::map<std::string, FontFaces> located;
    FontLocator fonts(fonts_manifest);
    for (const auto& [locale, content] : pack.locales) {
        if (auto faces = fonts.faces(locale)) {
            located.emplace(locale, std::move(*faces));
        } else {
            problems.push_back({{locale, 0, 0}, Severity::error, faces.error().to_string()});
        }
    }
    check_glyph_coverage(pack, located, problems);
}

void check_glyph_coverage(const Pack& pack, const std::map<std::string, FontFaces>& faces, PackErrors& problems) {
    for (const auto& [locale, content] : pack.locales) {
        const auto located = faces.find(locale);
        if (located == faces.end()) continue;
        auto coverage = FontCoverage::for_faces(located->second);
        if (!coverage) {
            problems.push_back({{locale, 0, 0}, Severity::error, coverage.error().to_string()});
            continue;
        }
        std::set<char32_t> reported;  // each missing character once per locale
        for (const ShownText& shown : shown_texts(content)) {
            const auto* s = reinterpret_cast<const uint8_t*>(shown.text.data());
            const auto length = static_cast<int32_t>(shown.text.size());
            for (int32_t i = 0; i < length;) {
                const int32_t start = i;
                UChar32 c;
                U8_NEXT(s, i, length, c);
                if (c < 0x20 || coverage->covers(static_cast<char32_t>(c)) || !reported.insert(c).second) continue;
                problems.push_back({{shown.file, shown.line, 0},
                                    Severity::error,
                                    "character " +
                                        describe(static_cast<char32_t>(c), shown.text.substr(start, i - start)) +
                                        " has no glyph in the " + locale + " fonts; it would be left out"});
            }
        }
    }
}

void check_voices(const Pack& pack, const std::string& strings_dir, PackErrors& problems) {
    const std::set<std::string> voices = installed_espeak_voices();
    for (const auto& [locale, content] : pack.locales) {
        auto strings = UiStrings::open(strings_dir, locale);
        if (!strings) {
            problems.push_back({{"pack.toml", 0, 0}, Severity::error, locale + ": " + strings.error().to_string()});
            continue;
        }
        const std::string voice = pack.manifest.voice_for(locale, strings->get("voice"));
        if (voices.count(voice) == 0) {
            problems.push_back(
                {{"pack.toml", 0, 0},
                 Severity::error,
                 locale + ": the eSpeak NG voice '" + voice + "' is not installed (package espeak-ng-data)"});
        }
    }
}

void check_braille_instructions(const Pack& pack, PackErrors& problems) {
    LouisTranslator translator;
    for (const auto& [locale, content] : pack.locales) {
        for (std::size_t line = 0; line < content.braille_instructions.size(); ++line) {
            const SourceLocation& where = content.braille_instructions_at[line];
            auto missing = translator.untranslatable(content.braille_instructions[line], locale);
            if (!missing) {
                problems.push_back({where, Severity::error, missing.error().to_string()});
                continue;
            }
            for (const char32_t c : *missing) {
                char utf8[U8_MAX_LENGTH + 1] = {};
                std::int32_t length = 0;
                U8_APPEND_UNSAFE(utf8, length, static_cast<UChar32>(c));
                problems.push_back({where, Severity::error,
                                    "[braille] instructions: " + describe(c, utf8) + " has no braille in " +
                                        LouisTranslator::table_for(locale) +
                                        ": a label would show an escape code there; write it in words or leave it "
                                        "out"});
            }
        }
    }
}

}  // namespace kiosk
