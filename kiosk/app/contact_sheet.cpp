#include "app/contact_sheet.h"

#include <fstream>
#include <map>

#include "core/text/xml_escape.h"

namespace kiosk {
namespace {

constexpr int kThumbnailScale = 8;  // 1920 px wide becomes 240

void write_problem(std::ostream& out, const SheetProblem& problem) {
    out << "<li>";
    if (problem.file.empty()) {
        out << xml_escaped(problem.where);
    } else {
        out << "<a href=\"" << xml_escaped(problem.file) << "\">" << xml_escaped(problem.where) << "</a>";
    }
    out << ": \"" << xml_escaped(problem.text) << "\"</li>\n";
}

// One folded list per kind of problem: a kind can run to thousands of lines.
void write_problems(std::ostream& out, const std::vector<SheetProblem>& problems) {
    out << "<h2>" << problems.size() << " problems</h2>\n";
    std::map<std::string, std::vector<const SheetProblem*>> kinds;
    for (const SheetProblem& problem : problems) kinds[problem.what].push_back(&problem);
    for (const auto& [what, members] : kinds) {
        out << "<details><summary>" << members.size() << " \u00d7 " << xml_escaped(what)
            << "</summary>\n<ul class=\"problems\">\n";
        for (const SheetProblem* problem : members) write_problem(out, *problem);
        out << "</ul></details>\n";
    }
}

void write_groups(std::ostream& out, const std::vector<SheetPicture>& pictures) {
    std::map<std::string, std::vector<const SheetPicture*>> groups;
    for (const SheetPicture& picture : pictures) groups[picture.group].push_back(&picture);
    for (const auto& [group, members] : groups) {
        out << "<h2 id=\"" << xml_escaped(group) << "\">" << xml_escaped(group) << "</h2>\n<div class=\"sheet\">\n";
        for (const SheetPicture* picture : members) {
            out << "<figure><a href=\"" << xml_escaped(picture->file) << "\"><img loading=\"lazy\" src=\""
                << xml_escaped(picture->file) << "\" width=\"" << picture->size.w / kThumbnailScale << "\" height=\""
                << picture->size.h / kThumbnailScale << "\" alt=\"" << xml_escaped(picture->caption)
                << "\"></a><figcaption>" << xml_escaped(picture->caption) << "</figcaption></figure>\n";
        }
        out << "</div>\n";
    }
}

}  // namespace

Status write_contact_sheet(const std::string& path, const std::vector<SheetPicture>& pictures,
                           const std::vector<SheetProblem>& problems) {
    std::ofstream out(path);
    if (!out) return failure(Error(path, "cannot write"));
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<title>Access Kiosk: every screen</title>\n<style>\n"
           "body{font-family:sans-serif;margin:1em}\n"
           ".sheet{display:flex;flex-wrap:wrap;gap:8px}\n"
           "figure{margin:0;font-size:12px}\n"
           "img{border:1px solid #888;display:block}\n"
           ".problems{font-family:monospace;white-space:pre-wrap}\n"
           "</style>\n</head>\n<body>\n<h1>Access Kiosk: every screen</h1>\n";
    write_problems(out, problems);
    write_groups(out, pictures);
    out << "</body>\n</html>\n";
    out.flush();
    if (!out) return failure(Error(path, "cannot write (disk full?)"));
    return {};
}

}  // namespace kiosk
