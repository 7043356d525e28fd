#pragma once

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace kiosk {

// One line a resident hears: the text as written and what the synthesizer must be given.
// Expectations are how a native speaker reads the line aloud, not what the code happens
// to produce.
struct SpokenCase {
    const char* name;  // in the tables of number forms, the form's class (sign, unit, ...)
    const char* locale;
    const char* written;
    const char* spoken;
};

inline void PrintTo(const SpokenCase& c, std::ostream* os) { *os << c.locale << " \"" << c.written << "\""; }

class SpeechNormalizer : public testing::TestWithParam<SpokenCase> {};

inline std::string case_name(const testing::TestParamInfo<SpokenCase>& info) { return info.param.name; }

// For tables whose cases are named by class: "unit_12".
inline std::string class_and_index(const testing::TestParamInfo<SpokenCase>& info) {
    return std::string(info.param.name) + "_" + std::to_string(info.index);
}

}  // namespace kiosk
