#include "core/speech/measure_symbols.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace kiosk::speech_rules {

// Only symbols that cannot be misread in the kiosk's content: a single letter is a unit
// only in the case the SI writes it (m, g, t, h, L, W, V), so "5G" stays a network and
// "4A级" a grade. "s" (seconds) is left out: "1990s" is a decade.
const std::vector<SymbolWords>& unit_symbols() {
    static const std::vector<SymbolWords> table = {
        {u"m²", u"平方米", u"square meter", u"square meters", u"", u"제곱미터"},
        {u"㎡", u"平方米", u"square meter", u"square meters", u"", u"제곱미터"},
        {u"km²", u"平方公里", u"square kilometer", u"square kilometers", u"", u"제곱킬로미터"},
        {u"㎢", u"平方公里", u"square kilometer", u"square kilometers", u"", u"제곱킬로미터"},
        {u"cm²", u"平方厘米", u"square centimeter", u"square centimeters", u"", u"제곱센티미터"},
        {u"m³", u"立方米", u"cubic meter", u"cubic meters", u"", u"세제곱미터"},
        {u"㎥", u"立方米", u"cubic meter", u"cubic meters", u"", u"세제곱미터"},
        {u"km/h", u"公里每小时", u"kilometer per hour", u"kilometers per hour", u"시속", u"킬로미터"},
        {u"m/s", u"米每秒", u"meter per second", u"meters per second", u"초속", u"미터"},
        {u"mmHg", u"毫米汞柱", u"millimeter of mercury", u"millimeters of mercury", u"", u"수은주밀리미터"},
        {u"mmol/L", u"毫摩尔每升", u"millimole per liter", u"millimoles per liter", u"", u"밀리몰 퍼 리터"},
        {u"kWh", u"千瓦时", u"kilowatt-hour", u"kilowatt-hours", u"", u"킬로와트시"},
        {u"kW", u"千瓦", u"kilowatt", u"kilowatts", u"", u"킬로와트"},
        {u"kHz", u"千赫", u"kilohertz", u"kilohertz", u"", u"킬로헤르츠"},
        {u"MHz", u"兆赫", u"megahertz", u"megahertz", u"", u"메가헤르츠"},
        {u"GHz", u"吉赫", u"gigahertz", u"gigahertz", u"", u"기가헤르츠"},
        {u"Hz", u"赫兹", u"hertz", u"hertz", u"", u"헤르츠"},
        {u"dB", u"分贝", u"decibel", u"decibels", u"", u"데시벨"},
        {u"mA", u"毫安", u"milliampere", u"milliamperes", u"", u"밀리암페어"},
        {u"km", u"公里", u"kilometer", u"kilometers", u"", u"킬로미터"},
        {u"㎞", u"公里", u"kilometer", u"kilometers", u"", u"킬로미터"},
        {u"cm", u"厘米", u"centimeter", u"centimeters", u"", u"센티미터"},
        {u"㎝", u"厘米", u"centimeter", u"centimeters", u"", u"센티미터"},
        {u"mm", u"毫米", u"millimeter", u"millimeters", u"", u"밀리미터"},
        {u"㎜", u"毫米", u"millimeter", u"millimeters", u"", u"밀리미터"},
        {u"m", u"米", u"meter", u"meters", u"", u"미터"},
        {u"kg", u"千克", u"kilogram", u"kilograms", u"", u"킬로그램"},
        {u"㎏", u"千克", u"kilogram", u"kilograms", u"", u"킬로그램"},
        {u"mg", u"毫克", u"milligram", u"milligrams", u"", u"밀리그램"},
        {u"㎎", u"毫克", u"milligram", u"milligrams", u"", u"밀리그램"},
        {u"g", u"克", u"gram", u"grams", u"", u"그램"},
        {u"t", u"吨", u"metric ton", u"metric tons", u"", u"톤"},
        {u"mL", u"毫升", u"milliliter", u"milliliters", u"", u"밀리리터"},
        {u"ml", u"毫升", u"milliliter", u"milliliters", u"", u"밀리리터"},
        {u"㎖", u"毫升", u"milliliter", u"milliliters", u"", u"밀리리터"},
        {u"L", u"升", u"liter", u"liters", u"", u"리터"},
        {u"ℓ", u"升", u"liter", u"liters", u"", u"리터"},
        {u"W", u"瓦", u"watt", u"watts", u"", u"와트"},
        {u"V", u"伏", u"volt", u"volts", u"", u"볼트"},
        {u"°C", u"摄氏度", u"degree Celsius", u"degrees Celsius", u"섭씨", u"도"},
        {u"℃", u"摄氏度", u"degree Celsius", u"degrees Celsius", u"섭씨", u"도"},
        {u"°F", u"华氏度", u"degree Fahrenheit", u"degrees Fahrenheit", u"화씨", u"도"},
        {u"℉", u"华氏度", u"degree Fahrenheit", u"degrees Fahrenheit", u"화씨", u"도"},
        {u"°", u"度", u"degree", u"degrees", u"", u"도"},
        {u"ms", u"毫秒", u"millisecond", u"milliseconds", u"", u"밀리초"},
        {u"min", u"分钟", u"minute", u"minutes", u"", u"분"},
        {u"h", u"小时", u"hour", u"hours", u"", u"시간"},
    };
    return table;
}

