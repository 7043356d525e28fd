#include "core/speech/speech_text.h"

#include <gtest/gtest.h>

namespace kiosk {
namespace {

TEST(SpeechText, JoinsLabelRoleAndDetailSkippingEmptyParts) {
    EXPECT_EQ(join_spoken({"法律援助", "类别", "4项"}, "，"), "法律援助，类别，4项");
    EXPECT_EQ(join_spoken({"Legal aid", "", "4 topics"}, ", "), "Legal aid, 4 topics");
    EXPECT_EQ(join_spoken({}, "，"), "");
}

TEST(SpeechText, DoesNotDoubleAPauseThatIsAlreadyThere) {
    EXPECT_EQ(join_spoken({"帮助", "按上下键逐段阅读。", "按确认键打开。"}, "。"),
              "帮助。按上下键逐段阅读。按确认键打开。");
    EXPECT_EQ(join_spoken({"Help", "Read it line by line.", "Enter opens."}, ". "),
              "Help. Read it line by line. Enter opens.");
}

TEST(SpeechText, DropsBulletsAndTurnsLineBreaksIntoPauses) {
    EXPECT_EQ(speakable("\xE2\x80\xA2 本区残疾人。", "，"), "本区残疾人。");
    EXPECT_EQ(speakable("指标：甲\n目标值：乙", "，"), "指标：甲，目标值：乙");
    EXPECT_EQ(speakable("plain", ", "), "plain");
}

}  // namespace
}  // namespace kiosk
