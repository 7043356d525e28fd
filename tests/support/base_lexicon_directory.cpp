// The tests' programs read the lexicons the kiosk ships from the source tree, as the
// kiosk reads them from its data folder: said once, before any test runs.

#include "core/speech/speech_lexicons.h"

namespace {

const bool kLexiconsFromSourceTree = [] {
    kiosk::use_base_lexicon_directory(KIOSK_SOURCE_DIR "/audio/lexicon");
    return true;
}();

}  // namespace
