#pragma once

namespace kiosk {

struct Rect {
    int x = 0;
    int y = 0;
    int w = 0;
    int h = 0;

    int right() const { return x + w; }
    int bottom() const { return y + h; }
    bool contains(int px, int py) const { return px >= x && px < right() && py >= y && py < bottom(); }
    bool intersects(const Rect& o) const { return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom(); }
    Rect inset(int d) const { return {x + d, y + d, w - 2 * d, h - 2 * d}; }
    Rect translated(int dx, int dy) const { return {x + dx, y + dy, w, h}; }
    bool operator==(const Rect&) const = default;
};

struct Size {
    int w = 0;
    int h = 0;
};

}  // namespace kiosk
