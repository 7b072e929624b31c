// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON API over real HTTP (httplib's client against the server on a loopback port), with a
// frame loop applying the commands to a real prompter model.
#include "remote/page_assets.hpp"
#include "remote_fixture.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

using namespace podium;
using namespace podium::testing;
using nlohmann::json;

namespace {


json state_of(RemoteFixture& f)
{
    const auto response = f.get_state();
    REQUIRE(response);
    REQUIRE(response->status == 200);
    return json::parse(response->body);
}

httplib::Result post(RemoteFixture& f, const std::string& path, const std::string& body, bool token = true)
{
    httplib::Client client = f.client();
    return client.Post(path.c_str(), token ? f.bearer() : httplib::Headers{}, body, "application/json");
}

std::string error_of(const httplib::Result& response)
{
    return json::parse(response->body).at("error").get<std::string>();
}

} // namespace

TEST_CASE("GET /api/state answers the prompter's state with the token as a bearer header, not as ?t=")
{
    RemoteFixture f;
    const json state = state_of(f);
    CHECK(state.at("state") == "countdown");
    CHECK(state.at("section") == 0);
    CHECK(state.at("sentence") == 0);
    CHECK(state.at("elapsed") == 0.0);
    CHECK(state.at("sentence_count") == f.prompter().script.sentences.size());
    CHECK(state.at("sentence_text") == std::string(f.prompter().script.sentence_text(0)));
    REQUIRE(state.at("sections").size() == f.prompter().script.sections.size());
    CHECK(state.at("sections")[1].at("title") == f.prompter().script.sections[1].title);
    CHECK(state.at("sections")[1].at("planned").get<double>()
        == Approx(f.prompter().timing.sections[1].duration).margin(0.05));

    httplib::Client client = f.client();
    const auto by_header = client.Get("/api/state", f.bearer());
    REQUIRE(by_header);
    CHECK(by_header->status == 200);
    CHECK(by_header->get_header_value("Content-Type").rfind("application/json", 0) == 0);
    const auto by_query = client.Get(RemoteFixture::with_token("/api/state").c_str());
    REQUIRE(by_query);
    CHECK(by_query->status == 401);
}

TEST_CASE("POST /api/command applies the command the keys send and answers with the state it led to")
{
    RemoteFixture f;
    const auto response = post(f, "/api/command", R"({"command":"next-section"})");
    REQUIRE(response);
    REQUIRE(response->status == 200);
    const json after = json::parse(response->body);
    CHECK(after.at("section") == 1);
    CHECK(after.at("sentence") == f.prompter().script.sections[1].first_sentence);

    const auto play = post(f, "/api/command", R"({"command":"toggle-play"})");
    REQUIRE(play);
    CHECK(json::parse(play->body).at("state") == "running");
    const auto faster = post(f, "/api/command", R"({"command":"speed-up"})");
    CHECK(json::parse(faster->body).at("pace_factor").get<double>() == Approx(1.05));
    const auto blank = post(f, "/api/command", R"({"command":"toggle-blank"})");
    CHECK(json::parse(blank->body).at("blank") == true);
    // The number keys' names work too: jump-to-section-3 is the third top-level heading.
    const auto third = post(f, "/api/command", R"({"command":"jump-to-section-3"})");
    CHECK(json::parse(third->body).at("section") == 3);
    CHECK(f.commands_applied() == 5);
}

TEST_CASE("POST /api/jump goes to a section or a sentence by its index in podium split --json")
{
    RemoteFixture f;
    const auto section = post(f, "/api/jump", R"({"section":2})");
    REQUIRE(section);
    REQUIRE(section->status == 200);
    CHECK(json::parse(section->body).at("section") == 2);
    const std::size_t target = f.prompter().script.sections[3].first_sentence + 1;
    const auto sentence = post(f, "/api/jump", json{{"sentence", target}}.dump());
    REQUIRE(sentence);
    REQUIRE(sentence->status == 200);
    CHECK(json::parse(sentence->body).at("sentence") == target);
    CHECK(json::parse(sentence->body).at("section") == 3);
}

TEST_CASE("requests without the right token get 401 and change nothing")
{
    RemoteFixture f;
    const json before = state_of(f);
    httplib::Client client = f.client();
    for (const char* path : {"/", "/api/state", "/api/events"}) {
        const auto none = client.Get(path);
        REQUIRE(none);
        CHECK(none->status == 401);
        const auto wrong = client.Get((std::string(path) + "?t=test-token_2-0123456789").c_str());
        REQUIRE(wrong);
        CHECK(wrong->status == 401);
    }
    const auto unauthorised = post(f, "/api/command", R"({"command":"next-section"})", false);
    REQUIRE(unauthorised);
    CHECK(unauthorised->status == 401);
    CHECK(unauthorised->get_header_value("WWW-Authenticate") == "Bearer");
    const auto wrong_bearer = client.Post("/api/jump", {{"Authorization", "Bearer nope"}}, R"({"section":2})", "application/json");
    CHECK(wrong_bearer->status == 401);
    REQUIRE(f.wait_frames(3)); // the frame loop has taken its commands three times since
    CHECK(f.commands_applied() == 0);
    const json after = state_of(f);
    CHECK(after.at("section") == before.at("section"));
    CHECK(after.at("sentence") == before.at("sentence"));
    CHECK(after.at("state") == before.at("state"));
}

