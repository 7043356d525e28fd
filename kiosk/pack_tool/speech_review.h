#pragma once

#include <optional>
#include <string>

namespace kiosk {

// kiosk-pack speech PACK [--locale L] [--topic ID]: the ear's counterpart of the kiosk's
// --render-all. For every item of every screen a resident can reach (the screen catalog)
// it prints what is shown, the exact SSML handed to eSpeak NG, and eSpeak's phonemes for
// it in the same voice with the same lexicon, so a wrong tone can be seen without
// listening to everything. Returns a kiosk-pack exit code.
struct SpeechOptions {
    std::string pack;
    std::optional<std::string> locale;
    std::optional<std::string> topic;
};
int speech_command(const SpeechOptions& options);

extern const char* const kSpeechHelp;

}  // namespace kiosk
