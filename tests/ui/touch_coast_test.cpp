// touch_coast_test.cpp — swipe inertia (ui/touch_coast.h): the release velocity comes from the
// finger's last ~100 ms (two frames on slow frames), the coast decays with the stated time constant
// independently of the frame rate, stops below 20 px/s, is capped at 8000 px/s, and bad input never
// yields a NaN.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "ui/touch_coast.h"

namespace armistice::ui {
namespace {

// A drag at a constant speed, one sample per frame, from t0_ms to t1_ms (finger y = speed * t).
void drag(TouchCoast& c, double t0_ms, double t1_ms, double px_per_s, double frame_ms = 16.0,
          double y0_px = 0.0) {
    for (double t = t0_ms; t <= t1_ms + 1e-9; t += frame_ms)
        c.track(t, y0_px + px_per_s * (t - t0_ms) / 1000.0);
}

// Advances a coast frame by frame from t0_ms until it stops (or max_ms); returns the distance.
double coast_distance(TouchCoast& c, double t0_ms, double frame_ms, double max_ms = 20000.0) {
    double total = 0.0;
    for (double t = t0_ms + frame_ms; c.coasting() && t < t0_ms + max_ms; t += frame_ms)
        total += c.advance(t);
    return total;
}

TEST(TouchCoast, AFlickCoastsAboutVelocityTimesTheTimeConstant) {
    TouchCoast c;
    drag(c, 0.0, 160.0, 1000.0);
    const double y_end = 1000.0 * 0.160;
    ASSERT_TRUE(c.release(160.0, y_end));
    EXPECT_NEAR(c.velocity_px_per_s(), 1000.0, 1e-6);
    const double d = coast_distance(c, 160.0, 16.0);
    EXPECT_FALSE(c.coasting());
    // v0 * tau, less the tail below the stop speed (at most kStopPxPerS * tau).
    EXPECT_LE(d, 1000.0 * kTimeConstantS + 1e-9);
    EXPECT_GE(d, (1000.0 - kStopPxPerS) * kTimeConstantS - 1e-9);
    EXPECT_EQ(c.advance(99999.0), 0.0) << "no movement once stopped";
}

TEST(TouchCoast, TheCoastDoesNotDependOnTheFrameRate) {
    const double rates_ms[] = {16.0, 6.9, 33.3, 50.0};
    double at_200ms[4] = {};
    for (int i = 0; i < 4; ++i) {
        TouchCoast c;
        drag(c, 0.0, 96.0, -2400.0);
        ASSERT_TRUE(c.release(96.0, -2400.0 * 0.096));
        double total = 0.0;
        double t = 96.0;
        while (t + rates_ms[i] < 296.0) {
            t += rates_ms[i];
            total += c.advance(t);
        }
        total += c.advance(296.0);  // the same end time for every rate
        at_200ms[i] = total;
    }
    const double expected = -2400.0 * kTimeConstantS * (1.0 - std::exp(-0.2 / kTimeConstantS));
    for (double d : at_200ms) EXPECT_NEAR(d, expected, 1e-6);
    EXPECT_LT(expected, 0.0) << "a finger moving up coasts up";
}

TEST(TouchCoast, OnlyTheLastHundredMillisecondsCount) {
    TouchCoast c;
    drag(c, 0.0, 400.0, 100.0);                              // slow for 400 ms ...
    drag(c, 416.0, 576.0, 3000.0, 16.0, 100.0 * 0.4 + 1.6);  // ... then fast for 160 ms
    ASSERT_TRUE(c.release(576.0, 41.6 + 3000.0 * 0.160));
    EXPECT_NEAR(c.velocity_px_per_s(), 3000.0, 1e-6) << "the slow start does not count";
}

TEST(TouchCoast, SlowFramesStillSeeTheFlick) {
    // 115 ms frames (a loaded device): pressed, 200 px in the next frame, lifted in the one after.
    TouchCoast c;
    c.track(0.0, 500.0);
    c.track(115.0, 300.0);
    ASSERT_TRUE(c.release(230.0, 300.0));
    EXPECT_NEAR(c.velocity_px_per_s(), -200.0 / 0.230, 1e-6);
    // 250 ms frames, the lift two frames after the move (app.js feeds one event per frame).
    TouchCoast late;
    late.track(0.0, 500.0);
    late.track(250.0, 500.0);
    late.track(500.0, 300.0);
    late.track(750.0, 300.0);
    ASSERT_TRUE(late.release(1000.0, 300.0));
    EXPECT_NEAR(late.velocity_px_per_s(), -200.0 / 0.750, 1e-6);
    // ... but a finger held still for three such frames before lifting does not coast.
    TouchCoast held;
    held.track(0.0, 500.0);
    held.track(115.0, 300.0);
    held.track(230.0, 300.0);
    held.track(345.0, 300.0);
    held.track(460.0, 300.0);
    EXPECT_FALSE(held.release(575.0, 300.0));
}

TEST(TouchCoast, AFingerThatStopsBeforeLiftingDoesNotCoast) {
    TouchCoast c;
    drag(c, 0.0, 160.0, 2000.0);
    const double y = 2000.0 * 0.160;
    for (double t = 176.0; t <= 400.0; t += 16.0) c.track(t, y);  // held still 240 ms
    EXPECT_FALSE(c.release(400.0, y));
    EXPECT_EQ(c.velocity_px_per_s(), 0.0);
    EXPECT_EQ(c.advance(416.0), 0.0);
}

TEST(TouchCoast, AFingerHeldWhileThePageSleptDoesNotCoast) {
    TouchCoast c;
    drag(c, 0.0, 160.0, 2000.0);
    const double y = 2000.0 * 0.160;
    c.track(176.0, y);  // then no frames for 3 s (the page paused), lifted where it stood
    EXPECT_FALSE(c.release(3176.0, y));
}

TEST(TouchCoast, ASlowDragDoesNotCoast) {
    TouchCoast c;
    drag(c, 0.0, 2000.0, 15.0);  // below the 20 px/s stop speed
    EXPECT_FALSE(c.release(2000.0, 30.0));
    EXPECT_FALSE(c.coasting());
    EXPECT_EQ(c.advance(2100.0), 0.0);
}

TEST(TouchCoast, VelocityIsCapped) {
    TouchCoast c;
    drag(c, 0.0, 48.0, 50000.0);
    ASSERT_TRUE(c.release(48.0, 50000.0 * 0.048));
    EXPECT_EQ(c.velocity_px_per_s(), kMaxPxPerS);
    TouchCoast up;
    drag(up, 0.0, 48.0, -50000.0);
    ASSERT_TRUE(up.release(48.0, -50000.0 * 0.048));
    EXPECT_EQ(up.velocity_px_per_s(), -kMaxPxPerS);
}

TEST(TouchCoast, StopsWhenSlowerThanTheStopSpeedAtTheExpectedTime) {
    TouchCoast c;
    drag(c, 0.0, 160.0, 1000.0);
    ASSERT_TRUE(c.release(160.0, 160.0));
    // v(t) = 1000 exp(-t / tau) falls below 20 px/s after tau * ln(50) ≈ 1.37 s.
    const double stop_ms = 1000.0 * kTimeConstantS * std::log(1000.0 / kStopPxPerS);
    double t = 160.0;
    while (c.coasting() && t < 10000.0) {
        t += 16.0;
        c.advance(t);
    }
    EXPECT_NEAR(t - 160.0, stop_ms, 16.0);
}

TEST(TouchCoast, ANewTouchStopsTheCoast) {
    TouchCoast c;
    drag(c, 0.0, 160.0, 1000.0);
    ASSERT_TRUE(c.release(160.0, 160.0));
    c.advance(176.0);
    c.track(200.0, 500.0);  // a finger lands on the coasting pane
    EXPECT_FALSE(c.coasting());
    EXPECT_TRUE(c.dragging());
    EXPECT_EQ(c.advance(216.0), 0.0);
}

TEST(TouchCoast, BadInputNeverGivesANaN) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    TouchCoast none;
    EXPECT_FALSE(none.release(100.0, 10.0)) << "a release without a drag";
    TouchCoast c;
    drag(c, 0.0, 160.0, 1000.0);
    c.track(nan, 5.0);
    c.track(170.0, inf);
    c.track(100.0, 0.0);  // backwards in time
    ASSERT_TRUE(c.release(176.0, 176.0));
    EXPECT_TRUE(std::isfinite(c.velocity_px_per_s()));
    EXPECT_NEAR(c.velocity_px_per_s(), 1000.0, 1e-6);
    EXPECT_EQ(c.advance(nan), 0.0);
    EXPECT_EQ(c.advance(150.0), 0.0) << "backwards in time";
    EXPECT_TRUE(std::isfinite(c.advance(192.0)));
    c.stop();
    EXPECT_FALSE(c.coasting());
    EXPECT_EQ(c.advance(300.0), 0.0);
}

}  // namespace
}  // namespace armistice::ui
