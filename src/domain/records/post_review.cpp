// 组织发布审核 (the articles under the topics secrets and public_accounts:
// arts. 14 and 19 of the seed text): a post for one of the organisation's own
// accounts goes from its author to a reviewer of the branch (the secretary or
// a committee member), then to an approver (a committee administrator of the
// organisation or of a committee above), and once published its link is
// recorded. Each step is recorded with who and when by the core.
//
// The draft is self-checked whenever it is submitted or resubmitted: the
// findings are kept with the review (the record's checks), because a draft
// submitted for the organisation's review is the organisation's document,
// not a member's private check (DESIGN.md, "What it never does"). They are
// read by the author and by the review's reviewers and approvers only
// (may_read_checks): an auditor reads the record and its history, not them.
//
// Who approves: a committee administrator of the organisation or of its
// nearest committee (党委, 党工委) — the approval waits in their 待办. One
// not given by its due date escalates: it then also waits, flagged, in the
// 待办 of the committee administrators of the committees above.
#include "domain/records/kinds.h"

namespace nc::domain::workflow {
namespace {

constexpr Field kFields[] = {
    {"title", "标题", FieldType::kLine, true, 100, {}, false, "发布时的标题，不超过 100 字"},
    {"text", "正文", FieldType::kText, true, 20000, {}, false, "拟发布的全文，不超过 20000 字；提交后自动检查"},
    {"account", "发布账号", FieldType::kLine, true, 100, {}, false, "本组织的账号名称，如：某某党委微信公众号"},
    {"platform", "平台", FieldType::kLine, true, 50, {}, false, "如：微信公众号、微博、抖音"},
    {"planned_date", "计划发布日期", FieldType::kDate, true, 0, {}, false, "计划发布的日期"},
    {"link", "发布链接", FieldType::kUrl, false, 1000, {}, false, "发布后填写，以 http:// 或 https:// 开头"},
};

constexpr Role kAuthor[] = {Role::kMember};
constexpr Role kReviewers[] = {Role::kBranchSecretary, Role::kCommitteeMember};
constexpr Role kApprovers[] = {Role::kCommitteeAdmin};
constexpr Role kReaders[] = {Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin, Role::kAuditor};

constexpr State kStates[] = {
    {"reviewing", "待审核", kReviewers, 3, false},
    {"returned", "已退回，待修改", kAuthor, 14, false},
    {"approving", "待批准", kApprovers, 3, true},
    {"approved", "已批准，待发布", kAuthor, 14, false},
    {"published", "已发布", {}, 0, false},
    {"rejected", "不予批准", {}, 0, false},
    {"withdrawn", "已撤回", {}, 0, false},
};

constexpr std::string_view kLinkOnly[] = {"link"};

constexpr Transition kTransitions[] = {
    {Verb::kSubmit, "", "reviewing", kAuthor, false, true, {}},
    {Verb::kConfirm, "reviewing", "approving", kReviewers, false, false, {}},
    {Verb::kReturn, "reviewing", "returned", kReviewers, true, false, {}},
    {Verb::kResubmit, "returned", "reviewing", kAuthor, false, true, {}},
    {Verb::kApprove, "approving", "approved", kApprovers, false, false, {}},
    {Verb::kReject, "approving", "rejected", kApprovers, true, false, {}},
    {Verb::kReturn, "approving", "returned", kApprovers, true, false, {}},
    {Verb::kClose, "approved", "published", kAuthor, false, true, {}, kLinkOnly},
    {Verb::kWithdraw, "reviewing", "withdrawn", kAuthor, false, false, {}},
    {Verb::kWithdraw, "returned", "withdrawn", kAuthor, false, false, {}},
};

constexpr std::string_view kTopics[] = {"secrets", "public_accounts"};
constexpr std::string_view kChecked[] = {"title", "text"};

constexpr Kind kPostReview{
    .id = "post_review",
    .title = "组织发布审核",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "planned_date",
    .purpose = "本组织账号拟发布的内容，发布前经支部审核、党委批准。",
    .next_steps = "提交时自动检查草稿中的涉密和个人信息，检查结果随本审核保存，只有审核人、批准人和您能看到。"
                  "提交后由党支部书记或组织委员在 3 天内审核，再由党委在 3 天内批准；批准后发布并填写发布链接。",
    .title_field = "title",
    .short_title = "组织发布审核",
    .checked_fields = kChecked,
};

}  // namespace

const Kind& post_review_kind() { return kPostReview; }

}  // namespace nc::domain::workflow
