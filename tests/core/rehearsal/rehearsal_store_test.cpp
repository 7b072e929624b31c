// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_store.hpp"

#include "core/io/atomic_file.hpp"
#include "core/rehearsal/rehearsal_session.hpp"
#include "core/rehearsal/rehearsal_simulator.hpp"
#include "event_helpers.hpp"
#include "support/scratch.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace podium;
using namespace podium::testing;

TEST_CASE("the store keeps one log per script under the XDG data directory")
{
    const auto home = fresh_directory("xdg");
    const RehearsalStore store = RehearsalStore::from_environment([&](const char* name) -> std::optional<std::string> {
        if (std::string(name) == "XDG_DATA_HOME") {
            return (home / "data").string();
        }
        return std::nullopt;
    });
    CHECK(store.directory() == home / "data" / "podium" / "rehearsals");
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, simulated_run(script, 1));
    REQUIRE(store.save(log).empty());
    CHECK(std::filesystem::exists(store.path_for(log.script_hash)));
    const StoreLoadResult loaded = store.load(log.script_hash);
    REQUIRE(loaded.log.has_value());
    CHECK(*loaded.log == log);
    CHECK(loaded.warning.empty());
    CHECK_FALSE(store.load("0000000000000000").log.has_value());
    std::filesystem::remove_all(home);
}

TEST_CASE("saving merges runs another Podium wrote to the same log meanwhile")
{
    const auto directory = fresh_directory("merge");
    const RehearsalStore store(directory);
    const Script script = chinese_talk();
    RehearsalLog first = new_rehearsal_log(script, "talk.txt");
    RehearsalLog second = first;
    upsert_run(first, simulated_run(script, 1));
    upsert_run(second, simulated_run(script, 2));
    REQUIRE(store.save(first).empty());
    REQUIRE(store.save(second).empty());
    const StoreLoadResult loaded = store.load(first.script_hash);
    REQUIRE(loaded.log.has_value());
    CHECK(loaded.log->runs.size() == 2);
    std::filesystem::remove_all(directory);
}

TEST_CASE("rehearsing a script again recounts a log written by an older timing model")
{
    const auto directory = fresh_directory("recount");
    const RehearsalStore store(directory);
    const Script script = chinese_talk();
    // What an older Podium left: the same script's runs, features counted another way.
    RehearsalLog old = new_rehearsal_log(script, "talk.txt");
    old.features_model = 1;
    for (auto& features : old.sentence_features) {
        features[0] *= 1.1;
    }
    upsert_run(old, simulated_run(script, 1));
    REQUIRE(store.save(old).empty());
    REQUIRE(store.load(old.script_hash).log->features_model == 1);

    RehearsalLog now = new_rehearsal_log(script, "talk.txt");
    upsert_run(now, simulated_run(script, 2));
    REQUIRE(store.save(now).empty());
    const StoreLoadResult loaded = store.load(now.script_hash);
    REQUIRE(loaded.log.has_value());
    CHECK(loaded.log->features_model == sentence_features_model);
    CHECK(loaded.log->sentence_features == new_rehearsal_log(script, "talk.txt").sentence_features);
    CHECK(loaded.log->runs.size() == 2); // the old run is kept, now priced by today's features
    std::filesystem::remove_all(directory);
}

TEST_CASE("a damaged or foreign log file is reported in one line and skipped")
{
    const auto directory = fresh_directory("damaged");
    const RehearsalStore store(directory);
    const Script script = chinese_talk();
    RehearsalLog log = new_rehearsal_log(script, "talk.txt");
    upsert_run(log, simulated_run(script, 1));
    REQUIRE(store.save(log).empty());
    REQUIRE(write_file_atomically(directory / "0123456789abcdef.json", "{ this is not json").empty());
    REQUIRE(write_file_atomically(directory / "fedcba9876543210.json", R"({"format":"something-else"})").empty());
    REQUIRE(write_file_atomically(directory / "notes.txt", "not a log at all").empty());

    const StoreListing listing = store.load_all();
    REQUIRE(listing.logs.size() == 1);
    CHECK(listing.logs[0] == log);
    REQUIRE(listing.warnings.size() == 2);
    for (const auto& warning : listing.warnings) {
        CHECK(warning.find('\n') == std::string::npos);
        CHECK(warning.find("skipped") != std::string::npos);
    }
    const StoreLoadResult damaged = store.load("0123456789abcdef");
    CHECK_FALSE(damaged.log.has_value());
    CHECK(damaged.warning.find("0123456789abcdef.json") != std::string::npos);
    // A log stored under another script's name is not taken for this one.
    std::filesystem::copy_file(store.path_for(log.script_hash), directory / "1111111111111111.json");
    const StoreLoadResult misplaced = store.load("1111111111111111");
    CHECK_FALSE(misplaced.log.has_value());
    CHECK_FALSE(misplaced.warning.empty());
    std::filesystem::remove_all(directory);
}

