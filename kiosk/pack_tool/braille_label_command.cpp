#include "pack_tool/braille_label_command.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/braille/braille_label.h"
#include "core/content/pack_loader.h"
#include "pack_tool/durable_file.h"
#include "pack_tool/exit_codes.h"
#include "platform/louis_translator.h"
#include "platform/pack_machine_checks.h"

namespace kiosk {

const char* const kBrailleLabelHelp =
    "Usage: kiosk-pack braille-label DIR|PACK [--locale L] [--format brf|text]\n"
    "                                [--cells N] [--lines N] [-o FILE]\n"
    "Writes the pack's braille instructions ([braille] instructions in each language's\n"
    "home.toml: how to start speech and use the keypad) as a braille label for the\n"
    "keypad: zh-Hans in national common braille (国家通用盲文), en in Unified English\n"
    "Braille, ko in Korean braille, the same tables the kiosk's braille display uses.\n"
    "  --format brf   a BRF file for an embosser (braille ASCII; the default)\n"
    "  --format text  Unicode braille, for a sign maker or to compare by eye\n"
    "  --cells N      cells per line (default 40)   --lines N  lines per page (default 25)\n"
    "Every language of the pack, each from a new page, unless --locale names one.\n"
    "Without -o the label goes to standard output; with -o FILE it is written whole\n"
    "or not at all. Exit 1 when the pack has errors or a language has no instructions.\n";

namespace {

int report_problems(const PackErrors& problems) {
    int errors = 0;
    for (const PackError& problem : problems) {
        if (problem.severity != Severity::error) continue;
        std::fprintf(stderr, "%s\n", problem.to_string().c_str());
        ++errors;
    }
    return errors;
}

}  // namespace

int braille_label_command(const BrailleLabelOptions& options) {
    if (options.format != "brf" && options.format != "text") {
        std::fprintf(stderr, "kiosk-pack braille-label: --format must be brf or text, not '%s'\n",
                     options.format.c_str());
        return kUsage;
    }
    PackLoadResult loaded = load_pack(options.pack);
    if (loaded.pack) check_braille_instructions(*loaded.pack, loaded.problems);
    if (report_problems(loaded.problems) > 0 || !loaded.pack) return kProblems;
    const Pack& pack = *loaded.pack;

    std::vector<std::string> locales = pack.manifest.locales;
    if (options.locale) {
        if (std::find(locales.begin(), locales.end(), *options.locale) == locales.end()) {
            std::fprintf(stderr, "%s: the pack has no language '%s'\n", options.pack.c_str(), options.locale->c_str());
            return kProblems;
        }
        locales = {*options.locale};
    }
    LouisTranslator translator;
    std::vector<BraillePage> pages;
    for (const std::string& locale : locales) {
        const LocaleContent& content = pack.locales.at(locale);
        if (content.braille_instructions.empty()) {
            std::fprintf(stderr, "%s/%s/home.toml: error: no [braille] instructions to make a label from\n",
                         options.pack.c_str(), locale.c_str());
            return kProblems;
        }
        auto label = braille_label(translator, content.braille_instructions_text(), locale,
                                   {options.cells_per_line, options.lines_per_page});
        if (!label) {
            std::fprintf(stderr, "%s: %s\n", locale.c_str(), label.error().to_string().c_str());
            return kFailed;
        }
        pages.insert(pages.end(), label->begin(), label->end());
    }

    std::string bytes;
    if (options.format == "text") {
        bytes = unicode_braille_text(pages);
    } else {
        auto brf = braille_ready_file(pages);
        if (!brf) {
            std::fprintf(stderr, "kiosk-pack braille-label: %s\n", brf.error().to_string().c_str());
            return kProblems;
        }
        bytes = std::move(*brf);
    }
    if (options.output.empty()) {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        return std::fflush(stdout) == 0 ? kOk : kFailed;
    }
    if (Status written = write_file_durably(options.output, bytes); !written) {
        std::fprintf(stderr, "%s: %s\n", options.output.c_str(), written.error().to_string().c_str());
        return kFailed;
    }
    std::fprintf(stderr, "%s: %zu page(s) of braille in %zu language(s)\n", options.output.c_str(), pages.size(),
                 locales.size());
    return kOk;
}

}  // namespace kiosk
