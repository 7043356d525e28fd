// libFuzzer target for the channel index a kiosk downloads (scripts/fuzz.sh runs it).
// Each input is tried two ways:
//   (a) as a whole index.toml, checked with the fuzzer's public key trusted: what a web
//       server or anyone on the path can make a kiosk do, up to the signature check;
//   (b) as the body of an index the key's holder signed: the fuzzer appends the signature
//       line, so the TOML and field checks see arbitrary text past a good signature.
// An index read in (b) must also survive the kiosk's decision, and write and read back to
// the same fields. Any crash, sanitizer report or trap is a bug in the core.

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/content/channel_index.h"
#include "core/content/pack_signature.h"
#include "fuzz_keys.h"

namespace {

const kiosk::fuzzing::FuzzKeys& keys() { return kiosk::fuzzing::fuzz_keys(); }

std::string signed_index(const std::string& body) {
    auto signature = kiosk::sign_message(body, keys().secret_hex);
    if (!signature) return body;
    signature->pop_back();  // its newline
    return body + "signature = \"" + *signature + "\"\n";
}

bool same(const kiosk::ChannelIndex& a, const kiosk::ChannelIndex& b) {
    return a.channel == b.channel && a.pack_id == b.pack_id && a.version == b.version && a.sequence == b.sequence &&
           a.published_unix == b.published_unix && a.expires_unix == b.expires_unix &&
           a.archive_path == b.archive_path && a.archive_sha256 == b.archive_sha256 &&
           a.archive_size == b.archive_size && a.rollout_percent == b.rollout_percent;
}

void use(const kiosk::ChannelIndex& index) {
    for (const std::uint64_t installed : {std::uint64_t{0}, index.sequence, ~std::uint64_t{0}}) {
        kiosk::decide_on_index(index, {index.pack_id, installed}, index.pack_id, "stable", "hall-1",
                               index.published_unix);
    }
    (void)kiosk::check_archive_against_index(index.archive_sha256, index.archive_size, index);
    auto again = kiosk::read_channel_index(kiosk::write_channel_index(index, keys().secret_hex), keys().public_hex,
                                           "rewritten.toml");
    if (!again || !same(*again, index)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    (void)kiosk::read_channel_index(bytes, keys().public_hex, "fuzz.toml");
    if (auto index = kiosk::read_channel_index(signed_index(bytes), keys().public_hex, "signed.toml")) use(*index);
    return 0;
}
