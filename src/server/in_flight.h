// InFlight: how many of one kind of heavy work run at once (uploads being
// checked, synchronous imports, extraction child processes), and a Slot that
// takes one place for its lifetime. Beyond the bound the Slot is not
// acquired and the caller answers `busy` (503) at once instead of queueing:
// memory follows the bound, not the number of requests. Thread-safe.
#pragma once

#include <atomic>

namespace nc::server {

class InFlight {
 public:
  explicit InFlight(int limit) : limit_(limit) {}
  InFlight(const InFlight&) = delete;
  InFlight& operator=(const InFlight&) = delete;

  class Slot {
   public:
    explicit Slot(const InFlight& bound) : count_(bound.count_) { acquired_ = count_.fetch_add(1) < bound.limit_; }
    ~Slot() { count_.fetch_sub(1); }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    bool acquired() const { return acquired_; }

   private:
    std::atomic<int>& count_;
    bool acquired_ = false;
  };

  int limit() const { return limit_; }

 private:
  int limit_;
  mutable std::atomic<int> count_{0};
};

}  // namespace nc::server
