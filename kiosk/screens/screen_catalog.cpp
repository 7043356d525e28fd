#include "screens/screen_catalog.h"

#include <set>

#include "screens/attract_screen.h"
#include "screens/category_screen.h"
#include "screens/help_screen.h"
#include "screens/home_screen.h"
#include "screens/language_screen.h"
#include "screens/maintenance_screen.h"
#include "screens/settings_screen.h"
#include "screens/topic_screen.h"

namespace kiosk {
namespace {

// Topics in the order their categories list them, then any no category lists.
std::vector<std::string> topic_ids_in_reading_order(const LocaleContent& content) {
    std::vector<std::string> ids;
    std::set<std::string> seen;
    for (const Category& category : content.categories) {
        for (const std::string& id : category.topic_ids) {
            if (seen.insert(id).second && content.find_topic(id) != nullptr) ids.push_back(id);
        }
    }
    for (const auto& [id, topic] : content.topics) {
        if (seen.insert(id).second) ids.push_back(id);
    }
    return ids;
}

}  // namespace

std::string file_name_safe(const std::string& text) {
    std::string safe = text;
    for (char& c : safe) {
        const bool plain =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!plain) c = '-';
    }
    return safe;
}

std::vector<CatalogScreen> screen_catalog(const ScreenContext& context, const std::vector<LanguageChoice>& languages) {
    const LocaleContent& content = context.content;
    std::vector<CatalogScreen> catalog;
    auto add = [&catalog](const std::string& name, Screen screen) {
        catalog.push_back({file_name_safe(name), std::move(screen)});
    };

    add("home", build_home_screen(context));
    for (const Category& category : content.categories) {
        add("category-" + category.id, build_category_screen(context, category.id));
    }
    const std::vector<std::string> topic_ids = topic_ids_in_reading_order(content);
    for (const std::string& id : topic_ids) add("topic-" + id, build_topic_screen(context, id));
    const Screen languages_screen = build_language_screen(context, languages, content.locale);
    std::string language_name = context.strings.get("language_name");
    for (const LanguageChoice& language : languages) {
        if (language.locale == content.locale) language_name = language.name;
    }
    const Screen settings_screen = build_settings_screen(context, Preferences{}, language_name);

    // Help says where the resident is, so it differs by the kind of screen it is asked on;
    // a category's or topic's help differs only by its title, so the first one stands for all.
    // Help asked on the help screen says the help again rather than opening another.
    add("help-home", build_help_screen(context, catalog.front().screen));
    if (!content.categories.empty()) {
        add("help-category", build_help_screen(context, build_category_screen(context, content.categories.front().id)));
    }
    if (!topic_ids.empty())
        add("help-topic", build_help_screen(context, build_topic_screen(context, topic_ids.front())));
    add("help-languages", build_help_screen(context, languages_screen));
    add("help-settings", build_help_screen(context, settings_screen));
    add("languages", languages_screen);
    add("settings", settings_screen);
    add("attract", build_attract_screen(context, languages));
    // Staff screens, reviewed like the residents': the maintenance screen with sample facts.
    const MaintenanceFacts sample = sample_maintenance_facts(context, languages);
    add("maintenance", build_maintenance_screen(context, sample, false));
    add("maintenance-exit-confirm", build_maintenance_screen(context, sample, true));
    return catalog;
}

}  // namespace kiosk
