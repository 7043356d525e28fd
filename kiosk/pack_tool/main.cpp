// kiosk-pack: the staff tool for content packs. Check a pack, build it into one archive,
// sign it, verify it, and see what changed between two versions.

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/content/pack_archive.h"
#include "core/content/pack_signature.h"
#include "core/speech/speech_lexicons.h"
#include "pack_tool/braille_label_command.h"
#include "pack_tool/command_line.h"
#include "pack_tool/console/serve_command.h"
#include "pack_tool/console/wave_command.h"
#include "pack_tool/exit_codes.h"
#include "pack_tool/hash_code.h"
#include "pack_tool/pack_diff.h"
#include "pack_tool/pack_reading.h"
#include "pack_tool/publish_command.h"
#include "pack_tool/speech_review.h"
#include "platform/data_directory.h"
#include "platform/guarded_main.h"

namespace kiosk {
namespace {

const char* const kUsageText =
    "Usage: kiosk-pack COMMAND [ARGS]\n"
    "Check, build, sign and compare Access Kiosk content packs.\n"
    "\n"
    "Commands:\n"
    "  check DIR|PACK              report every problem as path:line:col: error|warning: message\n"
    "  build DIR -o PACK           check DIR, then write it as one pack archive\n"
    "  keygen NAME [--force]       make an Ed25519 key pair: NAME.key (secret), NAME.pub (public)\n"
    "  sign PACK --key NAME.key    add a signature to a pack archive\n"
    "  verify PACK --key NAME.pub  check an archive's integrity and signature\n"
    "  publish PACK --key NAME.key --channel NAME OUT_DIR  sign a pack into a channel for web servers\n"
    "  diff OLD NEW                list what changed, per language and topic\n"
    "  hash-code [-o FILE]         hash a staff code for kiosk --staff-code-hash\n"
    "  speech DIR|PACK [--locale L] [--topic ID]  what each item shows, says and sounds like\n"
    "  braille-label DIR|PACK [--format brf|text] [-o FILE]  the braille label for the keypad\n"
    "  serve DIR [--listen HOST:PORT]  the content console: edit, preview, listen, publish\n"
    "  hash-password [-o FILE]     hash a password for serve --password-file\n"
    "  wave --voice VOICE SSML     say SSML with eSpeak NG into a WAV file on standard output\n"
    "\n"
    "Run 'kiosk-pack COMMAND --help' for one command.\n"
    "Exit codes: 0 success; 1 the pack has errors or the signature does not verify;\n"
    "2 wrong usage; 3 a file could not be read or written.\n";

// Every command's arguments, as read from the command line.
struct Arguments {
    std::string pack;      // the pack, directory or archive, a command works on
    std::string new_pack;  // diff: the newer pack
    std::string output;    // -o
    std::string key;       // --key
    bool force = false;    // keygen --force
    PublishOptions publish;
    SpeechOptions speech;
    BrailleLabelOptions braille_label;
    ServeOptions serve;
    WaveOptions wave;
};

// A file that could not be read or written.
int failed(const Error& error) {
    std::fprintf(stderr, "kiosk-pack: %s\n", error.to_string().c_str());
    return kFailed;
}

int check_command(const Arguments& args) { return check_and_report(args.pack) ? kOk : kProblems; }

int build_command(const Arguments& args) {
    const std::string& directory = args.pack;
    if (!check_and_report(directory)) {
        std::fprintf(stderr, "kiosk-pack: not built: fix the errors above first\n");
        return kProblems;
    }
    auto files = pack_files(directory);
    if (!files) return failed(files.error());
    if (Status written = write_pack_archive(args.output, *files, std::nullopt); !written)
        return failed(written.error());
    std::printf("built %s: %zu files\n", args.output.c_str(), files->size());
    return kOk;
}

bool write_text(const std::string& path, const std::string& text, mode_t mode) {
    std::ofstream out(path, std::ios::trunc);
    out << text << '\n';
    return out.good() && ::chmod(path.c_str(), mode) == 0;
}

int keygen_command(const Arguments& args) {
    const std::string& name = args.pack;
    const bool overwrite = args.force;
    for (const char* suffix : {".key", ".pub"}) {
        std::error_code ec;
        if (!overwrite && std::filesystem::exists(name + suffix, ec)) {
            std::fprintf(stderr,
                         "kiosk-pack: %s%s exists; a new key cuts off every kiosk that trusts the old one. "
                         "Use --force to replace it.\n",
                         name.c_str(), suffix);
            return kFailed;
        }
    }
    const KeyPair pair = generate_key_pair();
    if (pair.public_hex.empty()) return kFailed;
    if (!write_text(name + ".key", pair.secret_hex, 0600) || !write_text(name + ".pub", pair.public_hex, 0644)) {
        std::fprintf(stderr, "kiosk-pack: cannot write %s.key / %s.pub\n", name.c_str(), name.c_str());
        return kFailed;
    }
    std::printf("wrote %s.key (keep it secret) and %s.pub (give it to the kiosks)\n", name.c_str(), name.c_str());
    return kOk;
}

int sign_command(const Arguments& args) {
    const std::string& output = args.output.empty() ? args.pack : args.output;
    if (!check_and_report(args.pack)) {
        std::fprintf(stderr, "kiosk-pack: not signed: fix the errors above first\n");
        return kProblems;
    }
    auto archive = intact_archive(args.pack);
    if (!archive) return kProblems;
    auto secret = read_key_file(args.key);
    if (!secret) return failed(secret.error());
    std::map<std::string, std::string> files;
    for (const auto& name : archive->source->all_files()) files[name] = *archive->source->read(name);
    auto signature = sign_message(contents_manifest(files), *secret);
    if (!signature) {
        return failed(Error(args.key, "not an Ed25519 secret key"));
    }
    if (Status written = write_pack_archive(output, files, signature); !written) return failed(written.error());
    std::printf("signed %s\n", output.c_str());
    return kOk;
}

int verify_command(const Arguments& args) {
    auto key = read_key_file(args.key);
    if (!key) return failed(key.error());
    // As on a kiosk: the signature first, then only the files it covers.
    auto archive = intact_archive(args.pack, {*key, nullptr});
    if (!archive) return kProblems;
    std::printf("%s: signature good, %zu files intact\n", args.pack.c_str(), archive->source->all_files().size());
    return kOk;
}

int diff_command(const Arguments& args) {
    std::optional<Pack> old_pack, new_pack;
    if (!check_and_report(args.pack, &old_pack) || !check_and_report(args.new_pack, &new_pack)) return kProblems;
    const auto lines = diff_packs(*old_pack, *new_pack);
    for (const auto& line : lines) std::printf("%s\n", line.c_str());
    if (lines.empty()) std::printf("no changes\n");
    return kOk;
}

const char* const kCheckHelp =
    "Usage: kiosk-pack check DIR|PACK\n"
    "Reports every problem of a pack directory or archive at once, one per line:\n"
    "  path:line:col: error|warning: message\n"
    "Checks the manifest, ids, links, that every language has every topic, UTF-8 in NFC\n"
    "without BOM or CRLF, that the kiosk's fonts can draw every character, that each\n"
    "language has an eSpeak NG voice, that the braille instructions have braille, and\n"
    "size limits. In benefit topics, every\n"
    "paragraph and list item of the first two sections must start with a claim marker:\n"
    "{target REF}, {target REF; binding|expected}, {rule REF} or {result REF}.\n"
    "Warns when pack.toml's review_by date has passed, and about each word with a\n"
    "polyphonic Chinese character (Unihan kXHC1983) that no pronunciation lexicon\n"
    "entry reads (audio/lexicon, LOCALE/lexicon.toml). Exit 1 on any error.\n";

const char* const kBuildHelp =
    "Usage: kiosk-pack build DIR -o PACK\n"
    "Checks DIR and, only when it has no errors, writes PACK: one archive holding the\n"
    "pack's files and CONTENTS.toml with each file's SHA-256. The archive is written\n"
    "to PACK.part and renamed, so a kiosk watching PACK never sees half of it.\n";

const char* const kKeygenHelp =
    "Usage: kiosk-pack keygen NAME [--force]\n"
    "Writes a new Ed25519 key pair: NAME.key (secret: keep it off the kiosks) and\n"
    "NAME.pub (public: install it on the kiosks, see kiosk --trust-key). An existing\n"
    "key is replaced only with --force: kiosks trusting it take no pack signed anew.\n";

const char* const kSignHelp =
    "Usage: kiosk-pack sign PACK --key NAME.key [-o SIGNED]\n"
    "Checks the archive as 'check' does and, only when it has no errors, signs its\n"
    "CONTENTS.toml with the secret key, in place or into SIGNED.\n";

const char* const kVerifyHelp =
    "Usage: kiosk-pack verify PACK --key NAME.pub\n"
    "Checks that every file matches CONTENTS.toml and that the signature was made\n"
    "with the key's secret half. Exit 1 when it does not verify.\n";

const char* const kDiffHelp =
    "Usage: kiosk-pack diff OLD NEW\n"
    "Lists, per language and topic, what NEW adds (+), removes (-) and changes (~)\n"
    "compared with OLD. Each may be a directory or an archive.\n";

// The commands and their arguments, bound to `args`.
void add_commands(ToolCommandLine& line, Arguments& args) {
    CLI::App& check = line.add("check", kCheckHelp, [&args] { return check_command(args); });
    check.add_option("PACK", args.pack)->required();
    CLI::App& build = line.add("build", kBuildHelp, [&args] { return build_command(args); });
    build.add_option("DIR", args.pack)->required();
    build.add_option("-o", args.output)->required();
    CLI::App& keygen = line.add("keygen", kKeygenHelp, [&args] { return keygen_command(args); });
    keygen.add_option("NAME", args.pack)->required();
    keygen.add_flag("--force", args.force);
    CLI::App& sign = line.add("sign", kSignHelp, [&args] { return sign_command(args); });
    sign.add_option("PACK", args.pack)->required();
    sign.add_option("--key", args.key)->required();
    sign.add_option("-o", args.output);
    CLI::App& verify = line.add("verify", kVerifyHelp, [&args] { return verify_command(args); });
    verify.add_option("PACK", args.pack)->required();
    verify.add_option("--key", args.key)->required();
    CLI::App& publish = line.add("publish", kPublishHelp, [&args] { return publish_command(args.publish); });
    publish.add_option("PACK", args.publish.pack)->required();
    publish.add_option("OUT_DIR", args.publish.out_dir)->required();
    publish.add_option("--key", args.publish.key)->required();
    publish.add_option("--channel", args.publish.channel)->required();
    publish.add_option("--expires-days", args.publish.expires_days)->check(CLI::Range(1, 3650));
    publish.add_option("--rollout", args.publish.rollout_percent)->check(CLI::Range(0, 100));
    publish.add_flag("--prune", args.publish.prune);
    CLI::App& diff = line.add("diff", kDiffHelp, [&args] { return diff_command(args); });
    diff.add_option("OLD", args.pack)->required();
    diff.add_option("NEW", args.new_pack)->required();
    CLI::App& hash = line.add("hash-code", kHashCodeHelp, [&args] { return hash_code_command(args.output); });
    hash.add_option("-o", args.output);
    CLI::App& speech = line.add("speech", kSpeechHelp, [&args] { return speech_command(args.speech); });
    speech.add_option("PACK", args.speech.pack)->required();
    speech.add_option("--locale", args.speech.locale);
    speech.add_option("--topic", args.speech.topic);
    CLI::App& label =
        line.add("braille-label", kBrailleLabelHelp, [&args] { return braille_label_command(args.braille_label); });
    label.add_option("PACK", args.braille_label.pack)->required();
    label.add_option("--locale", args.braille_label.locale);
    label.add_option("--format", args.braille_label.format);
    label.add_option("--cells", args.braille_label.cells_per_line)->check(CLI::Range(8, 100));
    label.add_option("--lines", args.braille_label.lines_per_page)->check(CLI::Range(1, 100));
    label.add_option("-o", args.braille_label.output);
    CLI::App& serve = line.add("serve", kServeHelp, [&args] { return serve_command(args.serve); });
    serve.add_option("PACK", args.serve.pack)->required();
    serve.add_option("--listen", args.serve.listen);
    serve.add_option("--password-file", args.serve.password_file);
    serve.add_option("--state", args.serve.state_dir);
    serve.add_option("--key", args.serve.key);
    serve.add_option("--channel", args.serve.channel);
    serve.add_option("--channel-dir", args.serve.channel_dir);
    CLI::App& password =
        line.add("hash-password", kHashPasswordHelp, [&args] { return hash_password_command(args.output); });
    password.add_option("-o", args.output);
    CLI::App& wave = line.add("wave", kWaveHelp, [&args] { return wave_command(args.wave); });
    wave.add_option("--voice", args.wave.voice)->required();
    wave.add_option("SSML", args.wave.ssml)->required();
}

}  // namespace
}  // namespace kiosk

int main(int argc, char** argv) {
    return kiosk::guarded_main("kiosk-pack", [&] {
        // The checks read the pack with the lexicons the kiosk ships.
        kiosk::use_base_lexicon_directory(kiosk::DataDirectory::locate().lexicon_dir());
        kiosk::ToolCommandLine line(kiosk::kUsageText);
        kiosk::Arguments args;
        kiosk::add_commands(line, args);
        return line.run(argc, argv);
    });
}
