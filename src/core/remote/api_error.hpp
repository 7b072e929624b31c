// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The remote API's errors: each has a stable code for programs (never translated: "wrong-token")
// and a message for people, an English msgid with {0} {1} placeholders that the server
// translates for the request's Accept-Language (docs/remote.md, "Errors"). The answer's body is
// {"error": "the message, in the phone's language", "code": "wrong-token"}.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace podium {

enum class ApiError {
    NotJson,
    NotObject,
    MissingCommand,
    UnknownCommand,       // {0} the name, {1} the list of commands
    MissingIndex,
    IndexOutOfRange,      // {0} "section" or "sentence", {1} the last index
    NoSections,
    NoSentences,
    ControlCharacter,
    TransferEncoding,
    CompressedBody,
    TwoLengths,
    LengthWithChunked,
    BadLength,
    BodyTooLarge,         // {0} the limit in bytes
    NotJsonContentType,
    TokenInQuery,
    MissingToken,
    WrongToken,
    LockedOut,
    NotFound,
    MethodNotAllowed,     // {0} the method
    WrongHost,            // {0} the Host header
    ForeignOrigin,
    QuitNotAllowed,
    TooManyCommands,
    TooManyLivePages,
    NoFrameYet,
};

struct ApiMessage {
    ApiError error = ApiError::NotJson;
    std::vector<std::string> values;   // what the placeholders stand for, in order
    bool operator==(const ApiMessage&) const = default;
};

// Every error, in the enum's order (for translating all the messages once, up front).
[[nodiscard]] std::vector<ApiError> every_api_error();
[[nodiscard]] std::string_view api_error_code(ApiError error);
// The English msgid, with its placeholders.
[[nodiscard]] const char* api_error_text(ApiError error);
// `text` (the msgid or a translation of it) with the message's values filled in.
[[nodiscard]] std::string api_error_message(const ApiMessage& message, std::string_view text);
// The message in English.
[[nodiscard]] std::string english(const ApiMessage& message);

} // namespace podium
