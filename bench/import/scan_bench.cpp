// SPDX-License-Identifier: GPL-3.0-or-later
// Import cost bounded by the input: a run of one repeated character (which once made the
// placeholder scan quadratic) in .txt, .docx, .odt and .pptx speaker notes, at 100 KB, 1 MB
// and 10 MB; linear means 10× the input takes at most about 10× the time (target ≤ 12×).
// (From 100 KB to 1 MB the buffers outgrow the caches and the allocator's reused heap: a
// constant step, not a trend; 1 MB to 10 MB shows the trend.) Each
// figure is file read, unzipped, XML parsed, Script built (sentences, sections, placeholders),
// in CPU time of this process (std::clock), which other jobs on a shared machine disturb
// less than wall time; the median of the runs.
// Then `podium split --json` as a whole process on the shared reproducer of 10^6 paragraphs
// (a 167 KB .docx of 57 MB of XML): its CPU time and peak memory (target < 2 s, < 300 MB);
// skipped when ../shared is absent.
//   podium_import_scan_bench [RUNS=3]
//   podium_import_scan_bench --paragraphs FILE   time and peak memory of importing one .docx
//                                               (../shared/testdata/documents/memory-*.docx)
#include "core/import/import.hpp"
#include "estimate/bench_common.hpp"

#include <zip.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Entry {
    std::string name;
    std::string bytes;
};

bool write_zip(const std::filesystem::path& path, const std::vector<Entry>& entries)
{
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (zip == nullptr) {
        return false;
    }
    for (const Entry& entry : entries) {
        zip_source_t* source = zip_source_buffer(zip, entry.bytes.data(), entry.bytes.size(), 0);
        if (zip_file_add(zip, entry.name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
        }
    }
    return zip_close(zip) == 0;
}

// The same speech in each format: a short sentence, then `run` copies of one letter.
std::filesystem::path make(const std::filesystem::path& dir, const std::string& extension, std::size_t run)
{
    const std::string letters(run, 'A');
    const std::filesystem::path path = dir / ("run-" + std::to_string(run) + extension);
    if (extension == ".txt") {
        std::ofstream(path, std::ios::binary) << "Before. " << letters << " After.\n";
    } else if (extension == ".docx") {
        write_zip(path, {{"word/document.xml",
                            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                            "<w:p><w:r><w:t xml:space=\"preserve\">Before. "
                                + letters + " After.</w:t></w:r></w:p></w:body></w:document>"}});
    } else if (extension == ".odt") {
        write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.text"},
                            {"content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                                            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                                            "<text:p>Before. "
                                    + letters + " After.</text:p></office:text></office:body></office:document-content>"}});
    } else {
        const std::string p = "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
                              "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
        const std::string rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        const std::string shape = "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Body\"/><p:cNvSpPr/><p:nvPr><p:ph type=\"body\" idx=\"1\"/>"
                                  "</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>";
        write_zip(path,
            {{"_rels/.rels", rels + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                    "relationships/officeDocument\" Target=\"ppt/presentation.xml\"/></Relationships>"},
                {"ppt/presentation.xml", "<p:presentation " + p + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId2\"/></p:sldIdLst></p:presentation>"},
                {"ppt/_rels/presentation.xml.rels",
                    rels + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/slide\" Target=\"slides/slide1.xml\"/></Relationships>"},
                {"ppt/slides/slide1.xml", "<p:sld " + p + "><p:cSld><p:spTree>" + shape + "Slide</a:t></a:r></a:p></p:txBody></p:sp>"
                        "</p:spTree></p:cSld></p:sld>"},
                {"ppt/slides/_rels/slide1.xml.rels",
                    rels + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                           "relationships/notesSlide\" Target=\"../notesSlides/notesSlide1.xml\"/></Relationships>"},
                {"ppt/notesSlides/notesSlide1.xml", "<p:notes " + p + "><p:cSld><p:spTree>" + shape + "Before. " + letters
                        + " After.</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>"}});
    }
    return path;
}

