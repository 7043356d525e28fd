// What a topic looks like and sounds like on the kiosk: the preview PNG, the listening
// review and its speech as WAV.

#include <charconv>

#include "core/content/pack_names.h"
#include "core/speech/speech_lexicons.h"
#include "core/strings/ui_strings.h"
#include "pack_tool/console/child_program.h"
#include "pack_tool/console/console_json.h"
#include "pack_tool/console/console_server.h"
#include "pack_tool/console/console_services.h"
#include "pack_tool/console/speech_listing.h"

using nlohmann::json;

namespace kiosk {
namespace {

constexpr std::size_t kLongestSpeech = 8000;  // bytes of text or SSML to voice at once
constexpr std::chrono::seconds kLongestReview{120};
constexpr std::size_t kLongestWave = 20u << 20;

bool known_locale(const Pack& pack, const std::string& locale) { return pack.locales.count(locale) != 0; }

void preview(ConsoleServices& services, const httplib::Request& request, httplib::Response& response) {
    const auto pack = services.checked.good();
    PreviewRequest asked{request.get_param_value("topic"), request.get_param_value("locale")};
    if (request.has_param("theme")) asked.theme = request.get_param_value("theme");
    if (request.has_param("shape")) asked.shape = request.get_param_value("shape");
    for (auto [name, into] : {std::pair{"size", &asked.text_size}, std::pair{"page", &asked.page}}) {
        if (!request.has_param(name)) continue;
        const std::string value = request.get_param_value(name);
        std::from_chars(value.data(), value.data() + value.size(), *into);
    }
    if (!pack || !known_locale(*pack, asked.locale)) return send_error(response, 404, "no such language");
    // The kiosk refuses a pack with errors, so it draws none of its screens either.
    if (has_errors(services.checked.problems())) {
        return send_json(response, 409, {{"error", "blocked"}, {"message", "the pack has errors: fix them first"}});
    }
    auto picture = services.preview.render(services.settings.pack_dir.string(), asked);
    if (!picture) return send_error(response, 422, picture.error().to_string());
    response.set_header("Cache-Control", "no-store");
    response.set_header("X-Pages", std::to_string(picture->pages));
    response.set_content(picture->png, "image/png");
}

void speech(ConsoleServices& services, const httplib::Request& request, httplib::Response& response) {
    const std::string topic = request.get_param_value("topic");
    const std::string locale = request.get_param_value("locale");
    const auto pack = services.checked.good();
    if (!pack || !known_locale(*pack, locale) || !is_valid_id(topic)) return send_error(response, 404, "no such topic");
    auto ran = run_program({services.settings.tool_program, "speech", services.settings.pack_dir.string(), "--locale",
                            locale, "--topic", topic},
                           {}, kLongestReview);
    if (!ran) return send_error(response, 500, ran.error().to_string());
    if (ran->exit_status != 0) return send_error(response, 422, ran->err.substr(0, 4000));
    json items = json::array();
    for (const SpokenItem& item : parse_speech_review(ran->out)) {
        items.push_back({{"where", item.where},
                         {"voice", item.voice},
                         {"shown", item.shown},
                         {"ssml", item.ssml},
                         {"phonemes", item.phonemes}});
    }
    send_json(response, 200, {{"topic", topic}, {"locale", locale}, {"items", items}});
}

// {locale, ssml}: the review's SSML as it is; {locale, text}: plain text, read with the
// pack's lexicon as the kiosk reads it. In the language's voice either way, said by
// `kiosk-pack wave` in a process of its own (eSpeak NG is one synthesizer per process).
void wave(ConsoleServices& services, const httplib::Request& request, httplib::Response& response) {
    auto body = json_body(request, response);
    if (!body) return;
    const std::string locale = body->value("locale", "");
    const auto pack = services.checked.good();
    if (!pack || !known_locale(*pack, locale)) return send_error(response, 404, "no such language");
    std::string ssml;
    if (body->contains("ssml") && (*body)["ssml"].is_string()) {
        ssml = (*body)["ssml"].get<std::string>();
    } else if (body->contains("text") && (*body)["text"].is_string()) {
        ssml = speech_markup_for(*pack, locale).compose((*body)["text"].get<std::string>());
    }
    if (ssml.empty() || ssml.size() > kLongestSpeech) return send_error(response, 400, "give 1 to 8000 bytes to say");
    auto words = UiStrings::open(services.settings.strings_dir, locale);
    const std::string voice = pack->manifest.voice_for(locale, words ? words->get("voice") : std::string("en-us"));
    auto ran = run_program({services.settings.tool_program, "wave", "--voice", voice, "--", ssml}, {}, kLongestReview,
                           kLongestWave);
    if (!ran) return send_error(response, 500, ran.error().to_string());
    if (ran->exit_status != 0) return send_error(response, 422, ran->err.substr(0, 2000));
    response.set_header("Cache-Control", "no-store");
    response.set_content(ran->out, "audio/wav");
}

}  // namespace

void add_media_routes(httplib::Server& server, ConsoleServices& services) {
    server.Get("/api/preview",
               [&services](const httplib::Request& req, httplib::Response& res) { preview(services, req, res); });
    server.Get("/api/speech",
               [&services](const httplib::Request& req, httplib::Response& res) { speech(services, req, res); });
    server.Post("/api/wave",
                [&services](const httplib::Request& req, httplib::Response& res) { wave(services, req, res); });
}

}  // namespace kiosk
