// touch_coast.h — swipe inertia: a pane keeps scrolling after the finger lifts, then slows down.
//
// Pure logic (no ImGui, no clock of its own: every call takes the time), so it is unit-tested
// natively (tests/ui/touch_coast_test.cpp); ui/pane_coast.h applies it to ImGui panes.
// Model: while the finger is down, track() records its position every frame; release() takes
// the finger's velocity over the last kVelocityWindowMs of samples, or over the last
// kWindowFrames frames when frames come slower than that (a loaded device; the lift reaches the
// UI a frame or two after the last move; up to kMaxVelocityWindowMs), from the sample at the
// window's start (so a finger that stopped moving before lifting gives zero) to the lift; the
// coast then decays
// exponentially, v(t) = v0 * exp(-t / kTimeConstantS), integrated exactly between calls of
// advance(), so the distance does not depend on the frame rate. Total distance ≈ v0 * tau.
// Invariants: coasting() is false unless |velocity| >= kStopPxPerS; |velocity| <= kMaxPxPerS;
// non-finite or backwards times and positions are ignored (never a NaN scroll).
// Sign: positions and displacements are the FINGER's, in CSS px, y down; a pane scrolls by
// minus the finger's displacement.
#pragma once

#include <array>
#include <cstddef>

namespace armistice::ui {

// Assumption: deceleration time constant 0.35 s. iOS's UIScrollView decelerates by a factor of
// 0.998 per ms ("normal", tau = 0.50 s) or 0.99 per ms ("fast", tau = 0.10 s); Android's fling
// lasts a similar fraction of a second. 0.35 s lies between; not measured on a device.
inline constexpr double kTimeConstantS = 0.35;
inline constexpr double kVelocityWindowMs = 100.0;     // assumption: the finger's last ~100 ms
inline constexpr std::size_t kWindowFrames = 3;        // assumption: on frames slower than that
inline constexpr double kMaxVelocityWindowMs = 750.0;  // assumption: at most, on slow frames
inline constexpr double kStopPxPerS = 20.0;            // assumption: slower than this, stop
inline constexpr double kMaxPxPerS = 8000.0;           // assumption: cap of a flick's speed

class TouchCoast {
public:
    // The finger is down at finger_y_px at time t_ms. The first call after a release (or a
    // stop) starts a new drag and ends any coast.
    void track(double t_ms, double finger_y_px);
    // The finger lifted at t_ms at finger_y_px: coasts when its recent velocity is at least
    // kStopPxPerS. Returns coasting().
    bool release(double t_ms, double finger_y_px);
    // The coast's finger displacement (CSS px) since the previous advance() or the release;
    // 0 when not coasting. Stops the coast once slower than kStopPxPerS.
    double advance(double t_ms);
    // Ends a coast or drag (a new touch, the pane reached its end or went away).
    void stop();

    bool coasting() const { return coasting_; }
    bool dragging() const { return count_ > 0 && !coasting_; }
    double velocity_px_per_s() const { return velocity_px_per_s_; }

private:
    struct Sample {
        double t_ms;
        double y_px;
    };
    void push(double t_ms, double y_px);

    static constexpr std::size_t kSamples = 32;  // ring: > 100 ms of frames at 240 Hz
    std::array<Sample, kSamples> samples_{};
    std::size_t count_ = 0;  // samples held (<= kSamples); 0 = no drag
    std::size_t next_ = 0;   // ring index of the next sample
    bool coasting_ = false;
    double velocity_px_per_s_ = 0.0;
    double last_ms_ = 0.0;  // time of the release or the previous advance()
};

}  // namespace armistice::ui
