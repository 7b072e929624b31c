// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomic_file.hpp"

#include "core/i18n/translate.hpp"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace podium {

namespace {

// Owns a POSIX file descriptor; closing never throws.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() { close(); }
    [[nodiscard]] int get() const { return m_fd; }
    bool close()
    {
        if (m_fd < 0) {
            return true;
        }
        const bool ok = ::close(m_fd) == 0;
        m_fd = -1;
        return ok;
    }

private:
    int m_fd;
};

std::string system_error(const std::filesystem::path& path, const char* what)
{
    return path.string() + ": " + what + ": " + std::strerror(errno);
}

bool write_all(int fd, std::string_view contents)
{
    while (!contents.empty()) {
        const ssize_t written = ::write(fd, contents.data(), contents.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        contents.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// A writer killed between mkstemp and rename (power loss, SIGKILL) leaves its temporary
// behind. Only this target's own temporaries are touched, and only old ones: a live writer's
// temporary exists for milliseconds, so one older than this is certainly abandoned.
constexpr auto kAbandonedAfter = std::chrono::minutes(10);

void remove_abandoned_temporaries(const std::filesystem::path& directory, const std::filesystem::path& path)
{
    const std::string prefix = "." + path.filename().string() + ".tmp-";
    const auto now = std::filesystem::file_time_type::clock::now();
    std::error_code error;
    for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + 6 || !name.starts_with(prefix) || !it->is_regular_file(error)) {
            continue;
        }
        const auto written = it->last_write_time(error);
        if (!error && now - written > kAbandonedAfter) {
            std::filesystem::remove(it->path(), error);
        }
        error.clear();
    }
}

} // namespace

std::string write_file_atomically(const std::filesystem::path& path, std::string_view contents)
{
    std::error_code error;
    const std::filesystem::path directory = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::filesystem::create_directories(directory, error);
    if (error) {
        return fill_in(_("{0}: cannot create directory: {1}"), directory.string(), error.message());
    }
    // mkstemp gives a unique name, so two writers never share a temporary file.
    std::string temporary = (directory / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
    FileDescriptor fd(::mkstemp(temporary.data()));
    if (fd.get() < 0) {
        return system_error(temporary, _("cannot create temporary file"));
    }
    ::fchmod(fd.get(), 0644);
    if (!write_all(fd.get(), contents) || ::fsync(fd.get()) != 0) {
        const std::string message = system_error(temporary, _("cannot write"));
        ::unlink(temporary.c_str());
        return message;
    }
    if (!fd.close()) {
        const std::string message = system_error(temporary, _("cannot close"));
        ::unlink(temporary.c_str());
        return message;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string message = system_error(path, _("cannot replace"));
        ::unlink(temporary.c_str());
        return message;
    }
    // Make the rename itself durable.
    FileDescriptor directory_fd(::open(directory.c_str(), O_RDONLY | O_DIRECTORY));
    if (directory_fd.get() >= 0) {
        ::fsync(directory_fd.get());
    }
    remove_abandoned_temporaries(directory, path);
    return {};
}

bool read_whole_file(const std::filesystem::path& path, std::string& contents)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return false;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    contents = buffer.str();
    return !in.bad();
}

} // namespace podium
