// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_log.hpp"

#include "core/rehearsal/rehearsal_simulator.hpp"
#include "core/text/content_hash.hpp"
#include "event_helpers.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace podium;
using namespace podium::testing;

namespace {
RehearsalLog log_with_runs(std::size_t runs)
{
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    for (std::size_t i = 0; i < runs; ++i) {
        SimulationOptions options;
        options.seed = i + 1;
        options.skip_section = 2;
        const std::string id = "run-" + std::to_string(i);
        const std::string started = "2026-11-2" + std::to_string(i) + "T10:00:00Z";
        upsert_run(log, record(script, simulate_rehearsal(script, PaceProfile{}, options), id.c_str(), started.c_str()));
    }
    return log;
}
} // namespace

TEST_CASE("a rehearsal log survives a trip through JSON unchanged")
{
    const RehearsalLog log = log_with_runs(2);
    const LogParseResult parsed = parse_rehearsal_log(to_json_text(log));
    INFO(parsed.message);
    REQUIRE(parsed.log.has_value());
    CHECK(*parsed.log == log);
}

TEST_CASE("a rehearsal log is keyed by the script's content and names its format and version")
{
    const Script script = chinese_talk();
    const RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    CHECK(log.script_hash == content_hash_hex(script.text));
    CHECK(log.sections.size() == script.sections.size());
    CHECK(log.sentence_features.size() == script.sentences.size());
    const auto document = nlohmann::json::parse(to_json_text(log));
    CHECK(document.at("format") == "podium-rehearsal-log");
    CHECK(document.at("version") == rehearsal_log_version);
}

TEST_CASE("a log says which timing model counted its sentence features")
{
    const RehearsalLog log = log_with_runs(1);
    CHECK(log.features_model == sentence_features_model);
    auto document = nlohmann::json::parse(to_json_text(log));
    CHECK(document.at("features_model") == sentence_features_model);
    // Written before the member existed: an older model.
    document.erase("features_model");
    const LogParseResult parsed = parse_rehearsal_log(document.dump());
    REQUIRE(parsed.log.has_value());
    CHECK(parsed.log->features_model == 1);
    CHECK(parsed.log->runs == log.runs);
}

TEST_CASE("damaged, foreign and newer log files are rejected with a message, never a crash")
{
    const std::string good = to_json_text(log_with_runs(1));
    const std::vector<std::string> bad = {
        "",
        good.substr(0, good.size() / 2),                         // cut off mid-write
        "{\"hello\": 1}",                                         // someone else's JSON
        "[1,2,3]",
        "\xff\xfe garbage",
        R"({"format":"podium-rehearsal-log","version":99,"script_hash":"x"})",
        R"({"format":"podium-rehearsal-log","version":1,"script_hash":"x","script_name":"a",)"
        R"("sections":[{"title":3}],"sentence_features":[],"runs":[]})",  // wrong types
        R"({"format":"podium-rehearsal-log","version":1,"script_hash":"x","script_name":"a",)"
        R"("sections":[],"sentence_features":[],"runs":[{"id":"r"}]})",   // a run without fields
    };
    for (const auto& text : bad) {
        const LogParseResult parsed = parse_rehearsal_log(text);
        CHECK_FALSE(parsed.log.has_value());
        CHECK_FALSE(parsed.message.empty());
        CHECK(parsed.message.find('\n') == std::string::npos);
    }
    CHECK(parse_rehearsal_log(R"({"format":"podium-rehearsal-log","version":99})").message.find("newer") != std::string::npos);
}

TEST_CASE("adding a run keeps runs in start order and replaces a run with the same id")
{
    RehearsalLog log;
    RehearsalRun a;
    a.id = "a";
    a.started_at = "2026-11-25T10:00:00Z";
    RehearsalRun b;
    b.id = "b";
    b.started_at = "2026-11-24T10:00:00Z";
    upsert_run(log, a);
    upsert_run(log, b);
    REQUIRE(log.runs.size() == 2);
    CHECK(log.runs[0].id == "b");
    a.total_seconds = 42.0;
    upsert_run(log, a);
    REQUIRE(log.runs.size() == 2);
    CHECK(log.runs[1].total_seconds == 42.0);
}
