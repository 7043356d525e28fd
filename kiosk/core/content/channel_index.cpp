#include "core/content/channel_index.h"

#include <toml++/toml.h>

#include <algorithm>
#include <ctime>
#include <sstream>

#include "core/content/pack_signature.h"
#include "core/content/text_file.h"

namespace kiosk {
namespace {

constexpr std::string_view kSignaturePrefix = "signature = \"";
constexpr std::size_t kSha256HexLength = 64;

bool is_lowercase_hex(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// A TOML basic string: in double quotes, anything but printable ASCII escaped.
std::string quoted(const std::string& text) {
    std::ostringstream out;
    const toml::value<std::string> value(text);
    out << toml::toml_formatter(value, toml::format_flags::none);
    return out.str();
}

// The signed index split into its body and the value of its last line, the signature.
struct SignedText {
    std::string body;
    std::string signature;
    int signature_line = 0;
};

Result<SignedText> split_signature(const std::string& text, const std::string& source_name) {
    std::string_view rest(text);
    if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
    const std::size_t start = rest.rfind('\n') == std::string_view::npos ? 0 : rest.rfind('\n') + 1;
    const std::string_view last = rest.substr(start);
    const int line =
        static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(start), '\n')) + 1;
    if (last.substr(0, kSignaturePrefix.size()) != kSignaturePrefix || last.size() < kSignaturePrefix.size() + 1 ||
        last.back() != '"') {
        return failure(Error(source_name,
                             "the index does not end with its signature line (signature = \"ed25519 ...\")", line, 1));
    }
    const std::string_view value = last.substr(kSignaturePrefix.size(), last.size() - kSignaturePrefix.size() - 1);
    return SignedText{text.substr(0, start), std::string(value), line};
}

Error field_error(const std::string& source_name, const toml::node& node, const std::string& message) {
    const auto& where = node.source().begin;
    return Error(source_name, message, static_cast<int>(where.line), static_cast<int>(where.column));
}

// Reads the fields of the signed body, each checked where it stands.
class IndexFields {
public:
    IndexFields(const toml::table& table, const std::string& source_name) : table_(table), source_(source_name) {}

    Result<std::string> text(const char* key) {
        const toml::node* node = table_.get(key);
        if (node == nullptr) return missing(key);
        auto value = node->value<std::string>();
        if (!value || value->empty())
            return failure(
                field_error(source_, *node, std::string("field '") + key + "' must be non-empty text in quotes"));
        return *value;
    }

    Result<std::int64_t> integer(const char* key, std::int64_t lowest, std::int64_t highest) {
        const toml::node* node = table_.get(key);
        if (node == nullptr) return missing(key);
        auto value = node->value_exact<std::int64_t>();
        if (!value || *value < lowest || *value > highest) {
            return failure(field_error(source_, *node,
                                       std::string("field '") + key + "' must be a whole number from " +
                                           std::to_string(lowest) + " to " + std::to_string(highest)));
        }
        return *value;
    }

    Error error_at(const char* key, const std::string& message) const {
        const toml::node* node = table_.get(key);
        return node != nullptr ? field_error(source_, *node, message) : Error(source_, message);
    }

private:
    Failure<Error> missing(const char* key) const {
        return failure(Error(source_, std::string("missing field '") + key + "'"));
    }

    const toml::table& table_;
    const std::string& source_;
};

// The fields of a signed body; the first wrong one is the error.
Result<ChannelIndex> index_from(const toml::table& table, const std::string& source_name) {
    IndexFields fields(table, source_name);
    constexpr std::int64_t kMax = INT64_MAX;
    ChannelIndex index;
    auto channel = fields.text("channel");
    auto pack_id = fields.text("pack_id");
    auto version = fields.text("version");
    auto sequence = fields.integer("sequence", 1, kMax);
    auto published = fields.integer("published_unix", 0, kMax);
    auto expires = fields.integer("expires_unix", 0, kMax);
    auto path = fields.text("archive_path");
    auto sha = fields.text("archive_sha256");
    auto size = fields.integer("archive_size", 1, kMax);
    auto rollout = fields.integer("rollout_percent", 0, 100);
    for (const Error* error : {channel ? nullptr : &channel.error(), pack_id ? nullptr : &pack_id.error(),
                               version ? nullptr : &version.error(), sequence ? nullptr : &sequence.error(),
                               published ? nullptr : &published.error(), expires ? nullptr : &expires.error(),
                               path ? nullptr : &path.error(), sha ? nullptr : &sha.error(),
                               size ? nullptr : &size.error(), rollout ? nullptr : &rollout.error()}) {
        if (error != nullptr) return failure(*error);
    }
    if (!is_valid_channel_name(*channel)) {
        return failure(fields.error_at("channel", "field 'channel' must be 1 to 64 of a-z, 0-9, '.', '-', '_'"));
    }
    if (sha->size() != kSha256HexLength || !is_lowercase_hex(*sha)) {
        return failure(
            fields.error_at("archive_sha256", "field 'archive_sha256' must be 64 lowercase hexadecimal digits"));
    }
    if (*path != channel_archive_path(*sha)) {
        return failure(
            fields.error_at("archive_path", "field 'archive_path' must be \"" + channel_archive_path(*sha) + "\""));
    }
    if (*expires <= *published) {
        return failure(fields.error_at("expires_unix", "field 'expires_unix' must be later than 'published_unix'"));
    }
    index.channel = *channel;
    index.pack_id = *pack_id;
    index.version = *version;
    index.sequence = static_cast<std::uint64_t>(*sequence);
    index.published_unix = *published;
    index.expires_unix = *expires;
    index.archive_path = *path;
    index.archive_sha256 = *sha;
    index.archive_size = static_cast<std::uint64_t>(*size);
    index.rollout_percent = static_cast<int>(*rollout);
    return index;
}

}  // namespace

