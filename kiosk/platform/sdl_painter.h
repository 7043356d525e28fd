#pragma once

#include <SDL.h>

#include "core/ui/display_list.h"
#include "platform/text_texture_cache.h"

namespace kiosk {

// Draws a display list with an SDL renderer. It decides nothing: every place and colour
// comes from the core.
void draw_display_list(SDL_Renderer* renderer, TextTextureCache& text, const DisplayList& list);

}  // namespace kiosk
