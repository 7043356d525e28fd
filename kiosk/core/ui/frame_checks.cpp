#include "core/ui/frame_checks.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <variant>

#include "core/text/graphemes.h"
#include "core/ui/color.h"

namespace kiosk {
namespace {

std::string code_points(const std::u32string& characters) {
    std::string out;
    for (char32_t c : characters) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
        out += (out.empty() ? "" : " ") + std::string(hex);
    }
    return out;
}

bool inside(const Rect& outer, const Rect& inner) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
           inner.bottom() <= outer.bottom();
}

class LayoutChecker {
public:
    explicit LayoutChecker(TextMeasurer& measurer) : measurer_(measurer) {}

    void text(const std::string& label, const TextBox& box, int width, const char* too_wide) {
        for (const std::string& line : box.lines) {
            if (measurer_.width(line, box.font) > width) add(too_wide, line);
        }
        if (box.forced_breaks > 0) add("word cut for being wider than a line", label);
        if (const std::u32string missing = measurer_.missing_glyphs(label); !missing.empty()) {
            add("characters no font can draw (" + code_points(missing) + ")", label);
        }
    }

    void item(const Item& item, const ItemBox& box) {
        const int inner = box.rect.w - 2 * box.padding;
        text(item.label, box.label, inner, "line wider than its box");
        text(item.detail, box.detail, inner, "line wider than its box");
        const int label_h = static_cast<int>(box.label.lines.size()) * box.label.line_height;
        const int detail_h = static_cast<int>(box.detail.lines.size()) * box.detail.line_height;
        const int text_h = box.detail_beside_label ? label_h : label_h + detail_h;
        if (text_h > box.rect.h - 2 * box.padding) add("text taller than its box", item.label);
        if (box.detail_beside_label && box.label.widths.at(0) + box.detail.widths.at(0) > inner) {
            add("detail runs into its label", item.label + " " + item.detail);
        }
    }

    // Content items in content space, buttons on screen: each set among itself.
    void targets(const std::vector<Item>& items, const std::vector<ItemBox>& boxes) {
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                if (boxes[i].rect.intersects(boxes[j].rect)) {
                    add("targets overlap", excerpt(items[i].label) + " / " + excerpt(items[j].label));
                }
            }
        }
    }

    // Content items within the content's width (they scroll, so only across), buttons
    // within the screen; and the header above the footer with room for content between.
    void placement(const Screen& screen, const ScreenLayout& layout) {
        for (std::size_t i = 0; i < layout.items.size() && i < screen.items.size(); ++i) {
            const Rect& r = layout.items[i].rect;
            if (r.x < 0 || r.right() > layout.content.w) add("target leaves the screen", screen.items[i].label);
        }
        const Rect viewport{0, 0, layout.viewport.w, layout.viewport.h};
        for (std::size_t i = 0; i < layout.buttons.size() && i < screen.buttons.size(); ++i) {
            if (!inside(viewport, layout.buttons[i].rect)) add("target leaves the screen", screen.buttons[i].label);
        }
        if (layout.header.bottom() > layout.footer.y) add("header runs into the footer", screen.title);
        if (layout.content.h < layout.viewport.h / 4) add("too little room left for content", screen.title);
    }

    std::vector<FrameProblem> take() { return std::move(problems_); }

private:
    void add(std::string what, std::string_view text) { problems_.push_back({std::move(what), excerpt(text)}); }

    TextMeasurer& measurer_;
    std::vector<FrameProblem> problems_;
};

struct DrawnLine {
    Rect rect;
    const std::string* text;
};

Rect intersection(const Rect& a, const Rect& b) {
    const int x = std::max(a.x, b.x);
    const int y = std::max(a.y, b.y);
    return {x, y, std::min(a.right(), b.right()) - x, std::min(a.bottom(), b.bottom()) - y};
}

}  // namespace

std::string excerpt(std::string_view utf8, std::size_t max_characters) {
    std::string one_line(utf8);
    for (char& c : one_line) {
        if (c == '\n') c = ' ';
    }
    const std::vector<std::string> characters = grapheme_clusters(one_line);
    if (characters.size() <= max_characters) return one_line;
    std::string out;
    for (std::size_t i = 0; i < max_characters; ++i) out += characters[i];
    return out + "\xE2\x80\xA6";  // …
}

std::vector<FrameProblem> check_layout(const Screen& screen, const ScreenLayout& layout, TextMeasurer& measurer) {
    LayoutChecker checker(measurer);
    checker.text(screen.title, layout.title, layout.content.w, "title line wider than the screen");
    checker.text(screen.subtitle, layout.subtitle, layout.content.w, "subtitle line wider than the screen");
    for (std::size_t i = 0; i < layout.items.size() && i < screen.items.size(); ++i) {
        checker.item(screen.items[i], layout.items[i]);
    }
    for (std::size_t i = 0; i < layout.buttons.size() && i < screen.buttons.size(); ++i) {
        checker.item(screen.buttons[i], layout.buttons[i]);
    }
    checker.targets(screen.items, layout.items);
    checker.targets(screen.buttons, layout.buttons);
    checker.placement(screen, layout);
    return checker.take();
}

std::vector<FrameProblem> check_display_list(const ScreenLayout& layout, const DisplayList& list,
                                             TextMeasurer& measurer) {
    std::vector<FrameProblem> problems;
    const Rect screen{0, 0, layout.viewport.w, layout.viewport.h};
    std::optional<Rect> clip;
    std::vector<DrawnLine> lines;
    for (const DrawCommand& command : list) {
        if (const auto* set = std::get_if<SetClip>(&command)) clip = set->rect;
        const auto* run = std::get_if<DrawText>(&command);
        if (run == nullptr) continue;
        const Rect rect{run->x, run->y, measurer.width(run->utf8, run->font), measurer.line_height(run->font)};
        if (clip && !inside(*clip, rect))
            problems.push_back({"text cut by the edge of the scrolling area", excerpt(run->utf8)});
        // What the clip hides cannot leave the screen or cover other text.
        const Rect seen = clip ? intersection(rect, *clip) : rect;
        if (seen.w <= 0 || seen.h <= 0) continue;
        if (!inside(screen, seen)) problems.push_back({"text leaves the screen", excerpt(run->utf8)});
        lines.push_back({seen, &run->utf8});
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (lines[i].rect.intersects(lines[j].rect)) {
                problems.push_back({"text lines overlap", excerpt(*lines[i].text) + " / " + excerpt(*lines[j].text)});
            }
        }
    }
    return problems;
}

std::vector<FrameProblem> check_contrast(const Theme& theme) {
    std::vector<FrameProblem> problems;
    for (const ContrastRequirement& pair : contrast_requirements(theme)) {
        const double ratio = contrast_ratio(pair.foreground, pair.background);
        if (ratio >= pair.minimum) continue;
        char what[96];
        std::snprintf(what, sizeof what, "contrast %.2f:1 below %.1f:1 in theme %s", ratio, pair.minimum,
                      theme.name.c_str());
        problems.push_back({what, pair.what});
    }
    return problems;
}

}  // namespace kiosk
