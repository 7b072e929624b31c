// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small Chinese speech with a preamble, three heading sections and a closing, its timing and
// layout under the fake measurer, for the prompter tests.
#include "core/layout/layout.hpp"
#include "core/prompter/prompter_model.hpp"
#include "core/script/script.hpp"
#include "core/timing/estimate.hpp"
#include "core/fake_measurer.hpp"
#include "core/script_by_lines.hpp"

#include <memory>
#include <string>

namespace podium::testing {

inline Script sectioned_script()
{
    Script script = script_by_lines(
        "各位同事：\n"
        "大家上午好！今天借这个机会，和大家聊一聊怎样把一次发言讲好。下面我谈三点想法。\n"
        "一、心中有稿。一篇好的发言，先要让听众知道你讲几件事、讲到了哪一件。标题要短，层次要清。\n"
        "二、心中有时。每一部分都要有时间预算，超了就要删。讲稿写完以后，要自己计时读一遍。\n"
        "三、心中有人。讲话是讲给人听的，不是念给自己听的。要看着听众，留出停顿。\n"
        "谢谢大家！\n");
    // Sections by hand, independent of the section detector.
    script.sections.clear();
    const auto starts_with = [&](std::size_t s, const std::string& prefix) {
        return script.sentence_text(s).substr(0, prefix.size()) == prefix;
    };
    std::vector<std::size_t> firsts{0};
    for (std::size_t s = 0; s < script.sentences.size(); ++s) {
        if (starts_with(s, "一、") || starts_with(s, "二、") || starts_with(s, "三、") || starts_with(s, "谢谢")) {
            firsts.push_back(s);
            script.sentences[s].is_heading = !starts_with(s, "谢谢");
        }
    }
    firsts.push_back(script.sentences.size());
    for (std::size_t i = 0; i + 1 < firsts.size(); ++i) {
        const SectionKind kind = i == 0 ? SectionKind::Preamble
            : i + 2 == firsts.size()    ? SectionKind::Closing
                                        : SectionKind::Heading;
        script.sections.push_back(Section{std::string(script.sentence_text(firsts[i])), 1, kind, std::nullopt,
            firsts[i], firsts[i + 1]});
        for (std::size_t s = firsts[i]; s < firsts[i + 1]; ++s) {
            script.sentences[s].section = i;
        }
    }
    return script;
}

// Owns everything a model points at.
struct PrompterFixture {
    explicit PrompterFixture(int column = 200)
        : script(sectioned_script())
        , timing(estimate_timing(script, PaceProfile{}))
        , layout(layout_script(script, measurer, options_for(column)))
    {
    }

    static LayoutOptions options_for(int column)
    {
        LayoutOptions options;
        options.margin_fraction = 0.0;
        options.width = column;
        return options;
    }

    [[nodiscard]] PrompterModel model(PrompterOptions options = {}) const
    {
        return PrompterModel(script, timing, layout, options);
    }

    // The sentence the timing places at t.
    [[nodiscard]] std::size_t planned_sentence(double t) const
    {
        std::size_t found = 0;
        for (std::size_t s = 0; s < timing.sentences.size(); ++s) {
            if (timing.sentences[s].start <= t) {
                found = s;
            }
        }
        return found;
    }

    FakeMeasurer measurer;
    Script script;
    Timing timing;
    Layout layout;
};

inline PrompterOptions no_countdown()
{
    PrompterOptions options;
    options.countdown_seconds = 0.0;
    return options;
}

} // namespace podium::testing
