// The signed channel index: the signature is checked before the body is read, every
// field is checked where it stands, and a kiosk refuses rollback, freeze and
// mix-and-match with a reason it can log.

#include <gtest/gtest.h>

#include <array>

#include "core/content/channel_index.h"
#include "core/content/pack_signature.h"

namespace kiosk {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

const KeyPair& publisher_key() {
    static const KeyPair key = generate_key_pair();
    return key;
}

ChannelIndex sample_index() {
    ChannelIndex index;
    index.channel = "stable";
    index.pack_id = "changyi";
    index.version = "2025.3";
    index.sequence = 7;
    index.published_unix = kNow - 3600;
    index.expires_unix = kNow + 7 * 86400;
    index.archive_sha256 = std::string(64, 'a');
    index.archive_path = channel_archive_path(index.archive_sha256);
    index.archive_size = 4096;
    index.rollout_percent = 100;
    return index;
}

// The body of a signed index (every line but the signature), with `from` replaced by `to`,
// signed again by the publisher: a well-signed index with a changed body.
std::string resigned(const std::string& from, const std::string& to) {
    const std::string text = write_channel_index(sample_index(), publisher_key().secret_hex);
    std::string body = text.substr(0, text.rfind("signature = "));
    const auto at = body.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    body.replace(at, from.size(), to);
    std::string signature = *sign_message(body, publisher_key().secret_hex);
    signature.pop_back();
    return body + "signature = \"" + signature + "\"\n";
}

std::string read_error(const std::string& text) {
    auto read = read_channel_index(text, publisher_key().public_hex, "stable/index.toml");
    return read ? "read" : read.error().to_string();
}

TEST(ChannelIndex, WrittenIndexReadsBackWithEveryField) {
    const ChannelIndex written = sample_index();
    const std::string text = write_channel_index(written, publisher_key().secret_hex);
    auto read = read_channel_index(text, publisher_key().public_hex, "index.toml");
    ASSERT_TRUE(read) << read.error().to_string();
    EXPECT_EQ(read->channel, "stable");
    EXPECT_EQ(read->pack_id, "changyi");
    EXPECT_EQ(read->version, "2025.3");
    EXPECT_EQ(read->sequence, 7u);
    EXPECT_EQ(read->published_unix, written.published_unix);
    EXPECT_EQ(read->expires_unix, written.expires_unix);
    EXPECT_EQ(read->archive_path, "archives/" + std::string(64, 'a') + ".kpack");
    EXPECT_EQ(read->archive_sha256, written.archive_sha256);
    EXPECT_EQ(read->archive_size, 4096u);
    EXPECT_EQ(read->rollout_percent, 100);
}

TEST(ChannelIndex, TextIsPlainTomlWithReadableTimes) {
    const std::string text = write_channel_index(sample_index(), publisher_key().secret_hex);
    EXPECT_NE(text.find("sequence = 7\n"), std::string::npos) << text;
    EXPECT_NE(text.find("expires_unix = 1800604800  # 2027-01-22T"), std::string::npos) << text;
    EXPECT_EQ(text.rfind("signature = \"ed25519 "), text.rfind('\n', text.size() - 2) + 1) << text;
}

TEST(ChannelIndex, QuotesAndNonAsciiInTextAreEscaped) {
    ChannelIndex index = sample_index();
    index.version = "2025 \"winter\" 冬";
    EXPECT_NE(
        write_channel_index(index, publisher_key().secret_hex).find("version = \"2025 \\\"winter\\\" \\u51AC\"\n"),
        std::string::npos)
        << write_channel_index(index, publisher_key().secret_hex);
    auto read = read_channel_index(write_channel_index(index, publisher_key().secret_hex), publisher_key().public_hex,
                                   "index.toml");
    ASSERT_TRUE(read) << read.error().to_string();
    EXPECT_EQ(read->version, "2025 \"winter\" 冬");
}

TEST(ChannelIndex, MalformedSecretKeyWritesNothing) { EXPECT_EQ(write_channel_index(sample_index(), "not-a-key"), ""); }

TEST(ChannelIndex, TamperedBodyIsRefusedAtTheSignatureLine) {
    std::string text = write_channel_index(sample_index(), publisher_key().secret_hex);
    text.replace(text.find("sequence = 7"), 12, "sequence = 9");
    EXPECT_EQ(read_error(text),
              "stable/index.toml:14:1: refused: the signature does not match: "
              "the pack was altered or signed with another key");
}

TEST(ChannelIndex, IndexSignedWithAnotherKeyIsRefused) {
    const KeyPair other = generate_key_pair();
    const std::string text = write_channel_index(sample_index(), other.secret_hex);
    EXPECT_NE(read_error(text).find("refused: the signature does not match"), std::string::npos);
}

TEST(ChannelIndex, MalformedTrustedKeyIsSaid) {
    const std::string text = write_channel_index(sample_index(), publisher_key().secret_hex);
    auto read = read_channel_index(text, "abc", "index.toml");
    ASSERT_FALSE(read);
    EXPECT_NE(read.error().message.find("not a valid Ed25519 public key"), std::string::npos);
}

TEST(ChannelIndex, MissingSignatureLineIsRefused) {
    std::string text = write_channel_index(sample_index(), publisher_key().secret_hex);
    text.erase(text.rfind("signature = "));
    EXPECT_EQ(read_error(text),
              "stable/index.toml:13:1: the index does not end with its signature line "
              "(signature = \"ed25519 ...\")");
    EXPECT_NE(read_error("").find("does not end with its signature line"), std::string::npos);
}

TEST(ChannelIndex, OversizedTextIsRefusedUnread) {
    const std::string padding(kMaxChannelIndexBytes, '#');
    EXPECT_EQ(read_error(padding + "\n"),
              "stable/index.toml: the index is 65537 bytes, more than the 65536 an index may have");
}

// A change to the body of a well-signed index, and the error it must give.
struct BodyFault {
    const char* from;
    std::string to;
    std::string error;
};

TEST(ChannelIndex, EachFaultInASignedBodyIsNamedWhereItStands) {
    const std::string ascii_only = "the index must be ASCII text; write other characters as \\uXXXX";
    const std::string whole_number = "must be a whole number from ";
    const BodyFault faults[] = {
        // Before the TOML reader sees the body: it must be ASCII.
        {"version = \"2025.3\"", "version = \"2025\xCC\x99\x9D\"", "stable/index.toml:6:16: " + ascii_only},
        {"pack_id", "pack_\xC8\x98id", "stable/index.toml:5:6: " + ascii_only},
        {"version = \"2025.3\"", "version = \"2025.3", "stable/index.toml:6:18: TOML syntax: "},
        {"sequence = 7", "sequence = 0",
         "stable/index.toml:7:12: field 'sequence' " + whole_number + "1 to 9223372036854775807"},
        {"rollout_percent = 100", "rollout_percent = 101",
         "stable/index.toml:13:19: field 'rollout_percent' " + whole_number + "0 to 100"},
        {"archive_size = 4096", "archive_size = \"4096\"",
         "stable/index.toml:12:16: field 'archive_size' " + whole_number + "1 to 9223372036854775807"},
        {"pack_id = \"changyi\"\n", "", "stable/index.toml: missing field 'pack_id'"},
        {"channel = \"stable\"", "channel = \"../etc\"",
         "stable/index.toml:4:11: field 'channel' must be 1 to 64 of a-z, 0-9, '.', '-', '_'"},
        {"archive_path = \"archives/", "archive_path = \"../",
         "stable/index.toml:10:16: field 'archive_path' must be \"archives/" + std::string(64, 'a') + ".kpack\""},
        {"archive_sha256 = \"a", "archive_sha256 = \"A",
         "stable/index.toml:11:18: field 'archive_sha256' must be 64 lowercase hexadecimal digits"},
        {"published_unix = 1799996400", "published_unix = 1800700000",
         "stable/index.toml:9:16: field 'expires_unix' must be later than 'published_unix'"},
    };
    for (const auto& fault : faults) {
        const std::string error = read_error(resigned(fault.from, fault.to));
        EXPECT_EQ(error.substr(0, fault.error.size()), fault.error) << fault.to;
    }
}

// --- the kiosk's decision -------------------------------------------------------------

const InstalledChannelState kInstalled{"changyi", 7};

// The decision of kiosk "hall-1", which has sequence 7 of pack "changyi", now.
IndexDecision decide(const ChannelIndex& index) {
    return decide_on_index(index, kInstalled, "changyi", "hall-1", kNow);
}

void expect_decision(const ChannelIndex& index, IndexVerdict verdict, const std::string& reason) {
    const IndexDecision decision = decide(index);
    EXPECT_EQ(decision.verdict, verdict);
    EXPECT_EQ(decision.reason, reason);
}

ChannelIndex sample_with_sequence(std::uint64_t sequence) {
    ChannelIndex index = sample_index();
    index.sequence = sequence;
    return index;
}

TEST(IndexDecision, NewerSequenceIsTaken) {
    expect_decision(sample_with_sequence(8), IndexVerdict::take,
                    "the index's sequence 8 (pack 'changyi' version 2025.3) is newer than the installed 7: taken");
}

TEST(IndexDecision, FirstIndexIsTakenByAKioskWithNothingFromTheChannel) {
    EXPECT_EQ(decide_on_index(sample_index(), {}, "changyi", "hall-1", kNow).verdict, IndexVerdict::take);
    EXPECT_EQ(decide_on_index(sample_index(), {}, "", "hall-1", kNow).verdict, IndexVerdict::take);
}

TEST(IndexDecision, SameSequenceIsUpToDate) {
    expect_decision(sample_index(), IndexVerdict::up_to_date,
                    "the index's sequence 7 is the installed one: up to date");
}

TEST(IndexDecision, OlderSequenceIsARollback) {
    expect_decision(sample_with_sequence(4), IndexVerdict::rollback,
                    "the index's sequence 4 is older than the installed 7: refused as a rollback");
}

TEST(IndexDecision, ExpiredIndexIsAFreezeEvenForTheInstalledSequence) {
    ChannelIndex index = sample_index();
    index.expires_unix = kNow;
    expect_decision(index, IndexVerdict::expired,
                    "the index's sequence 7 expired at 2027-01-15T08:00:00Z, now is 2027-01-15T08:00:00Z: "
                    "refused as stale (a freeze)");
    index.sequence = 8;
    EXPECT_EQ(decide(index).verdict, IndexVerdict::expired);
    index.expires_unix = kNow + 1;
    EXPECT_EQ(decide(index).verdict, IndexVerdict::take);
}

TEST(IndexDecision, OlderExpiredIndexIsReportedAsTheRollbackItIs) {
    ChannelIndex index = sample_index();
    index.sequence = 3;
    index.expires_unix = kNow - 1;
    EXPECT_EQ(decide(index).verdict, IndexVerdict::rollback);
}

TEST(IndexDecision, IndexOfAnotherPackIsMixAndMatch) {
    ChannelIndex index = sample_index();
    index.pack_id = "other";
    index.sequence = 99;
    expect_decision(index, IndexVerdict::other_pack,
                    "the index names pack 'other', not the kiosk's 'changyi': refused as a mix-and-match");
}

TEST(IndexDecision, IndexOfAnotherChannelIsMixAndMatch) {
    ChannelIndex index = sample_index();
    index.channel = "beta";
    index.sequence = 99;
    const IndexDecision decision = decide_on_index(index, kInstalled, "changyi", "stable", "hall-1", kNow);
    EXPECT_EQ(decision.verdict, IndexVerdict::other_pack);
    EXPECT_EQ(decision.reason, "the index is of channel 'beta', not the kiosk's 'stable': refused as a mix-and-match");
    index.channel = "stable";
    EXPECT_EQ(decide_on_index(index, kInstalled, "changyi", "stable", "hall-1", kNow).verdict, IndexVerdict::take);
}

TEST(IndexDecision, StagedRolloutTakesOnlyKiosksBelowThePercentage) {
    ChannelIndex index = sample_index();
    index.sequence = 8;
    const int bucket = rollout_bucket("changyi", "hall-1");
    index.rollout_percent = bucket;
    expect_decision(index, IndexVerdict::not_in_rollout,
                    "the index's sequence 8 rolls out to " + std::to_string(bucket) +
                        "% of kiosks and this kiosk's bucket is " + std::to_string(bucket) + ": not taken yet");
    index.rollout_percent = bucket + 1;
    EXPECT_EQ(decide(index).verdict, IndexVerdict::take);
    index.rollout_percent = 0;
    EXPECT_EQ(decide(index).verdict, IndexVerdict::not_in_rollout);
}

TEST(RolloutBucket, IsStableAndDependsOnPackAndKiosk) {
    EXPECT_EQ(rollout_bucket("changyi", "hall-1"), rollout_bucket("changyi", "hall-1"));
    int differing_kiosks = 0, differing_packs = 0;
    for (int i = 0; i < 50; ++i) {
        const std::string kiosk = "hall-" + std::to_string(i);
        differing_kiosks += rollout_bucket("changyi", kiosk) != rollout_bucket("changyi", "hall-1");
        differing_packs += rollout_bucket("changyi", kiosk) != rollout_bucket("other", kiosk);
    }
    EXPECT_GT(differing_kiosks, 40);
    EXPECT_GT(differing_packs, 40);
}

TEST(RolloutBucket, SpreadsKiosksEvenlyOverTheBuckets) {
    std::array<int, 10> tenths{};
    constexpr int kKiosks = 10000;
    for (int i = 0; i < kKiosks; ++i) {
        const int bucket = rollout_bucket("changyi", "kiosk-" + std::to_string(i));
        ASSERT_GE(bucket, 0);
        ASSERT_LT(bucket, 100);
        ++tenths[static_cast<std::size_t>(bucket / 10)];
    }
    // 1,000 expected per tenth; a fair hash stays well within ±15 %.
    for (int count : tenths) {
        EXPECT_GT(count, 850);
        EXPECT_LT(count, 1150);
    }
}

TEST(ArchiveAgainstIndex, SizeIsCheckedBeforeTheDigest) {
    const ChannelIndex index = sample_index();
    EXPECT_TRUE(check_archive_against_index(std::string(64, 'a'), 4096, index));
    Status wrong_size = check_archive_against_index(std::string(64, 'b'), 4095, index);
    ASSERT_FALSE(wrong_size);
    EXPECT_EQ(wrong_size.error().message, "the archive is 4095 bytes, the index says 4096: refused");
    Status wrong_digest = check_archive_against_index(std::string(64, 'b'), 4096, index);
    ASSERT_FALSE(wrong_digest);
    EXPECT_EQ(wrong_digest.error().message, "the archive's SHA-256 is " + std::string(64, 'b') + ", the index says " +
                                                std::string(64, 'a') + ": refused");
}

TEST(ChannelName, OnlySimpleFolderNames) {
    for (const char* good : {"stable", "beta-2", "hall_7", "v1.2"}) EXPECT_TRUE(is_valid_channel_name(good)) << good;
    for (const char* bad : {"", ".", "..", ".hidden", "a/b", "Stable", "a b", "频道"}) {
        EXPECT_FALSE(is_valid_channel_name(bad)) << bad;
    }
    EXPECT_FALSE(is_valid_channel_name(std::string(65, 'a')));
}

}  // namespace
}  // namespace kiosk
