#include "core/speech/speech_lexicons.h"

#include <fstream>
#include <mutex>
#include <sstream>

namespace kiosk {
namespace {

// The folder and the lexicons read, by file, shared by every screen of the process.
// Nothing read is ever dropped, so a reference handed out stays good.
struct BaseLexicons {
    std::mutex mutex;
    std::string directory;
    std::map<std::string, BaseLexicon> read;
};

BaseLexicons& base_lexicons() {
    static BaseLexicons lexicons;
    return lexicons;
}

}  // namespace

void use_base_lexicon_directory(const std::string& directory) {
    BaseLexicons& lexicons = base_lexicons();
    std::lock_guard lock(lexicons.mutex);
    lexicons.directory = directory;
}

const BaseLexicon& base_lexicon(const std::string& locale) {
    BaseLexicons& lexicons = base_lexicons();
    std::lock_guard lock(lexicons.mutex);
    // No folder given: no file, and so no base lexicon for any language.
    const std::string file = lexicons.directory.empty() ? "" : lexicons.directory + "/" + locale + ".toml";
    auto [it, added] = lexicons.read.try_emplace(file);
    if (!added || file.empty()) return it->second;
    BaseLexicon& lexicon = it->second;
    lexicon.file = file;
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
