// SPDX-License-Identifier: GPL-3.0-or-later
// podium_split_score: prints the sentence splitter's score on the shared test data, per file
// and language (and per rule tag for zh_dev.jsonl). Usage: podium_split_score [SHARED_DIR] [-v]
#include "core/text/sentence_corpus.hpp"

#include <iostream>

int main(int argc, char** argv)
{
    std::filesystem::path shared = podium::testing::shared_dir();
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "-v") {
            verbose = true;
        } else {
            shared = argument;
        }
    }
    const auto dir = podium::testing::sentence_data_dir(shared);
    if (!std::filesystem::exists(dir / "golden.jsonl")) {
        std::cout << "skipped: no sentence test data in " << dir << "\n";
        return 77; // ctest's SKIP_RETURN_CODE for this test (tests/core/text/CMakeLists.txt)
    }
    podium::testing::CorpusReport report;
    podium::testing::score_file(dir / "zh_dev.jsonl", report, true);
    podium::testing::score_file(dir / "golden.jsonl", report, false);
    std::cout << "Sentence splitter scores (exact match; " << report.text_cleaning_skipped
              << " text-cleaning cases left out)\n";
    for (const auto& [key, score] : report.main) {
        std::cout << "  " << key << ": " << score.text() << "\n";
    }
    std::cout << "Reported apart (hard or skipped upstream):\n";
    for (const auto& [key, score] : report.apart) {
        std::cout << "  " << key << ": " << score.text() << "\n";
    }
    std::cout << "zh_dev.jsonl per tag:\n";
    for (const auto& [tag, score] : report.tags) {
        std::cout << "  " << tag << ": " << score.text() << "\n";
    }
    if (verbose) {
        for (const auto& failure : report.failures) {
            std::cout << "FAIL " << failure << "\n";
        }
    }
    return 0;
}
