#include "screens/screen_catalog.h"

#include <gtest/gtest.h>

#include <set>

#include "core/content/pack_loader.h"
#include "support/paths.h"

namespace kiosk {
namespace {

TEST(ScreenCatalog, ListsEveryScreenOfALanguageOnceUnderAFileNameSafeName) {
    PackLoadResult loaded = load_pack(testing::source_path("content/changyi"));
    ASSERT_TRUE(loaded.pack);
    const auto strings = UiStrings::open(testing::strings_dir(), "en");
    ASSERT_TRUE(strings) << strings.error().to_string();
    const LocaleContent& content = loaded.pack->content_for("en");

    const auto catalog = screen_catalog({content, *strings}, {{"en", "English", "en"}, {"ko", "한국어", "ko"}});

    std::set<std::string> names;
    for (const auto& entry : catalog) {
        EXPECT_TRUE(names.insert(entry.name).second) << "twice: " << entry.name;
        EXPECT_EQ(entry.name, file_name_safe(entry.name));
    }
    EXPECT_TRUE(names.count("home"));
    for (const auto& category : content.categories) EXPECT_TRUE(names.count("category-" + category.id)) << category.id;
    for (const auto& [id, topic] : content.topics) EXPECT_TRUE(names.count("topic-" + id)) << id;
    for (const char* help : {"help-home", "help-category", "help-topic", "help-languages", "help-settings"}) {
        EXPECT_TRUE(names.count(help)) << help;
    }
    for (const char* other : {"languages", "settings", "attract", "maintenance", "maintenance-exit-confirm"}) {
        EXPECT_TRUE(names.count(other)) << other;
    }
    EXPECT_EQ(catalog.size(), 1 + content.categories.size() + content.topics.size() + 5 + 3 + 2);
    EXPECT_EQ(catalog.front().screen.kind, ScreenKind::home);
}

TEST(ScreenCatalog, FileNameSafeKeepsLettersDigitsAndDashes) {
    EXPECT_EQ(file_name_safe("legal-aid_2"), "legal-aid_2");
    EXPECT_EQ(file_name_safe("../a b/法"), "---a-b----");  // 法 is three bytes
}

}  // namespace
}  // namespace kiosk
