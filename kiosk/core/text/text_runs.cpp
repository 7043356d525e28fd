#include "core/text/text_runs.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <optional>
#include <stdexcept>
#include <utility>

namespace kiosk {

struct RunSplitter::Icu {
    std::unique_ptr<icu::BreakIterator> graphemes;
    UBiDi* bidi = nullptr;

    ~Icu() {
        if (bidi != nullptr) ubidi_close(bidi);
    }
};

namespace {

constexpr std::size_t kNoFace = static_cast<std::size_t>(-1);

// One grapheme cluster of the line, with what its run needs to know.
struct Cluster {
    int32_t start = 0;  // UTF-16 offsets into the line
    int32_t end = 0;
    UBiDiLevel level = 0;
    bool neutral = false;  // space, punctuation, digit: goes with its neighbours when it can
    std::size_t face = kNoFace;
    UScriptCode script = USCRIPT_COMMON;
};

// Controls, joiners and variation selectors shape without a glyph of their own, so a face
// need not have them to draw a cluster that holds them.
bool needs_no_glyph(UChar32 c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool is_neutral(UChar32 c) {
    constexpr uint32_t kNeutral = U_GC_Z_MASK | U_GC_P_MASK | U_GC_ND_MASK | U_GC_SM_MASK | U_GC_SC_MASK |
                                  U_GC_SK_MASK | U_GC_M_MASK | U_GC_CC_MASK | U_GC_CF_MASK;
    return (U_GET_GC_MASK(c) & kNeutral) != 0;
}

bool is_common_script(UScriptCode script) { return script == USCRIPT_COMMON || script == USCRIPT_INHERITED; }

template <typename Visit>
void for_each_code_point(const icu::UnicodeString& text, int32_t start, int32_t end, Visit visit) {
    for (int32_t i = start; i < end; i = text.moveIndex32(i, 1)) visit(text.char32At(i));
}

bool face_draws(FaceChooser& faces, std::size_t face, const icu::UnicodeString& text, const Cluster& cluster) {
    bool draws = true;
    for_each_code_point(text, cluster.start, cluster.end, [&](UChar32 c) {
        draws = draws && (needs_no_glyph(c) || faces.has_glyph(face, static_cast<char32_t>(c)));
    });
    return draws;
}

std::size_t first_face_drawing(FaceChooser& faces, const icu::UnicodeString& text, const Cluster& cluster) {
    const std::size_t count = faces.face_count();
    for (std::size_t face = 0; face < count; ++face) {
        if (face_draws(faces, face, text, cluster)) return face;
    }
    return kNoFace;
}

// The face of the nearest cluster of the same direction level, before it or else after
// it, if that face draws it too; otherwise the first face that does.
std::size_t neighbours_face(FaceChooser& faces, const icu::UnicodeString& text, std::vector<Cluster>& clusters,
                            std::size_t index) {
    const Cluster& cluster = clusters[index];
    if (index > 0) {
        const Cluster& before = clusters[index - 1];
        if (before.level == cluster.level && before.face != kNoFace && face_draws(faces, before.face, text, cluster)) {
            return before.face;
        }
    }
    for (std::size_t next = index + 1; next < clusters.size() && clusters[next].level == cluster.level; ++next) {
        const Cluster& after = clusters[next];
        if (after.neutral || after.face == kNoFace) continue;
        if (face_draws(faces, after.face, text, cluster)) return after.face;
        break;
    }
    return first_face_drawing(faces, text, cluster);
}

void choose_faces(FaceChooser& faces, const icu::UnicodeString& text, std::vector<Cluster>& clusters) {
    for (Cluster& cluster : clusters) {
        if (!cluster.neutral) cluster.face = first_face_drawing(faces, text, cluster);
    }
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        if (clusters[i].neutral) clusters[i].face = neighbours_face(faces, text, clusters, i);
    }
}

// Common characters (spaces, digits, punctuation) and inherited ones (marks) take the
// script of the text before them in the same level, or else after them, as HarfBuzz
// expects one script per run.
void resolve_scripts(std::vector<Cluster>& clusters) {
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        Cluster& cluster = clusters[i];
        if (!is_common_script(cluster.script)) continue;
        if (i > 0 && clusters[i - 1].level == cluster.level && !is_common_script(clusters[i - 1].script)) {
            cluster.script = clusters[i - 1].script;
            continue;
        }
        for (std::size_t next = i + 1; next < clusters.size() && clusters[next].level == cluster.level; ++next) {
            if (!is_common_script(clusters[next].script)) {
                cluster.script = clusters[next].script;
                break;
            }
        }
    }
}

// Reports the characters of a cluster no face has; a cluster whose characters are each
// somewhere, but not all in one face, is reported by its first character.
void collect_missing(FaceChooser& faces, const icu::UnicodeString& text, const Cluster& cluster,
                     std::u32string& missing) {
    const std::size_t before = missing.size();
    for_each_code_point(text, cluster.start, cluster.end, [&](UChar32 c) {
        if (needs_no_glyph(c)) return;
        bool anywhere = false;
        for (std::size_t face = 0; face < faces.face_count() && !anywhere; ++face) {
            anywhere = faces.has_glyph(face, static_cast<char32_t>(c));
        }
        if (!anywhere) missing.push_back(static_cast<char32_t>(c));
    });
    if (missing.size() == before) missing.push_back(static_cast<char32_t>(text.char32At(cluster.start)));
}

std::string script_code(UScriptCode script) {
    const char* name = is_common_script(script) ? nullptr : uscript_getShortName(script);
    return name != nullptr ? name : "Zyyy";
}

struct LogicalRun {
    icu::UnicodeString text;
    UBiDiLevel level = 0;
    std::size_t face = 0;
    UScriptCode script = USCRIPT_COMMON;
};

// Consecutive clusters of one level, face and script make one run; a cluster no face
// has is left out, and the text on both sides of it joins up.
std::vector<LogicalRun> logical_runs(const icu::UnicodeString& text, const std::vector<Cluster>& clusters) {
    std::vector<LogicalRun> runs;
    for (const Cluster& cluster : clusters) {
        if (cluster.face == kNoFace) continue;
        if (runs.empty() || runs.back().level != cluster.level || runs.back().face != cluster.face ||
            runs.back().script != cluster.script) {
            runs.push_back({{}, cluster.level, cluster.face, cluster.script});
        }
        runs.back().text.append(text, cluster.start, cluster.end - cluster.start);
    }
    return runs;
}

// Characters that can make part of a line right-to-left, or change its embedding levels.
bool may_turn_right_to_left(UChar32 c) {
    switch (u_charDirection(c)) {
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC:
        case U_ARABIC_NUMBER:
        case U_LEFT_TO_RIGHT_EMBEDDING:
        case U_LEFT_TO_RIGHT_OVERRIDE:
        case U_RIGHT_TO_LEFT_EMBEDDING:
        case U_RIGHT_TO_LEFT_OVERRIDE:
        case U_POP_DIRECTIONAL_FORMAT:
        case U_LEFT_TO_RIGHT_ISOLATE:
        case U_RIGHT_TO_LEFT_ISOLATE:
        case U_FIRST_STRONG_ISOLATE:
        case U_POP_DIRECTIONAL_ISOLATE:
            return true;
        default:
            return false;
    }
}

// Most lines are left to right and drawn whole by the first face. For them the bidi
// algorithm and grapheme clusters change nothing (every level is 0, every cluster goes to
// face 0), so the line is split by script alone, character by character: layout measures
// thousands of such lines. Empty when the line needs the full treatment.
std::optional<LineRuns> split_simple_line(std::string_view utf8, FaceChooser& faces) {
    std::vector<std::pair<int32_t, UScriptCode>> scripts;  // byte offset where each character starts
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || may_turn_right_to_left(c)) return std::nullopt;
        if (!needs_no_glyph(c) && !faces.has_glyph(0, static_cast<char32_t>(c))) return std::nullopt;
        UErrorCode status = U_ZERO_ERROR;
        scripts.emplace_back(start, uscript_getScript(c, &status));
    }
    for (std::size_t i = 0; i < scripts.size(); ++i) {
        if (!is_common_script(scripts[i].second)) continue;
        if (i > 0 && !is_common_script(scripts[i - 1].second)) {
            scripts[i].second = scripts[i - 1].second;
            continue;
        }
        for (std::size_t next = i + 1; next < scripts.size(); ++next) {
            if (!is_common_script(scripts[next].second)) {
                scripts[i].second = scripts[next].second;
                break;
            }
        }
    }
    LineRuns line;
    for (std::size_t i = 0; i < scripts.size(); ++i) {
        if (i > 0 && scripts[i].second == scripts[i - 1].second) continue;
        std::size_t end = i + 1;
        while (end < scripts.size() && scripts[end].second == scripts[i].second) ++end;
        const auto from = static_cast<std::size_t>(scripts[i].first);
        const auto to = end < scripts.size() ? static_cast<std::size_t>(scripts[end].first) : utf8.size();
        line.runs.push_back({std::string(utf8.substr(from, to - from)), 0, TextDirection::left_to_right,
                             script_code(scripts[i].second)});
    }
    return line;
}

}  // namespace

