#include "pack_tool/polyphone_check.h"

#include <bzlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <tuple>

#include "core/content/pack_archive.h"
#include "core/speech/speech_lexicons.h"

namespace kiosk {

// Decompressed when checking rather than at build time: the check then always uses the
// Unicode data installed on the machine, and the build needs no generated table.
Result<Polyphones> read_polyphones(const std::string& bz2_path) {
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(bz2_path.c_str(), "rb"), &std::fclose);
    if (!file) return failure(Error(bz2_path, "cannot open (Debian package unicode-data)"));
    int status = BZ_OK;
    BZFILE* bz = BZ2_bzReadOpen(&status, file.get(), 0, 0, nullptr, 0);
    std::string text;
    char buffer[1 << 16];
    while (status == BZ_OK) {
        const int read = BZ2_bzRead(&status, bz, buffer, sizeof buffer);
        if (status == BZ_OK || status == BZ_STREAM_END) text.append(buffer, static_cast<std::size_t>(read));
    }
    int closed = BZ_OK;
    BZ2_bzReadClose(&closed, bz);
    if (status != BZ_STREAM_END) {
        return failure(Error(bz2_path, "not a readable bzip2 file (libbz2 status " + std::to_string(status) + ")"));
    }
    return Polyphones::from_unihan_readings(text);
}

namespace {

struct Finding {
    SourceLocation first;
    std::string readings;  // "行 (háng hàng xìng xíng)"
    int count = 0;
};

bool is_text_file(const std::string& name) {
    const auto ends_with = [&](std::string_view end) {
        return name.size() >= end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0;
    };
    return (ends_with(".md") || ends_with(".toml")) && !ends_with("/lexicon.toml") && name != "CONTENTS.toml";
}

class WordScanner {
public:
    WordScanner(const Polyphones& polyphones, const PronunciationLexicon& lexicon)
        : polyphones_(polyphones), lexicon_(lexicon) {
        UErrorCode status = U_ZERO_ERROR;
        words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) words_.reset();
    }

    void scan(const std::string& file, const std::string& text) {
        int line_number = 0;
        for (std::size_t start = 0; start < text.size(); ++line_number) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string_view line(text.data() + start, end - start);
            const bool toml_comment = file.ends_with(".toml") &&
                                      line.find_first_not_of(" \t") != std::string_view::npos &&
                                      line[line.find_first_not_of(" \t")] == '#';
            if (!toml_comment) scan_line(file, line_number + 1, line);
            start = end + 1;
        }
    }

    const std::map<std::string, Finding>& findings() const { return findings_; }

private:
    void scan_line(const std::string& file, int line_number, std::string_view utf8) {
        if (!words_) return;
        const icu::UnicodeString line =
            icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
        std::vector<bool> read_by_lexicon(static_cast<std::size_t>(line.length()), false);
        for (const LexiconMatch& match : lexicon_.matches(line)) {
            for (int32_t i = match.begin; i < match.end; ++i) read_by_lexicon[static_cast<std::size_t>(i)] = true;
        }
        words_->setText(line);
        int32_t begin = words_->first();
        for (int32_t end = words_->next(); end != icu::BreakIterator::DONE; begin = end, end = words_->next()) {
            std::string unread;
            for (int32_t i = begin; i < end; i = line.moveIndex32(i, 1)) {
                const auto* readings = polyphones_.readings(static_cast<char32_t>(line.char32At(i)));
                if (readings == nullptr || read_by_lexicon[static_cast<std::size_t>(i)]) continue;
                std::string character;
                icu::UnicodeString(line.char32At(i)).toUTF8String(character);
                if (!unread.empty()) unread += ", ";
                unread += character + " (";
                for (const auto& reading : *readings) unread += (&reading == &readings->front() ? "" : " ") + reading;
                unread += ")";
            }
            if (unread.empty()) continue;
            std::string word;
            line.tempSubStringBetween(begin, end).toUTF8String(word);
            Finding& finding = findings_[word];
            if (finding.count++ == 0) {
                finding.first = {file, line_number, line.countChar32(0, begin) + 1};
                finding.readings = unread;
            }
        }
    }

    const Polyphones& polyphones_;
    const PronunciationLexicon& lexicon_;
    std::unique_ptr<icu::BreakIterator> words_;
    std::map<std::string, Finding> findings_;
};

}  // namespace

void check_polyphonic_words(const Pack& pack, const PackSource& source, const Polyphones& polyphones,
                            PackErrors& problems) {
    const BaseLexicon& base = base_lexicon(kMandarinLocale);
    problems.insert(problems.end(), base.problems.begin(), base.problems.end());
    const PronunciationLexicon lexicon(lexicon_entries_for(pack, kMandarinLocale));
    WordScanner scanner(polyphones, lexicon);
    for (const std::string& name : source.all_files()) {
        if (!is_text_file(name)) continue;
        if (auto text = source.read(name)) scanner.scan(name, *text);
    }
    std::vector<std::pair<SourceLocation, std::string>> ordered;
    for (const auto& [word, finding] : scanner.findings()) {
        std::string message =
            "\"" + word + "\" has " + finding.readings + "; no lexicon entry says how to read it here";
        if (finding.count > 1) message += " (" + std::to_string(finding.count) + " times)";
        message += "; add it to " + std::string(kMandarinLocale) + "/lexicon.toml";
        ordered.emplace_back(finding.first, std::move(message));
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.file, a.first.line, a.first.column) <
               std::tie(b.first.file, b.first.line, b.first.column);
    });
    for (auto& [where, message] : ordered) problems.push_back({where, Severity::warning, std::move(message)});
}

void check_polyphonic_words(const std::string& path, const Pack& pack, PackErrors& problems) {
    const Result<Polyphones> polyphones = read_polyphones(kUnihanReadings);
    if (!polyphones) {
        const std::string why = polyphones.error().to_string();
        problems.push_back({{path, 0, 0}, Severity::warning, "polyphonic words not checked: " + why});
        return;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        check_polyphonic_words(pack, DirectorySource(path), *polyphones, problems);
    } else if (PackArchive archive = read_pack_archive(path); archive.source) {
        check_polyphonic_words(pack, *archive.source, *polyphones, problems);
    }
}

}  // namespace kiosk
