// 网络行为指导规则 (the article under the topic guidance: art. 23 of the seed
// text): a branch (its secretary) or a committee (its administrator)
// publishes guidance for its members: a text citing articles, which member
// category it is for (cadres, other members, all) and which account holders
// (any, those with a personal public account, those responsible for the
// organisation's account). Each member sees the rules of every organisation
// on the way up from their branch that apply to them (GET /api/v1/me/guidance).
// A rule is revised in place (the history keeps each text) or withdrawn.
// It is the organisation's record: about nobody, read by its members.
#include "domain/records/kinds.h"

#include <algorithm>

namespace nc::domain::workflow {
namespace {

constexpr Choice kCategories[] = {
    {"all", "全体党员"},
    {"cadre", "党员干部"},
    {"non_cadre", "非党员干部的党员"},
};

constexpr Choice kAccounts[] = {
    {"any", "不限"},
    {"personal", "本人开设网络公众账号的"},
    {"organisation", "负责本组织网络公众账号的"},
};

constexpr Field kFields[] = {
    {.id = "title", .label = "标题", .max_chars = 100, .hint = "如：党员干部的公众账号每年确认一次"},
    {.id = "text", .label = "指导内容", .type = FieldType::kText, .max_chars = 3000,
     .hint = "写明要求和依据的条款（如《党员网络行为规定》第十九条）"},
    {.id = "category", .label = "适用党员", .type = FieldType::kChoice, .choices = kCategories},
    {.id = "account_type", .label = "适用账号", .type = FieldType::kChoice, .choices = kAccounts},
    {.id = "effective_on", .label = "施行日期", .type = FieldType::kDate},
};

constexpr Role kPublishers[] = {Role::kBranchSecretary, Role::kCommitteeAdmin};
constexpr Role kReaders[] = {Role::kMember, Role::kBranchSecretary, Role::kCommitteeMember, Role::kCommitteeAdmin,
                             Role::kAuditor};

constexpr State kStates[] = {
    {"published", "已发布", {}, 0},
    {"withdrawn", "已撤回", {}, 0},
};

constexpr Transition kTransitions[] = {
    {.verb = Verb::kSubmit, .from = "", .to = "published", .by = kPublishers, .carries_fields = true},
    {.verb = Verb::kRevise, .from = "published", .to = "published", .by = kPublishers, .carries_fields = true},
    {.verb = Verb::kWithdraw, .from = "published", .to = "withdrawn", .by = kPublishers, .reason_required = true},
};

constexpr std::string_view kTopics[] = {"guidance"};

constexpr Kind kGuidanceRule{
    .id = "guidance_rule",
    .title = "网络行为指导规则",
    .topics = kTopics,
    .fields = kFields,
    .states = kStates,
    .transitions = kTransitions,
    .readers = kReaders,
    .date_field = "effective_on",
    .purpose = "党支部或党委按党员类别和账号类型，发布网上行为的指导要求。",
    .next_steps = "发布后，本组织及下级组织中适用的党员在“指导”页看到这条规则；可修订（保留每一版）或撤回（写明理由）。",
    .title_field = "title",
    .short_title = "指导规则",
    .subject = Subject::kOrganisation,
};

}  // namespace

const Kind& guidance_rule_kind() { return kGuidanceRule; }

bool guidance_applies(const Values& rule, const GuidanceReader& reader) {
  std::string_view category, accounts;
  for (const auto& [k, v] : rule) {
    if (k == "category") category = v;
    if (k == "account_type") accounts = v;
  }
  const bool by_category = category == "all" || (category == "cadre" && reader.cadre) ||
                           (category == "non_cadre" && !reader.cadre);
  const bool by_account = accounts == "any" || (accounts == "personal" && reader.personal_account) ||
                          (accounts == "organisation" && reader.organisation_account);
  return by_category && by_account;
}

bool guidance_reaches(const RecordFacts& rule, const Values& fields, const OrgPath& member_org,
                      const GuidanceReader& reader) {
  if (rule.state != "published" || rule.org.empty() || member_org.empty()) return false;
  if (std::find(member_org.begin(), member_org.end(), rule.org.front()) == member_org.end()) return false;
  return guidance_applies(fields, reader);
}

}  // namespace nc::domain::workflow
