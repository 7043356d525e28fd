#pragma once

#include <string>
#include <vector>

#include "core/content/pack.h"
#include "core/content/pack_error.h"
#include "core/content/text_hygiene.h"

namespace kiosk {

// Checks the text of an article's blocks as the kiosk shows it (headings and table headers
// as labels, the rest as body text). Each fault is reported at its place in the file when
// it is written there as it is shown, else where its block starts (an escape such as
// "&#x202E;" stands for it). `body` is the Markdown the blocks were read from, starting on
// file line `body_first_line`.
void check_article_text(const std::vector<Block>& blocks, const std::string& file, const std::string& body,
                        int body_first_line, TextHygiene& hygiene, PackErrors& problems);

}  // namespace kiosk
