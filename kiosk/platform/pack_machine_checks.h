#pragma once

#include <map>
#include <string>

#include "core/content/pack.h"
#include "core/content/pack_error.h"
#include "platform/font_locator.h"

namespace kiosk {

// Checks that need the machine, not only the pack: every character can be drawn by the
// locale's fonts, every locale has an eSpeak NG voice, and the braille instructions have
// braille. Problems are appended.
void check_glyph_coverage(const Pack& pack, const std::string& fonts_manifest, PackErrors& problems);
// The same, with each locale's faces already located (a locale without faces is skipped),
// so a caller that needs the faces anyway asks fontconfig once.
void check_glyph_coverage(const Pack& pack, const std::map<std::string, FontFaces>& faces, PackErrors& problems);
void check_voices(const Pack& pack, const std::string& strings_dir, PackErrors& problems);
// Every character of each language's braille instructions has braille in the language's
// table (liblouis), so a label made from them holds no escape codes.
void check_braille_instructions(const Pack& pack, PackErrors& problems);

}  // namespace kiosk
