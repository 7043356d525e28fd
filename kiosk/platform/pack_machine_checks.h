#pragma once

#include <string>

#include "core/content/pack.h"
#include "core/content/pack_error.h"

namespace kiosk {

// Checks that need the machine, not only the pack: every character can be drawn by the
// locale's fonts, and every locale has an eSpeak NG voice. Problems are appended.
void check_glyph_coverage(const Pack& pack, const std::string& fonts_manifest, PackErrors& problems);
void check_voices(const Pack& pack, const std::string& strings_dir, PackErrors& problems);

}  // namespace kiosk
