// What a resident sees and hears of a claim's kind and of the source's status: words on
// the screen and in the speech, in each language, never colour alone.

#include <gtest/gtest.h>

#include "core/content/pack_loader.h"
#include "screens/attract_screen.h"
#include "screens/home_screen.h"
#include "screens/topic_screen.h"
#include "support/paths.h"

namespace kiosk {
namespace {

class ClaimsAndSource : public ::testing::Test {
protected:
    void SetUp() override {
        PackLoadResult loaded = load_pack(testing::fixture_path("mini-pack"));
        ASSERT_TRUE(loaded.pack);
        pack_ = std::move(*loaded.pack);
    }
    UiStrings strings(const std::string& locale) {
        auto opened = UiStrings::open(testing::strings_dir(), locale);
        EXPECT_TRUE(opened) << opened.error().to_string();
        return std::move(*opened);
    }
    const LocaleContent& content() const { return pack_.content_for("zh-Hans"); }
    static const Item* find_item(const Screen& screen, const std::string& starts_with) {
        for (const auto& item : screen.items) {
            if (item.label.starts_with(starts_with)) return &item;
        }
        return nullptr;
    }
    Pack pack_;
};

TEST_F(ClaimsAndSource, TopicShowsAndSpeaksEachClaimsKindAndReference) {
    const UiStrings zh = strings("zh-Hans");
    const Screen topic = build_topic_screen({content(), zh}, "legal-aid");
    const Item* target = find_item(topic, "规划目标");
    ASSERT_NE(target, nullptr);
    EXPECT_EQ(target->claim, "规划目标（约束性）·三（四）1");
    EXPECT_EQ(target->label,
              "规划目标（约束性）·三（四）1\n免费的法律咨询和代理。涉及残疾人的刑事案件都提供法律援助。");
    EXPECT_EQ(target->spoken,
              "规划目标（约束性）·三（四）1，免费的法律咨询和代理。涉及残疾人的刑事案件都提供法律援助。");
    const Item* result = find_item(topic, "\xE2\x80\xA2 过去成果");
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->label, "\xE2\x80\xA2 过去成果·一\n本区的残疾人。");
    EXPECT_EQ(result->spoken, "过去成果·一，本区的残疾人。");
    const Item* guidance = find_item(topic, "到区残联");
    ASSERT_NE(guidance, nullptr);
    EXPECT_EQ(guidance->claim, "") << "how to apply carries no marker and no label";
}

TEST_F(ClaimsAndSource, LabelsAreInTheKiosksLanguage) {
    LocaleContent marked = content();
    Block& block = marked.topics.at("legal-aid").blocks.at(3);
    ASSERT_TRUE(block.claim);
    block.claim = Claim{ClaimKind::target, "Box 1, item 4", ClaimFlag::binding};
    const UiStrings en = strings("en");
    EXPECT_NE(find_item(build_topic_screen({marked, en}, "legal-aid"), "Plan target (binding) · Box 1, item 4\n"),
              nullptr);
    block.claim = Claim{ClaimKind::target, "전문란 1 제4항", ClaimFlag::binding};
    const UiStrings ko = strings("ko");
    EXPECT_NE(find_item(build_topic_screen({marked, ko}, "legal-aid"), "계획 목표(구속성) · 전문란 1 제4항\n"),
              nullptr);
    block.claim = Claim{ClaimKind::target, "3(4)1", ClaimFlag::expected};
    EXPECT_NE(find_item(build_topic_screen({marked, en}, "legal-aid"), "Plan target (expected) · 3(4)1\n"), nullptr);
    block.claim = Claim{ClaimKind::target, "3(4)1", ClaimFlag::none};
    EXPECT_NE(find_item(build_topic_screen({marked, ko}, "legal-aid"), "계획 목표 · 3(4)1\n"), nullptr);

    const UiStrings zh = strings("zh-Hans");
    const Screen hotlines_en = build_topic_screen({content(), en}, "hotlines");
    EXPECT_NE(find_item(hotlines_en, "Rule in force · 三（四）1\n"), nullptr);
    EXPECT_NE(find_item(build_topic_screen({content(), ko}, "hotlines"), "시행 중인 제도 · 三（四）1\n"), nullptr);
    EXPECT_NE(find_item(build_topic_screen({content(), zh}, "hotlines"), "现行政策·三（四）1\n"), nullptr);
    EXPECT_NE(find_item(build_topic_screen({content(), en}, "legal-aid"), "\xE2\x80\xA2 Past result · 一\n"), nullptr);
    EXPECT_NE(find_item(build_topic_screen({content(), ko}, "legal-aid"), "\xE2\x80\xA2 과거 실적 · 一\n"), nullptr);
}

TEST_F(ClaimsAndSource, HomeNamesThePlanItsDraftStatusAndPeriodAndClaimsNoCurrency) {
    const UiStrings en = strings("en");
    const Screen home = build_home_screen({content(), en});
    const Item* status = find_item(home, "Based on: ");
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->label,
              "Based on: 测试区“十四五”残疾人保障和发展规划（讨论稿）\nThis is a discussion draft: its plan targets "
              "may not be in "
              "place yet.\nPlan period: 2021–2025.");
    EXPECT_EQ(status->spoken,
              "Based on: 测试区“十四五”残疾人保障和发展规划（讨论稿）, This is a discussion draft: its plan targets "
              "may not be "
              "in place yet. Plan period: 2021–2025.");
    EXPECT_EQ(home.subtitle,
              "用于测试的小内容包\nFrom a discussion draft: 测试区“十四五”残疾人保障和发展规划（讨论稿）, plan period "
              "2021–2025")
        << "seen first, in the header, at every text size";
    for (const auto& item : home.items) {
        EXPECT_EQ(item.label.find("2026"), std::string::npos) << "no 'information as of' date: " << item.label;
    }
    const UiStrings ko = strings("ko");
    const Screen home_ko = build_home_screen({content(), ko});
    const Item* korean = find_item(home_ko, "근거 문서: ");
    ASSERT_NE(korean, nullptr);
    EXPECT_NE(korean->label.find("토론용 초안"), std::string::npos);
    EXPECT_NE(korean->label.find("계획 기간: 2021–2025년."), std::string::npos);
    EXPECT_NE(home_ko.subtitle.find("토론용 초안 근거: 测试区"), std::string::npos) << home_ko.subtitle;
}

