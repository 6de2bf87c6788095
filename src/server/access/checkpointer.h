// Checkpointer: signs the audit chain's head with the server's Ed25519 key
// (domain/checkpoint_signature.h) and stores it, on demand (take(), also used
// by `netconduct audit checkpoint`) and periodically on a background thread
// while the server runs. An auditor downloads the signed checkpoints and
// keeps them elsewhere, so a log cut short later is caught by `audit verify`.
//
// With append_to(FILE), every checkpoint is also appended to FILE as it is
// made (serve --checkpoint-to): a file outside the data directory, ideally
// on append-only (WORM) storage, that `audit verify --checkpoint FILE` reads.
//
// The seed stays in this object only and is wiped when it goes. Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "common/status.h"
#include "domain/checkpoint_signature.h"
#include "server/clock.h"
#include "store/store.h"

namespace nc::server::access {

class Checkpointer {
 public:
  Checkpointer(std::shared_ptr<store::Store> store, const domain::SigningSeed& seed, Clock clock);
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Signs and stores the current head unless it is checkpointed already;
  // returns the newest checkpoint (nothing while the log is empty).
  Result<std::optional<domain::SignedCheckpoint>> take();
  const domain::PublicKey& public_key() const { return public_key_; }

  // From now on, appends each checkpoint to `file` ("# public-key" header
  // first when it is new or empty), and catches it up with the newest stored
  // checkpoint at the next take(). Fails when the file cannot be read or
  // written, or names another key (its checkpoints would not verify).
  Status append_to(const std::filesystem::path& file);

  // Calls take() every `interval` until stop() (or destruction); failures are logged.
  void start(std::chrono::seconds interval);
  void stop();

 private:
  std::shared_ptr<store::Store> store_;
  domain::SigningSeed seed_;
  domain::PublicKey public_key_;
  Clock clock_;
  Status append_line(const domain::SignedCheckpoint& checkpoint);

  std::mutex take_mu_;  // one take() at a time: each head is signed once; guards the file below
  std::optional<std::filesystem::path> file_;
  std::uint64_t file_seq_ = 0;  // the newest checkpoint the file holds
  std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace nc::server::access
