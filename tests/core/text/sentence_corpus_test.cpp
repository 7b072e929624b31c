// SPDX-License-Identifier: GPL-3.0-or-later
// The splitter against the shared test data (../shared/testdata/sentences): 100% of
// zh_dev.jsonl and at least 95% of golden.jsonl's English cases (text-cleaning cases left
// out; `hard` and upstream-skipped cases reported apart). Skips when ../shared is absent.
#include "core/text/sentence_corpus.hpp"

#include "support/skip.hpp"

#include <catch2/catch.hpp>

#include <iostream>

using namespace podium::testing;

namespace {

bool have_data(const std::filesystem::path& dir)
{
    return std::filesystem::exists(dir / "zh_dev.jsonl") && std::filesystem::exists(dir / "golden.jsonl");
}

} // namespace

TEST_CASE("the splitter passes every handwritten Chinese case of zh_dev.jsonl")
{
    const auto dir = sentence_data_dir(shared_dir());
    if (!have_data(dir)) {
        PODIUM_SKIP("no sentence test data in " << dir.string());
    }
    CorpusReport report;
    score_file(dir / "zh_dev.jsonl", report, true);
    const Score score = report.main["zh_dev.jsonl zh"];
    std::string per_tag;
    for (const auto& [tag, tag_score] : report.tags) {
        per_tag += " " + tag + "=" + std::to_string(tag_score.passed) + "/" + std::to_string(tag_score.total);
    }
    WARN("zh_dev.jsonl zh: " << score.text() << "; per tag:" << per_tag);
    std::cout << "zh_dev.jsonl zh: " << score.text() << "\n";
    for (const auto& failure : report.failures) {
        UNSCOPED_INFO(failure);
    }
    CHECK(report.failures.empty());
    REQUIRE(score.total == 45);
    CHECK(score.passed == score.total);
}

TEST_CASE("the splitter passes at least 95% of the English golden cases")
{
    const auto dir = sentence_data_dir(shared_dir());
    if (!have_data(dir)) {
        PODIUM_SKIP("no sentence test data in " << dir.string());
    }
    CorpusReport report;
    score_file(dir / "golden.jsonl", report, false);
    CHECK(report.text_cleaning_skipped == 6);
    const Score english = report.main["golden.jsonl en"];
    const Score english_apart = report.apart["golden.jsonl en"];
    std::string others;
    for (const auto& [key, score] : report.main) {
        if (key != "golden.jsonl en") {
            others += " " + key.substr(key.find(' ') + 1) + "=" + std::to_string(score.passed) + "/"
                + std::to_string(score.total);
        }
    }
    WARN("golden.jsonl en: " << english.text() << " (apart: " << english_apart.text()
                             << "); other languages, for information:" << others);
    std::cout << "golden.jsonl en: " << english.text() << "\n";
    for (const auto& failure : report.failures) {
        if (failure.find("english_spec") != std::string::npos || failure.find("/en.txt") != std::string::npos) {
            UNSCOPED_INFO(failure);
        }
    }
    REQUIRE(english.total >= 240);
    CHECK(english.percent() >= 95.0);
}
