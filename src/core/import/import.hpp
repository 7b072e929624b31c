// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/script/script.hpp"
#include "core/text/load.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace podium {

// The file formats Podium reads a speech from.
enum class DocumentFormat { PlainText, Markdown, Docx, Odt, Pptx };

// "plain text", "Markdown", "Word document (.docx)", "OpenDocument text (.odt)",
// "PowerPoint speaker notes (.pptx)": what `podium outline` prints.
[[nodiscard]] const char* to_string(DocumentFormat format);
// "text", "markdown", "docx", "odt", "pptx": for JSON.
[[nodiscard]] const char* to_key(DocumentFormat format);

// By extension: .md/.markdown, .docx/.docm/.dotx/.dotm, .odt/.ott, .pptx/.pptm/.ppsx, and
// plain text for anything else (.doc is checked by its bytes).
[[nodiscard]] DocumentFormat format_for_document(const std::filesystem::path& path);

// A speech ready for build_script, the format it was read as, and for text files the
// encoding; or a one-line error (without the file name).
struct ImportedDocument {
    ScriptSource source;
    DocumentFormat format = DocumentFormat::PlainText;
    SourceEncoding encoding = SourceEncoding::Utf8;
    std::string error;
    [[nodiscard]] bool ok() const { return error.empty(); }
};

// Imports file bytes read as `format`. Whatever the format, an OLE compound file (old binary
// .doc/.ppt, or a password-protected Office file, which is an OLE file holding an
// EncryptedPackage) is refused with what to do. Zip entries may inflate to at most
// `max_inflated` bytes in all: a zip bomb stops there.
[[nodiscard]] ImportedDocument import_bytes(std::string_view bytes, DocumentFormat format,
    std::size_t max_inflated = kMaxScriptBytes);

// Reads the file (read-only) and imports it as its extension says; errors name the path.
[[nodiscard]] ImportedDocument import_document(const std::filesystem::path& path,
    std::size_t max_inflated = kMaxScriptBytes);

} // namespace podium
