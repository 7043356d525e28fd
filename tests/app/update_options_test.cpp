// The options of the pack update client: their defaults, the values they refuse with a
// reason, and the trust key they require. And those of the call for staff and the headset.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/options.h"

namespace kiosk {
namespace {

// The command line `arguments`, with no configuration file.
ParsedOptions parse(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), "kiosk");
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    return parse_options(static_cast<int>(argv.size()), argv.data(), "/nonexistent/kiosk.toml");
}

TEST(UpdateOptions, DefaultsFollowNoChannel) {
    const auto parsed = parse({});
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_TRUE(parsed.options->update_url.empty());
    EXPECT_EQ(parsed.options->channel, "stable");
    EXPECT_TRUE(parsed.options->kiosk_id.empty());
    EXPECT_EQ(parsed.options->poll_seconds, 300);
}

TEST(UpdateOptions, AChannelIsFollowedWithATrustKey) {
    const auto parsed = parse({"--update-url", "https://packs.example.org/kiosk/", "--trust-key", "staff.pub",
                               "--channel", "beta-2", "--kiosk-id", "hall-3.kiosk_1", "--poll-seconds", "60"});
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->update_url, "https://packs.example.org/kiosk/");
    EXPECT_EQ(parsed.options->channel, "beta-2");
    EXPECT_EQ(parsed.options->kiosk_id, "hall-3.kiosk_1");
    EXPECT_EQ(parsed.options->poll_seconds, 60);
}

TEST(UpdateOptions, WithoutATrustKeyTheKioskDoesNotStart) {
    const auto parsed = parse({"--update-url", "http://packs.example.org/"});
    EXPECT_FALSE(parsed.options);
    EXPECT_EQ(parsed.exit_code, 2);
    EXPECT_NE(parsed.message.find("kiosk: --update-url needs --trust-key"), std::string::npos) << parsed.message;
}

TEST(UpdateOptions, WrongValuesAreRefusedWithWhatTheOptionTakes) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"--update-url", "ftp://packs.example.org/"}, "--update-url takes an http:// or https:// address"},
        {{"--update-url", "/srv/www/kiosk"}, "--update-url takes an http:// or https:// address"},
        {{"--channel", "../etc"}, "--channel takes 1 to 64 of a-z, 0-9"},
        {{"--channel", "Stable"}, "--channel takes 1 to 64 of a-z, 0-9"},
        {{"--kiosk-id", "hall 3"}, "--kiosk-id takes 1 to 64 of letters, digits"},
        {{"--poll-seconds", "0"}, "--poll-seconds takes seconds, 1 to 86400"},
    };
    for (const auto& [arguments, message] : cases) {
        auto with_key = arguments;
        with_key.insert(with_key.end(), {"--trust-key", "staff.pub"});
        const auto parsed = parse(with_key);
        EXPECT_FALSE(parsed.options) << arguments[1];
        EXPECT_NE(parsed.message.find(message), std::string::npos) << parsed.message;
    }
}

TEST(StaffCallOptions, DefaultsAreKeypadZeroHeldTwoSecondsOncePerMinuteAndNoWebhook) {
    const auto parsed = parse({});
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_TRUE(parsed.options->staff_alert_url.empty());
    EXPECT_EQ(parsed.options->staff_call_key, "Keypad 0");
    EXPECT_EQ(parsed.options->staff_call_hold_seconds, 2);
    EXPECT_EQ(parsed.options->staff_call_limit_seconds, 60);
}

TEST(StaffCallOptions, AWebhookAndAKeyAreTakenAndWrongOnesRefused) {
    const auto parsed = parse({"--staff-alert-url", "http://127.0.0.1:8080/call", "--staff-call-key", "F12",
                               "--staff-call-hold", "0", "--staff-call-limit", "120"});
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->staff_alert_url, "http://127.0.0.1:8080/call");
    EXPECT_EQ(parsed.options->staff_call_key, "F12");
    EXPECT_EQ(parsed.options->staff_call_hold_seconds, 0);
    EXPECT_EQ(parsed.options->staff_call_limit_seconds, 120);
    const auto no_key = parse({"--staff-call-key", "Keypad Zero"});
    EXPECT_FALSE(no_key.options);
    EXPECT_NE(no_key.message.find("--staff-call-key takes an SDL key name"), std::string::npos) << no_key.message;
    const auto not_web = parse({"--staff-alert-url", "mailto:desk"});
    EXPECT_FALSE(not_web.options);
    EXPECT_NE(not_web.message.find("--staff-alert-url takes an http:// or https:// address"), std::string::npos)
        << not_web.message;
}

TEST(HeadsetOptions, ADeviceAndThePrivacyRuleAreTaken) {
    const auto parsed = parse({"--headset-audio-device", "USB Audio Device, USB Audio", "--privacy-needs-headset"});
    ASSERT_TRUE(parsed.options) << parsed.message;
    EXPECT_EQ(parsed.options->headset_audio_device, "USB Audio Device, USB Audio");
    EXPECT_TRUE(parsed.options->privacy_needs_headset);
}

}  // namespace
}  // namespace kiosk
