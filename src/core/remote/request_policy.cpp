// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/request_policy.hpp"

#include "core/remote/token.hpp"
#include "core/text/ascii_case.hpp"

#include <algorithm>

namespace podium {

namespace {

bool equal_without_case(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && ascii_lower(a) == ascii_lower(b);
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

// "name:port" / "[v6]:port" / "name" → (name as a URL writes it, port or -1; -2: malformed).
std::pair<std::string, int> split_host(std::string_view host)
{
    std::string_view name = host;
    std::string_view port;
    if (!host.empty() && host.front() == '[') {
        const auto close = host.find(']');
        if (close == std::string_view::npos) {
            return {"", -2};
        }
        name = host.substr(0, close + 1);
        const std::string_view rest = host.substr(close + 1);
        if (!rest.empty()) {
            if (rest.front() != ':') {
                return {"", -2};
            }
            port = rest.substr(1);
        }
    } else if (const auto colon = host.rfind(':'); colon != std::string_view::npos) {
        name = host.substr(0, colon);
        port = host.substr(colon + 1);
        if (name.find(':') != std::string_view::npos) {
            return {"", -2}; // an IPv6 address without brackets
        }
    }
    if (name.empty()) {
        return {"", -2};
    }
    if (host.find(':') != std::string_view::npos && port.empty()) {
        return {"", -2};
    }
    int number = -1;
    if (!port.empty()) {
        if (port.size() > 5 || !std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return {"", -2};
        }
        number = std::stoi(std::string(port));
    }
    return {ascii_lower(name), number};
}

} // namespace

std::optional<std::string> fixed_token_problem(std::string_view token)
{
    if (!token_is_url_safe(token)) {
        return "--remote-token may hold only letters, digits and - _ . ~ (it goes into the URL)";
    }
    if (token.size() < min_fixed_token_length) {
        return "--remote-token must be at least " + std::to_string(min_fixed_token_length)
            + " characters: anyone on the network can try tokens, and a short one is guessed in minutes (leave it out for a random one)";
    }
    return std::nullopt;
}

std::string url_host(std::string_view host)
{
    if (host.find(':') != std::string_view::npos && (host.empty() || host.front() != '[')) {
        return "[" + std::string(host) + "]";
    }
    return std::string(host);
}

bool host_allowed(std::string_view host_header, const std::vector<std::string>& names, int port, int default_port)
{
    const auto [name, given_port] = split_host(trim(host_header));
    if (given_port == -2) {
        return false;
    }
    if (given_port == -1 ? port != default_port : given_port != port) {
        return false;
    }
    // clang 14 cannot capture a structured binding in a lambda: name it first.
    const auto& host = name;
    return std::any_of(names.begin(), names.end(), [&host](const std::string& allowed) {
        return equal_without_case(url_host(allowed), host);
    });
}

bool origin_allowed(const std::optional<std::string>& origin, std::string_view host_header, std::string_view scheme)
{
    if (!origin) {
        return true;
    }
    return equal_without_case(trim(*origin), std::string(scheme) + "://" + std::string(trim(host_header)));
}

bool is_json_content_type(std::string_view content_type)
{
    const auto semicolon = content_type.find(';');
    return equal_without_case(trim(content_type.substr(0, semicolon)), "application/json");
}

std::optional<std::string_view> bearer_token(std::string_view authorization)
{
    authorization = trim(authorization);
    constexpr std::string_view scheme = "bearer ";
    if (authorization.size() <= scheme.size() || !equal_without_case(authorization.substr(0, scheme.size()), scheme)) {
        return std::nullopt;
    }
    const std::string_view token = trim(authorization.substr(scheme.size()));
    if (token.empty()) {
        return std::nullopt;
    }
    return token;
}

std::optional<FramingProblem> framing_problem(const HeaderList& headers)
{
    int lengths = 0;
    bool transfer_encoding = false;
    for (const auto& [name, value] : headers) {
        if (std::any_of(value.begin(), value.end(), [](char c) { return c == '\0' || c == '\r' || c == '\n'; })) {
            return FramingProblem{400, ApiError::ControlCharacter};
        }
        if (equal_without_case(name, "Content-Length")) {
            ++lengths;
        } else if (equal_without_case(name, "Transfer-Encoding")) {
            if (transfer_encoding || !equal_without_case(trim(value), "chunked")) {
                return FramingProblem{501, ApiError::TransferEncoding};
            }
            transfer_encoding = true;
        } else if (equal_without_case(name, "Content-Encoding") && !equal_without_case(trim(value), "identity")) {
            return FramingProblem{415, ApiError::CompressedBody};
        }
    }
    if (lengths > 1) {
        return FramingProblem{400, ApiError::TwoLengths};
    }
    if (lengths == 1 && transfer_encoding) {
        return FramingProblem{400, ApiError::LengthWithChunked};
    }
    return std::nullopt;
}

} // namespace podium
