#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace kiosk {

// A fixed ring between exactly one writer thread and one reader thread, with no locks and
// no allocation after construction: the audio callback reads it, so neither may happen
// there. Positions count every element ever written or read, so a position names one
// element for the life of the ring (a 64-bit count does not wrap in any lifetime).
//
// The reader may also be another thread while the real reader is known not to run (the
// audio device is paused or closed). It holds at most `capacity` items; the storage is
// rounded up to a power of two.
template <class T>
class SpscRing {
public:
    explicit SpscRing(std::size_t capacity)
        : capacity_(capacity), mask_(round_up(capacity) - 1), items_(new T[mask_ + 1]()) {}
    SpscRing(const SpscRing&) = delete;
    SpscRing& operator=(const SpscRing&) = delete;

    std::size_t capacity() const { return capacity_; }
    std::uint64_t write_position() const { return written_.load(std::memory_order_seq_cst); }
    std::uint64_t read_position() const { return read_.load(std::memory_order_acquire); }
    std::size_t readable() const { return static_cast<std::size_t>(write_position() - read_position()); }
    std::size_t writable() const { return capacity_ - readable(); }

    // Writer: copies as many of `count` items as fit; returns how many did.
    std::size_t write(const T* items, std::size_t count) {
        const std::uint64_t at = written_.load(std::memory_order_relaxed);
        const std::size_t n = std::min(count, capacity_ - static_cast<std::size_t>(at - read_position()));
        for (std::size_t i = 0; i < n; ++i) items_[(at + i) & mask_] = items[i];
        // Sequentially consistent, so that a writer that then reads a flag of the reader's
        // sees it, or the reader sees these items (see AudioOutput's idle pause).
        written_.store(at + n, std::memory_order_seq_cst);
        return n;
    }
    bool push(const T& item) { return write(&item, 1) == 1; }

    // Reader: the item `offset` places after the next one to read; it must be readable.
    const T& peek(std::size_t offset = 0) const {
        return items_[(read_.load(std::memory_order_relaxed) + offset) & mask_];
    }
    // Reader: copies up to `count` items out and consumes them; returns how many.
    std::size_t read(T* out, std::size_t count) {
        const std::uint64_t at = read_.load(std::memory_order_relaxed);
        const std::size_t n = std::min(count, static_cast<std::size_t>(written_.load(std::memory_order_acquire) - at));
        for (std::size_t i = 0; i < n; ++i) out[i] = items_[(at + i) & mask_];
        read_.store(at + n, std::memory_order_release);
        return n;
    }
    // Reader: consumes up to `count` items unread; returns how many.
    std::size_t skip(std::size_t count) {
        const std::uint64_t at = read_.load(std::memory_order_relaxed);
        const std::size_t n = std::min(count, static_cast<std::size_t>(written_.load(std::memory_order_acquire) - at));
        read_.store(at + n, std::memory_order_release);
        return n;
    }

private:
    static std::size_t round_up(std::size_t n) {
        std::size_t capacity = 1;
        while (capacity < n) capacity <<= 1;
        return capacity;
    }

    const std::size_t capacity_;
    const std::size_t mask_;
    std::unique_ptr<T[]> items_;
    std::atomic<std::uint64_t> written_{0};
    std::atomic<std::uint64_t> read_{0};
};

}  // namespace kiosk