double cpu_ms(std::clock_t from, std::clock_t to)
{
    return 1000.0 * static_cast<double>(to - from) / CLOCKS_PER_SEC;
}

struct Measured {
    double ms = 0;
    std::size_t sentences = 0;
    std::string error;
};

Measured measure(const std::filesystem::path& path, int runs)
{
    std::vector<double> times;
    Measured result;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t start = std::clock();
        podium::ImportedDocument document = podium::import_document(path);
        if (!document.ok()) {
            result.error = document.error;
            return result;
        }
        const podium::Script script = podium::build_script(std::move(document.source));
        times.push_back(cpu_ms(start, std::clock()));
        result.sentences = script.sentences.size();
    }
    std::sort(times.begin(), times.end());
    result.ms = times[times.size() / 2];
    return result;
}

int paragraphs(const std::filesystem::path& path)
{
    const auto wall_start = Clock::now();
    const std::clock_t start = std::clock();
    podium::ImportedDocument document = podium::import_document(path);
    if (!document.ok()) {
        std::fprintf(stderr, "%s\n", document.error.c_str());
        return 1;
    }
    const std::clock_t imported = std::clock();
    const podium::Script script = podium::build_script(std::move(document.source));
    const std::clock_t built = std::clock();
    const double wall = std::chrono::duration<double, std::milli>(Clock::now() - wall_start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s: %zu sentences, %zu sections, CPU: import %.0f ms + Script %.0f ms = %.0f ms (wall %.0f ms), "
                "peak RSS %.0f MB  [target <= 2000 ms, <= 300 MB]\n",
        path.filename().c_str(), script.sentences.size(), script.sections.size(), cpu_ms(start, imported),
        cpu_ms(imported, built), cpu_ms(start, built), wall, static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}

// `podium split --json` on the million-paragraph reproducer, its output thrown away.
void split_json_line()
{
    const std::filesystem::path file =
        std::filesystem::path(PODIUM_SHARED_DIR) / "testdata" / "documents" / "memory-docx-1M-paragraphs.docx";
    if (!std::filesystem::exists(file)) {
        std::printf("split --json, 10^6 paragraphs: skipped (%s is absent)\n", file.c_str());
        return;
    }
    bench::ProcessUsage usage;
    const double wall = bench::run_process({PODIUM_EXECUTABLE, "split", "--json", file.string()}, nullptr, &usage);
    if (wall < 0) {
        std::printf("split --json, 10^6 paragraphs: podium failed\n");
        return;
    }
    std::printf("split --json %s (10^6 paragraphs, 57 MB of XML): %.0f ms user + %.0f ms system CPU (wall %.0f ms), "
                "peak RSS %.0f MB  [target < 2000 ms, < 300 MB]\n",
        file.filename().c_str(), usage.user_seconds * 1000, usage.system_seconds * 1000, wall * 1000, usage.max_rss_mib);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 2 && std::strcmp(argv[1], "--paragraphs") == 0) {
        return paragraphs(argv[2]);
    }
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "podium-scan-bench";
    std::filesystem::create_directories(dir);
    int status = 0;
    for (const std::string extension : {".txt", ".docx", ".odt", ".pptx"}) {
        const Measured small = measure(make(dir, extension, 100'000), runs);
        const Measured large = measure(make(dir, extension, 1'000'000), runs);
        const Measured huge = measure(make(dir, extension, 10'000'000), runs);
        if (!small.error.empty() || !large.error.empty() || !huge.error.empty()) {
            std::fprintf(stderr, "%s: %s%s%s\n", extension.c_str(), small.error.c_str(), large.error.c_str(),
                huge.error.c_str());
            status = 1;
            continue;
        }
        std::printf("one-character run %-5s  100 KB %6.1f ms  1 MB %6.1f ms  10 MB %7.1f ms   10x input: %4.1fx, %4.1fx time  "
                    "[target <= 12x]\n",
            extension.c_str(), small.ms, large.ms, huge.ms, large.ms / std::max(small.ms, 0.001),
            huge.ms / std::max(large.ms, 0.001));
    }
    std::filesystem::remove_all(dir);
    split_json_line();
    return status;
}
