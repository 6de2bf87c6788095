// The kinds of record kept about a person: the one registry that says which
// record kinds exist, who may read a record of each kind and who may answer
// the statements (说明) its subject appends to it, and which API answers show
// such a record to its readers. 我的记录 (/api/v1/me/records) shows every
// kind; statements may be appended to every kind.
//
// A workflow that keeps records about members adds its kind here. Then:
//   - my_records_kinds_test.cpp fails until 我的记录 shows a record of it;
//   - statements_test.cpp fails until every endpoint listed in `shown_by`
//     answers the record with its statements (and the kind lists one).
// Reading and answering are decided by domain::authorize with the actions
// named here; the person concerned reads and appends through their own
// rights (authorization.h), never through `answer`.
#pragma once

#include <span>
#include <string_view>

#include "domain/authorization.h"

namespace nc::domain {

struct RecordKindInfo {
  std::string_view id;     // stable: "member", "declaration", ...
  std::string_view title;  // Chinese, for 我的记录
  // The target the record is authorized as: the member entry itself
  // (kMember) or a record kept by an organisation (kRecord).
  TargetKind target = TargetKind::kRecord;
  Action read = Action::kRecordRead;      // who else may read it, and its statements
  Action answer = Action::kRecordUpdate;  // who may reply to its statements or mark them handled: its editors
  // The API answers that show a record of this kind to a reader other than
  // its subject, each of which must carry the record's statements (comma
  // separated route templates, e.g. "GET /api/v1/members/{id}").
  std::string_view shown_by;
};

std::span<const RecordKindInfo> record_kinds();
const RecordKindInfo* find_record_kind(std::string_view id);  // null when unknown

// The target a record of `kind` about `subject`, kept by `owner`, is
// authorized as.
Target record_kind_target(const RecordKindInfo& kind, const OrgTree& tree, MemberId subject, OrgId owner);

// Whether `actor` may read the record and its statements (the subject always
// may). A kind of the workflow core (workflow.h) is decided there, by role id.
Decision may_read_record(const Actor& actor, const RecordKindInfo& kind, const OrgTree& tree, MemberId subject,
                         OrgId owner);
// Whether `actor` may reply to a statement on the record or mark it handled:
// whoever may edit the record. Never its subject (nobody answers for
// themselves; authorize denies editing one's own records).
Decision may_answer_statement(const Actor& actor, const RecordKindInfo& kind, const OrgTree& tree, MemberId subject,
                              OrgId owner);

}  // namespace nc::domain
