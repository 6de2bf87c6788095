// ImportJobs: imports that run on background workers while the client polls
// their progress, so a 100,000-row file shows how far it has got instead of
// one long silent request.
//
// A job belongs to the user who started it: find() by anyone else finds
// nothing, whatever the id (256 random bits). Bounded: `workers` jobs run at
// a time, at most `max_unfinished` wait or run in all and `max_per_user` per
// user (submit() fails with "busy" beyond). A finished job's result is kept
// for `keep_finished`, at most `max_finished` of them. A job's work is one
// Directory import: its write is one store transaction, so a server that
// dies mid-import leaves nothing half-applied; a job that has not run when
// the server stops is dropped, and never runs.
//
// Besides imports, the same workers run the opening of accounts in bulk
// (handlers/accounts.cpp, kind "accounts").
//
// Thread-safe.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "common/status.h"
#include "domain/ids.h"
#include "server/clock.h"

namespace nc::server::access {

enum class JobPhase { kQueued, kReading, kChecking, kSaving, kDone };
std::string_view phase_name(JobPhase p);  // "queued", "reading", "checking", "saving", "done"

// What a job's work reports while it runs. Safe from the worker thread.
class JobProgress {
 public:
  virtual ~JobProgress() = default;
  // Reading the file: bytes read of `total` (0: unknown).
  virtual void reading(std::size_t done, std::size_t total) = 0;
  // Checking rows: rows checked of `total`.
  virtual void checking(std::size_t done, std::size_t total) = 0;
  virtual void saving() = 0;
};

// The answer a finished job gives: what the synchronous endpoint would have
// answered (HTTP status and JSON body).
// A job may also leave one file (the activation slips of account.provision)
// that its owner can take once (take_file); it is then gone from the server.
struct JobResult {
  JobResult() = default;
  JobResult(int status_, nlohmann::json body_, std::string file_ = {})
      : status(status_), body(std::move(body_)), file(std::move(file_)) {}
  int status = 200;
  nlohmann::json body;
  std::string file;  // empty: none
};

struct JobView {
  std::string id;
  std::string kind;  // "roster", "hierarchy"
  bool dry_run = false;
  JobPhase phase = JobPhase::kQueued;
  std::size_t bytes_done = 0, bytes_total = 0;
  std::size_t rows_done = 0, rows_total = 0;
  std::int64_t created_us = 0;
  std::optional<JobResult> result;  // when done (its file is never in a view)
  bool file_waiting = false;        // a file is there to take
};

class ImportJobs {
 public:
  struct Options {
    int workers = 2;
    std::size_t max_unfinished = 8;
    std::size_t max_per_user = 2;
    std::int64_t keep_finished_us = 30LL * 60 * 1'000'000;
    std::size_t max_finished = 16;  // a report lists every row: megabytes for 100,000 rows
  };
  using Work = std::function<JobResult(JobProgress&)>;

  ImportJobs(Options options, Clock clock);
  // stop(), then waits for the running jobs to finish.
  ~ImportJobs();
  // Takes no more jobs and drops the queued ones; running ones go on.
  void stop();
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  // Queues `work` for `owner`; the job's id, or "busy" when the bounds are
  // reached.
  Result<std::string> submit(domain::UserId owner, std::string kind, bool dry_run, Work work);
  // The job as it stands, when `owner` started it.
  std::optional<JobView> find(const std::string& id, domain::UserId owner) const;
  // The finished job's file, when `owner` started it and has not taken it
  // yet; it is wiped from memory as it is handed over.
  std::optional<std::string> take_file(const std::string& id, domain::UserId owner);

  // A finished job's report keeps its rows (one per row of the file) apart
  // from the view, which says only how many (result's "row_count"); they are
  // read a page at a time: the rows after position `after` (0: from the
  // first), at most `limit`, when `owner` started the job; with
  // `changed_only`, the rows whose action is not "unchanged" (positions still
  // count every row; total counts the rows that qualify).
  struct RowPage {
    nlohmann::json rows = nlohmann::json::array();
    std::size_t total = 0;
    std::optional<std::size_t> next;  // the position to read after next
  };
  std::optional<RowPage> report_rows(const std::string& id, domain::UserId owner, std::size_t after,
                                     std::size_t limit, bool changed_only) const;

  // Keeps a result computed elsewhere (a synchronous import) as a finished
  // job of `owner`, its report's rows apart as a job's are; its id. It
  // counts against max_finished like any finished job.
  std::string add_finished(domain::UserId owner, std::string kind, bool dry_run, JobResult result);

 private:
  struct Job;
  void run_worker();
  void finish_locked(Job& job, JobResult result);
  void expire_locked();

  Options options_;
  Clock clock_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::map<std::string, std::shared_ptr<Job>> jobs_;
  std::deque<std::shared_ptr<Job>> queue_;
  std::vector<std::thread> workers_;
};

}  // namespace nc::server::access
