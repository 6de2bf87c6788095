// Quizzes in SQLite (migration 16, store/quiz_records.h).
#include <algorithm>
#include <cstdio>

#include "store/sqlite_internal.h"

namespace nc::store {
namespace {

constexpr const char* kQuestionColumns =
    "id, org_id, rulebook_id, article, kind, stem, options, answer, source, state, edited, created_by, created_us,"
    " published_by, published_us, version";

QuizQuestion read_question(const Statement& st) {
  QuizQuestion q;
  q.id = static_cast<std::uint64_t>(st.integer(0));
  q.org = domain::OrgId{static_cast<std::uint32_t>(st.integer(1))};
  q.rulebook = st.text(2);
  q.article = static_cast<int>(st.integer(3));
  q.kind = st.text(4);
  q.stem = st.text(5);
  q.options = st.text(6);
  q.answer = static_cast<int>(st.integer(7));
  q.source = st.text(8);
  q.state = st.text(9);
  q.edited = st.integer(10) != 0;
  q.created_by = domain::UserId{static_cast<std::uint32_t>(st.integer(11))};
  q.created_us = st.integer(12);
  if (!st.is_null(13)) q.published_by = domain::UserId{static_cast<std::uint32_t>(st.integer(13))};
  q.published_us = st.integer(14);
  q.version = static_cast<std::uint32_t>(st.integer(15));
  return q;
}

Result<std::optional<QuizQuestion>> find_question(sqlite3* db, std::uint64_t id) {
  Statement st(db, (std::string("SELECT ") + kQuestionColumns + " FROM quiz_questions WHERE id = $1").c_str());
  if (!st.prepared()) return db_error(db, "reading a question");
  st.bind(1, static_cast<long long>(id));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<QuizQuestion>();
  if (rc != SQLITE_ROW) return db_error(db, "reading a question");
  return std::optional<QuizQuestion>(read_question(st));
}

// "0,2,1" ⇄ {0, 2, 1}; "101" ⇄ {true, false, true}.
std::string join(const std::vector<int>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + std::to_string(v[i]);
  return out;
}
std::vector<int> split(const std::string& s) {
  std::vector<int> out;
  size_t from = 0;
  while (from < s.size()) {
    size_t to = s.find(',', from);
    if (to == std::string::npos) to = s.size();
    out.push_back(std::stoi(s.substr(from, to - from)));
    from = to + 1;
  }
  return out;
}
std::string bits(const std::vector<bool>& v) {
  std::string out;
  for (bool b : v) out += b ? '1' : '0';
  return out;
}
std::vector<bool> unbits(const std::string& s) {
  std::vector<bool> out;
  for (char c : s) out.push_back(c == '1');
  return out;
}

Result<std::uint64_t> next_id(sqlite3* db, const char* table) {
  Statement st(db, (std::string("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table).c_str());
  if (!st.prepared() || st.step() != SQLITE_ROW) return db_error(db, "numbering");
  return static_cast<std::uint64_t>(st.integer(0));
}

Quiz read_quiz(const Statement& st) {
  Quiz q;
  q.id = static_cast<std::uint64_t>(st.integer(0));
  q.org = domain::OrgId{static_cast<std::uint32_t>(st.integer(1))};
  q.title = st.text(2);
  q.opens = read_date(st, 3).value_or(domain::Date{});
  q.closes = read_date(st, 4).value_or(domain::Date{});
  q.created_by = domain::UserId{static_cast<std::uint32_t>(st.integer(5))};
  q.created_us = st.integer(6);
  q.takers = st.integer(7);
  q.question_count = static_cast<std::size_t>(st.integer(8));
  return q;
}

// The last column counts the quiz's questions from quiz_items' primary key (at most 50 a quiz).
constexpr const char* kQuizColumns =
    "id, org_id, title, opens, closes, created_by, created_us, takers,"
    " (SELECT count(*) FROM quiz_items WHERE quiz_items.quiz_id = quizzes.id)";

}  // namespace

Result<std::vector<QuizQuestion>> SqliteStore::add_quiz_questions(const std::vector<QuizQuestion>& drafts,
                                                                  const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  std::vector<QuizQuestion> out = drafts;
  Status s = impl_->write("storing draft questions", [&]() -> Status {
    auto first = next_id(db, "quiz_questions");
    if (!first.ok()) return first.status();
    std::uint64_t id = *first;
    for (QuizQuestion& q : out) {
      q.id = id++;
      q.state = "draft";
      q.version = 1;
      q.edited = false;
      q.published_by.reset();
      q.published_us = 0;
      Statement ins(db, (std::string("INSERT INTO quiz_questions (") + kQuestionColumns +
                         ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)")
                            .c_str());
      ins.bind(1, static_cast<long long>(q.id));
      ins.bind(2, static_cast<long long>(q.org.value));
      ins.bind(3, q.rulebook);
      ins.bind(4, static_cast<long long>(q.article));
      ins.bind(5, q.kind);
      ins.bind(6, q.stem);
      ins.bind(7, q.options);
      ins.bind(8, static_cast<long long>(q.answer));
      ins.bind(9, q.source);
      ins.bind(10, q.state);
      ins.bind(11, 0LL);
      ins.bind(12, static_cast<long long>(q.created_by.value));
      ins.bind(13, static_cast<long long>(q.created_us));
      ins.bind_null(14);
      ins.bind(15, 0LL);
      ins.bind(16, 1LL);
      if (Status st = step_done(db, ins, "storing a draft question"); !st.ok()) return st;
    }
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::optional<QuizQuestion>> SqliteStore::find_quiz_question(std::uint64_t id) {
  std::lock_guard lock(impl_->mu);
  return find_question(impl_->db, id);
}

namespace {

// The draft at its expected version, or why not.
Result<QuizQuestion> draft_at(sqlite3* db, std::uint64_t id, std::uint32_t version) {
  auto found = find_question(db, id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("题目不存在");
  if ((*found)->state == "discarded") return Status::Error(Code::kConflict, "题目已舍弃");
  if ((*found)->state != "draft") return Status::Error(Code::kConflict, "题目已发布，不能再修改");
  if ((*found)->version != version) return Status::Error(Code::kConflict, "这道题刚被他人修改过，请刷新后再试");
  return **found;
}

}  // namespace

Result<QuizQuestion> SqliteStore::edit_quiz_question(const QuizQuestion& edited, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  QuizQuestion out;
  Status s = impl_->write("editing a question", [&]() -> Status {
    auto draft = draft_at(db, edited.id, edited.version);
    if (!draft.ok()) return draft.status();
    out = *draft;
    out.stem = edited.stem;
    out.options = edited.options;
    out.answer = edited.answer;
    out.edited = true;
    out.version += 1;
    Statement upd(db, "UPDATE quiz_questions SET stem = $1, options = $2, answer = $3, edited = 1, version = $4"
                      " WHERE id = $5");
    upd.bind(1, out.stem);
    upd.bind(2, out.options);
    upd.bind(3, static_cast<long long>(out.answer));
    upd.bind(4, static_cast<long long>(out.version));
    upd.bind(5, static_cast<long long>(out.id));
    if (Status st = step_done(db, upd, "editing a question"); !st.ok()) return st;
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<QuizQuestion> SqliteStore::publish_quiz_question(std::uint64_t id, std::uint32_t expected_version,
                                                        domain::UserId by, std::int64_t time_us,
                                                        const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  QuizQuestion out;
  Status s = impl_->write("publishing a question", [&]() -> Status {
    auto draft = draft_at(db, id, expected_version);
    if (!draft.ok()) return draft.status();
    out = *draft;
    out.state = "published";
    out.published_by = by;
    out.published_us = time_us;
    out.version += 1;
    Statement upd(db, "UPDATE quiz_questions SET state = 'published', published_by = $1, published_us = $2,"
                      " version = $3 WHERE id = $4");
    upd.bind(1, static_cast<long long>(by.value));
    upd.bind(2, static_cast<long long>(time_us));
    upd.bind(3, static_cast<long long>(out.version));
    upd.bind(4, static_cast<long long>(id));
    if (Status st = step_done(db, upd, "publishing a question"); !st.ok()) return st;
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<QuizQuestion> SqliteStore::discard_quiz_question(std::uint64_t id, std::uint32_t expected_version,
                                                        const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  QuizQuestion out;
  Status s = impl_->write("discarding a question", [&]() -> Status {
    auto draft = draft_at(db, id, expected_version);
    if (!draft.ok()) return draft.status();
    out = *draft;
    out.state = "discarded";
    out.version += 1;
    Statement upd(db, "UPDATE quiz_questions SET state = 'discarded', version = $1 WHERE id = $2");
    upd.bind(1, static_cast<long long>(out.version));
    upd.bind(2, static_cast<long long>(id));
    if (Status st = step_done(db, upd, "discarding a question"); !st.ok()) return st;
    return insert_audit(db, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<QuizQuestionPage> SqliteStore::quiz_question_page(domain::OrgId org, const std::optional<std::string>& state,
                                                         std::optional<std::uint64_t> after, std::size_t limit) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  limit = std::clamp<std::size_t>(limit, 1, 200);
  QuizQuestionPage page;
  const std::string where = std::string(" WHERE org_id = $1") + (state ? " AND state = $2" : " AND $2 = $2");
  {
    Statement st(db, (std::string("SELECT ") + kQuestionColumns + " FROM quiz_questions" + where +
                      " AND id > $3 ORDER BY org_id, id LIMIT $4")
                         .c_str());
    if (!st.prepared()) return db_error(db, "listing questions");
    st.bind(1, static_cast<long long>(org.value));
    st.bind(2, state.value_or(""));
    st.bind(3, static_cast<long long>(after.value_or(0)));
    st.bind(4, static_cast<long long>(limit + 1));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) page.questions.push_back(read_question(st));
    if (rc != SQLITE_DONE) return db_error(db, "listing questions");
  }
  if (page.questions.size() > limit) {
    page.questions.resize(limit);
    page.next = page.questions.back().id;
  }
  Statement count(db, (std::string("SELECT count(*) FROM quiz_questions") + where).c_str());
  if (!count.prepared()) return db_error(db, "counting questions");
  count.bind(1, static_cast<long long>(org.value));
  count.bind(2, state.value_or(""));
  if (count.step() != SQLITE_ROW) return db_error(db, "counting questions");
  page.total = static_cast<std::uint64_t>(count.integer(0));
  return page;
}

Result<Quiz> SqliteStore::create_quiz(const Quiz& quiz, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  Quiz out = quiz;
  out.takers = 0;
  out.question_count = out.questions.size();
  Status s = impl_->write("storing a quiz", [&]() -> Status {
    for (size_t i = 0; i < out.questions.size(); ++i) {
      auto q = find_question(db, out.questions[i]);
      if (!q.ok()) return q.status();
      const std::string which = "第 " + std::to_string(i + 1) + " 题（questions）";
      if (!*q || (*q)->org != out.org) return Status::Invalid(which + "不在本组织的题库中");
      if ((*q)->state != "published") return Status::Invalid(which + "尚未审核发布：只有发布的题目才能组成测验");
    }
    auto id = next_id(db, "quizzes");
    if (!id.ok()) return id.status();
    out.id = *id;
    Statement ins(db, "INSERT INTO quizzes (id, org_id, title, opens, closes, created_by, created_us, takers)"
                      " VALUES ($1, $2, $3, $4, $5, $6, $7, 0)");
    ins.bind(1, static_cast<long long>(out.id));
    ins.bind(2, static_cast<long long>(out.org.value));
    ins.bind(3, out.title);
    ins.bind(4, out.opens.iso());
    ins.bind(5, out.closes.iso());
    ins.bind(6, static_cast<long long>(out.created_by.value));
    ins.bind(7, static_cast<long long>(out.created_us));
    if (Status st = step_done(db, ins, "storing a quiz"); !st.ok()) return st;
    for (size_t i = 0; i < out.questions.size(); ++i) {
      Statement item(db, "INSERT INTO quiz_items (quiz_id, position, question_id, right_count) VALUES ($1, $2, $3, 0)");
      item.bind(1, static_cast<long long>(out.id));
      item.bind(2, static_cast<long long>(i + 1));
      item.bind(3, static_cast<long long>(out.questions[i]));
      if (Status st = step_done(db, item, "storing a quiz's questions"); !st.ok()) return st;
    }
    // The overview's counters (quiz_counts), by the month the quiz closes.
    if (Status st = bump_month_count(db, out.org, kQuizCounterKind, "made", out.closes.iso().substr(0, 7), 1); !st.ok()) {
      return st;
    }
    AuditRecord note = audit;
    note.entry.target += std::to_string(out.id);
    return insert_audit(db, note);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::optional<Quiz>> SqliteStore::find_quiz(std::uint64_t id) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  std::optional<Quiz> out;
  {
    Statement st(db, (std::string("SELECT ") + kQuizColumns + " FROM quizzes WHERE id = $1").c_str());
    if (!st.prepared()) return db_error(db, "reading a quiz");
    st.bind(1, static_cast<long long>(id));
    const int rc = st.step();
    if (rc == SQLITE_DONE) return out;
    if (rc != SQLITE_ROW) return db_error(db, "reading a quiz");
    out = read_quiz(st);
  }
  Statement items(db, "SELECT question_id FROM quiz_items WHERE quiz_id = $1 ORDER BY position");
  if (!items.prepared()) return db_error(db, "reading a quiz's questions");
  items.bind(1, static_cast<long long>(id));
  int rc;
  while ((rc = items.step()) == SQLITE_ROW) out->questions.push_back(static_cast<std::uint64_t>(items.integer(0)));
  if (rc != SQLITE_DONE) return db_error(db, "reading a quiz's questions");
  return out;
}

Result<QuizPage> SqliteStore::quiz_page(const std::vector<domain::OrgId>& orgs, std::optional<std::uint64_t> after,
                                        std::size_t limit) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  limit = std::clamp<std::size_t>(limit, 1, 200);
  QuizPage page;
  // Each organisation's quizzes are one range of quizzes_org; the few
  // organisations (a member's ancestry, one branch) are merged newest first.
  for (domain::OrgId org : orgs) {
    Statement st(db, (std::string("SELECT ") + kQuizColumns +
                      " FROM quizzes WHERE org_id = $1 AND id < $2 ORDER BY org_id DESC, id DESC LIMIT $3")
                         .c_str());
    if (!st.prepared()) return db_error(db, "listing quizzes");
    st.bind(1, static_cast<long long>(org.value));
    st.bind(2, after ? static_cast<long long>(*after) : (1LL << 62));
    st.bind(3, static_cast<long long>(limit + 1));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) page.quizzes.push_back(read_quiz(st));
    if (rc != SQLITE_DONE) return db_error(db, "listing quizzes");
    Statement count(db, "SELECT count(*) FROM quizzes WHERE org_id = $1");
    if (!count.prepared()) return db_error(db, "counting quizzes");
    count.bind(1, static_cast<long long>(org.value));
    if (count.step() != SQLITE_ROW) return db_error(db, "counting quizzes");
    page.total += static_cast<std::uint64_t>(count.integer(0));
  }
  std::sort(page.quizzes.begin(), page.quizzes.end(), [](const Quiz& a, const Quiz& b) { return a.id > b.id; });
  if (page.quizzes.size() > limit) {
    page.quizzes.resize(limit);
    page.next = page.quizzes.back().id;
  }
  return page;
}

Status SqliteStore::add_quiz_attempt(const QuizAttempt& attempt, const AuditRecord& audit) {
  std::lock_guard lock(impl_->mu);
  sqlite3* db = impl_->db;
  return impl_->write("storing an attempt", [&]() -> Status {
    {
      Statement seen(db, "SELECT 1 FROM quiz_attempts WHERE quiz_id = $1 AND member_id = $2");
      if (!seen.prepared()) return db_error(db, "reading an attempt");
      seen.bind(1, static_cast<long long>(attempt.quiz));
      seen.bind(2, static_cast<long long>(attempt.member.value));
      const int rc = seen.step();
      if (rc == SQLITE_ROW) return Status::Error(Code::kConflict, "你已经完成过这次测验");
      if (rc != SQLITE_DONE) return db_error(db, "reading an attempt");
    }
    Statement ins(db, "INSERT INTO quiz_attempts (quiz_id, member_id, answers, rights, time_us, counted)"
                      " VALUES ($1, $2, $3, $4, $5, $6)");
    ins.bind(1, static_cast<long long>(attempt.quiz));
    ins.bind(2, static_cast<long long>(attempt.member.value));
    ins.bind(3, join(attempt.answers));
    ins.bind(4, bits(attempt.right));
    ins.bind(5, static_cast<long long>(attempt.time_us));
    ins.bind(6, attempt.counted ? 1LL : 0LL);
    if (Status st = step_done(db, ins, "storing an attempt"); !st.ok()) return st;
    // Every attempt is a completion; only a counted one moves the shares.
    // SQLite numbers $N by first appearance: the flag comes first in the text.
    Statement takers(db, "UPDATE quizzes SET takers = takers + 1, counted_takers = counted_takers + $1 WHERE id = $2");
    takers.bind(1, attempt.counted ? 1LL : 0LL);
    takers.bind(2, static_cast<long long>(attempt.quiz));
    if (Status st = step_done(db, takers, "counting an attempt"); !st.ok()) return st;
    {
      // A completion in the overview's counters, by the month the quiz closes.
      Statement quiz(db, "SELECT org_id, substr(closes, 1, 7) FROM quizzes WHERE id = $1");
      if (!quiz.prepared()) return db_error(db, "reading a quiz");
      quiz.bind(1, static_cast<long long>(attempt.quiz));
      if (quiz.step() != SQLITE_ROW) return Status::NotFound("测验不存在");
      const domain::OrgId org{static_cast<std::uint32_t>(quiz.integer(0))};
      if (Status st = bump_month_count(db, org, kQuizCounterKind, "completed", quiz.text(1), 1); !st.ok()) return st;
    }
    for (size_t i = 0; attempt.counted && i < attempt.right.size(); ++i) {
      if (!attempt.right[i]) continue;
      Statement tally(db, "UPDATE quiz_items SET right_count = right_count + 1 WHERE quiz_id = $1 AND position = $2");
      tally.bind(1, static_cast<long long>(attempt.quiz));
      tally.bind(2, static_cast<long long>(i + 1));
      if (Status st = step_done(db, tally, "counting right answers"); !st.ok()) return st;
    }
    return insert_audit(db, audit);
  });
}

namespace {

QuizAttempt read_attempt(const Statement& st) {
  QuizAttempt a;
  a.quiz = static_cast<std::uint64_t>(st.integer(0));
  a.member = domain::MemberId{static_cast<std::uint32_t>(st.integer(1))};
  a.answers = split(st.text(2));
  a.right = unbits(st.text(3));
  a.time_us = st.integer(4);
  a.counted = st.integer(5) != 0;
  return a;
}

}  // namespace

Result<std::optional<QuizAttempt>> SqliteStore::find_quiz_attempt(std::uint64_t quiz, domain::MemberId member) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  Statement st(db, "SELECT quiz_id, member_id, answers, rights, time_us, counted FROM quiz_attempts"
                   " WHERE quiz_id = $1 AND member_id = $2");
  if (!st.prepared()) return db_error(db, "reading an attempt");
  st.bind(1, static_cast<long long>(quiz));
  st.bind(2, static_cast<long long>(member.value));
  const int rc = st.step();
  if (rc == SQLITE_DONE) return std::optional<QuizAttempt>();
  if (rc != SQLITE_ROW) return db_error(db, "reading an attempt");
  return std::optional<QuizAttempt>(read_attempt(st));
}

Result<std::vector<QuizAttempt>> SqliteStore::member_quiz_attempts(domain::MemberId member,
                                                                   std::optional<std::uint64_t> before_quiz,
                                                                   std::size_t limit) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  limit = std::clamp<std::size_t>(limit, 1, 200);
  Statement st(db, "SELECT quiz_id, member_id, answers, rights, time_us, counted FROM quiz_attempts"
                   " WHERE member_id = $1 AND quiz_id < $2 ORDER BY member_id DESC, quiz_id DESC LIMIT $3");
  if (!st.prepared()) return db_error(db, "listing attempts");
  st.bind(1, static_cast<long long>(member.value));
  st.bind(2, before_quiz ? static_cast<long long>(*before_quiz) : (1LL << 62));
  st.bind(3, static_cast<long long>(limit));
  std::vector<QuizAttempt> out;
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.push_back(read_attempt(st));
  if (rc != SQLITE_DONE) return db_error(db, "listing attempts");
  return out;
}

Result<QuizCompletionPage> SqliteStore::quiz_completions(std::uint64_t quiz, std::optional<domain::MemberId> after,
                                                         std::size_t limit) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  limit = std::clamp<std::size_t>(limit, 1, 200);
  QuizCompletionPage page;
  {
    Statement st(db, "SELECT a.member_id, m.name, a.time_us FROM quiz_attempts a JOIN members m ON m.id = a.member_id"
                     " WHERE a.quiz_id = $1 AND a.member_id > $2 ORDER BY a.quiz_id, a.member_id LIMIT $3");
    if (!st.prepared()) return db_error(db, "listing completions");
    st.bind(1, static_cast<long long>(quiz));
    st.bind(2, static_cast<long long>(after ? after->value : 0));
    st.bind(3, static_cast<long long>(limit + 1));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
      page.completions.push_back(
          {domain::MemberId{static_cast<std::uint32_t>(st.integer(0))}, st.text(1), st.integer(2)});
    if (rc != SQLITE_DONE) return db_error(db, "listing completions");
  }
  if (page.completions.size() > limit) {
    page.completions.resize(limit);
    page.next = page.completions.back().member;
  }
  Statement count(db, "SELECT takers FROM quizzes WHERE id = $1");
  if (!count.prepared()) return db_error(db, "counting completions");
  count.bind(1, static_cast<long long>(quiz));
  if (count.step() == SQLITE_ROW) page.total = static_cast<std::uint64_t>(count.integer(0));
  return page;
}

Result<QuizTally> SqliteStore::quiz_tally(std::uint64_t quiz) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  QuizTally out;
  {
    Statement st(db, "SELECT counted_takers FROM quizzes WHERE id = $1");
    if (!st.prepared()) return db_error(db, "reading tallies");
    st.bind(1, static_cast<long long>(quiz));
    const int rc = st.step();
    if (rc == SQLITE_DONE) return Status::NotFound("测验不存在");
    if (rc != SQLITE_ROW) return db_error(db, "reading tallies");
    out.takers = st.integer(0);
  }
  Statement st(db, "SELECT right_count FROM quiz_items WHERE quiz_id = $1 ORDER BY position");
  if (!st.prepared()) return db_error(db, "reading tallies");
  st.bind(1, static_cast<long long>(quiz));
  int rc;
  while ((rc = st.step()) == SQLITE_ROW) out.right.push_back(st.integer(0));
  if (rc != SQLITE_DONE) return db_error(db, "reading tallies");
  return out;
}

Result<QuizCounts> SqliteStore::quiz_counts(const std::vector<OrgScope>& scope, std::optional<int> year) {
  Impl::Reader reader(*impl_);
  sqlite3* db = reader.db();
  auto parts = counted_parts(db, scope);
  if (!parts.ok()) return parts.status();
  QuizCounts out;
  // The counters kept with each quiz and attempt (create_quiz, add_quiz_attempt;
  // migration 19 counted the quizzes before it), by the month each quiz closes:
  // a few rows per organisation however many quizzes its subtree holds. Joining
  // the subtree's organisations to their quizzes was 80 % of the root's
  // overview (docs/benchmarks.md).
  for (const OrgScope& part : *parts) {
    const char* sql = part.subtree ? "SELECT month, state, n FROM workflow_subtree_month_counts WHERE org_id = $1 AND kind = $2"
                                   : "SELECT month, state, n FROM workflow_month_counts WHERE org_id = $1 AND kind = $2";
    Statement st(db, sql);
    if (!st.prepared()) return db_error(db, "counting quizzes");
    st.bind(1, static_cast<long long>(part.org.value));
    st.bind(2, std::string_view(kQuizCounterKind));
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
      const std::string month = st.text(0);
      const std::string state = st.text(1);
      const auto n = static_cast<std::uint64_t>(st.integer(2));
      if (state == "made") {
        out.quizzes += n;
        continue;
      }
      if (state != "completed") continue;
      out.completions += n;
      // month is YYYY-MM
      if (!year || month.size() != 7 || month.compare(0, 4, std::to_string(*year)) != 0) continue;
      const int m = (month[5] - '0') * 10 + (month[6] - '0');
      if (m >= 1 && m <= 12) out.completions_by_closing_month[static_cast<std::size_t>(m - 1)] += n;
    }
    if (rc != SQLITE_DONE) return db_error(db, "counting quizzes");
  }
  return out;
}

}  // namespace nc::store
