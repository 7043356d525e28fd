#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/content/pack_loader.h"
#include "core/strings/ui_strings.h"
#include "support/paths.h"

namespace kiosk::testing {

// The small test pack of tests/fixtures/mini-pack (Chinese).
inline Pack mini_pack() {
    PackLoadResult loaded = load_pack(fixture_path("mini-pack"));
    EXPECT_TRUE(loaded.pack);
    return loaded.pack ? std::move(*loaded.pack) : Pack{};
}

// The compiled UI strings of a language.
inline UiStrings ui_strings(const std::string& locale) {
    auto strings = UiStrings::open(strings_dir(), locale);
    EXPECT_TRUE(strings) << strings.error().to_string();
    return strings ? std::move(*strings) : UiStrings{};
}

}  // namespace kiosk::testing
