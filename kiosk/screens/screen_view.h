#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/strings/ui_strings.h"
#include "core/text/line_breaker.h"
#include "core/ui/display_list.h"
#include "core/ui/screen_layout.h"
#include "core/ui/screen_stack.h"
#include "core/ui/theme.h"
#include "screens/preferences.h"

namespace kiosk {

// The screen on top of the stack, laid out for one viewport:
//   1. set_viewport() gives the size; until then nothing is laid out or hit.
//   2. After anything changed the stack, the preferences or the sound, settle() lays the
//      screen out again if it must, extends a long page where the resident is, and (when
//      the focus moved and asked for it) scrolls the focus into view. Hit tests and
//      page-by-page reading lay out on demand, so input never waits for a frame.
//   3. paint_*() only draw: two paints in a row give the same display list.
class ScreenView {
public:
    ScreenView(ScreenStack& stack, const Preferences& preferences, const UiStrings& strings, TextMeasurer& measurer,
               const std::string& locale);

    void set_viewport(Size viewport);
    std::optional<Size> viewport() const;
    // Whether speech can be heard; without it the header says so. True if it changed.
    bool set_sound_available(bool available);
    // A line the header shows on every screen until the Kiosk is replaced: a call for staff
    // and its answer. Empty: none.
    void set_staff_notice(std::string notice) { staff_notice_ = std::move(notice); }

    // The focus moved: bring it into view at the next settle(). A page dragged by hand, or
    // scrolled through a tall item, keeps its scroll instead.
    void reveal_focus() { reveal_focus_ = true; }
    void keep_scroll() { reveal_focus_ = false; }
    void settle();

    // The layout for the current screen and viewport, laid out now if it is out of date;
    // nullptr before there is a viewport.
    const ScreenLayout* current_layout();
    // The layout as it was last settled, for painting and checks.
    const std::optional<ScreenLayout>& layout() const { return layout_; }
    // The focusable item shown at a point of the screen.
    std::optional<std::size_t> item_at(int x, int y);

    DisplayList paint_page(const Theme& theme) const;
    // Privacy mode: only the page colour and a small label saying why the screen is empty.
    DisplayList paint_privacy(const Theme& theme) const;
    // The idle warning takes the whole screen, laid out like any screen so it follows the
    // text size and theme.
    DisplayList paint_idle_warning(const Theme& theme, int seconds_left) const;

private:
    bool layout_is_current() const;
    void lay_out_screen();
    void lay_out_view();

    ScreenStack& stack_;
    const Preferences& prefs_;
    const UiStrings& strings_;
    TextMeasurer& measurer_;
    mutable LineBreaker breaker_;  // a cache of ICU state; painting a message uses it
    std::optional<Size> viewport_;
    std::optional<ScreenLayout> layout_;
    std::uint64_t layout_version_ = 0;  // the ScreenStack::screen_version() layout_ was made for
    int layout_text_size_ = 0;          // and the text size
    bool layout_sound_ = true;          // and whether the no-sound notice was in it
    bool sound_available_ = true;
    std::string layout_staff_notice_;  // the staff notice the layout was made with
    std::string staff_notice_;
    bool reveal_focus_ = true;
};

}  // namespace kiosk
