// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/remote_request.hpp"

#include <nlohmann/json.hpp>

namespace podium {

namespace {

// Every kind a key can be bound to: up to CancelQuit (JumpToSentence needs an index, so only
// /api/jump makes it; JumpToSection by name is "jump-to-section-N").
constexpr int last_named_kind = static_cast<int>(CommandKind::CancelQuit);

std::optional<nlohmann::json> parse_object(std::string_view body, ApiMessage& error)
{
    nlohmann::json json = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded()) {
        error = {ApiError::NotJson, {}};
        return std::nullopt;
    }
    if (!json.is_object()) {
        error = {ApiError::NotObject, {}};
        return std::nullopt;
    }
    return json;
}

} // namespace

std::optional<Command> remote_command_named(std::string_view name, const Script& script)
{
    for (int k = 0; k <= last_named_kind; ++k) {
        const auto kind = static_cast<CommandKind>(k);
        if (kind != CommandKind::JumpToSection && name == to_string(kind)) {
            return Command{kind};
        }
    }
    constexpr std::string_view jump = "jump-to-section-";
    if (name.size() == jump.size() + 1 && name.substr(0, jump.size()) == jump && name.back() >= '1'
        && name.back() <= '9') {
        const auto section = section_for_number(script, name.back() - '0');
        if (section) {
            return Command{CommandKind::JumpToSection, *section};
        }
    }
    return std::nullopt;
}

std::string remote_command_list()
{
    std::string text;
    for (int k = 0; k <= last_named_kind; ++k) {
        const auto kind = static_cast<CommandKind>(k);
        if (kind != CommandKind::JumpToSection) {
            text += std::string(to_string(kind)) + ", ";
        }
    }
    return text + "jump-to-section-1 … jump-to-section-9";
}

RemoteRequest parse_command_request(std::string_view body, const Script& script)
{
    RemoteRequest request;
    const auto json = parse_object(body, request.error);
    if (!json) {
        return request;
    }
    const auto found = json->find("command");
    if (found == json->end() || !found->is_string()) {
        request.error = {ApiError::MissingCommand, {}};
        return request;
    }
    const std::string name = found->get<std::string>();
    request.command = remote_command_named(name, script);
    if (!request.command) {
        request.error = {ApiError::UnknownCommand, {name, remote_command_list()}};
    }
    return request;
}

RemoteRequest parse_jump_request(std::string_view body, std::size_t section_count, std::size_t sentence_count)
{
    RemoteRequest request;
    const auto json = parse_object(body, request.error);
    if (!json) {
        return request;
    }
    const bool has_section = json->contains("section");
    const bool has_sentence = json->contains("sentence");
    if (has_section == has_sentence) {
        request.error = {ApiError::MissingIndex, {}};
        return request;
    }
    const char* key = has_section ? "section" : "sentence";
    const nlohmann::json& value = json->at(key);
    const std::size_t count = has_section ? section_count : sentence_count;
    if (!value.is_number_integer() || value.get<long long>() < 0
        || static_cast<unsigned long long>(value.get<long long>()) >= count) {
        request.error = count == 0 ? ApiMessage{has_section ? ApiError::NoSections : ApiError::NoSentences, {}}
                                   : ApiMessage{ApiError::IndexOutOfRange, {key, std::to_string(count - 1)}};
        return request;
    }
    const auto index = static_cast<std::size_t>(value.get<long long>());
    if (has_section) {
        request.command = Command{CommandKind::JumpToSection, index};
    } else {
        Command command{CommandKind::JumpToSentence};
        command.sentence = index;
        request.command = command;
    }
    return request;
}

} // namespace podium
