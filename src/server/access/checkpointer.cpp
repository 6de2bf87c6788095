#include "server/access/checkpointer.h"

#include <fcntl.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "server/log_text.h"

namespace nc::server::access {

Checkpointer::Checkpointer(std::shared_ptr<store::Store> store, const domain::SigningSeed& seed, Clock clock)
    : store_(std::move(store)), seed_(seed), public_key_(domain::public_key_for(seed)), clock_(std::move(clock)) {}

Checkpointer::~Checkpointer() {
  stop();
  sodium_memzero(seed_.data(), seed_.size());
}

namespace {

Status write_all(const std::filesystem::path& file, const std::string& text) {
  // O_APPEND: each line lands whole at the end, even on a shared file;
  // fsync before the checkpoint counts as kept.
  const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (fd < 0) return Status::Error(Code::kStorage, "cannot open " + file.string() + ": " + std::strerror(errno));
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!written || !synced) return Status::Error(Code::kStorage, "cannot append to " + file.string());
  return Status::Ok();
}

}  // namespace

Status Checkpointer::append_to(const std::filesystem::path& file) {
  std::lock_guard lock(take_mu_);
  std::string text;
  {
    std::ifstream in(file, std::ios::binary);
    if (in) {
      std::stringstream all;
      all << in.rdbuf();
      text = all.str();
    } else if (std::filesystem::exists(file)) {
      return Status::Error(Code::kStorage, "cannot read " + file.string());
    }
  }
  std::uint64_t last = 0;
  if (text.empty()) {
    domain::PublicKey key = public_key_;
    if (Status s = write_all(file, domain::format_checkpoint_file(key, {})); !s.ok()) return s;
  } else {
    auto parsed = domain::parse_checkpoint_file(text);
    if (!parsed.ok()) return Status::Invalid(file.string() + ": " + parsed.status().message());
    if (parsed->key && *parsed->key != public_key_) {
      return Status::Error(Code::kConflict, file.string() + " holds checkpoints of another signing key");
    }
    if (!parsed->key) {
      return Status::Invalid(file.string() + " names no public key (\"# public-key\" line)");
    }
    for (const auto& c : parsed->checkpoints) last = std::max(last, c.checkpoint.seq);
  }
  file_ = file;
  file_seq_ = last;
  return Status::Ok();
}

Status Checkpointer::append_line(const domain::SignedCheckpoint& c) {
  if (!file_ || c.checkpoint.seq <= file_seq_) return Status::Ok();
  if (Status s = write_all(*file_, domain::format_checkpoint(c) + "\n"); !s.ok()) return s;
  file_seq_ = c.checkpoint.seq;
  return Status::Ok();
}

Result<std::optional<domain::SignedCheckpoint>> Checkpointer::take() {
  std::lock_guard lock(take_mu_);
  auto head = store_->audit_head();
  if (!head.ok()) return head.status();
  auto kept = store_->list_checkpoints();
  if (!kept.ok()) return kept.status();
  if (!kept->empty() && kept->back().checkpoint.seq >= head->seq) {
    if (Status s = append_line(kept->back()); !s.ok()) return s;
    return std::optional<domain::SignedCheckpoint>(kept->back());
  }
  if (head->seq == 0) return std::optional<domain::SignedCheckpoint>();
  const domain::SignedCheckpoint signed_head = domain::sign_checkpoint(*head, clock_(), seed_);
  if (Status s = store_->add_checkpoint(signed_head); !s.ok()) return s;
  if (Status s = append_line(signed_head); !s.ok()) return s;
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
