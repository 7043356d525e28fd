#include "core/speech/speech_lexicons.h"

#include <fstream>
#include <mutex>
#include <sstream>

namespace kiosk {

const BaseLexicon& base_lexicon(const std::string& locale) {
    static std::mutex mutex;
    static std::map<std::string, BaseLexicon> read;
    std::lock_guard lock(mutex);
    auto [it, added] = read.try_emplace(locale);
    if (!added) return it->second;
    BaseLexicon& lexicon = it->second;
    lexicon.file = std::string(KIOSK_LEXICON_DIR) + "/" + locale + ".toml";
    std::ifstream in(lexicon.file, std::ios::binary);
    if (!in) return lexicon;  // this language has no base lexicon
    std::ostringstream text;
    text << in.rdbuf();
    lexicon.entries = read_lexicon(text.str(), lexicon.file, locale, lexicon.problems);
    return lexicon;
}

LexiconEntries lexicon_entries_for(const Pack& pack, const std::string& locale) {
    LexiconEntries entries = base_lexicon(locale).entries;
    if (auto it = pack.locales.find(locale); it != pack.locales.end()) {
        for (const auto& [word, reading] : it->second.lexicon) entries[word] = reading;
    }
    return entries;
}

SpeechMarkup speech_markup_for(const Pack& pack, const std::string& locale) {
    return SpeechMarkup(locale, PronunciationLexicon(lexicon_entries_for(pack, locale)),
                        PronunciationLexicon(lexicon_entries_for(pack, kMandarinLocale)),
                        pack.manifest.voice_for(kMandarinLocale, kMandarinVoice));
}

}  // namespace kiosk
