// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/parse_error_text.hpp"

#include "core/i18n/catalogue.hpp"
#include "core/i18n/translate.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <regex>
#include <span>
#include <string_view>

namespace podium {

namespace {

// One sentence shape CLI11 2.1 writes, and our message for it: the regex's groups fill the
// message's {0}, {1}… in order (the English message is CLI11's sentence itself).
struct Shape {
    const char* pattern;
    const char* message;
};

// Marked for xgettext with N_() and translated when used.
constexpr Shape argument_mismatch[] = {
    {R"(^(.+): (\d+) required (\S+) missing$)", N_("{0}: {1} required {2} missing")},
    {R"(^Expected exactly (\d+) arguments to (.+), got (\d+)$)", N_("Expected exactly {0} arguments to {1}, got {2}")},
    {R"(^Expected at least (\d+) arguments to (.+), got (\d+)$)", N_("Expected at least {0} arguments to {1}, got {2}")},
    {R"(^(.+): At least (\d+) required but received (\d+)$)", N_("{0}: At least {1} required but received {2}")},
    {R"(^(.+): At Most (\d+) required but received (\d+)$)", N_("{0}: At Most {1} required but received {2}")},
    {R"(^(.+) was given a disallowed flag override$)", N_("{} was given a disallowed flag override")},
};
constexpr Shape conversion[] = {
    {R"(^The value (.+) is not an allowed value for (.+)$)", N_("The value {0} is not an allowed value for {1}")},
    {R"(^Could not convert: (.+?) = (.*)$)", N_("Could not convert: {0} = {1}")},
    {R"(^(.+): too many inputs for a flag$)", N_("{}: too many inputs for a flag")},
    {R"(^(.+): Should be true/false or a number$)", N_("{}: Should be true/false or a number")},
};
// A ValidationError is "NAME: " and then what the validator said.
constexpr Shape validation[] = {
    {R"(^(.+?): (.+) not in (\{.*\})$)", N_("{0}: {1} not in {2}")},
    {R"(^(.+?): Value (.+) could not be converted$)", N_("{0}: Value {1} could not be converted")},
    {R"(^(.+?): File does not exist: (.+)$)", N_("{0}: File does not exist: {1}")},
    {R"(^(.+?): File is actually a directory: (.+)$)", N_("{0}: File is actually a directory: {1}")},
    {R"(^(.+?): Directory does not exist: (.+)$)", N_("{0}: Directory does not exist: {1}")},
    {R"(^(.+?): Directory is actually a file: (.+)$)", N_("{0}: Directory is actually a file: {1}")},
    {R"(^(.+?): Path does not exist: (.+)$)", N_("{0}: Path does not exist: {1}")},
    {R"(^(.+?): Path already exists: (.+)$)", N_("{0}: Path already exists: {1}")},
};
constexpr Shape required[] = {
    {R"(^A subcommand is required$)", N_("A subcommand is required")},
    {R"(^(.+) is required$)", N_("{} is required")},
};
constexpr Shape requires_other[] = {{R"(^(.+?) requires (.+)$)", N_("{0} requires {1}")}};
constexpr Shape excludes_other[] = {{R"(^(.+?) excludes (.+)$)", N_("{0} excludes {1}")}};

[[nodiscard]] std::string filled(const char* message, const std::smatch& match)
{
    const std::string pattern = _(message);
    switch (match.size()) {
    case 1: return pattern;
    case 2: return fill_in(pattern, match.str(1));
    case 3: return fill_in(pattern, match.str(1), match.str(2));
    default: return fill_in(pattern, match.str(1), match.str(2), match.str(3));
    }
}

[[nodiscard]] std::optional<std::string> matched(std::span<const Shape> shapes, const std::string& sentence)
{
    for (const Shape& shape : shapes) {
        std::smatch match;
        if (std::regex_match(sentence, match, std::regex(shape.pattern))) {
            return filled(shape.message, match);
        }
    }
    return std::nullopt;
}

// "0.000000" → "0", "80.500000" → "80.5": std::to_string's six decimals of a double bound.
[[nodiscard]] std::string plain_number(std::string number)
{
    if (number.find('.') != std::string::npos) {
        number.erase(number.find_last_not_of('0') + 1);
        if (number.back() == '.') {
            number.pop_back();
        }
    }
    return number;
}

// CLI::Range's "Value X not in range MIN to MAX". PositiveNumber and NonNegativeNumber are ranges
// up to the largest double, written out in 309 digits: said as what they mean instead.
[[nodiscard]] std::optional<std::string> range_text(const std::string& sentence)
{
    std::smatch match;
    if (!std::regex_match(sentence, match, std::regex(R"(^(.+?): Value (.+) not in range (\S+) to (\S+)$)"))) {
        return std::nullopt;
    }
    const std::string name = match.str(1);
    const std::string value = match.str(2);
    const std::string low = plain_number(match.str(3));
    const std::string high = plain_number(match.str(4));
    if (std::strtod(high.c_str(), nullptr) >= 1e300) {
        // Both bounds print as "0" (PositiveNumber's is the smallest double): the value tells
        // which was broken, since 0 passes NonNegativeNumber.
        char* end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        if (end == value.c_str() || *end != '\0') {
            return fill_in(_("{0}: Value {1} is not a number"), name, value);
        }
        return number < 0 ? fill_in(_("{0}: Value {1} is negative"), name, value)
                          : fill_in(_("{0}: Value {1} is not a positive number"), name, value);
    }
    return fill_in(_("{0}: Value {1} not in range {2} to {3}"), name, value, low, high);
}

// The arguments listed after CLI11's "…not expected: ", which it joins reversed, put back in order.
[[nodiscard]] std::vector<std::string> listed_extras(const std::string& sentence)
{
    std::vector<std::string> words;
    const auto colon = sentence.find(": ");
    if (colon == std::string::npos) {
        return words;
    }
    std::string_view rest = std::string_view(sentence).substr(colon + 2);
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        words.emplace_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    std::reverse(words.begin(), words.end());
    return words;
}

[[nodiscard]] std::string extras_text(const std::string& sentence, const std::vector<std::string>& given)
{
    const std::vector<std::string> extras = given.empty() ? listed_extras(sentence) : given;
    std::string joined;
    for (const std::string& extra : extras) {
        joined += (joined.empty() ? "" : " ") + extra;
    }
    return fill_in(n_("The following argument was not expected: {}", "The following arguments were not expected: {}",
                       extras.size()),
        joined);
}

template <typename Type>
[[nodiscard]] bool is(const CLI::ParseError& error)
{
    return dynamic_cast<const Type*>(&error) != nullptr;
}

[[nodiscard]] std::optional<std::string> known_text(const CLI::ParseError& error, const std::vector<std::string>& extras)
{
    const std::string sentence = error.what();
    if (is<CLI::ExtrasError>(error)) {
        return extras_text(sentence, extras);
    }
    if (is<CLI::ArgumentMismatch>(error)) {
        return matched(argument_mismatch, sentence);
    }
    if (is<CLI::ConversionError>(error)) {
        return matched(conversion, sentence);
    }
    if (is<CLI::ValidationError>(error)) {
        if (auto text = range_text(sentence)) {
            return text;
        }
        return matched(validation, sentence);
    }
    if (is<CLI::RequiredError>(error)) {
        return matched(required, sentence);
    }
    if (is<CLI::RequiresError>(error)) {
        return matched(requires_other, sentence);
    }
    if (is<CLI::ExcludesError>(error)) {
        return matched(excludes_other, sentence);
    }
    return std::nullopt;
}

} // namespace

std::string parse_error_text(const CLI::ParseError& error, const std::vector<std::string>& extras)
{
    if (auto text = known_text(error, extras)) {
        return *text;
    }
    // A sentence this file does not know (a newer CLI11, a rare shape): CLI11's English, which
    // English output keeps as it is and a translation introduces in its own words.
    if (current_language() == Language::English) {
        return error.what();
    }
    return fill_in(_("the command line is not right: {}"), error.what());
}

} // namespace podium
