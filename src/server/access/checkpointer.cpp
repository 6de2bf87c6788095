#include "server/access/checkpointer.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include "server/log_text.h"

namespace nc::server::access {

Checkpointer::Checkpointer(std::shared_ptr<store::Store> store, const domain::SigningSeed& seed, Clock clock)
    : store_(std::move(store)), seed_(seed), public_key_(domain::public_key_for(seed)), clock_(std::move(clock)) {}

Checkpointer::~Checkpointer() {
  stop();
  sodium_memzero(seed_.data(), seed_.size());
}

Result<std::optional<domain::SignedCheckpoint>> Checkpointer::take() {
  std::lock_guard lock(take_mu_);
  auto head = store_->audit_head();
  if (!head.ok()) return head.status();
  auto kept = store_->list_checkpoints();
  if (!kept.ok()) return kept.status();
  if (!kept->empty() && kept->back().checkpoint.seq >= head->seq) {
    return std::optional<domain::SignedCheckpoint>(kept->back());
  }
  if (head->seq == 0) return std::optional<domain::SignedCheckpoint>();
  const domain::SignedCheckpoint signed_head = domain::sign_checkpoint(*head, clock_(), seed_);
  if (Status s = store_->add_checkpoint(signed_head); !s.ok()) return s;
  return std::optional<domain::SignedCheckpoint>(signed_head);
}

void Checkpointer::start(std::chrono::seconds interval) {
  std::lock_guard lock(mu_);
  if (thread_.joinable() || interval.count() <= 0) return;
  stopping_ = false;
  thread_ = std::thread([this, interval] {
    std::unique_lock lock(mu_);
    while (!wake_.wait_for(lock, interval, [this] { return stopping_; })) {
      lock.unlock();
      auto taken = take();
      if (!taken.ok()) spdlog::error("audit checkpoint failed: {}", log_safe(taken.status().message()));
      lock.lock();
    }
  });
}

void Checkpointer::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace nc::server::access
