#include "core/content/spoken_number_check.h"

#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "core/content/pack_archive.h"
#include "core/content/text_file.h"
#include "core/speech/unread_numbers.h"

namespace kiosk {
namespace {

// A text the kiosk speaks and the file and line it is written on (0: somewhere in the file).
struct SpokenText {
    std::string file;
    int line = 0;
    std::string text;
};

std::vector<SpokenText> spoken_texts(const LocaleContent& content) {
    const std::string home = content.locale + "/home.toml";
    std::vector<SpokenText> texts{{home, 0, content.title},
                                  {home, 0, content.subtitle},
                                  {home, 0, content.sections.eligibility},
                                  {home, 0, content.sections.benefit},
                                  {home, 0, content.sections.apply}};
    for (const auto& category : content.categories) texts.push_back({home, 0, category.title});
    for (const auto& [id, topic] : content.topics) {
        for (const auto* field : {&topic.title, &topic.summary, &topic.source})
            texts.push_back({topic.file, 0, *field});
        for (const auto& block : topic.blocks) {
            texts.push_back({topic.file, block.source_line, block.text});
            for (const auto& cell : block.header) texts.push_back({topic.file, 0, cell});
        }
    }
    return texts;
}

// Where `written` stands in the file: first from the text's own line, else anywhere.
SourceLocation locate(const SpokenText& spoken, const std::string& written, const std::string* file_text) {
    if (file_text == nullptr) return {spoken.file, spoken.line, 0};
    std::size_t line_start = 0;
    for (int line = 1; line < spoken.line && line_start != std::string::npos; ++line) {
        line_start = file_text->find('\n', line_start);
        if (line_start != std::string::npos) ++line_start;
    }
    std::size_t at = file_text->find(written, line_start == std::string::npos ? 0 : line_start);
    if (at == std::string::npos) at = file_text->find(written);
    if (at == std::string::npos) return {spoken.file, spoken.line, 0};
    SourceLocation where = location_of_byte(*file_text, at);
    where.file = spoken.file;
    return where;
}

}  // namespace

PackErrors spoken_number_warnings(const Pack& pack, const PackSource& files) {
    PackErrors warnings;
    std::map<std::string, Result<std::string>> file_texts;
    std::set<std::tuple<std::string, int, int, std::string>> reported;  // a table header once
    for (const auto& [locale, content] : pack.locales) {
        for (const SpokenText& spoken : spoken_texts(content)) {
            for (const UnreadNumber& unread : unread_number_forms(spoken.text, locale)) {
                auto cached = file_texts.find(spoken.file);
                if (cached == file_texts.end()) {
                    cached = file_texts.emplace(spoken.file, files.read(spoken.file)).first;
                }
                const SourceLocation where =
                    locate(spoken, unread.written, cached->second ? &*cached->second : nullptr);
                if (!reported.emplace(where.file, where.line, where.column, unread.written).second) continue;
                warnings.push_back({where, Severity::warning,
                                    "'" + unread.written + "' is not read as words: the kiosk would say '" +
                                        unread.spoken + "'; write the unit, sign or symbol in words"});
            }
        }
    }
    return warnings;
}

PackErrors spoken_number_warnings(const Pack& pack) {
    std::error_code ec;
    if (std::filesystem::is_directory(pack.root, ec)) return spoken_number_warnings(pack, DirectorySource(pack.root));
    PackArchive archive = read_pack_archive(pack.root);
    if (archive.source) return spoken_number_warnings(pack, *archive.source);
    return spoken_number_warnings(pack, MemorySource(pack.root, {}));
}

}  // namespace kiosk
