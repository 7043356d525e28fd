#include "core/speech/speech_normalizer.h"

#include <gtest/gtest.h>

#include <string>

#include "support/spoken_case.h"

namespace kiosk {
namespace {

TEST_P(SpeechNormalizer, ReadsNumbersAsSpoken) {
    const SpokenCase& c = GetParam();
    const std::string spoken = normalize_for_speech(c.written, c.locale);
    EXPECT_EQ(spoken, c.spoken) << "spoken: " << spoken << "\nexpected: " << c.spoken;
}

// Chinese: hotlines digit by digit with 幺 for 1, years digit by digit, 两 before 千/万 and
// measure words, decimals with 点, percentages as 百分之…
constexpr SpokenCase kChinese[] = {
    {"zh_hotline_alone", "zh-Hans", "12385", "幺二三八五"},
    {"zh_hotline_in_sentence", "zh-Hans", "请到区残联服务窗口咨询，或拨打12385残疾人服务热线。",
     "请到区残联服务窗口咨询，或拨打幺二三八五残疾人服务热线。"},
    {"zh_legal_aid_hotline", "zh-Hans", "权益受到侵害，也可以拨打12345政务服务便民热线。",
     "权益受到侵害，也可以拨打幺二三四五政务服务便民热线。"},
    {"zh_hotlines_12345_is", "zh-Hans", "12345，是政务服务便民热线。", "幺二三四五，是政务服务便民热线。"},
    {"zh_hotlines_12385_is", "zh-Hans", "12385，是残疾人服务热线。", "幺二三八五，是残疾人服务热线。"},
    {"zh_hotlines_dial_either", "zh-Hans", "直接拨打12345或12385。", "直接拨打幺二三四五或幺二三八五。"},
    {"zh_hotlines_summary", "zh-Hans", "有困难、要维权，可以打12345或12385热线，也可以网上信访。",
     "有困难、要维权，可以打幺二三四五或幺二三八五热线，也可以网上信访。"},
    {"zh_short_number_after_dial", "zh-Hans", "紧急情况请拨打120。", "紧急情况请拨打幺二零。"},
    {"zh_short_number_after_hotline", "zh-Hans", "服务热线：9611", "服务热线：九六幺幺"},
    {"zh_area_code_and_number", "zh-Hans", "0432-62345678", "零四三二，六二三四五六七八"},
    {"zh_rehab_training_amount", "zh-Hans", "康复训练：每人每年最高补助2.4万元。",
     "康复训练：每人每年最高补助二点四万元。"},
    {"zh_surgery_amount", "zh-Hans", "手术：每人每年最高补助2.55万元。", "手术：每人每年最高补助二点五五万元。"},
    {"zh_devices_amount", "zh-Hans", "辅助器具：每人每年最高补助6.25万元。",
     "辅助器具：每人每年最高补助六点二五万元。"},
    {"zh_thousands_separator", "zh-Hans", "25,500元", "两万五千五百元"},
    {"zh_five_digit_amount_is_not_a_phone", "zh-Hans", "12000元", "一万两千元"},
    {"zh_two_wan", "zh-Hans", "2万元", "两万元"},
    {"zh_range_with_zhi", "zh-Hans", "2000至5000元", "两千至五千元"},
    {"zh_range_with_hyphen", "zh-Hans", "2000-5000元", "两千到五千元"},
    {"zh_range_with_wave_dash", "zh-Hans", "2000～5000元", "两千到五千元"},
    {"zh_range_with_em_dash", "zh-Hans", "2000—5000元", "两千到五千元"},
    {"zh_grant_sentence", "zh-Hans", "按照规定，资助2000元至5000元。", "按照规定，资助两千元至五千元。"},
    {"zh_age_range_hyphen", "zh-Hans", "0-6岁", "零到六岁"},
    {"zh_age_range_dao", "zh-Hans", "0到6岁", "零到六岁"},
    {"zh_child_rehab_summary", "zh-Hans", "为0到6岁符合条件的残疾儿童，补助手术、辅助器具和康复训练。",
     "为零到六岁符合条件的残疾儿童，补助手术、辅助器具和康复训练。"},
    {"zh_child_rehab_who", "zh-Hans", "全区0到6岁、符合条件的残疾儿童。", "全区零到六岁、符合条件的残疾儿童。"},
    {"zh_child_rehab_need", "zh-Hans", "有康复需求的0到6岁残疾儿童，做到应救尽救。",
     "有康复需求的零到六岁残疾儿童，做到应救尽救。"},
    {"zh_child_rehab_screening", "zh-Hans", "区里把0到6岁儿童的残疾筛查、诊断和康复救助衔接起来。",
     "区里把零到六岁儿童的残疾筛查、诊断和康复救助衔接起来。"},
    {"zh_year_range_hyphen", "zh-Hans", "2021-2025年", "二零二一到二零二五年"},
    {"zh_year_range_em_dash", "zh-Hans", "2021—2025年", "二零二一到二零二五年"},
    {"zh_year_range_nian_on_both", "zh-Hans", "2021年-2025年", "二零二一年到二零二五年"},
    {"zh_years_each_with_nian", "zh-Hans", "2016年到2020年", "二零一六年到二零二零年"},
    {"zh_document_number", "zh-Hans", "国发〔2015〕52号", "国发〔二零一五〕五十二号"},
    {"zh_percent_hundred", "zh-Hans", "100%", "百分之百"},
    {"zh_percent", "zh-Hans", "85%", "百分之八十五"},
    {"zh_percent_decimal", "zh-Hans", "2.5%", "百分之二点五"},
    {"zh_more_than_percent", "zh-Hans", ">90%", "高于百分之九十"},
    {"zh_at_least_percent", "zh-Hans", "≥60%", "不低于百分之六十"},
    {"zh_child_rehab_target", "zh-Hans", "目标：符合条件、有康复需求的残疾儿童，康复救助率100%。",
     "目标：符合条件、有康复需求的残疾儿童，康复救助率百分之百。"},
    {"zh_comparison_explained", "zh-Hans", "“>90%”表示高于90%。“≥60%”表示不低于60%。",
     "“高于百分之九十”表示高于百分之九十。“不低于百分之六十”表示不低于百分之六十。"},
    {"zh_count_people", "zh-Hans", "4719人", "四千七百一十九人"},
    {"zh_count_person_times", "zh-Hans", "2150人次", "两千一百五十人次"},
    {"zh_count_more_than_yu", "zh-Hans", "80余人", "八十余人"},
    {"zh_count_more_than_duo", "zh-Hans", "80多人", "八十多人"},
    {"zh_count_items", "zh-Hans", "4项", "四项"},
    {"zh_count_with_zero_inside", "zh-Hans", "城乡新增201名残疾人就业。", "城乡新增二百零一名残疾人就业。"},
    {"zh_count_five_digits_with_duo", "zh-Hans", "全区有14000多名残疾人。", "全区有一万四千多名残疾人。"},
    {"zh_count_one_station", "zh-Hans", "全区建设1个残疾人法律援助工作站。", "全区建设一个残疾人法律援助工作站。"},
    {"zh_count_liang_before_measure_word", "zh-Hans", "扶持建立1到2个以上残疾人就业帮扶基地",
     "扶持建立一到两个以上残疾人就业帮扶基地"},
    {"zh_ordinal_never_liang", "zh-Hans", "第2项", "第二项"},
    {"zh_column", "zh-Hans", "专栏5", "专栏五"},
    {"zh_column_and_item", "zh-Hans", "专栏1 第4项", "专栏一第四项"},
    {"zh_plan_section", "zh-Hans", "三（一）3", "三（一）三"},
    {"zh_child_rehab_source", "zh-Hans", "规划 三（三）1、3；专栏5 第2项；专栏1 第8项",
     "规划 三（三）一、三；专栏五第二项；专栏一第八项"},
    {"zh_full_width_hotline", "zh-Hans", "拨打１２３８５", "拨打幺二三八五"},
    {"zh_full_width_amount", "zh-Hans", "２５，５００元", "两万五千五百元"},
    {"zh_full_width_percent", "zh-Hans", "８５％", "百分之八十五"},
    {"zh_5g", "zh-Hans", "关爱套餐和5G卡", "关爱套餐和五G卡"},
    {"zh_region_tag", "zh-Hans-CN", "12385", "幺二三八五"},
    {"zh_no_digits_untouched", "zh-Hans", "网络信访平台，也可以反映问题。", "网络信访平台，也可以反映问题。"},
};

// English: phone numbers digit by digit, years in pairs, amounts in American words.
constexpr SpokenCase kEnglish[] = {
    {"en_hotline_alone", "en", "12385", "one two three eight five"},
    {"en_hotline_in_sentence", "en", "Call the 12385 hotline for disabled people.",
     "Call the one two three eight five hotline for disabled people."},
    {"en_short_number_after_call", "en", "Call 120 in an emergency.", "Call one two zero in an emergency."},
    {"en_amount_thousands", "en", "24,000 yuan", "twenty-four thousand yuan"},
    {"en_amount_in_sentence", "en", "Up to 25,500 yuan a year.",
     "Up to twenty-five thousand five hundred yuan a year."},
    {"en_five_digits_with_unit", "en", "12000 yuan", "twelve thousand yuan"},
    {"en_decimal", "en", "2.55", "two point five five"},
    {"en_amount_range_with_to", "en", "2,000 to 5,000 yuan", "two thousand to five thousand yuan"},
    {"en_amount_range_with_hyphen", "en", "2000-5000 yuan", "two thousand to five thousand yuan"},
    {"en_year_range", "en", "2021–2025", "twenty twenty-one to twenty twenty-five"},
    {"en_year_in_sentence", "en", "By 2025, every district will have one.",
     "By twenty twenty-five, every district will have one."},
    {"en_age_range", "en", "children aged 0-6", "children aged zero to six"},
    {"en_percent_hundred", "en", "100%", "one hundred percent"},
    {"en_percent", "en", "85%", "eighty-five percent"},
    {"en_more_than_percent", "en", ">90%", "more than ninety percent"},
    {"en_at_least_percent", "en", "≥60%", "at least sixty percent"},
    {"en_count_people", "en", "4,719 people", "four thousand seven hundred nineteen people"},
    {"en_count_round_thousand", "en", "2000 people", "two thousand people"},
    {"en_count_person_times", "en", "2,150 person-times", "two thousand one hundred fifty person-times"},
    {"en_section", "en", "section 3(1)3", "section three, one, three"},
    {"en_box_and_item", "en", "Box 1, item 4", "Box one, item four"},
    {"en_ordinal_suffix", "en", "the 2nd item", "the second item"},
    {"en_digits_glued_to_letters", "en", "5G card", "five G card"},
    {"en_full_width_digits", "en", "１２３８５", "one two three eight five"},
    {"en_region_tag", "en-US", "85%", "eighty-five percent"},
    {"en_no_digits_untouched", "en", "Ask at the service window.", "Ask at the service window."},
};

// Korean: Sino-Korean for amounts, years and percentages, native numbers before counters
// such as 명 and 개, 공 for 0 in phone numbers, the comparison after the amount.
constexpr SpokenCase kKorean[] = {
    {"ko_hotline_alone", "ko", "12385", "일 이 삼 팔 오"},
    {"ko_hotline_in_sentence", "ko", "12385 장애인 서비스 핫라인으로 전화하세요.",
     "일 이 삼 팔 오 장애인 서비스 핫라인으로 전화하세요."},
    {"ko_short_number_after_phone", "ko", "긴급 전화 120", "긴급 전화 일 이 공"},
    {"ko_amount_written_with_units", "ko", "2만 4천 위안", "이만 사천 위안"},
    {"ko_amount_thousands", "ko", "24,000위안", "이만 사천 위안"},
    {"ko_amount_odd_thousands", "ko", "25,500위안", "이만 오천오백 위안"},
    {"ko_amount_decimal_man", "ko", "2.4만 위안", "이점사만 위안"},
    {"ko_amount_one_man", "ko", "1만 위안", "만 위안"},
    {"ko_year_range", "ko", "2021~2025년", "이천이십일 년부터 이천이십오 년까지"},
    {"ko_year_with_particle", "ko", "2025년까지", "이천이십오 년까지"},
    {"ko_age_range", "ko", "0~6세 장애 아동", "영 세부터 육 세까지 장애 아동"},
    {"ko_percent_hundred", "ko", "100%", "백 퍼센트"},
    {"ko_percent", "ko", "85%", "팔십오 퍼센트"},
    {"ko_more_than_percent", "ko", ">90%", "구십 퍼센트 초과"},
    {"ko_at_least_percent", "ko", "≥60%", "육십 퍼센트 이상"},
    {"ko_count_large", "ko", "4,719명", "사천칠백십구 명"},
    {"ko_count_native", "ko", "5명", "다섯 명"},
    {"ko_count_native_range", "ko", "1~2개", "한 개부터 두 개까지"},
    {"ko_sino_counter_after_native_one", "ko", "제14차 5개년 계획", "제십사차 오 개년 계획"},
    {"ko_comparison_with_particle", "ko", "“≥60%”는 60% 이상이라는 뜻입니다.",
     "“육십 퍼센트 이상”은 육십 퍼센트 이상이라는 뜻입니다."},
    {"ko_comparison_with_other_particle", "ko", "≥60%의 참여율", "육십 퍼센트 이상의 참여율"},
    {"ko_5g", "ko", "5G 카드", "파이브지 카드"},
    {"ko_count_approximate", "ko", "80여 명", "팔십여 명"},
    {"ko_count_approximate_large", "ko", "14,000여 명", "만 사천여 명"},
    {"ko_months_irregular", "ko", "6월과 10월", "유월과 시월"},
    {"ko_ordinal_first", "ko", "1번째", "첫 번째"},
    {"ko_article_number", "ko", "제5항", "제오 항"},
    {"ko_section", "ko", "3(1)3", "삼, 일, 삼"},
    {"ko_full_width_digits", "ko", "１２３８５", "일 이 삼 팔 오"},
    {"ko_region_tag", "ko-KR", "85%", "팔십오 퍼센트"},
    {"ko_no_digits_untouched", "ko", "서비스 창구에 문의하세요.", "서비스 창구에 문의하세요."},
};

// Other languages: only full-width digits become ASCII; nothing is read.
constexpr SpokenCase kOther[] = {
    {"other_full_width_folded", "fr", "１２３８５", "12385"},
    {"other_left_alone", "de", "Rufen Sie 12385 an.", "Rufen Sie 12385 an."},
};

INSTANTIATE_TEST_SUITE_P(Chinese, SpeechNormalizer, testing::ValuesIn(kChinese), case_name);
INSTANTIATE_TEST_SUITE_P(English, SpeechNormalizer, testing::ValuesIn(kEnglish), case_name);
INSTANTIATE_TEST_SUITE_P(Korean, SpeechNormalizer, testing::ValuesIn(kKorean), case_name);
INSTANTIATE_TEST_SUITE_P(OtherLanguages, SpeechNormalizer, testing::ValuesIn(kOther), case_name);

}  // namespace
}  // namespace kiosk
