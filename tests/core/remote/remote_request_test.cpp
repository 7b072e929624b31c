// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/remote_request.hpp"
#include "core/remote/remote_state.hpp"
#include "core/remote/token.hpp"

#include "core/prompter/prompter_fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace podium;
using namespace podium::testing;

TEST_CASE("a command request names a command as podium keys does")
{
    const Script script = sectioned_script();
    const RemoteRequest next = parse_command_request(R"({"command":"next-section"})", script);
    REQUIRE(next.command);
    CHECK(next.command->kind == CommandKind::NextSection);
    for (const char* name : {"toggle-play", "speed-up", "speed-down", "next-sentence", "previous-sentence",
             "previous-section", "toggle-blank", "home", "end", "restart"}) {
        INFO(name);
        const RemoteRequest request = parse_command_request(std::string(R"({"command":")") + name + "\"}", script);
        REQUIRE(request.command);
        CHECK(to_string(request.command->kind) == std::string(name));
    }
    // jump-to-section-N is number key N: the N-th top-level heading (the preamble not counted).
    const RemoteRequest second = parse_command_request(R"({"command":"jump-to-section-2"})", script);
    REQUIRE(second.command);
    CHECK(second.command->kind == CommandKind::JumpToSection);
    CHECK(second.command->section == 2);
    // jump-to-sentence needs an index: only /api/jump makes it.
    CHECK_FALSE(parse_command_request(R"({"command":"jump-to-sentence"})", script).command);
    CHECK_FALSE(parse_command_request(R"({"command":"jump-to-section-9"})", script).command);
}

TEST_CASE("bad command requests say what is wrong")
{
    const Script script = sectioned_script();
    CHECK(english(parse_command_request("", script).error) == "the body is not valid JSON");
    CHECK(english(parse_command_request("{\"command\":", script).error) == "the body is not valid JSON");
    CHECK(english(parse_command_request("\"next-section\"", script).error) == "the body must be a JSON object");
    CHECK(english(parse_command_request(R"({"command":3})", script).error).find("expected {\"command\": NAME}") == 0);
    const RemoteRequest unknown = parse_command_request(R"({"command":"launch"})", script);
    CHECK_FALSE(unknown.command);
    CHECK(english(unknown.error).find("unknown command \"launch\": commands are toggle-play, ") == 0);
}

TEST_CASE("a jump request goes to a section or a sentence index, checked against the script")
{
    const RemoteRequest section = parse_jump_request(R"({"section":3})", 5, 20);
    REQUIRE(section.command);
    CHECK(*section.command == Command{CommandKind::JumpToSection, 3});
    const RemoteRequest sentence = parse_jump_request(R"({"sentence":19})", 5, 20);
    REQUIRE(sentence.command);
    CHECK(sentence.command->kind == CommandKind::JumpToSentence);
    CHECK(sentence.command->sentence == 19);
    CHECK(english(parse_jump_request(R"({"sentence":20})", 5, 20).error) == "\"sentence\" must be an index from 0 to 19 (as in podium split --json)");
    CHECK_FALSE(parse_jump_request(R"({"section":-1})", 5, 20).command);
    CHECK_FALSE(parse_jump_request(R"({"section":1.5})", 5, 20).command);
    CHECK_FALSE(parse_jump_request(R"({"section":true})", 5, 20).command);
    CHECK(english(parse_jump_request(R"({})", 5, 20).error) == "expected {\"section\": N} or {\"sentence\": N}");
    CHECK(english(parse_jump_request(R"({"section":1,"sentence":2})", 5, 20).error) == "expected {\"section\": N} or {\"sentence\": N}");
    CHECK(english(parse_jump_request(R"({"section":0})", 0, 0).error) == "the script has no sections");
}

TEST_CASE("tokens compare equal only when every byte and the length match")
{
    CHECK(tokens_equal("abc123", "abc123"));
    CHECK_FALSE(tokens_equal("abc123", "abc124"));
    CHECK_FALSE(tokens_equal("abc123", "abc12"));
    CHECK_FALSE(tokens_equal("abc123", "abc1234"));
    CHECK_FALSE(tokens_equal("abc123", ""));
    CHECK_FALSE(tokens_equal("", "")); // no token configured never lets anyone in
    CHECK(token_is_url_safe("Az09-_.~"));
    CHECK_FALSE(token_is_url_safe("a b"));
    CHECK_FALSE(token_is_url_safe("a&t=b"));
    CHECK_FALSE(token_is_url_safe(""));
}

