#pragma once

#include <string>
#include <vector>

#include "core/content/pack.h"
#include "core/content/pack_error.h"

namespace kiosk {

// How deep emphasis and links may nest in one block ("**[*text*](topic:x)**" is 3). Deeper
// nesting is reported as an error; the reader itself has no such limit, as it does not recurse.
inline constexpr int kMaxInlineNesting = 32;

// Parses an article body (CommonMark with GitHub tables) into the kiosk's blocks:
// headings, paragraphs, list items and table rows. Constructs a kiosk cannot present
// (images, raw HTML, code blocks, quotes) are reported against `file` at their line;
// `first_line` is the file line on which the body starts.
std::vector<Block> parse_markdown_blocks(const std::string& markdown, const std::string& file, int first_line,
                                         PackErrors& problems);

}  // namespace kiosk
