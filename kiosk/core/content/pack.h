#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content/claim.h"
#include "core/content/pack_error.h"

namespace kiosk {

// The content model: what a pack says, independent of how it is stored or shown.

enum class BlockKind { heading, paragraph, list_item, table_row };

// One unit of article text. Each block is one stop for keypad focus and one utterance.
// A link from article text to another topic: "[text](topic:ID)".
struct TopicLink {
    std::string topic_id;
    int line = 0;
    int column = 0;  // in characters, where the link begins
};

struct Block {
    BlockKind kind = BlockKind::paragraph;
    std::string text;                 // plain text; for a table row the cells joined
    std::vector<std::string> cells;   // table rows only
    std::vector<std::string> header;  // table rows only: the header cells, for labels
    std::vector<TopicLink> links;
    std::optional<Claim> claim;  // paragraphs and list items: the marker it starts with
    int source_line = 0;
    int source_column = 0;  // where its text starts, in characters
};

enum class TopicKind {
    benefit,  // must say who can get it, what they get and how to apply
    info,     // free-form information, such as the plan's goals
};

struct Topic {
    std::string id;
    TopicKind kind = TopicKind::benefit;
    std::string title;
    std::string summary;
    std::string source;
    std::vector<Block> blocks;
    std::string file;  // relative to the pack root, for messages
};

struct Category {
    std::string id;
    std::string title;
    std::vector<std::string> topic_ids;
};

// The headings every benefit topic carries, in this order.
struct SectionHeadings {
    std::string eligibility;
    std::string benefit;
    std::string apply;
};

// What the content is drawn from, told to residents on the home, attract and topic screens.
struct SourceStatus {
    std::string title;   // pack.toml source
    bool draft = false;  // pack.toml source_is_draft
    std::string period;  // pack.toml plan_period
};

// The longest braille instructions a pack should give, in characters: about a page of
// braille in Chinese, where a character takes two or three cells.
inline constexpr std::size_t kMaxBrailleInstructionCharacters = 300;

struct LocaleContent {
    std::string locale;  // BCP 47, e.g. "zh-Hans"
    std::string title;
    std::string subtitle;
    SourceStatus source_status;  // from the manifest, the same in every language
    SectionHeadings sections;
    std::vector<Category> categories;
    std::map<std::string, Topic> topics;
    std::map<std::string, std::string> lexicon;  // LOCALE/lexicon.toml: word -> reading, for speech only
    // home.toml [braille] instructions: how to start speech and use the keypad, for a braille
    // label beside the keypad (kiosk-pack braille-label) and the maintenance screen. Each
    // line begins a line of braille.
    std::vector<std::string> braille_instructions;
    std::vector<SourceLocation> braille_instructions_at;  // where each line is written, for messages

    // The braille instructions as one text, a line break between lines; empty when none.
    std::string braille_instructions_text() const;

    const Topic* find_topic(const std::string& id) const;
};

struct Manifest {
    std::string id;
    std::string version;
    std::string title;
    std::string default_locale;
    std::vector<std::string> locales;
    std::string publisher;                      // optional: the source may name none
    std::string date;                           // the day the pack was made
    std::string source;                         // the exact title of the document the content is drawn from
    bool source_is_draft = false;               // the source is a draft (讨论稿), not an adopted plan
    std::string plan_period;                    // the period the source plans for, e.g. "2021–2025"
    std::string review_by;                      // YYYY-MM-DD: staff must review the content by then
    int review_by_line = 0;                     // its line in pack.toml, for messages
    bool allow_fallback = false;                // a language may lack topics; the default language fills in
    std::map<std::string, std::string> voices;  // [voices] in pack.toml: an eSpeak NG voice per locale

    // The voice the pack names for a locale, or `fallback` (the kiosk's own choice).
    std::string voice_for(const std::string& locale, const std::string& fallback) const {
        auto it = voices.find(locale);
        return it == voices.end() ? fallback : it->second;
    }
};

struct Pack {
    std::string root;  // directory the pack was read from
    Manifest manifest;
    std::map<std::string, LocaleContent> locales;

    // The content for a requested locale, falling back to the pack's default.
    const LocaleContent& content_for(const std::string& locale) const;
};

}  // namespace kiosk
