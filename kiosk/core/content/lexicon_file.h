#pragma once

#include <map>
#include <string>

#include "core/content/pack_error.h"

namespace kiosk {

// A pronunciation lexicon: word -> reading, as staff write it in LOCALE/lexicon.toml
// (and as the kiosk ships it in audio/lexicon/LOCALE.toml):
//     "得到" = "de2 dao4"
// For Chinese (zh-*) a reading is pinyin with tone numbers 1-5, one syllable per
// space-separated group and, for a word written in Han characters, one syllable per
// character: eSpeak NG's cmn-latn-pinyin voice reads exactly that. For other languages a
// reading is any text on one line, as the language's voice should read it.
using LexiconEntries = std::map<std::string, std::string>;

// Reads lexicon TOML text. Each bad entry is reported at file:line:col and left out; the
// good entries are kept.
LexiconEntries read_lexicon(const std::string& text, const std::string& file, const std::string& locale,
                            PackErrors& problems);

// Why `reading` is not a reading of `word` in `locale`, or empty when it is.
std::string lexicon_entry_problem(const std::string& word, const std::string& reading, const std::string& locale);

}  // namespace kiosk
