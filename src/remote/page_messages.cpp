// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/page_messages.hpp"

#include "core/i18n/catalogue.hpp"
#include "core/i18n/translate.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace podium {

namespace {

constexpr const char* messages[] = {
    // index.html: the status, the clocks and the buttons
    N_("Podium remote"),
    N_("Connecting…"),
    N_("pace against the plan"),
    N_("live connection to the prompter"),
    N_("Section"),
    N_("Total"),
    N_("Sections"),
    N_("Prompter controls"),
    N_("Slower"),
    N_("slower"),
    N_("Blank"),
    N_("blank the screen"),
    N_("Faster"),
    N_("faster"),
    N_("previous section"),
    N_("next section"),
    N_("Sentence"),
    N_("previous sentence"),
    N_("next sentence"),
    N_("Play"),
    N_("play or pause"),
    // remote.js: the state, how the speaker stands against the plan, messages
    N_("Ready"),
    N_("Running"),
    N_("Paused"),
    N_("Finished"),
    N_("Not connected"),
    N_("Ready · {0}"),
    // xgettext:no-c-format
    N_("{0}% pace"),
    N_("Sentence {0} of {1}"),
    N_("On plan"),
    N_("{0} behind the plan"),
    N_("{0} ahead of the plan"),
    N_("{0} left"),
    N_("Section {0} of {1}"),
    N_("Pause"),
    N_("Unblank"),
    N_("This link is no longer valid: scan the QR code Podium shows now"),
    N_("The prompter refused ({0})"),
    N_("Not connected: the prompter did not answer"),
    N_("Open the link Podium shows: it ends in ?t=…"),
};

} // namespace

std::span<const char* const> page_messages()
{
    return messages;
}

std::string page_strings_json(Language language)
{
    const std::vector<const char*> english(std::begin(messages), std::end(messages));
    const std::vector<std::string> translated = messages_in(language, english);
    nlohmann::ordered_json strings = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < english.size(); ++i) {
        strings[english[i]] = translated[i];
    }
    nlohmann::ordered_json answer{{"lang", language_code(language)}, {"strings", strings}};
    return answer.dump();
}

} // namespace podium
