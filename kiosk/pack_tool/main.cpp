// kiosk-pack: the staff tool for content packs. Check a pack, build it into one archive,
// sign it, verify it, and see what changed between two versions.

#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/content/pack_archive.h"
#include "core/content/pack_loader.h"
#include "core/content/pack_signature.h"
#include "core/content/review_date.h"
#include "pack_tool/pack_diff.h"
#include "platform/pack_machine_checks.h"

namespace kiosk {
namespace {

// Exit codes, as documented in --help and content/README.md.
constexpr int kOk = 0;
constexpr int kProblems = 1;  // the pack has errors, or the signature does not verify
constexpr int kUsage = 2;
constexpr int kFailed = 3;    // could not read or write a file

const char* const kUsageText =
    "Usage: kiosk-pack COMMAND [ARGS]\n"
    "Check, build, sign and compare Access Kiosk content packs.\n"
    "\n"
    "Commands:\n"
    "  check DIR|PACK              report every problem as path:line:col: error|warning: message\n"
    "  build DIR -o PACK           check DIR, then write it as one pack archive\n"
    "  keygen NAME                 make an Ed25519 key pair: NAME.key (secret), NAME.pub (public)\n"
    "  sign PACK --key NAME.key    add a signature to a pack archive\n"
    "  verify PACK --key NAME.pub  check an archive's integrity and signature\n"
    "  diff OLD NEW                list what changed, per language and topic\n"
    "\n"
    "Run 'kiosk-pack COMMAND --help' for one command.\n"
    "Exit codes: 0 success; 1 the pack has errors or the signature does not verify;\n"
    "2 wrong usage; 3 a file could not be read or written.\n";

struct Command {
    const char* help;
    std::function<int(const std::vector<std::string>&)> run;
};

// Problems in a directory pack name files relative to it: show them with the path staff
// typed. Archive problems already name the archive.
std::string prefixed(const std::string& root, const PackError& problem) {
    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec) || problem.where.file == root) return problem.to_string();
    return root + "/" + problem.to_string();
}

// Loads a pack and runs every check; prints each problem. True when there are no errors.
bool check_and_report(const std::string& path, std::optional<Pack>* loaded = nullptr) {
    PackLoadResult result = load_pack(path);
    if (result.pack) {
        check_glyph_coverage(*result.pack, KIOSK_FONTS_MANIFEST, result.problems);
        check_voices(*result.pack, KIOSK_STRINGS_DIR, result.problems);
        const auto today = local_iso_date(std::chrono::system_clock::now());
        if (auto warning = review_date_warning(result.pack->manifest, today)) result.problems.push_back(*warning);
    }
    int errors = 0, warnings = 0;
    for (const auto& problem : result.problems) {
        std::printf("%s\n", prefixed(path, problem).c_str());
        (problem.severity == Severity::error ? errors : warnings)++;
    }
    const bool ok = errors == 0;
    std::fprintf(stderr, "%s: %d error(s), %d warning(s)\n", path.c_str(), errors, warnings);
    if (ok && loaded != nullptr) *loaded = std::move(result.pack);
    return ok;
}

int check_command(const std::vector<std::string>& args) {
    if (args.size() != 1) return kUsage;
    return check_and_report(args[0]) ? kOk : kProblems;
}

std::optional<std::string> option_value(const std::vector<std::string>& args, const std::string& name) {
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == name) return args[i + 1];
    }
    return std::nullopt;
}

int build_command(const std::vector<std::string>& args) {
    const auto output = option_value(args, "-o");
    if (args.size() != 3 || !output || args[0] == "-o") return kUsage;
    const std::string& directory = args[0];
    if (!check_and_report(directory)) {
        std::fprintf(stderr, "kiosk-pack: not built: fix the errors above first\n");
        return kProblems;
    }
    const DirectorySource source(directory);
    std::map<std::string, std::string> files;
    for (const auto& name : source.all_files()) {
        std::string error;
        auto bytes = source.read(name, error);
        if (!bytes) {
            std::fprintf(stderr, "kiosk-pack: %s/%s: %s\n", directory.c_str(), name.c_str(), error.c_str());
            return kFailed;
        }
        files[name] = std::move(*bytes);
    }
    if (auto error = write_pack_archive(*output, files, std::nullopt)) {
        std::fprintf(stderr, "kiosk-pack: %s\n", error->c_str());
        return kFailed;
    }
    std::printf("built %s: %zu files\n", output->c_str(), files.size());
    return kOk;
}

bool write_text(const std::string& path, const std::string& text, mode_t mode) {
    std::ofstream out(path, std::ios::trunc);
    out << text << '\n';
    return out.good() && ::chmod(path.c_str(), mode) == 0;
}

int keygen_command(const std::vector<std::string>& args) {
    if (args.size() != 1) return kUsage;
    const KeyPair pair = generate_key_pair();
    if (pair.public_hex.empty()) return kFailed;
    if (!write_text(args[0] + ".key", pair.secret_hex, 0600) || !write_text(args[0] + ".pub", pair.public_hex, 0644)) {
        std::fprintf(stderr, "kiosk-pack: cannot write %s.key / %s.pub\n", args[0].c_str(), args[0].c_str());
        return kFailed;
    }
    std::printf("wrote %s.key (keep it secret) and %s.pub (give it to the kiosks)\n", args[0].c_str(), args[0].c_str());
    return kOk;
}

std::optional<PackArchive> intact_archive(const std::string& path) {
    PackArchive archive = read_pack_archive(path);
    for (const auto& problem : archive.problems) std::printf("%s\n", problem.to_string().c_str());
    if (!archive.source) return std::nullopt;
    return archive;
}

