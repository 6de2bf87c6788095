// Statements (说明) as every answer that shows a record shows them: each
// original the subject wrote, its replies threaded under it, whether it was
// marked handled (已处理) and by whom, and for a reader what is new since
// they last looked. The one JSON shape of docs/api-contract.md "Statements".
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/record_kind.h"
#include "server/app.h"
#include "store/access_records.h"

namespace nc::server::handlers {

// Names of the people who wrote or handled statements, looked up once each:
// the member's name for an account linked to a member, else its login.
class StatementAuthors {
 public:
  explicit StatementAuthors(const App& app) : store_(*app.store), directory_(app.directory.get()) {}
  // Inside a Directory read: names from `roster` without locking again.
  StatementAuthors(store::Store& store, const domain::Roster& roster) : store_(store), roster_(&roster) {}
  std::string name(domain::UserId user);

 private:
  store::Store& store_;
  const access::Directory* directory_ = nullptr;
  const domain::Roster* roster_ = nullptr;
  std::map<std::uint32_t, std::string> names_;
};

// The threads on one record (kind, id) out of `all` (statements about its
// subject, by id). `viewer` marks what they wrote (`mine`); with `seen`
// (the last id the viewer saw), statements by others after it are `new`.
nlohmann::json statement_threads_json(const std::vector<store::RecordStatement>& all, std::string_view kind,
                                      std::uint64_t record_id, domain::UserId viewer,
                                      std::optional<std::uint64_t> seen, StatementAuthors& authors);
nlohmann::json statement_json(const store::RecordStatement& statement, domain::UserId viewer,
                              std::optional<std::uint64_t> seen, StatementAuthors& authors);

// The organisation that keeps a record, as authorization needs it; none when
// the record does not exist. Kind "member": the member entry, kept by the
// member's organisation; a kind of the workflow core: the stored record's.
std::optional<domain::OrgId> record_owner(const App& app, const domain::RecordKindInfo& kind, std::uint64_t record_id,
                                          domain::MemberId subject);

// One line of text per statement of a thread, for exports (the roster's 说明
// column, 我的记录 as .xlsx): "2026-12-07 说明：…", "  2026-12-08 回复（王芳）：…",
// "  已处理（王芳，2026-12-08）".
// The statements on the member entries of `members`, as that text, per
// member who has any (the roster export's 说明 column); 500 members a query.
// Call inside a Directory read that gave `roster`.
Result<std::unordered_map<std::uint32_t, std::string>> entry_statement_texts(
    store::Store& store, const domain::Roster& roster, const std::vector<domain::MemberId>& members);

// The subject of record `record_id` of `kind` and the organisation that keeps
// it; none when there is no such record.
std::optional<std::pair<domain::MemberId, domain::OrgId>> record_subject(const App& app,
                                                                          const domain::RecordKindInfo& kind,
                                                                          std::uint64_t record_id);

std::string statement_threads_text(const std::vector<store::RecordStatement>& all, std::string_view kind,
                                   std::uint64_t record_id, StatementAuthors& authors);

}  // namespace nc::server::handlers
