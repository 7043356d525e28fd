#include "app/pack_facts.h"

#include <filesystem>

namespace kiosk {

MaintenanceFacts pack_facts(const PreparedPack& prepared) {
    const Manifest& manifest = prepared.pack.manifest;
    MaintenanceFacts facts;
    facts.pack_id = manifest.id;
    facts.pack_version = manifest.version;
    facts.pack_source = manifest.source;
    facts.review_by = manifest.review_by;
    for (const PreparedPack::Language& language : prepared.languages) {
        LanguageFacts entry;
        entry.locale = language.locale;
        entry.name = language.strings.get("language_name");
        entry.voice = manifest.voice_for(language.locale, language.strings.get("voice"));
        for (const FontFamily& family : language.faces.chain) {
            entry.fonts.push_back({family.name, std::filesystem::path(family.regular.file).filename().string()});
        }
        entry.test_sentence = language.strings.get("maintenance_test_sentence");
        if (const auto content = prepared.pack.locales.find(language.locale); content != prepared.pack.locales.end()) {
            entry.braille_instructions = content->second.braille_instructions_text();
        }
        entry.braille_instructions_cells = language.braille_instructions;
        facts.languages.push_back(std::move(entry));
    }
    return facts;
}

}  // namespace kiosk