int sign_command(const std::vector<std::string>& args) {
    const auto key_file = option_value(args, "--key");
    if (!key_file || args.size() < 3 || args[0].rfind("--", 0) == 0) return kUsage;
    const std::string output = option_value(args, "-o").value_or(args[0]);
    auto archive = intact_archive(args[0]);
    if (!archive) return kProblems;
    std::string error;
    auto secret = read_key_file(*key_file, error);
    if (!secret) {
        std::fprintf(stderr, "kiosk-pack: %s\n", error.c_str());
        return kFailed;
    }
    std::map<std::string, std::string> files;
    for (const auto& name : archive->source->all_files()) files[name] = *archive->source->read(name, error);
    auto signature = sign_message(contents_manifest(files), *secret);
    if (!signature) {
        std::fprintf(stderr, "kiosk-pack: %s is not an Ed25519 secret key\n", key_file->c_str());
        return kFailed;
    }
    if (auto failure = write_pack_archive(output, files, signature)) {
        std::fprintf(stderr, "kiosk-pack: %s\n", failure->c_str());
        return kFailed;
    }
    std::printf("signed %s\n", output.c_str());
    return kOk;
}

int verify_command(const std::vector<std::string>& args) {
    const auto key_file = option_value(args, "--key");
    if (!key_file || args.size() != 3 || args[0].rfind("--", 0) == 0) return kUsage;
    auto archive = intact_archive(args[0]);
    if (!archive) return kProblems;
    std::string error;
    auto key = read_key_file(*key_file, error);
    if (!key) {
        std::fprintf(stderr, "kiosk-pack: %s\n", error.c_str());
        return kFailed;
    }
    if (auto why = verify_archive_signature(*archive, *key)) {
        std::printf("%s: error: %s\n", args[0].c_str(), why->c_str());
        return kProblems;
    }
    std::printf("%s: signature good, %zu files intact\n", args[0].c_str(), archive->source->all_files().size());
    return kOk;
}

int diff_command(const std::vector<std::string>& args) {
    if (args.size() != 2) return kUsage;
    std::optional<Pack> old_pack, new_pack;
    if (!check_and_report(args[0], &old_pack) || !check_and_report(args[1], &new_pack)) return kProblems;
    const auto lines = diff_packs(*old_pack, *new_pack);
    for (const auto& line : lines) std::printf("%s\n", line.c_str());
    if (lines.empty()) std::printf("no changes\n");
    return kOk;
}

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table = {
        {"check", {"Usage: kiosk-pack check DIR|PACK\n"
                   "Reports every problem of a pack directory or archive at once, one per line:\n"
                   "  path:line:col: error|warning: message\n"
                   "Checks the manifest, ids, links, that every language has every topic, UTF-8 in NFC\n"
                   "without BOM or CRLF, that the kiosk's fonts can draw every character, that each\n"
                   "language has an eSpeak NG voice, and size limits. In benefit topics, every\n"
                   "paragraph and list item of the first two sections must start with a claim marker:\n"
                   "{target REF}, {target REF; binding|expected}, {rule REF} or {result REF}.\n"
                   "Warns when pack.toml's review_by date has passed. Exit 1 on any error.\n",
                   check_command}},
        {"build", {"Usage: kiosk-pack build DIR -o PACK\n"
                   "Checks DIR and, only when it has no errors, writes PACK: one archive holding the\n"
                   "pack's files and CONTENTS.toml with each file's SHA-256. The archive is written\n"
                   "to PACK.part and renamed, so a kiosk watching PACK never sees half of it.\n",
                   build_command}},
        {"keygen", {"Usage: kiosk-pack keygen NAME\n"
                    "Writes a new Ed25519 key pair: NAME.key (secret: keep it off the kiosks) and\n"
                    "NAME.pub (public: install it on the kiosks, see kiosk --trust-key).\n",
                    keygen_command}},
        {"sign", {"Usage: kiosk-pack sign PACK --key NAME.key [-o SIGNED]\n"
                  "Signs an archive's CONTENTS.toml with the secret key, in place or into SIGNED.\n",
                  sign_command}},
        {"verify", {"Usage: kiosk-pack verify PACK --key NAME.pub\n"
                    "Checks that every file matches CONTENTS.toml and that the signature was made\n"
                    "with the key's secret half. Exit 1 when it does not verify.\n",
                    verify_command}},
        {"diff", {"Usage: kiosk-pack diff OLD NEW\n"
                  "Lists, per language and topic, what NEW adds (+), removes (-) and changes (~)\n"
                  "compared with OLD. Each may be a directory or an archive.\n",
                  diff_command}},
    };
    return table;
}

}  // namespace
}  // namespace kiosk

int main(int argc, char** argv) {
    using namespace kiosk;
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::fputs(kUsageText, args.empty() ? stderr : stdout);
        return args.empty() ? kUsage : kOk;
    }
    auto it = commands().find(args[0]);
    if (it == commands().end()) {
        std::fprintf(stderr, "kiosk-pack: unknown command '%s'\n%s", args[0].c_str(), kUsageText);
        return kUsage;
    }
    args.erase(args.begin());
    for (const auto& arg : args) {
        if (arg == "--help" || arg == "-h") {
            std::fputs(it->second.help, stdout);
            return kOk;
        }
    }
    const int status = it->second.run(args);
    if (status == kUsage) std::fputs(it->second.help, stderr);
    return status;
}
