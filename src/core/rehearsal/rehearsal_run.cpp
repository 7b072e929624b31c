// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rehearsal/rehearsal_run.hpp"

namespace podium {

const char* to_string(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Completed: return "completed";
    case SectionStatus::Partial: return "partial";
    case SectionStatus::Skipped: return "skipped";
    }
    return "skipped";
}

std::optional<SectionStatus> section_status_from(const std::string& text)
{
    for (const auto status : {SectionStatus::Completed, SectionStatus::Partial, SectionStatus::Skipped}) {
        if (text == to_string(status)) {
            return status;
        }
    }
    return std::nullopt;
}

const char* to_string(VisitEnd end)
{
    switch (end) {
    case VisitEnd::Next: return "next";
    case VisitEnd::Jump: return "jump";
    case VisitEnd::Backward: return "backward";
    case VisitEnd::Finish: return "finish";
    case VisitEnd::Open: return "open";
    }
    return "open";
}

std::optional<VisitEnd> visit_end_from(const std::string& text)
{
    for (const auto end : {VisitEnd::Next, VisitEnd::Jump, VisitEnd::Backward, VisitEnd::Finish, VisitEnd::Open}) {
        if (text == to_string(end)) {
            return end;
        }
    }
    return std::nullopt;
}

std::ostream& operator<<(std::ostream& out, const RehearsalRun& run)
{
    out << "run " << run.id << " (" << (run.state == RunState::Finished ? "finished" : "in progress")
        << ", " << run.total_seconds << " s spoken, " << run.wall_seconds << " s wall, " << run.visits.size()
        << " visits, " << run.pauses.size() << " pauses, " << run.jumps.size() << " jumps) sections:";
    for (const auto& section : run.sections) {
        out << " [" << section.title << ": " << to_string(section.status) << " " << section.seconds << " s]";
    }
    return out;
}

} // namespace podium
