// palette.h — chart colours for light and dark themes, colour-blind safe, contrast-checked.
//
// Purpose: every colour a chart draws comes from here, derived from the *actual* background and
// text colours of the surrounding ImGui style, so a theme switch needs no chart changes.
// Pure logic (no ImGui): unit-tested in tests/ui/charts_test.cpp.
//
// Invariants:
//  - Categorical series colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
//    Design"), ordered per theme, then nudged towards the text colour until each reaches at least
//    kMinGraphicContrast against the background (WCAG 2.1 SC 1.4.11, non-text contrast 3:1).
//  - Diverging colours: negative = vermillion (red-ish), positive = bluish green (green-ish);
//    both Okabe–Ito hues, distinguishable with red-green colour blindness. Charts never rely on
//    colour alone: sign is also encoded by side of the zero line and by the value text.
//  - Components are 0..255 sRGB; alpha is separate (0..255) where a translucent fill is needed.
#pragma once

#include <cstdint>

namespace armistice::ui::charts {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
    friend bool operator==(Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
    friend bool operator!=(Rgb a, Rgb b) { return !(a == b); }
};

inline constexpr double kMinGraphicContrast = 3.0;  // WCAG non-text contrast (lines, bars)
inline constexpr double kMinTextContrast = 4.5;     // WCAG AA body text
inline constexpr int kOkabeItoCount = 8;

// Okabe–Ito colour i (0..7, wraps): black, orange, sky blue, bluish green, yellow, blue,
// vermillion, reddish purple.
Rgb okabe_ito(int index);

// WCAG relative luminance in [0, 1] and contrast ratio in [1, 21].
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);

// True when the background is dark (luminance below mid-grey): selects the dark palette order.
bool is_dark_background(Rgb background);

// Linear blend in sRGB space: t = 0 gives a, t = 1 gives b (t is clamped to [0, 1]).
Rgb mix(Rgb a, Rgb b, double t);

// Returns c moved towards `toward` (normally the text colour) in small steps until its contrast
// with `background` is >= min_ratio; returns `toward` itself if even that cannot reach it.
Rgb ensure_contrast(Rgb c, Rgb background, Rgb toward, double min_ratio);

// Every colour a chart uses, for one background/text pair.
struct ChartColors {
    Rgb background;        // what the chart is drawn on (the window background)
    Rgb text;              // labels, value text, axis captions
    Rgb muted_text;        // tick labels (still >= kMinTextContrast)
    Rgb grid;              // gridlines (deliberately low contrast; draw with alpha ~255)
    Rgb axis;              // zero line and axis baseline (>= kMinGraphicContrast)
    Rgb cursor;            // hover cursor line
    Rgb negative;          // diverging bars < 0 (vermillion)
    Rgb positive;          // diverging bars > 0 (bluish green)
    Rgb compare;           // compare marker on bars
    Rgb series[kOkabeItoCount];  // categorical series colours, slot order for this theme
    bool dark = false;
};

// Colours for a chart drawn on `background` with body text colour `text`.
ChartColors make_chart_colors(Rgb background, Rgb text);

// Colour for series slot `slot` (wraps around the 8 colours; negative slots map to 0).
Rgb series_color(const ChartColors& colors, int slot);

}  // namespace armistice::ui::charts
