// SPDX-License-Identifier: GPL-3.0-or-later
// --remote on the prompter's own screen: the "phone" badge, and the key that revokes the phones.
#include "display/display_fixture.hpp"
#include "display/operator_layout.hpp"
#include "display/remote_keys.hpp"

#include <catch2/catch.hpp>

using namespace podium;

namespace {

// Pixels in the top-right corner, under the status strip, brighter than the background.
int amber_pixels(const FrameImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height / 6; ++y) {
        for (int x = image.width * 3 / 4; x < image.width; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            count += (p[0] > 200 && p[1] > 140 && p[1] < 210 && p[2] < 80) ? 1 : 0;
        }
    }
    return count;
}

int changed_pixels(const FrameImage& a, const FrameImage& b)
{
    int count = 0;
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) {
            count += std::equal(a.pixel(x, y), a.pixel(x, y) + 3, b.pixel(x, y)) ? 0 : 1;
        }
    }
    return count;
}

SDL_Event key(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = sym;
    event.key.keysym.mod = mod;
    return event;
}

} // namespace

TEST_CASE("the phone badge is drawn top right while a phone is connected, flashes amber on a command, and never on a blank screen")
{
    test::SampleFrame sample("welcome-en.md", 1280, 720);
    const PrompterView view = sample.view_at_time(5.0);
    FrameContent content = sample.scene->content(view);
    const FrameImage none = sample.frame->render(content);
    content.remote_badge = RemoteBadge::Connected;
    const FrameImage connected = sample.frame->render(content);
    content.remote_badge = RemoteBadge::Flash;
    const FrameImage flash = sample.frame->render(content);
    const int badge_pixels = changed_pixels(none, connected);
    CHECK(badge_pixels > 200);
    CHECK(badge_pixels < 1280 * 720 / 50); // small
    CHECK(amber_pixels(flash) > amber_pixels(connected) + 200);
    // Everything it changes is in the top-right corner.
    for (int y = 0; y < none.height; ++y) {
        for (int x = 0; x < none.width; ++x) {
            if (!std::equal(none.pixel(x, y), none.pixel(x, y) + 3, connected.pixel(x, y))) {
                REQUIRE(x > none.width * 3 / 4);
                REQUIRE(y < none.height / 6);
            }
        }
    }
    content.view.blank = true;
    const FrameImage blank_with = sample.frame->render(content);
    content.remote_badge = RemoteBadge::Hidden;
    CHECK(changed_pixels(sample.frame->render(content), blank_with) == 0);
}

TEST_CASE("Ctrl+Shift+R revokes the phones; R, Ctrl+R and Shift+R do not")
{
    CHECK(is_revoke_phones_key(key(SDLK_r, KMOD_LCTRL | KMOD_LSHIFT)));
    CHECK(is_revoke_phones_key(key(SDLK_r, KMOD_RCTRL | KMOD_RSHIFT)));
    CHECK_FALSE(is_revoke_phones_key(key(SDLK_r, KMOD_NONE)));
    CHECK_FALSE(is_revoke_phones_key(key(SDLK_r, KMOD_LCTRL)));
    CHECK_FALSE(is_revoke_phones_key(key(SDLK_r, KMOD_LSHIFT)));
    CHECK_FALSE(is_revoke_phones_key(key(SDLK_r, KMOD_LCTRL | KMOD_LSHIFT | KMOD_LALT)));
}

TEST_CASE("with --remote the operator window has a Revoke phones button on the remote panel, and a click there hits it")
{
    const OperatorLayout layout = operator_layout(1280, 720, 16.0 / 9.0, 6, 0, false, true);
    const auto found = std::find_if(layout.buttons.begin(), layout.buttons.end(),
        [](const auto& entry) { return entry.first == OperatorButton::RevokePhones; });
    REQUIRE(found != layout.buttons.end());
    const Box& box = found->second;
    CHECK(box.x >= layout.remote.x);
    CHECK(box.y >= layout.remote.y);
    CHECK(box.x + box.w <= layout.remote.x + layout.remote.w);
    CHECK(box.y + box.h <= layout.remote.y + layout.remote.h);
    const OperatorHit hit = hit_test(layout, 6, box.x + box.w / 2, box.y + box.h / 2);
    CHECK(hit.kind == HitKind::Button);
    CHECK(hit.button == OperatorButton::RevokePhones);
    const OperatorLayout without = operator_layout(1280, 720, 16.0 / 9.0, 6, 0, false, false);
    CHECK(std::none_of(without.buttons.begin(), without.buttons.end(),
        [](const auto& entry) { return entry.first == OperatorButton::RevokePhones; }));
}
