#include "pack_tool/hash_code.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>

#include "core/access/staff_code.h"
#include "pack_tool/exit_codes.h"
#include "pack_tool/hidden_input.h"

namespace kiosk {

const char* const kHashCodeHelp =
    "Usage: kiosk-pack hash-code [-o FILE]\n"
    "Reads a staff code of 6 to 16 digits (typed twice, unseen, at a terminal; one line on\n"
    "standard input otherwise) and writes its Argon2id hash to FILE, or prints it. Give\n"
    "the hash to the kiosk with --staff-code-hash; the code itself is never stored.\n";

namespace {}  // namespace

int hash_code_command(const std::string& output) {
    const std::string code = read_hidden_line("Staff code (6 to 16 digits): ");
    if (!is_valid_staff_code(code)) {
        std::fprintf(stderr, "kiosk-pack: a staff code is 6 to 16 digits (0-9), entered on the kiosk's keypad\n");
        return kProblems;
    }
    if (::isatty(STDIN_FILENO) != 0 && read_hidden_line("The same code again: ") != code) {
        std::fprintf(stderr, "kiosk-pack: the two codes differ; nothing written\n");
        return kProblems;
    }
    const auto hash = hash_staff_code(code);
    if (!hash) {
        std::fprintf(stderr, "kiosk-pack: cannot hash the code (out of memory?)\n");
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
    std::printf("wrote %s; start the kiosk with --staff-code-hash %s\n", output.c_str(), output.c_str());
    return kOk;
}

}  // namespace kiosk
