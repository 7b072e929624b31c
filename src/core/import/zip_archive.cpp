// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/zip_archive.hpp"

#include "core/i18n/translate.hpp"

#include <array>
#include <cstdint>
#include <string>

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

// Why an entry could not be inflated, in words about the file rather than libzip's codes
// ("No such file" is what a size that disagrees with the data gives).
std::string damage(zip_file_t* file)
{
    zip_error_t* error = zip_file_get_error(file);
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_CRC: return _("is corrupt (its checksum does not match its contents)");
    case ZIP_ER_INCONS:
    case ZIP_ER_NOENT:
    case ZIP_ER_EOF: return _("is damaged (its recorded size does not match its data)");
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA: return _("is damaged (its compressed data cannot be inflated)");
    default: return fill_in(_("cannot be inflated ({})"), zip_error_strerror(error));
    }
}

} // namespace

ZipArchive::Opened ZipArchive::open(std::string_view bytes, std::size_t inflate_budget)
{
    ZipError error;
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error.error);
    if (source == nullptr) {
        return {std::nullopt, fill_in(_("cannot read the zip archive: {}"), zip_error_strerror(&error.error))};
    }
    // Not ZIP_CHECKCONS: it refuses files Word, unzip and Python read (bytes after the end
    // record, local-header times that differ from the central directory's). What matters for
    // safety is checked here and in read(): the entries fit in the file without overlapping,
    // every inflated byte counts against the budget, and libzip checks each entry's size and
    // CRC when it is read to the end.
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error.error);
    if (zip == nullptr) {
        zip_source_free(source); // still ours when opening fails
        if (zip_error_code_zip(&error.error) == ZIP_ER_NOZIP) {
            return {std::nullopt, "not a zip archive"}; // import_package() says it in the user's words
        }
        return {std::nullopt, fill_in(_("damaged zip archive ({})"), zip_error_strerror(&error.error))};
    }
    ZipArchive archive(zip, inflate_budget);
    if (!archive.entries_fit(bytes.size())) {
        return {std::nullopt, _("damaged zip archive: its entries claim more bytes than the file holds (overlapping "
                                "entries: a zip bomb or a damaged file)")};
    }
    return {std::move(archive), {}};
}

bool ZipArchive::entries_fit(std::size_t archive_size) const
{
    // Every entry needs its 30-byte local header, its name and its compressed data, and
    // entries that do not overlap cannot together need more than the file's size. Entries
    // that share their data (the "non-recursive" zip bomb) fail this.
    constexpr std::uint64_t kLocalHeader = 30;
    const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
    std::uint64_t needed = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0) {
            continue;
        }
        needed += kLocalHeader;
        if ((stat.valid & ZIP_STAT_NAME) != 0 && stat.name != nullptr) {
            needed += std::char_traits<char>::length(stat.name);
        }
        if ((stat.valid & ZIP_STAT_COMP_SIZE) != 0) {
            if (stat.comp_size > archive_size) {
                return false;
            }
            needed += stat.comp_size;
        }
        if (needed > archive_size) {
            return false;
        }
    }
    return true;
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
    std::string bytes;
    // Room for the declared size when it is within the budget (the budget, not the header,
    // bounds what is reserved).
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip.get(), std::string(name).c_str(), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0
        && m_inflated <= m_budget && stat.size <= m_budget - m_inflated) {
        bytes.reserve(static_cast<std::size_t>(stat.size));
    }
    const bool read_whole = read(name, [&bytes](std::string_view chunk) {
        bytes.append(chunk);
        return true;
    });
    if (!read_whole) {
        return std::nullopt;
    }
    return bytes;
}

bool ZipArchive::read(std::string_view name, const Sink& sink)
{
    m_error.clear();
    const std::string entry(name);
    const zip_int64_t index = zip_name_locate(m_zip.get(), entry.c_str(), 0);
    if (index < 0) {
        m_error = fill_in(_("{} is missing"), entry);
        return false;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
        m_error = fill_in(_("damaged zip archive: cannot read {}"), entry);
        return false;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
        m_error = fill_in(_("{} is encrypted with a password"), entry);
        return false;
    }
    const std::size_t left = m_inflated >= m_budget ? 0 : m_budget - m_inflated;
    const std::string over
        = fill_in(_("{0} inflates past Podium's limit of {1} (a damaged file or a zip bomb)"), entry, mebibytes(m_budget));
    // The declared size is checked first (a cheap early stop), but never trusted: the count
    // below is what holds.
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > left) {
        m_error = over;
        return false;
    }
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_zip.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        m_error = fill_in(_("cannot open {} in the zip archive: {}"), entry, zip_strerror(m_zip.get()));
        return false;
    }
    std::size_t size = 0;
    std::array<char, kChunk> chunk{};
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
        if (got < 0) {
            m_error = fill_in(_("damaged zip archive: {} {}"), entry, damage(file.get()));
            return false;
        }
        if (got == 0) {
            break;
        }
        m_inflated += static_cast<std::size_t>(got);
        if (m_inflated > m_budget) {
            m_error = over;
            return false;
        }
        size += static_cast<std::size_t>(got);
        if (!sink(std::string_view(chunk.data(), static_cast<std::size_t>(got)))) {
            return false;
        }
    }
    // libzip checks the CRC of what it inflated, not that it is as long as recorded: a size
    // patched in the headers is damage (or an attempt to slip past the declared-size check).
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && size != stat.size) {
        m_error = fill_in(_("damaged zip archive: {} is damaged (its recorded size, {} bytes, does not match its data, {} bytes)"), entry, std::to_string(stat.size), std::to_string(size));
        return false;
    }
    return true;
}

} // namespace podium
