// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the import tests: a temporary directory, zip archives written with libzip (for
// the bad-input cases), pandoc conversions made at test time, and the committed fixtures.
#include "core/import/import.hpp"
#include "core/script/script.hpp"
#include "core/temp_dir.hpp"

#include <zip.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace podium::test {

using ImportTempDir = podium::testing::TempDir;

inline std::string read_bytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct ZipEntry {
    std::string name;
    std::string bytes;
};

// Writes a zip with libzip; `password` encrypts every entry (AES-256).
inline std::filesystem::path write_zip(const std::filesystem::path& path, const std::vector<ZipEntry>& entries,
    const char* password = nullptr)
{
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (zip == nullptr) {
        return {};
    }
    for (const ZipEntry& entry : entries) {
        zip_source_t* source = zip_source_buffer(zip, entry.bytes.data(), entry.bytes.size(), 0);
        const zip_int64_t index = zip_file_add(zip, entry.name.c_str(), source, ZIP_FL_OVERWRITE);
        if (password != nullptr && index >= 0) {
            zip_file_set_encryption(zip, static_cast<zip_uint64_t>(index), ZIP_EM_AES_256, password);
        }
    }
    zip_close(zip); // writes the buffers, which are still alive here
    return path;
}

inline std::filesystem::path fixture(const std::string& name)
{
    return std::filesystem::path(PODIUM_SOURCE_DIR) / "tests" / "import" / "fixtures" / name;
}

inline bool have_pandoc() { return std::system("pandoc --version >/dev/null 2>&1") == 0; }

// pandoc FROM → TO; false when pandoc failed.
inline bool pandoc(const std::string& from, const std::filesystem::path& in, const std::filesystem::path& out)
{
    const std::string command = "pandoc -f " + from + " -o '" + out.string() + "' '" + in.string() + "' 2>/dev/null";
    return std::system(command.c_str()) == 0;
}

// A plain-text speech as HTML with one <p> per line, so pandoc keeps every line a paragraph
// and reads nothing into it (its Markdown reader would turn ** and 1. into syntax).
inline std::string text_as_html(std::string_view text)
{
    std::string html = "<html><body>\n";
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        html += "<p>";
        for (const char c : text.substr(begin, end - begin)) {
            html += c == '<' ? std::string("&lt;") : c == '>' ? std::string("&gt;") : c == '&' ? std::string("&amp;") : std::string(1, c);
        }
        html += "</p>\n";
        begin = end + 1;
    }
    return html + "</body></html>\n";
}

// Converts a .txt or .md speech with pandoc to `extension` (".docx", ".odt") in `dir`.
// Markdown keeps Podium's reading of a line break (hard_line_breaks) and its quotes (-smart).
inline std::optional<std::filesystem::path> convert(const std::filesystem::path& source, const std::string& extension,
    const ImportTempDir& dir)
{
    const std::filesystem::path out = dir.path() / (source.stem().string() + extension);
    if (source.extension() == ".md") {
        if (!pandoc("markdown-smart+hard_line_breaks", source, out)) {
            return std::nullopt;
        }
    } else {
        const std::filesystem::path html = dir.write(source.stem().string() + ".html", text_as_html(read_bytes(source)));
        if (!pandoc("html", html, out)) {
            return std::nullopt;
        }
    }
    return out;
}

// The WordprocessingML namespace declaration, and a document part holding `body`.
inline const std::string kWordNamespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
inline std::string word_document_xml(const std::string& body, const std::string& prolog = "")
{
    return "<?xml version=\"1.0\"?>" + prolog + "<w:document " + kWordNamespace + "><w:body>" + body + "</w:body></w:document>";
}

inline bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

inline Script load(const std::filesystem::path& path)
{
    ImportedDocument document = import_document(path);
    return build_script(std::move(document.source));
}

} // namespace podium::test
