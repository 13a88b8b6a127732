// palette.cpp — see palette.h.
#include "ui/charts/palette.h"

#include <algorithm>
#include <cmath>

namespace armistice::ui::charts {
namespace {

constexpr Rgb kOkabeIto[kOkabeItoCount] = {
    {0x00, 0x00, 0x00},  // black
    {0xE6, 0x9F, 0x00},  // orange
    {0x56, 0xB4, 0xE9},  // sky blue
    {0x00, 0x9E, 0x73},  // bluish green
    {0xF0, 0xE4, 0x42},  // yellow
    {0x00, 0x72, 0xB2},  // blue
    {0xD5, 0x5E, 0x00},  // vermillion
    {0xCC, 0x79, 0xA7},  // reddish purple
};

// Series order per theme: strongest contrast first, black only where it shows (light theme).
constexpr int kLightOrder[kOkabeItoCount] = {5, 6, 3, 7, 1, 2, 0, 4};
constexpr int kDarkOrder[kOkabeItoCount] = {2, 1, 3, 7, 4, 6, 5, 0};

double channel_to_linear(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

Rgb okabe_ito(int index) {
    const int i = ((index % kOkabeItoCount) + kOkabeItoCount) % kOkabeItoCount;
    return kOkabeIto[i];
}

double relative_luminance(Rgb c) {
    return 0.2126 * channel_to_linear(c.r) + 0.7152 * channel_to_linear(c.g) +
           0.0722 * channel_to_linear(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a);
    const double lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool is_dark_background(Rgb background) { return relative_luminance(background) < 0.18; }

Rgb mix(Rgb a, Rgb b, double t) {
    if (!(t > 0.0)) return a;  // also catches NaN
    if (t >= 1.0) return b;
    auto lerp = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(std::lround(x + (y - x) * t));
    };
    return {lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b)};
}

Rgb ensure_contrast(Rgb c, Rgb background, Rgb toward, double min_ratio) {
    if (contrast_ratio(c, background) >= min_ratio) return c;
    // 20 steps of 5 %: bounded, and keeps as much of the hue as the contrast allows.
    for (int step = 1; step <= 20; ++step) {
        const Rgb candidate = mix(c, toward, step * 0.05);
        if (contrast_ratio(candidate, background) >= min_ratio) return candidate;
    }
    return toward;
}

ChartColors make_chart_colors(Rgb background, Rgb text) {
    ChartColors out;
    out.background = background;
    out.dark = is_dark_background(background);
    // Text must be readable whatever the style says; fall back to black/white otherwise.
    const Rgb extreme = out.dark ? Rgb{255, 255, 255} : Rgb{0, 0, 0};
    out.text = ensure_contrast(text, background, extreme, kMinTextContrast);
    out.muted_text = ensure_contrast(mix(out.text, background, 0.3), background, out.text,
                                     kMinTextContrast);
    out.grid = mix(background, out.text, out.dark ? 0.22 : 0.15);
    out.axis = ensure_contrast(mix(background, out.text, 0.55), background, out.text,
                               kMinGraphicContrast);
    out.cursor = out.axis;
    out.negative = ensure_contrast(kOkabeIto[6], background, out.text, kMinGraphicContrast);
    out.positive = ensure_contrast(kOkabeIto[3], background, out.text, kMinGraphicContrast);
    out.compare = out.text;
    const int* order = out.dark ? kDarkOrder : kLightOrder;
    for (int i = 0; i < kOkabeItoCount; ++i) {
        out.series[i] =
            ensure_contrast(kOkabeIto[order[i]], background, out.text, kMinGraphicContrast);
    }
    return out;
}

Rgb series_color(const ChartColors& colors, int slot) {
    if (slot < 0) slot = 0;
    return colors.series[slot % kOkabeItoCount];
}

}  // namespace armistice::ui::charts
