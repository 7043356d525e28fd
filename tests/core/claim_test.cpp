#include "core/content/claim.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(ClaimMarker, TextWithoutMarkerIsLeftAlone) {
    const ClaimMarkerRead read = read_claim_marker("所有居民。");
    EXPECT_FALSE(read.claim);
    EXPECT_TRUE(read.error.empty());
    EXPECT_EQ(read.rest, "所有居民。");
}

TEST(ClaimMarker, EachKindIsReadAndTheMarkerStripped) {
    const ClaimMarkerRead target = read_claim_marker("{target 三（四）1} 到2025年，实现全覆盖。");
    ASSERT_TRUE(target.claim);
    EXPECT_EQ(*target.claim, (Claim{ClaimKind::target, "三（四）1", ClaimFlag::none}));
    EXPECT_EQ(target.rest, "到2025年，实现全覆盖。");

    const ClaimMarkerRead rule = read_claim_marker("{rule 国发〔2015〕52号} 现行制度。");
    ASSERT_TRUE(rule.claim);
    EXPECT_EQ(*rule.claim, (Claim{ClaimKind::rule, "国发〔2015〕52号", ClaimFlag::none}));

    const ClaimMarkerRead result = read_claim_marker("{result 一} 十三五期间。");
    ASSERT_TRUE(result.claim);
    EXPECT_EQ(result.claim->kind, ClaimKind::result);
    EXPECT_EQ(result.claim->ref, "一");
}

TEST(ClaimMarker, TargetsTakeBindingOrExpected) {
    const ClaimMarkerRead binding = read_claim_marker("{target Box 1, item 4; binding} Coverage of 100%.");
    ASSERT_TRUE(binding.claim);
    EXPECT_EQ(*binding.claim, (Claim{ClaimKind::target, "Box 1, item 4", ClaimFlag::binding}));
    EXPECT_EQ(binding.rest, "Coverage of 100%.");
    const ClaimMarkerRead expected = read_claim_marker("{target 专栏1 第2项;expected} 2150人次。");
    ASSERT_TRUE(expected.claim);
    EXPECT_EQ(expected.claim->flag, ClaimFlag::expected);
    EXPECT_EQ(expected.claim->ref, "专栏1 第2项");
}

TEST(ClaimMarker, WrongMarkersSayWhatIsWrong) {
    EXPECT_NE(read_claim_marker("{goal 一} 文本").error.find("unknown claim kind 'goal'"), std::string::npos);
    EXPECT_NE(read_claim_marker("{rule} 文本").error.find("names no source"), std::string::npos);
    EXPECT_NE(read_claim_marker("{rule   } 文本").error.find("names no source"), std::string::npos);
    EXPECT_NE(read_claim_marker("{target 一; maybe} 文本").error.find("unknown claim flag 'maybe'"), std::string::npos);
    EXPECT_NE(read_claim_marker("{rule 一; binding} 文本").error.find("unknown claim flag 'binding'"),
              std::string::npos);
    EXPECT_NE(read_claim_marker("{target 一 文本").error.find("never closed"), std::string::npos);
    const ClaimMarkerRead wrong = read_claim_marker("{goal 一} 文本");
    EXPECT_FALSE(wrong.claim);
    EXPECT_EQ(wrong.rest, "{goal 一} 文本");
}

TEST(ClaimMarker, IsWrittenBackAsRead) {
    for (const std::string marker :
         {"{target 专栏1 第4项; binding}", "{target 3(4)1; expected}", "{rule 国发〔2015〕52号}", "{result 一}"}) {
        const ClaimMarkerRead read = read_claim_marker(marker + " 文本");
        ASSERT_TRUE(read.claim) << marker;
        EXPECT_EQ(claim_marker(*read.claim), marker);
    }
}

}  // namespace
}  // namespace kiosk
