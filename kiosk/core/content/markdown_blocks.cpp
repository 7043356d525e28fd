#include "core/content/markdown_blocks.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <string_view>

#include "core/content/claim.h"

namespace kiosk {
namespace {

struct ParserDeleter {
    void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
    void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::string_view type_of(cmark_node* node) { return cmark_node_get_type_string(node); }

bool ends_with_ascii_word(const std::string& s) {
    return !s.empty() && static_cast<unsigned char>(s.back()) < 0x80 && s.back() != ' ';
}

// A soft line break inside a paragraph is a space between Latin words, but nothing
// between Chinese or Korean characters, where a space would be heard as a pause.
void append_soft_break(std::string& out, cmark_node* next) {
    if (!ends_with_ascii_word(out) || next == nullptr) return;
    const char* literal = cmark_node_get_literal(next);
    if (literal != nullptr && static_cast<unsigned char>(literal[0]) < 0x80) out += ' ';
}

// Calls `visit` for every inline under `block` (not the block itself), in document order.
// cmark's iterator keeps its place in the tree, not on the stack, so text nested however
// deep cannot exhaust the stack. Returns the first inline nested deeper than
// kMaxInlineNesting, or nullptr.
template <typename Visit>
cmark_node* for_each_inline(cmark_node* block, Visit visit) {
    struct IterDeleter {
        void operator()(cmark_iter* i) const { cmark_iter_free(i); }
    };
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(block));
    cmark_node* too_deep = nullptr;
    int depth = 0;
    for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter.get())) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        if (node == block) continue;
        if (event == CMARK_EVENT_EXIT) {
            --depth;
            continue;
        }
        // A node with children is entered and exited; a leaf is only entered.
        const bool container = cmark_node_first_child(node) != nullptr;
        if (container && ++depth > kMaxInlineNesting && too_deep == nullptr) too_deep = node;
        visit(node);
    }
    return too_deep;
}

class BlockCollector {
public:
    BlockCollector(const std::string& markdown, const std::string& file, int first_line, PackErrors& problems)
        : markdown_(markdown), file_(file), line_offset_(first_line - 1), problems_(problems) {}

    void collect_document(cmark_node* document) {
        for (cmark_node* n = cmark_node_first_child(document); n; n = cmark_node_next(n)) {
            collect_block(n);
        }
    }

    std::vector<Block> take() { return std::move(blocks_); }

private:
    int line_of(cmark_node* node) const { return cmark_node_get_start_line(node) + line_offset_; }

    void report(cmark_node* node, std::string message) {
        problems_.push_back({{file_, line_of(node), character_column(node)}, Severity::error, std::move(message)});
    }

    // cmark counts columns in bytes; people and editors count characters.
    int character_column(cmark_node* node) const {
        const int line = cmark_node_get_start_line(node);
        const int byte_column = cmark_node_get_start_column(node);
        std::size_t at = 0;
        for (int i = 1; i < line && at != std::string::npos; ++i) {
            at = markdown_.find('\n', at);
            if (at != std::string::npos) ++at;
        }
        if (at == std::string::npos) return byte_column;
        int column = 1;
        for (int b = 0; b < byte_column - 1 && at + b < markdown_.size(); ++b) {
            if ((static_cast<unsigned char>(markdown_[at + b]) & 0xC0) != 0x80) ++column;
        }
        return column;
    }

    // The plain text of a block's inlines, as shown and said. Text nested deeper than
    // kMaxInlineNesting is refused: no reader follows it, and it is most likely an attack.
    std::string inline_text(cmark_node* block) {
        std::string out;
        cmark_node* too_deep = for_each_inline(block, [&](cmark_node* node) {
            switch (cmark_node_get_type(node)) {
                case CMARK_NODE_TEXT:
                case CMARK_NODE_CODE:
                    out += cmark_node_get_literal(node);
                    break;
                case CMARK_NODE_SOFTBREAK:
                    append_soft_break(out, cmark_node_next(node));
                    break;
                case CMARK_NODE_LINEBREAK:
                    out += ' ';
                    break;
                default:
                    break;
            }
        });
        if (too_deep != nullptr) {
            report(too_deep, "emphasis or links nested more than " + std::to_string(kMaxInlineNesting) +
                                 " deep; write the text with less '*', '_' or '[...]' markup");
        }
        return out;
    }

