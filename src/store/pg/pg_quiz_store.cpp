// PgQuizStore: SqliteStore's sqlite_quiz.cpp on PostgreSQL, statement for
// statement. Where they differ: SUM over a BIGINT column is NUMERIC on
// PostgreSQL (read back as the same digits); a read of a quiz with its
// questions runs in one snapshot.
#include "store/pg/pg_quiz_store.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "store/pg/audit_append.h"
#include "store/pg/reads.h"

namespace nc::store {
namespace {

using pg::Params;

constexpr const char* kQuestionColumns =
    "id, org_id, rulebook_id, article, kind, stem, options, answer, source, state, edited, created_by, created_us,"
    " published_by, published_us, version";

QuizQuestion read_question(const pg::Rows& rows, int r) {
  QuizQuestion q;
  q.id = static_cast<std::uint64_t>(rows.integer(r, 0));
  q.org = domain::OrgId{static_cast<std::uint32_t>(rows.integer(r, 1))};
  q.rulebook = std::string(rows.text(r, 2));
  q.article = static_cast<int>(rows.integer(r, 3));
  q.kind = std::string(rows.text(r, 4));
  q.stem = std::string(rows.text(r, 5));
  q.options = std::string(rows.text(r, 6));
  q.answer = static_cast<int>(rows.integer(r, 7));
  q.source = std::string(rows.text(r, 8));
  q.state = std::string(rows.text(r, 9));
  q.edited = rows.integer(r, 10) != 0;
  q.created_by = domain::UserId{static_cast<std::uint32_t>(rows.integer(r, 11))};
  q.created_us = rows.integer(r, 12);
  if (!rows.is_null(r, 13)) q.published_by = domain::UserId{static_cast<std::uint32_t>(rows.integer(r, 13))};
  q.published_us = rows.integer(r, 14);
  q.version = static_cast<std::uint32_t>(rows.integer(r, 15));
  return q;
}

Result<std::optional<QuizQuestion>> find_question(pg::Connection& c, std::uint64_t id) {
  auto rows = c.query(std::string("SELECT ") + kQuestionColumns + " FROM quiz_questions WHERE id = $1",
                      Params().add(static_cast<std::int64_t>(id)), "reading a question");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<QuizQuestion>();
  return std::optional<QuizQuestion>(read_question(*rows, 0));
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
std::vector<bool> unbits(std::string_view s) {
  std::vector<bool> out;
  for (char c : s) out.push_back(c == '1');
  return out;
}

// Table names are constants of this file, never input.
Result<std::uint64_t> next_id(pg::Connection& c, const char* table) {
  auto rows = c.query(std::string("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + table, "numbering");
  if (!rows.ok()) return rows.status();
  return static_cast<std::uint64_t>(rows->integer(0, 0));
}

// The last column counts the quiz's questions from quiz_items' primary key (at most 50 a quiz).
constexpr const char* kQuizColumns =
    "id, org_id, title, opens, closes, created_by, created_us, takers,"
    " (SELECT count(*) FROM quiz_items WHERE quiz_items.quiz_id = quizzes.id)";

Quiz read_quiz(const pg::Rows& rows, int r) {
  Quiz q;
  q.id = static_cast<std::uint64_t>(rows.integer(r, 0));
  q.org = domain::OrgId{static_cast<std::uint32_t>(rows.integer(r, 1))};
  q.title = std::string(rows.text(r, 2));
  q.opens = rows.is_null(r, 3) ? domain::Date{} : domain::parse_date(rows.text(r, 3)).value_or(domain::Date{});
  q.closes = rows.is_null(r, 4) ? domain::Date{} : domain::parse_date(rows.text(r, 4)).value_or(domain::Date{});
  q.created_by = domain::UserId{static_cast<std::uint32_t>(rows.integer(r, 5))};
  q.created_us = rows.integer(r, 6);
  q.takers = rows.integer(r, 7);
  q.question_count = static_cast<std::size_t>(rows.integer(r, 8));
  return q;
}

QuizAttempt read_attempt(const pg::Rows& rows, int r) {
  QuizAttempt a;
  a.quiz = static_cast<std::uint64_t>(rows.integer(r, 0));
  a.member = domain::MemberId{static_cast<std::uint32_t>(rows.integer(r, 1))};
  a.answers = split(std::string(rows.text(r, 2)));
  a.right = unbits(rows.text(r, 3));
  a.time_us = rows.integer(r, 4);
  a.counted = rows.integer(r, 5) != 0;
  return a;
}

// The draft at its expected version, or why not.
Result<QuizQuestion> draft_at(pg::Connection& c, std::uint64_t id, std::uint32_t version) {
  auto found = find_question(c, id);
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("题目不存在");
  if ((*found)->state == "discarded") return Status::Error(Code::kConflict, "题目已舍弃");
  if ((*found)->state != "draft") return Status::Error(Code::kConflict, "题目已发布，不能再修改");
  if ((*found)->version != version) return Status::Error(Code::kConflict, "这道题刚被他人修改过，请刷新后再试");
  return **found;
}

}  // namespace

PgQuizStore::PgQuizStore(std::unique_ptr<pg::Connection> connection) : conn_(std::move(connection)) {}
PgQuizStore::~PgQuizStore() = default;

Result<std::unique_ptr<PgQuizStore>> PgQuizStore::open(const std::string& conninfo) {
  auto c = pg::Connection::open(conninfo);
  if (!c.ok()) return c.status();
  return std::unique_ptr<PgQuizStore>(new PgQuizStore(std::move(c).value()));
}

Status PgQuizStore::write(const std::string& what, const std::function<Status()>& body) {
  return conn_->transaction(what, [&]() -> Status {
    if (Status s = pg::lock_writes(*conn_); !s.ok()) return s;
    return body();
  });
}

Result<std::vector<QuizQuestion>> PgQuizStore::add_quiz_questions(const std::vector<QuizQuestion>& drafts,
                                                                  const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::vector<QuizQuestion> out;
  Status s = write("storing draft questions", [&]() -> Status {
    out = drafts;
    auto first = next_id(c, "quiz_questions");
    if (!first.ok()) return first.status();
    std::uint64_t id = *first;
    for (QuizQuestion& q : out) {
      q.id = id++;
      q.state = "draft";
      q.version = 1;
      q.edited = false;
      q.published_by.reset();
      q.published_us = 0;
      Params row;
      row.add(static_cast<std::int64_t>(q.id))
          .add(std::int64_t{q.org.value})
          .add(q.rulebook)
          .add(std::int64_t{q.article})
          .add(q.kind)
          .add(q.stem)
          .add(q.options)
          .add(std::int64_t{q.answer})
          .add(q.source)
          .add(q.state)
          .add(std::int64_t{0})
          .add(std::int64_t{q.created_by.value})
          .add(static_cast<std::int64_t>(q.created_us))
          .add_null_int()
          .add(std::int64_t{0})
          .add(std::int64_t{1});
      if (Status st = c.run(std::string("INSERT INTO quiz_questions (") + kQuestionColumns +
                                ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                            row, "storing a draft question");
          !st.ok()) {
        return st;
      }
    }
    return pg::insert_audit(c, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::optional<QuizQuestion>> PgQuizStore::find_quiz_question(std::uint64_t id) {
  std::lock_guard lock(mu_);
  return find_question(*conn_, id);
}

Result<QuizQuestion> PgQuizStore::edit_quiz_question(const QuizQuestion& edited, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizQuestion out;
  Status s = write("editing a question", [&]() -> Status {
    auto draft = draft_at(c, edited.id, edited.version);
    if (!draft.ok()) return draft.status();
    out = *draft;
    out.stem = edited.stem;
    out.options = edited.options;
    out.answer = edited.answer;
    out.edited = true;
    out.version += 1;
    if (Status st = c.run("UPDATE quiz_questions SET stem = $1, options = $2, answer = $3, edited = 1, version = $4"
                          " WHERE id = $5",
                          Params()
                              .add(out.stem)
                              .add(out.options)
                              .add(std::int64_t{out.answer})
                              .add(std::int64_t{out.version})
                              .add(static_cast<std::int64_t>(out.id)),
                          "editing a question");
        !st.ok()) {
      return st;
    }
    return pg::insert_audit(c, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<QuizQuestion> PgQuizStore::publish_quiz_question(std::uint64_t id, std::uint32_t expected_version,
                                                        domain::UserId by, std::int64_t time_us,
                                                        const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizQuestion out;
  Status s = write("publishing a question", [&]() -> Status {
    auto draft = draft_at(c, id, expected_version);
    if (!draft.ok()) return draft.status();
    out = *draft;
    out.state = "published";
    out.published_by = by;
    out.published_us = time_us;
    out.version += 1;
    if (Status st = c.run("UPDATE quiz_questions SET state = 'published', published_by = $1, published_us = $2,"
                          " version = $3 WHERE id = $4",
                          Params()
                              .add(std::int64_t{by.value})
                              .add(static_cast<std::int64_t>(time_us))
                              .add(std::int64_t{out.version})
                              .add(static_cast<std::int64_t>(id)),
                          "publishing a question");
        !st.ok()) {
      return st;
    }
    return pg::insert_audit(c, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<QuizQuestion> PgQuizStore::discard_quiz_question(std::uint64_t id, std::uint32_t expected_version,
                                                        const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizQuestion out;
  Status s = write("discarding a question", [&]() -> Status {
    auto draft = draft_at(c, id, expected_version);
    if (!draft.ok()) return draft.status();
    out = *draft;
    out.state = "discarded";
    out.version += 1;
    if (Status st =
            c.run("UPDATE quiz_questions SET state = 'discarded', version = $1 WHERE id = $2",
                  Params().add(std::int64_t{out.version}).add(static_cast<std::int64_t>(id)), "discarding a question");
        !st.ok()) {
      return st;
    }
    return pg::insert_audit(c, audit);
  });
  if (!s.ok()) return s;
  return out;
}

Result<QuizQuestionPage> PgQuizStore::quiz_question_page(domain::OrgId org, const std::optional<std::string>& state,
                                                         std::optional<std::uint64_t> after, std::size_t limit) {
  limit = std::clamp<std::size_t>(limit, 1, 200);
  const std::string where = std::string(" WHERE org_id = $1") + (state ? " AND state = $2" : " AND $2 = $2");
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizQuestionPage page;
  Status s = pg::read_snapshot(c, "listing questions", [&]() -> Status {
    auto rows = c.query(std::string("SELECT ") + kQuestionColumns + " FROM quiz_questions" + where +
                            " AND id > $3 ORDER BY org_id, id LIMIT $4",
                        Params()
                            .add(std::int64_t{org.value})
                            .add(state.value_or(""))
                            .add(static_cast<std::int64_t>(after.value_or(0)))
                            .add(static_cast<std::int64_t>(limit + 1)),
                        "listing questions");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) page.questions.push_back(read_question(*rows, r));
    auto count = c.query(std::string("SELECT count(*) FROM quiz_questions") + where,
                         Params().add(std::int64_t{org.value}).add(state.value_or("")), "counting questions");
    if (!count.ok()) return count.status();
    page.total = static_cast<std::uint64_t>(count->integer(0, 0));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (page.questions.size() > limit) {
    page.questions.resize(limit);
    page.next = page.questions.back().id;
  }
  return page;
}

Result<Quiz> PgQuizStore::create_quiz(const Quiz& quiz, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  Quiz out = quiz;
  out.takers = 0;
  out.question_count = out.questions.size();
  Status s = write("storing a quiz", [&]() -> Status {
    for (size_t i = 0; i < out.questions.size(); ++i) {
      auto q = find_question(c, out.questions[i]);
      if (!q.ok()) return q.status();
      const std::string which = "第 " + std::to_string(i + 1) + " 题（questions）";
      if (!*q || (*q)->org != out.org) return Status::Invalid(which + "不在本组织的题库中");
      if ((*q)->state != "published") return Status::Invalid(which + "尚未审核发布：只有发布的题目才能组成测验");
    }
    auto id = next_id(c, "quizzes");
    if (!id.ok()) return id.status();
    out.id = *id;
    if (Status st = c.run("INSERT INTO quizzes (id, org_id, title, opens, closes, created_by, created_us, takers)"
                          " VALUES ($1, $2, $3, $4, $5, $6, $7, 0)",
                          Params()
                              .add(static_cast<std::int64_t>(out.id))
                              .add(std::int64_t{out.org.value})
                              .add(out.title)
                              .add(out.opens.iso())
                              .add(out.closes.iso())
                              .add(std::int64_t{out.created_by.value})
                              .add(static_cast<std::int64_t>(out.created_us)),
                          "storing a quiz");
        !st.ok()) {
      return st;
    }
    for (size_t i = 0; i < out.questions.size(); ++i) {
      if (Status st =
              c.run("INSERT INTO quiz_items (quiz_id, position, question_id, right_count) VALUES ($1, $2, $3, 0)",
                    Params()
                        .add(static_cast<std::int64_t>(out.id))
                        .add(static_cast<std::int64_t>(i + 1))
                        .add(static_cast<std::int64_t>(out.questions[i])),
                    "storing a quiz's questions");
          !st.ok()) {
        return st;
      }
    }
    AuditRecord note = audit;
    note.entry.target += std::to_string(out.id);
    return pg::insert_audit(c, note);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::optional<Quiz>> PgQuizStore::find_quiz(std::uint64_t id) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  std::optional<Quiz> out;
  Status s = pg::read_snapshot(c, "reading a quiz", [&]() -> Status {
    auto rows = c.query(std::string("SELECT ") + kQuizColumns + " FROM quizzes WHERE id = $1",
                        Params().add(static_cast<std::int64_t>(id)), "reading a quiz");
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::Ok();
    out = read_quiz(*rows, 0);
    auto items = c.query("SELECT question_id FROM quiz_items WHERE quiz_id = $1 ORDER BY position",
                         Params().add(static_cast<std::int64_t>(id)), "reading a quiz's questions");
    if (!items.ok()) return items.status();
    for (int r = 0; r < items->size(); ++r) out->questions.push_back(static_cast<std::uint64_t>(items->integer(r, 0)));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<QuizPage> PgQuizStore::quiz_page(const std::vector<domain::OrgId>& orgs, std::optional<std::uint64_t> after,
                                        std::size_t limit) {
  limit = std::clamp<std::size_t>(limit, 1, 200);
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizPage page;
  // Each organisation's quizzes are one range of quizzes_org; the few
  // organisations (a member's ancestry, one branch) are merged newest first.
  Status s = pg::read_snapshot(c, "listing quizzes", [&]() -> Status {
    for (domain::OrgId org : orgs) {
      auto rows = c.query(std::string("SELECT ") + kQuizColumns +
                              " FROM quizzes WHERE org_id = $1 AND id < $2 ORDER BY org_id DESC, id DESC LIMIT $3",
                          Params()
                              .add(std::int64_t{org.value})
                              .add(after ? static_cast<std::int64_t>(*after) : std::int64_t{1LL << 62})
                              .add(static_cast<std::int64_t>(limit + 1)),
                          "listing quizzes");
      if (!rows.ok()) return rows.status();
      for (int r = 0; r < rows->size(); ++r) page.quizzes.push_back(read_quiz(*rows, r));
      auto count = c.query("SELECT count(*) FROM quizzes WHERE org_id = $1", Params().add(std::int64_t{org.value}),
                           "counting quizzes");
      if (!count.ok()) return count.status();
      page.total += static_cast<std::uint64_t>(count->integer(0, 0));
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  std::sort(page.quizzes.begin(), page.quizzes.end(), [](const Quiz& a, const Quiz& b) { return a.id > b.id; });
  if (page.quizzes.size() > limit) {
    page.quizzes.resize(limit);
    page.next = page.quizzes.back().id;
  }
  return page;
}

Status PgQuizStore::add_quiz_attempt(const QuizAttempt& attempt, const AuditRecord& audit) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  return write("storing an attempt", [&]() -> Status {
    auto seen = c.query("SELECT 1 FROM quiz_attempts WHERE quiz_id = $1 AND member_id = $2",
                        Params().add(static_cast<std::int64_t>(attempt.quiz)).add(std::int64_t{attempt.member.value}),
                        "reading an attempt");
    if (!seen.ok()) return seen.status();
    if (!seen->empty()) return Status::Error(Code::kConflict, "你已经完成过这次测验");
    if (Status st = c.run("INSERT INTO quiz_attempts (quiz_id, member_id, answers, rights, time_us, counted)"
                          " VALUES ($1, $2, $3, $4, $5, $6)",
                          Params()
                              .add(static_cast<std::int64_t>(attempt.quiz))
                              .add(std::int64_t{attempt.member.value})
                              .add(join(attempt.answers))
                              .add(bits(attempt.right))
                              .add(static_cast<std::int64_t>(attempt.time_us))
                              .add(std::int64_t{attempt.counted ? 1 : 0}),
                          "storing an attempt");
        !st.ok()) {
      return st;
    }
    // Every attempt is a completion; only a counted one moves the shares.
    if (Status st = c.run("UPDATE quizzes SET takers = takers + 1, counted_takers = counted_takers + $2 WHERE id = $1",
                          Params().add(static_cast<std::int64_t>(attempt.quiz)).add(std::int64_t{attempt.counted ? 1 : 0}),
                          "counting an attempt");
        !st.ok()) {
      return st;
    }
    for (size_t i = 0; attempt.counted && i < attempt.right.size(); ++i) {
      if (!attempt.right[i]) continue;
      if (Status st = c.run("UPDATE quiz_items SET right_count = right_count + 1 WHERE quiz_id = $1 AND position = $2",
                            Params().add(static_cast<std::int64_t>(attempt.quiz)).add(static_cast<std::int64_t>(i + 1)),
                            "counting right answers");
          !st.ok()) {
        return st;
      }
    }
    return pg::insert_audit(c, audit);
  });
}

Result<std::optional<QuizAttempt>> PgQuizStore::find_quiz_attempt(std::uint64_t quiz, domain::MemberId member) {
  std::lock_guard lock(mu_);
  auto rows = conn_->query(
      "SELECT quiz_id, member_id, answers, rights, time_us, counted FROM quiz_attempts WHERE quiz_id = $1 AND member_id = $2",
      Params().add(static_cast<std::int64_t>(quiz)).add(std::int64_t{member.value}), "reading an attempt");
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return std::optional<QuizAttempt>();
  return std::optional<QuizAttempt>(read_attempt(*rows, 0));
}

Result<std::vector<QuizAttempt>> PgQuizStore::member_quiz_attempts(domain::MemberId member,
                                                                   std::optional<std::uint64_t> before_quiz,
                                                                   std::size_t limit) {
  limit = std::clamp<std::size_t>(limit, 1, 200);
  std::lock_guard lock(mu_);
  auto rows = conn_->query(
      "SELECT quiz_id, member_id, answers, rights, time_us, counted FROM quiz_attempts"
      " WHERE member_id = $1 AND quiz_id < $2 ORDER BY member_id DESC, quiz_id DESC LIMIT $3",
      Params()
          .add(std::int64_t{member.value})
          .add(before_quiz ? static_cast<std::int64_t>(*before_quiz) : std::int64_t{1LL << 62})
          .add(static_cast<std::int64_t>(limit)),
      "listing attempts");
  if (!rows.ok()) return rows.status();
  std::vector<QuizAttempt> out;
  for (int r = 0; r < rows->size(); ++r) out.push_back(read_attempt(*rows, r));
  return out;
}

Result<QuizCompletionPage> PgQuizStore::quiz_completions(std::uint64_t quiz, std::optional<domain::MemberId> after,
                                                         std::size_t limit) {
  limit = std::clamp<std::size_t>(limit, 1, 200);
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizCompletionPage page;
  Status s = pg::read_snapshot(c, "listing completions", [&]() -> Status {
    auto rows = c.query(
        "SELECT a.member_id, m.name, a.time_us FROM quiz_attempts a JOIN members m ON m.id = a.member_id"
        " WHERE a.quiz_id = $1 AND a.member_id > $2 ORDER BY a.quiz_id, a.member_id LIMIT $3",
        Params()
            .add(static_cast<std::int64_t>(quiz))
            .add(std::int64_t{after ? after->value : 0})
            .add(static_cast<std::int64_t>(limit + 1)),
        "listing completions");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) {
      page.completions.push_back({domain::MemberId{static_cast<std::uint32_t>(rows->integer(r, 0))},
                                  std::string(rows->text(r, 1)), rows->integer(r, 2)});
    }
    auto count = c.query("SELECT takers FROM quizzes WHERE id = $1", Params().add(static_cast<std::int64_t>(quiz)),
                         "counting completions");
    if (!count.ok()) return count.status();
    if (!count->empty()) page.total = static_cast<std::uint64_t>(count->integer(0, 0));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (page.completions.size() > limit) {
    page.completions.resize(limit);
    page.next = page.completions.back().member;
  }
  return page;
}

Result<QuizTally> PgQuizStore::quiz_tally(std::uint64_t quiz) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizTally out;
  bool found = false;
  Status s = pg::read_snapshot(c, "reading tallies", [&]() -> Status {
    auto takers = c.query("SELECT counted_takers FROM quizzes WHERE id = $1",
                          Params().add(static_cast<std::int64_t>(quiz)), "reading tallies");
    if (!takers.ok()) return takers.status();
    if (takers->empty()) return Status::Ok();
    found = true;
    out.takers = takers->integer(0, 0);
    auto rows = c.query("SELECT right_count FROM quiz_items WHERE quiz_id = $1 ORDER BY position",
                        Params().add(static_cast<std::int64_t>(quiz)), "reading tallies");
    if (!rows.ok()) return rows.status();
    for (int r = 0; r < rows->size(); ++r) out.right.push_back(rows->integer(r, 0));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (!found) return Status::NotFound("测验不存在");
  return out;
}

Result<QuizCounts> PgQuizStore::quiz_counts(const std::vector<OrgScope>& scope, std::optional<int> year) {
  std::lock_guard lock(mu_);
  pg::Connection& c = *conn_;
  QuizCounts out;
  Status s = pg::read_snapshot(c, "counting quizzes", [&]() -> Status {
    auto ranges = pg::ranges_of(c, scope);
    if (!ranges.ok()) return ranges.status();
    // Each part is one range of organisations_by_path; each organisation's
    // quizzes one range of quizzes_org.
    for (const pg::PathRange& r : *ranges) {
      auto rows = c.query(
          "SELECT count(*), COALESCE(SUM(q.takers), 0) FROM organisations o JOIN quizzes q ON q.org_id = o.id"
          " WHERE o.path >= $1 AND o.path < $2",
          Params().add(r.lo).add(r.hi), "counting quizzes");
      if (!rows.ok()) return rows.status();
      out.quizzes += static_cast<std::uint64_t>(rows->integer(0, 0));
      out.completions += static_cast<std::uint64_t>(rows->integer(0, 1));
      if (!year) continue;
      // The takers kept on each quiz, summed by the month of its closing day (YYYY-MM-DD text).
      char from[16], to[16];
      std::snprintf(from, sizeof from, "%04d-01-01", *year);
      std::snprintf(to, sizeof to, "%04d-12-31", *year);
      auto by = c.query(
          "SELECT substr(q.closes, 6, 2), COALESCE(SUM(q.takers), 0) FROM organisations o"
          " JOIN quizzes q ON q.org_id = o.id"
          " WHERE o.path >= $1 AND o.path < $2 AND q.closes >= $3 AND q.closes <= $4"
          " GROUP BY substr(q.closes, 6, 2)",
          Params().add(r.lo).add(r.hi).add(std::string_view(from)).add(std::string_view(to)),
          "counting completions by month");
      if (!by.ok()) return by.status();
      for (int k = 0; k < by->size(); ++k) {
        const std::string_view mm = by->text(k, 0);
        const int m = mm.size() == 2 ? (mm[0] - '0') * 10 + (mm[1] - '0') : 0;
        if (m >= 1 && m <= 12) {
          out.completions_by_closing_month[static_cast<std::size_t>(m - 1)] +=
              static_cast<std::uint64_t>(by->integer(k, 1));
        }
      }
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace nc::store