TEST_CASE("malformed JSON, unknown commands and bad indices get 400 with a message")
{
    RemoteFixture f;
    const auto not_json = post(f, "/api/command", "{\"command\": next");
    REQUIRE(not_json);
    CHECK(not_json->status == 400);
    CHECK(error_of(not_json) == "the body is not valid JSON");
    const auto not_object = post(f, "/api/command", "[1,2]");
    CHECK(not_object->status == 400);
    const auto unknown = post(f, "/api/command", R"({"command":"self-destruct"})");
    CHECK(unknown->status == 400);
    CHECK(error_of(unknown).find("unknown command \"self-destruct\"") == 0);
    CHECK(error_of(unknown).find("next-section") != std::string::npos); // lists the valid ones
    const auto no_name = post(f, "/api/command", R"({"cmd":"next-section"})");
    CHECK(no_name->status == 400);
    const auto far = post(f, "/api/jump", R"({"section":99})");
    CHECK(far->status == 400);
    CHECK(error_of(far).find("\"section\" must be an index from 0 to") == 0);
    const auto negative = post(f, "/api/jump", R"({"sentence":-1})");
    CHECK(negative->status == 400);
    const auto both = post(f, "/api/jump", R"({"section":1,"sentence":1})");
    CHECK(both->status == 400);
    const auto text = post(f, "/api/jump", R"({"section":"2"})");
    CHECK(text->status == 400);
    CHECK(f.commands_applied() == 0);
}

TEST_CASE("a request body over the limit gets 413 and changes nothing")
{
    RemoteOptions options = RemoteFixture::loopback();
    options.limits.max_body = 4096;
    RemoteFixture f(options);
    const std::string padding(8192, ' ');
    const auto large = post(f, "/api/command", R"({"command":"next-section"})" + padding);
    REQUIRE(large);
    CHECK(large->status == 413);
    const auto just_under = post(f, "/api/command", R"({"command":"next-section"})" + std::string(4000, ' '));
    REQUIRE(just_under);
    CHECK(just_under->status == 200);
    CHECK(f.commands_applied() == 1);
}

TEST_CASE("unknown paths get 404 and the page never reaches the file system")
{
    RemoteFixture f;
    httplib::Client client = f.client();
    for (const char* path : {"/nope", "/api/nope", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/remote.js/..",
             "/CMakeLists.txt", "/page/index.html"}) {
        const auto response = client.Get((std::string(path) + "?t=" + test_token).c_str());
        REQUIRE(response);
        INFO(path);
        CHECK(response->status == 404);
        CHECK(response->body.find("root:") == std::string::npos);
    }
    const auto wrong_method = client.Get(RemoteFixture::with_token("/api/command").c_str());
    REQUIRE(wrong_method);
    CHECK(wrong_method->status == 405);
}

TEST_CASE("the page needs the token, and its script, style and icon are the compiled-in files")
{
    RemoteFixture f;
    httplib::Client client = f.client();
    const auto page = client.Get(RemoteFixture::with_token("/").c_str());
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->body == find_page_asset("/")->bytes);
    for (const char* path : {"/remote.js", "/remote.css", "/icon.svg"}) {
        const auto asset = client.Get(path);
        REQUIRE(asset);
        INFO(path);
        CHECK(asset->status == 200);
        CHECK(asset->body == find_page_asset(path)->bytes);
    }
}

TEST_CASE("the event stream pushes a state change to a live page")
{
    RemoteFixture f;
    std::mutex mutex;
    std::string received;
    std::atomic<bool> stop{false};
    std::thread reader([&] {
        httplib::Client client = f.client();
        client.Get(RemoteFixture::with_token("/api/events").c_str(), [&](const char* data, std::size_t length) {
            const std::lock_guard lock(mutex);
            received.append(data, length);
            return !stop.load();
        });
    });
    auto wait_for = [&](const std::string& needle, std::chrono::milliseconds limit) {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < until) {
            {
                const std::lock_guard lock(mutex);
                if (received.find(needle) != std::string::npos) {
                    return true;
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return false;
    };
    // Generous deadlines: only a hang ends them. How fast a push is, bench/remote measures.
    REQUIRE(wait_for("\"section\":0", std::chrono::milliseconds(60000))); // the state on connecting
    CHECK(wait_for("retry: 1000", std::chrono::milliseconds(1)));
    const auto response = post(f, "/api/jump", R"({"section":2})");
    REQUIRE(response);
    REQUIRE(wait_for("\"section\":2", std::chrono::milliseconds(60000)));
    stop = true;
    post(f, "/api/command", R"({"command":"speed-up"})"); // one more event lets the reader stop
    reader.join();
}
