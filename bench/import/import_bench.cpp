// SPDX-License-Identifier: GPL-3.0-or-later
// How long a 300-page Word document takes to reach the prompter's first frame, against the same
// text as a .txt. First frame = file read and imported, Script built, timing estimated, laid
// out with the real font at 1920×1080 and 64 px, the first frame painted offscreen (as
// bench/frame measures it; no window). The .docx is made by pandoc from the .txt, so its XML
// is a real writer's. Prints the median of several runs of each, and the ratio (target ≤ 2×).
//   podium_import_bench [PAGES=300] [RUNS=5]
#include "core/import/import.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/timing/estimate.hpp"
#include "display/font_locator.hpp"
#include "display/offscreen_frame.hpp"
#include "display/prompter_scene.hpp"
#include "display/sdl_handles.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

struct FirstFrame {
    double total_ms = 0;
    double import_ms = 0;
    std::size_t sentences = 0;
    std::size_t sections = 0;
};

FirstFrame first_frame(const std::filesystem::path& path, const podium::FontChoice& font)
{
    FirstFrame result;
    const auto start = Clock::now();
    podium::ImportedDocument document = podium::import_document(path);
    if (!document.ok()) {
        std::fprintf(stderr, "%s\n", document.error.c_str());
        std::exit(1);
    }
    const podium::Script script = podium::build_script(std::move(document.source));
    result.import_ms = ms_since(start);
    const podium::Timing timing = podium::estimate_timing(script, podium::PaceProfile{});
    podium::PrompterScene scene(script, timing, font);
    scene.fit(1920, 64);
    podium::OffscreenFrame frame(1920, 1080, font);
    podium::PrompterOptions options;
    options.font_size = 64;
    podium::PrompterModel model(script, timing, scene.layout(), options);
    frame.paint(scene.content(model.view()));
    result.total_ms = ms_since(start);
    result.sentences = script.sentences.size();
    result.sections = script.sections.size();
    return result;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    const int pages = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    if (std::system("pandoc --version >/dev/null 2>&1") != 0) {
        std::fprintf(stderr, "podium_import_bench: pandoc is needed to make the .docx (apt-get install pandoc)\n");
        return 1;
    }
    // A page of a Chinese Word document holds about 700 characters (小四, single spacing).
    const std::string sample = read_file(std::filesystem::path(PODIUM_SOURCE_DIR) / "docs/samples/welcome-zh.txt");
    std::string text;
    const std::size_t target_bytes = static_cast<std::size_t>(pages) * 700u * 3u;
    while (text.size() < target_bytes) {
        text += sample;
    }
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "podium-import-bench";
    std::filesystem::create_directories(dir);
    const std::filesystem::path txt = dir / "speech.txt";
    const std::filesystem::path html = dir / "speech.html";
    const std::filesystem::path docx = dir / "speech.docx";
    std::ofstream(txt, std::ios::binary) << text;
    {
        std::ofstream out(html, std::ios::binary);
        out << "<html><body>\n";
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) {
            out << "<p>" << line << "</p>\n"; // the sample has no < > &
        }
        out << "</body></html>\n";
    }
    const std::string command = "pandoc -f html -o '" + docx.string() + "' '" + html.string() + "'";
    if (std::system(command.c_str()) != 0) {
        std::fprintf(stderr, "podium_import_bench: pandoc failed\n");
        return 1;
    }

    const podium::TtfLibrary ttf;
    const podium::FontChoice font = podium::locate_font(podium::font_folders());
    (void)first_frame(txt, font); // warm the font files and the allocator
    std::vector<double> txt_ms;
    std::vector<double> docx_ms;
    std::vector<double> docx_import_ms;
    FirstFrame txt_frame;
    FirstFrame docx_frame;
    for (int i = 0; i < runs; ++i) { // alternate, so load elsewhere hits both alike
        txt_frame = first_frame(txt, font);
        txt_ms.push_back(txt_frame.total_ms);
        docx_frame = first_frame(docx, font);
        docx_ms.push_back(docx_frame.total_ms);
        docx_import_ms.push_back(docx_frame.import_ms);
    }
    std::printf("%d pages: .txt %.0f KB, .docx %.0f KB (pandoc), %zu sentences, %zu sections each (docx: %zu, %zu)\n",
        pages, static_cast<double>(std::filesystem::file_size(txt)) / 1024.0,
        static_cast<double>(std::filesystem::file_size(docx)) / 1024.0, txt_frame.sentences, txt_frame.sections,
        docx_frame.sentences, docx_frame.sections);
    const double t = median(txt_ms);
    const double d = median(docx_ms);
    std::printf("first frame, median of %d: .txt %.1f ms, .docx %.1f ms (of which unzip + XML + Script %.1f ms): "
                "%.2f×  [target <= 2×]\n",
        runs, t, d, median(docx_import_ms), d / t);
    std::filesystem::remove_all(dir);
    return 0;
}
