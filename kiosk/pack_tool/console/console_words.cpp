#include "pack_tool/console/console_words.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <memory>

namespace kiosk {
namespace {

struct BundleCloser {
    void operator()(UResourceBundle* b) const { ures_close(b); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

// Every word of the bundle's own console table (no fallback: the caller layers them).
Status read_table(const std::string& path, const std::string& locale, std::map<std::string, std::string>& words) {
    UErrorCode status = U_ZERO_ERROR;
    Bundle bundle(ures_openDirect(path.c_str(), locale.c_str(), &status));
    if (U_FAILURE(status)) return {};  // a language without its own bundle uses root's words
    Bundle table(ures_getByKey(bundle.get(), "console", nullptr, &status));
    if (U_FAILURE(status)) return failure("the " + locale + " bundle in " + path + " has no console table");
    while (ures_hasNext(table.get())) {
        UErrorCode item_status = U_ZERO_ERROR;
        Bundle item(ures_getNextResource(table.get(), nullptr, &item_status));
        int32_t length = 0;
        const UChar* value = ures_getString(item.get(), &length, &item_status);
        if (U_FAILURE(item_status)) continue;
        std::string text;
        icu::UnicodeString(value, length).toUTF8String(text);
        words[ures_getKey(item.get())] = text;
    }
    return {};
}

}  // namespace

Result<std::map<std::string, std::string>> console_words(const std::string& strings_dir, const std::string& locale) {
    std::string path = strings_dir;
    if (!path.empty() && path.back() != '/') path += '/';
    std::map<std::string, std::string> words;
    if (Status root = read_table(path, "root", words); !root) return failure(root.error());
    if (words.empty()) return failure("no console words in " + path + "root.res");
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale asked = icu::Locale::forLanguageTag(locale, status);
    if (U_FAILURE(status) || asked.getLanguage()[0] == '\0') return words;
    // zh-Hans and zh-Hant-TW read zh's bundle: the bundles are per language.
    if (Status own = read_table(path, asked.getLanguage(), words); !own) return failure(own.error());
    return words;
}

}  // namespace kiosk
