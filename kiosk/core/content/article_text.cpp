#include "core/content/article_text.h"

#include <algorithm>

#include "core/content/text_file.h"

namespace kiosk {
namespace {

// Enough of a fault's text to find it again in the file, without running into markup.
constexpr std::size_t kNeedleBytes = 12;

class ArticleText {
public:
    ArticleText(const std::string& file, const std::string& body, int body_first_line, TextHygiene& hygiene,
                PackErrors& problems)
        : file_(file), body_(body), first_line_(body_first_line), hygiene_(hygiene), problems_(problems) {}

    void check(const Block& block) {
        if (block.kind != BlockKind::table_row) {
            check(block.text, block.kind == BlockKind::heading ? TextRole::label : TextRole::body, block.source_line);
            return;
        }
        for (const auto& cell : block.header) {
            if (check(cell, TextRole::label, block.source_line)) return;
        }
        for (const auto& cell : block.cells) {
            if (check(cell, TextRole::body, block.source_line)) return;
        }
    }

private:
    // True when it reported a fault.
    bool check(const std::string& text, TextRole role, int line) {
        auto fault = hygiene_.check(text, role);
        if (!fault) return false;
        const std::string needle = text.substr(fault->offset, std::min(fault->length, kNeedleBytes));
        problems_.push_back({where(needle, line), Severity::error, fault->message});
        return true;
    }

    // The first place on or after file line `line` where `needle` is written.
    SourceLocation where(const std::string& needle, int line) const {
        std::size_t from = 0;
        for (int l = first_line_; l < line && from != std::string::npos; ++l) {
            from = body_.find('\n', from);
            if (from != std::string::npos) ++from;
        }
        const std::size_t at = from == std::string::npos ? std::string::npos : body_.find(needle, from);
        if (at == std::string::npos) return {file_, line, 1};
        SourceLocation location = location_of_byte(body_, at);
        location.file = file_;
        location.line += first_line_ - 1;
        return location;
    }

    const std::string& file_;
    const std::string& body_;
    int first_line_;
    TextHygiene& hygiene_;
    PackErrors& problems_;
};

}  // namespace

void check_article_text(const std::vector<Block>& blocks, const std::string& file, const std::string& body,
                        int body_first_line, TextHygiene& hygiene, PackErrors& problems) {
    ArticleText checker(file, body, body_first_line, hygiene, problems);
    for (const Block& block : blocks) checker.check(block);
}

}  // namespace kiosk
