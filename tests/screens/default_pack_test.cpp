// The bundled pack, content/changyi, checked through the same screens residents use.

#include <gtest/gtest.h>

#include <set>

#include "core/content/pack_loader.h"
#include "core/ui/frame_checks.h"
#include "screens/kiosk.h"
#include "support/fake_measurer.h"
#include "support/paths.h"

namespace kiosk {
namespace {

const Pack& default_pack() {
    static const Pack pack = [] {
        PackLoadResult loaded = load_pack(testing::source_path("content/changyi"));
        for (const auto& problem : loaded.problems) ADD_FAILURE() << problem.to_string();
        return loaded.pack.value_or(Pack{});
    }();
    return pack;
}

TEST(DefaultPack, LoadsWithoutProblems) {
    const Pack& pack = default_pack();
    ASSERT_FALSE(pack.locales.empty());
    EXPECT_EQ(pack.manifest.default_locale, "zh-Hans");
}

TEST(DefaultPack, HomeHasTheCategoriesResidentsLookFor) {
    const LocaleContent& zh = default_pack().content_for("zh-Hans");
    std::vector<std::string> ids;
    for (const auto& c : zh.categories) ids.push_back(c.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"living", "transport", "telecom", "legal", "nearby", "rehab", "education",
                                             "work", "culture", "goals"}));
}

TEST(DefaultPack, EveryBenefitTopicAnswersTheResidentsQuestions) {
    const LocaleContent& zh = default_pack().content_for("zh-Hans");
    for (const auto& [id, topic] : zh.topics) {
        EXPECT_FALSE(topic.summary.empty()) << id;
        EXPECT_FALSE(topic.source.empty()) << id;
        if (topic.kind != TopicKind::benefit) continue;
        std::set<std::string> headings;
        for (const auto& block : topic.blocks) {
            if (block.kind == BlockKind::heading) headings.insert(block.text);
        }
        EXPECT_TRUE(headings.count(zh.sections.eligibility)) << id;
        EXPECT_TRUE(headings.count(zh.sections.benefit)) << id;
        EXPECT_TRUE(headings.count(zh.sections.apply)) << id;
    }
}

TEST(DefaultPack, NamesOnlyTheTwoHotlinesThePlanGives) {
    const LocaleContent& zh = default_pack().content_for("zh-Hans");
    bool found_12385 = false;
    for (const auto& [id, topic] : zh.topics) {
        for (const auto& block : topic.blocks)
            found_12385 = found_12385 || block.text.find("12385") != std::string::npos;
    }
    EXPECT_TRUE(found_12385);
}

TEST(DefaultPack, GoalsTableHasFourteenRowsWithHeaders) {
    const LocaleContent& zh = default_pack().content_for("zh-Hans");
    int rows = 0;
    for (const auto& [id, topic] : zh.topics) {
        for (const auto& block : topic.blocks) {
            if (block.kind != BlockKind::table_row) continue;
            ++rows;
            EXPECT_EQ(block.header, (std::vector<std::string>{"指标", "目标", "属性"})) << id;
        }
    }
    EXPECT_EQ(rows, 14);
}

// Every topic is two activations from home: its category tile, then its topic tile;
// and every screen on the way fits each screen shape.
TEST(DefaultPack, EveryTopicIsTwoActivationsFromHomeAndEveryScreenFits) {
    const Pack& pack = default_pack();
    ASSERT_FALSE(pack.locales.empty());
    auto strings = UiStrings::open(testing::strings_dir(), "zh-Hans");
    ASSERT_TRUE(strings) << strings.error().to_string();
    testing::FakeMeasurer measurer;
    Kiosk kiosk(pack, std::move(*strings), measurer, {}, Preferences{.speech = true});
    const Size shapes[] = {{1920, 1080}, {1280, 1024}, {1080, 1920}};
    auto check_fits = [&](const std::string& where) {
        for (Size size : shapes) {
            kiosk.frame(size);
            EXPECT_EQ(check_layout(kiosk.stack().top().screen, *kiosk.layout(), measurer), std::vector<FrameProblem>{})
                << where << " at " << size.w << "x" << size.h;
        }
    };

    kiosk.start();
    check_fits("home");
    std::set<std::string> reached;
    const LocaleContent& zh = pack.content_for("zh-Hans");
    for (std::size_t c = 0; c < zh.categories.size(); ++c) {
        kiosk.handle(Command::home);
        for (std::size_t i = 0; i < c; ++i) kiosk.handle(Command::next);
        kiosk.handle(Command::activate);  // activation 1: the category
        ASSERT_EQ(kiosk.stack().top().screen.kind, ScreenKind::category);
        check_fits(zh.categories[c].id);
        for (std::size_t t = 0; t < zh.categories[c].topic_ids.size(); ++t) {
            kiosk.handle(Command::activate);  // activation 2: the topic
            const Screen& topic = kiosk.stack().top().screen;
            ASSERT_EQ(topic.kind, ScreenKind::topic);
            reached.insert(topic.title);
            check_fits(topic.title);
            kiosk.handle(Command::back);
            kiosk.handle(Command::next);
        }
    }
    EXPECT_EQ(reached.size(), zh.topics.size());
}

}  // namespace
}  // namespace kiosk
