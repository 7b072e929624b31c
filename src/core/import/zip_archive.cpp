// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/zip_archive.hpp"

#include "core/i18n/translate.hpp"

#include <array>

namespace podium {

namespace {

constexpr std::size_t kChunk = 64 * 1024;

std::string mebibytes(std::size_t bytes) { return fill_in(_("{} MiB"), std::to_string(bytes / (1024 * 1024))); }

struct ZipError {
    zip_error_t error{};
    ZipError() { zip_error_init(&error); }
    ~ZipError() { zip_error_fini(&error); }
    ZipError(const ZipError&) = delete;
    ZipError& operator=(const ZipError&) = delete;
};

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

} // namespace

ZipArchive::Opened ZipArchive::open(std::string_view bytes, std::size_t inflate_budget)
{
    ZipError error;
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error.error);
    if (source == nullptr) {
        return {std::nullopt, std::string("cannot read the zip archive: ") + zip_error_strerror(&error.error)};
    }
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error.error);
    if (zip == nullptr) {
        zip_source_free(source); // still ours when opening fails
        if (zip_error_code_zip(&error.error) == ZIP_ER_NOZIP) {
            return {std::nullopt, "not a zip archive"};
        }
        return {std::nullopt, std::string("damaged zip archive (") + zip_error_strerror(&error.error) + ")"};
    }
    return {ZipArchive(zip, inflate_budget), {}};
}

bool ZipArchive::has(std::string_view name) const
{
    return zip_name_locate(m_zip.get(), std::string(name).c_str(), 0) >= 0;
}

bool ZipArchive::any_encrypted() const
{
    const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip.get(), static_cast<zip_uint64_t>(i), 0, &stat) == 0
            && (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
            return true;
        }
    }
    return false;
}

std::optional<std::string> ZipArchive::read(std::string_view name)
{
    const std::string entry(name);
    const zip_int64_t index = zip_name_locate(m_zip.get(), entry.c_str(), 0);
    if (index < 0) {
        m_error = fill_in(_("{} is missing"), entry);
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
        m_error = fill_in(_("damaged zip archive: cannot read {}"), entry);
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
        m_error = fill_in(_("{} is encrypted with a password"), entry);
        return std::nullopt;
    }
    const std::size_t left = m_inflated >= m_budget ? 0 : m_budget - m_inflated;
    const std::string over = entry + " inflates past Podium's limit of " + mebibytes(m_budget)
        + " (a damaged file or a zip bomb)";
    // The declared size is checked first (a cheap early stop), but never trusted: the count
    // below is what holds.
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > left) {
        m_error = over;
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        m_error = fill_in(_("cannot open {} in the zip archive: {}"), entry, zip_strerror(m_zip.get()));
        return std::nullopt;
    }
    std::string bytes;
    if ((stat.valid & ZIP_STAT_SIZE) != 0) {
        bytes.reserve(static_cast<std::size_t>(stat.size));
    }
    std::array<char, kChunk> chunk{};
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
        if (got < 0) {
            m_error = fill_in(_("damaged zip archive: cannot inflate {} ({})"), entry, zip_file_strerror(file.get()));
            return std::nullopt;
        }
        if (got == 0) {
            break;
        }
        m_inflated += static_cast<std::size_t>(got);
        if (m_inflated > m_budget) {
            m_error = over;
            return std::nullopt;
        }
        bytes.append(chunk.data(), static_cast<std::size_t>(got));
    }
    return bytes;
}

} // namespace podium