TEST_CASE("a session saves a run in progress every few seconds and the finished run at the end")
{
    const auto directory = fresh_directory("session");
    const Script script = chinese_talk();
    RehearsalSession session(script, "talk.txt", RehearsalStore(directory), "run-a", "2026-11-25T10:00:00Z",
        SessionOptions{5.0});
    const RehearsalStore store(directory);
    const std::string hash = new_rehearsal_log(script, "talk.txt").script_hash;

    CHECK(session.save_if_due(0.0).empty()); // nothing happened yet: nothing saved
    CHECK(session.saves() == 0);
    session.on_event(event(PrompterEventKind::Started, 0.0, 0));
    CHECK(session.save_if_due(0.1).empty());
    CHECK(session.saves() == 1);
    session.on_event(event(PrompterEventKind::SentenceReached, 2.0, 1));
    CHECK(session.save_if_due(3.0).empty());
    CHECK(session.saves() == 1); // not due yet
    CHECK(session.save_if_due(5.2).empty());
    CHECK(session.saves() == 2);
    {
        const StoreLoadResult mid = store.load(hash);
        REQUIRE(mid.log.has_value());
        REQUIRE(mid.log->runs.size() == 1);
        CHECK(mid.log->runs[0].state == RunState::InProgress);
        CHECK(mid.log->runs[0].total_seconds == Approx(5.2));
    }
    CHECK(session.finish(9.0).empty());
    const StoreLoadResult done = store.load(hash);
    REQUIRE(done.log.has_value());
    REQUIRE(done.log->runs.size() == 1);
    CHECK(done.log->runs[0].state == RunState::Finished);
    CHECK(done.log->runs[0].total_seconds == Approx(9.0));
    CHECK(session.save_if_due(20.0).empty());
    CHECK(session.saves() == 3); // a finished run is not saved again
    std::filesystem::remove_all(directory);
}

// Fault injection with a real crash: a child process keeps committing runs to a large log and
// is SIGKILLed at random moments. After each kill the log must parse and hold every run the
// child had reported as committed; temporary files it left must not be taken for logs.
TEST_CASE("a writer killed mid-write leaves the log intact and loses no committed run")
{
    const auto directory = fresh_directory("kill");
    const RehearsalStore store(directory);
    // A long speech (200+ sentences), so each run is tens of KB and a log of dozens of runs
    // takes long enough to write that kills land mid-write.
    std::vector<SectionText> sections;
    for (int copy = 0; copy < 12; ++copy) {
        for (const auto& part : {"一、心中有稿", "二、心中有数"}) {
            sections.push_back({std::string(part) + std::to_string(copy),
                {{"一篇好的发言，先要让听众知道你讲几件事、讲到了哪一件。", "标题要短，层次要清。"},
                    {"每一部分开头，最好先用一句话亮出观点。", "再用事例和数据来支撑。", "稿子越长，越要提前算好时间。"},
                    {"如果会议只给十分钟，就要提前删减，而不是到台上再赶。", "谢谢！"}}});
        }
    }
    const Script script = make_script(sections);
    const RehearsalLog empty_log = new_rehearsal_log(script, "talk.txt");
    std::vector<RehearsalRun> runs;
    for (std::size_t n = 0; n < 40; ++n) {
        runs.push_back(simulated_run(script, n));
    }
    std::mt19937 random(12345);
    std::uniform_int_distribution<int> delay_us(500, 60000);
    std::size_t committed_before = 0;
    int kills_mid_run = 0;
    for (int round = 0; round < 16; ++round) {
        int pipe_fds[2];
        REQUIRE(::pipe(pipe_fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(pipe_fds[0]);
            // Continue from whatever is on disk, adding runs one by one and reporting each commit.
            RehearsalLog log = empty_log;
            if (auto existing = store.load(empty_log.script_hash); existing.log) {
                log = *existing.log;
            }
            for (std::size_t n = log.runs.size(); n < runs.size(); ++n) {
                upsert_run(log, runs[n]);
                for (int repeat = 0; repeat < 3; ++repeat) { // re-saves, like save_if_due does
                    if (!store.save(log).empty()) {
                        ::_exit(3);
                    }
                }
                const unsigned char count = static_cast<unsigned char>(log.runs.size());
                if (::write(pipe_fds[1], &count, 1) != 1) {
                    ::_exit(4);
                }
            }
            ::_exit(0);
        }
        ::close(pipe_fds[1]);
        // Later rounds wait longer, so runs get committed even on a loaded machine.
        std::this_thread::sleep_for(std::chrono::microseconds(delay_us(random) + round * 15000));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        kills_mid_run += WIFSIGNALED(status) ? 1 : 0;
        std::size_t reported = committed_before;
        unsigned char count = 0;
        while (::read(pipe_fds[0], &count, 1) == 1) {
            reported = count;
        }
        ::close(pipe_fds[0]);

        const StoreListing listing = store.load_all();
        INFO("round " << round);
        CHECK(listing.warnings.empty());
        REQUIRE(listing.logs.size() <= 1);
        const std::size_t on_disk = listing.logs.empty() ? 0 : listing.logs[0].runs.size();
        // Every reported commit is there (one more may have landed before its report).
        CHECK(on_disk >= reported);
        CHECK(on_disk >= committed_before);
        for (std::size_t n = 0; n < on_disk; ++n) {
            CHECK(listing.logs[0].runs[n] == runs[n]);
        }
        committed_before = on_disk;
    }
    CHECK(kills_mid_run > 0);
    // Temporaries left by the kills are hidden files, never listed as logs.
    std::size_t temporaries = 0;
    std::error_code size_error;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        const auto name = entry.path().filename().string();
        CHECK((name.starts_with('.') || name == empty_log.script_hash + ".json"));
        temporaries += name.starts_with('.') ? 1 : 0;
    }
    WARN("kill test: " << kills_mid_run << " kills, " << temporaries << " left a half-written temporary, "
                       << committed_before << " runs committed, log "
                       << std::filesystem::file_size(store.path_for(empty_log.script_hash), size_error) << " bytes");
    std::filesystem::remove_all(directory);
}
