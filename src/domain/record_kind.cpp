#include "domain/record_kind.h"

namespace nc::domain {
namespace {

constexpr RecordKindInfo kKinds[] = {
    {"member", "党员信息"},  // the member entry itself; its id is the member's id
};

}  // namespace

std::span<const RecordKindInfo> record_kinds() { return kKinds; }

const RecordKindInfo* find_record_kind(std::string_view id) {
  for (const RecordKindInfo& k : kKinds) {
    if (k.id == id) return &k;
  }
  return nullptr;
}

}  // namespace nc::domain
