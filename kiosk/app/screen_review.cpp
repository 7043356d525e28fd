#include "app/screen_review.h"

#include <SDL_ttf.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "app/session.h"
#include "core/content/pack_signature.h"
#include "core/text/line_breaker.h"

namespace kiosk {
namespace {

int fail(int status, const std::string& message) {
    std::fprintf(stderr, "kiosk: %s\n", message.c_str());
    return status;
}

struct TtfLibrary {
    bool ready = TTF_Init() == 0;
    ~TtfLibrary() {
        if (ready) TTF_Quit();
    }
};

std::vector<const Theme*> themes_in_scope(const ReviewScope& scope) {
    std::vector<const Theme*> themes;
    for (const Theme& theme : builtin_themes()) {
        const bool wanted = scope.themes.empty() ||
                            std::find(scope.themes.begin(), scope.themes.end(), theme.name) != scope.themes.end();
        if (wanted) themes.push_back(&theme);
    }
    return themes;
}

class Reviewer {
public:
    Reviewer(const PreparedPack& prepared, const ReviewScope& scope,
             const std::function<void(const ReviewedScreen&)>& review)
        : prepared_(prepared),
          themes_(themes_in_scope(scope)),
          sizes_(scope.text_sizes.empty() ? std::vector<int>(kTextSizes.begin(), kTextSizes.end()) : scope.text_sizes),
          shapes_(scope.shapes.empty() ? kReviewShapes : scope.shapes),
          screens_(scope.screens),
          choices_(language_choices(prepared)),
          review_(review) {}

    void language(const PreparedPack::Language& language) {
        FontSet fonts(language.faces);
        LineBreaker breaker(language.locale);
        if (const Status dictionary = check_hyphenation_dictionary(language.locale); !dictionary) {
            std::fprintf(stderr, "kiosk: %s\n", dictionary.error().to_string().c_str());
        }
        const LocaleContent& content = prepared_.pack.content_for(language.locale);
        const std::vector<CatalogScreen> catalog = screen_catalog({content, language.strings}, choices_);
        for (Size shape : shapes_) {
            for (int size : sizes_) {
                const LayoutMetrics metrics = metrics_for_text_size(size);
                for (const CatalogScreen& entry : catalog) {
                    if (!in_scope(entry)) continue;
                    const ScreenLayout layout = layout_screen(entry.screen, shape, fonts, breaker, metrics);
                    for (const Theme* theme : themes_) {
                        review_(ReviewedScreen{language.locale, *theme, size, shape, entry, layout, fonts});
                    }
                }
            }
        }
    }

private:
    bool in_scope(const CatalogScreen& entry) const {
        return screens_.empty() || std::find(screens_.begin(), screens_.end(), entry.name) != screens_.end();
    }

    const PreparedPack& prepared_;
    std::vector<const Theme*> themes_;
    std::vector<int> sizes_;
    std::vector<Size> shapes_;
    std::vector<std::string> screens_;
    std::vector<LanguageChoice> choices_;
    const std::function<void(const ReviewedScreen&)>& review_;
};

}  // namespace

std::string ReviewedScreen::folder() const {
    return locale + "/" + theme.name + "/" + std::to_string(text_size) + "/" + std::to_string(shape.w) + "x" +
           std::to_string(shape.h);
}

int review_every_screen(const Options& options, const std::function<void(const ReviewedScreen&)>& review) {
    PackSettings settings{options.pack, std::nullopt, options.strings_dir, options.fonts_manifest};
    if (!options.trust_key.empty()) {
        auto key = read_key_file(options.trust_key);
        if (!key) return fail(1, key.error().to_string());
        settings.trusted_key = *key;
    }
    auto prepared = prepare_pack(settings);
    if (!prepared) {
        const PackRefusal& refusal = prepared.error();
        if (refusal.cause == PackRefusal::Cause::kiosk) return fail(1, refusal.reason + "; nothing to review");
        return fail(1, "the pack at " + options.pack + " has errors; nothing to review: " + refusal.reason);
    }
    const PreparedPack& pack = *prepared;
    for (const std::string& locale : options.review.locales) {
        const bool known = std::any_of(pack.languages.begin(), pack.languages.end(),
                                       [&](const auto& language) { return language.locale == locale; });
        if (!known) return fail(2, "the pack has no language '" + locale + "'");
    }
    const TtfLibrary ttf;
    if (!ttf.ready) return fail(1, std::string("SDL_ttf: ") + TTF_GetError());
    Reviewer reviewer(pack, options.review, review);
    for (const auto& language : pack.languages) {
        const auto& wanted = options.review.locales;
        if (wanted.empty() || std::find(wanted.begin(), wanted.end(), language.locale) != wanted.end()) {
            reviewer.language(language);
        }
    }
    return 0;
}

}  // namespace kiosk
