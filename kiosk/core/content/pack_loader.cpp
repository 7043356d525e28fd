#include "core/content/pack_loader.h"

#include <filesystem>
#include <set>

#include "core/content/article_text.h"
#include "core/content/claim_checks.h"
#include "core/content/front_matter.h"
#include "core/content/lexicon_file.h"
#include "core/content/markdown_blocks.h"
#include "core/content/pack_archive.h"
#include "core/content/pack_names.h"
#include "core/content/text_file.h"
#include "core/content/toml_fields.h"
#include "core/text/graphemes.h"

namespace fs = std::filesystem;

namespace kiosk {
namespace {

class PackReader {
public:
    explicit PackReader(const PackSource& source) : source_(source) {}

    PackLoadResult read() {
        Pack pack;
        pack.root = source_.describe();
        check_pack_size();
        check_file_names();
        if (!read_manifest(pack.manifest)) return finish(std::nullopt);
        manifest_ = pack.manifest;
        bidi_in_body_ = declares_right_to_left_locale(manifest_.locales);
        for (const auto& locale : pack.manifest.locales) {
            pack.locales[locale] = read_locale(locale);
            pack.locales[locale].source_status = {pack.manifest.source, pack.manifest.source_is_draft,
                                                  pack.manifest.plan_period};
        }
        if (pack.locales.find(pack.manifest.default_locale) == pack.locales.end()) {
            report({"pack.toml", 0, 0}, Severity::error,
                   "default_locale '" + pack.manifest.default_locale + "' is not one of the pack's locales");
        } else {
            check_locales_match(pack);
        }
        return finish(std::move(pack));
    }

private:
    void report(SourceLocation where, Severity severity, std::string message) {
        problems_.push_back({std::move(where), severity, std::move(message)});
    }

    PackLoadResult finish(std::optional<Pack> pack) {
        PackLoadResult result;
        if (!has_errors(problems_)) result.pack = std::move(pack);
        result.problems = std::move(problems_);
        return result;
    }

    void check_pack_size() {
        std::uint64_t total = 0;
        for (const auto& file : source_.all_files()) total += source_.size(file).value_or(0);
        if (total > kMaxPackBytes) {
            report({source_.describe(), 0, 0}, Severity::error,
                   "the pack holds " + std::to_string(total) + " bytes; the limit is " + std::to_string(kMaxPackBytes));
        }
    }

    // Every file of a directory pack must survive being archived and read back.
    void check_file_names() {
        for (const auto& file : source_.all_files()) {
            if (is_archive_bookkeeping_file(file)) {
                report({file, 0, 0}, Severity::error,
                       "left over from a built archive; kiosk-pack build writes its own, so delete it");
            } else if (const Status path = check_pack_path(file); !path) {
                report({file, 0, 0}, Severity::error,
                       "this file cannot be part of a pack: " + path.error().to_string());
            }
        }
    }

    std::optional<toml::table> read_toml(const std::string& relative) {
        auto text = read_text_file(source_, relative, problems_);
        if (!text) return std::nullopt;
        return parse_toml(*text, relative, 1, problems_);
    }

    // False when the manifest itself has errors: without it nothing else can be read.
    bool read_manifest(Manifest& manifest) {
        const std::size_t problems_before = problems_.size();
        auto table = read_toml("pack.toml");
        if (!table) return false;
        TomlFields fields(*table, "pack.toml", 0, problems_);
        TextHygiene hygiene("und", false);
        fields.check_text_with(hygiene);
        manifest.id = fields.required_string("id");
        manifest.version = fields.required_string("version");
        manifest.title = fields.required_string("title");
        manifest.default_locale = fields.required_string("default_locale");
        manifest.locales = fields.required_string_list("locales");
        for (std::size_t i = 0; i < manifest.locales.size(); ++i) {
            if (is_valid_locale_tag(manifest.locales[i])) continue;
            report(fields.location_of("locales", i), Severity::error,
                   "'" + visible_escapes(manifest.locales[i]) +
                       "' is not a language tag such as \"zh-Hans\", \"en\" or \"ko\"");
        }
        manifest.publisher = fields.optional_string("publisher");
        manifest.date = fields.required_date("date");
        manifest.source = fields.optional_string("source");
        manifest.source_is_draft = fields.optional_bool("source_is_draft", false);
        manifest.plan_period = fields.optional_string("plan_period");
        manifest.review_by = fields.optional_date("review_by");
        manifest.review_by_line = fields.line_of("review_by");
        if (const toml::node* voices = table->get("voices")) {
            if (!voices->is_table()) fields.report("voices", "[voices] must be a table: locale = \"voice\"");
            for (const auto& [locale, voice] : voices->is_table() ? *voices->as_table() : toml::table{}) {
                if (auto name = voice.value<std::string>()) {
                    manifest.voices[std::string(locale.str())] = *name;
                } else {
                    fields.report("voices", "the voice for " + std::string(locale.str()) + " must be text in quotes");
                }
            }
        }
        manifest.allow_fallback = fields.optional_bool("allow_fallback", false);
        return !has_errors(
            PackErrors(problems_.begin() + static_cast<std::ptrdiff_t>(problems_before), problems_.end()));
    }

