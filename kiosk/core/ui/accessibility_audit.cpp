#include "core/ui/accessibility_audit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/ui/color.h"
#include "core/ui/frame_checks.h"
#include "core/ui/screen_painter.h"

namespace kiosk {
namespace {

bool inside(const Rect& outer, const Rect& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
           inner.bottom() <= outer.bottom();
}

// The space between two rectangles that do not overlap: 0 when they touch.
int distance_between(const Rect& a, const Rect& b) {
    const int dx = std::max({0, b.x - a.right(), a.x - b.right()});
    const int dy = std::max({0, b.y - a.bottom(), a.y - b.bottom()});
    return std::max(dx, dy);
}

std::string rect_text(const Rect& r) {
    return std::to_string(r.w) + "x" + std::to_string(r.h) + " at " + std::to_string(r.x) + "," + std::to_string(r.y);
}

class Auditor {
public:
    Auditor(const Screen& screen, const ScreenLayout& layout) : screen_(screen), layout_(layout) {}

    void spoken_text() {
        for (std::size_t i = 0; i < count(); ++i) {
            const std::string& spoken = screen_.focusable(i).spoken;
            if (spoken.find_first_not_of(" \t\n") == std::string::npos) {
                add(i, "spoken-text", "nothing is said when it takes focus");
            }
        }
    }

    // Content in content space and buttons on screen: the buttons come after the
    // content by construction, so each group is checked within itself.
    void focus_order() {
        for (std::size_t i = 1; i < count(); ++i) {
            if (i == layout_.items.size()) continue;  // from the last content item to the first button
            const Rect& before = box(i - 1).rect;
            const Rect& now = box(i).rect;
            const bool same_row = now.y == before.y;
            const bool follows = same_row ? now.x > before.x : now.y > before.y;
            if (!follows) {
                add(i, "focus-order",
                    "comes after " + name(i - 1) + " in focus order but is drawn " +
                        (same_row ? "left of it" : "above it"));
            }
        }
    }

    void target_size(int min_target_units) {
        const int minimum = static_cast<int>(std::lround(min_target_units * layout_.scale));
        for (std::size_t i = 0; i < count(); ++i) {
            const Rect& r = box(i).rect;
            if (std::min(r.w, r.h) < minimum) {
                add(i, "target-size",
                    "smaller side " + std::to_string(std::min(r.w, r.h)) + " px, needs " + std::to_string(minimum) +
                        " px");
            }
        }
    }

    // Targets keep at least a focus ring and its gap apart, so the ring around one never
    // lies over its neighbour and a finger between them is not read as either.
    void target_spacing() {
        const int halo = layout_.focus_gap + layout_.focus_ring;
        for (std::size_t i = 0; i < count(); ++i) {
            for (std::size_t j = i + 1; j < count(); ++j) {
                if ((i < layout_.items.size()) != (j < layout_.items.size())) continue;
                const Rect& a = box(i).rect;
                const Rect& b = box(j).rect;
                if (a.intersects(b)) {
                    add(i, "target-overlap", "lies over " + name(j));
                } else if (distance_between(a, b) < halo) {
                    add(i, "target-spacing",
                        std::to_string(distance_between(a, b)) + " px from " + name(j) + ", needs " +
                            std::to_string(halo) + " px");
                }
            }
        }
    }

    // Focus arrives from above (moving down) or from below (moving up); either way the
    // item must be drawn and its ring must not be cut.
    void focus_visible() {
        std::vector<bool> reported(count(), false);
        auto visit = [&](std::size_t i, int& scroll) {
            scroll = scroll_to_show(layout_, i, scroll);
            if (reported[i]) return;
            const Rect rect = layout_.on_screen(i, scroll);
            const bool content = i < layout_.items.size();
            const Rect ring = rect.inset(-(layout_.focus_gap + layout_.focus_ring));
            // The painter clips content to its band across the whole width.
            const Rect area = content ? Rect{0, layout_.content.y, layout_.viewport.w, layout_.content.h}
                                      : Rect{0, 0, layout_.viewport.w, layout_.viewport.h};
            if (content && !is_shown(layout_, rect)) {
                add(i, "focus-visible",
                    "scrolled out of sight when focused (" + rect_text(rect) + ", the scrolling area is y " +
                        std::to_string(layout_.content.y) + " to " + std::to_string(layout_.content.bottom()) + ")");
                reported[i] = true;
            } else if (content && ring.h > layout_.content.h) {
                // No room for the ring above and below: its sides still show it. Taller
                // than the page, Down brings its lines into view a page at a time, which
                // works as long as each line fits.
                if (box(i).label.line_height > layout_.content.h) {
                    add(i, "focus-visible",
                        "a line is taller than the scrolling area (" + std::to_string(box(i).label.line_height) +
                            " > " + std::to_string(layout_.content.h) + " px)");
                    reported[i] = true;
                }
            } else if (!inside(area, ring)) {
                add(i, "focus-visible", "focus ring cut off (" + rect_text(ring) + " outside " + rect_text(area) + ")");
                reported[i] = true;
            }
        };
        int scroll = 0;
        for (std::size_t i = 0; i < count(); ++i) visit(i, scroll);
        scroll = layout_.max_scroll();
        for (std::size_t i = count(); i-- > 0;) visit(i, scroll);
    }

    // Only the pairs that show focus: a requirement names what it is about.
    void focus_contrast(const Theme& theme) {
        for (const ContrastRequirement& pair : contrast_requirements(theme)) {
            if (pair.what.find("focus") == std::string::npos) continue;
            const double ratio = contrast_ratio(pair.foreground, pair.background);
            if (ratio >= pair.minimum) continue;
            char detail[160];
            std::snprintf(detail, sizeof detail, "%s: %.2f:1, needs %.1f:1 (theme %s)", pair.what.c_str(), ratio,
                          pair.minimum, theme.name.c_str());
            findings_.push_back({0, "theme", "focus-contrast", detail});
        }
    }

    std::vector<AuditFinding> take() { return std::move(findings_); }

private:
    std::size_t count() const {
        return std::min(screen_.focusable_count(), layout_.items.size() + layout_.buttons.size());
    }
    const ItemBox& box(std::size_t i) const {
        return i < layout_.items.size() ? layout_.items[i] : layout_.buttons[i - layout_.items.size()];
    }
    std::string name(std::size_t i) const {
        const bool button = i >= layout_.items.size();
        const std::size_t n = button ? i - layout_.items.size() : i;
        return std::string(button ? "button " : "item ") + std::to_string(n) + " \xE2\x80\x9C" +
               excerpt(screen_.focusable(i).label, 20) + "\xE2\x80\x9D";
    }
    void add(std::size_t i, const char* rule, std::string detail) {
        findings_.push_back({i, name(i), rule, std::move(detail)});
    }

    const Screen& screen_;
    const ScreenLayout& layout_;
    std::vector<AuditFinding> findings_;
};

}  // namespace

std::vector<AuditFinding> audit_screen(const Screen& screen, const ScreenLayout& layout, const Theme& theme,
                                       int min_target_units) {
    Auditor auditor(screen, layout);
    auditor.spoken_text();
    auditor.focus_order();
    auditor.target_size(min_target_units);
    auditor.target_spacing();
    auditor.focus_visible();
    auditor.focus_contrast(theme);
    return auditor.take();
}

}  // namespace kiosk
