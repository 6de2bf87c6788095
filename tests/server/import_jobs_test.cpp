// ImportJobs: a job's progress and result are its owner's alone, the bounds
// on running and waiting jobs hold, finished results expire, and a job that
// has not started when the registry stops never runs. Deterministic: work
// waits on gates the test opens, never on time.
#include "server/access/import_jobs.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace nc::server::access {
namespace {

using domain::UserId;

// Opens once; work() blocks until then.
struct Gate {
  std::promise<void> p;
  std::shared_future<void> f = p.get_future().share();
  void open() { p.set_value(); }
  void wait() const { f.wait(); }
};

JobView wait_done(const ImportJobs& jobs, const std::string& id, UserId owner) {
  for (int i = 0; i < 200000; ++i) {
    auto v = jobs.find(id, owner);
    if (!v || v->phase == JobPhase::kDone) return v.value_or(JobView{});
    std::this_thread::yield();
  }
  return {};
}

TEST(ImportJobs, ProgressAndResultAreTheOwnersOnly) {
  std::atomic<std::int64_t> now{1'000'000};
  ImportJobs jobs({}, Clock([&] { return now.load(); }));
  Gate checked, finish;
  auto id = jobs.submit(UserId{1}, "roster", true, [&](JobProgress& p) {
    p.reading(10, 10);
    p.checking(500, 1000);
    checked.open();
    finish.wait();
    p.saving();
    return JobResult{200, {{"adds", 3}}};
  });
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->size(), 64u) << "256 random bits";
  checked.wait();
  auto mid = jobs.find(*id, UserId{1});
  ASSERT_TRUE(mid);
  EXPECT_EQ(mid->phase, JobPhase::kChecking);
  EXPECT_EQ(mid->rows_done, 500u);
  EXPECT_EQ(mid->rows_total, 1000u);
  EXPECT_EQ(mid->kind, "roster");
  EXPECT_TRUE(mid->dry_run);
  EXPECT_FALSE(mid->result);
  EXPECT_FALSE(jobs.find(*id, UserId{2})) << "someone else's job is not found";
  EXPECT_FALSE(jobs.find("0000", UserId{1}));
  finish.open();
  JobView done = wait_done(jobs, *id, UserId{1});
  ASSERT_EQ(done.phase, JobPhase::kDone);
  ASSERT_TRUE(done.result);
  EXPECT_EQ(done.result->status, 200);
  EXPECT_EQ(done.result->body["adds"], 3);
  EXPECT_FALSE(jobs.find(*id, UserId{2}));
}

TEST(ImportJobs, AJobsFileIsTakenOnceByItsOwnerAndNeverInTheView) {
  std::atomic<std::int64_t> now{1'000'000};
  ImportJobs jobs({}, Clock([&] { return now.load(); }));
  auto id = jobs.submit(UserId{1}, "accounts", false,
                        [](JobProgress&) { return JobResult{200, {{"created", 2}}, "PK-slips"}; });
  ASSERT_TRUE(id.ok());
  JobView done = wait_done(jobs, *id, UserId{1});
  ASSERT_EQ(done.phase, JobPhase::kDone);
  EXPECT_TRUE(done.file_waiting);
  ASSERT_TRUE(done.result);
  EXPECT_TRUE(done.result->file.empty()) << "the file never travels with the view";
  EXPECT_FALSE(jobs.take_file(*id, UserId{2})) << "someone else's";
  EXPECT_EQ(jobs.take_file(*id, UserId{1}).value_or(""), "PK-slips");
  EXPECT_FALSE(jobs.take_file(*id, UserId{1})) << "once";
  EXPECT_FALSE(jobs.find(*id, UserId{1})->file_waiting);
  // A job without a file has nothing to take.
  auto plain = jobs.submit(UserId{1}, "roster", true, [](JobProgress&) { return JobResult{200, {}}; });
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(wait_done(jobs, *plain, UserId{1}).file_waiting);
  EXPECT_FALSE(jobs.take_file(*plain, UserId{1}));
}

TEST(ImportJobs, BoundsOnWaitingAndRunningJobs) {
  ImportJobs::Options o;
  o.workers = 1;
  o.max_unfinished = 2;
  o.max_per_user = 1;
  ImportJobs jobs(o, Clock([] { return std::int64_t{0}; }));
  Gate started, finish;
  auto first = jobs.submit(UserId{1}, "roster", false, [&](JobProgress&) {
    started.open();
    finish.wait();
    return JobResult{200, {}};
  });
  ASSERT_TRUE(first.ok());
  started.wait();
  auto again = jobs.submit(UserId{1}, "roster", false, [](JobProgress&) { return JobResult{}; });
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), Code::kBusy);
  auto other = jobs.submit(UserId{2}, "hierarchy", true, [](JobProgress&) { return JobResult{200, {}}; });
  ASSERT_TRUE(other.ok()) << "another user may queue one";
  EXPECT_EQ(jobs.find(*other, UserId{2})->phase, JobPhase::kQueued) << "one worker: it waits";
  auto third = jobs.submit(UserId{3}, "roster", true, [](JobProgress&) { return JobResult{}; });
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.status().code(), Code::kBusy);
  finish.open();
  EXPECT_EQ(wait_done(jobs, *first, UserId{1}).phase, JobPhase::kDone);
  EXPECT_EQ(wait_done(jobs, *other, UserId{2}).phase, JobPhase::kDone);
  EXPECT_TRUE(jobs.submit(UserId{1}, "roster", false, [](JobProgress&) { return JobResult{}; }).ok());
}

