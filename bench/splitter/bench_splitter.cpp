// SPDX-License-Identifier: GPL-3.0-or-later
// bench_splitter: splits ~50 MB of speech text (the bundled sample speeches repeated, Chinese
// and English) with Podium's splitter and with ICU's sentence BreakIterator on UTF-8 text
// (UText), in the same run, and prints the throughput of each (best of the repeats, the two
// taking turns) and their ratio; the total line weighs both corpora by their bytes.
// Usage: bench_splitter [MEGABYTES_PER_LANGUAGE=25] [REPEATS=3]
#include "core/text/sentence_splitter.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// English prose of our own, so the English corpus is not only the short sample.
constexpr const char* kEnglishExtra =
    "Dr. Chen opened the meeting at 9 a.m. and thanked everyone for coming. Sales grew by 4.5% in the U.S. "
    "and by 7.2% in Europe. \"We did it together,\" she said. Then she turned to the next slide.\n"
    "Our plan has three parts: 1) hire well, 2) train often, 3) listen to customers. Is that simple? Yes... "
    "but it is not easy. Write to plans@example.com or visit https://example.com/plan.html for details.\n";

std::string build_corpus(const std::vector<std::string>& pieces, std::size_t target)
{
    std::string corpus;
    corpus.reserve(target + 4096);
    while (corpus.size() < target) {
        for (const auto& piece : pieces) {
            corpus += piece;
            corpus += '\n';
        }
    }
    return corpus;
}

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};

std::size_t split_with_podium(const std::string& corpus) { return podium::split_sentences(corpus).size(); }

std::size_t split_with_icu(const std::string& corpus, const char* locale)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UText, UTextCloser> text(
        utext_openUTF8(nullptr, corpus.data(), static_cast<int64_t>(corpus.size()), &status));
    std::unique_ptr<icu::BreakIterator> breaks(icu::BreakIterator::createSentenceInstance(icu::Locale(locale), status));
    if (U_FAILURE(status)) {
        std::cerr << "ICU: " << u_errorName(status) << "\n";
        std::exit(1);
    }
    breaks->setText(text.get(), status);
    std::size_t count = 0;
    for (int32_t position = breaks->first(); position != icu::BreakIterator::DONE; position = breaks->next()) {
        ++count;
    }
    return count > 0 ? count - 1 : 0;
}

double thread_cpu_seconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Seconds of this thread's CPU time that `run` takes (the machine may be shared, and wall
// time would measure the other processes too).
double seconds(const std::function<std::size_t()>& run, std::size_t& count)
{
    const double start = thread_cpu_seconds();
    count = run();
    return thread_cpu_seconds() - start;
}

struct Rates {
    double podium = 0; // MB/s (10^6 bytes per second), best of the repeats
    double icu = 0;
};

// Podium and ICU take turns, repeat after repeat, so that both meet the same conditions on a
// shared machine (a burst of load elsewhere slows a turn of each, not all runs of one).
Rates measure(const std::string& corpus, int repeats, const std::function<std::size_t()>& podium,
    const std::function<std::size_t()>& icu, std::size_t& podium_count, std::size_t& icu_count)
{
    double best_podium = 1e30;
    double best_icu = 1e30;
    for (int i = 0; i < repeats; ++i) {
        best_podium = std::min(best_podium, seconds(podium, podium_count));
        best_icu = std::min(best_icu, seconds(icu, icu_count));
    }
    const double megabytes = static_cast<double>(corpus.size()) / 1e6;
    return {megabytes / best_podium, megabytes / best_icu};
}

} // namespace

int main(int argc, char** argv)
{
    const double megabytes = argc > 1 ? std::atof(argv[1]) : 25.0;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    const std::filesystem::path samples = std::filesystem::path(PODIUM_SOURCE_DIR) / "docs" / "samples";
    std::vector<std::string> chinese;
    std::vector<std::string> english{kEnglishExtra};
    for (const auto& entry : std::filesystem::directory_iterator(samples)) {
        const auto extension = entry.path().extension();
        if (extension != ".txt" && extension != ".md") {
            continue;
        }
        const std::string text = read_file(entry.path());
        (entry.path().filename().string().find("-zh") != std::string::npos ? chinese : english).push_back(text);
    }
    if (chinese.empty()) {
        std::cerr << "no Chinese sample speech in " << samples << "\n";
        return 1;
    }
    const auto target = static_cast<std::size_t>(megabytes * 1e6);
    struct Corpus {
        const char* name;
        const char* locale;
        std::string text;
    };
    const std::vector<Corpus> corpora = {
        {"Chinese speeches", "zh", build_corpus(chinese, target)},
        {"English speeches", "en", build_corpus(english, target)},
    };
    std::printf("%-18s %9s %12s %12s %12s %12s %7s\n", "corpus", "MB", "podium MB/s", "sentences", "ICU MB/s",
        "ICU breaks", "ratio");
    double total_bytes = 0;
    double podium_seconds = 0;
    double icu_seconds = 0;
    for (const auto& corpus : corpora) {
        std::size_t podium_count = 0;
        std::size_t icu_count = 0;
        const Rates rates = measure(
            corpus.text, repeats, [&] { return split_with_podium(corpus.text); },
            [&] { return split_with_icu(corpus.text, corpus.locale); }, podium_count, icu_count);
        const double podium_rate = rates.podium;
        const double icu_rate = rates.icu;
        const double mb = static_cast<double>(corpus.text.size()) / 1e6;
        std::printf("%-18s %9.1f %12.1f %12zu %12.1f %12zu %6.1fx\n", corpus.name, mb, podium_rate, podium_count,
            icu_rate, icu_count, podium_rate / icu_rate);
        total_bytes += mb;
        podium_seconds += mb / podium_rate;
        icu_seconds += mb / icu_rate;
    }
    std::printf("%-18s %9.1f %12.1f %12s %12.1f %12s %6.1fx\n", "total", total_bytes, total_bytes / podium_seconds, "",
        total_bytes / icu_seconds, "", icu_seconds / podium_seconds);
    return 0;
}
