#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kiosk {

// The kiosk's own words (roles, buttons, help), read from ICU resource bundles compiled
// by genrb, with ICU's locale fallback: zh-Hans-CN → zh-Hans → zh → root.
class UiStrings {
public:
    // Opens the bundles in `directory` for `locale`. Every key the kiosk uses must resolve;
    // otherwise returns nothing and sets `error` to a message naming the missing keys.
    static std::optional<UiStrings> open(const std::string& directory, const std::string& locale,
                                         std::string& error);

    const std::string& get(const std::string& key) const;

    // Formats a MessageFormat pattern with named arguments: {count}, {title}.
    std::string format(const std::string& key,
                       const std::vector<std::pair<std::string, std::string>>& text_args,
                       const std::vector<std::pair<std::string, long>>& number_args = {}) const;

    // Formats a pattern whose {date} argument is an ISO date ("2026-11-29"), in the
    // locale's own long form ("2026年11月29日", "November 29, 2026"). Empty if not a date.
    std::string format_date(const std::string& key, const std::string& iso_date) const;

    const std::string& locale() const { return locale_; }

private:
    std::string locale_;
    std::map<std::string, std::string> strings_;
};

}  // namespace kiosk