    LocaleContent read_locale(const std::string& locale) {
        LocaleContent content;
        content.locale = locale;
        hygiene_.emplace(locale, bidi_in_body_);
        const std::string home_file = locale + "/home.toml";
        auto table = read_toml(home_file);
        if (!table) return content;
        TomlFields fields(*table, home_file, 0, problems_);
        fields.check_text_with(*hygiene_);
        content.title = fields.required_string("title");
        content.subtitle = fields.optional_string("subtitle");
        read_braille(*table, home_file, content);
        if (const toml::table* sections = fields.required_table("sections")) {
            TomlFields headings(*sections, home_file, 0, problems_);
            headings.check_text_with(*hygiene_);
            content.sections = {headings.required_string("eligibility"), headings.required_string("benefit"),
                                headings.required_string("apply")};
        }
        if (const toml::array* categories = fields.required_array("category")) {
            read_categories(*categories, home_file, content);
        }
        read_lexicon_file(content);
        check_every_topic_file_is_listed(locale, content);
        check_links(content);
        return content;
    }

    // [braille] instructions. A label residents read by touch must be short; one that is
    // missing leaves the kiosk without the braille instructions for speech that ADA 707.8
    // asks for.
    void read_braille(const toml::table& home, const std::string& home_file, LocaleContent& content) {
        const toml::node* node = home.get("braille");
        if (node != nullptr && node->is_table()) {
            TomlFields braille(*node->as_table(), home_file, 0, problems_);
            braille.check_text_with(*hygiene_);
            content.braille_instructions = braille.optional_string_list("instructions");
            for (std::size_t i = 0; i < content.braille_instructions.size(); ++i) {
                content.braille_instructions_at.push_back(braille.location_of("instructions", i));
            }
        } else if (node != nullptr) {
            TomlFields(home, home_file, 0, problems_)
                .report("braille", "[braille] must be a table: instructions = [...]");
        }
        if (content.braille_instructions.empty()) {
            report({home_file, 1, 1}, Severity::warning,
                   "no [braille] instructions: the braille label telling blind residents how to start speech and "
                   "use the keypad cannot be made (kiosk-pack braille-label)");
            return;
        }
        std::size_t characters = 0;
        for (const std::string& line : content.braille_instructions) characters += grapheme_clusters(line).size();
        if (characters > kMaxBrailleInstructionCharacters) {
            report(content.braille_instructions_at.front(), Severity::warning,
                   "[braille] instructions are " + std::to_string(characters) +
                       " characters long: a label read by touch should hold at most " +
                       std::to_string(kMaxBrailleInstructionCharacters) + "; keep to starting speech and the keys");
        }
    }

    // The pack's pronunciation lexicon for this language, if it has one.
    void read_lexicon_file(LocaleContent& content) {
        const std::string file = content.locale + "/lexicon.toml";
        if (!source_.size(file)) return;
        if (auto text = read_text_file(source_, file, problems_)) {
            content.lexicon = read_lexicon(*text, file, content.locale, problems_);
        }
    }