RunSplitter::RunSplitter() : icu_(std::make_unique<Icu>()) {
    UErrorCode status = U_ZERO_ERROR;
    icu_->graphemes.reset(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    icu_->bidi = ubidi_open();
    if (U_FAILURE(status) || icu_->bidi == nullptr) {
        throw std::runtime_error(std::string("ICU text runs: ") + u_errorName(status));
    }
}

RunSplitter::~RunSplitter() = default;

LineRuns RunSplitter::split(std::string_view utf8, FaceChooser& faces) {
    if (std::optional<LineRuns> simple = split_simple_line(utf8, faces)) return *simple;
    LineRuns result;
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (text.isEmpty()) return result;

    UErrorCode status = U_ZERO_ERROR;
    ubidi_setPara(icu_->bidi, text.getBuffer(), text.length(), UBIDI_DEFAULT_LTR, nullptr, &status);
    if (U_FAILURE(status)) return result;

    std::vector<Cluster> clusters;
    icu::BreakIterator& graphemes = *icu_->graphemes;
    graphemes.setText(text);
    for (int32_t start = graphemes.first(), end = graphemes.next(); end != icu::BreakIterator::DONE;
         start = end, end = graphemes.next()) {
        const UChar32 base = text.char32At(start);
        UErrorCode script_status = U_ZERO_ERROR;
        clusters.push_back({start, end, ubidi_getLevelAt(icu_->bidi, start), is_neutral(base), kNoFace,
                            uscript_getScript(base, &script_status)});
    }
    choose_faces(faces, text, clusters);
    resolve_scripts(clusters);
    for (const Cluster& cluster : clusters) {
        if (cluster.face == kNoFace) collect_missing(faces, text, cluster, result.missing);
    }

    const std::vector<LogicalRun> runs = logical_runs(text, clusters);
    if (runs.empty()) return result;
    std::vector<UBiDiLevel> levels;
    for (const LogicalRun& run : runs) levels.push_back(run.level);
    std::vector<int32_t> visual_to_logical(runs.size());
    ubidi_reorderVisual(levels.data(), static_cast<int32_t>(levels.size()), visual_to_logical.data());
    for (const int32_t logical : visual_to_logical) {
        const LogicalRun& run = runs[static_cast<std::size_t>(logical)];
        TextRun out;
        run.text.toUTF8String(out.utf8);
        out.face = run.face;
        out.direction = (run.level & 1) != 0 ? TextDirection::right_to_left : TextDirection::left_to_right;
        out.script = script_code(run.script);
        result.runs.push_back(std::move(out));
    }
    return result;
}

}  // namespace kiosk
