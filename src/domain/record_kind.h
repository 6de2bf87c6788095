// The kinds of record kept about a person: the one registry that 我的记录
// (/api/v1/me/records) shows from and that statements (说明) may be appended
// to. A workflow that keeps records about members adds its kind here; the
// integration test my_records_kinds_test.cpp then fails until 我的记录 shows a
// record of that kind.
#pragma once

#include <span>
#include <string_view>

namespace nc::domain {

struct RecordKindInfo {
  std::string_view id;     // stable: "member", "declaration", ...
  std::string_view title;  // Chinese, for 我的记录
};

std::span<const RecordKindInfo> record_kinds();
const RecordKindInfo* find_record_kind(std::string_view id);  // null when unknown

}  // namespace nc::domain
