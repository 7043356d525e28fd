#pragma once

#include <string>

#include "core/content/pack.h"
#include "core/content/pack_error.h"
#include "core/content/pack_source.h"
#include "core/result.h"
#include "core/speech/polyphones.h"

namespace kiosk {

// Unihan's readings, where Debian's unicode-data puts them.
inline constexpr const char* kUnihanReadings = "/usr/share/unicode/Unihan_Readings.txt.bz2";

// Reads the bzip2-compressed Unihan_Readings.txt with libbz2, or says why it cannot.
Result<Polyphones> read_polyphones(const std::string& bz2_path);

// Warns, at path:line:col, about each word (ICU word segmentation) of the pack's text
// files that holds a character with more than one Mandarin reading which no lexicon entry
// reads there: the base lexicon of the kiosk with the pack's zh-Hans lexicon over it, as
// speech applies them (Chinese in every language is read with that lexicon). Each word is
// listed once, at its first place, with how often it occurs. Also reports problems of the
// base lexicon itself.
void check_polyphonic_words(const Pack& pack, const PackSource& source, const Polyphones& polyphones,
                            PackErrors& problems);

// The same for the pack at `path` (a directory or an archive), with the installed Unihan
// data; a warning says so when that cannot be read.
void check_polyphonic_words(const std::string& path, const Pack& pack, PackErrors& problems);

}  // namespace kiosk
