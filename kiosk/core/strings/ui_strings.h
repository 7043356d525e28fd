#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace kiosk {

// The kiosk's own words (roles, buttons, help), read from ICU resource bundles compiled
// by genrb, with ICU's locale fallback: zh-Hans-CN → zh-Hans → zh → root.
class UiStrings {
public:
    // Opens the bundles in `directory` for `locale`. Every key the kiosk uses must resolve;
    // otherwise fails with a message naming the missing keys.
    static Result<UiStrings> open(const std::string& directory, const std::string& locale);

    const std::string& get(const std::string& key) const;

    // Formats a MessageFormat pattern with named arguments: {count}, {title}.
    std::string format(const std::string& key, const std::vector<std::pair<std::string, std::string>>& text_args,
                       const std::vector<std::pair<std::string, long>>& number_args = {}) const;

    const std::string& locale() const { return locale_; }

private:
    std::string locale_;
    std::map<std::string, std::string> strings_;
};

}  // namespace kiosk
