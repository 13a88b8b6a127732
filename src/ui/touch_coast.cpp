// touch_coast.cpp — see touch_coast.h.
#include "ui/touch_coast.h"

#include <algorithm>
#include <cmath>

namespace armistice::ui {

void TouchCoast::push(double t_ms, double y_px) {
    if (!std::isfinite(t_ms) || !std::isfinite(y_px)) return;
    if (count_ > 0) {
        const Sample& last = samples_[(next_ + kSamples - 1) % kSamples];
        if (t_ms < last.t_ms) return;  // time never runs backwards
    }
    samples_[next_] = {t_ms, y_px};
    next_ = (next_ + 1) % kSamples;
    count_ = std::min(count_ + 1, kSamples);
}

void TouchCoast::track(double t_ms, double finger_y_px) {
    if (coasting_) stop();
    push(t_ms, finger_y_px);
}

bool TouchCoast::release(double t_ms, double finger_y_px) {
    if (coasting_ || count_ == 0) {  // no drag to release
        stop();
        return false;
    }
    push(t_ms, finger_y_px);
    const Sample& newest = samples_[(next_ + kSamples - 1) % kSamples];
    // The window: 100 ms, or back to the kWindowFrames-th sample before the lift when frames
    // are slower than that (the lift reaches the UI a frame or two after the last move), at
    // most kMaxVelocityWindowMs.
    double window_ms = kVelocityWindowMs;
    if (count_ >= 2) {
        const std::size_t back = std::min<std::size_t>(kWindowFrames, count_ - 1);
        const double frames_ms = newest.t_ms - samples_[(next_ + kSamples - 1 - back) % kSamples].t_ms;
        window_ms = std::clamp(frames_ms, kVelocityWindowMs, kMaxVelocityWindowMs);
    }
    // From the first sample at or before the window's start (a held finger: the same y) to the lift.
    Sample oldest = newest;
    for (std::size_t k = 1; k < count_; ++k) {
        const Sample& s = samples_[(next_ + kSamples - 1 - k) % kSamples];
        oldest = s;
        if (s.t_ms <= newest.t_ms - window_ms) break;
    }
    const double span_s = (newest.t_ms - oldest.t_ms) / 1000.0;
    double v = span_s > 0.0 ? (newest.y_px - oldest.y_px) / span_s : 0.0;
    v = std::clamp(v, -kMaxPxPerS, kMaxPxPerS);
    count_ = 0;
    next_ = 0;
    velocity_px_per_s_ = v;
    coasting_ = std::fabs(v) >= kStopPxPerS;
    if (!coasting_) velocity_px_per_s_ = 0.0;
    last_ms_ = newest.t_ms;
    return coasting_;
}

double TouchCoast::advance(double t_ms) {
    if (!coasting_ || !std::isfinite(t_ms) || t_ms <= last_ms_) return 0.0;
    const double dt_s = (t_ms - last_ms_) / 1000.0;
    last_ms_ = t_ms;
    const double decay = std::exp(-dt_s / kTimeConstantS);
    const double moved_px = velocity_px_per_s_ * kTimeConstantS * (1.0 - decay);
    velocity_px_per_s_ *= decay;
    if (std::fabs(velocity_px_per_s_) < kStopPxPerS) {
        coasting_ = false;
        velocity_px_per_s_ = 0.0;
    }
    return moved_px;
}

void TouchCoast::stop() {
    coasting_ = false;
    velocity_px_per_s_ = 0.0;
    count_ = 0;
    next_ = 0;
}

}  // namespace armistice::ui
