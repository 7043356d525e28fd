#include "platform/font_locator.h"

#include <fontconfig/fontconfig.h>

#include <toml++/toml.h>

#include <memory>

namespace kiosk {
namespace {

struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

bool has_family(FcPattern* pattern, const std::string& family) {
    FcChar8* value = nullptr;
    for (int i = 0; FcPatternGetString(pattern, FC_FAMILY, i, &value) == FcResultMatch; ++i) {
        if (family == reinterpret_cast<const char*>(value)) return true;
    }
    return false;
}

Result<FontFace> match_face(const std::string& family, int weight) {
    Pattern pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, weight);
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern match(FcFontMatch(nullptr, pattern.get(), &result));
    if (!match || !has_family(match.get(), family)) {
        return failure("font family \"" + family +
                       "\" is not installed (Debian packages fonts-noto-cjk, fonts-noto-core)");
    }
    FcChar8* file = nullptr;
    int index = 0;
    FcPatternGetString(match.get(), FC_FILE, 0, &file);
    FcPatternGetInteger(match.get(), FC_INDEX, 0, &index);
    return FontFace{reinterpret_cast<const char*>(file), index};
}

// A locale's families: `families = [...]` in fallback order, or a single `family = "..."`.
std::vector<std::string> families_in(const toml::node_view<const toml::node>& section) {
    std::vector<std::string> families;
    if (const toml::array* list = section["families"].as_array()) {
        for (const toml::node& entry : *list) {
            if (auto name = entry.value<std::string>()) families.push_back(*name);
        }
    } else if (auto family = section["family"].value<std::string>()) {
        families.push_back(*family);
    }
    return families;
}

// "zh-Hans-CN" is configured by "zh-Hans", then by "zh".
std::vector<std::string> families_for(const toml::table& manifest, std::string locale) {
    while (!locale.empty()) {
        const toml::node_view<const toml::node> section = manifest[locale];
        if (section.is_table()) return families_in(section);
        const auto dash = locale.rfind('-');
        locale = dash == std::string::npos ? std::string() : locale.substr(0, dash);
    }
    return {};
}

}  // namespace

Result<FontFaces> locate_fonts(const std::string& manifest_path, const std::string& locale) {
    toml::table manifest;
    try {
        manifest = toml::parse_file(manifest_path);
    } catch (const toml::parse_error& e) {
        return failure(Error(manifest_path, std::string(e.description()), static_cast<int>(e.source().begin.line),
                             static_cast<int>(e.source().begin.column)));
    }
    const std::vector<std::string> families = families_for(manifest, locale);
    if (families.empty()) {
        return failure(Error(manifest_path, "no font family for locale " + locale +
                                                " (write families = [\"...\"] under [" + locale + "])"));
    }
    FontFaces faces;
    for (const std::string& family : families) {
        auto regular = match_face(family, FC_WEIGHT_REGULAR);
        if (!regular) return failure(regular.error());
        auto bold = match_face(family, FC_WEIGHT_BOLD);
        if (!bold) return failure(bold.error());
        faces.chain.push_back({family, *regular, *bold});
    }
    return faces;
}

}  // namespace kiosk
