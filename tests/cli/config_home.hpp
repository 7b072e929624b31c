// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A private XDG_CONFIG_HOME for a test, so the user's real config and voice presets never leak
// in; restored when it goes.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>

namespace podium::testing {

class ConfigHome {
public:
    ConfigHome()
    {
        std::random_device random;
        m_dir = std::filesystem::temp_directory_path() / ("podium-estimate-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_dir / "podium");
        if (const char* old = std::getenv("XDG_CONFIG_HOME")) {
            m_old = old;
        }
        setenv("XDG_CONFIG_HOME", m_dir.c_str(), 1);
    }
    ~ConfigHome()
    {
        if (m_old) {
            setenv("XDG_CONFIG_HOME", m_old->c_str(), 1);
        } else {
            unsetenv("XDG_CONFIG_HOME");
        }
        std::filesystem::remove_all(m_dir);
    }
    ConfigHome(const ConfigHome&) = delete;
    ConfigHome& operator=(const ConfigHome&) = delete;

    void write_config(const std::string& contents) const { std::ofstream(m_dir / "podium" / "config.json") << contents; }
    [[nodiscard]] std::string write_speech(const std::string& name, const std::string& contents) const
    {
        const auto path = m_dir / name;
        std::ofstream(path, std::ios::binary) << contents;
        return path.string();
    }

private:
    std::filesystem::path m_dir;
    std::optional<std::string> m_old;
};

} // namespace podium::testing
