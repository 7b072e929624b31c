// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_writer.hpp"

#include "core/rehearsal/rehearsal_session.hpp"
#include "core/rehearsal/rehearsal_simulator.hpp"
#include "event_helpers.hpp"
#include "support/scratch.hpp"
#include "test_scripts.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace podium;
using namespace podium::testing;

TEST_CASE("the rehearsal writer reads the log once and writes every save of a run without re-reading it")
{
    const auto directory = fresh_directory("cached");
    const Script script = chinese_talk();
    const RehearsalStore store(directory);
    RehearsalLog earlier = new_rehearsal_log(script, "talk.txt");
    upsert_run(earlier, simulated_run(script, 1));
    REQUIRE(store.save(earlier).empty());

    RehearsalWriter writer(store, new_rehearsal_log(script, "talk.txt"));
    RehearsalRun current = simulated_run(script, 2);
    for (int save = 0; save < 5; ++save) {
        current.total_seconds = 10.0 * (save + 1);
        REQUIRE(writer.save(current).empty());
    }
    CHECK(writer.disk_reads() == 1);
    const StoreLoadResult on_disk = store.load(earlier.script_hash);
    REQUIRE(on_disk.log.has_value());
    REQUIRE(on_disk.log->runs.size() == 2); // the earlier run kept, ours once (upserted by id)
    CHECK(on_disk.log->runs[1].total_seconds == Approx(50.0));
    std::filesystem::remove_all(directory);
}

TEST_CASE("the rehearsal writer's last save keeps runs another Podium saved meanwhile")
{
    const auto directory = fresh_directory("reread");
    const Script script = chinese_talk();
    const RehearsalStore store(directory);
    RehearsalWriter writer(store, new_rehearsal_log(script, "talk.txt"));
    REQUIRE(writer.save(simulated_run(script, 1)).empty());
    // Another Podium adds its run to the same log.
    RehearsalLog other = new_rehearsal_log(script, "talk.txt");
    upsert_run(other, simulated_run(script, 9));
    REQUIRE(store.save(other).empty());

    REQUIRE(writer.save(simulated_run(script, 1), MergeWithDisk::Reread).empty());
    CHECK(writer.disk_reads() == 2);
    const StoreLoadResult on_disk = store.load(other.script_hash);
    REQUIRE(on_disk.log.has_value());
    CHECK(on_disk.log->runs.size() == 2);
    std::filesystem::remove_all(directory);
}

TEST_CASE("a session hands out due snapshots on the same schedule as it saves")
{
    const Script script = chinese_talk();
    RehearsalSession session(script, "talk.txt", RehearsalStore(fresh_directory("unused")), "run-a",
        "2026-11-25T10:00:00Z", SessionOptions{5.0});
    CHECK_FALSE(session.due_run(0.0)); // nothing happened yet
    session.on_event(event(PrompterEventKind::Started, 0.0, 0));
    CHECK(session.due_run(0.1));
    CHECK_FALSE(session.due_run(3.0)); // not due yet
    const auto due = session.due_run(5.2);
    REQUIRE(due);
    CHECK(due->total_seconds == Approx(5.2));
    const RehearsalRun last = session.finished_run(9.0);
    CHECK(last.state == RunState::Finished);
    CHECK_FALSE(session.due_run(20.0)); // a finished run is not saved again
    CHECK(session.saves() == 3);
    CHECK_FALSE(std::filesystem::exists(fresh_directory("unused"))); // snapshots write nothing
}
