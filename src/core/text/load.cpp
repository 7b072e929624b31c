#include "core/text/load.hpp"

#include "core/text/utf8.hpp"

#include <fstream>
#include <sstream>

namespace podium {

const char* to_string(SourceEncoding encoding)
{
    switch (encoding) {
    case SourceEncoding::Utf8: return "UTF-8";
    case SourceEncoding::Utf8WithBom: return "UTF-8 (BOM)";
    case SourceEncoding::Utf16LE: return "UTF-16LE";
    case SourceEncoding::Utf16BE: return "UTF-16BE";
    case SourceEncoding::Gb18030: return "GB18030";
    }
    return "unknown";
}

// Interim implementation (UTF-8 only); the loader issue replaces it.
LoadResult decode_text(std::string_view bytes)
{
    LoadResult result;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        result.encoding = SourceEncoding::Utf8WithBom;
    }
    if (const auto bad = utf8::first_invalid(bytes); bad != std::string_view::npos) {
        result.error = "invalid UTF-8 at byte " + std::to_string(bad);
        return result;
    }
    result.text.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\r') {
            result.text.push_back('\n');
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') {
                ++i;
            }
        } else {
            result.text.push_back(bytes[i]);
        }
    }
    return result;
}

LoadResult load_text_file(const std::filesystem::path& path, std::size_t max_bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        LoadResult failure;
        failure.error = path.string() + ": cannot open file";
        return failure;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    if (bytes.size() > max_bytes) {
        LoadResult failure;
        failure.error = path.string() + ": file too large";
        return failure;
    }
    LoadResult result = decode_text(bytes);
    if (!result.ok()) {
        result.error = path.string() + ": " + result.error;
    }
    return result;
}

} // namespace podium
