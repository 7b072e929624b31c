// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the shared sentence-splitting cases (../shared/testdata/sentences/*.jsonl) and scores
// the splitter on them as SPEC.md's "Scoring" section says: trim, drop empty, exact list match.
#include "core/text/sentence_splitter.hpp"
#include "core/text/utf8.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace podium::testing {

struct SentenceCase {
    std::string lang;
    std::string source;
    std::string id;
    std::vector<std::string> tags;
    std::string note;
    std::string text;
    std::vector<std::string> expected;

    [[nodiscard]] bool has_tag(std::string_view tag) const
    {
        for (const auto& t : tags) {
            if (t == tag) {
                return true;
            }
        }
        return false;
    }
    [[nodiscard]] bool is_text_cleaning() const { return note.find("text cleaning") != std::string::npos; }
    // Cases SPEC.md asks to report apart: `hard`, or skipped upstream ("NOT IMPLEMENTED").
    [[nodiscard]] bool is_apart() const
    {
        return has_tag("hard") || note.find("NOT IMPLEMENTED") != std::string::npos
            || note.find("upstream test is skipped") != std::string::npos;
    }
    [[nodiscard]] std::string name() const { return id.empty() ? source : id; }
};

inline std::vector<SentenceCase> read_cases(const std::filesystem::path& path)
{
    std::vector<SentenceCase> cases;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            continue;
        }
        const auto json = nlohmann::json::parse(line);
        SentenceCase c;
        c.lang = json.value("lang", "");
        c.source = json.value("source", "");
        c.id = json.value("id", "");
        c.note = json.value("note", "");
        c.text = json.at("text").get<std::string>();
        c.expected = json.at("sentences").get<std::vector<std::string>>();
        if (json.contains("tags")) {
            c.tags = json.at("tags").get<std::vector<std::string>>();
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

inline std::string trim_white_space(std::string_view text)
{
    const auto range = utf8::trim_white_space(text, 0, text.size());
    return std::string(text.substr(range.begin, range.end - range.begin));
}

inline std::vector<std::string> split_to_strings(std::string_view text)
{
    std::vector<std::string> out;
    for (const Span span : split_sentences(text)) {
        std::string piece = trim_white_space(span.of(text));
        if (!piece.empty()) {
            out.push_back(std::move(piece));
        }
    }
    return out;
}

struct Score {
    int passed = 0;
    int total = 0;
    void add(bool pass)
    {
        ++total;
        passed += pass ? 1 : 0;
    }
    [[nodiscard]] double percent() const { return total == 0 ? 100.0 : 100.0 * passed / total; }
    [[nodiscard]] std::string text() const
    {
        std::ostringstream out;
        out.precision(1);
        out << std::fixed << passed << "/" << total << " (" << percent() << "%)";
        return out.str();
    }
};

struct CorpusReport {
    std::map<std::string, Score> main;  // key: "file lang"
    std::map<std::string, Score> apart; // hard / upstream-skipped, key: "file lang"
    std::map<std::string, Score> tags;  // zh_dev tags
    std::vector<std::string> failures;  // "file: name" of failing scored cases
    int text_cleaning_skipped = 0;
};

inline std::string describe_failure(const SentenceCase& c, const std::vector<std::string>& got)
{
    std::ostringstream out;
    out << c.name() << "\n  text: " << nlohmann::json(c.text).dump() << "\n  want:";
    for (const auto& s : c.expected) {
        out << "\n    | " << s;
    }
    out << "\n  got:";
    for (const auto& s : got) {
        out << "\n    | " << s;
    }
    return out.str();
}

inline void score_file(const std::filesystem::path& path, CorpusReport& report, bool tag_scores)
{
    const std::string file = path.filename().string();
    for (const SentenceCase& c : read_cases(path)) {
        if (c.is_text_cleaning()) {
            ++report.text_cleaning_skipped;
            continue;
        }
        const std::vector<std::string> got = split_to_strings(c.text);
        const bool pass = got == c.expected;
        const std::string key = file + " " + c.lang;
        (c.is_apart() ? report.apart : report.main)[key].add(pass);
        if (tag_scores) {
            for (const auto& tag : c.tags) {
                report.tags[tag].add(pass);
            }
        }
        if (!pass) {
            report.failures.push_back(file + ": " + (c.is_apart() ? "(apart) " : "") + describe_failure(c, got));
        }
    }
}

inline std::filesystem::path sentence_data_dir(const std::filesystem::path& shared)
{
    return shared / "testdata" / "sentences";
}

// The shared folder: $PODIUM_SHARED_DIR when set (a worktree outside the usual layout), else
// the compile-time default next to the source tree.
inline std::filesystem::path shared_dir()
{
    if (const char* overridden = std::getenv("PODIUM_SHARED_DIR"); overridden != nullptr && *overridden != '\0') {
        return overridden;
    }
    return PODIUM_SHARED_DIR;
}

} // namespace podium::testing
