#include "pack_tool/console/serve_command.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "pack_tool/console/console_server.h"
#include "pack_tool/exit_codes.h"
#include "pack_tool/hidden_input.h"
#include "platform/data_directory.h"

namespace fs = std::filesystem;

namespace kiosk {

const char* const kServeHelp =
    "Usage: kiosk-pack serve PACK_DIR [--listen HOST:PORT] [--password-file FILE]\n"
    "                         [--state DIR] [--key NAME.key] [--channel NAME] [--channel-dir DIR]\n"
    "The content console: open the address it prints in a browser to edit the topics in\n"
    "every language side by side, see each topic's kiosk screen, hear its speech, edit the\n"
    "pronunciation lexicon and publish. Each save is written whole and checked as 'check'\n"
    "does; a file changed meanwhile is never overwritten.\n"
    "  --listen HOST:PORT  where to listen (default 127.0.0.1:8080, this machine only).\n"
    "                      Any other address needs --password-file.\n"
    "  --password-file F   the password's hash, made by 'kiosk-pack hash-password -o F'\n"
    "  --state DIR         the console's own folder (default PACK_DIR.console beside the pack):\n"
    "                      the pack as last published, previews\n"
    "  --key NAME.key      the secret key Publish signs with (see keygen); without it the\n"
    "                      console does not publish\n"
    "  --channel NAME      the channel Publish writes (default stable)\n"
    "  --channel-dir DIR   the web server's folder of channels (default STATE/channels)\n";

const char* const kHashPasswordHelp =
    "Usage: kiosk-pack hash-password [-o FILE]\n"
    "Reads a password of at least 12 characters (typed twice, unseen, at a terminal; one\n"
    "line on standard input otherwise) and writes its Argon2id hash to FILE, or prints it,\n"
    "for 'kiosk-pack serve --password-file FILE'. The password itself is never stored.\n";

namespace {

constexpr std::size_t kShortestPassword = 12;

int refuse(const std::string& why) {
    std::fprintf(stderr, "kiosk-pack serve: %s\n", why.c_str());
    return kUsage;
}

std::string own_program() {
    std::error_code ec;
    return fs::read_symlink("/proc/self/exe", ec).string();
}

// The kiosk beside the staff tool: access-kiosk when installed, kiosk in the build tree.
std::string kiosk_beside(const std::string& tool) {
    const fs::path folder = fs::path(tool).parent_path();
    std::error_code ec;
    for (const char* name : {"access-kiosk", "kiosk"}) {
        if (fs::exists(folder / name, ec)) return (folder / name).string();
    }
    return "access-kiosk";
}

}  // namespace

int serve_command(const ServeOptions& options) {
    auto address = parse_listen_address(options.listen);
    if (!address) return refuse(address.error().to_string());
    std::error_code ec;
    const fs::path pack = fs::canonical(options.pack, ec);
    if (ec || !fs::is_directory(pack))
        return refuse(options.pack + ": not a pack folder (serve edits a folder, not an archive)");

    ConsoleSettings settings;
    settings.pack_dir = pack;
    settings.state_dir = options.state_dir.empty() ? fs::path(pack.string() + ".console") : fs::path(options.state_dir);
    const DataDirectory data = DataDirectory::locate();
    settings.web_dir = fs::path(data.root()) / "console";
    settings.strings_dir = data.strings_dir();
    settings.tool_program = own_program();
    settings.kiosk_program = kiosk_beside(settings.tool_program);
    settings.publish = {settings.tool_program,
                        pack,
                        settings.state_dir,
                        options.key,
                        options.channel,
                        options.channel_dir.empty() ? settings.state_dir / "channels" : fs::path(options.channel_dir)};
    if (!options.password_file.empty()) {
        auto password = ConsolePassword::read(options.password_file);
        if (!password) return refuse(password.error().to_string());
        settings.password = std::move(*password);
    }
    if (Status allowed = listen_allowed(*address, settings.password.has_value()); !allowed) {
        return refuse(allowed.error().to_string());
    }
    fs::create_directories(settings.state_dir, ec);
    if (ec) return refuse(settings.state_dir.string() + ": cannot create: " + ec.message());

    ConsoleServer server(settings);
    auto port = server.bind(*address);
    if (!port) {
        std::fprintf(stderr, "kiosk-pack serve: %s\n", port.error().to_string().c_str());
        return kFailed;
    }
    const bool v6 = address->host.find(':') != std::string::npos;
    std::printf("content console for %s: http://%s%s%s:%d/ (Ctrl+C stops it)\n", pack.c_str(), v6 ? "[" : "",
                address->host.c_str(), v6 ? "]" : "", *port);
    std::fflush(stdout);
    return server.run() ? kOk : kFailed;
}

int hash_password_command(const std::string& output) {
    const std::string password = read_hidden_line("Console password (12 characters or more): ");
    if (password.size() < kShortestPassword) {
        std::fprintf(stderr, "kiosk-pack: the password needs at least 12 characters\n");
        return kProblems;
    }
    if (::isatty(STDIN_FILENO) != 0 && read_hidden_line("The same password again: ") != password) {
        std::fprintf(stderr, "kiosk-pack: the two passwords differ; nothing written\n");
        return kProblems;
    }
    auto hash = ConsolePassword::hash(password);
    if (!hash) {
        std::fprintf(stderr, "kiosk-pack: %s\n", hash.error().to_string().c_str());
        return kFailed;
    }
    if (output.empty()) {
        std::printf("%s\n", hash->c_str());
        return kOk;
    }
    std::ofstream out(output, std::ios::trunc);
    out << *hash << '\n';
    if (!out.good()) {
        std::fprintf(stderr, "kiosk-pack: cannot write %s\n", output.c_str());
        return kFailed;
    }
    return kOk;
}

}  // namespace kiosk
