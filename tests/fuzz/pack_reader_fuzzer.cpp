// libFuzzer target for everything a kiosk reads from a pack it did not make itself
// (scripts/fuzz.sh runs it). Each input is tried two ways:
//   (a) as a pack archive: read_pack_archive_bytes, then load_pack on what it yields;
//   (b) as the text of a small pack: pieces separated by 0xFF (fuzz_pieces.h) become
//         pack.toml | zh-Hans/home.toml | zh-Hans/topics/<id>.md | <id> (default legal-aid)
//         | zh-Hans/lexicon.toml
//       so the TOML, front-matter, Markdown and lexicon readers see arbitrary text, not
//       just what survives the archive's hash checks; the lexicon read from the last piece
//       then turns the article's text into SSML, as speech does.
// Any crash, leak, sanitizer report or timeout is a bug in the core, never in the input.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/content/pack_archive.h"
#include "core/content/pack_loader.h"
#include "core/content/pack_source.h"
#include "core/speech/speech_markup.h"
#include "fuzz_pieces.h"

namespace {

void load_as_archive(const std::string& bytes) {
    kiosk::PackArchive archive = kiosk::read_pack_archive_bytes("fuzz.tar", bytes);
    if (archive.source) kiosk::load_pack(*archive.source);
}

void load_as_text_pack(const std::string& bytes) {
    const std::vector<std::string> pieces = kiosk::fuzzing::split_pieces(bytes, 5);
    const std::string topic_id = pieces[3].empty() ? "legal-aid" : pieces[3];
    std::map<std::string, std::string> files;
    files["pack.toml"] = pieces[0];
    files["zh-Hans/home.toml"] = pieces[1];
    files["zh-Hans/topics/" + topic_id + ".md"] = pieces[2];
    if (!pieces[4].empty()) files["zh-Hans/lexicon.toml"] = pieces[4];
    kiosk::load_pack(kiosk::MemorySource("fuzz", std::move(files)));

    kiosk::PackErrors problems;
    const kiosk::PronunciationLexicon lexicon(kiosk::read_lexicon(pieces[4], "lexicon.toml", "zh-Hans", problems));
    kiosk::SpeechMarkup("en", lexicon, lexicon).compose(pieces[2]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    load_as_archive(bytes);
    load_as_text_pack(bytes);
    return 0;
}