std::string channel_archive_path(const std::string& archive_sha256) {
    return std::string(kChannelArchivesFolder) + "/" + archive_sha256 + ".kpack";
}

std::string utc_text(std::int64_t unix_seconds) {
    const auto seconds = static_cast<std::time_t>(unix_seconds);
    std::tm parts{};
    if (gmtime_r(&seconds, &parts) == nullptr) return "?";
    char text[32];
    return std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts) > 0 ? text : "?";
}

bool is_valid_channel_name(const std::string& name) {
    if (name.empty() || name.size() > 64 || name.front() == '.') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    });
}

std::string write_channel_index(const ChannelIndex& index, const std::string& secret_hex) {
    std::ostringstream body;
    body << "# The pack this channel serves now, written by kiosk-pack publish.\n"
         << "# Kiosks take it only when its signature verifies, it has not expired, and its\n"
         << "# sequence is newer than the one they have.\n"
         << "channel = " << quoted(index.channel) << '\n'
         << "pack_id = " << quoted(index.pack_id) << '\n'
         << "version = " << quoted(index.version) << '\n'
         << "sequence = " << index.sequence << '\n'
         << "published_unix = " << index.published_unix << "  # " << utc_text(index.published_unix) << '\n'
         << "expires_unix = " << index.expires_unix << "  # " << utc_text(index.expires_unix) << '\n'
         << "archive_path = " << quoted(index.archive_path) << '\n'
         << "archive_sha256 = " << quoted(index.archive_sha256) << '\n'
         << "archive_size = " << index.archive_size << '\n'
         << "rollout_percent = " << index.rollout_percent << '\n';
    const std::string text = body.str();
    auto signature = sign_message(text, secret_hex);
    if (!signature) return {};
    while (!signature->empty() && signature->back() == '\n') signature->pop_back();
    return text + std::string(kSignaturePrefix) + *signature + "\"\n";
}

Result<ChannelIndex> read_channel_index(const std::string& text, const std::string& public_hex,
                                        const std::string& source_name) {
    if (text.size() > kMaxChannelIndexBytes) {
        return failure(Error(source_name, "the index is " + std::to_string(text.size()) + " bytes, more than the " +
                                              std::to_string(kMaxChannelIndexBytes) + " an index may have"));
    }
    auto split = split_signature(text, source_name);
    if (!split) return failure(split.error());
    // Nothing of the body is parsed before its signature verifies.
    if (Status verified = verify_message(split->body, split->signature, public_hex); !verified) {
        return failure(Error(source_name, "refused: " + verified.error().message, split->signature_line, 1));
    }
    // The index is written in ASCII (other characters escaped). Holding the TOML reader to
    // ASCII also keeps it clear of its undefined behaviour on some non-ASCII characters
    // (toml++ 3.3, issue 295).
    const auto non_ascii = std::find_if(split->body.begin(), split->body.end(), [](char c) { return (c & 0x80) != 0; });
    if (non_ascii != split->body.end()) {
        const auto where = location_of_byte(split->body, static_cast<std::size_t>(non_ascii - split->body.begin()));
        return failure(Error(source_name, "the index must be ASCII text; write other characters as \\uXXXX", where.line,
                             where.column));
    }
    try {
        const toml::table table = toml::parse(split->body, source_name);
        return index_from(table, source_name);
    } catch (const toml::parse_error& e) {
        const auto& begin = e.source().begin;
        return failure(Error(source_name, "TOML syntax: " + std::string(e.description()), static_cast<int>(begin.line),
                             static_cast<int>(begin.column)));
    }
}

}  // namespace kiosk
