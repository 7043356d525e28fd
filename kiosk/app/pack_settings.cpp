#include "app/pack_settings.h"

#include "app/pack_memory.h"
#include "core/content/pack_signature.h"

namespace kiosk {

std::string state_directory(const Options& options) {
    return options.state_dir.empty() ? default_state_directory() : options.state_dir;
}

Result<PackSettings> pack_settings(const Options& options) {
    PackSettings settings{
        options.pack,           std::nullopt, options.strings_dir, options.fonts_manifest, state_directory(options),
        options.allowed_version};
    if (!options.trust_key.empty()) {
        auto key = read_key_file(options.trust_key);
        if (!key) return failure(key.error());
        settings.trusted_key = *key;
    }
    return settings;
}

}  // namespace kiosk
