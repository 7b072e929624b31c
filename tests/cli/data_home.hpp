// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A private XDG_DATA_HOME, so `--record` never touches the user's rehearsals; restored when it goes.
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

namespace podium::testing {

class DataHome {
public:
    explicit DataHome(const std::filesystem::path& path)
    {
        if (const char* old = std::getenv("XDG_DATA_HOME")) {
            m_old = old;
        }
        ::setenv("XDG_DATA_HOME", path.c_str(), 1);
    }
    ~DataHome()
    {
        if (m_old) {
            ::setenv("XDG_DATA_HOME", m_old->c_str(), 1);
        } else {
            ::unsetenv("XDG_DATA_HOME");
        }
    }
    DataHome(const DataHome&) = delete;
    DataHome& operator=(const DataHome&) = delete;

private:
    std::optional<std::string> m_old;
};

} // namespace podium::testing