    // `text_node` is where the block's text starts: the paragraph itself, or a list item's first.
    void add(BlockKind kind, cmark_node* node, std::string text, cmark_node* text_node = nullptr) {
        if (text.empty()) return;
        Block block;
        block.kind = kind;
        block.text = std::move(text);
        block.source_line = line_of(node);
        block.source_column = character_column(text_node != nullptr ? text_node : node);
        if (kind == BlockKind::paragraph || kind == BlockKind::list_item) take_claim_marker(block);
        block.links = std::move(pending_links_);
        pending_links_.clear();
        blocks_.push_back(std::move(block));
    }

    void take_claim_marker(Block& block) {
        ClaimMarkerRead read = read_claim_marker(block.text);
        if (!read.error.empty()) {
            report_at(block, std::move(read.error));
            return;
        }
        if (!read.claim) return;
        if (read.rest.empty()) report_at(block, "the claim marker is followed by no text");
        block.claim = std::move(read.claim);
        block.text = std::move(read.rest);
    }

    void report_at(const Block& block, std::string message) {
        problems_.push_back({{file_, block.source_line, block.source_column}, Severity::error, std::move(message)});
    }

    void collect_block(cmark_node* node) {
        const auto type = type_of(node);
        if (type == "heading") {
            if (cmark_node_get_heading_level(node) != 2) {
                report(node, "only '## ' headings are used in kiosk articles");
            }
            add(BlockKind::heading, node, inline_text(node));
        } else if (type == "paragraph") {
            check_inlines(node);
            add(BlockKind::paragraph, node, inline_text(node));
        } else if (type == "list") {
            collect_list(node);
        } else if (type == "table") {
            collect_table(node);
        } else {
            report(node, "'" + std::string(type) +
                             "' cannot be shown on the kiosk; use paragraphs, '- ' lists, "
                             "'## ' headings or a table");
        }
    }

    // Links may only lead to other topics: a kiosk has no browser.
    void check_inlines(cmark_node* block) {
        for_each_inline(block, [this](cmark_node* c) {
            const auto type = type_of(c);
            if (type == "image") report(c, "images are not supported in article text");
            if (type == "html_inline") report(c, "HTML is not supported in article text");
            if (type == "link") check_link(c);
        });
    }

    void check_link(cmark_node* link) {
        const std::string_view url = cmark_node_get_url(link);
        constexpr std::string_view kTopic = "topic:";
        if (url.substr(0, kTopic.size()) != kTopic || url.size() == kTopic.size()) {
            report(link,
                   "link to '" + std::string(url) + "' cannot be opened on the kiosk; link to a topic as (topic:ID)");
            return;
        }
        pending_links_.push_back({std::string(url.substr(kTopic.size())), line_of(link), character_column(link)});
    }

    void collect_list(cmark_node* list) {
        for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            std::string text;
            for (cmark_node* part = cmark_node_first_child(item); part; part = cmark_node_next(part)) {
                if (type_of(part) != "paragraph") {
                    report(part, "a list item may hold only text (no nested lists or blocks)");
                    continue;
                }
                check_inlines(part);
                if (!text.empty()) text += ' ';
                text += inline_text(part);
            }
            add(BlockKind::list_item, item, std::move(text), cmark_node_first_child(item));
        }
    }

    void collect_table(cmark_node* table) {
        std::vector<std::string> header;
        for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
            std::vector<std::string> cells;
            for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
                cells.push_back(inline_text(cell));
            }
            if (type_of(row) == "table_header") {
                header = std::move(cells);
                continue;
            }
            Block block;
            block.kind = BlockKind::table_row;
            block.source_line = line_of(row);
            for (const auto& cell : cells) {
                if (!block.text.empty()) block.text += " | ";
                block.text += cell;
            }
            block.cells = std::move(cells);
            block.header = header;
            blocks_.push_back(std::move(block));
        }
    }

    const std::string& markdown_;
    const std::string& file_;
    int line_offset_;
    PackErrors& problems_;
    std::vector<Block> blocks_;
    std::vector<TopicLink> pending_links_;  // found in the block being collected
};

}  // namespace

std::vector<Block> parse_markdown_blocks(const std::string& markdown, const std::string& file, int first_line,
                                         PackErrors& problems) {
    cmark_gfm_core_extensions_ensure_registered();
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension("table"));
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));

    BlockCollector collector(markdown, file, first_line, problems);
    collector.collect_document(document.get());
    return collector.take();
}

}  // namespace kiosk
