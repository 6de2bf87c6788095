#include "domain/record_kind.h"

#include "domain/workflow.h"

namespace nc::domain {
namespace {

constexpr RecordKindInfo kKinds[] = {
    // The member entry itself; its id is the member's id. Read by whoever
    // may read members there, answered by whoever may change the entry
    // (secretary, committee member, committee administrator of its organisation).
    {"member", "党员信息", TargetKind::kMember, Action::kMemberRead, Action::kMemberUpdate,
     "GET /api/v1/members/{id},GET /api/v1/export/roster"},
    // The registers (issue 10): kinds of the workflow core (workflow.h),
    // whose reads and answers it decides by role id. The record's id is its
    // row in the store; it is kept by the organisation it was recorded at.
    {"contribution", "网络正能量贡献", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"post_review", "组织发布审核", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"relay", "社情民意反映", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"report", "违法违规信息举报记录", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"gift", "网络虚拟财物登记", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"activity", "以职务身份开展网络活动审批", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"account", "网络公众账号备案", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    // A member's attendance at a session of their branch (chapter 4, education).
    {"attendance", "学习教育出勤", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    // Chapter 4 (issue 11): made about the member by the branch or a
    // committee (commendation, talk) or by the member (review).
    {"commendation", "网络工作表彰", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"talk", "谈心谈话", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
    {"review", "民主评议", TargetKind::kRecord, Action::kRecordRead, Action::kRecordUpdate,
     "GET /api/v1/records/{kind}/{id},GET /api/v1/records/{kind}/export"},
};

}  // namespace

std::span<const RecordKindInfo> record_kinds() { return kKinds; }

const RecordKindInfo* find_record_kind(std::string_view id) {
  for (const RecordKindInfo& k : kKinds) {
    if (k.id == id) return &k;
  }
  return nullptr;
}

Target record_kind_target(const RecordKindInfo& kind, const OrgTree& tree, MemberId subject, OrgId owner) {
  if (kind.target == TargetKind::kMember) return member_target(tree, subject, owner);
  return record_target(tree, RecordRef{subject, owner, std::string(kind.id)});
}

Decision may_read_record(const Actor& actor, const RecordKindInfo& kind, const OrgTree& tree, MemberId subject,
                         OrgId owner) {
  if (const workflow::Kind* w = workflow::find_kind(kind.id)) {
    return workflow::authorize_read(
        actor, *w, workflow::RecordFacts{subject, tree.ancestry(owner), {}, workflow::managing_committee(tree, owner)});
  }
  return authorize(actor, kind.read, record_kind_target(kind, tree, subject, owner));
}

Decision may_answer_statement(const Actor& actor, const RecordKindInfo& kind, const OrgTree& tree, MemberId subject,
                              OrgId owner) {
  if (actor.member && *actor.member == subject) return Decision{false, "statements: nobody answers for themselves", false};
  if (const workflow::Kind* w = workflow::find_kind(kind.id)) {
    return workflow::may_answer(
        actor, *w, workflow::RecordFacts{subject, tree.ancestry(owner), {}, workflow::managing_committee(tree, owner)});
  }
  return authorize(actor, kind.answer, record_kind_target(kind, tree, subject, owner));
}

}  // namespace nc::domain
