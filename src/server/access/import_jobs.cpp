#include "server/access/import_jobs.h"

#include <algorithm>
#include <exception>

#include <sodium.h>

#include "server/access/credentials.h"
#include "server/response.h"

namespace nc::server::access {

std::string_view phase_name(JobPhase p) {
  switch (p) {
    case JobPhase::kQueued: return "queued";
    case JobPhase::kReading: return "reading";
    case JobPhase::kChecking: return "checking";
    case JobPhase::kSaving: return "saving";
    case JobPhase::kDone: return "done";
  }
  return "done";
}

struct ImportJobs::Job {
  domain::UserId owner;
  Work work;
  std::int64_t finished_us = 0;
  std::string file;  // guarded by ImportJobs::mu_
  JobView view;      // guarded by ImportJobs::mu_
  nlohmann::json rows = nlohmann::json::array();  // the report's rows, guarded by ImportJobs::mu_
};

namespace {

// A job's file may hold secrets (activation codes): zeroed before it is freed.
void wipe(std::string& file) {
  sodium_memzero(file.data(), file.size());
  file.clear();
  file.shrink_to_fit();
}

class Progress final : public JobProgress {
 public:
  Progress(std::mutex& mu, JobView& view) : mu_(mu), view_(view) {}
  void reading(std::size_t done, std::size_t total) override {
    std::lock_guard lock(mu_);
    view_.phase = JobPhase::kReading;
    view_.bytes_done = done;
    view_.bytes_total = total;
  }
  void checking(std::size_t done, std::size_t total) override {
    std::lock_guard lock(mu_);
    view_.phase = JobPhase::kChecking;
    view_.rows_done = done;
    view_.rows_total = total;
  }
  void saving() override {
    std::lock_guard lock(mu_);
    view_.phase = JobPhase::kSaving;
  }

 private:
  std::mutex& mu_;
  JobView& view_;
};

}  // namespace

ImportJobs::ImportJobs(Options options, Clock clock) : options_(options), clock_(std::move(clock)) {
  for (int i = 0; i < std::max(1, options_.workers); ++i) workers_.emplace_back([this] { run_worker(); });
}

ImportJobs::~ImportJobs() {
  stop();
  for (auto& t : workers_) t.join();
}

void ImportJobs::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
    queue_.clear();
  }
  wake_.notify_all();
}

void ImportJobs::expire_locked() {
  const std::int64_t now = clock_();
  std::vector<std::pair<std::int64_t, std::string>> finished;
  for (auto it = jobs_.begin(); it != jobs_.end();) {
    const Job& j = *it->second;
    if (j.view.phase == JobPhase::kDone && now - j.finished_us > options_.keep_finished_us) {
      wipe(it->second->file);
      it = jobs_.erase(it);
      continue;
    }
    if (j.view.phase == JobPhase::kDone) finished.emplace_back(j.finished_us, it->first);
    ++it;
  }
  if (finished.size() <= options_.max_finished) return;
  std::sort(finished.begin(), finished.end());
  for (std::size_t i = 0; i + options_.max_finished < finished.size(); ++i) {
    const auto it = jobs_.find(finished[i].second);
    wipe(it->second->file);
    jobs_.erase(it);
  }
}

Result<std::string> ImportJobs::submit(domain::UserId owner, std::string kind, bool dry_run, Work work) {
  std::lock_guard lock(mu_);
  if (stopping_) return Status::Error(Code::kBusy, "服务器正在停止，请稍后再试");
  expire_locked();
  std::size_t unfinished = 0, mine = 0;
  for (const auto& [id, j] : jobs_) {
    if (j->view.phase == JobPhase::kDone) continue;
    ++unfinished;
    if (j->owner == owner) ++mine;
  }
  if (mine >= options_.max_per_user) return Status::Error(Code::kBusy, "您已有导入任务正在进行，请等它完成后再试");
  if (unfinished >= options_.max_unfinished) return Status::Error(Code::kBusy, "当前导入任务较多，请稍后再试");
  auto job = std::make_shared<Job>();
  job->owner = owner;
  job->work = std::move(work);
  job->view.id = random_token();
  job->view.kind = std::move(kind);
  job->view.dry_run = dry_run;
  job->view.created_us = clock_();
  jobs_.emplace(job->view.id, job);
  queue_.push_back(job);
  wake_.notify_one();
  return job->view.id;
}

std::optional<JobView> ImportJobs::find(const std::string& id, domain::UserId owner) const {
  std::lock_guard lock(mu_);
  const auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner) return std::nullopt;
  return it->second->view;
}

std::optional<std::string> ImportJobs::take_file(const std::string& id, domain::UserId owner) {
  std::lock_guard lock(mu_);
  const auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner || !it->second->view.file_waiting) return std::nullopt;
  Job& job = *it->second;
  std::string out = job.file;
  wipe(job.file);
  job.view.file_waiting = false;
  return out;
}

std::optional<ImportJobs::RowPage> ImportJobs::report_rows(const std::string& id, domain::UserId owner,
                                                           std::size_t after, std::size_t limit,
                                                           bool changed_only) const {
  std::lock_guard lock(mu_);
  const auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner) return std::nullopt;
  const nlohmann::json& rows = it->second->rows;
  auto counts = [&](const nlohmann::json& row) {
    if (!changed_only) return true;
    const auto action = row.find("action");
    return !(action != row.end() && action->is_string() && action->get_ref<const std::string&>() == "unchanged");
  };
  RowPage page;
  std::size_t last = after;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!counts(rows[i])) continue;
    ++page.total;
    if (i < after) continue;
    if (page.rows.size() < limit) {
      page.rows.push_back(rows[i]);
      last = i + 1;
    } else if (!page.next) {
      page.next = last;
    }
  }
  return page;
}

void ImportJobs::run_worker() {
  while (true) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = queue_.front();
      queue_.pop_front();
      job->view.phase = JobPhase::kReading;
    }
    Progress progress(mu_, job->view);
    JobResult result;
    try {
      result = job->work(progress);
    } catch (const std::exception&) {
      result = {http_status(Code::kInternal),
                {{"error", {{"code", code_name(Code::kInternal)}, {"message", "导入时发生内部错误，未导入任何数据"}}}}};
    }
    std::lock_guard lock(mu_);
    job->work = nullptr;  // frees the uploaded file
    finish_locked(*job, std::move(result));
  }
}

void ImportJobs::finish_locked(Job& job, JobResult result) {
  job.view.phase = JobPhase::kDone;
  job.file = std::move(result.file);
  result.file.clear();
  job.view.file_waiting = !job.file.empty();
  // The rows leave the view: a poll answers the counts, the rows are paged.
  nlohmann::json* report = &result.body;
  if (report->is_object() && report->contains("report")) report = &(*report)["report"];
  if (report->is_object() && report->contains("rows") && (*report)["rows"].is_array()) {
    job.rows = std::move((*report)["rows"]);
    report->erase("rows");
    (*report)["row_count"] = job.rows.size();
  }
  job.view.result = std::move(result);
  job.finished_us = clock_();
}

std::string ImportJobs::add_finished(domain::UserId owner, std::string kind, bool dry_run, JobResult result) {
  std::lock_guard lock(mu_);
  auto job = std::make_shared<Job>();
  job->owner = owner;
  job->view.id = random_token();
  job->view.kind = std::move(kind);
  job->view.dry_run = dry_run;
  job->view.created_us = clock_();
  finish_locked(*job, std::move(result));
  jobs_.emplace(job->view.id, job);
  expire_locked();
  return job->view.id;
}

}  // namespace nc::server::access