TEST_F(ClaimsAndSource, AttractAndEveryTopicNameTheSourcesStatus) {
    const UiStrings zh = strings("zh-Hans");
    const Screen attract = build_attract_screen({content(), zh}, {});
    const Item* status = find_item(attract, "内容依据：");
    ASSERT_NE(status, nullptr);
    EXPECT_NE(status->label.find("这是一份讨论稿"), std::string::npos);
    EXPECT_NE(status->label.find("规划期：2021–2025年。"), std::string::npos);
    EXPECT_TRUE(std::holds_alternative<Begin>(status->action)) << "a tap on it starts the kiosk like any other";
    for (const auto& [id, topic] : content().topics) {
        const Screen screen = build_topic_screen({content(), zh}, id);
        const Item* line = find_item(screen, "内容依据：");
        ASSERT_NE(line, nullptr) << id;
        EXPECT_EQ(line, &screen.items.back()) << id << ": after the topic's own source";
        EXPECT_NE(line->label.find("讨论稿"), std::string::npos);
        EXPECT_NE(line->label.find("2021–2025"), std::string::npos);
    }
}

TEST_F(ClaimsAndSource, AnAdoptedSourceIsNotCalledADraftAndNoSourceShowsNothing) {
    LocaleContent adopted = content();
    adopted.source_status.draft = false;
    const UiStrings zh = strings("zh-Hans");
    const Screen adopted_home = build_home_screen({adopted, zh});
    const Item* status = find_item(adopted_home, "内容依据：");
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->label.find("这是一份讨论稿"), std::string::npos);
    EXPECT_NE(status->label.find("规划目标是计划要做到的事，不一定已经实现。"), std::string::npos);
    EXPECT_NE(adopted_home.subtitle.find("\n依据：测试区"), std::string::npos) << adopted_home.subtitle;
    LocaleContent unnamed = content();
    unnamed.source_status = {};
    const Screen home = build_home_screen({unnamed, zh});
    EXPECT_EQ(home.items.size(), unnamed.categories.size());
    EXPECT_EQ(home.subtitle, unnamed.subtitle);
}

}  // namespace
}  // namespace kiosk