    void read_categories(const toml::array& categories, const std::string& home_file, LocaleContent& content) {
        std::set<std::string> category_ids;
        std::set<std::string> listed;
        for (const auto& element : categories) {
            const toml::table* table = element.as_table();
            if (table == nullptr) continue;
            TomlFields fields(*table, home_file, 0, problems_);
            fields.check_text_with(*hygiene_);
            Category category;
            category.id = fields.required_string("id");
            category.title = fields.required_string("title");
            category.topic_ids = fields.required_string_list("topics");
            if (!category.id.empty() && !is_valid_id(category.id)) {
                report(fields.location_of("id"), Severity::error, invalid_id("category id", category.id));
            } else if (!category_ids.insert(category.id).second) {
                fields.report("id", "category id '" + category.id + "' is used twice");
            }
            for (std::size_t i = 0; i < category.topic_ids.size(); ++i) {
                const std::string& topic_id = category.topic_ids[i];
                const SourceLocation where = fields.location_of("topics", i);
                if (!is_valid_id(topic_id)) {
                    report(where, Severity::error, invalid_id("topic id", topic_id));
                    continue;
                }
                if (!listed.insert(topic_id).second) {
                    fields.report("topics", "topic '" + topic_id + "' is listed twice");
                    continue;
                }
                if (auto topic = read_topic(content, topic_id, where)) {
                    content.topics[topic_id] = std::move(*topic);
                }
            }
            content.categories.push_back(std::move(category));
        }
    }

    static std::string invalid_id(const std::string& what, const std::string& id) {
        return what + " '" + visible_escapes(id) +
               "' is not valid: use lowercase letters a-z and digits, in groups joined by single '-' "
               "(such as \"free-bus\"), at most " +
               std::to_string(kMaxIdLength) + " characters";
    }

    std::optional<Topic> read_topic(const LocaleContent& content, const std::string& id,
                                    const SourceLocation& listed_at) {
        const std::string file = content.locale + "/topics/" + id + ".md";
        if (!source_.size(file) && manifest_.allow_fallback && content.locale != manifest_.default_locale) {
            // Filled in from the default language by check_locales_match, which also
            // makes sure the default language has it.
            fallbacks_.push_back({content.locale, id, listed_at});
            return std::nullopt;
        }
        if (!source_.size(file)) {
            report(listed_at, Severity::error, "topic '" + id + "' is listed but " + file + " does not exist");
            return std::nullopt;
        }
        auto text = read_text_file(source_, file, problems_);
        if (!text) return std::nullopt;
        auto split = split_front_matter(*text, file, problems_);
        if (!split) return std::nullopt;
        auto table = parse_toml(split->front_matter, file, 2, problems_);
        if (!table) return std::nullopt;

        TomlFields fields(*table, file, 1, problems_);
        fields.check_text_with(*hygiene_);
        Topic topic;
        topic.id = id;
        topic.file = file;
        topic.title = fields.required_string("title");
        topic.summary = fields.required_string("summary");
        topic.source = fields.required_string("source");
        const std::string kind = fields.optional_string("kind", "benefit");
        if (kind == "info") {
            topic.kind = TopicKind::info;
        } else if (kind != "benefit") {
            fields.report("kind", "kind must be \"benefit\" or \"info\", not \"" + kind + "\"");
        }
        topic.blocks = parse_markdown_blocks(split->body, file, split->body_first_line, problems_);
        check_article_text(topic.blocks, file, split->body, split->body_first_line, *hygiene_, problems_);
        if (topic.kind == TopicKind::benefit) check_sections(topic, content.sections, split->body_first_line);
        check_claims_marked(topic, content.sections, problems_);
        return topic;
    }

    // A benefit topic must answer the resident's three questions, in order, each with text.
    void check_sections(const Topic& topic, const SectionHeadings& sections, int body_line) {
        const std::string required[] = {sections.eligibility, sections.benefit, sections.apply};
        std::size_t next = 0;
        for (std::size_t i = 0; i < topic.blocks.size() && next < 3; ++i) {
            const Block& block = topic.blocks[i];
            if (block.kind != BlockKind::heading || block.text != required[next]) continue;
            const bool has_text = i + 1 < topic.blocks.size() && topic.blocks[i + 1].kind != BlockKind::heading;
            if (!has_text) {
                report({topic.file, block.source_line, 0}, Severity::error,
                       "section '## " + block.text + "' has no text under it");
            }
            ++next;
        }
        for (; next < 3; ++next) {
            report({topic.file, body_line, 0}, Severity::error,
                   "missing section '## " + required[next] +
                       "' (the three sections must come in the order of home.toml "
                       "[sections])");
        }
    }

