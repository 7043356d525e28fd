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

}  // namespace

FontLocator::FontLocator(std::string manifest_path) : manifest_path_(std::move(manifest_path)) {
    try {
        const toml::table manifest = toml::parse_file(manifest_path_);
        for (const auto& [key, node] : manifest) {
            if (node.is_table())
                families_[std::string(key.str())] = families_in(toml::node_view<const toml::node>(node));
        }
    } catch (const toml::parse_error& e) {
        manifest_error_ = Error(manifest_path_, std::string(e.description()), static_cast<int>(e.source().begin.line),
                                static_cast<int>(e.source().begin.column));
    }
}

Result<FontFace> FontLocator::face(const std::string& family, int weight) {
    const auto key = std::pair{family, weight};
    if (auto found = matched_.find(key); found != matched_.end()) return found->second;
    auto face = match_face(family, weight);
    if (face) matched_.emplace(key, *face);
    return face;
}

// "zh-Hans-CN" is configured by "zh-Hans", then by "zh".
Result<FontFaces> FontLocator::faces(const std::string& locale) {
    if (manifest_error_) return failure(*manifest_error_);
    std::vector<std::string> families;
    for (std::string tag = locale; !tag.empty();) {
        if (auto section = families_.find(tag); section != families_.end()) {
            families = section->second;
            break;
        }
        const auto dash = tag.rfind('-');
        tag = dash == std::string::npos ? std::string() : tag.substr(0, dash);
    }
    if (families.empty()) {
        return failure(Error(manifest_path_, "no font family for locale " + locale +
                                                 " (write families = [\"...\"] under [" + locale + "])"));
    }
    FontFaces faces;
    for (const std::string& family : families) {
        auto regular = face(family, FC_WEIGHT_REGULAR);
        if (!regular) return failure(regular.error());
        auto bold = face(family, FC_WEIGHT_BOLD);
        if (!bold) return failure(bold.error());
        faces.chain.push_back({family, *regular, *bold});
    }
    return faces;
}

Result<FontFaces> locate_fonts(const std::string& manifest_path, const std::string& locale) {
    return FontLocator(manifest_path).faces(locale);
}

}  // namespace kiosk
