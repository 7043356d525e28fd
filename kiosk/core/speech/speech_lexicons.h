#pragma once

#include <string>

#include "core/content/lexicon_file.h"
#include "core/content/pack.h"
#include "core/speech/pronunciation_lexicon.h"
#include "core/speech/speech_markup.h"

namespace kiosk {

// The lexicon the kiosk ships for a language (audio/lexicon/LOCALE.toml), read once.
// A language without one has no entries; problems name the file, for `kiosk-pack check`.
struct BaseLexicon {
    std::string file;
    LexiconEntries entries;
    PackErrors problems;
};
// Where the shipped lexicons are: a fact of the installation, the same for the whole
// process, so a program says it once at start-up, before any screen is made. Until then
// (and for an empty folder) no language has a base lexicon.
void use_base_lexicon_directory(const std::string& directory);
const BaseLexicon& base_lexicon(const std::string& locale);

// The base lexicon of `locale` with the pack's own entries (LOCALE/lexicon.toml) over it.
LexiconEntries lexicon_entries_for(const Pack& pack, const std::string& locale);

// How the kiosk turns text of `locale` into SSML for eSpeak with this pack: its lexicon
// for the language, and Chinese read by the pack's Mandarin voice with the Mandarin lexicon.
SpeechMarkup speech_markup_for(const Pack& pack, const std::string& locale);

// Chinese text is read by the Mandarin voice, in every language, with the lexicon of this
// locale.
inline constexpr const char* kMandarinLocale = "zh-Hans";

}  // namespace kiosk