TEST(ImportJobs, FinishedResultsExpire) {
  std::atomic<std::int64_t> now{0};
  ImportJobs::Options o;
  o.keep_finished_us = 60'000'000;
  ImportJobs jobs(o, Clock([&] { return now.load(); }));
  auto id = jobs.submit(UserId{1}, "roster", true, [](JobProgress&) { return JobResult{200, {}}; });
  ASSERT_TRUE(id.ok());
  ASSERT_EQ(wait_done(jobs, *id, UserId{1}).phase, JobPhase::kDone);
  now = 59'000'000;
  ASSERT_TRUE(jobs.submit(UserId{2}, "roster", true, [](JobProgress&) { return JobResult{}; }).ok());
  EXPECT_TRUE(jobs.find(*id, UserId{1}));
  now = 61'000'001;
  ASSERT_TRUE(jobs.submit(UserId{3}, "roster", true, [](JobProgress&) { return JobResult{}; }).ok());
  EXPECT_FALSE(jobs.find(*id, UserId{1})) << "expired on the next submit";
}

// A synchronous import's report kept as a finished job: its rows apart from
// the view, paged, its owner's only, and counted among the finished.
TEST(ImportJobs, AResultKeptAsAFinishedJobPagesItsRowsForItsOwner) {
  ImportJobs::Options o;
  o.max_finished = 2;
  std::atomic<std::int64_t> now{0};
  ImportJobs jobs(o, Clock([&] { return now.fetch_add(1); }));  // each job finishes later than the one before
  nlohmann::json rows = nlohmann::json::array();
  for (int i = 0; i < 7; ++i) rows.push_back({{"line", i + 2}, {"action", i % 2 ? "add" : "unchanged"}});
  const std::string id =
      jobs.add_finished(UserId{1}, "roster", true, JobResult(422, {{"error", "x"}, {"report", {{"rows", rows}}}}));
  auto view = jobs.find(id, UserId{1});
  ASSERT_TRUE(view && view->result);
  EXPECT_EQ(view->phase, JobPhase::kDone);
  EXPECT_EQ(view->result->status, 422);
  EXPECT_FALSE(view->result->body["report"].contains("rows"));
  EXPECT_EQ(view->result->body["report"]["row_count"], 7);
  auto page = jobs.report_rows(id, UserId{1}, 0, 5, false);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->rows.size(), 5u);
  EXPECT_EQ(page->total, 7u);
  ASSERT_TRUE(page->next);
  EXPECT_EQ(jobs.report_rows(id, UserId{1}, *page->next, 5, false)->rows.size(), 2u);
  EXPECT_FALSE(jobs.report_rows(id, UserId{2}, 0, 5, false)) << "another user's";
  jobs.add_finished(UserId{1}, "roster", true, JobResult(200, nlohmann::json::object()));
  jobs.add_finished(UserId{1}, "roster", true, JobResult(200, nlohmann::json::object()));
  EXPECT_FALSE(jobs.find(id, UserId{1})) << "the oldest of three finished went (max_finished 2)";
}

TEST(ImportJobs, AJobThatThrowsEndsWithAnErrorNotACrash) {
  ImportJobs jobs({}, Clock([] { return std::int64_t{0}; }));
  auto id = jobs.submit(UserId{1}, "roster", false, [](JobProgress&) -> JobResult { throw std::runtime_error("x"); });
  ASSERT_TRUE(id.ok());
  JobView v = wait_done(jobs, *id, UserId{1});
  ASSERT_TRUE(v.result);
  EXPECT_EQ(v.result->status, 500);
  EXPECT_EQ(v.result->body["error"]["code"], "internal");
}

TEST(ImportJobs, AQueuedJobNeverRunsOnceTheRegistryStops) {
  std::atomic<bool> ran{false};
  Gate started, finish;
  {
    ImportJobs::Options o;
    o.workers = 1;
    ImportJobs jobs(o, Clock([] { return std::int64_t{0}; }));
    ASSERT_TRUE(jobs.submit(UserId{1}, "roster", false, [&](JobProgress&) {
                      started.open();
                      finish.wait();
                      return JobResult{};
                    })
                    .ok());
    started.wait();
    ASSERT_TRUE(jobs.submit(UserId{2}, "roster", false, [&](JobProgress&) {
                      ran = true;
                      return JobResult{};
                    })
                    .ok());
    jobs.stop();
    EXPECT_FALSE(jobs.submit(UserId{3}, "roster", false, [](JobProgress&) { return JobResult{}; }).ok());
    finish.open();
  }  // the destructor lets the running job finish; the queued one was dropped
  EXPECT_FALSE(ran.load());
}

}  // namespace
}  // namespace nc::server::access
