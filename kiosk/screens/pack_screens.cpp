#include "screens/pack_screens.h"

#include <exception>
#include <map>
#include <type_traits>
#include <variant>

#include "core/strings/ui_strings.h"
#include "screens/category_screen.h"
#include "screens/screen_catalog.h"
#include "screens/topic_screen.h"

namespace kiosk {
namespace {

// Builds the screen an item opens, as the kiosk does when the item is chosen.
void open_item(const ScreenContext& context, const Item& item) {
    std::visit(
        [&](const auto& action) {
            using A = std::decay_t<decltype(action)>;
            if constexpr (std::is_same_v<A, OpenCategory>) build_category_screen(context, action.id);
            if constexpr (std::is_same_v<A, OpenTopic>) build_topic_screen(context, action.id);
        },
        item.action);
}

}  // namespace

PackErrors check_every_screen(const Pack& pack, const std::string& strings_dir) {
    PackErrors problems;
    std::map<std::string, UiStrings> strings;
    std::vector<LanguageChoice> languages;
    for (const auto& locale : pack.manifest.locales) {
        auto opened = UiStrings::open(strings_dir, locale);
        if (!opened) {
            problems.push_back({{"pack.toml", 0, 0},
                                Severity::error,
                                "the kiosk has no words for " + locale + ": " + opened.error().to_string()});
            continue;
        }
        languages.push_back({locale, opened->get("language_name"),
                             pack.manifest.voice_for(locale, opened->get("voice")), opened->get("attract_invitation")});
        strings.emplace(locale, std::move(*opened));
    }
    for (const auto& [locale, words] : strings) {
        const ScreenContext context{pack.content_for(locale), words};
        try {
            for (const CatalogScreen& entry : screen_catalog(context, languages)) {
                for (const Item& item : entry.screen.items) open_item(context, item);
            }
        } catch (const std::exception& e) {
            problems.push_back({{locale + "/home.toml", 0, 0},
                                Severity::error,
                                std::string("the kiosk cannot show this language's screens: ") + e.what()});
        }
    }
    return problems;
}

}  // namespace kiosk
