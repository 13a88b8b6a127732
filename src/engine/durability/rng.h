// rng.h — the durability model's random numbers: xoshiro128** seeded with splitmix64.
//
// Purpose: a small generator whose hot path uses 32-bit operations only (fast in wasm32), with
// outputs defined bit for bit on every platform (no std:: distributions, which are
// implementation-defined). Each trajectory gets its own stream derived from (seed, index), so
// results do not depend on how the work is chunked or ordered.
// Invariants: the state is never all zero (splitmix64 outputs are remapped if they are).
#pragma once

#include <cstdint>

namespace armistice::durability {

inline std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

class Xoshiro128ss {
public:
    Xoshiro128ss() = default;
    // Stream `stream` of generator `seed` (e.g. stream = trajectory index).
    Xoshiro128ss(std::uint64_t seed, std::uint64_t stream) { reseed(seed, stream); }

    void reseed(std::uint64_t seed, std::uint64_t stream) {
        std::uint64_t sm = seed ^ (0xD1B54A32D192ED03ull * (stream + 1));
        const std::uint64_t a = splitmix64(sm);
        const std::uint64_t b = splitmix64(sm);
        s_[0] = static_cast<std::uint32_t>(a);
        s_[1] = static_cast<std::uint32_t>(a >> 32);
        s_[2] = static_cast<std::uint32_t>(b);
        s_[3] = static_cast<std::uint32_t>(b >> 32);
        if ((s_[0] | s_[1] | s_[2] | s_[3]) == 0) s_[0] = 1;
    }

    // Uniform on [0, 2^32).
    std::uint32_t next() {
        const std::uint32_t result = rotl(s_[1] * 5u, 7) * 9u;
        const std::uint32_t t = s_[1] << 9;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 11);
        return result;
    }

    // Uniform on [0, 1) with 32 bits of resolution (exact in double).
    double uniform() { return static_cast<double>(next()) * (1.0 / 4294967296.0); }

private:
    static std::uint32_t rotl(std::uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
    std::uint32_t s_[4] = {1, 2, 3, 4};
};

// Probability in [0, 1] → threshold t such that P(next() < t) = t / 2^32 ≈ p.
inline std::uint32_t probability_threshold(double p) {
    if (!(p > 0.0)) return 0;
    if (p >= 1.0) return 0xFFFFFFFFu;
    return static_cast<std::uint32_t>(p * 4294967296.0);
}

}  // namespace armistice::durability
