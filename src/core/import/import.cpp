// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/import.hpp"

#include "core/import/docx_import.hpp"
#include "core/import/markdown.hpp"
#include "core/import/odt_import.hpp"
#include "core/import/pptx_import.hpp"
#include "core/import/zip_archive.hpp"

#include <algorithm>
#include <cctype>

namespace podium {

namespace {

constexpr std::string_view kOleSignature{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};

// OLE compound files name their streams in UTF-16LE in the directory; a byte search for
// a stream's name tells the kinds apart without reading the file's structure.
bool has_stream_name(std::string_view bytes, std::string_view ascii_name)
{
    std::string utf16;
    for (const char c : ascii_name) {
        utf16.push_back(c);
        utf16.push_back('\0');
    }
    return bytes.find(utf16) != std::string_view::npos;
}

std::string ole_message(std::string_view bytes, DocumentFormat format)
{
    if (has_stream_name(bytes, "EncryptedPackage")) {
        // The encrypted package does not say what it holds; the file's extension does.
        if (format == DocumentFormat::Pptx) {
            return "the presentation is encrypted with a password: open it in PowerPoint or WPS, remove the password "
                   "(File › Info › Protect Presentation › Encrypt with Password, clear it), save, and try again";
        }
        return "the document is encrypted with a password: open it in Word or WPS, remove the password "
               "(File › Info › Protect Document › Encrypt with Password, clear it), save, and try again";
    }
    if (has_stream_name(bytes, "PowerPoint Document")) {
        return "an old binary PowerPoint file (.ppt): Podium reads .pptx: save it as .pptx and try again";
    }
    if (has_stream_name(bytes, "WordDocument")) {
        return "an old binary Word document (.doc): Podium reads .docx: save it as .docx (File › Save As › "
               "Word Document) and try again";
    }
    return "an old binary Office file (OLE compound file): save it as .docx, .odt or plain text and try again";
}

ImportedDocument failure(DocumentFormat format, std::string message)
{
    ImportedDocument document;
    document.format = format;
    document.error = std::move(message);
    return document;
}

ImportedDocument import_package(std::string_view bytes, DocumentFormat format, std::size_t max_inflated)
{
    const char* kind = format == DocumentFormat::Docx ? ".docx" : format == DocumentFormat::Odt ? ".odt" : ".pptx";
    if (bytes.starts_with("{\\rtf")) {
        return failure(format, std::string("an RTF file, not a ") + kind + ": save it as .docx and try again");
    }
    ZipArchive::Opened opened = ZipArchive::open(bytes, max_inflated);
    if (!opened.archive) {
        if (opened.error == "not a zip archive") {
            return failure(format, std::string("not a ") + kind + " file: it is not a zip archive, as every " + kind
                + " is (a renamed file, or a damaged one)");
        }
        return failure(format, opened.error);
    }
    ZipArchive& archive = *opened.archive;
    if (archive.any_encrypted()) {
        return failure(format, "the archive is encrypted with a zip password: Podium does not open encrypted files; "
                               "save a copy without a password");
    }
    ImportResult result = format == DocumentFormat::Docx ? import_docx(archive)
        : format == DocumentFormat::Odt                  ? import_odt(archive)
                                                         : import_pptx(archive);
    if (!result.ok()) {
        return failure(format, std::move(result.error));
    }
    ImportedDocument document;
    document.format = format;
    document.source = std::move(result.source);
    if (document.source.text.find_first_not_of(" \n") == std::string::npos) {
        if (result.too_deep) {
            return failure(format, "no text read: the document's text is nested more than "
                    + std::to_string(kMaxImportDepth) + " elements deep, deeper than Word or LibreOffice ever write "
                    "(a damaged or hostile file)");
        }
        return failure(format, "no text: the document is empty");
    }
    return document;
}

} // namespace

const char* to_string(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText: return "plain text";
    case DocumentFormat::Markdown: return "Markdown";
    case DocumentFormat::Docx: return "Word document (.docx)";
    case DocumentFormat::Odt: return "OpenDocument text (.odt)";
    case DocumentFormat::Pptx: return "PowerPoint speaker notes (.pptx)";
    }
    return "plain text";
}

const char* to_key(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText: return "text";
    case DocumentFormat::Markdown: return "markdown";
    case DocumentFormat::Docx: return "docx";
    case DocumentFormat::Odt: return "odt";
    case DocumentFormat::Pptx: return "pptx";
    }
    return "text";
}

DocumentFormat format_for_document(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".md" || extension == ".markdown") {
        return DocumentFormat::Markdown;
    }
    if (extension == ".docx" || extension == ".docm" || extension == ".dotx" || extension == ".dotm") {
        return DocumentFormat::Docx;
    }
    if (extension == ".odt" || extension == ".ott") {
        return DocumentFormat::Odt;
    }
    if (extension == ".pptx" || extension == ".pptm" || extension == ".ppsx") {
        return DocumentFormat::Pptx;
    }
    return DocumentFormat::PlainText;
}

ImportedDocument import_bytes(std::string_view bytes, DocumentFormat format, std::size_t max_inflated)
{
    if (bytes.starts_with(kOleSignature)) {
        return failure(format, ole_message(bytes, format));
    }
    if (format == DocumentFormat::Docx || format == DocumentFormat::Odt || format == DocumentFormat::Pptx) {
        return import_package(bytes, format, max_inflated);
    }
    LoadResult decoded = decode_text(bytes);
    if (!decoded.ok()) {
        return failure(format, std::move(decoded.error));
    }
    ImportedDocument document;
    document.format = format;
    document.encoding = decoded.encoding;
    if (format == DocumentFormat::Markdown) {
        document.source = parse_markdown(std::move(decoded.text));
    } else {
        document.source.text = std::move(decoded.text);
    }
    return document;
}

ImportedDocument import_document(const std::filesystem::path& path, std::size_t max_inflated)
{
    DocumentFormat format = format_for_document(path);
    FileBytes file = read_file_bytes(path);
    if (!file.ok()) {
        return failure(format, std::move(file.error));
    }
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    // A .doc that is really a .docx (renamed, or saved so by WPS) is read as one.
    if ((extension == ".doc" || extension == ".wps") && file.bytes.starts_with("PK\x03\x04")) {
        format = DocumentFormat::Docx;
    }
    ImportedDocument document = import_bytes(file.bytes, format, max_inflated);
    if (!document.ok()) {
        document.error = path.string() + ": " + document.error;
    }
    return document;
}

} // namespace podium