// The kiosk stands in China: ¥ and ￥ are the renminbi yuan there, never the Japanese yen.
const std::vector<SymbolWords>& currency_symbols() {
    static const std::vector<SymbolWords> table = {
        {u"US$", u"美元", u"dollar", u"dollars", u"", u"달러", true},
        {u"HK$", u"港元", u"Hong Kong dollar", u"Hong Kong dollars", u"", u"홍콩 달러", true},
        {u"$", u"美元", u"dollar", u"dollars", u"", u"달러", true},
        {u"＄", u"美元", u"dollar", u"dollars", u"", u"달러", true},
        {u"¥", u"元", u"yuan", u"yuan", u"", u"위안"},
        {u"￥", u"元", u"yuan", u"yuan", u"", u"위안"},
        {u"€", u"欧元", u"euro", u"euros", u"", u"유로", true},
        {u"₩", u"韩元", u"won", u"won", u"", u"원"},
        {u"￦", u"韩元", u"won", u"won", u"", u"원"},
        {u"£", u"英镑", u"pound", u"pounds", u"", u"파운드"},
        {u"￡", u"英镑", u"pound", u"pounds", u"", u"파운드"},
    };
    return table;
}

const SymbolWords* find_symbol(const std::vector<SymbolWords>& table, const icu::UnicodeString& written) {
    for (const auto& entry : table) {
        if (written == entry.symbol) return &entry;
    }
    return nullptr;
}

const SymbolWords* unit_at_start(const icu::UnicodeString& text) {
    const SymbolWords* best = nullptr;
    int32_t best_length = 0;
    for (const auto& entry : unit_symbols()) {
        const icu::UnicodeString symbol(entry.symbol);
        if (symbol.length() <= best_length || !text.startsWith(symbol)) continue;
        const bool runs_on =
            text.length() > symbol.length() && text[symbol.length()] < 0x80 && u_isalpha(text[symbol.length()]);
        if (runs_on) continue;
        best = &entry;
        best_length = symbol.length();
    }
    return best;
}

icu::UnicodeString sign_word(const icu::UnicodeString& sign, const SignWords& words) {
    if (sign == u"±") return words.plus_or_minus;
    if (sign == u"∓") return words.minus_or_plus;
    if (sign == u"+" || sign == u"＋") return words.plus;
    return words.minus;
}

std::string symbol_alternation(const std::vector<SymbolWords>& table) {
    std::vector<icu::UnicodeString> symbols;
    for (const auto& entry : table) symbols.emplace_back(entry.symbol);
    std::stable_sort(symbols.begin(), symbols.end(),
                     [](const icu::UnicodeString& a, const icu::UnicodeString& b) { return a.length() > b.length(); });
    icu::UnicodeString pattern;
    for (const auto& symbol : symbols) {
        if (!pattern.isEmpty()) pattern += u'|';
        pattern += u"\\Q" + symbol + u"\\E";
    }
    std::string out;
    pattern.toUTF8String(out);
    return out;
}

}  // namespace kiosk::speech_rules