TEST_CASE("the remote state carries the model's view, indices as in podium split --json, and the section list")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    model.apply(Command{CommandKind::JumpToSection, 2});
    model.advance(5.0);
    const PrompterView view = model.view();
    const RemoteState state = remote_state_of(f.script, f.timing, view, model.section_actual(), true);
    CHECK(state.state == PrompterState::Running);
    CHECK(state.section == 2);
    CHECK(state.sentence == view.current_sentence);
    CHECK(state.sentence_text == std::string(f.script.sentence_text(view.current_sentence)));
    CHECK(state.blank);
    REQUIRE(state.sections.size() == f.script.sections.size());
    CHECK(state.sections[2].elapsed == Approx(5.0));
    CHECK(state.sections[2].planned == Approx(f.timing.sections[2].duration));

    const nlohmann::json json = nlohmann::json::parse(remote_state_json(state));
    CHECK(json.at("state") == "running");
    CHECK(json.at("section") == 2);
    CHECK(json.at("sentence") == view.current_sentence);
    CHECK(json.at("elapsed").get<double>() == Approx(5.0).margin(0.05));
    CHECK(json.at("blank") == true);
    CHECK(json.at("sections")[2].at("title") == f.script.sections[2].title);
}

TEST_CASE("a section's verdict turns amber over its plan by 10% and red by 25%, as in the operator window")
{
    CHECK(section_verdict(10.9, 10.0) == TimeStatus::OnTime);
    CHECK(section_verdict(11.0, 10.0) == TimeStatus::Amber);
    CHECK(section_verdict(12.5, 10.0) == TimeStatus::Red);
    CHECK(section_verdict(5.0, 0.0) == TimeStatus::OnTime);
}

TEST_CASE("a new state is pushed at once for what a person acts on, and for the clocks once a second")
{
    const PrompterFixture f;
    PrompterModel model = f.model(no_countdown());
    const RemoteState first = remote_state_of(f.script, f.timing, model.view(), model.section_actual(), false);
    model.advance(0.3);
    const RemoteState later = remote_state_of(f.script, f.timing, model.view(), model.section_actual(), false);
    CHECK_FALSE(remote_state_changed(first, later)); // same sentence, same second
    model.advance(0.8);
    const RemoteState next_second = remote_state_of(f.script, f.timing, model.view(), model.section_actual(), false);
    CHECK(remote_state_changed(first, next_second));
    RemoteState blanked = first;
    blanked.blank = true;
    CHECK(remote_state_changed(first, blanked));
    RemoteState moved = first;
    moved.section = 1;
    CHECK(remote_state_changed(first, moved));
    RemoteState faster = first;
    faster.pace_factor = 1.05;
    CHECK(remote_state_changed(first, faster));
}

TEST_CASE("the phone page's state shows invalid UTF-8 in a title or sentence as U+FFFD, never throws")
{
    RemoteState state;
    state.sentence_text = "\xD6\xD0\xCE\xC4 speech";   // GBK bytes, as from a file name
    state.sections.push_back(RemoteSection{});
    state.sections.back().title = "\xC0\xAF title"; // an overlong '/'
    std::string text;
    REQUIRE_NOTHROW(text = remote_state_json(state));
    const nlohmann::json json = nlohmann::json::parse(text); // strict: valid UTF-8 only
    CHECK(json.at("sentence_text") == "\uFFFD\uFFFD\uFFFD\uFFFD speech");
    CHECK(json.at("sections").at(0).at("title") == "\uFFFD\uFFFD title");
}

TEST_CASE("the live coach's cue reaches the phone in the state, and a new cue is pushed at once", "[coach]")
{
    RemoteState quiet;
    CHECK(nlohmann::json::parse(remote_state_json(quiet)).at("cue").is_null());
    RemoteState cued = quiet;
    cued.cue = "section-over";
    cued.cue_text = "section over by 0:40";
    const nlohmann::json json = nlohmann::json::parse(remote_state_json(cued));
    CHECK(json.at("cue").at("kind") == "section-over");
    CHECK(json.at("cue").at("text") == "section over by 0:40");
    CHECK(remote_state_changed(quiet, cued));
    CHECK(remote_state_changed(cued, quiet)); // and its going
    CHECK_FALSE(remote_state_changed(cued, cued));
}

TEST_CASE("every API error has a code and an English message, and the codes are the published ones")
{
    const std::vector<ApiError> all = every_api_error();
    CHECK(all.size() == static_cast<std::size_t>(ApiError::PageWithoutToken) + 1);
    for (const ApiError error : all) {
        CHECK_FALSE(api_error_code(error).empty());
        CHECK(std::string_view(api_error_text(error)).size() > 10);
    }
    CHECK(api_error_code(ApiError::WrongToken) == "wrong-token");
    CHECK(api_error_code(ApiError::UnknownCommand) == "unknown-command");
    // Placeholders filled in the message's order, braces that are not placeholders kept.
    CHECK(english({ApiError::MethodNotAllowed, {"PUT"}}) == "method PUT is not allowed here (docs/remote.md)");
    CHECK(english({ApiError::MissingIndex, {}}) == "expected {\"section\": N} or {\"sentence\": N}");
    CHECK(api_error_message({ApiError::BodyTooLarge, {"4096"}}, "请求正文太大（最多 {0} 字节）") == "请求正文太大（最多 4096 字节）");
}
