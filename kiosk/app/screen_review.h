#pragma once

#include <functional>
#include <string>

#include "app/options.h"
#include "core/ui/screen_layout.h"
#include "core/ui/theme.h"
#include "platform/font_set.h"
#include "screens/screen_catalog.h"

namespace kiosk {

// One screen under review: a catalog screen laid out for one language, text size and
// screen shape, seen in one theme.
struct ReviewedScreen {
    const std::string& locale;
    const Theme& theme;
    int text_size = 100;
    Size shape;
    const CatalogScreen& entry;
    const ScreenLayout& layout;
    FontSet& fonts;

    // "zh-Hans/standard/300/1920x1080": where its pictures go, and how problems name it.
    std::string folder() const;
    // "zh-Hans/standard/300/1920x1080/home"
    std::string name() const { return folder() + "/" + entry.name; }
};

// Prepares the pack as the kiosk does (--pack, --trust-key) and hands every catalog screen
// in the options' review scope to `review`, laid out with the real fonts. Each screen is
// laid out once per language, shape and text size, then seen in each theme.
// Returns 0, or the exit status after saying why on stderr: 1 when the pack is refused,
// 2 when the scope names a language the pack does not have.
int review_every_screen(const Options& options, const std::function<void(const ReviewedScreen&)>& review);

}  // namespace kiosk
