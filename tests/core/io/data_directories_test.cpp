// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/data_directories.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <string>

using namespace podium;

namespace {

// A throw-away folder under the system temp dir, removed with everything in it.
struct TempTree {
    std::filesystem::path root;
    TempTree()
    {
        std::random_device device;
        root = std::filesystem::temp_directory_path() / ("podium-data-test-" + std::to_string(device()));
        std::filesystem::create_directories(root);
    }
    ~TempTree()
    {
        std::error_code error;
        std::filesystem::remove_all(root, error);
    }
    TempTree(const TempTree&) = delete;
    TempTree& operator=(const TempTree&) = delete;

    std::filesystem::path make(const std::filesystem::path& relative) const
    {
        std::filesystem::create_directories(root / relative);
        return root / relative;
    }
    std::filesystem::path file(const std::filesystem::path& relative) const
    {
        std::filesystem::create_directories((root / relative).parent_path());
        std::ofstream(root / relative) << "x";
        return root / relative;
    }
};

} // namespace

TEST_CASE("an installed executable finds its data in ../share/podium under any prefix")
{
    const TempTree tree;
    const auto executable = tree.file("opt/podium/bin/podium");
    const auto voices = tree.make("opt/podium/share/podium/voices");
    const auto roots = data_roots(executable, std::nullopt);
    REQUIRE(roots.size() == 2);
    CHECK(roots[0] == tree.root / "opt/podium/bin");
    CHECK(roots[1] == tree.root / "opt/podium/share/podium");
    CHECK(existing_data_directories("voices", roots) == std::vector{voices});
    CHECK(existing_data_directories("fonts", roots).empty());
}

TEST_CASE("running from the build tree falls back to the source tree it was built from")
{
    const TempTree tree;
    const BuildTree build{tree.root / "src/build", tree.root / "src"};
    const auto executable = tree.file("src/build/podium");
    const auto voices = tree.make("src/voices");
    const auto samples = tree.make("src/docs/samples");
    const auto roots = data_roots(executable, build);
    REQUIRE(roots.size() == 3);
    CHECK(roots[2] == tree.root / "src");
    CHECK(existing_data_directories("voices", roots) == std::vector{voices});
    CHECK(existing_data_directories("samples", roots) == std::vector{samples});
    // Test binaries live deeper in the build tree and still count as inside it.
    CHECK(data_roots(tree.file("src/build/tests/podium_core_tests"), build).size() == 3);
}

TEST_CASE("a copy outside the build tree never reads the source tree it was built from")
{
    const TempTree tree;
    const BuildTree build{tree.root / "src/build", tree.root / "src"};
    tree.make("src/voices");
    const auto installed = tree.file("usr/bin/podium");
    CHECK(existing_data_directories("voices", data_roots(installed, build)).empty());
    // A sibling folder whose name merely starts with the build folder's is not inside it.
    CHECK(data_roots(tree.file("src/build-asan/podium"), build).size() == 2);
}

TEST_CASE("an installed tree comes before the source tree, and a copy beside the binary before both")
{
    const TempTree tree;
    const BuildTree build{tree.root / "src/build", tree.root / "src"};
    const auto executable = tree.file("src/build/bin/podium");
    const auto beside = tree.make("src/build/bin/fonts");
    const auto installed = tree.make("src/build/share/podium/fonts");
    const auto source = tree.make("src/fonts");
    CHECK(existing_data_directories("fonts", data_roots(executable, build))
        == std::vector{beside, installed, source});
}

TEST_CASE("without a known executable there is no bundled data, and nothing throws")
{
    CHECK(data_roots(std::nullopt, BuildTree{"/b", "/s"}).empty());
    CHECK(data_roots(std::filesystem::path(), std::nullopt).empty());
    CHECK(existing_data_directories("voices", {}).empty());
}

TEST_CASE("the running test binary is found and lies inside the build tree it was compiled in")
{
    const auto executable = running_executable();
    REQUIRE(executable);
    CHECK(executable->is_absolute());
    const auto roots = data_roots(executable, compiled_build_tree());
    REQUIRE(roots.size() == 3);
    CHECK(std::filesystem::is_directory(roots.back() / "voices"));
}
