// libFuzzer target for the whole path from a pack's files to the kiosk's screens
// (scripts/fuzz.sh): the input is a small two-language pack, loaded as the kiosk loads it,
// and when it loads, every screen of every language is built as the kiosk builds them.
// Pieces of the input separated by kSeparator become
//   pack.toml | zh-Hans/home.toml | zh-Hans/topics/<A>.md | en/home.toml | en/topics/<B>.md | A | B
// (A and B default to "legal-aid"), so the fuzzer can list topics one language lacks, link
// to topics nobody has and name files as it likes. A pack the loader accepts whose screens
// cannot all be built breaks the promise "what check accepts, the kiosk shows correctly":
// that aborts the run like a crash.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "core/content/pack_loader.h"
#include "core/content/pack_source.h"
#include "fuzz_pieces.h"
#include "screens/pack_screens.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::string> pieces =
        kiosk::fuzzing::split_pieces(std::string(reinterpret_cast<const char*>(data), size), 7);
    const std::string a = pieces[5].empty() ? "legal-aid" : pieces[5];
    const std::string b = pieces[6].empty() ? "legal-aid" : pieces[6];
    std::map<std::string, std::string> files;
    files["pack.toml"] = pieces[0];
    files["zh-Hans/home.toml"] = pieces[1];
    files["zh-Hans/topics/" + a + ".md"] = pieces[2];
    if (!pieces[3].empty()) files["en/home.toml"] = pieces[3];
    if (!pieces[4].empty()) files["en/topics/" + b + ".md"] = pieces[4];
    const kiosk::PackLoadResult loaded = kiosk::load_pack(kiosk::MemorySource("fuzz", std::move(files)));
    if (!loaded.pack) return 0;
    const kiosk::PackErrors problems = kiosk::check_every_screen(*loaded.pack, KIOSK_STRINGS_DIR);
    for (const auto& problem : problems) {
        // A language the kiosk has no words for is refused by check too; anything else is a
        // screen the loader let through and the kiosk cannot show.
        if (problem.message.rfind("the kiosk has no words for", 0) == 0) continue;
        std::fprintf(stderr, "loaded, but a screen cannot be built: %s\n", problem.to_string().c_str());
        std::abort();
    }
    return 0;
}
