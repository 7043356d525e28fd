#pragma once

#include <string>
#include <vector>

#include "core/text/text_measurer.h"
#include "core/ui/screen_layout.h"

namespace kiosk::testing {

// Everything that would make text unreadable: lines wider than their box, boxes outside
// the screen or over one another, a footer over the content.
inline std::vector<std::string> layout_problems(const ScreenLayout& layout, TextMeasurer& measurer) {
    std::vector<std::string> problems;
    auto name = [](const char* kind, std::size_t i) { return std::string(kind) + " " + std::to_string(i); };
    auto check_text = [&](const std::string& what, const ItemBox& box) {
        const int inner = box.rect.w - 2 * box.padding;
        for (const TextBox* text : {&box.label, &box.detail}) {
            for (const auto& line : text->lines) {
                if (measurer.width(line, text->font) > inner) problems.push_back(what + " line too wide: " + line);
            }
        }
        int text_h = static_cast<int>(box.label.lines.size()) * box.label.line_height +
                     static_cast<int>(box.detail.lines.size()) * box.detail.line_height;
        if (box.detail_beside_label) {
            text_h = box.label.line_height;
            if (box.label.widths.at(0) + box.detail.widths.at(0) > inner) problems.push_back(what + " detail overlaps label");
        }
        if (text_h > box.rect.h - 2 * box.padding) problems.push_back(what + " text taller than its box");
    };
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        const Rect& r = layout.items[i].rect;
        if (r.x < 0 || r.right() > layout.content.w) problems.push_back(name("item", i) + " leaves the screen");
        for (std::size_t j = i + 1; j < layout.items.size(); ++j) {
            if (r.intersects(layout.items[j].rect)) problems.push_back(name("item", i) + " overlaps " + name("item", j));
        }
        check_text(name("item", i), layout.items[i]);
    }
    for (std::size_t i = 0; i < layout.buttons.size(); ++i) {
        const Rect& r = layout.buttons[i].rect;
        if (r.x < 0 || r.right() > layout.viewport.w || r.bottom() > layout.viewport.h) {
            problems.push_back(name("button", i) + " leaves the screen");
        }
        for (std::size_t j = i + 1; j < layout.buttons.size(); ++j) {
            if (r.intersects(layout.buttons[j].rect)) problems.push_back(name("button", i) + " overlaps " + name("button", j));
        }
        check_text(name("button", i), layout.buttons[i]);
    }
    for (const TextBox* text : {&layout.title, &layout.subtitle}) {
        for (const auto& line : text->lines) {
            if (measurer.width(line, text->font) > layout.content.w) problems.push_back("header line too wide: " + line);
        }
    }
    if (layout.header.bottom() > layout.footer.y) problems.push_back("header runs into the footer");
    if (layout.content.h < layout.viewport.h / 4) problems.push_back("too little room left for content");
    return problems;
}

}  // namespace kiosk::testing
