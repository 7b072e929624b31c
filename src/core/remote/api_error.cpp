// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/api_error.hpp"

#include "core/i18n/translate.hpp"

#include <array>
#include <utility>

namespace podium {

namespace {

struct Entry {
    ApiError error;
    const char* code;
    const char* text;
};

// The codes are API: once published, never renamed (a program may test them). The texts are for
// people and may change and be translated.
constexpr Entry entries[] = {
    {ApiError::NotJson, "bad-json", N_("the body is not valid JSON")},
    {ApiError::NotObject, "bad-json", N_("the body must be a JSON object")},
    {ApiError::MissingCommand, "missing-command", N_("expected {\"command\": NAME}, e.g. {\"command\": \"next-section\"}")},
    {ApiError::UnknownCommand, "unknown-command", N_("unknown command \"{0}\": commands are {1}")},
    {ApiError::MissingIndex, "missing-index", N_("expected {\"section\": N} or {\"sentence\": N}")},
    {ApiError::IndexOutOfRange, "index-out-of-range", N_("\"{0}\" must be an index from 0 to {1} (as in podium split --json)")},
    {ApiError::NoSections, "index-out-of-range", N_("the script has no sections")},
    {ApiError::NoSentences, "index-out-of-range", N_("the script has no sentences")},
    {ApiError::ControlCharacter, "bad-header", N_("a header value holds a control character")},
    {ApiError::TransferEncoding, "bad-transfer-encoding", N_("only Transfer-Encoding: chunked is understood")},
    {ApiError::CompressedBody, "compressed-body", N_("compressed bodies are not accepted: send plain JSON")},
    {ApiError::TwoLengths, "ambiguous-length", N_("more than one Content-Length")},
    {ApiError::LengthWithChunked, "ambiguous-length", N_("Content-Length together with Transfer-Encoding")},
    {ApiError::BadLength, "bad-length", N_("Content-Length is not a number")},
    {ApiError::BodyTooLarge, "body-too-large", N_("the request body is too large (at most {0} bytes)")},
    {ApiError::NotJsonContentType, "json-only", N_("the body must be sent as Content-Type: application/json")},
    {ApiError::TokenInQuery, "token-in-header",
        N_("the token goes in the header Authorization: Bearer TOKEN here (?t= only opens the page and its event stream)")},
    {ApiError::MissingToken, "missing-token", N_("missing token: send the header Authorization: Bearer TOKEN")},
    {ApiError::WrongToken, "wrong-token",
        N_("wrong token: open the link Podium shows now (it changes each run, and when the operator revokes phones)")},
    {ApiError::LockedOut, "locked-out", N_("too many wrong tokens from this address: wait and try again")},
    {ApiError::NotFound, "not-found", N_("no such path: the page is /, the API is under /api/ (docs/remote.md)")},
    {ApiError::MethodNotAllowed, "method-not-allowed", N_("method {0} is not allowed here (docs/remote.md)")},
    {ApiError::WrongHost, "wrong-host",
        N_("Host \"{0}\" is not this prompter's address: use the link Podium shows, or add the name with --remote-host")},
    {ApiError::ForeignOrigin, "foreign-origin", N_("requests from other sites are refused")},
    {ApiError::QuitNotAllowed, "quit-not-allowed",
        N_("the remote cannot end the speech: start Podium with --remote-allow-quit to allow it")},
    {ApiError::TooManyCommands, "too-many-commands", N_("commands are arriving faster than the prompter applies them: try again")},
    {ApiError::TooManyLivePages, "too-many-live-pages", N_("too many live pages are open: close one, or poll GET /api/state")},
    {ApiError::NoFrameYet, "no-frame-yet", N_("the prompter has not drawn its first frame yet")},
};

const Entry& entry(ApiError error)
{
    for (const Entry& e : entries) {
        if (e.error == error) {
            return e;
        }
    }
    return entries[0]; // unreachable: every enumerator has a row (tested)
}

} // namespace

std::vector<ApiError> every_api_error()
{
    std::vector<ApiError> all;
    for (const Entry& e : entries) {
        all.push_back(e.error);
    }
    return all;
}

std::string_view api_error_code(ApiError error)
{
    return entry(error).code;
}

const char* api_error_text(ApiError error)
{
    return entry(error).text;
}

std::string api_error_message(const ApiMessage& message, std::string_view text)
{
    return i18n_detail::fill_texts(text, message.values.data(), message.values.size());
}

std::string english(const ApiMessage& message)
{
    return api_error_message(message, api_error_text(message.error));
}

} // namespace podium