    void check_every_topic_file_is_listed(const std::string& locale, const LocaleContent& content) {
        std::set<std::string> listed;
        for (const auto& category : content.categories)
            listed.insert(category.topic_ids.begin(), category.topic_ids.end());
        for (const auto& name : source_.list(locale + "/topics")) {
            const fs::path path(name);
            if (path.extension() != ".md") continue;
            if (listed.count(path.stem().string()) == 0) {
                report({locale + "/topics/" + name, 0, 0}, Severity::warning,
                       "this topic is in no category of home.toml, so no one can reach it");
            }
        }
    }

    // Every language offers the same categories and topics, so no resident finds less than
    // another. With allow_fallback, a missing topic is shown in the default language instead.
    void check_locales_match(Pack& pack) {
        const LocaleContent& reference = pack.locales.at(pack.manifest.default_locale);
        for (const auto& fallback : fallbacks_) {
            if (reference.topics.count(fallback.id) != 0) continue;
            report(fallback.listed_at, Severity::error,
                   "topic '" + fallback.id + "' is listed but exists in no language: neither " + fallback.locale +
                       "/topics/" + fallback.id + ".md nor " + reference.locale + "/topics/" + fallback.id + ".md");
        }
        for (auto& [locale, content] : pack.locales) {
            if (locale == reference.locale) continue;
            check_same_categories(reference, content);
            for (const auto& [id, topic] : reference.topics) {
                if (content.topics.count(id) != 0) continue;
                const std::string file = locale + "/topics/" + id + ".md";
                if (pack.manifest.allow_fallback) {
                    report({file, 0, 0}, Severity::warning,
                           "missing; the " + reference.locale + " text is shown instead");
                    content.topics[id] = topic;
                } else {
                    report({file, 0, 0}, Severity::error,
                           "missing: every language needs every topic of " + reference.locale +
                               " (or set allow_fallback = true in pack.toml)");
                }
            }
        }
    }

    void check_same_categories(const LocaleContent& reference, LocaleContent& content) {
        std::vector<std::string> expected;
        std::vector<std::string> actual;
        for (const auto& c : reference.categories) expected.push_back(c.id);
        for (const auto& c : content.categories) actual.push_back(c.id);
        if (expected != actual) {
            report({content.locale + "/home.toml", 0, 0}, Severity::error,
                   "its categories differ from " + reference.locale +
                       "/home.toml; list the same category ids in the same order");
        }
    }

    void check_links(const LocaleContent& content) {
        for (const auto& [id, topic] : content.topics) {
            for (const auto& block : topic.blocks) {
                for (const auto& link : block.links) {
                    if (content.topics.count(link.topic_id) == 0) {
                        report({topic.file, link.line, link.column}, Severity::error,
                               "link to topic '" + link.topic_id + "', which does not exist");
                    }
                }
            }
        }
    }

    // A topic a language lists without having it, to be shown in the default language.
    struct Fallback {
        std::string locale;
        std::string id;
        SourceLocation listed_at;
    };

    const PackSource& source_;
    Manifest manifest_;
    bool bidi_in_body_ = false;
    std::optional<TextHygiene> hygiene_;  // of the language being read
    std::vector<Fallback> fallbacks_;
    PackErrors problems_;
};

}  // namespace

PackLoadResult load_pack(const PackSource& source) { return PackReader(source).read(); }

namespace {

PackLoadResult refused(const std::string& path, std::string message) {
    PackLoadResult result;
    result.problems.push_back({{path, 0, 0}, Severity::error, std::move(message)});
    return result;
}

// Problems of the archive itself come first, then those of its content.
PackLoadResult load_archive(PackArchive archive) {
    PackLoadResult result;
    if (archive.source) result = load_pack(*archive.source);
    result.problems.insert(result.problems.begin(), archive.problems.begin(), archive.problems.end());
    if (has_errors(result.problems)) result.pack.reset();
    return result;
}

}  // namespace

PackLoadResult load_pack(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return load_pack(DirectorySource(path));
    if (fs::is_regular_file(path, ec)) return load_archive(read_pack_archive(path));
    return refused(path, "pack not found (expected a directory or a pack archive)");
}

PackLoadResult load_trusted_pack(const std::string& path, const std::optional<std::string>& trusted_key) {
    if (!trusted_key) return load_pack(path);
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return refused(path, "refused: this kiosk trusts only signed pack archives (kiosk-pack build, then sign)");
    }
    // The signature of CONTENTS.toml is checked before any file of the pack is read.
    return load_archive(read_pack_archive(path, {trusted_key, nullptr}));
}

}  // namespace kiosk
