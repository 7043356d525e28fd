#include "pack_tool/pack_diff.h"

#include <set>

#include "core/content/text_hygiene.h"

namespace kiosk {
namespace {

std::vector<std::string> block_texts(const Topic& topic) {
    std::vector<std::string> texts{"title: " + topic.title, "summary: " + topic.summary};
    // A claim that changes its kind changes what a resident is told, so its marker counts.
    for (const auto& block : topic.blocks) {
        texts.push_back(block.claim ? claim_marker(*block.claim) + " " + block.text : block.text);
    }
    texts.push_back("source: " + topic.source);
    return texts;
}

// The lines removed from `a` and added in `b`, by longest common subsequence.
void diff_lines(const std::vector<std::string>& a, const std::vector<std::string>& b, const std::string& indent,
                std::vector<std::string>& out) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i, ++j;
        } else if (j < m && (i == n || common[i][j + 1] > common[i + 1][j])) {
            out.push_back(indent + "+ " + b[j++]);
        } else {
            out.push_back(indent + "- " + a[i++]);
        }
    }
}

void diff_locale(const LocaleContent& a, const LocaleContent& b, std::vector<std::string>& out) {
    std::vector<std::string> a_titles, b_titles;
    for (const auto& c : a.categories) a_titles.push_back("category " + c.id + ": " + c.title);
    for (const auto& c : b.categories) b_titles.push_back("category " + c.id + ": " + c.title);
    if (a.title != b.title) diff_lines({"title: " + a.title}, {"title: " + b.title}, "  ", out);
    diff_lines(a_titles, b_titles, "  ", out);
    std::set<std::string> ids;
    for (const auto& [id, t] : a.topics) ids.insert(id);
    for (const auto& [id, t] : b.topics) ids.insert(id);
    for (const auto& id : ids) {
        const Topic* old_topic = a.find_topic(id);
        const Topic* new_topic = b.find_topic(id);
        if (old_topic == nullptr) {
            out.push_back("  + topic " + id + ": " + new_topic->title);
        } else if (new_topic == nullptr) {
            out.push_back("  - topic " + id + ": " + old_topic->title);
        } else if (block_texts(*old_topic) != block_texts(*new_topic)) {
            out.push_back("  ~ topic " + id + " (" + new_topic->file + ")");
            diff_lines(block_texts(*old_topic), block_texts(*new_topic), "      ", out);
        }
    }
}

}  // namespace

std::vector<std::string> diff_packs(const Pack& old_pack, const Pack& new_pack) {
    std::vector<std::string> out;
    if (old_pack.manifest.version != new_pack.manifest.version) {
        out.push_back("version " + old_pack.manifest.version + " -> " + new_pack.manifest.version);
    }
    std::set<std::string> locales;
    for (const auto& [l, c] : old_pack.locales) locales.insert(l);
    for (const auto& [l, c] : new_pack.locales) locales.insert(l);
    for (const auto& locale : locales) {
        auto a = old_pack.locales.find(locale);
        auto b = new_pack.locales.find(locale);
        if (a == old_pack.locales.end()) {
            out.push_back("+ locale " + locale);
        } else if (b == new_pack.locales.end()) {
            out.push_back("- locale " + locale);
        } else {
            std::vector<std::string> lines;
            diff_locale(a->second, b->second, lines);
            if (lines.empty()) continue;
            out.push_back(locale + ":");
            out.insert(out.end(), lines.begin(), lines.end());
        }
    }
    // Staff read this in a terminal: what a pack holds is shown, never acted on.
    for (std::string& line : out) line = visible_escapes(line);
    return out;
}

}  // namespace kiosk
