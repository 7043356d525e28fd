#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace kiosk {

// Where a word may be hyphenated, from the TeX hyphenation patterns of libhyphen (the
// library and dictionaries LibreOffice uses). A dictionary is read once and shared.
class Hyphenator {
public:
    // The hyphenator of a locale's language from the system's dictionaries (hyph_en_US.dic
    // for "en"), or nullptr when that language has no dictionary there.
    static std::shared_ptr<const Hyphenator> for_locale(const std::string& locale);
    // A libhyphen dictionary file, or nullptr when it cannot be read.
    static std::shared_ptr<const Hyphenator> load(const std::string& path);

    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    // The byte offsets into `word` (letters only, in UTF-8) where it may be broken, a
    // hyphen ending the first part: "accessibility" gives the offsets of ac-ces-si-bil-i-ty.
    std::vector<std::size_t> break_points(std::string_view word) const;

private:
    struct Patterns;
    explicit Hyphenator(std::unique_ptr<Patterns> patterns);
    std::unique_ptr<Patterns> patterns_;
};

// The dictionary file a locale's words would be hyphenated with.
std::string hyphenation_dictionary_path(const std::string& locale);

// What staff can do when a language written in an alphabet has no hyphenation dictionary
// (long words are then cut between letters) as a failure; success when the dictionary is
// there or the language needs none.
Status check_hyphenation_dictionary(const std::string& locale);

}  // namespace kiosk
